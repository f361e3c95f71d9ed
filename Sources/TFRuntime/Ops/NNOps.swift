import TensorCore

/// Neural-network ops that Keras layers are built from.
func registerNNOps(_ r: OpRegistry) {
    // nn.bias_add: a 1-D bias added along the last dimension (data_format NHWC).
    r.register(OpDef("BiasAdd", shape: { c in
        if let rank = c.shape(0).rank, rank < 2 {
            throw TFError.value("Shape must be at least rank 2 but is rank \(rank) for '\(c.nodeText(", data_format=\"NHWC\""))' with input shapes: \(c.inputShapesText).")
        }
        return [OutputSpec(c.dtype(0), c.shape(0))]
    }, kernel: tensorKernel { ctx in
        let value = try ctx.tensor(0), bias = try ctx.tensor(1)
        guard value.rank >= 2 else {
            throw TFError.invalidArgument("Input tensor must be at least 2D: \(value.shape)")
        }
        guard bias.rank == 1, bias.shape[0] == value.shape[value.rank - 1] else {
            throw TFError.invalidArgument("Must provide as many biases as the last dimension of the input tensor: \(bias.shape) vs. \(value.shape)")
        }
        if value.dtype != bias.dtype {
            throw TFError.invalidArgument("cannot compute BiasAdd as input #1(zero-based) was expected to be a \(value.dtype.tfDataTypeString) tensor but is a \(bias.dtype.tfDataTypeString) tensor [Op:BiasAdd] name: ")
        }
        return try Kernels.add(value, bias)
    }, gradient: { c in
        // nn_grad._BiasAddGrad: the gradient itself, and its sum over every axis but the last.
        let g = try c.grad
        return [g, try c.op("BiasAddGrad", [g], attrs: ["data_format": .string("NHWC")])]
    }))
    r.register(OpDef("BiasAddGrad", shape: { c in
        guard let dims = c.shape(0).dims, let last = dims.last else { return [OutputSpec(c.dtype(0), TensorShape(partial: [nil]))] }
        return [OutputSpec(c.dtype(0), TensorShape(partial: [last]))]
    }, kernel: tensorKernel { ctx in
        let g = try ctx.tensor(0)
        guard g.rank >= 2 else { throw TFError.invalidArgument("Input tensor must be at least 2D: \(g.shape)") }
        return try Kernels.sum(g, axes: Array(0..<(g.rank - 1)))
    }))

    registerSoftmaxOps(r)
}

