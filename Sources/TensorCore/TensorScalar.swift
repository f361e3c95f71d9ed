// The Swift element types a tensor can hold, and a boxed scalar of any dtype.

/// A Swift type that is the element type of one ``DType``.
public protocol TensorScalar: Sendable, Equatable {
    /// The dtype whose elements have this Swift type.
    static var dtype: DType { get }
    /// Wraps an array of elements as tensor storage.
    static func wrap(_ values: [Self]) -> TensorStorage
    /// The elements, if the storage holds this type.
    static func unwrap(_ storage: TensorStorage) -> [Self]?
    /// The element as a boxed scalar.
    var scalarValue: ScalarValue { get }
}

extension Float: TensorScalar {
    @inlinable public static var dtype: DType { .float32 }
    @inlinable public static func wrap(_ values: [Float]) -> TensorStorage { .float32(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [Float]? {
        if case let .float32(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .float32(self) }
}

extension Double: TensorScalar {
    @inlinable public static var dtype: DType { .float64 }
    @inlinable public static func wrap(_ values: [Double]) -> TensorStorage { .float64(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [Double]? {
        if case let .float64(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .float64(self) }
}

extension Int32: TensorScalar {
    @inlinable public static var dtype: DType { .int32 }
    @inlinable public static func wrap(_ values: [Int32]) -> TensorStorage { .int32(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [Int32]? {
        if case let .int32(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .int32(self) }
}

extension Int64: TensorScalar {
    @inlinable public static var dtype: DType { .int64 }
    @inlinable public static func wrap(_ values: [Int64]) -> TensorStorage { .int64(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [Int64]? {
        if case let .int64(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .int64(self) }
}

extension UInt8: TensorScalar {
    @inlinable public static var dtype: DType { .uint8 }
    @inlinable public static func wrap(_ values: [UInt8]) -> TensorStorage { .uint8(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [UInt8]? {
        if case let .uint8(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .uint8(self) }
}

extension Bool: TensorScalar {
    @inlinable public static var dtype: DType { .bool }
    @inlinable public static func wrap(_ values: [Bool]) -> TensorStorage { .bool(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [Bool]? {
        if case let .bool(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .bool(self) }
}

extension String: TensorScalar {
    @inlinable public static var dtype: DType { .string }
    @inlinable public static func wrap(_ values: [String]) -> TensorStorage { .string(values) }
    @inlinable public static func unwrap(_ storage: TensorStorage) -> [String]? {
        if case let .string(v) = storage { return v }
        return nil
    }
    public var scalarValue: ScalarValue { .string(self) }
}

/// One element of any dtype: what `tensor[i, j]` gives, and what a numpy
/// scalar (`np.float32(6.0)`) holds.
public enum ScalarValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case float32(Float)
    case float64(Double)
    case int32(Int32)
    case int64(Int64)
    case uint8(UInt8)
    case bool(Bool)
    case string(String)

    public var dtype: DType {
        switch self {
        case .float32: return .float32
        case .float64: return .float64
        case .int32: return .int32
        case .int64: return .int64
        case .uint8: return .uint8
        case .bool: return .bool
        case .string: return .string
        }
    }

    /// The value as a Double (exact for every dtype but int64 beyond 2^53);
    /// `nil` for strings. Bools are 0 and 1.
    public var doubleValue: Double? {
        switch self {
        case let .float32(v): return Double(v)
        case let .float64(v): return v
        case let .int32(v): return Double(v)
        case let .int64(v): return Double(v)
        case let .uint8(v): return Double(v)
        case let .bool(v): return v ? 1 : 0
        case .string: return nil
        }
    }

    /// The value as an Int64: integers as they are, floats truncated toward
    /// zero (`nil` when NaN or out of range), bools 0/1, strings `nil`.
    public var int64Value: Int64? {
        switch self {
        case let .float32(v): return Int64(exactly: v.rounded(.towardZero))
        case let .float64(v): return Int64(exactly: v.rounded(.towardZero))
        case let .int32(v): return Int64(v)
        case let .int64(v): return v
        case let .uint8(v): return Int64(v)
        case let .bool(v): return v ? 1 : 0
        case .string: return nil
        }
    }

    /// Truthiness as numpy's `bool(x)`: non-zero numbers (NaN included) and
    /// non-empty strings are true.
    public var boolValue: Bool {
        switch self {
        case let .float32(v): return v != 0
        case let .float64(v): return v != 0
        case let .int32(v): return v != 0
        case let .int64(v): return v != 0
        case let .uint8(v): return v != 0
        case let .bool(v): return v
        case let .string(v): return !v.isEmpty
        }
    }

    /// numpy's `str()` of the scalar (`6.0`, `1e-05`, `3`, `True`).
    public var description: String { NumpyFormat.scalarStr(self) }
}

/// A Python scalar before it has a dtype: numpy and TF give it one only
/// when it meets an array (see ``DType/numpyWeakResultType(array:pythonScalar:)``).
public enum PythonScalar: Sendable, Equatable, Hashable {
    case bool(Bool)
    case int(Int64)
    case float(Double)
    case string(String)
}

/// A nested Python value (lists of lists of scalars, numpy scalars and
/// arrays) to be turned into a tensor, as `np.array(...)` and
/// `tf.constant(...)` do.
public indirect enum NestedValue: Sendable, Equatable {
    /// A Python `bool`, `int`, `float` or `str`.
    case python(PythonScalar)
    /// A numpy scalar, which has a dtype.
    case typed(ScalarValue)
    /// A whole array (numpy array or tensor value).
    case array(Tensor)
    /// A list or tuple.
    case list([NestedValue])
}

/// Which library's rules a kernel follows where TF and numpy differ.
public enum Flavor: Sendable, Hashable {
    case tensorflow
    case numpy
}
