import Testing
import TensorCore
@testable import TFRuntime

@Suite("Gradients: one gradient function per op, two drivers")
struct GradientTests {
    // Op names as real TF 2.21 creates them for this graph.
    @Test("tf.gradients of y = x² at 3 is 6, named gradients/Square_grad/Mul_1")
    func squareGraph() throws {
        let rt = TFRuntime()
        rt.eagerByDefault = false
        let g = rt.defaultGraph
        let x = try rt.constant(Tensor(scalar: Float(3)))
        let y = try rt.execute1("Square", [x])
        let grads = try rt.gradients(ys: [y.graphTensor!], xs: [x.graphTensor!])
        let dx = try #require(grads[0])
        #expect(dx.name == "gradients/Square_grad/Mul_1:0")
        #expect(g.operations.map(\.name).suffix(6) == ["gradients/Shape", "gradients/grad_ys_0/Const", "gradients/grad_ys_0",
                                                       "gradients/Square_grad/Const", "gradients/Square_grad/Mul", "gradients/Square_grad/Mul_1"])
        let v = try Session(graph: g, runtime: rt).run(fetches: [dx])
        #expect(v[0].values(as: Float.self) == [6])
    }

    @Test("GradientTape gives the same 6 eagerly")
    func squareTape() throws {
        let rt = TFRuntime()
        let x = try rt.constant(Tensor(scalar: Float(3)))
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(x)
        let y = try rt.execute1("Square", [x])
        tape.stop()
        let dx = try tape.gradient(targets: [y], sources: [x])
        #expect(dx[0]?.eagerValue?.values(as: Float.self) == [6])
    }

    @Test("unconnected sources get nil; several ys are summed")
    func unconnectedAndSummed() throws {
        let rt = TFRuntime()
        rt.eagerByDefault = false
        let a = try rt.constant(Tensor(scalar: Float(2)))
        let b = try rt.constant(Tensor(scalar: Float(5)))
        let y1 = try rt.execute1("Mul", [a, a])
        let y2 = try rt.execute1("Mul", [a, try rt.constant(Tensor(scalar: Float(3)))])
        let grads = try rt.gradients(ys: [y1.graphTensor!, y2.graphTensor!], xs: [a.graphTensor!, b.graphTensor!])
        #expect(grads[1] == nil)
        let v = try Session(graph: rt.defaultGraph, runtime: rt).run(fetches: [grads[0]!])
        #expect(v[0].values(as: Float.self) == [7])
    }

    /// Central finite differences of sum(op(x)) in float64, compared with both drivers.
    func checkUnary(_ type: String, _ x: [Double], attrs: Attrs = [:]) throws {
        let input = try Tensor(x, shape: [x.count])
        let eps = 1e-6
        var numeric: [Double] = []
        for i in 0..<x.count {
            var plus = x, minus = x
            plus[i] += eps
            minus[i] -= eps
            let rt = TFRuntime()
            let fp = try rt.execute1(type, [.eager(EagerTensor(try Tensor(plus, shape: [x.count])))], attrs: attrs).eagerValue!.values(as: Double.self)!.reduce(0, +)
            let fm = try rt.execute1(type, [.eager(EagerTensor(try Tensor(minus, shape: [x.count])))], attrs: attrs).eagerValue!.values(as: Double.self)!.reduce(0, +)
            numeric.append((fp - fm) / (2 * eps))
        }
        // Tape.
        let rt = TFRuntime()
        let xh = TensorHandle.eager(EagerTensor(input))
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(xh)
        let y = try rt.execute1(type, [xh], attrs: attrs)
        tape.stop()
        let tapeGrad = try #require(try tape.gradient(targets: [y], sources: [xh])[0]?.eagerValue?.values(as: Double.self))
        // Graph.
        let grt = TFRuntime()
        grt.eagerByDefault = false
        let gx = try grt.constant(input)
        let gy = try grt.execute1(type, [gx], attrs: attrs)
        let gg = try #require(try grt.gradients(ys: [gy.graphTensor!], xs: [gx.graphTensor!])[0])
        let graphGrad = try #require(try Session(graph: grt.defaultGraph, runtime: grt).run(fetches: [gg])[0].values(as: Double.self))
        for i in 0..<x.count {
            #expect(abs(tapeGrad[i] - numeric[i]) < 1e-5 * max(1, abs(numeric[i])), "\(type) tape at \(x[i])")
            #expect(tapeGrad[i] == graphGrad[i], "\(type): tape and tf.gradients differ")
        }
    }

    @Test("unary ops match finite differences", arguments: ["Square", "Sqrt", "Exp", "Log", "Neg", "Abs", "Relu", "Sigmoid", "Tanh", "Reciprocal"])
    func unaryFiniteDifferences(_ type: String) throws {
        try checkUnary(type, [0.5, 1.5, 2.25, 3.0])
    }

    @Test("binary broadcasting ops match finite differences", arguments: ["AddV2", "Sub", "Mul", "RealDiv", "Maximum", "Minimum", "Pow", "SquaredDifference"])
    func binaryFiniteDifferences(_ type: String) throws {
        let xs: [Double] = [0.5, 1.7, 2.25], y: Double = 1.3
        let eps = 1e-6
        func f(_ x: [Double], _ yv: Double) throws -> Double {
            let rt = TFRuntime()
            let out = try rt.execute1(type, [.eager(EagerTensor(try Tensor(x, shape: [3]))), .eager(EagerTensor(Tensor(scalar: yv)))])
            return out.eagerValue!.values(as: Double.self)!.reduce(0, +)
        }
        var numericX: [Double] = []
        for i in 0..<3 {
            var p = xs, m = xs
            p[i] += eps
            m[i] -= eps
            numericX.append((try f(p, y) - f(m, y)) / (2 * eps))
        }
        let numericY = (try f(xs, y + eps) - f(xs, y - eps)) / (2 * eps)
        let rt = TFRuntime()
        let xh = TensorHandle.eager(EagerTensor(try Tensor(xs, shape: [3])))
        let yh = TensorHandle.eager(EagerTensor(Tensor(scalar: y)))
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(xh)
        tape.watch(yh)
        let out = try rt.execute1(type, [xh, yh])
        tape.stop()
        let grads = try tape.gradient(targets: [out], sources: [xh, yh])
        let gx = try #require(grads[0]?.eagerValue?.values(as: Double.self))
        let gy = try #require(grads[1]?.eagerValue?.values(as: Double.self))
        #expect(gy.count == 1)
        for i in 0..<3 { #expect(abs(gx[i] - numericX[i]) < 1e-5 * max(1, abs(numericX[i])), "\(type) d/dx") }
        #expect(abs(gy[0] - numericY) < 1e-5 * max(1, abs(numericY)), "\(type) d/dy")
    }

    @Test("MatMul and reductions match finite differences")
    func matmulAndReductions() throws {
        let a: [Double] = [1, 2, 3, 4, 5, 6]
        let b: [Double] = [0.5, -1, 2, 0.25, 1.5, -0.5]
        func loss(_ av: [Double]) throws -> Double {
            let rt = TFRuntime()
            let m = try rt.execute1("MatMul", [.eager(EagerTensor(try Tensor(av, shape: [2, 3]))), .eager(EagerTensor(try Tensor(b, shape: [3, 2])))])
            let axes = TensorHandle.eager(EagerTensor(try Tensor([Int32(0), 1], shape: [2])))
            return try rt.execute1("Mean", [m, axes]).eagerValue!.values(as: Double.self)![0]
        }
        let rt = TFRuntime()
        let ah = TensorHandle.eager(EagerTensor(try Tensor(a, shape: [2, 3])))
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(ah)
        let m = try rt.execute1("MatMul", [ah, .eager(EagerTensor(try Tensor(b, shape: [3, 2])))])
        let l = try rt.execute1("Mean", [m, .eager(EagerTensor(try Tensor([Int32(0), 1], shape: [2])))])
        tape.stop()
        let g = try #require(try tape.gradient(targets: [l], sources: [ah])[0]?.eagerValue?.values(as: Double.self))
        for i in 0..<6 {
            var p = a, q = a
            p[i] += 1e-6
            q[i] -= 1e-6
            let num = (try loss(p) - loss(q)) / 2e-6
            #expect(abs(g[i] - num) < 1e-6)
        }
    }
}
