import TensorCore

/// Expm1, Tan, Erf and Erfc, the inverse trigonometric and the hyperbolic functions, Atan2,
/// FloorMod and TruncateMod: TF's kernels (``Kernels``' `.tensorflow` flavour), TF's allowed
/// element types, and math_grad.py's gradients, which create the same ops in the same order as
/// TF's so that graph names match (`grad * y` is a Mul named `mul`, `a + b` an AddV2 named `add`).
func registerMathFunctionOps(_ r: OpRegistry) {
    func unary(_ type: String, _ allowed: AllowedTypes, _ kernel: @escaping @Sendable (Tensor) throws -> Tensor,
               gradient: @escaping (GradientContext) throws -> [TensorHandle?]) {
        registerCheckedUnary(r, type, allowed, kernel, gradient: gradient)
    }
    func binary(_ type: String, _ allowed: AllowedTypes, _ kernel: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
                gradient: ((GradientContext) throws -> [TensorHandle?])?) {
        let checked: @Sendable (Tensor, Tensor) throws -> Tensor = { a, b in
            try requireSameDType(a, b, type)
            try allowed.check(type, a)
            return try kernel(a, b)
        }
        r.register(OpDef(type, shape: allowed.broadcastBinary, kernel: tensorKernel { ctx in
            try checked(try ctx.tensor(0), try ctx.tensor(1))
        }, gradient: gradient, eager: .binary(checked)))
    }
    let floating = AllowedTypes(names: AllowedTypes.realAndComplex, parameter: "x", signature: "x:T -> y:T")
    let real = AllowedTypes(names: AllowedTypes.real, parameter: "x", signature: "x:T -> y:T")
    /// `grad * y`: math_grad's Python multiplication, a Mul named `mul`.
    func times(_ c: GradientContext, _ a: TensorHandle, _ b: TensorHandle) throws -> TensorHandle {
        try c.mul(a, b, name: "mul")
    }

    // _Expm1Grad: grad * exp(x).
    unary("Expm1", floating, { try Kernels.expm1($0, flavor: .tensorflow) }) { c in
        let y = try c.op("Exp", [c.inputs[0]])
        return [try times(c, try c.grad, y)]
    }
    // _TanGrad: reciprocal(cos(x))² * grad.
    unary("Tan", floating, { try Kernels.tan($0) }) { c in
        let secx = try c.op("Reciprocal", [try c.op("Cos", [c.inputs[0]])])
        return [try times(c, try c.op("Square", [secx]), try c.grad)]
    }
    // _ErfGrad / _ErfcGrad: grad * (±2/sqrt(pi)) * exp(-x²).
    func erfGrad(_ c: GradientContext, sign: Double) throws -> [TensorHandle?] {
        let g = try c.grad
        let coefficient = try c.scalar(sign * 2 / Double.pi.squareRoot(), g.dtype)
        let scaled = try times(c, g, coefficient)
        let e = try c.op("Exp", [try c.op("Neg", [try c.op("Square", [c.inputs[0]])])])
        return [try times(c, scaled, e)]
    }
    unary("Erf", real, { try Kernels.erf($0) }) { c in try erfGrad(c, sign: 1) }
    unary("Erfc", real, { try Kernels.erfc($0) }) { c in try erfGrad(c, sign: -1) }
    // _AtanGrad: grad * reciprocal(1 + x²).
    unary("Atan", floating, { try Kernels.atan($0, flavor: .tensorflow) }) { c in
        let x2 = try c.op("Square", [c.inputs[0]])
        let one = try c.scalar(1, try c.grad.dtype)
        let inv = try c.op("Reciprocal", [try c.op("AddV2", [one, x2], name: "Add")])
        return [try times(c, try c.grad, inv)]
    }
    // _AsinGrad and _AcosGrad: ±grad * reciprocal(sqrt(1 - x²)).
    func arcGrad(_ c: GradientContext, negate: Bool) throws -> [TensorHandle?] {
        let x2 = try c.op("Square", [c.inputs[0]])
        let one = try c.scalar(1, try c.grad.dtype)
        let inv = try c.op("Reciprocal", [try c.op("Sqrt", [try c.op("Sub", [one, x2])])])
        let g = negate ? try c.op("Neg", [try c.grad]) : try c.grad
        return [try times(c, g, inv)]
    }
    unary("Asin", floating, { try Kernels.asin($0, flavor: .tensorflow) }) { c in try arcGrad(c, negate: false) }
    unary("Acos", floating, { try Kernels.acos($0, flavor: .tensorflow) }) { c in try arcGrad(c, negate: true) }
    // _SinhGrad: grad * cosh(x); _CoshGrad: grad * sinh(x).
    unary("Sinh", floating, { try Kernels.sinh($0) }) { c in [try times(c, try c.grad, try c.op("Cosh", [c.inputs[0]]))] }
    unary("Cosh", floating, { try Kernels.cosh($0) }) { c in [try times(c, try c.grad, try c.op("Sinh", [c.inputs[0]]))] }

    // IsFinite, IsNan and IsInf: booleans, no gradient (TF declares them not differentiable).
    for (type, kernel) in [("IsFinite", Kernels.isFinite), ("IsNan", Kernels.isNaN), ("IsInf", Kernels.isInf)] as
        [(String, @Sendable (Tensor) throws -> Tensor)] {
        let allowed = AllowedTypes(names: AllowedTypes.real, parameter: "x", signature: "x:T -> y:bool")
        let checked: @Sendable (Tensor) throws -> Tensor = { x in
            try allowed.check(type, x)
            return try kernel(x)
        }
        r.register(OpDef(type, shape: { c in
            guard let spec = try allowed.sameAsInput(c).first else { throw TFError.value("\(type) needs an input") }
            return [OutputSpec(.bool, spec.shape)]
        }, kernel: tensorKernel { ctx in try checked(try ctx.tensor(0)) }, eager: .unary(checked)))
    }

    // _Atan2Grad: grad / (y² + x²), times x for y and -y for x.
    binary("Atan2", AllowedTypes(names: AllowedTypes.real, parameter: "y", signature: "y:T, x:T -> z:T"),
           { try Kernels.atan2($0, $1) }) { c in
        let y = c.inputs[0], x = c.inputs[1]
        let sum = try c.op("AddV2", [try c.op("Square", [y]), try c.op("Square", [x])], name: "add")
        let gradInv = try c.op("RealDiv", [try c.grad, sum], name: "truediv")
        let gy = try times(c, x, gradInv)
        let gx = try times(c, try c.op("Neg", [y]), gradInv)
        return try c.reduceGradientArgs(gy, gx)
    }
    // _FloorModGrad: grad for x, grad * -floor_div(x, y) for y.
    binary("FloorMod", AllowedTypes(names: ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                                            "bfloat16", "half", "float", "double"], parameter: "x", signature: "x:T, y:T -> z:T"),
           { try Kernels.mod($0, $1) }) { c in
        let g = try c.grad
        let floorXY = try c.op("FloorDiv", [c.inputs[0], c.inputs[1]])
        return try c.reduceGradientArgs(g, try times(c, g, try c.op("Neg", [floorXY])))
    }
    // TruncateMod has no gradient in TF. Its kernel's integer modulo by zero is an internal error.
    let truncateAllowed = AllowedTypes(names: ["int32", "int64", "bfloat16", "half", "float", "double"], parameter: "x",
                                       signature: "x:T, y:T -> z:T")
    @Sendable func truncateMod(_ a: Tensor, _ b: Tensor, eagerly: Bool) throws -> Tensor {
        try requireSameDType(a, b, "TruncateMod")
        try truncateAllowed.check("TruncateMod", a)
        do {
            return try Kernels.truncateMod(a, b)
        } catch TensorError.integerDivisionByZero {
            var e = TFError(.internal, "Unexpected error in binary operator (only integer div and mod should have errors) [Op:TruncateMod]")
            e.isKernelFailure = true
            throw eagerly ? EagerErrors.wrapped(e, kernel: "TruncateMod") : e
        }
    }
    r.register(OpDef("TruncateMod", shape: truncateAllowed.broadcastBinary, kernel: tensorKernel { ctx in
        try truncateMod(try ctx.tensor(0), try ctx.tensor(1), eagerly: ctx.session == nil)
    }, eager: .binary { try truncateMod($0, $1, eagerly: true) }))
}
