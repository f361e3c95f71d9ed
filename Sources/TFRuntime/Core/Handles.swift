import TensorCore

/// A tensor computed eagerly. A class, because tapes watch tensors by identity.
public final class EagerTensor {
    public let value: Tensor
    public init(_ value: Tensor) { self.value = value }
    public var dtype: DType { value.dtype }
    public var shape: [Int] { value.shape }
}

/// The storage of a variable: in the variable itself when eager, in a session in graph mode.
public final class VariableResource {
    public let name: String
    public let dtype: DType
    public let shape: TensorShape
    public var value: Tensor?
    public init(name: String, dtype: DType, shape: TensorShape, value: Tensor? = nil) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.value = value
    }
}

/// Something an op takes or returns: a symbolic graph tensor, an eager tensor, or (eagerly) a variable's resource.
public enum TensorHandle {
    case symbolic(GraphTensor)
    case eager(EagerTensor)
    case resource(VariableResource)

    public var dtype: DType {
        switch self {
        case .symbolic(let g): return g.dtype
        case .eager(let e): return e.dtype
        case .resource(let r): return r.dtype
        }
    }

    /// The static shape (fully known for eager tensors).
    public var shape: TensorShape {
        switch self {
        case .symbolic(let g): return g.shape
        case .eager(let e): return TensorShape(e.shape)
        case .resource(let r): return r.shape
        }
    }

    /// The dimensions when the static shape is fully known (an eager tensor's, without making a
    /// `TensorShape`).
    public var knownDims: [Int]? {
        switch self {
        case .eager(let e): return e.value.shape
        case .symbolic(let g): return g.shape.knownDims
        case .resource(let r): return r.shape.knownDims
        }
    }

    public var graphTensor: GraphTensor? {
        if case .symbolic(let g) = self { return g }
        return nil
    }

    public var eagerValue: Tensor? {
        if case .eager(let e) = self { return e.value }
        return nil
    }

    /// Identity of the underlying object, for tapes and gradient maps.
    public var identity: ObjectIdentifier {
        switch self {
        case .symbolic(let g): return ObjectIdentifier(g)
        case .eager(let e): return ObjectIdentifier(e)
        case .resource(let r): return ObjectIdentifier(r)
        }
    }
}
