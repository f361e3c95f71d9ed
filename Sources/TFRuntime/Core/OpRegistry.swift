import TensorCore
import Foundation

/// An output's dtype and static shape, from an op's shape function.
public struct OutputSpec {
    public var dtype: DType
    public var shape: TensorShape
    public var isResource = false
    public init(_ dtype: DType, _ shape: TensorShape, isResource: Bool = false) {
        self.dtype = dtype
        self.shape = shape
        self.isResource = isResource
    }
}

/// What a shape function sees: input dtypes and static shapes, attributes, constant inputs.
public struct ShapeContext {
    public let inputs: [GraphTensor]
    public let attrs: Attrs
    public let opType: String
    public let opName: String

    public func dtype(_ i: Int) -> DType { inputs[i].dtype }
    public func shape(_ i: Int) -> TensorShape { inputs[i].shape }
    /// The value of input `i` when it is a constant (for Reshape's shape, Sum's axes, ...).
    public func constant(_ i: Int) -> Tensor? {
        guard i < inputs.count else { return nil }
        return inputs[i].constantValue ?? ShapeContext.evaluated(inputs[i], depth: 0)
    }

    /// The value of a small int32 subgraph TF's shape inference also evaluates while building
    /// (`EvaluateConstantTensor`): the `Shape` of a fully known tensor, a `StridedSlice` of such a
    /// value, a `Pack` of such scalars, a `ConcatV2` of such values. Nil when it depends on anything else.
    static func evaluated(_ t: GraphTensor, depth: Int) -> Tensor? {
        if let c = t.constantValue { return c }
        guard depth < 8, t.index == 0 else { return nil }
        let op = t.op
        switch op.type {
        case "Shape":
            guard let dims = op.inputs.first?.shape.knownDims else { return nil }
            if op.attrs["out_type"]?.dtype == .int64 { return try? Tensor(dims.map { Int64($0) }, shape: [dims.count]) }
            return try? Tensor(dims.map { Int32($0) }, shape: [dims.count])
        case "StridedSlice":
            guard op.inputs.count == 4, let x = evaluated(op.inputs[0], depth: depth + 1),
                  let b = evaluated(op.inputs[1], depth: depth + 1), let e = evaluated(op.inputs[2], depth: depth + 1),
                  let s = evaluated(op.inputs[3], depth: depth + 1) else { return nil }
            return try? Kernels.stridedSlice(x, stridedSliceSpec(b.intElements, e.intElements, s.intElements, op.attrs))
        case "Pack":
            let parts = op.inputs.compactMap { evaluated($0, depth: depth + 1) }
            guard parts.count == op.inputs.count, !parts.isEmpty else { return nil }
            return try? Kernels.stack(parts, axis: op.attrs["axis"]?.int ?? 0)
        case "ConcatV2":
            let parts = op.inputs.compactMap { evaluated($0, depth: depth + 1) }
            guard parts.count == op.inputs.count, parts.count >= 2, let axis = parts.last?.scalars.first?.intValue else { return nil }
            return try? Kernels.concat(Array(parts.dropLast()), axis: axis)
        default:
            return nil
        }
    }
    /// A shape given as input `i`, as far as it is known while building (TF's
    /// `MakeShapeFromShapeTensor`): a constant's values, or the dimensions of the tensor a `Shape`
    /// op reads. Nil when not even its length is known.
    public func shapeFromTensor(_ i: Int) -> [Int?]? {
        guard i < inputs.count else { return nil }
        if let c = constant(i) { return c.scalars.map { v in v.int64Value.flatMap { $0 < 0 ? nil : Int($0) } } }
        let src = inputs[i].op
        if src.type == "Shape", let dims = src.inputs.first?.shape.dims { return dims }
        if let n = inputs[i].shape.knownDims, n.count == 1 { return Array(repeating: nil, count: n[0]) }
        return nil
    }

    /// The node as TF's shape inference names it in an error: `{{node add}} = AddV2[T=DT_FLOAT](x, y)`;
    /// `extraAttrs` follows `T` (", transpose_a=false, ...").
    public func nodeText(_ extraAttrs: String = "", typeAttr: Bool = true) -> String {
        let ins = inputs.map { $0.index == 0 ? $0.op.name : "\($0.op.name):\($0.index)" }.joined(separator: ", ")
        let t = typeAttr ? "T=\((inputs.first?.dtype ?? .float32).tfEnumName)" : ""
        var attrs = t + extraAttrs
        if !typeAttr, attrs.hasPrefix(", ") { attrs.removeFirst(2) }
        return "{{node \(opName)}} = \(opType)[\(attrs)](\(ins))"
    }

    /// The input shapes as that error lists them: `[2,3], [3,2]`.
    public var inputShapesText: String {
        inputs.map { $0.shape.inferenceDescription }.joined(separator: ", ")
    }

