import BigInt

/// A Python value. Small immutable values are stored inline; everything else is a `PyObject`.
///
/// `int` values that fit in `Int` are `.int`; larger ones are `PyBigInt` objects, and every
/// arithmetic result is normalised back to `.int` when it fits.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case object(PyObject)

    @inlinable public static var `true`: Value { .bool(true) }
    @inlinable public static var `false`: Value { .bool(false) }

    /// A Python `str`.
    public static func str(_ s: String) -> Value { .object(PyStr(s)) }

    /// A Python `int` from a `BigInt`, inline when it fits.
    public static func bigint(_ b: BigInt) -> Value {
        if let i = Int(exactly: b) { return .int(i) }
        return .object(PyBigInt(b))
    }

    /// The Python type of this value.
    public var pyType: PyType {
        switch self {
        case .none: return PyType.noneType
        case .bool: return PyType.bool
        case .int: return PyType.int
        case .float: return PyType.float
        case .object(let o): return o.pyType
        }
    }

    /// The type name as Python's error messages show it (`'int'`, `'NoneType'`).
    public var typeName: String { pyType.name }

    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    /// The Swift string when this is a `str`.
    public var asString: String? {
        if case .object(let o) = self, let s = o as? PyStr { return s.value }
        return nil
    }

    /// An exact integer (bool counts, as in Python) as a `BigInt`.
    public var asBigInt: BigInt? {
        switch self {
        case .int(let i): return BigInt(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return (o as? PyBigInt)?.value
        default: return nil
        }
    }

    /// An integer that fits in `Int` (bool counts).
    public var asInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// Object identity for reference values, value identity for inline ones (Python's `is`).
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}
