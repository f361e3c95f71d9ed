import TensorCore

/// Ops that compute with shapes and indices at run time: what TF builds when a rank or a shape is
/// not known while the graph is made (`_ReductionDims`' `range(0, rank(x))`, `math_ops.reduced_shape`,
/// the general gradients of the reductions).
func registerShapeOps(_ r: OpRegistry) {
    r.register(OpDef("Rank", shape: { _ in [OutputSpec(.int32, TensorShape([]))] }, kernel: tensorKernel { ctx in
        Tensor(scalar: Int32(try ctx.tensor(0).rank))
    }))
    r.register(OpDef("Size", shape: { c in
        [OutputSpec(c.attrs["out_type"]?.dtype ?? .int32, TensorShape([]))]
    }, kernel: tensorKernel { ctx in
        let n = try ctx.tensor(0).elementCount
        return (ctx.attrs["out_type"]?.dtype ?? .int32) == .int64 ? Tensor(scalar: Int64(n)) : Tensor(scalar: Int32(n))
    }))
    r.register(OpDef("Range", shape: { c in
        let dtype = c.dtype(0)
        if let s = c.constant(0)?.scalars.first, let l = c.constant(1)?.scalars.first, let d = c.constant(2)?.scalars.first,
           let t = try? Kernels.range(start: s, limit: l, delta: d, dtype: dtype) {
            return [OutputSpec(dtype, TensorShape(t.shape))]
        }
        return [OutputSpec(dtype, TensorShape(partial: [nil]))]
    }, kernel: tensorKernel { ctx in
        let s = try ctx.tensor(0).item(), l = try ctx.tensor(1).item(), d = try ctx.tensor(2).item()
        return try Kernels.range(start: s, limit: l, delta: d, dtype: try ctx.tensor(0).dtype)
    }))
    // merged[indices[m][i]] = data[m][i]: later pieces win where indices repeat.
    r.register(OpDef("DynamicStitch", shape: { c in
        let n = c.inputs.count / 2
        guard n > 0 else { throw TFError.value("DynamicStitch needs indices and data") }
        let inner: [Int?]? = {
            guard let d = c.shape(n).dims, let i = c.shape(0).rank, d.count >= i else { return nil }
            return Array(d[i...])
        }()
        var size: Int? = nil
        var allConstant = true
        for k in 0..<n {
            guard let ints = c.constantInts(k) else { allConstant = false; break }
            size = max(size ?? 0, (ints.max() ?? -1) + 1)
        }
        guard let inner else { return [OutputSpec(c.dtype(n), TensorShape(dims: nil))] }
        return [OutputSpec(c.dtype(n), TensorShape(partial: [allConstant ? size : nil] + inner))]
    }, kernel: tensorKernel { ctx in
        let n = ctx.inputs.count / 2
        var pieces: [Tensor] = []
        var source: [Int: Int] = [:]
        var row = 0
        var inner: [Int] = []
        for k in 0..<n {
            let indices = try ctx.tensor(k), data = try ctx.tensor(n + k)
            let count = indices.elementCount
            guard data.shape.count >= indices.rank, Array(data.shape[..<indices.rank]) == indices.shape else {
                throw TFError.invalidArgument("data[\(k)].shape = \(data.shape) does not start with indices[\(k)].shape = \(indices.shape)")
            }
            inner = Array(data.shape[indices.rank...])
            pieces.append(try Kernels.reshape(data, to: [count] + inner))
            for v in indices.scalars {
                guard let i = v.int64Value, i >= 0 else { throw TFError.invalidArgument("DynamicStitch: negative index") }
                source[Int(i)] = row
                row += 1
            }
        }
        let size = (source.keys.max() ?? -1) + 1
        var rows: [Int32] = []
        for i in 0..<size {
            guard let s = source[i] else { throw TFError.invalidArgument("DynamicStitch: index \(i) is missing") }
            rows.append(Int32(s))
        }
        let all = try Kernels.concat(pieces, axis: 0)
        return try Kernels.gather(all, indices: try Tensor(rows, shape: [rows.count]), axis: 0)
    }))
    r.register(OpDef("GatherV2", shape: { c in
        guard let params = c.shape(0).dims, let indices = c.shape(1).dims, let axis = c.constantInts(2)?.first else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: nil))]
        }
        let ax = axis < 0 ? axis + params.count : axis
        guard ax >= 0, ax < params.count else { throw TFError.value("GatherV2: axis \(axis) out of range") }
        return [OutputSpec(c.dtype(0), TensorShape(partial: Array(params[..<ax]) + indices + Array(params[(ax + 1)...])))]
    }, kernel: tensorKernel { ctx in
        let axis = try ctx.tensor(2).item().int64Value.map { Int($0) } ?? 0
        return try Kernels.gather(try ctx.tensor(0), indices: try ctx.tensor(1), axis: axis)
    }, gradient: { c in
        // array_grad._GatherV2Grad for axis 0: the gradient's rows summed into the gathered rows.
        // TF returns them as IndexedSlices; here they are summed into a dense tensor
        // (UnsortedSegmentSum, what converting the IndexedSlices gives).
        guard let axis = c.inputs[2].graphTensor?.constantValue?.scalars.first?.int64Value ?? c.inputs[2].eagerValue?.scalars.first?.int64Value,
              axis == 0, let params = c.inputs[0].shape.knownDims, c.inputs[1].shape.rank != nil, !params.isEmpty else {
            throw TFError(.unimplemented, "The gradient of gather along an axis other than 0, or with unknown shapes, is not supported yet")
        }
        // The number of gathered rows, -1 when only the run knows it (tf.boolean_mask's indices).
        let count = c.inputs[1].shape.knownDims?.reduce(1, *) ?? -1
        let values = try c.op("Reshape", [try c.grad, try c.intVector([count] + params.dropFirst())])
        let flat = try c.op("Reshape", [c.inputs[1], try c.intVector([count])])
        let segments = try c.constant(Tensor(scalar: Int32(params[0])))
        return [try c.op("UnsortedSegmentSum", [values, flat, segments]), nil, nil]
    }))
    r.register(OpDef("UnsortedSegmentSum", shape: { c in
        guard let data = c.shape(0).dims, let ids = c.shape(1).rank, let n = c.constantInts(2)?.first else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: nil))]
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: [n] + data.dropFirst(ids)))]
    }, kernel: tensorKernel { ctx in
        let data = try ctx.tensor(0), ids = try ctx.tensor(1).intElements
        guard let n = try ctx.tensor(2).intElements.first, n >= 0 else { throw TFError.invalidArgument("num_segments must be non-negative") }
        let rowShape = Array(data.shape.dropFirst(try ctx.tensor(1).rank))
        let rowSize = rowShape.reduce(1, *)
        // Each row added, in order, into its segment (rows with an index outside [0, n) are dropped).
        var rows = Array(repeating: try Kernels.zeros(rowShape, dtype: data.dtype), count: n)
        for (k, id) in ids.enumerated() where id >= 0 && id < n {
            let row = try Kernels.slice(data.reshaped([ids.count, rowSize]), [.index(k)]).reshaped(rowShape)
            rows[id] = try Kernels.add(rows[id], row)
        }
        guard !rows.isEmpty else { return try Kernels.zeros([0] + rowShape, dtype: data.dtype) }
        return try Kernels.stack(rows, axis: 0)
    }))
}

