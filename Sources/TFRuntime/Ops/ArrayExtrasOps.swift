import TensorCore

/// Cumsum, Pad/PadV2/MirrorPad, Split/SplitV, TopKV2, Where, LinSpace and MatrixDiagV3: the ops
/// behind tf.cumsum, tf.pad, tf.split, tf.sort, tf.boolean_mask, tf.where(condition), tf.linspace
/// and tf.eye, with the gradients of TF's math_grad.py and array_grad.py.
func registerArrayExtrasOps(_ r: OpRegistry) {
    // tf.reverse: the elements in reverse order along each axis given (a negative axis counts
    // from the end); its gradient reverses the gradient along the same axes.
    r.register(OpDef("ReverseV2", shape: sameAsInput, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        let rank = x.rank
        var reversed = Array(repeating: false, count: rank)
        for (k, a) in try ctx.tensor(1).intElements.enumerated() {
            guard a >= -rank && a < rank else {
                throw TensorError.invalidArgument("'axis'[\(k)] = \(a) is out of valid range [0, \(rank - 1)")
            }
            let axis = a < 0 ? a + rank : a
            guard !reversed[axis] else { throw TensorError.invalidArgument("axis \(axis) specified more than once.") }
            reversed[axis] = true
        }
        guard reversed.contains(true) else { return x }
        let full = (1 << rank) - 1
        let spec = StridedSliceSpec(begin: Array(repeating: 0, count: rank), end: Array(repeating: 0, count: rank),
                                    strides: reversed.map { $0 ? -1 : 1 }, beginMask: full, endMask: full)
        return try Kernels.stridedSlice(x, spec)
    }, gradient: { c in
        [try c.op("ReverseV2", [try c.grad, c.inputs[1]]), nil]
    }))

    func constInt(_ c: ShapeContext, _ i: Int) -> Int? { c.constantInts(i)?.first }

    r.register(OpDef("Cumsum", shape: sameAsInput, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        guard let axis = try ctx.tensor(1).intElements.first else { throw TensorError.invalidArgument("axis must be a scalar") }
        guard axis >= -x.rank, axis < x.rank else {
            throw TensorError.invalidArgument("ScanOp: Expected scan axis in the range [\(-x.rank), \(x.rank)), but got \(axis)")
        }
        return try Kernels.cumsum(x, axis: axis, exclusive: ctx.attrs["exclusive"]?.bool ?? false,
                                  reverse: ctx.attrs["reverse"]?.bool ?? false)
    }, gradient: { c in
        // math_grad._CumsumGrad: the cumulative sum of the gradient the other way.
        let exclusive = c.attrs["exclusive"]?.bool ?? false, reverse = c.attrs["reverse"]?.bool ?? false
        return [try c.op("Cumsum", [try c.grad, c.inputs[1]], attrs: ["exclusive": .bool(exclusive), "reverse": .bool(!reverse)]), nil]
    }))

    r.register(OpDef("Cumprod", shape: sameAsInput, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        guard let axis = try ctx.tensor(1).intElements.first else { throw TensorError.invalidArgument("axis must be a scalar") }
        guard axis >= -x.rank, axis < x.rank else {
            throw TensorError.invalidArgument("ScanOp: Expected scan axis in the range [\(-x.rank), \(x.rank)), but got \(axis)")
        }
        return try Kernels.cumprod(x, axis: axis, exclusive: ctx.attrs["exclusive"]?.bool ?? false,
                                   reverse: ctx.attrs["reverse"]?.bool ?? false)
    }, gradient: { c in
        // math_grad._CumprodGrad: cumsum(cumprod(x) * grad) the other way, divided by x (0 where x is 0).
        let exclusive = c.attrs["exclusive"]?.bool ?? false, reverse = c.attrs["reverse"]?.bool ?? false
        let x = c.inputs[0], axis = c.inputs[1]
        let prod = try c.op("Cumprod", [x, axis], attrs: ["exclusive": .bool(exclusive), "reverse": .bool(reverse)])
        let out = try c.op("Cumsum", [try c.mul(prod, try c.grad), axis], attrs: ["exclusive": .bool(exclusive), "reverse": .bool(!reverse)])
        return [try c.op("DivNoNan", [out, x]), nil]
    }))

    func padShape(_ c: ShapeContext) throws -> [OutputSpec] {
        guard let dims = c.shape(0).dims else {
            if let n = c.shape(1).dims?.first ?? nil { return [OutputSpec(c.dtype(0), TensorShape(dims: Array(repeating: nil, count: n)))] }
            return [OutputSpec(c.dtype(0), .unknown)]
        }
        guard let p = c.constantInts(1), p.count == 2 * dims.count else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: Array(repeating: nil, count: dims.count)))]
        }
        return [OutputSpec(c.dtype(0), TensorShape(dims: dims.enumerated().map { k, d in d.map { $0 + p[2 * k] + p[2 * k + 1] } }))]
    }
    func paddings(_ t: Tensor) throws -> [(Int, Int)] {
        let v = t.intElements
        guard t.rank == 2, t.shape[1] == 2 else {
            throw TensorError.invalidArgument("paddings must be a matrix with 2 columns: \(ShapeFormat.brackets(t.shape))")
        }
        return stride(from: 0, to: v.count, by: 2).map { (v[$0], v[$0 + 1]) }
    }
    /// array_grad._PadGrad: the gradient's slice where the input was, its start the first column
    /// of the paddings.
    func padGrad(_ c: GradientContext) throws -> [TensorHandle?] {
        let x = c.inputs[0], a = c.inputs[1]
        let rank = try c.op("Rank", [x])
        let one = try c.constant(Tensor(scalar: Int32(1)))
        let size = try c.op("Pack", [rank, one], attrs: ["N": .int(2), "axis": .int(0)])
        let begin0 = try c.constant(try Tensor([Int32(0), 0], shape: [2]))
        let before = try c.op("Slice", [a, begin0, size])
        let begin = try c.op("Reshape", [before, try c.intVector([-1])])
        let sizes = try c.op("Shape", [x], attrs: ["out_type": .type(a.dtype)])
        let xGrad = try c.op("Slice", [try c.grad, begin, sizes])
        return [xGrad] + Array(repeating: nil, count: c.inputs.count - 1)
    }
    r.register(OpDef("Pad", shape: padShape, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        return try Kernels.pad(x, paddings: try paddings(try ctx.tensor(1)), mode: .constant(Tensor.zeroScalar(x.dtype)))
    }, gradient: padGrad))
    r.register(OpDef("PadV2", shape: padShape, kernel: tensorKernel { ctx in
        try Kernels.pad(try ctx.tensor(0), paddings: try paddings(try ctx.tensor(1)), mode: .constant(try ctx.tensor(2).item()))
    }, gradient: padGrad))
    r.register(OpDef("MirrorPad", shape: padShape, kernel: tensorKernel { ctx in
        let mode: Kernels.PadMode = ctx.attrs["mode"]?.string == "SYMMETRIC" ? .symmetric : .reflect
        return try Kernels.pad(try ctx.tensor(0), paddings: try paddings(try ctx.tensor(1)), mode: mode)
    }, gradient: { c in
        // array_grad._MirrorPadGrad.
        [try c.op("MirrorPadGrad", [try c.grad, c.inputs[1]], attrs: ["mode": .string(c.attrs["mode"]?.string ?? "REFLECT")]), nil]
    }))
    r.register(OpDef("MirrorPadGrad", shape: { c in
        guard let dims = c.shape(0).dims, let p = c.constantInts(1), p.count == 2 * dims.count else {
            return [OutputSpec(c.dtype(0), c.shape(0).dims.map { TensorShape(dims: Array(repeating: nil, count: $0.count)) } ?? .unknown)]
        }
        return [OutputSpec(c.dtype(0), TensorShape(dims: dims.enumerated().map { k, d in d.map { $0 - p[2 * k] - p[2 * k + 1] } }))]
    }, kernel: tensorKernel { ctx in
        let mode: Kernels.PadMode = ctx.attrs["mode"]?.string == "SYMMETRIC" ? .symmetric : .reflect
        return try Kernels.mirrorPadGrad(try ctx.tensor(0), paddings: try paddings(try ctx.tensor(1)), mode: mode)
    }))

    // Split(split_dim, value) into num_split equal parts; SplitV(value, size_splits, split_dim).
    r.register(OpDef("Split", shape: { c in
        let n = c.attrs["num_split"]?.int ?? 1
        guard var dims = c.shape(1).dims, let axis0 = constInt(c, 0) else {
            return Array(repeating: OutputSpec(c.dtype(1), c.shape(1).dims.map { TensorShape(dims: Array(repeating: nil, count: $0.count)) } ?? .unknown), count: n)
        }
        let axis = axis0 < 0 ? axis0 + dims.count : axis0
        guard axis >= 0, axis < dims.count else {
            throw TFError.value("Dimension must be in range [\(-dims.count), \(dims.count)), but is \(axis0) for '\(c.nodeText(", num_split=\(n)"))' with input shapes: \(c.inputShapesText).")
        }
        if let d = dims[axis] {
            guard n > 0, d % n == 0 else {
                throw TFError.value("Dimension size must be evenly divisible by \(n) but is \(d)\n\tNumber of ways to split should evenly divide the split dimension for '\(c.nodeText(", num_split=\(n)"))' with input shapes: \(c.inputShapesText) and with computed input tensors: input[0] = <\(axis0)>.")
            }
            dims[axis] = d / n
        }
        return Array(repeating: OutputSpec(c.dtype(1), TensorShape(dims: dims)), count: n)
    }, kernel: { ctx in
        let x = try ctx.tensor(1)
        let n = ctx.attrs["num_split"]?.int ?? 1
        guard let axis0 = try ctx.tensor(0).intElements.first else { throw TFError.invalidArgument("split_dim must be a scalar") }
        let axis = axis0 < 0 ? axis0 + x.rank : axis0
        guard axis >= 0, axis < x.rank else {
            throw TFError.kernelFailure("-input rank(-\(x.rank)) <= split_dim < input rank (\(x.rank)), but got \(axis0)", op: ctx.opName)
        }
        guard n > 0, x.shape[axis] % n == 0 else {
            throw TFError.kernelFailure("Number of ways to split should evenly divide the split dimension, but got split_dim \(axis0) (size = \(x.shape[axis])) and num_split \(n)", op: ctx.opName)
        }
        do {
            return try Kernels.split(x, sizes: Array(repeating: x.shape[axis] / n, count: n), axis: axis).map { .tensor($0) }
        } catch let e as TensorError {
            throw TFError.kernelFailure(e.message, op: ctx.opName)
        }
    }, gradient: { c in
        // array_grad._SplitGrad: the output gradients concatenated (zeros where there is none).
        var parts: [TensorHandle] = []
        for (k, g) in c.grads.enumerated() { parts.append(try g ?? c.op("ZerosLike", [c.outputs[k]])) }
        return [nil, try c.op("ConcatV2", parts + [c.inputs[0]], attrs: ["N": .int(parts.count)], name: "concat")]
    }))
    r.register(OpDef("SplitV", shape: { c in
        let n = c.attrs["num_split"]?.int ?? 1
        guard var dims = c.shape(0).dims, let axis0 = constInt(c, 2), let sizes = c.constantInts(1) else {
            return Array(repeating: OutputSpec(c.dtype(0), c.shape(0).dims.map { TensorShape(dims: Array(repeating: nil, count: $0.count)) } ?? .unknown), count: n)
        }
        let axis = axis0 < 0 ? axis0 + dims.count : axis0
        guard axis >= 0, axis < dims.count else { return Array(repeating: OutputSpec(c.dtype(0), .unknown), count: n) }
        var resolved = sizes
        if let d = dims[axis], let k = sizes.firstIndex(of: -1) {
            resolved[k] = d - sizes.filter { $0 != -1 }.reduce(0, +)
        }
        return resolved.map { s in
            dims[axis] = s < 0 ? nil : s
            return OutputSpec(c.dtype(0), TensorShape(dims: dims))
        }
    }, kernel: { ctx in
        let x = try ctx.tensor(0)
        var sizes = try ctx.tensor(1).intElements
        guard let axis0 = try ctx.tensor(2).intElements.first else { throw TFError.invalidArgument("split_dim must be a scalar") }
        let axis = axis0 < 0 ? axis0 + x.rank : axis0
        guard axis >= 0, axis < x.rank else {
            throw TFError.kernelFailure("-input rank(-\(x.rank)) <= split_dim < input rank (\(x.rank)), but got \(axis0)", op: ctx.opName)
        }
        let known = sizes.filter { $0 != -1 }.reduce(0, +)
        if let k = sizes.firstIndex(of: -1) { sizes[k] = x.shape[axis] - known }
        guard sizes.reduce(0, +) == x.shape[axis], sizes.allSatisfy({ $0 >= 0 }) else {
            throw TFError.kernelFailure("Determined shape must either match input shape along split_dim exactly if fully specified, or be less than the size of the input along split_dim if not fully specified.  Got: \(known)", op: ctx.opName)
        }
        do {
            return try Kernels.split(x, sizes: sizes, axis: axis).map { .tensor($0) }
        } catch let e as TensorError {
            throw TFError.kernelFailure(e.message, op: ctx.opName)
        }
    }, gradient: { c in
        // array_grad._SplitVGrad.
        var parts: [TensorHandle] = []
        for (k, g) in c.grads.enumerated() { parts.append(try g ?? c.op("ZerosLike", [c.outputs[k]])) }
        return [try c.op("ConcatV2", parts + [c.inputs[2]], attrs: ["N": .int(parts.count)], name: "concat"), nil, nil]
    }))

    r.register(OpDef("TopKV2", shape: { c in
        guard var dims = c.shape(0).dims, !dims.isEmpty else {
            return [OutputSpec(c.dtype(0), .unknown), OutputSpec(.int32, .unknown)]
        }
        dims[dims.count - 1] = constInt(c, 1)
        return [OutputSpec(c.dtype(0), TensorShape(dims: dims)), OutputSpec(.int32, TensorShape(dims: dims))]
    }, kernel: { ctx in
        guard let k = try ctx.tensor(1).intElements.first else { throw TFError.invalidArgument("k must be a scalar") }
        do {
            let (v, i) = try Kernels.topK(try ctx.tensor(0), k: k)
            return [.tensor(v), .tensor(i)]
        } catch let e as TensorError {
            throw TFError.kernelFailure(e.message, op: ctx.opName)
        }
    }, gradient: { c in
        // nn_grad._TopKGrad, for a gradient of the values: each row's gradient goes back to the
        // positions its values came from, the rows' indices offset into one flat index (TF
        // scatters with ScatterNd; a segment sum adds the same way).
        guard let g = c.grads.first ?? nil else { return [nil, nil] }
        guard let dims = c.inputs[0].shape.knownDims, let n = dims.last, let k = c.outputs[1].shape.knownDims?.last else {
            throw TFError(.unimplemented, "The gradient of TopKV2 with unknown shapes is not supported yet")
        }
        let rows = n == 0 ? 0 : dims.reduce(1, *) / n
        let indices2d = try c.op("Reshape", [c.outputs[1], try c.intVector([rows, k])])
        let offsets = try c.constant(try Tensor((0..<rows).map { Int32($0 * n) }, shape: [rows, 1]))
        let flat = try c.op("Reshape", [try c.op("AddV2", [indices2d, offsets]), try c.intVector([-1])])
        let values = try c.op("Reshape", [g, try c.intVector([-1])])
        let scattered = try c.op("UnsortedSegmentSum", [values, flat, try c.constant(Tensor(scalar: Int32(rows * n)))])
        return [try c.op("Reshape", [scattered, try c.intVector(dims)]), nil]
    }))

    r.register(OpDef("Where", shape: { c in
        [OutputSpec(.int64, TensorShape(dims: [nil, c.shape(0).rank]))]
    }, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        guard x.rank > 0 else { throw TensorError.invalidArgument("WhereOp : Unhandled input dimensions: 0") }
        return try Kernels.whereTrue(x)
    }))

    r.register(OpDef("LinSpace", shape: { c in
        [OutputSpec(c.dtype(0), TensorShape(dims: [constInt(c, 2)]))]
    }, kernel: tensorKernel { ctx in
        let start = try ctx.tensor(0), stop = try ctx.tensor(1)
        guard start.rank == 0 else { throw TensorError.invalidArgument("start must be a scalar, not shape \(ShapeFormat.brackets(start.shape))") }
        guard stop.rank == 0 else { throw TensorError.invalidArgument("stop must be a scalar, not shape \(ShapeFormat.brackets(stop.shape))") }
        guard let num = try ctx.tensor(2).intElements.first else { throw TensorError.invalidArgument("num must be a scalar") }
        // tf.linspace builds a range(1, num - 1): no values for 0, and that range's error below.
        if num == 0 { return try Tensor(shape: [0], storage: TensorStorage.zeros(start.dtype, count: 0)) }
        if num < 0 {
            throw TFError.kernelFailure("{{function_node __wrapped__Range_device_/job:localhost/replica:0/task:0/device:CPU:0}} Requires start <= limit when delta > 0: 1/-1", op: "Range")
        }
        return try Kernels.tfLinspace(start: try start.item(), stop: try stop.item(), num: num)
    }, gradient: { c in
        // out[i] = start + (stop - start) * i / (n - 1): the weights of stop are linspace(0, 1, n).
        let g = try c.grad
        guard let n = c.outputs[0].shape.knownDims?.first else {
            throw TFError(.unimplemented, "LinSpace gradient with an unknown number of values")
        }
        let w = try Kernels.tfLinspace(start: .float64(0), stop: .float64(n > 1 ? 1 : 0), num: max(n, 1))
        let weights = try c.constant(try Conversion.cast(w, to: g.dtype))
        let toStop = try c.reduceSum(try c.mul(g, weights), axes: [0], keepDims: false)
        let total = try c.reduceSum(g, axes: [0], keepDims: false)
        return [try c.op("Sub", [total, toStop]), toStop, nil]
    }))

    // MatrixDiagV3 for a main diagonal: each last-axis vector on the diagonal of a matrix of
    // num_rows x num_cols, padded with padding_value.
    r.register(OpDef("MatrixDiagV3", shape: { c in
        guard let dims = c.shape(0).dims, let last = dims.last else { return [OutputSpec(c.dtype(0), .unknown)] }
        let rows = constInt(c, 2).flatMap { $0 < 0 ? nil : $0 } ?? last
        let cols = constInt(c, 3).flatMap { $0 < 0 ? nil : $0 } ?? last
        return [OutputSpec(c.dtype(0), TensorShape(dims: Array(dims.dropLast()) + [rows, cols]))]
    }, kernel: tensorKernel { ctx in
        let d = try ctx.tensor(0)
        guard let n = d.shape.last else { throw TensorError.invalidArgument("diagonal must be at least 1-dim") }
        let r0 = try ctx.tensor(2).intElements.first ?? -1, c0 = try ctx.tensor(3).intElements.first ?? -1
        let rows = r0 < 0 ? n : r0, cols = c0 < 0 ? n : c0
        let batch = n == 0 ? 0 : d.elementCount / n
        var sources: [Int] = []
        sources.reserveCapacity(batch * rows * cols)
        for b in 0..<batch {
            for i in 0..<rows {
                for j in 0..<cols { sources.append(i == j && i < n ? b * n + i : -1) }
            }
        }
        let pad = try ctx.tensor(4).item()
        let flat = sources.map { $0 < 0 ? pad : (d.storage.element(at: $0) ?? pad) }
        return try Tensor(scalars: flat, shape: Array(d.shape.dropLast()) + [rows, cols], dtype: d.dtype)
    }))
}
