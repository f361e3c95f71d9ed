import TensorCore

/// Shape function of an elementwise op on one input.
func sameAsInput(_ c: ShapeContext) throws -> [OutputSpec] {
    guard let first = c.inputs.first else { throw TFError.value("\(c.opType) needs an input") }
    return [OutputSpec(first.dtype, first.shape)]
}

/// Shape function of a broadcasting binary op: equal dtypes (TF does not promote), broadcast shapes.
func broadcastBinary(_ c: ShapeContext) throws -> [OutputSpec] {
    try binaryShape(c, resultType: nil)
}

func binaryShape(_ c: ShapeContext, resultType: DType?) throws -> [OutputSpec] {
    guard c.inputs.count == 2 else { throw TFError.value("\(c.opType) needs 2 inputs") }
    let a = c.inputs[0], b = c.inputs[1]
    if a.dtype != b.dtype {
        throw TFError.type("Input 'y' of '\(c.opType)' Op has type \(b.dtype.name) that does not match type \(a.dtype.name) of argument 'x'.")
    }
    // Equal and NotEqual can be told to give a scalar instead of failing on incompatible shapes.
    let strict = c.attrs["incompatible_shape_error"]?.bool ?? true
    let extra = (c.opType == "Equal" || c.opType == "NotEqual") ? ", incompatible_shape_error=\(strict)" : ""
    do {
        let shape = try broadcastShapeFn(a.shape, b.shape, incompatibleShapeError: strict)
        return [OutputSpec(resultType ?? a.dtype, shape)]
    } catch let e as TFError {
        throw TFError.value("\(e.message) for '\(c.nodeText(extra))' with input shapes: \(c.inputShapesText).")
    }
}

/// TF's `BroadcastBinaryOpOutputShapeFnHelper`: the static broadcast of two partial shapes, walked
/// from the leading dimension. Without `incompatibleShapeError`, two known dimensions that differ
/// give a scalar, and an unknown dimension facing one above 1 gives an unknown shape.
func broadcastShapeFn(_ x: TensorShape, _ y: TensorShape, incompatibleShapeError: Bool) throws -> TensorShape {
    guard let dx = x.dims, let dy = y.dims else { return .unknown }
    let n = max(dx.count, dy.count)
    var out: [Int?] = []
    out.reserveCapacity(n)
    for i in 0..<n {
        let a: Int? = i < n - dx.count ? 1 : dx[i - (n - dx.count)]
        let b: Int? = i < n - dy.count ? 1 : dy[i - (n - dy.count)]
        switch (a, b) {
        case let (a?, b?):
            if a == 1 || b == 1 { out.append(a == 1 ? b : a) }
            else if a == b { out.append(a) }
            else if !incompatibleShapeError { return TensorShape(dims: []) }
            else { throw TFError.value("Dimensions must be equal, but are \(a) and \(b)") }
        default:
            let known = a ?? b
            if let k = known, k > 1 {
                if !incompatibleShapeError { return .unknown }
                out.append(k)
            } else if known == 1 {
                out.append(a == 1 ? b : a)
            } else if a == nil && b == nil {
                out.append(nil)
            } else {
                if !incompatibleShapeError { return .unknown }
                out.append(nil)
            }
        }
    }
    return TensorShape(dims: out)
}

/// Runs a kernel on tensors, turning TensorCore errors into TF's InvalidArgumentError.
func tensorKernel(_ body: @escaping (KernelContext) throws -> Tensor) -> (KernelContext) throws -> [KernelValue] {
    { ctx in
        do {
            return [.tensor(try body(ctx))]
        } catch let e as TFError {
            throw e
        } catch let e as TensorError {
            throw TFError.kernelFailure(e.message, op: ctx.opName)
        }
    }
}

/// Checks that an eager binary op's inputs share a dtype, with TF's message.
func requireSameDType(_ ctx: KernelContext, _ a: Tensor, _ b: Tensor, _ opType: String) throws {
    try requireSameDType(a, b, opType)
}

