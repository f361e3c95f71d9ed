import TensorCore

/// Neural-network ops that Keras layers are built from.
func registerNNOps(_ r: OpRegistry) {
    // nn.bias_add: a 1-D bias added along the last dimension (data_format NHWC).
    r.register(OpDef("BiasAdd", shape: { c in
        if let rank = c.shape(0).rank, rank < 2 {
            throw TFError.value("Shape must be at least rank 2 but is rank \(rank) for '{{node \(c.opName)}} = BiasAdd[T=DT_\(c.dtype(0).name.uppercased()), data_format=\"NHWC\"](\(c.inputs[0].op.name), \(c.inputs[1].op.name))' with input shapes: \(c.shape(0).listDescription), \(c.shape(1).listDescription).")
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
}
