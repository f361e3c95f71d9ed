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