    /// An integer list from a constant input.
    public func constantInts(_ i: Int) -> [Int]? {
        constant(i).flatMap { t in t.scalars.map { s in s.intValue } as [Int?] }.flatMap { xs in xs.allSatisfy { $0 != nil } ? xs.compactMap { $0 } : nil }
    }
}

/// A value flowing through a kernel: a tensor, or a variable's resource handle.
public enum KernelValue {
    case tensor(Tensor)
    case resource(VariableResource)

    public var tensor: Tensor? {
        if case .tensor(let t) = self { return t }
        return nil
    }
}

/// What a kernel sees when it runs.
public struct KernelContext {
    public let inputs: [KernelValue]
    public let attrs: Attrs
    public let opName: String
    public let runtime: TFRuntime
    /// Resources of the session running the graph (nil when executing eagerly).
    public let session: Session?

    /// Input `i` as a tensor.
    public func tensor(_ i: Int) throws -> Tensor {
        guard i < inputs.count, case .tensor(let t) = inputs[i] else {
            throw TFError.invalidArgument("\(opName): input \(i) is not a tensor")
        }
        return t
    }

    public func resource(_ i: Int) throws -> VariableResource {
        guard i < inputs.count, case .resource(let r) = inputs[i] else {
            throw TFError.invalidArgument("\(opName): input \(i) is not a resource")
        }
        return r
    }
}

/// One op type: its shape function, CPU kernel and gradient, declared once and used by
/// graph building, sessions, eager execution, `tf.gradients` and `GradientTape`.
/// A class: every eager op looks its definition up, and a reference is one retain where a
/// struct of four closures is five.
public final class OpDef: @unchecked Sendable {
    public let type: String
    public let inferShapes: (ShapeContext) throws -> [OutputSpec]
    public let kernel: (KernelContext) throws -> [KernelValue]
    /// Builds the input gradients from the output gradients, with ops (as TF's Python gradients do).
    public let gradient: ((GradientContext) throws -> [TensorHandle?])?
    /// Stateful ops (random, variables) are never folded or cached.
    public let isStateful: Bool
    /// For an elementwise op of one or two tensors and one tensor output: the computation that
    /// `kernel` wraps, so an eager call runs it without packing its inputs and output in arrays.
    public let eager: EagerKernel?

    public init(_ type: String, stateful: Bool = false,
                shape: @escaping (ShapeContext) throws -> [OutputSpec],
                kernel: @escaping (KernelContext) throws -> [KernelValue],
                gradient: ((GradientContext) throws -> [TensorHandle?])? = nil,
                eager: EagerKernel? = nil) {
        self.type = type
        self.isStateful = stateful
        self.inferShapes = shape
        self.kernel = kernel
        self.gradient = gradient
        self.eager = eager
    }
}

/// The tensor computation of a simple op (see `OpDef.eager`). Its TensorCore errors are the
/// kernel's: the runtime reports them as `InvalidArgumentError`s naming the op.
public enum EagerKernel: Sendable {
    case unary(@Sendable (Tensor) throws -> Tensor)
    case binary(@Sendable (Tensor, Tensor) throws -> Tensor)
}

/// The one registry of op types. It is filled once, while `shared` is first made, and only read
/// afterwards, so lookups (one per eager op) take no lock.
public final class OpRegistry: @unchecked Sendable {
    public static let shared: OpRegistry = {
        let r = OpRegistry()
        registerMathOps(r)
        registerArrayOps(r)
        registerStateOps(r)
        registerRandomOps(r)
        registerTrainingOps(r)
        registerSummaryOps(r)
        registerSliceOps(r)
        registerShapeOps(r)
        registerNNOps(r)
        registerArrayExtrasOps(r)
        registerMathExtrasOps(r)
        registerMathFunctionOps(r)
        registerActivationOps(r)
        registerIdentityN(r)
        registerLoggingOps(r)
        return r
    }()

    private var defs: [String: OpDef] = [:]

    /// Only the registration functions above call this, before `shared` is published.
    func register(_ def: OpDef) {
        defs[def.type] = def
    }

    public subscript(type: String) -> OpDef? { defs[type] }

    /// The definition of `type`, or TF's error for an op type it does not know.
    public func definition(_ type: String) throws -> OpDef {
        guard let def = defs[type] else { throw TFError(.valueError, "Op type not registered '\(type)' in binary") }
        return def
    }

    public var types: [String] { defs.keys.sorted() }
}

extension ScalarValue {
    /// The value as an Int when it is integral.
    var intValue: Int? {
        if let i = int64Value { return Int(i) }
        if let d = doubleValue, d == d.rounded(), d.isFinite { return Int(d) }
        return nil
    }
}
