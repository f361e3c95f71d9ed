import TensorCore

/// The inputs or the outputs of an op a gradient function sees, indexed from 0: a stretch of a
/// tape's array of handles (no array is made per recorded op), or a whole array.
public struct HandleList: RandomAccessCollection, ExpressibleByArrayLiteral {
    @usableFromInline let base: [TensorHandle]
    @usableFromInline let offset: Int
    public let count: Int

    public init(_ array: [TensorHandle]) {
        base = array
        offset = 0
        count = array.count
    }

    public init(arrayLiteral elements: TensorHandle...) { self.init(elements) }

    /// `count` handles of `base` from `offset`.
    init(_ base: [TensorHandle], offset: Int, count: Int) {
        self.base = base
        self.offset = offset
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    @inlinable public subscript(i: Int) -> TensorHandle { base[offset + i] }
}

/// What a gradient function sees: the op's inputs and outputs and the gradients flowing
/// into its outputs. It builds input gradients with ops through `runtime`, so the same
/// function serves `tf.gradients` (graph nodes) and `GradientTape` (eager kernels).
public final class GradientContext {
    public let runtime: TFRuntime
    public let type: String
    public let attrs: Attrs
    public let inputs: HandleList
    public let outputs: HandleList
    /// One per output; nil where the output does not affect the target.
    public let grads: [TensorHandle?]
    /// The inputs whose gradients nobody asked for (`op.skip_input_indices`): set by a
    /// `GradientTape` (inputs it does not watch), nil for `tf.gradients`, as in TF.
    public var skipInputIndices: Set<Int>?
    /// The same for inputs 0 to 63, one bit each (what a tape sets: no set to build per op).
    public var skipMask: UInt64 = 0

    /// Eagerly with no tape recording the gradient computation itself: op names are invisible
    /// and nothing records the ops, so a gradient function may compute with kernels directly
    /// (same kernels, same bits) instead of building small ops and constants.
    public var computesDirectly = false

    public init(runtime: TFRuntime, type: String, attrs: Attrs, inputs: HandleList, outputs: HandleList,
                grads: [TensorHandle?], skipInputIndices: Set<Int>? = nil) {
        self.runtime = runtime
        self.type = type
        self.attrs = attrs
        self.inputs = inputs
        self.outputs = outputs
        self.grads = grads
        self.skipInputIndices = skipInputIndices
    }

    public convenience init(runtime: TFRuntime, type: String, attrs: Attrs, inputs: [TensorHandle], outputs: [TensorHandle],
                            grads: [TensorHandle?], skipInputIndices: Set<Int>? = nil) {
        self.init(runtime: runtime, type: type, attrs: attrs, inputs: HandleList(inputs), outputs: HandleList(outputs),
                  grads: grads, skipInputIndices: skipInputIndices)
    }

    /// Whether input `i`'s gradient may be left out.
    public func skips(_ i: Int) -> Bool {
        if i >= 0, i < 64, skipMask & (1 << UInt64(i)) != 0 { return true }
        return skipInputIndices?.contains(i) ?? false
    }

    /// A kernel computed directly (see `computesDirectly`), failing as the op `opName` would.
    public func direct(_ opName: String, _ body: () throws -> Tensor) throws -> TensorHandle {
        do {
            return .eager(EagerTensor(try body()))
        } catch let e as TensorError {
            throw EagerErrors.wrapped(TFError.kernelFailure(e.message, op: opName), kernel: opName)
        }
    }

    /// `math_grad._IsScalar`: the static shape is exactly `()`.
    public func isScalar(_ h: TensorHandle) -> Bool {
        if case .eager(let e) = h { return e.value.shape.isEmpty }
        return h.shape.dims?.isEmpty == true
    }

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

    /// `array_ops.shape(x, out_type=dtype)`: a constant named `Shape` when the shape is fully
    /// known (TF folds it), else a Shape op.
    public func shapeOf(_ x: TensorHandle, dtype: DType = .int32) throws -> TensorHandle {
        if let dims = x.knownDims {
            let value = dtype == .int64 ? try Tensor(dims.map { Int64($0) }, shape: [dims.count])
                : try Tensor(dims.map { Int32($0) }, shape: [dims.count])
            return try constant(value, name: "Shape")
        }
        return try op("Shape", [x], attrs: dtype == .int32 ? [:] : ["out_type": .type(dtype)])
    }

    /// An op whose last input is a Python constant, converted inside the op's own name scope
    /// (`Sum/reduction_indices`), as TF's generated wrappers do; `scope` names the op when the
    /// Python function building it is named otherwise (`stack/1` for a Pack, `concat/axis`).
    public func opWithConstant(_ type: String, _ inputs: [TensorHandle], constant value: Tensor, argName: String,
                               attrs: Attrs = [:], scope scopeName: String? = nil) throws -> TensorHandle {
        guard let graph = runtime.currentGraph else {
            return try op(type, inputs + [try constant(value)], attrs: attrs)
        }
        let (scope, saved) = graph.pushNameScope(scopeName ?? type)
        defer { graph.popNameScope(saved) }
        let c = try constant(value, name: argName)
        return try op(type, inputs + [c], attrs: attrs, name: scope)
    }

