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
    let shape: TensorShape
    do {
        shape = try TensorShape.broadcast(a.shape, b.shape)
    } catch {
        throw TFError.value("Dimensions must be equal, but are \(a.shape.listDescription) and \(b.shape.listDescription) for '{{node \(c.opName)}} = \(c.opType)[T=DT_\(a.dtype.name.uppercased())](\(a.op.name), \(b.op.name))' with input shapes: \(a.shape.listDescription), \(b.shape.listDescription).")
    }
    return [OutputSpec(resultType ?? a.dtype, shape)]
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
