// The element types a tensor can hold, their names, and numpy's promotion rules.

/// The element type of a ``Tensor``.
///
/// The raw value is the name TensorFlow prints (`tf.float32.name`), which for
/// these types is also numpy's `dtype.name` (except `string`, see
/// ``numpyName``).
public enum DType: String, Sendable, CaseIterable, Hashable, CustomStringConvertible {
    case float32
    case float64
    case int32
    case int64
    case uint8
    case bool
    case string

    /// The name TensorFlow prints: `float32`, `int32`, `bool`, `string`.
    public var name: String { rawValue }

    /// The `dtype.name` numpy prints. numpy has no variable-width string
    /// dtype name; `str` is what `np.dtype(str).kind`-level code uses.
    public var numpyName: String {
        switch self {
        case .string: return "str"
        default: return rawValue
        }
    }

    public var description: String { rawValue }

    /// TF's `DataType` enum name, as a NodeDef prints it in an error: `DT_FLOAT`, `DT_INT32`.
    public var tfEnumName: String {
        switch self {
        case .float32: return "DT_FLOAT"
        case .float64: return "DT_DOUBLE"
        default: return "DT_" + rawValue.uppercased()
        }
    }

    /// TF's C++ `DataTypeString`, used in kernel error messages: `float`,
    /// `double`, `int32`, `int64`, `uint8`, `bool`, `string`.
    public var tfDataTypeString: String {
        switch self {
        case .float32: return "float"
        case .float64: return "double"
        default: return rawValue
        }
    }

    /// `float32`, `float64`.
    public var isFloating: Bool { self == .float32 || self == .float64 }

    /// `int32`, `int64`, `uint8` (not `bool`).
    public var isInteger: Bool { self == .int32 || self == .int64 || self == .uint8 }

    /// Signed integer types.
    public var isSignedInteger: Bool { self == .int32 || self == .int64 }

    /// Integer, floating or bool: everything that takes part in arithmetic promotion.
    public var isNumeric: Bool { self != .string }

    /// Size of one element in bytes (strings: 0, they have no fixed size).
    public var byteSize: Int {
        switch self {
        case .float32, .int32: return 4
        case .float64, .int64: return 8
        case .uint8, .bool: return 1
        case .string: return 0
        }
    }

    /// Looks a dtype up by a name numpy accepts (`np.dtype(name)`):
    /// `"float32"`, `"f4"`, `"float"` (float64), `"double"`, `"int"` (int64),
    /// `"bool"`, `"str"`, ...
    public init?(numpyName name: String) {
        switch name {
        case "float32", "single", "f4", "f": self = .float32
        case "float64", "double", "f8", "d", "float", "float_": self = .float64
        case "int32", "i4", "intc", "i": self = .int32
        case "int64", "i8", "int", "int_", "long", "intp", "l": self = .int64
        case "uint8", "u1", "ubyte", "B": self = .uint8
        case "bool", "bool_", "?": self = .bool
        case "str", "str_", "U", "unicode": self = .string
        default: return nil
        }
    }

    /// Looks a dtype up by a name TensorFlow accepts (`tf.as_dtype(name)`):
    /// `"float32"`, `"float"` (float32), `"float64"`, `"double"`, `"int32"`,
    /// `"int64"`, `"uint8"`, `"bool"`, `"string"`.
    public init?(tensorflowName name: String) {
        switch name {
        case "float32", "float": self = .float32
        case "float64", "double": self = .float64
        case "int32": self = .int32
        case "int64": self = .int64
        case "uint8": self = .uint8
        case "bool": self = .bool
        case "string": self = .string
        default: return nil
        }
    }

    // MARK: numpy promotion

    /// Rank used by ``numpyResultType(_:_:)`` inside one kind.
    private var kindAndSize: (kind: Int, size: Int) {
        switch self {
        case .bool: return (0, 1)
        case .uint8: return (1, 1)
        case .int32: return (2, 4)
        case .int64: return (2, 8)
        case .float32: return (3, 4)
        case .float64: return (3, 8)
        case .string: return (4, 0)
        }
    }

    /// numpy's `np.result_type(a, b)` for two array dtypes (NEP 50: both
    /// operands are "strong"). Returns `nil` when numpy has no common type
    /// (a string and a number), where numpy raises
    /// `numpy._core._exceptions._UFuncNoLoopError`.
    ///
    /// TensorFlow never promotes: its layer must check `a == b` instead.
    public static func numpyResultType(_ a: DType, _ b: DType) -> DType? {
        if a == b { return a }
        if a == .string || b == .string { return nil }
        if a == .bool { return b }
        if b == .bool { return a }
        let ka = a.kindAndSize, kb = b.kindAndSize
        switch (ka.kind, kb.kind) {
        case (3, 3): return .float64               // float32 + float64
        case (3, _), (_, 3):
            // float with an integer: float32 suffices for uint8 (and int8/16),
            // every wider integer needs float64.
            let f = ka.kind == 3 ? a : b
            let i = ka.kind == 3 ? b : a
            if i == .uint8 { return f }
            return .float64
        default:
            // integers: uint8 fits in int32 and int64; int32 + int64 = int64.
            return ka.size >= kb.size ? (a == .uint8 ? b : a) : b
        }
    }

    /// numpy's promotion of an array of dtype `array` with a Python scalar
    /// (NEP 50 "weak" scalars): `float32_array + 0.5` stays `float32`,
    /// `int32_array + 1` stays `int32`, `int_array + 0.5` is `float64`,
    /// `bool_array + 1` is `int64`.
    public static func numpyWeakResultType(array: DType, pythonScalar: PythonScalarKind) -> DType? {
        switch pythonScalar {
        case .bool:
            return array
        case .int:
            switch array {
            case .bool: return .int64
            case .string: return nil
            default: return array
            }
        case .float:
            switch array {
            case .float32, .float64: return array
            case .string: return nil
            default: return .float64
            }
        }
    }

    /// The dtype numpy gives a Python scalar on its own (`np.asarray(1)`).
    public static func numpyDefault(for scalar: PythonScalarKind) -> DType {
        switch scalar {
        case .bool: return .bool
        case .int: return .int64
        case .float: return .float64
        }
    }

    /// The dtype TensorFlow gives a Python scalar on its own
    /// (`tf.constant(1)` is int32, `tf.constant(1.0)` is float32).
    public static func tensorflowDefault(for scalar: PythonScalarKind) -> DType {
        switch scalar {
        case .bool: return .bool
        case .int: return .int32
        case .float: return .float32
        }
    }
}

/// The kind of a Python scalar, for numpy's weak-scalar promotion.
public enum PythonScalarKind: Sendable, Hashable {
    case bool, int, float
}