/// Softmax, cross-entropy and arg max/min, with nn_grad.py's gradients.
func registerSoftmaxOps(_ r: OpRegistry) {
    func lastAxisShape(_ c: ShapeContext) throws -> [OutputSpec] {
        if let rank = c.shape(0).rank, rank < 1 {
            throw TFError.value("Shape must be at least rank 1 but is rank 0 for '\(c.nodeText())' with input shapes: [].")
        }
        return [OutputSpec(c.dtype(0), c.shape(0))]
    }
    /// `math_ops.reduce_sum(x, -1, keepdims=True)`.
    func sumLastKeep(_ c: GradientContext, _ x: TensorHandle) throws -> TensorHandle {
        try c.opWithConstant("Sum", [x], constant: Tensor(scalar: Int32(-1)), argName: "reduction_indices", attrs: ["keep_dims": .bool(true)])
    }
    /// nn_grad._BroadcastMul: `expand_dims(vec, -1) * mat`.
    func broadcastMul(_ c: GradientContext, _ vec: TensorHandle, _ mat: TensorHandle) throws -> TensorHandle {
        let v = try c.opWithConstant("ExpandDims", [vec], constant: Tensor(scalar: Int32(-1)), argName: "dim")
        return try c.mul(v, mat)
    }
    r.register(OpDef("Softmax", shape: lastAxisShape, kernel: tensorKernel { ctx in
        try Kernels.softmax(try ctx.tensor(0))
    }, gradient: { c in
        // (grad - reduce_sum(grad * softmax, -1, keepdims=True)) * softmax
        let g = try c.grad, softmax = c.outputs[0]
        let sum = try sumLastKeep(c, try c.mul(g, softmax))
        return [try c.mul(try c.op("Sub", [g, sum]), softmax)]
    }))
    r.register(OpDef("LogSoftmax", shape: lastAxisShape, kernel: tensorKernel { ctx in
        try Kernels.softmax(try ctx.tensor(0), log: true)
    }, gradient: { c in
        // grad - reduce_sum(grad, -1, keepdims=True) * exp(log_softmax)
        let g = try c.grad
        let softmax = try c.op("Exp", [c.outputs[0]])
        let sum = try sumLastKeep(c, g)
        return [try c.op("Sub", [g, try c.mul(sum, softmax)])]
    }))
    func xentShape(_ c: ShapeContext) throws -> [OutputSpec] {
        let d = c.dtype(0)
        guard let dims = c.shape(0).dims else {
            return [OutputSpec(d, TensorShape(partial: [nil])), OutputSpec(d, TensorShape(partial: [nil, nil]))]
        }
        guard dims.count == 2 else {
            throw TFError.value("Shape must be rank 2 but is rank \(dims.count) for '{{node \(c.opName)}} = \(c.opType)'")
        }
        return [OutputSpec(d, TensorShape(partial: [dims[0]])), OutputSpec(d, TensorShape(partial: dims))]
    }
    /// A cross-entropy kernel's two outputs (loss, backprop), its errors as the op's.
    func xentKernel(_ type: String, _ body: @escaping (Tensor, Tensor) throws -> (Tensor, Tensor)) -> (KernelContext) throws -> [KernelValue] {
        { ctx in
            do {
                let (loss, backprop) = try body(try ctx.tensor(0), try ctx.tensor(1))
                return [.tensor(loss), .tensor(backprop)]
            } catch let e as TensorError {
                throw TFError.invalidArgument("\(e.message) [Op:\(type)]")
            }
        }
    }
    r.register(OpDef("SoftmaxCrossEntropyWithLogits", shape: xentShape, kernel: xentKernel("SoftmaxCrossEntropyWithLogits") {
        try Kernels.softmaxCrossEntropy(logits: $0, labels: $1)
    }, gradient: { c in
        // The loss's gradient times the kernel's backprop for the logits; the labels get
        // -log_softmax(logits). (The second derivative through the backprop output is left out.)
        let gLoss = try c.grad
        let grad = try broadcastMul(c, gLoss, c.outputs[1])
        let logSoftmax = try c.op("LogSoftmax", [c.inputs[0]])
        return [grad, try broadcastMul(c, gLoss, try c.op("Neg", [logSoftmax]))]
    }))
    r.register(OpDef("SparseSoftmaxCrossEntropyWithLogits", shape: xentShape, kernel: xentKernel("SparseSoftmaxCrossEntropyWithLogits") {
        try Kernels.sparseSoftmaxCrossEntropy(logits: $0, labels: $1)
    }, gradient: { c in
        let gLoss = try c.grad
        let backprop = try c.op("PreventGradient", [c.outputs[1]], attrs: ["message": .string(
            "Currently there is no way to take the second derivative of sparse_softmax_cross_entropy_with_logits due to the fused implementation's interaction with tf.gradients()")])
        return [try broadcastMul(c, gLoss, backprop), nil]
    }))
    r.register(OpDef("PreventGradient", shape: sameAsInput, kernel: { ctx in [ctx.inputs[0]] }, gradient: { c in
        let message = c.attrs["message"]?.string ?? ""
        throw TFError(.lookupError, "Gradient explicitly disabled. Reason: \(message)")
    }))
    for (type, smallest) in [("ArgMax", false), ("ArgMin", true)] {
        r.register(OpDef(type, shape: { c in
            let out = c.attrs["output_type"]?.dtype ?? .int64
            guard let dims = c.shape(0).dims, let axis = c.constantInts(1)?.first else {
                return [OutputSpec(out, TensorShape(dims: nil))]
            }
            let a = axis < 0 ? axis + dims.count : axis
            guard a >= 0, a < dims.count else {
                throw TFError.value("Expected dimension in the range [\(-dims.count), \(dims.count)), but got \(axis)")
            }
            var kept = dims
            kept.remove(at: a)
            return [OutputSpec(out, TensorShape(partial: kept))]
        }, kernel: tensorKernel { ctx in
            guard let axis = try ctx.tensor(1).intElements.first else { throw TFError.invalidArgument("dimension must be a scalar") }
            let t = try ctx.tensor(0)
            let index = smallest ? try Kernels.argmin(t, axis: axis) : try Kernels.argmax(t, axis: axis)
            let out = ctx.attrs["output_type"]?.dtype ?? .int64
            return out == .int64 ? index : try Conversion.cast(index, to: out)
        }))
    }
}
