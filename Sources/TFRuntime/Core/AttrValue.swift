import TensorCore

/// An op attribute, as in TF's `AttrValue` proto.
public enum AttrValue: Sendable, Equatable {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case string(String)
    case type(DType)
    case shape(TensorShape)
    case ints([Int])
    case tensor(Tensor)

    public var int: Int? { if case .int(let v) = self { return v } else { return nil } }
    public var float: Double? { if case .float(let v) = self { return v } else { return nil } }
    public var bool: Bool? { if case .bool(let v) = self { return v } else { return nil } }
    public var string: String? { if case .string(let v) = self { return v } else { return nil } }
    public var dtype: DType? { if case .type(let v) = self { return v } else { return nil } }
    public var shape: TensorShape? { if case .shape(let v) = self { return v } else { return nil } }
    public var ints: [Int]? { if case .ints(let v) = self { return v } else { return nil } }
    public var tensor: Tensor? { if case .tensor(let v) = self { return v } else { return nil } }
}

public typealias Attrs = [String: AttrValue]
