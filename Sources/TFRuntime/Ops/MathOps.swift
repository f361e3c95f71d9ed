import TensorCore

// Math ops with their kernels and gradients (after TF's math_grad.py: each gradient creates
// the same ops in the same order as TF's, so graph names match).

func registerMathOps(_ r: OpRegistry) {
    func binary(_ type: String, _ kernel: @escaping @Sendable (Tensor, Tensor) throws -> Tensor,
                gradient: ((GradientContext) throws -> [TensorHandle?])? = nil) {
        let checked: @Sendable (Tensor, Tensor) throws -> Tensor = { a, b in
            try requireSameDType(a, b, type)
            return try kernel(a, b)
        }
        r.register(OpDef(type, shape: broadcastBinary, kernel: tensorKernel { ctx in
            try checked(try ctx.tensor(0), try ctx.tensor(1))
        }, gradient: gradient, eager: .binary(checked)))
    }
    func unary(_ type: String, _ kernel: @escaping @Sendable (Tensor) throws -> Tensor,
               gradient: ((GradientContext) throws -> [TensorHandle?])? = nil) {
        r.register(OpDef(type, shape: sameAsInput, kernel: tensorKernel { ctx in try kernel(try ctx.tensor(0)) }, gradient: gradient,
                         eager: .unary(kernel)))
    }
    /// An op of floats only (TF's allowed types), checked before its kernel runs.
    func floatUnary(_ type: String, _ allowed: AllowedTypes, _ kernel: @escaping @Sendable (Tensor) throws -> Tensor,
                    gradient: ((GradientContext) throws -> [TensorHandle?])? = nil) {
        let checked: @Sendable (Tensor) throws -> Tensor = { x in
            try allowed.check(type, x)
            return try kernel(x)
        }
        r.register(OpDef(type, shape: allowed.sameAsInput, kernel: tensorKernel { ctx in try checked(try ctx.tensor(0)) },
                         gradient: gradient, eager: .unary(checked)))
    }
    let floating = AllowedTypes(names: AllowedTypes.realAndComplex)

    // Gradients after TF 2.21's math_grad.py, creating the same ops in the same order.
    // math_grad._AddGrad; a tape that does not need y (a scalar) gets the gradient as it is.
    func addGrad(_ c: GradientContext) throws -> [TensorHandle?] {
        let g = try c.grad
        if c.skips(1), c.isScalar(c.inputs[1]) { return [g, nil] }
        if c.shapesFullySpecifiedAndEqual(c.inputs[0], c.inputs[1], g) { return [g, g] }
        return try c.reduceGradientArgs(c.skips(0) ? nil : g, c.skips(1) ? nil : g)
    }
    binary("AddV2", { try Kernels.add($0, $1) }, gradient: addGrad)
    binary("Add", { try Kernels.add($0, $1) }, gradient: addGrad)
    binary("Sub", { try Kernels.subtract($0, $1) }) { c in
        let g = try c.grad
        if c.skips(1), c.isScalar(c.inputs[1]) { return [g, nil] }
        // Computed directly, the gradient nobody asked for is left out (no op name shows it).
        if c.computesDirectly, c.skips(1) { return try c.reduceGradientArgs(g, nil) }
        if c.shapesFullySpecifiedAndEqual(c.inputs[0], c.inputs[1], g) { return [g, try c.op("Neg", [g])] }
        return try c.reduceGradientArgs(c.skips(0) ? nil : g, c.skips(1) ? nil : try c.op("Neg", [g]))
    }
    binary("Mul", { try Kernels.multiply($0, $1) }) { c in
        let g = try c.grad
        let x = c.inputs[0], y = c.inputs[1]
        if c.skips(1), c.isScalar(y) { return [try c.mul(g, y), nil] }
        if c.shapesFullySpecifiedAndEqual(x, y, g) && (g.dtype == .int32 || g.dtype == .float32) {
            return [try c.mul(g, y), try c.mul(g, x)]
        }
        let gx = c.skips(0) ? nil : try c.mul(g, y)
        let gy = c.skips(1) ? nil : try c.mul(x, g)
        return try c.reduceGradientArgs(gx, gy)
    }
    binary("RealDiv", { try Kernels.divide($0, $1) }) { c in
        let g = try c.grad
        let x = c.inputs[0], y = c.inputs[1]
        let gx = try c.op("RealDiv", [g, y])
        // Computed directly, the gradient nobody asked for is left out (no op name shows it).
        if c.computesDirectly, c.skips(1) { return try c.reduceGradientArgs(gx, nil) }
        let d1 = try c.op("RealDiv", [try c.op("Neg", [x]), y])
        let d2 = try c.op("RealDiv", [d1, y])
        let gy = try c.op("Mul", [g, d2], name: "mul")
        return try c.reduceGradientArgs(gx, gy)
    }
    binary("Maximum", { try Kernels.maximum($0, $1) }) { c in try minMaxGrad(c, max: true) }
    binary("Minimum", { try Kernels.minimum($0, $1) }) { c in try minMaxGrad(c, max: false) }
    binary("Pow", { try Kernels.pow($0, $1, flavor: .tensorflow) }) { c in
        // math_grad._PowGrad: grad * y * pow(x, y - 1) for x; grad * z * log(x) (0 where x <= 0) for y.
        let g = try c.grad
        let x = c.inputs[0], y = c.inputs[1]
        func gradX() throws -> TensorHandle {
            let scaled = try c.mul(g, y, name: "mul")
            let power = try c.op("Pow", [x, try c.withNumber("Sub", "sub", y, 1)])
            return try c.mul(scaled, power, name: "mul")
        }
        if c.skips(1), c.isScalar(y) { return [try gradX(), nil] }
        let gx = c.skips(0) ? nil : try gradX()
        if c.skips(1) { return try c.reduceGradientArgs(gx, nil) }
        let mask = try c.opWithConstant("Greater", [x], constant: try Conversion.cast(Tensor(scalar: 0.0), to: x.dtype), argName: "y")
        let safe = try c.op("Select", [mask, x, try c.onesLike(x)])
        let logx = try c.op("Select", [mask, try c.op("Log", [safe]), try c.zerosLike(x)])
        let gy = try c.mul(try c.mul(g, c.outputs[0], name: "mul"), logx, name: "mul")
        return try c.reduceGradientArgs(gx, gy)
    }
    binary("FloorDiv", { try Kernels.floorDiv($0, $1) })
    binary("SquaredDifference", { try Kernels.squaredDifference($0, $1) }) { c in
        let g = try c.grad
        let x = c.inputs[0], y = c.inputs[1]
        let two = try c.scalar(2, g.dtype)
        let xg = try c.mul(two, g)
        let d = try c.mul(xg, try c.op("Sub", [x, y]))
        if c.shapesFullySpecifiedAndEqual(x, y, g) { return [d, try c.op("Neg", [d])] }
        return try c.reduceGradientArgs(c.skips(0) ? nil : d, c.skips(1) ? nil : try c.op("Neg", [d]))
    }
    for (type, op) in [("Less", ComparisonOp.less), ("LessEqual", .lessEqual), ("Greater", .greater),
                       ("GreaterEqual", .greaterEqual), ("Equal", .equal), ("NotEqual", .notEqual)] {
        r.register(OpDef(type, shape: { c in try binaryShape(c, resultType: .bool) }, kernel: tensorKernel { ctx in
            let a = try ctx.tensor(0), b = try ctx.tensor(1)
            try requireSameDType(ctx, a, b, type)
            // Equal/NotEqual with incompatible_shape_error=false (what `==` asks for): shapes that
            // cannot broadcast compare as wholly different, a scalar (TF's BinaryOpShared).
            if op == .equal || op == .notEqual, ctx.attrs["incompatible_shape_error"]?.bool == false,
               (try? TensorShape.broadcast(TensorShape(dims: a.shape), TensorShape(dims: b.shape))) == nil {
                return Tensor(scalar: op == .notEqual)
            }
            return try Kernels.compare(a, b, op)
        }))
    }
    r.register(OpDef("LogicalAnd", shape: { c in try binaryShape(c, resultType: .bool) },
                     kernel: tensorKernel { try Kernels.logicalAnd(try $0.tensor(0), try $0.tensor(1)) }))
    r.register(OpDef("LogicalOr", shape: { c in try binaryShape(c, resultType: .bool) },
                     kernel: tensorKernel { try Kernels.logicalOr(try $0.tensor(0), try $0.tensor(1)) }))
    unary("LogicalNot", { try Kernels.logicalNot($0) })

    unary("Neg", { try Kernels.negative($0) }) { c in [try c.op("Neg", [try c.grad])] }
    unary("Square", { try Kernels.square($0) }) { c in
        // math_grad._SquareGrad: Const 2, Mul(x, 2), Mul(grad, that).
        let g = try c.grad
        let x = c.inputs[0]
        if c.computesDirectly, let gv = g.eagerValue, let xv = x.eagerValue, gv.dtype == xv.dtype {
            return [try c.direct("Mul") {
                try Kernels.multiply(gv, try Kernels.multiply(xv, try Conversion.cast(Tensor(scalar: 2.0), to: xv.dtype)))
            }]
        }
        let two = try c.scalar(2, x.dtype)
        let x2 = try c.mul(x, two)
        return [try c.mul(g, x2)]
    }
    floatUnary("Sqrt", floating, { try Kernels.sqrt($0) }) { c in
        [try c.op("SqrtGrad", [c.outputs[0], try c.grad])]
    }
    r.register(OpDef("SqrtGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.sqrtGrad(try ctx.tensor(0), try ctx.tensor(1))
    }))
    // _ExpGrad: grad * y; _LogGrad: grad * reciprocal(x) (Python products, named `mul`).
    floatUnary("Exp", floating, { try Kernels.exp($0, flavor: .tensorflow) }) { c in [try c.mul(try c.grad, c.outputs[0], name: "mul")] }
    floatUnary("Log", floating, { try Kernels.log($0, flavor: .tensorflow) }) { c in
        [try c.mul(try c.grad, try c.op("Reciprocal", [c.inputs[0]]), name: "mul")]
    }
    unary("Reciprocal", { try Kernels.reciprocal($0, flavor: .tensorflow) }) { c in
        [try c.op("ReciprocalGrad", [c.outputs[0], try c.grad])]
    }
    r.register(OpDef("ReciprocalGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.reciprocalGrad(try ctx.tensor(0), try ctx.tensor(1))
    }))
    unary("Abs", { try Kernels.abs($0) }) { c in [try c.mul(try c.grad, try c.op("Sign", [c.inputs[0]]))] }
    unary("Sign", { try Kernels.sign($0) }) { c in [try c.op("ZerosLike", [c.inputs[0]])] }
    unary("Relu", { try Kernels.relu($0) }) { c in [try c.op("ReluGrad", [try c.grad, c.outputs[0]])] }
    r.register(OpDef("ReluGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        let g = try ctx.tensor(0), y = try ctx.tensor(1)
        let zero = Kernels.zerosLike(y)
        return try Kernels.select(try Kernels.greater(y, zero), g, zero)
    }))
    floatUnary("Sigmoid", floating, { try Kernels.sigmoid($0, flavor: .tensorflow) }) { c in [try c.op("SigmoidGrad", [c.outputs[0], try c.grad])] }
    r.register(OpDef("SigmoidGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.sigmoidGrad(try ctx.tensor(0), try ctx.tensor(1))
    }))
    floatUnary("Tanh", floating, { try Kernels.tanh($0, flavor: .tensorflow) }) { c in [try c.op("TanhGrad", [c.outputs[0], try c.grad])] }
    r.register(OpDef("TanhGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.tanhGrad(try ctx.tensor(0), try ctx.tensor(1))
    }))

    r.register(OpDef("Select", shape: { c in [OutputSpec(c.dtype(1), c.shape(1))] }, kernel: tensorKernel { ctx in
        try Kernels.select(try ctx.tensor(0), try ctx.tensor(1), try ctx.tensor(2))
    }, gradient: { c in
        let g = try c.grad
        let zeros = try c.op("ZerosLike", [c.inputs[1]])
        return [nil, try c.op("Select", [c.inputs[0], g, zeros]), try c.op("Select", [c.inputs[0], zeros, g])]
    }))

    r.register(OpDef("AddN", shape: { c in
        guard let first = c.inputs.first else { throw TFError.value("AddN needs inputs") }
        return [OutputSpec(first.dtype, first.shape)]
    }, kernel: tensorKernel { ctx in
        try Kernels.addN(try (0..<ctx.inputs.count).map { try ctx.tensor($0) })
    }, gradient: { c in
        let g = try c.grad
        return c.inputs.map { _ in g }
    }))

    r.register(OpDef("MatMul", shape: { c in
        let a = c.shape(0), b = c.shape(1)
        if c.dtype(0) != c.dtype(1) {
            throw TFError.type("Input 'b' of 'MatMul' Op has type \(c.dtype(1).name) that does not match type \(c.dtype(0).name) of argument 'a'.")
        }
        let ta = c.attrs["transpose_a"]?.bool ?? false, tb = c.attrs["transpose_b"]?.bool ?? false
        guard let ad = a.dims, let bd = b.dims else { return [OutputSpec(c.dtype(0), TensorShape(partial: [nil, nil]))] }
        guard ad.count == 2, bd.count == 2 else {
            throw TFError.value("Shape must be rank 2 but is rank \(ad.count == 2 ? bd.count : ad.count) for '\(c.nodeText(", grad_a=false, grad_b=false, transpose_a=\(ta), transpose_b=\(tb)"))' with input shapes: \(c.inputShapesText).")
        }
        let (m, k1) = ta ? (ad[1], ad[0]) : (ad[0], ad[1])
        let (k2, n) = tb ? (bd[1], bd[0]) : (bd[0], bd[1])
        if let k1, let k2, k1 != k2 {
            throw TFError.value("Dimensions must be equal, but are \(k1) and \(k2) for '\(c.nodeText(", grad_a=false, grad_b=false, transpose_a=\(ta), transpose_b=\(tb)"))' with input shapes: \(c.inputShapesText).")
        }
        return [OutputSpec(c.dtype(0), TensorShape(partial: [m, n]))]
    }, kernel: tensorKernel { ctx in
        let a = try ctx.tensor(0), b = try ctx.tensor(1)
        try requireSameDType(ctx, a, b, "MatMul")
        return try Kernels.matmul(a, b, transposeA: ctx.attrs["transpose_a"]?.bool ?? false,
                                  transposeB: ctx.attrs["transpose_b"]?.bool ?? false)
    }, gradient: { c in
        // math_grad._MatMulGrad
        let g = try c.grad
        let a = c.inputs[0], b = c.inputs[1]
        let ta = c.attrs["transpose_a"]?.bool ?? false, tb = c.attrs["transpose_b"]?.bool ?? false
        func mm(_ x: TensorHandle, _ y: TensorHandle, _ tx: Bool, _ ty: Bool) throws -> TensorHandle {
            try c.op("MatMul", [x, y], attrs: ["transpose_a": .bool(tx), "transpose_b": .bool(ty)])
        }
        // _MatMulGradAgainstFirstOnly / _MatMulGradAgainstSecondOnly when a tape needs one side.
        if c.skips(1) {
            switch (ta, tb) {
            case (false, false): return [try mm(g, b, false, true), nil]
            case (false, true): return [try mm(g, b, false, false), nil]
            case (true, false): return [try mm(b, g, false, true), nil]
            case (true, true): return [try mm(b, g, true, true), nil]
            }
        }
        if c.skips(0) {
            switch (ta, tb) {
            case (false, false): return [nil, try mm(a, g, true, false)]
            case (false, true): return [nil, try mm(g, a, true, false)]
            case (true, false): return [nil, try mm(a, g, false, false)]
            case (true, true): return [nil, try mm(g, a, true, true)]
            }
        }
        switch (ta, tb) {
        case (false, false): return [try mm(g, b, false, true), try mm(a, g, true, false)]
        case (false, true): return [try mm(g, b, false, false), try mm(g, a, true, false)]
        case (true, false): return [try mm(b, g, false, true), try mm(a, g, false, false)]
        case (true, true): return [try mm(b, g, true, true), try mm(g, a, true, true)]
        }
    }))

    // Reductions: input 1 holds the axes.
    func reduction(_ type: String, _ kernel: @escaping (Tensor, [Int]?, Bool) throws -> Tensor,
                   gradient: ((GradientContext) throws -> [TensorHandle?])? = nil) {
        r.register(OpDef(type, shape: { c in
            let keep = c.attrs["keep_dims"]?.bool ?? false
            guard let axes = c.constantInts(1) else {
                return [OutputSpec(c.dtype(0), TensorShape(dims: nil))]
            }
            return [OutputSpec(c.dtype(0), reducedShape(c.shape(0), axes: axes, keepDims: keep))]
        }, kernel: tensorKernel { ctx in
            let t = try ctx.tensor(0)
            let axes = try ctx.tensor(1).intElements
            return try kernel(t, axes, ctx.attrs["keep_dims"]?.bool ?? false)
        }, gradient: gradient))
    }
    reduction("Sum", { try Kernels.sum($0, axes: $1, keepDims: $2) }) { c in [try sumGrad(c), nil] }
    reduction("Mean", { try Kernels.mean($0, axes: $1, keepDims: $2) }) { c in
        // math_grad._MeanGrad: the Sum gradient divided by the number of elements averaged.
        let sumGrad = try sumGrad(c)
        let cast: TensorHandle
        if let inShape = c.inputs[0].shape.knownDims, let outShape = c.outputs[0].shape.knownDims {
            let factor = inShape.reduce(1, *) / max(outShape.reduce(1, *), 1)
            cast = try c.scalar(Double(factor), sumGrad.dtype)
        } else {
            let inputShape = try c.shapeOf(c.inputs[0])
            let rank = try c.size(inputShape, dtype: .int32)
            var axes = c.inputs[1]
            if axes.dtype != .int32 {
                axes = try c.op("Cast", [axes], attrs: ["SrcT": .type(axes.dtype), "DstT": .type(.int32), "Truncate": .bool(false)])
            }
            let normalized = try c.normalizedAxes(axes, rank: rank)
            let gathered = try c.opWithConstant("GatherV2", [inputShape, normalized], constant: Tensor(scalar: Int32(0)),
                                                argName: "axis", attrs: ["batch_dims": .int(0)])
            let prod = try c.op("Prod", [gathered, try c.runtime.allAxes(of: gathered)], attrs: ["keep_dims": .bool(false)])
            cast = try c.op("Cast", [prod], attrs: ["SrcT": .type(.int32), "DstT": .type(sumGrad.dtype), "Truncate": .bool(false)])
        }
        return [try c.op("RealDiv", [sumGrad, cast], name: "truediv"), nil]
    }
    reduction("Max", { try Kernels.max($0, axes: $1, keepDims: $2) }) { c in [try minMaxReductionGrad(c), nil] }
    reduction("Min", { try Kernels.min($0, axes: $1, keepDims: $2) }) { c in [try minMaxReductionGrad(c), nil] }
    reduction("Prod", { try Kernels.prod($0, axes: $1, keepDims: $2) })
    reduction("All", { try Kernels.all($0, axes: $1, keepDims: $2) })
    reduction("Any", { try Kernels.any($0, axes: $1, keepDims: $2) })

    // Rounding has no gradient (math_grad: None); sin, cos and log1p as math_grad.py builds theirs
    // (`grad * y` is a Mul named `mul`, `1 + x` an AddV2 named `add`).
    floatUnary("Floor", AllowedTypes(names: AllowedTypes.real), { try Kernels.floor($0) }) { _ in [nil] }
    floatUnary("Ceil", AllowedTypes(names: AllowedTypes.real), { try Kernels.ceil($0) }) { _ in [nil] }
    unary("Round", { try Kernels.round($0) }) { _ in [nil] }
    floatUnary("Sin", floating, { try Kernels.sin($0, flavor: .tensorflow) }) { c in
        [try c.mul(try c.grad, try c.op("Cos", [c.inputs[0]]), name: "mul")]
    }
    floatUnary("Cos", floating, { try Kernels.cos($0, flavor: .tensorflow) }) { c in
        let neg = try c.op("Neg", [try c.grad])
        return [try c.mul(neg, try c.op("Sin", [c.inputs[0]]), name: "mul")]
    }
    floatUnary("Log1p", floating, { try Kernels.log1p($0, flavor: .tensorflow) }) { c in
        let onePlusX = try c.withNumber("AddV2", "add", c.inputs[0], 1, numberFirst: true)
        return [try c.mul(try c.grad, try c.op("Reciprocal", [onePlusX]), name: "mul")]
    }
    r.register(OpDef("SoftplusGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        // gradients * sigmoid(features), with TF's sigmoid kernel
        let g = try ctx.tensor(0), x = try ctx.tensor(1)
        return try Kernels.multiply(g, try Kernels.sigmoid(x, flavor: .tensorflow))
    }))
    r.register(OpDef("LeakyRelu", shape: sameAsInput, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        let alpha = try Conversion.cast(Tensor(scalar: Float(ctx.attrs["alpha"]?.float ?? 0.2)), to: x.dtype, flavor: .tensorflow)
        return try Kernels.select(try Kernels.compare(x, Kernels.zerosLike(x), .greater), x, try Kernels.multiply(x, alpha))
    }, gradient: { c in
        [try c.op("LeakyReluGrad", [try c.grad, c.inputs[0]], attrs: ["alpha": c.attrs["alpha"] ?? .float(0.2)])]
    }))
    r.register(OpDef("LeakyReluGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        let g = try ctx.tensor(0), x = try ctx.tensor(1)
        let alpha = try Conversion.cast(Tensor(scalar: Float(ctx.attrs["alpha"]?.float ?? 0.2)), to: g.dtype, flavor: .tensorflow)
        return try Kernels.select(try Kernels.compare(x, Kernels.zerosLike(x), .greater), g, try Kernels.multiply(g, alpha))
    }))
    r.register(OpDef("L2Loss", shape: { c in [OutputSpec(c.dtype(0), TensorShape([]))] }, kernel: tensorKernel { ctx in
        // sum(x² * 0.5), added up as TF's reducer adds.
        let x = try ctx.tensor(0)
        let half = try Conversion.cast(Tensor(scalar: 0.5), to: x.dtype, flavor: .tensorflow)
        return try Kernels.sum(try Kernels.multiply(try Kernels.square(x), half))
    }, gradient: { c in [try c.mul(c.inputs[0], try c.grad)] }))

    r.register(OpDef("Cast", shape: { c in
        guard let to = c.attrs["DstT"]?.dtype else { throw TFError.value("Cast needs DstT") }
        return [OutputSpec(to, c.shape(0))]
    }, kernel: tensorKernel { ctx in
        guard let to = ctx.attrs["DstT"]?.dtype else { throw TFError.value("Cast needs DstT") }
        return try Conversion.cast(try ctx.tensor(0), to: to, flavor: .tensorflow)
    }, gradient: { c in
        guard let src = c.attrs["SrcT"]?.dtype, src.isFloating, (c.attrs["DstT"]?.dtype)?.isFloating == true else { return [nil] }
        return [try c.op("Cast", [try c.grad], attrs: ["SrcT": c.attrs["DstT"] ?? .type(src), "DstT": .type(src), "Truncate": .bool(false)])]
    }))
}

