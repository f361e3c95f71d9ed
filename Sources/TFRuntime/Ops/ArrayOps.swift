import TensorCore

func registerArrayOps(_ r: OpRegistry) {
    r.register(OpDef("Const", shape: { c in
        guard let v = c.attrs["value"]?.tensor else { throw TFError.value("Const needs a value") }
        return [OutputSpec(v.dtype, TensorShape(v.shape))]
    }, kernel: { ctx in
        guard let v = ctx.attrs["value"]?.tensor else { throw TFError.value("Const needs a value") }
        return [.tensor(v)]
    }))
    r.register(OpDef("Placeholder", shape: { c in
        guard let d = c.attrs["dtype"]?.dtype else { throw TFError.value("Placeholder needs a dtype") }
        return [OutputSpec(d, c.attrs["shape"]?.shape ?? TensorShape(dims: nil), isResource: c.attrs["_resource"]?.bool ?? false)]
    }, kernel: { ctx in
        let d = ctx.attrs["dtype"]?.dtype ?? .float32
        let shape = ctx.attrs["shape"]?.shape ?? TensorShape(dims: nil)
        let shapeText = shape.dims.map { "[" + $0.map { $0.map(String.init) ?? "?" }.joined(separator: ",") + "]" } ?? "<unknown>"
        throw TFError.invalidArgument("You must feed a value for placeholder tensor '\(ctx.opName)' with dtype \(d.tfDataTypeString)\(shape.dims == nil ? "" : " and shape \(shapeText)")")
    }))
    r.register(OpDef("Identity", shape: sameAsInput, kernel: { ctx in [ctx.inputs[0]] }, gradient: { c in [try c.grad] }))
    r.register(OpDef("StopGradient", shape: sameAsInput, kernel: { ctx in [ctx.inputs[0]] }, gradient: { _ in [nil] }))
    r.register(OpDef("NoOp", shape: { _ in [] }, kernel: { _ in [] }))

    r.register(OpDef("Reshape", shape: { c in
        guard let target = c.constantInts(1) else {
            // A shape known only in part (the Shape of a partly known tensor): what is known.
            return [OutputSpec(c.dtype(0), TensorShape(dims: c.shapeFromTensor(1)))]
        }
        if let n = c.shape(0).elementCount, target.contains(-1) {
            let known = target.filter { $0 != -1 }.reduce(1, *)
            if known != 0, n % known != 0 {
                throw TFError.value("Dimension size must be evenly divisible by \(known) but is \(n) for '\(c.nodeText(", Tshape=\(c.dtype(1).tfEnumName)"))' with input shapes: \(c.inputShapesText) and with input tensors computed as partial shapes: input[1] = [\(target.map { $0 == -1 ? "?" : String($0) }.joined(separator: ","))].")
            }
            return [OutputSpec(c.dtype(0), TensorShape(target.map { $0 == -1 ? (known == 0 ? 0 : n / known) : $0 }))]
        }
        if let n = c.shape(0).elementCount, !target.contains(-1), target.reduce(1, *) != n {
            throw TFError.value("Cannot reshape a tensor with \(n) elements to shape [\(target.map(String.init).joined(separator: ","))] (\(target.reduce(1, *)) elements) for '\(c.nodeText(", Tshape=\(c.dtype(1).tfEnumName)"))' with input shapes: \(c.inputShapesText) and with input tensors computed as partial shapes: input[1] = [\(target.map(String.init).joined(separator: ","))].")
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: target.map { $0 == -1 ? nil : $0 }))]
    }, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(1).intElements
        return try Kernels.reshape(try ctx.tensor(0), to: shape)
    }, gradient: { c in
        // array_ops.shape: a constant named `Shape` for a fully known shape, else a Shape op.
        [try c.op("Reshape", [try c.grad, try c.shapeOf(c.inputs[0])]), nil]
    }))
    r.register(OpDef("Shape", shape: { c in
        [OutputSpec(.int32, TensorShape(partial: [c.shape(0).rank]))]
    }, kernel: tensorKernel { ctx in
        let t = try ctx.tensor(0)
        return try Tensor(t.shape.map { Int32($0) }, shape: [t.shape.count])
    }))
    r.register(OpDef("Transpose", shape: { c in
        // TF's TransposeShapeFn: the rank from the input (or the permutation's length), every
        // constant permutation entry within [-rank, rank); duplicates are the kernel's to find.
        let perm = c.constantInts(1)
        let permCount = c.shape(1).dims?.first ?? nil
        guard let rank = c.shape(0).rank ?? permCount ?? perm?.count else { return [OutputSpec(c.dtype(0), .unknown)] }
        if c.shape(0).rank == nil && rank < 2 { return [OutputSpec(c.dtype(0), c.shape(0))] }
        func fail(_ text: String, showingPerm: Bool = false) -> TFError {
            var m = "\(text) for '\(c.nodeText(", Tperm=\(c.dtype(1).tfEnumName)"))' with input shapes: \(c.inputShapesText)"
            if showingPerm, let perm { m += " and with computed input tensors: input[1] = <\(perm.map(String.init).joined(separator: " "))>" }
            return TFError.value(m + ".")
        }
        if let r = c.shape(0).rank, r != rank { throw fail("Shape must be rank \(rank) but is rank \(r)") }
        if let n = permCount ?? perm?.count, n != rank { throw fail("Dimension must be \(rank) but is \(n)") }
        guard let perm else { return [OutputSpec(c.dtype(0), TensorShape(dims: Array(repeating: nil, count: rank)))] }
        var dims: [Int?] = []
        for p in perm {
            guard p < rank, p >= -rank else { throw fail("perm dim \(p) is out of range of input rank \(rank)", showingPerm: true) }
            dims.append(c.shape(0).dims?[p < 0 ? p + rank : p] ?? nil)
        }
        return [OutputSpec(c.dtype(0), TensorShape(dims: dims))]
    }, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        let perm = try ctx.tensor(1).intElements
        // TF's TransposeOp checks: a permutation of 0..<rank, reported as its kernel reports it.
        guard perm.count == x.rank else {
            throw TensorError.invalidArgument("transpose expects a vector of size \(x.rank). But input(1) is a vector of size \(perm.count)")
        }
        var seen = Array(repeating: false, count: x.rank)
        var normalized: [Int] = []
        for d in perm {
            let k = d < 0 ? d + x.rank : d
            guard k >= 0, k < x.rank else { throw TensorError.invalidArgument("\(d) is out of range [0 .. \(x.rank))") }
            seen[k] = true
            normalized.append(k)
        }
        if let missing = seen.firstIndex(of: false) {
            throw TensorError.invalidArgument("\(missing) is missing from {\(normalized.map(String.init).joined(separator: ","))}.")
        }
        return try Kernels.transpose(x, perm: normalized)
    }, gradient: { c in
        guard let perm = (c.inputs[1].eagerValue ?? c.inputs[1].graphTensor?.op.attrs["value"]?.tensor)?.scalars.compactMap({ $0.int64Value.map { Int($0) } }) else {
            throw TFError(.unimplemented, "Transpose gradient with a non-constant permutation")
        }
        var inverse = Array(repeating: 0, count: perm.count)
        for (i, p) in perm.enumerated() where p >= 0 && p < perm.count { inverse[p] = i }
        return [try c.op("Transpose", [try c.grad, try c.intVector(inverse)]), nil]
    }))
    r.register(OpDef("Tile", shape: { c in
        guard let dims = c.shape(0).dims, let m = c.shapeFromTensor(1), m.count == dims.count else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: c.shape(0).dims.map { $0.map { _ in nil } }))]
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: zip(dims, m).map { d, k in
            guard let d, let k else { return nil }
            return d * k
        }))]
    }, kernel: tensorKernel { ctx in
        try Kernels.tile(try ctx.tensor(0), multiples: try ctx.tensor(1).intElements)
    }, gradient: { c in
        // array_grad._TileGrad: view the gradient as [m0, d0, m1, d1, ...] and sum the multiples away.
        guard let dims = c.inputs[0].shape.knownDims,
              let multiples = (c.inputs[1].eagerValue ?? c.inputs[1].graphTensor?.op.attrs["value"]?.tensor)?.scalars.compactMap({ $0.int64Value.map { Int($0) } }) else {
            throw TFError(.unimplemented, "Tile gradient with unknown shapes")
        }
        var split: [Int] = []
        for (m, d) in zip(multiples, dims) { split += [m, d] }
        let reshaped = try c.op("Reshape", [try c.grad, try c.intVector(split)])
        let axes = Array(stride(from: 0, to: split.count, by: 2))
        return [try c.reduceSum(reshaped, axes: axes, keepDims: false), nil]
    }))
    r.register(OpDef("Fill", shape: { c in
        guard let dims = c.constantInts(0) else { return [OutputSpec(c.dtype(1), TensorShape(dims: nil))] }
        return [OutputSpec(c.dtype(1), TensorShape(dims))]
    }, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(0).intElements
        return try Kernels.fill(shape, try ctx.tensor(1).item())
    }))
    r.register(OpDef("BroadcastGradientArgs", shape: { _ in
        [OutputSpec(.int32, TensorShape(partial: [nil])), OutputSpec(.int32, TensorShape(partial: [nil]))]
    }, kernel: { ctx in
        let a = try ctx.tensor(0).intElements
        let b = try ctx.tensor(1).intElements
        let (ra, rb) = try Broadcast.gradientReductionAxes(a, b)
        return [.tensor(try Tensor(ra.map { Int32($0) }, shape: [ra.count])), .tensor(try Tensor(rb.map { Int32($0) }, shape: [rb.count]))]
    }))
    r.register(OpDef("BroadcastTo", shape: { c in
        [OutputSpec(c.dtype(0), c.shapeFromTensor(1).map { TensorShape(partial: $0) } ?? TensorShape(dims: nil))]
    }, kernel: tensorKernel { ctx in
        let shape = try ctx.tensor(1).intElements
        return try Broadcast.broadcast(try ctx.tensor(0), to: shape)
    }, gradient: { c in
        // array_grad._BroadcastToGrad: the gradient summed over the axes BroadcastGradientArgs
        // finds (kept), reshaped to the input's shape. A shape known while building is a constant.
        let inputShape = try c.shapeOf(c.inputs[0], dtype: c.inputs[1].dtype)
        var target = c.inputs[1]
        if target.eagerValue == nil, let known = c.constantValue(target) { target = try c.constant(known) }
        let axes = try c.runtime.execute("BroadcastGradientArgs", [target, inputShape])[1]
        let summed = try c.op("Sum", [try c.grad, axes], attrs: ["keep_dims": .bool(true)])
        return [try c.op("Reshape", [summed, inputShape]), nil]
    }))
    r.register(OpDef("ZerosLike", shape: sameAsInput, kernel: tensorKernel { ctx in Kernels.zerosLike(try ctx.tensor(0)) }))
    r.register(OpDef("OnesLike", shape: sameAsInput, kernel: tensorKernel { ctx in try Kernels.onesLike(try ctx.tensor(0)) }))
    r.register(OpDef("ConcatV2", shape: { c in
        let n = c.inputs.count - 1
        guard n >= 1, let axisArr = c.constantInts(n), let axis0 = axisArr.first else {
            return [OutputSpec(c.dtype(0), TensorShape(dims: nil))]
        }
        guard let rank = c.shape(0).rank else { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
        let axis = axis0 < 0 ? axis0 + rank : axis0
        var dims = c.shape(0).dims ?? []
        for i in 1..<n {
            guard let d = c.shape(i).dims, d.count == rank else { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
            if axis >= 0 && axis < rank {
                dims[axis] = (dims[axis] ?? 0) + (d[axis] ?? 0)
                if d[axis] == nil { dims[axis] = nil }
            }
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: dims))]
    }, kernel: tensorKernel { ctx in
        let n = ctx.inputs.count - 1
        let axis = Int(try ctx.tensor(n).item().int64Value ?? 0)
        return try Kernels.concat(try (0..<n).map { try ctx.tensor($0) }, axis: axis)
    }, gradient: { c in
        // array_grad._ConcatGradHelper: ConcatOffset of the input shapes, then one Slice per input.
        let g = try c.grad
        let n = c.inputs.count - 1
        let axis = c.inputs[n]
        var shapes: [TensorHandle] = []
        for x in c.inputs[0..<n] {
            guard let dims = x.shape.knownDims else { throw TFError(.unimplemented, "ConcatV2 gradient with unknown shapes") }
            shapes.append(try c.constant(try Tensor(dims.map { Int32($0) }, shape: [dims.count]), name: "Shape"))
        }
        let offsets = try c.runtime.execute("ConcatOffset", [axis] + shapes)
        var grads: [TensorHandle?] = []
        for k in 0..<n { grads.append(try c.op("Slice", [g, offsets[k], shapes[k]])) }
        return grads + [nil]
    }))
    r.register(OpDef("MatrixInverse", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.matrixInverse(try ctx.tensor(0))
    }, gradient: { c in
        // d(A^-1) = -A^-1^T grad A^-1^T
        let ainv = c.outputs[0]
        let g = try c.grad
        let left = try c.op("MatMul", [ainv, g], attrs: ["transpose_a": .bool(true), "transpose_b": .bool(false)])
        let right = try c.op("MatMul", [left, ainv], attrs: ["transpose_a": .bool(false), "transpose_b": .bool(true)])
        return [try c.op("Neg", [right])]
    }))
    r.register(OpDef("MatrixSolve", shape: { c in
        if c.dtype(0) != c.dtype(1) {
            throw TFError.type("Input 'rhs' of 'MatrixSolve' Op has type \(c.dtype(1).name) that does not match type \(c.dtype(0).name) of argument 'matrix'.")
        }
        guard let ad = c.shape(0).dims, let bd = c.shape(1).dims, ad.count >= 2, bd.count >= 2 else {
            return [OutputSpec(c.dtype(1), c.shape(1))]
        }
        return [OutputSpec(c.dtype(1), TensorShape(partial: Array(ad.dropLast(1)) + [bd[bd.count - 1]]))]
    }, kernel: tensorKernel { ctx in
        try Kernels.matrixSolve(try ctx.tensor(0), try ctx.tensor(1), adjoint: ctx.attrs["adjoint"]?.bool ?? false)
    }, gradient: { c in
        // linalg_grad._MatrixSolveGrad: grad_b = solve(A, grad, adjoint=!adjoint); grad_a = -grad_b x^T (or -x grad_b^T)
        let adjoint = c.attrs["adjoint"]?.bool ?? false
        let x = c.outputs[0]
        let gradB = try c.op("MatrixSolve", [c.inputs[0], try c.grad], attrs: ["adjoint": .bool(!adjoint)])
        let product = adjoint
            ? try c.op("MatMul", [x, gradB], attrs: ["transpose_a": .bool(false), "transpose_b": .bool(true)])
            : try c.op("MatMul", [gradB, x], attrs: ["transpose_a": .bool(false), "transpose_b": .bool(true)])
        return [try c.op("Neg", [product]), gradB]
    }))
    r.register(OpDef("ExpandDims", shape: { c in
        guard var dims = c.shape(0).dims, let axis = c.constantInts(1)?.first else { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
        let a = axis < 0 ? axis + dims.count + 1 : axis
        dims.insert(1, at: max(0, min(a, dims.count)))
        return [OutputSpec(c.dtype(0), TensorShape(partial: dims))]
    }, kernel: tensorKernel { ctx in
        try Kernels.expandDims(try ctx.tensor(0), axis: Int(try ctx.tensor(1).item().int64Value ?? 0))
    }, gradient: { c in
        guard let s = c.inputs[0].shape.knownDims else { throw TFError(.unimplemented, "ExpandDims gradient with unknown shape") }
        // array_ops.shape of a fully known shape: a constant named `Shape`.
        _ = s
        return [try c.op("Reshape", [try c.grad, try c.shapeOf(c.inputs[0])]), nil]
    }))
    registerStackingOps(r)
}

