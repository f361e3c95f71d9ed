import TensorCore

/// What a gradient function sees: the op's inputs and outputs and the gradients flowing
/// into its outputs. It builds input gradients with ops through `runtime`, so the same
/// function serves `tf.gradients` (graph nodes) and `GradientTape` (eager kernels).
public struct GradientContext {
    public let runtime: TFRuntime
    public let type: String
    public let attrs: Attrs
    public let inputs: [TensorHandle]
    public let outputs: [TensorHandle]
    /// One per output; nil where the output does not affect the target.
    public let grads: [TensorHandle?]

    /// The gradient of the first output (zeros are filled in by the drivers when needed).
    public var grad: TensorHandle {
        get throws {
            guard let g = grads.first ?? nil else { throw TFError(.internal, "\(type) gradient: missing output gradient") }
            return g
        }
    }

    public func op(_ type: String, _ inputs: [TensorHandle], attrs: Attrs = [:], name: String? = nil) throws -> TensorHandle {
        try runtime.execute1(type, inputs, attrs: attrs, name: name)
    }

    public func constant(_ value: Tensor, name: String? = nil) throws -> TensorHandle {
        try runtime.constant(value, name: name)
    }

    /// A scalar constant of `dtype`.
    public func scalar(_ v: Double, _ dtype: DType) throws -> TensorHandle {
        try constant(try Conversion.cast(Tensor(scalar: v), to: dtype))
    }

    public func intVector(_ v: [Int]) throws -> TensorHandle {
        try constant(try Tensor(v.map { Int32($0) }, shape: [v.count]))
    }

    public func mul(_ a: TensorHandle, _ b: TensorHandle, name: String? = nil) throws -> TensorHandle { try op("Mul", [a, b], name: name) }

    /// The gradient for one input of a broadcasting binary op: summed over the broadcast
    /// axes and reshaped to the input's shape (TF's `SmartBroadcastGradientArgs` path when
    /// shapes are known).
    public func unbroadcast(_ g: TensorHandle, to input: TensorHandle, reduce: BroadcastReduction) throws -> TensorHandle {
        guard reduce.needed else { return g }
        let summed = try op("Sum", [g, try intVector(reduce.axes)], attrs: ["keep_dims": .bool(false)])
        return try op("Reshape", [summed, try intVector(reduce.shape)])
    }
}

/// How to reduce a broadcast gradient back to an input's shape.
public struct BroadcastReduction {
    public var needed: Bool
    public var axes: [Int]
    public var shape: [Int]
}

/// TF's `BroadcastGradientArgs` on static shapes: the axes each input was broadcast along.
public func broadcastReductions(_ x: [Int], _ y: [Int], grad: [Int]?) -> (BroadcastReduction, BroadcastReduction) {
    let n = max(x.count, y.count)
    let px = Array(repeating: 1, count: n - x.count) + x
    let py = Array(repeating: 1, count: n - y.count) + y
    var rx: [Int] = [], ry: [Int] = []
    for i in 0..<n {
        if px[i] == 1 && py[i] != 1 { rx.append(i) }
        else if py[i] == 1 && px[i] != 1 { ry.append(i) }
        else if px[i] == 1 && py[i] == 1 {
            if x.count < n && i < n - x.count { rx.append(i) }
            if y.count < n && i < n - y.count { ry.append(i) }
        }
    }
    let g = grad ?? (zip(px, py).map { max($0, $1) })
    return (BroadcastReduction(needed: x != g, axes: rx, shape: x),
            BroadcastReduction(needed: y != g, axes: ry, shape: y))
}