func requireSameDType(_ a: Tensor, _ b: Tensor, _ opType: String) throws {
    if a.dtype != b.dtype {
        throw TFError.invalidArgument("cannot compute \(opType) as input #1(zero-based) was expected to be a \(a.dtype.tfDataTypeString) tensor but is a \(b.dtype.tfDataTypeString) tensor [Op:\(opType)] name: ")
    }
}

/// A reduction's output shape from a static input shape and axes.
func reducedShape(_ input: TensorShape, axes: [Int]?, keepDims: Bool) -> TensorShape {
    guard let dims = input.dims else { return TensorShape(dims: nil) }
    guard let axes else { return keepDims ? TensorShape(partial: dims.map { _ in 1 }) : TensorShape([]) }
    let rank = dims.count
    let norm = Set(axes.map { $0 < 0 ? $0 + rank : $0 })
    var out: [Int?] = []
    for (i, d) in dims.enumerated() {
        if norm.contains(i) { if keepDims { out.append(1) } } else { out.append(d) }
    }
    return TensorShape(partial: out)
}

extension Tensor {
    /// The elements as Ints, as `scalars.compactMap { $0.int64Value }` gives them, without boxing
    /// each element when the tensor holds integers (shapes, axes, multiples).
    var intElements: [Int] {
        switch storage {
        case .int32(let v): return v.map { Int($0) }
        case .int64(let v): return v.map { Int($0) }
        default: return scalars.compactMap { $0.int64Value.map { Int($0) } }
        }
    }
}

/// The element types an op's type attribute `T` allows, as TF's op registration lists them (its
/// own names and order: `half`, `float`, ...), and TF's errors for another type: eagerly an
/// InvalidArgumentError quoting the op's signature, in a graph a TypeError naming the input.
struct AllowedTypes: Sendable {
    let names: [String]
    /// The input TF's graph-mode message names (the op's first input).
    let parameter: String
    /// The op's signature as TF's message prints it (`x:T -> y:T`).
    let signature: String
    /// The dtypes among `names` that TensorCore has (checked on every eager call).
    private let dtypes: [DType]

    init(names: [String], parameter: String = "x", signature: String = "x:T -> y:T") {
        self.names = names
        self.parameter = parameter
        self.signature = signature
        dtypes = DType.allCases.filter { names.contains($0.tfDataTypeString) }
    }

    static let realAndComplex = ["bfloat16", "half", "float", "double", "complex64", "complex128"]
    static let real = ["bfloat16", "half", "float", "double"]
    static let activations = ["half", "bfloat16", "float", "double"]

    @inline(__always) func allows(_ dtype: DType) -> Bool { dtypes.contains(dtype) }

    /// Eagerly, before the kernel runs: no wrapping function's prefix, the op's name at the end.
    func eagerError(_ op: String, _ dtype: DType) -> TFError {
        let enums = names.map { "DT_" + $0.uppercased() }.joined(separator: ", ")
        var e = TFError(.invalidArgument, "Value for attr 'T' of \(dtype.tfDataTypeString) is not in the list of allowed values: \(names.joined(separator: ", "))\n\t; NodeDef: {{node \(op)}}; Op<name=\(op); signature=\(signature); attr=T:type,allowed=[\(enums)]> [Op:\(op)]")
        e.isKernelFailure = true
        e.isAttrCheck = true
        return e
    }

    /// While building a graph (TF's op_def_library), with numpy's names (`float32`, `float16`).
    func graphError(_ dtype: DType) -> TFError {
        let graphNames = names.map { ["half": "float16", "float": "float32", "double": "float64"][$0] ?? $0 }
        return TFError.type("Value passed to parameter '\(parameter)' has DataType \(dtype.name) not in list of allowed values: \(graphNames.joined(separator: ", "))")
    }

    /// Checks a kernel's input.
    @inline(__always) func check(_ op: String, _ t: Tensor) throws {
        if !allows(t.dtype) { throw eagerError(op, t.dtype) }
    }