/// math_grad._SumGrad. A full reduction of an input of known rank is a Reshape and a Tile; with a
/// known shape in a graph, constants from the cached reduced shape; otherwise the reduced shape is
/// computed by ops and the gradient broadcast to the input's shape.
func sumGrad(_ c: GradientContext) throws -> TensorHandle {
    let g = try c.grad
    // Computed directly, a gradient of one element (the sum of everything, or of axes of one
    // element each) is that element repeated over the input's shape, whichever the axes: what
    // the reshape and tile below make.
    if c.computesDirectly, let gv = g.eagerValue, gv.elementCount == 1, let inShape = c.inputs[0].knownDims,
       c.constantValue(c.inputs[1]) != nil, let value = gv.storage.element(at: 0) {
        return try c.direct("Tile") { try Kernels.fill(inShape, value) }
    }
    func ints(_ v: [Int]) throws -> Tensor { try Tensor(v.map { Int32($0) }, shape: [v.count]) }
    if let dims = c.inputs[0].shape.dims, let axesT = c.constantValue(c.inputs[1]) {
        let rank = dims.count
        let axes = axesT.scalars.compactMap { $0.int64Value.map { Int($0) } }
        // With a known input shape: the shape with the reduced axes kept as 1, and the tiling back.
        let known = c.inputs[0].shape.knownDims.map { inShape -> (inShape: [Int], kept: [Int], scaling: [Int]) in
            let normalized = Set(axes.map { $0 < 0 ? $0 + rank : $0 })
            let kept = inShape.enumerated().map { normalized.contains($0.offset) ? 1 : $0.element }
            return (inShape, kept, zip(inShape, kept).map { $0 / max($1, 1) })
        }
        if c.computesDirectly, let gv = g.eagerValue, let known {
            // Reshape to the kept shape and tile to the input's, as the ops below do; a gradient
            // of one element (a sum of everything) is that element repeated.
            if gv.elementCount == 1, let value = gv.storage.element(at: 0) {
                return try c.direct("Tile") { try Kernels.fill(known.inShape, value) }
            }
            return try c.direct("Tile") { try Kernels.tile(try Kernels.reshape(gv, to: known.kept), multiples: known.scaling) }
        }
        // np.array_equal(axes, np.arange(rank)): the same shape and the same values, unnormalised.
        if axesT.shape == [rank], axes == Array(0..<rank) {
            let reshaped = try c.reshape(g, .known(Array(repeating: 1, count: rank)))
            let inputShape: TensorHandle
            if let known {
                inputShape = try c.constant(try ints(known.inShape))
            } else {
                inputShape = try c.op("Shape", [c.inputs[0]])
            }
            return try c.op("Tile", [reshaped, inputShape])
        }
        if let (inShape, kept, scaling) = known {
            // TF folds reduced_shape to a numpy array, so _safe_shape_div(input_shape, kept) leaves
            // Maximum and floordiv ops on constants, and reshape and tile take constants of their own.
            // It does so once per graph for each input shape and axes (`_reduced_shape_cache`).
            if let graph = c.runtime.currentGraph, ReducedShapeCache.of(graph).insert("\(inShape) \(axes)") {
                func scoped(_ name: String, _ body: (String) throws -> TensorHandle) throws -> TensorHandle {
                    let (scope, saved) = graph.pushNameScope(name)
                    defer { graph.popNameScope(saved) }
                    return try body(scope)
                }
                let maximum = try scoped("Maximum") { scope in
                    try c.op("Maximum", [try c.constant(try ints(kept), name: "x"), try c.constant(Tensor(scalar: Int32(1)), name: "y")], name: scope)
                }
                _ = try scoped("floordiv") { scope in
                    try c.op("FloorDiv", [try c.constant(try ints(inShape), name: "x"), maximum], name: scope)
                }
            }
            let reshaped = try c.opWithConstant("Reshape", [g], constant: try ints(kept), argName: "shape")
            return try c.opWithConstant("Tile", [reshaped], constant: try ints(scaling), argName: "multiples")
        }
    }
    let inputShape = try c.shapeOf(c.inputs[0])
    var grad = g
    if c.attrs["keep_dims"]?.bool != true {
        grad = try c.reshape(g, try c.reducedShape(inputShape, axes: c.inputs[1]))
    }
    return try c.op("BroadcastTo", [grad, inputShape])
}