    /// `math_ops.reduce_sum(x, axes, keepdims)` with Python axes. An empty list is converted
    /// twice in a graph, as TF does (float32 first, which the op refuses), so the graph holds
    /// `Sum/reduction_indices` and `Sum/reduction_indices_1`.
    public func reduceSum(_ x: TensorHandle, axes: [Int], keepDims: Bool) throws -> TensorHandle {
        let axesTensor = try Tensor(axes.map { Int32($0) }, shape: [axes.count])
        if axes.isEmpty, let graph = runtime.currentGraph {
            let (scope, saved) = graph.pushNameScope("Sum")
            defer { graph.popNameScope(saved) }
            _ = try constant(try Tensor([Float](), shape: [0]), name: "reduction_indices")
            let c = try constant(axesTensor, name: "reduction_indices")
            return try op("Sum", [x, c], attrs: ["keep_dims": .bool(keepDims)], name: scope)
        }
        return try opWithConstant("Sum", [x], constant: axesTensor, argName: "reduction_indices", attrs: ["keep_dims": .bool(keepDims)])
    }

    /// math_grad._ReduceGradientArgs: sums each input's gradient over the axes it was broadcast
    /// along and reshapes it to the input's shape.
    public func reduceGradientArgs(_ gx: TensorHandle?, _ gy: TensorHandle?) throws -> [TensorHandle?] {
        guard gx != nil || gy != nil else { return [gx, gy] }
        let x = inputs[0], y = inputs[1]
        if computesDirectly, let xd = x.knownDims, let yd = y.knownDims,
           gx == nil || gx?.eagerValue != nil, gy == nil || gy?.eagerValue != nil {
            let (xAxes, yAxes) = inferReductionAxes(known: xd, yd)
            // Sum over the broadcast axes keeping them, then reshape: what the ops below compute.
            func reduce(_ g: TensorHandle?, _ shape: [Int], _ axes: [Int], _ must: Bool) throws -> TensorHandle? {
                guard let g, must, let v = g.eagerValue else { return g }
                // Summed to a scalar over every axis: the same sum, with no dimensions to drop.
                if shape.isEmpty, axes.count == v.rank {
                    return try direct("Sum") { try Kernels.sum(v, axes: axes, keepDims: false) }
                }
                return try direct("Sum") { try Kernels.reshape(try Kernels.sum(v, axes: axes, keepDims: true), to: shape) }
            }
            return [try reduce(gx, xd, xAxes, !xAxes.isEmpty || xd.count < yd.count),
                    try reduce(gy, yd, yAxes, !yAxes.isEmpty || yd.count < xd.count)]
        }
        let sx = try shapeOf(x), sy = try shapeOf(y)
        guard let xd = x.shape.dims, let yd = y.shape.dims, let (xAxes, yAxes) = inferReductionAxes(xd, yd) else {
            // Broadcasting decided at run time: BroadcastGradientArgs on the Shape ops, always reduced.
            let r = try runtime.execute("BroadcastGradientArgs", [sx, sy])
            func reduceDynamic(_ g: TensorHandle?, _ shape: TensorHandle, _ axes: TensorHandle) throws -> TensorHandle? {
                guard let g else { return nil }
                let summed = try op("Sum", [g, axes], attrs: ["keep_dims": .bool(true)])
                return try op("Reshape", [summed, shape])
            }
            return [try reduceDynamic(gx, sx, r[0]), try reduceDynamic(gy, sy, r[1])]
        }
        let xMust = !xAxes.isEmpty || xd.count < yd.count
        let yMust = !yAxes.isEmpty || yd.count < xd.count
        func reduce(_ g: TensorHandle?, _ shape: TensorHandle, _ axes: [Int], _ must: Bool) throws -> TensorHandle? {
            guard let g, must else { return g }
            let summed = try reduceSum(g, axes: axes, keepDims: true)
            return try op("Reshape", [summed, shape])
        }
        return [try reduce(gx, sx, xAxes, xMust), try reduce(gy, sy, yAxes, yMust)]
    }

    /// math_grad._ShapesFullySpecifiedAndEqual.
    public func shapesFullySpecifiedAndEqual(_ a: TensorHandle, _ b: TensorHandle, _ c: TensorHandle) -> Bool {
        guard let x = a.knownDims, let y = b.knownDims, let z = c.knownDims else { return false }
        return x == y && y == z
    }
}

/// `inferReductionAxes` for fully known shapes (no optional dimensions to make).
func inferReductionAxes(known x: [Int], _ y: [Int]) -> ([Int], [Int]) {
    let rank = max(x.count, y.count)
    var xa: [Int] = [], ya: [Int] = []
    for axis in 0..<rank {
        let xd = axis < rank - x.count ? 1 : x[axis - (rank - x.count)]
        let yd = axis < rank - y.count ? 1 : y[axis - (rank - y.count)]
        if xd == 1 && yd != 1 { xa.append(axis) } else if yd == 1 && xd != 1 { ya.append(axis) }
    }
    return (xa, ya)
}

/// math_grad._InferGradientReductionAxes; nil when broadcasting depends on unknown dimensions.
func inferReductionAxes(_ x: [Int?], _ y: [Int?]) -> ([Int], [Int])? {
    let rank = max(x.count, y.count)
    var xa: [Int] = [], ya: [Int] = []
    for axis in 0..<rank {
        let xd: Int? = axis < rank - x.count ? 1 : x[axis - (rank - x.count)]
        let yd: Int? = axis < rank - y.count ? 1 : y[axis - (rank - y.count)]
        if xd == 1 && yd != 1 { xa.append(axis) }
        else if yd == 1 && xd != 1 { ya.append(axis) }
        else if xd == nil || yd == nil { return nil }
    }
    return (xa, ya)
}

