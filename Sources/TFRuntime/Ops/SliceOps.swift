import TensorCore

func stridedSliceSpec(_ begin: [Int], _ end: [Int], _ strides: [Int], _ attrs: Attrs) -> StridedSliceSpec {
    StridedSliceSpec(begin: begin, end: end, strides: strides,
                     beginMask: attrs["begin_mask"]?.int ?? 0, endMask: attrs["end_mask"]?.int ?? 0,
                     ellipsisMask: attrs["ellipsis_mask"]?.int ?? 0, newAxisMask: attrs["new_axis_mask"]?.int ?? 0,
                     shrinkAxisMask: attrs["shrink_axis_mask"]?.int ?? 0)
}

func registerSliceOps(_ r: OpRegistry) {
    func ints(_ t: Tensor) -> [Int] { t.intElements }
    // tf.slice(input, begin, size): size -1 means "to the end".
    r.register(OpDef("Slice", shape: { c in
        // A size known in full (no -1) is the output's shape, whatever the begin.
        if let sz = c.constantInts(2), sz.allSatisfy({ $0 >= 0 }) { return [OutputSpec(c.dtype(0), TensorShape(sz))] }
        guard let dims = c.shape(0).knownDims, let b = c.constantInts(1), let sz = c.constantInts(2), b.count == dims.count, sz.count == dims.count else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: c.shape(0).dims.map { $0.map { _ in nil } }))]
        }
        return [OutputSpec(c.dtype(0), TensorShape(zip(zip(dims, b), sz).map { d, s in s == -1 ? d.0 - d.1 : s }))]
    }, kernel: tensorKernel { ctx in
        let t = try ctx.tensor(0)
        let b = ints(try ctx.tensor(1)), sz = ints(try ctx.tensor(2))
        guard b.count == t.rank, sz.count == t.rank else {
            throw TensorError.invalidArgument("Expected begin and size arguments to be 1-D tensors of size \(t.rank), but got shapes [\(b.count)] and [\(sz.count)] instead.")
        }
        let end = zip(zip(t.shape, b), sz).map { d, s in s == -1 ? d.0 : d.1 + s }
        return try Kernels.stridedSlice(t, StridedSliceSpec(begin: b, end: end, strides: Array(repeating: 1, count: t.rank)))
    }, gradient: { c in
        // array_grad._SliceGrad: the gradient padded with zeros before (begin) and after (the
        // input's shape less the slice's size and begin) in each dimension.
        let x = c.inputs[0], begin = c.inputs[1]
        let indexType = begin.dtype
        // array_ops.rank and array_ops.shape are constants when known while building.
        let rank = try x.shape.rank.map { try c.constant(Tensor(scalar: Int32($0)), name: "Rank") } ?? c.op("Rank", [x])
        let sliceSize = try c.shapeOf(c.outputs[0], dtype: indexType)
        // stack([rank, 1]): the 1 is converted inside the stack's scope (`stack/1`).
        let one = Tensor(scalar: Int32(1))
        let pair = try c.opWithConstant("Pack", [rank], constant: one, argName: "1",
                                        attrs: ["N": .int(2), "axis": .int(0)], scope: "stack")
        let beforePad = try c.op("Reshape", [begin, pair])
        let inputShape = try c.shapeOf(x, dtype: indexType)
        let rest = try c.op("Sub", [try c.op("Sub", [inputShape, sliceSize], name: "sub"), begin], name: "sub")
        let afterPad = try c.op("Reshape", [rest, pair])
        let paddings = try c.opWithConstant("ConcatV2", [beforePad, afterPad], constant: one, argName: "axis",
                                            attrs: ["N": .int(2)], scope: "concat")
        return [try c.op("Pad", [try c.grad, paddings]), nil, nil]
    }))
    // The offsets of each input of a concatenation along `concat_dim`.
    r.register(OpDef("ConcatOffset", shape: { c in
        (1..<c.inputs.count).map { _ in OutputSpec(.int32, c.shape(1)) }
    }, kernel: { ctx in
        let dim = Int(try ctx.tensor(0).item().int64Value ?? 0)
        var offset = 0
        var out: [KernelValue] = []
        for k in 1..<ctx.inputs.count {
            let shape = ints(try ctx.tensor(k))
            let axis = dim < 0 ? dim + shape.count : dim
            var o = Array(repeating: Int32(0), count: shape.count)
            if axis >= 0 && axis < shape.count {
                o[axis] = Int32(offset)
                offset += shape[axis]
            }
            out.append(.tensor(try Tensor(o, shape: [shape.count])))
        }
        return out
    }))
    r.register(OpDef("StridedSlice", shape: { c in
        guard let dims = c.shape(0).knownDims, let b = c.constantInts(1), let e = c.constantInts(2), let s = c.constantInts(3) else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: nil))]
        }
        do {
            let view = try Kernels.sliceView(shape: dims, spec: stridedSliceSpec(b, e, s, c.attrs))
            return [OutputSpec(c.dtype(0), TensorShape(view.resultShape))]
        } catch let e as TensorError {
            throw TFError.value(e.message)
        }
    }, kernel: tensorKernel { ctx in
        let spec = stridedSliceSpec(ints(try ctx.tensor(1)), ints(try ctx.tensor(2)), ints(try ctx.tensor(3)), ctx.attrs)
        return try Kernels.stridedSlice(try ctx.tensor(0), spec)
    }, gradient: { c in
        let shape: TensorHandle
        if let dims = c.inputs[0].shape.knownDims {
            shape = try c.intVector(dims)
        } else {
            shape = try c.op("Shape", [c.inputs[0]])
        }
        let g = try c.op("StridedSliceGrad", [shape, c.inputs[1], c.inputs[2], c.inputs[3], try c.grad], attrs: c.attrs)
        return [g, nil, nil, nil]
    }))
    // The gradient of StridedSlice: dy scattered into zeros of the input's shape.
    r.register(OpDef("StridedSliceGrad", shape: { c in
        [OutputSpec(c.dtype(4), c.constantInts(0).map { TensorShape($0) } ?? TensorShape(dims: nil))]
    }, kernel: tensorKernel { ctx in
        let shape = ints(try ctx.tensor(0))
        let dy = try ctx.tensor(4)
        let spec = stridedSliceSpec(ints(try ctx.tensor(1)), ints(try ctx.tensor(2)), ints(try ctx.tensor(3)), ctx.attrs)
        return try Kernels.stridedSliceAssign(try Kernels.zeros(shape, dtype: dy.dtype), spec, to: dy)
    }))
}
