import TensorCore

/// Elu, Selu, Relu6 and Softsign with their gradient ops (relu_op.h, softsign_op.h) and
/// nn_grad.py's gradients: each activation's gradient is one fused op fed the incoming gradient
/// and the activation's output (Elu, Selu, Relu6) or input (Softsign).
func registerActivationOps(_ r: OpRegistry) {
    let floating = AllowedTypes(names: AllowedTypes.activations, parameter: "features", signature: "features:T -> activations:T")
    let numeric = AllowedTypes(names: ["float", "double", "int32", "uint8", "int16", "int8", "int64", "bfloat16", "uint16",
                                       "half", "uint32", "uint64"], parameter: "features", signature: "features:T -> activations:T")
    func activation(_ type: String, _ allowed: AllowedTypes, _ kernel: @escaping @Sendable (Tensor) throws -> Tensor,
                    gradient: @escaping (GradientContext) throws -> [TensorHandle?]) {
        registerCheckedUnary(r, type, allowed, kernel, gradient: gradient)
    }
    /// A gradient op of (incoming gradient, the activation's output or input).
    func gradientOp(_ type: String, _ kernel: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
                    gradient: ((GradientContext) throws -> [TensorHandle?])? = nil) {
        let checked: @Sendable (Tensor, Tensor) throws -> Tensor = { g, y in
            try requireSameDType(g, y, type)
            return try kernel(g, y)
        }
        r.register(OpDef(type, shape: sameAsInput, kernel: tensorKernel { ctx in try checked(try ctx.tensor(0), try ctx.tensor(1)) },
                         gradient: gradient, eager: .binary(checked)))
    }
    /// _EluGradGrad and _SeluGradGrad: the gradient op again for the incoming gradient, and
    /// `where(y < 0, grad * gradients, zeros_like(y))` for the output.
    func secondOrder(_ type: String) -> (GradientContext) throws -> [TensorHandle?] {
        { c in
            let g = try c.grad
            let y = c.inputs[1]
            let first = try c.op(type, [g, y])
            let negative = try c.opWithConstant("Less", [y], constant: try Conversion.cast(Tensor(scalar: 0.0), to: y.dtype), argName: "y")
            let product = try c.mul(g, c.inputs[0], name: "mul")
            return [first, try c.op("Select", [negative, product, try c.op("ZerosLike", [y])])]
        }
    }

    activation("Elu", floating, { try Kernels.elu($0) }) { c in [try c.op("EluGrad", [try c.grad, c.outputs[0]])] }
    gradientOp("EluGrad", { try Kernels.eluGrad($0, $1) }, gradient: secondOrder("EluGrad"))
    activation("Selu", floating, { try Kernels.selu($0) }) { c in [try c.op("SeluGrad", [try c.grad, c.outputs[0]])] }
    gradientOp("SeluGrad", { try Kernels.seluGrad($0, $1) }, gradient: secondOrder("SeluGrad"))
    activation("Relu6", numeric, { try Kernels.relu6($0) }) { c in [try c.op("Relu6Grad", [try c.grad, c.outputs[0]])] }
    // _Relu6GradGrad: the gradient op on the incoming gradient, nothing for the features.
    gradientOp("Relu6Grad", { try Kernels.relu6Grad($0, $1) }) { c in
        [try c.op("Relu6Grad", [try c.grad, c.inputs[1]]), try c.op("ZerosLike", [c.inputs[1]])]
    }
    // nn_grad._SoftplusGrad: grad * sigmoid(x) (SoftplusGrad is TF's fused op for the same).
    activation("Softplus", floating, { try Kernels.softplus($0, flavor: .tensorflow) }) { c in
        [try c.mul(try c.grad, try c.op("Sigmoid", [c.inputs[0]]), name: "mul")]
    }
    activation("Softsign", floating, { try Kernels.softsign($0) }) { c in [try c.op("SoftsignGrad", [try c.grad, c.inputs[0]])] }
    gradientOp("SoftsignGrad", { try Kernels.softsignGrad($0, $1) })
}

/// IdentityN: its inputs as they are. A gradient override (`_gradient_op_type`) names the custom
/// gradient TF's Python attached with `tf.custom_gradient`; without one, the gradients pass through.
func registerIdentityN(_ r: OpRegistry) {
    r.register(OpDef("IdentityN", shape: { c in c.inputs.map { OutputSpec($0.dtype, $0.shape) } },
                     kernel: { ctx in ctx.inputs }, gradient: { c in
        switch c.attrs["_gradient_op_type"]?.string {
        case "Swish": return try swishGradient(c)
        default: return c.grads
        }
    }))
}

/// The custom gradient of nn_impl.swish, for IdentityN(x·sigmoid(βx), x, β): nothing for the
/// result, dy·σ(βx)·(1 + βx·(1 - σ(βx))) for x, and sum(dy·x²·σ(βx)·(1 - σ(βx))) for β, built
/// with the ops TF's Python builds, in its order (`1.0 - s` converts 1.0 as `sub/x`).
func swishGradient(_ c: GradientContext) throws -> [TensorHandle?] {
    let dy = try c.grad
    let features = c.inputs[1], beta = c.inputs[2]
    func reflected(_ type: String, _ scopeName: String, _ value: Double, _ t: TensorHandle) throws -> TensorHandle {
        try c.withNumber(type, scopeName, t, value, numberFirst: true)
    }
    let sigmoid = try c.op("Sigmoid", [try c.mul(beta, features, name: "mul")])
    let scaled = try c.mul(beta, features, name: "mul")
    let inner = try reflected("AddV2", "add", 1, try c.mul(scaled, try reflected("Sub", "sub", 1, sigmoid), name: "mul"))
    let activationGrad = try c.mul(sigmoid, inner, name: "mul")
    let weighted = try c.mul(try c.mul(dy, try c.op("Square", [features]), name: "mul"), sigmoid, name: "mul")
    let product = try c.mul(weighted, try reflected("Sub", "sub", 1, sigmoid), name: "mul")
    let betaGrad = try c.op("Sum", [product, try c.runtime.allAxes(of: product)], attrs: ["keep_dims": .bool(false)])
    return [nil, try c.mul(dy, activationGrad, name: "mul"), betaGrad]
}