/// The (input shape, axes) pairs a graph's Sum gradients have computed their reduced shape for
/// (TF's `graph._reduced_shape_cache`).
final class ReducedShapeCache {
    private var keys: Set<String> = []

    static func of(_ graph: Graph) -> ReducedShapeCache {
        if let cache = graph.extensions["reducedShapeCache"] as? ReducedShapeCache { return cache }
        let cache = ReducedShapeCache()
        graph.extensions["reducedShapeCache"] = cache
        return cache
    }

    /// Whether `key` is new (and records it).
    func insert(_ key: String) -> Bool { keys.insert(key).inserted }
}

/// math_grad._MinOrMaxGrad: the gradient goes to the elements equal to the result, split evenly
/// between ties.
func minMaxReductionGrad(_ c: GradientContext) throws -> TensorHandle {
    var grad = try c.grad
    let x = c.inputs[0]
    var y = c.outputs[0]
    let kept: ShapeValue
    if c.attrs["keep_dims"]?.bool != true {
        kept = try c.reducedShape(try c.shapeOf(x), axes: c.inputs[1])
        y = try c.reshape(y, kept)
        grad = try c.reshape(grad, kept)
    } else {
        // TF takes the input's shape first either way, so its node comes before the output's.
        _ = try c.shapeOf(x)
        kept = .tensor(try c.shapeOf(y))
    }
    let eq = try c.op("Equal", [y, x], attrs: ["incompatible_shape_error": .bool(true)])
    let indicators = try c.op("Cast", [eq], attrs: ["SrcT": .type(.bool), "DstT": .type(grad.dtype), "Truncate": .bool(false)])
    let count = try c.op("Sum", [indicators, c.inputs[1]], attrs: ["keep_dims": .bool(false)])
    let num = try c.reshape(count, kept)
    let div = try c.op("RealDiv", [indicators, num], name: "truediv")
    return try c.op("Mul", [div, grad], name: "mul")
}