/// Squeeze, Pack, Unpack, OneHot and SelectV2, with array_grad.py's gradients.
func registerStackingOps(_ r: OpRegistry) {
    /// array_grad._ReshapeToInput: the gradient reshaped to the input's shape.
    func reshapeToInput(_ c: GradientContext) throws -> TensorHandle {
        try c.op("Reshape", [try c.grad, try c.op("Shape", [c.inputs[0]])])
    }
    r.register(OpDef("Squeeze", shape: { c in
        let axes = c.attrs["squeeze_dims"]?.ints ?? []
        guard let dims = c.shape(0).dims else { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
        let rank = dims.count
        let drop = Set(axes.map { $0 < 0 ? $0 + rank : $0 })
        for a in drop where a < 0 || a >= rank {
            throw TFError.invalidArgument("Tried to squeeze dim index \(a) for tensor with \(rank) dimensions.")
        }
        var out: [Int?] = []
        for (i, d) in dims.enumerated() {
            if axes.isEmpty ? d == 1 : drop.contains(i) {
                if let d, d != 1 { throw TFError.value("Can not squeeze dim[\(i)], expected a dimension of 1, got \(d) for '\(c.nodeText(", squeeze_dims=[\(axes.map(String.init).joined(separator: ", "))]"))' with input shapes: \(c.inputShapesText).") }
                continue
            }
            if axes.isEmpty && d == nil { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
            out.append(d)
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: out))]
    }, kernel: tensorKernel { ctx in
        let axes = ctx.attrs["squeeze_dims"]?.ints ?? []
        return try Kernels.squeeze(try ctx.tensor(0), axes: axes.isEmpty ? nil : axes)
    }, gradient: { c in [try reshapeToInput(c)] }))

    r.register(OpDef("Pack", shape: { c in
        let axis = c.attrs["axis"]?.int ?? 0
        guard let first = c.shape(0).dims else { return [OutputSpec(c.dtype(0), TensorShape(dims: nil))] }
        let rank = first.count + 1
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0, a < rank else {
            throw TFError.value("Shape must be at least rank \(rank - 1) but is rank \(first.count)")
        }
        var dims = first
        dims.insert(c.inputs.count, at: a)
        return [OutputSpec(c.dtype(0), TensorShape(partial: dims))]
    }, kernel: tensorKernel { ctx in
        try Kernels.stack(try (0..<ctx.inputs.count).map { try ctx.tensor($0) }, axis: ctx.attrs["axis"]?.int ?? 0)
    }, gradient: { c in
        // array_grad._PackGrad: unstack(grad, num=N, axis=axis).
        let n = c.inputs.count
        let parts = try c.runtime.execute("Unpack", [try c.grad], attrs: ["num": .int(n), "axis": .int(c.attrs["axis"]?.int ?? 0)])
        return parts.map { Optional($0) }
    }))

    r.register(OpDef("Unpack", shape: { c in
        let num = c.attrs["num"]?.int ?? 0
        let axis = c.attrs["axis"]?.int ?? 0
        guard var dims = c.shape(0).dims else {
            return Array(repeating: OutputSpec(c.dtype(0), TensorShape(dims: nil)), count: num)
        }
        let a = axis < 0 ? axis + dims.count : axis
        guard a >= 0, a < dims.count else { throw TFError.value("Dimension must be in range [\(-dims.count), \(dims.count)), but is \(axis)") }
        dims.remove(at: a)
        return Array(repeating: OutputSpec(c.dtype(0), TensorShape(partial: dims)), count: num)
    }, kernel: { ctx in
        do {
            return try Kernels.unstack(try ctx.tensor(0), axis: ctx.attrs["axis"]?.int ?? 0).map { .tensor($0) }
        } catch let e as TensorError {
            throw TFError.invalidArgument("\(e.message) [Op:Unpack]")
        }
    }, gradient: { c in
        // array_grad._UnpackGrad: stack(grads, axis=axis), zeros for outputs without one.
        var parts: [TensorHandle] = []
        for (k, g) in c.grads.enumerated() {
            parts.append(try g ?? c.op("ZerosLike", [c.outputs[k]]))
        }
        return [try c.op("Pack", parts, attrs: ["N": .int(parts.count), "axis": .int(c.attrs["axis"]?.int ?? 0)])]
    }))

    r.register(OpDef("OneHot", shape: { c in
        let axis = c.attrs["axis"]?.int ?? -1
        guard var dims = c.shape(0).dims else { return [OutputSpec(c.dtype(2), TensorShape(dims: nil))] }
        let depth = c.constantInts(1)?.first
        let a = axis == -1 ? dims.count : axis
        dims.insert(depth, at: max(0, min(a, dims.count)))
        return [OutputSpec(c.dtype(2), TensorShape(partial: dims))]
    }, kernel: tensorKernel { ctx in
        let indices = try ctx.tensor(0)
        guard let depth = try ctx.tensor(1).intElements.first, depth >= 0 else {
            throw TFError.invalidArgument("depth must be non-negative")
        }
        let on = try ctx.tensor(2), off = try ctx.tensor(3)
        guard on.elementCount == 1, off.elementCount == 1 else { throw TFError.invalidArgument("on_value and off_value must be scalars") }
        let axis = ctx.attrs["axis"]?.int ?? -1
        let ids = try indices.intElements
        let outer = ids.count
        // The one-hot values along the last axis, then moved to `axis`.
        var picks: [Int32] = []
        picks.reserveCapacity(outer * depth)
        for id in ids {
            for k in 0..<depth { picks.append(k == id ? 1 : 0) }
        }
        var shape = indices.shape
        shape.append(depth)
        var mask = try Tensor(picks, shape: shape)
        if axis != -1 && axis != indices.rank {
            var perm = Array(0..<indices.rank)
            perm.insert(indices.rank, at: axis)
            mask = try Kernels.transpose(mask, perm: perm)
        }
        let onFull = try Broadcast.broadcast(on.reshaped([]), to: mask.shape)
        let offFull = try Broadcast.broadcast(off.reshaped([]), to: mask.shape)
        return try Kernels.select(try Conversion.cast(mask, to: .bool), onFull, offFull)
    }))

    r.register(OpDef("SelectV2", shape: { c in
        let s = try TensorShape.broadcast(TensorShape.broadcast(c.shape(0), c.shape(1)), c.shape(2))
        return [OutputSpec(c.dtype(1), s)]
    }, kernel: tensorKernel { ctx in
        let cond = try ctx.tensor(0), x = try ctx.tensor(1), y = try ctx.tensor(2)
        let shape = try Broadcast.shapes([cond.shape, x.shape, y.shape])
        return try Kernels.select(try Broadcast.broadcast(cond, to: shape), try Broadcast.broadcast(x, to: shape),
                                  try Broadcast.broadcast(y, to: shape))
    }, gradient: { c in
        // array_grad._SelectGradV2: the gradient where chosen, zeros elsewhere (inputs that were
        // broadcast would need their gradient summed back; not built yet).
        let g = try c.grad
        guard let out = g.shape.knownDims, c.inputs[1].shape.knownDims == out, c.inputs[2].shape.knownDims == out else {
            throw TFError(.unimplemented, "The gradient of where() with broadcast operands is not supported yet")
        }
        let zeros = try c.constant(try Conversion.cast(Tensor(scalar: 0.0), to: g.dtype), name: "zeros")
        return [nil, try c.op("SelectV2", [c.inputs[0], g, zeros]), try c.op("SelectV2", [c.inputs[0], zeros, g])]
    }))
}
