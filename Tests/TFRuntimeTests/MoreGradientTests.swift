import Testing
import TensorCore
@testable import TFRuntime

/// Finite-difference checks of the array and reduction ops, through both gradient drivers:
/// `loss = sum(op(x) * weights)` with distinct weights, so every output element matters.
@Suite("Gradients of array and reduction ops")
struct MoreGradientTests {
    typealias Build = @Sendable (TFRuntime, TensorHandle) throws -> TensorHandle

    static func ints(_ rt: TFRuntime, _ v: [Int]) throws -> TensorHandle {
        try rt.constant(try Tensor(v.map { Int32($0) }, shape: [v.count]))
    }

    static let cases: [(String, [Int], Build)] = [
        ("Sum over axis 1", [2, 3], { rt, x in try rt.execute1("Sum", [x, try ints(rt, [1])], attrs: ["keep_dims": .bool(false)]) }),
        ("Sum over all axes", [2, 3], { rt, x in try rt.execute1("Sum", [x, try ints(rt, [0, 1])], attrs: ["keep_dims": .bool(false)]) }),
        ("Mean over axis 0 keepdims", [3, 2], { rt, x in try rt.execute1("Mean", [x, try ints(rt, [0])], attrs: ["keep_dims": .bool(true)]) }),
        ("Max over axis 1", [2, 3], { rt, x in try rt.execute1("Max", [x, try ints(rt, [1])], attrs: ["keep_dims": .bool(false)]) }),
        ("Min over all axes", [2, 3], { rt, x in try rt.execute1("Min", [x, try ints(rt, [0, 1])], attrs: ["keep_dims": .bool(false)]) }),
        ("Transpose", [2, 3], { rt, x in try rt.execute1("Transpose", [x, try ints(rt, [1, 0])]) }),
        ("Reshape", [2, 3], { rt, x in try rt.execute1("Reshape", [x, try ints(rt, [3, 2])]) }),
        ("ExpandDims", [2, 3], { rt, x in try rt.execute1("ExpandDims", [x, try ints(rt, [1])]) }),
        ("Tile", [2, 3], { rt, x in try rt.execute1("Tile", [x, try ints(rt, [2, 1])]) }),
        ("Identity", [2, 3], { rt, x in try rt.execute1("Identity", [x]) }),
        ("AddN", [2, 3], { rt, x in try rt.execute1("AddN", [x, x, try rt.execute1("Square", [x])]) }),
        ("ConcatV2", [2, 3], { rt, x in
            try rt.execute1("ConcatV2", [x, try rt.execute1("Square", [x]), try rt.constant(Tensor(scalar: Int32(1)))])
        }),
        ("StridedSlice", [3, 3], { rt, x in
            try rt.execute1("StridedSlice", [x, try ints(rt, [1, 0]), try ints(rt, [3, 3]), try ints(rt, [1, 2])],
                            attrs: ["begin_mask": .int(0), "end_mask": .int(0), "ellipsis_mask": .int(0), "new_axis_mask": .int(0), "shrink_axis_mask": .int(0)])
        }),
        ("MatrixInverse", [2, 2], { rt, x in try rt.execute1("MatrixInverse", [x]) }),
        ("MatMul transposed", [3, 2], { rt, x in
            try rt.execute1("MatMul", [x, x], attrs: ["transpose_a": .bool(true), "transpose_b": .bool(false)])
        }),
    ]

    static func loss(_ rt: TFRuntime, _ build: Build, _ x: TensorHandle) throws -> TensorHandle {
        let y = try build(rt, x)
        let n = y.shape.elementCount ?? 1
        var weights: [Double] = []
        for k in 0..<n { weights.append(0.5 + Double(k) * 0.25) }
        let w = try Tensor(weights, shape: y.shape.knownDims ?? [n])
        let weighted = try rt.execute1("Mul", [y, try rt.constant(w)])
        let axes = try ints(rt, Array(0..<(y.shape.rank ?? 0)))
        return try rt.execute1("Sum", [weighted, axes], attrs: ["keep_dims": .bool(false)])
    }

    @Test("matches central differences, and tf.gradients equals the tape", arguments: cases.map { $0.0 })
    func finiteDifferences(_ name: String) throws {
        let (_, shape, build) = try #require(Self.cases.first { $0.0 == name })
        let n = shape.reduce(1, *)
        var x0: [Double] = []
        for k in 0..<n { x0.append(1.0 + Double(k) * 0.37 + Double(k % 2) * 0.8) }
        func value(_ xs: [Double]) throws -> Double {
            let rt = TFRuntime()
            let l = try Self.loss(rt, build, .eager(EagerTensor(try Tensor(xs, shape: shape))))
            return try #require(l.eagerValue?.values(as: Double.self)?.first)
        }
        var numeric: [Double] = []
        for i in 0..<n {
            var p = x0, m = x0
            p[i] += 1e-6
            m[i] -= 1e-6
            numeric.append((try value(p) - value(m)) / 2e-6)
        }
        let rt = TFRuntime()
        let xh = TensorHandle.eager(EagerTensor(try Tensor(x0, shape: shape)))
        let tape = GradientTape(runtime: rt)
        tape.start()
        tape.watch(xh)
        let l = try Self.loss(rt, build, xh)
        tape.stop()
        let tapeGrad = try #require(try tape.gradient(targets: [l], sources: [xh])[0]?.eagerValue?.values(as: Double.self))
        let grt = TFRuntime()
        grt.eagerByDefault = false
        let gx = try grt.constant(try Tensor(x0, shape: shape))
        let gl = try Self.loss(grt, build, gx)
        let gg = try #require(try grt.gradients(ys: [gl.graphTensor!], xs: [gx.graphTensor!])[0])
        let graphGrad = try #require(try Session(graph: grt.defaultGraph, runtime: grt).run(fetches: [gg])[0].values(as: Double.self))
        #expect(tapeGrad.count == n)
        for i in 0..<n {
            #expect(abs(tapeGrad[i] - numeric[i]) < 1e-5 * max(1, abs(numeric[i])), "\(name) element \(i): \(tapeGrad[i]) vs \(numeric[i])")
            #expect(tapeGrad[i] == graphGrad[i], "\(name) element \(i): tape and tf.gradients differ")
        }
    }
}