func minMaxGrad(_ c: GradientContext, max: Bool) throws -> [TensorHandle?] {
    let g = try c.grad
    let x = c.inputs[0], y = c.inputs[1]
    let zeros = try c.zerosLike(g)
    let mask = try c.op(max ? "GreaterEqual" : "LessEqual", [x, y])
    // _MaximumMinimumGradInputOnly: a tape that does not need a scalar y.
    if c.skips(1), c.isScalar(y) { return [try c.op("SelectV2", [mask, g, zeros]), nil] }
    let gx = c.skips(0) ? nil : try c.op("SelectV2", [mask, g, zeros])
    let gy = c.skips(1) ? nil : try c.op("SelectV2", [mask, zeros, g])
    return try c.reduceGradientArgs(gx, gy)
}

/// Rsqrt and DivNoNan (RMSprop's step, the losses' reductions), with math_grad.py's gradients.
func registerMathExtrasOps(_ r: OpRegistry) {
    // Rsqrt: 1 / sqrt(x) (RMSprop's step), its gradient -grad * y^3 / 2 (RsqrtGrad).
    let rsqrtAllowed = AllowedTypes(names: AllowedTypes.realAndComplex)
    r.register(OpDef("Rsqrt", shape: rsqrtAllowed.sameAsInput, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0)
        try rsqrtAllowed.check("Rsqrt", x)
        return try Kernels.rsqrt(x, flavor: .tensorflow)
    }, gradient: { c in [try c.op("RsqrtGrad", [c.outputs[0], try c.grad])] }))
    r.register(OpDef("RsqrtGrad", shape: sameAsInput, kernel: tensorKernel { ctx in
        try Kernels.rsqrtGrad(try ctx.tensor(0), try ctx.tensor(1))
    }))

    // DivNoNan: x / y, and 0 where y is 0 (tf.math.divide_no_nan; the losses' reductions).
    func divNoNan(_ x: Tensor, _ y: Tensor) throws -> Tensor {
        let q = try Kernels.divide(x, y)
        let zeroY = try Kernels.equal(y, Kernels.zerosLike(y))
        return try Kernels.select(zeroY, Kernels.zerosLike(q), q)
    }
    r.register(OpDef("DivNoNan", shape: broadcastBinary, kernel: tensorKernel { ctx in
        let x = try ctx.tensor(0), y = try ctx.tensor(1)
        try requireSameDType(x, y, "DivNoNan")
        return try divNoNan(x, y)
    }, gradient: { c in
        // math_grad._DivNoNanGrad.
        let g = try c.grad
        let x = c.inputs[0], y = c.inputs[1]
        let gx = try c.op("DivNoNan", [g, y])
        let gy = try c.mul(g, try c.op("DivNoNan", [try c.op("DivNoNan", [try c.op("Neg", [x]), y]), y]))
        return try c.reduceGradientArgs(gx, gy)
    }))

}