extension GraphTensor {
    /// The value of this tensor when it is known while the graph is built, as TF's
    /// `tensor_util.constant_value` finds it: a `Const`, the `Shape` or `Rank` of a tensor whose
    /// shape is known, a `Range` of such values. Nil otherwise.
    public var constantValue: Tensor? {
        switch op.type {
        case "Const":
            return op.attrs["value"]?.tensor
        case "Shape":
            guard let dims = op.inputs.first?.shape.knownDims else { return nil }
            return try? Tensor(dims.map { Int32($0) }, shape: [dims.count])
        case "Rank":
            guard let rank = op.inputs.first?.shape.rank else { return nil }
            return Tensor(scalar: Int32(rank))
        case "Range":
            guard op.inputs.count == 3, let s = op.inputs[0].constantValue, let l = op.inputs[1].constantValue,
                  let d = op.inputs[2].constantValue, let sv = try? s.item(), let lv = try? l.item(), let dv = try? d.item() else { return nil }
            return try? Kernels.range(start: sv, limit: lv, delta: dv, dtype: s.dtype)
        default:
            return nil
        }
    }
}

extension TFRuntime {
    /// `math_ops._ReductionDims(x, None)`: every axis of `x`. A constant when the rank is known and
    /// above 0; otherwise `range(0, rank(x))`, whose `Rank` is itself a constant for a scalar.
    public func allAxes(of x: TensorHandle) throws -> TensorHandle {
        if let r = x.shape.rank, r > 0 {
            return try constant(try Tensor((0..<r).map { Int32($0) }, shape: [r]))
        }
        guard let graph = currentGraph ?? x.graphTensor?.graph else {
            return try constant(try Tensor([Int32](), shape: [0]))
        }
        return try withGraph(graph) {
            let rank: TensorHandle
            do {
                let (scope, saved) = graph.pushNameScope("Rank")
                defer { graph.popNameScope(saved) }
                if let r = x.shape.rank {
                    rank = try constant(Tensor(scalar: Int32(r)), name: scope)
                } else {
                    rank = try execute1("Rank", [x], name: scope)
                }
            }
            return try range(limit: rank)
        }
    }

    /// `tf.range(limit)` as TF's Python builds it: `range/start`, `range/delta`, then the `range`
    /// op (constants of the limit's dtype).
    public func range(limit: TensorHandle) throws -> TensorHandle {
        let zero = try Conversion.cast(Tensor(scalar: Int32(0)), to: limit.dtype)
        let one = try Conversion.cast(Tensor(scalar: Int32(1)), to: limit.dtype)
        guard let graph = currentGraph else {
            return try execute1("Range", [try constant(zero), limit, try constant(one)])
        }
        let (scope, saved) = graph.pushNameScope("range")
        defer { graph.popNameScope(saved) }
        let start = try constant(zero, name: "start")
        let delta = try constant(one, name: "delta")
        return try execute1("Range", [start, limit, delta], name: scope)
    }
}
