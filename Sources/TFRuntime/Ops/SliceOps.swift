import TensorCore

func stridedSliceSpec(_ begin: [Int], _ end: [Int], _ strides: [Int], _ attrs: Attrs) -> StridedSliceSpec {
    StridedSliceSpec(begin: begin, end: end, strides: strides,
                     beginMask: attrs["begin_mask"]?.int ?? 0, endMask: attrs["end_mask"]?.int ?? 0,
                     ellipsisMask: attrs["ellipsis_mask"]?.int ?? 0, newAxisMask: attrs["new_axis_mask"]?.int ?? 0,
                     shrinkAxisMask: attrs["shrink_axis_mask"]?.int ?? 0)
}

func registerSliceOps(_ r: OpRegistry) {
    func ints(_ t: Tensor) -> [Int] { t.scalars.compactMap { $0.int64Value.map { Int($0) } } }
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