    /// A shape function that checks the first input's type, then gives its dtype and shape.
    func sameAsInput(_ c: ShapeContext) throws -> [OutputSpec] {
        guard let first = c.inputs.first else { throw TFError.value("\(c.opType) needs an input") }
        if !allows(first.dtype) { throw graphError(first.dtype) }
        return [OutputSpec(first.dtype, first.shape)]
    }

    /// A broadcasting binary op's shape function that checks the inputs' type first.
    func broadcastBinary(_ c: ShapeContext) throws -> [OutputSpec] {
        if let first = c.inputs.first, c.inputs.allSatisfy({ $0.dtype == first.dtype }), !allows(first.dtype) {
            throw graphError(first.dtype)
        }
        return try binaryShape(c, resultType: nil)
    }
}

extension GradientContext {
    /// `t - value`, `value - t`, `t + value`, ... with a Python number, as TF's operators build it:
    /// a name scope (`sub`, `add`), the number converted in it to `t`'s dtype as `y` (or as `x`
    /// when it is on the left), the op named as the scope.
    func withNumber(_ type: String, _ scopeName: String, _ t: TensorHandle, _ value: Double, numberFirst: Bool = false) throws -> TensorHandle {
        let number = try Conversion.cast(Tensor(scalar: value), to: t.dtype)
        guard let graph = runtime.currentGraph else {
            let n = try constant(number)
            return try op(type, numberFirst ? [n, t] : [t, n])
        }
        let (scope, saved) = graph.pushNameScope(scopeName)
        defer { graph.popNameScope(saved) }
        let n = try constant(number, name: numberFirst ? "x" : "y")
        return try op(type, numberFirst ? [n, t] : [t, n], name: scope)
    }

    /// `array_ops.zeros_like(x)` in a gradient: in a graph, a shape known and under 1000 elements
    /// is folded into a constant named `zeros_like`; otherwise a ZerosLike op of that name.
    func zerosLike(_ x: TensorHandle) throws -> TensorHandle {
        if runtime.currentGraph != nil, let dims = x.knownDims, dims.reduce(1, *) < 1000 {
            return try constant(try Kernels.zeros(dims, dtype: x.dtype), name: "zeros_like")
        }
        return try op("ZerosLike", [x], name: runtime.currentGraph == nil ? nil : "zeros_like")
    }

    /// `array_ops.ones_like(x)` in a gradient: in a graph with a known shape, ones filled into
    /// that shape (`ones_like/Shape/shape_as_tensor`, `ones_like/Const`, a Fill named `ones_like`);
    /// otherwise a OnesLike op of that name.
    func onesLike(_ x: TensorHandle) throws -> TensorHandle {
        guard let graph = runtime.currentGraph, let dims = x.knownDims else {
            return try op("OnesLike", [x], name: runtime.currentGraph == nil ? nil : "ones_like")
        }
        let (scope, saved) = graph.pushNameScope("ones_like")
        defer { graph.popNameScope(saved) }
        let shape = try graph.withNameScope("Shape") {
            try constant(try Tensor(dims.map { Int32($0) }, shape: [dims.count]), name: "shape_as_tensor")
        }
        let one = try constant(try Conversion.cast(Tensor(scalar: 1.0), to: x.dtype), name: "Const")
        return try op("Fill", [shape, one], name: scope)
    }
}

/// A one-input op whose kernel first checks the input's element type against TF's allowed list
/// (TF's error for a wrong type), the same check in graph runs and eager calls.
func registerCheckedUnary(_ r: OpRegistry, _ type: String, _ allowed: AllowedTypes,
                          _ kernel: @escaping @Sendable (Tensor) throws -> Tensor,
                          gradient: @escaping (GradientContext) throws -> [TensorHandle?]) {
    let checked: @Sendable (Tensor) throws -> Tensor = { x in
        try allowed.check(type, x)
        return try kernel(x)
    }
    r.register(OpDef(type, shape: allowed.sameAsInput, kernel: tensorKernel { ctx in try checked(try ctx.tensor(0)) },
                     gradient: gradient, eager: .unary(checked)))
}
