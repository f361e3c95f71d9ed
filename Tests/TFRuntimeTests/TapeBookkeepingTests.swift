import Testing
import TensorCore
@testable import TFRuntime

/// The tape tracks tensors by slot, reuses its work arrays and hands a finished tape's storage to
/// the next one: none of it may change a gradient.
@Suite("GradientTape bookkeeping")
struct TapeBookkeepingTests {
    private func scalar(_ v: Float) -> TensorHandle { .eager(EagerTensor(Tensor(scalar: v))) }
    private func value(_ h: TensorHandle?) -> [Float]? { h?.eagerValue?.values(as: Float.self) }

    @Test("consecutive tapes of different sizes, each reusing the last one's storage, give exact gradients")
    func consecutiveTapes() throws {
        let rt = TFRuntime()
        let w = VariableResource(name: "w", dtype: .float32, shape: TensorShape([]), value: Tensor(scalar: Float(2)))
        for n in [1, 5, 2, 40, 3] {
            let tape = GradientTape(runtime: rt)
            tape.start()
            tape.watch(.resource(w))
            var y = try rt.readVariable(w)
            // y = w^(n+1), made by n multiplications (exact in float32 for w = 2; 40 makes the slot map grow).
            for _ in 0..<n { y = try rt.execute1("Mul", [y, try rt.readVariable(w)]) }
            tape.stop()
            let g = try tape.gradient(targets: [y], sources: [.resource(w)])
            let expected = Float(n + 1) * (0..<n).reduce(Float(1)) { p, _ in p * 2 }
            #expect(value(g[0]) == [expected], "n = \(n)")
            // Used once: a second call is TF's error.
            #expect(throws: TFError.self) { try tape.gradient(targets: [y], sources: [.resource(w)]) }
        }
    }

    @Test("a persistent tape gives the same gradients every time, for different targets")
    func persistentTape() throws {
        let rt = TFRuntime()
        let x = scalar(2)
        let tape = GradientTape(runtime: rt, persistent: true)
        tape.start()
        tape.watch(x)
        let y = try rt.execute1("Square", [x])
        let z = try rt.execute1("Mul", [y, x])
        tape.stop()
        for _ in 0..<3 {
            #expect(value(try tape.gradient(targets: [y], sources: [x])[0]) == [4])
            #expect(value(try tape.gradient(targets: [z], sources: [x, y])[0]) == [12])
            #expect(value(try tape.gradient(targets: [z], sources: [y, x])[0]) == [2])
        }
    }

    @Test("nested tapes: the outer one records the inner gradient (a second derivative)")
    func nestedTapes() throws {
        let rt = TFRuntime()
        let x = scalar(3)
        let outer = GradientTape(runtime: rt)
        outer.start()
        outer.watch(x)
        let inner = GradientTape(runtime: rt)
        inner.start()
        inner.watch(x)
        let y = try rt.execute1("Mul", [try rt.execute1("Square", [x]), x])
        inner.stop()
        // dy/dx = 3x² = 27, computed while the outer tape records.
        let dy = try #require(try inner.gradient(targets: [y], sources: [x])[0])
        outer.stop()
        #expect(value(dy) == [27])
        // d²y/dx² = 6x = 18.
        #expect(value(try outer.gradient(targets: [dy], sources: [x])[0]) == [18])
    }

    @Test("several paths to a source are summed; unwatched and unconnected sources get nothing")
    func sumsAndMisses() throws {
        let rt = TFRuntime()
        let a = scalar(2), b = scalar(5), c = scalar(7)
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(a)
        tape.watch(b)
        let y = try rt.execute1("AddV2", [try rt.execute1("Mul", [a, a]), try rt.execute1("Mul", [a, c])])
        tape.stop()
        let g = try tape.gradient(targets: [y], sources: [a, b, c, a])
        #expect(value(g[0]) == [11])
        #expect(g[1] == nil)
        #expect(g[2] == nil)
        #expect(value(g[3]) == [11])
    }

    @Test("a tensor watched after it was used is differentiated through the ops recorded before")
    func watchedLater() throws {
        let rt = TFRuntime()
        let w = scalar(4), x = scalar(3)
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(w)
        let y = try rt.execute1("Mul", [w, x])
        tape.watch(x)
        tape.stop()
        let g = try tape.gradient(targets: [y], sources: [w, x])
        #expect(value(g[0]) == [3])
        #expect(value(g[1]) == [4])
    }
}
