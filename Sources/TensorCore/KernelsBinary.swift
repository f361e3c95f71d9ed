import Foundation

/// The CPU kernels: plain functions from tensors to a tensor.
///
/// Binary kernels broadcast (numpy's and TF's rule) and require both operands
/// to have the same dtype: TensorFlow never promotes, and the numpy binding
/// promotes first with ``DType/numpyResultType(_:_:)``. Where TF and numpy
/// differ in behaviour, a kernel takes a ``Flavor``.
///
/// Arithmetic is done in the dtype's own Swift type (float32 in `Float`), so
/// `+ - * /` and `sqrt` match TF and numpy bit for bit.
public enum Kernels {}

/// The comparison a ``Kernels/compare(_:_:_:)`` call performs.
public enum ComparisonOp: Sendable, Hashable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    /// TF's op name (`Equal`, `Less`, ...).
    public var tfName: String {
        switch self {
        case .equal: return "Equal"
        case .notEqual: return "NotEqual"
        case .less: return "Less"
        case .lessEqual: return "LessEqual"
        case .greater: return "Greater"
        case .greaterEqual: return "GreaterEqual"
        }
    }
}

/// A string compared by Unicode code points, as Python compares `str`
/// (Swift's `String ==` uses canonical equivalence instead).
struct CodePoints: Comparable {
    let s: String
    static func == (a: CodePoints, b: CodePoints) -> Bool { a.s.unicodeScalars.elementsEqual(b.s.unicodeScalars) }
    static func < (a: CodePoints, b: CodePoints) -> Bool {
        a.s.unicodeScalars.lexicographicallyPrecedes(b.s.unicodeScalars)
    }
}

extension Kernels {
    // MARK: helpers

    static func requireSameDType(_ op: String, _ a: Tensor, _ b: Tensor) throws {
        if a.dtype != b.dtype {
            throw TensorError.dtypeMismatch(op: op, position: 1, expected: a.dtype, actual: b.dtype)
        }
    }

    /// Dispatches a numeric binary operation on the operands' common dtype.
    @inline(__always)
    static func numericBinary(
        _ op: String, _ a: Tensor, _ b: Tensor,
        f32: (Float, Float) -> Float,
        f64: (Double, Double) -> Double,
        i32: (Int32, Int32) -> Int32,
        i64: (Int64, Int64) -> Int64,
        u8: (UInt8, UInt8) -> UInt8
    ) throws -> Tensor {
        try requireSameDType(op, a, b)
        switch (a.storage, b.storage) {
        case let (.float32(x), .float32(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, f32)
            return Tensor(unchecked: s, .float32(r))
        case let (.float64(x), .float64(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, f64)
            return Tensor(unchecked: s, .float64(r))
        case let (.int32(x), .int32(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, i32)
            return Tensor(unchecked: s, .int32(r))
        case let (.int64(x), .int64(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, i64)
            return Tensor(unchecked: s, .int64(r))
        case let (.uint8(x), .uint8(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, u8)
            return Tensor(unchecked: s, .uint8(r))
        default:
            throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    /// Dispatches a floating-point-only binary operation.
    @inline(__always)
    static func floatBinary(
        _ op: String, _ a: Tensor, _ b: Tensor,
        f32: (Float, Float) -> Float,
        f64: (Double, Double) -> Double
    ) throws -> Tensor {
        try requireSameDType(op, a, b)
        switch (a.storage, b.storage) {
        case let (.float32(x), .float32(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, f32)
            return Tensor(unchecked: s, .float32(r))
        case let (.float64(x), .float64(y)):
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape, f64)
            return Tensor(unchecked: s, .float64(r))
        default:
            throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    static func containsZero(_ t: Tensor) -> Bool {
        switch t.storage {
        case let .int32(v): return v.contains(0)
        case let .int64(v): return v.contains(0)
        case let .uint8(v): return v.contains(0)
        default: return false
        }
    }

    // MARK: arithmetic

    /// `a + b` (TF `AddV2`; numpy `add`). Strings concatenate (TF supports
    /// `tf.constant("a") + "b"`). Integers wrap on overflow.
    public static func add(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if case let (.string(x), .string(y)) = (a.storage, b.storage) {
            let (r, s) = try broadcastMap(x, a.shape, y, b.shape) { $0 + $1 }
            return Tensor(unchecked: s, .string(r))
        }
        return try numericBinary("AddV2", a, b, f32: { $0 + $1 }, f64: { $0 + $1 },
                                 i32: { $0 &+ $1 }, i64: { $0 &+ $1 }, u8: { $0 &+ $1 })
    }

    /// `a - b` (TF `Sub`).
    public static func subtract(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try numericBinary("Sub", a, b, f32: { $0 - $1 }, f64: { $0 - $1 },
                          i32: { $0 &- $1 }, i64: { $0 &- $1 }, u8: { $0 &- $1 })
    }

    /// `a * b` (TF `Mul`).
    public static func multiply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try numericBinary("Mul", a, b, f32: { $0 * $1 }, f64: { $0 * $1 },
                          i32: { $0 &* $1 }, i64: { $0 &* $1 }, u8: { $0 &* $1 })
    }

    /// Division.
    ///
    /// - `.tensorflow`: TF's `RealDiv` for floats (IEEE division) and `Div`
    ///   for integers (C truncating division; division by zero throws
    ///   `Integer division by zero`). TF's Python `/` on integers is
    ///   ``trueDivide(_:_:flavor:)`` instead.
    /// - `.numpy`: `np.true_divide`: integers and bools are divided as float64.
    public static func divide(_ a: Tensor, _ b: Tensor, flavor: Flavor = .tensorflow) throws -> Tensor {
        try requireSameDType(a.dtype.isFloating ? "RealDiv" : "Div", a, b)
        if a.dtype.isFloating {
            return try floatBinary("RealDiv", a, b, f32: { $0 / $1 }, f64: { $0 / $1 })
        }
        if flavor == .numpy {
            return try trueDivide(a, b, flavor: .numpy)
        }
        if a.elementCount > 0, containsZero(b) { throw TensorError.integerDivisionByZero }
        return try numericBinary(
            "Div", a, b, f32: { $0 / $1 }, f64: { $0 / $1 },
            i32: { $0.dividedReportingOverflow(by: $1).partialValue },
            i64: { $0.dividedReportingOverflow(by: $1).partialValue },
            u8: { $1 == 0 ? 0 : $0 / $1 })
    }

    /// Python 3 `/`: floats divide as they are; integers are first cast to
    /// a float type. TF's `truediv` table: uint8 to float32, int32 and int64
    /// to float64. numpy: every integer and bool to float64.
    public static func trueDivide(_ a: Tensor, _ b: Tensor, flavor: Flavor = .tensorflow) throws -> Tensor {
        try requireSameDType("RealDiv", a, b)
        if a.dtype.isFloating { return try divide(a, b) }
        let target: DType
        switch (flavor, a.dtype) {
        case (.tensorflow, .uint8): target = .float32
        case (.tensorflow, .int32), (.tensorflow, .int64), (.numpy, .int32), (.numpy, .int64),
             (.numpy, .uint8), (.numpy, .bool):
            target = .float64
        default:
            throw TensorError.unsupportedDType(op: "RealDiv", dtype: a.dtype)
        }
        return try divide(Conversion.cast(a, to: target), Conversion.cast(b, to: target))
    }

    /// Floor division (`//`).
    ///
    /// - `.tensorflow` (`FloorDiv`): floats `floor(a / b)`; integers round
    ///   toward negative infinity, division by zero throws.
    /// - `.numpy` (`np.floor_divide`): floats use numpy's `divmod`-based
    ///   algorithm (so `1.0 // 0.1 == 9.0`, where TF gives 10.0); integer
    ///   division by zero gives 0.
    public static func floorDiv(_ a: Tensor, _ b: Tensor, flavor: Flavor = .tensorflow) throws -> Tensor {
        try requireSameDType("FloorDiv", a, b)
        if flavor == .tensorflow, a.elementCount > 0, containsZero(b) { throw TensorError.integerDivisionByZero }
        switch flavor {
        case .tensorflow:
            return try numericBinary("FloorDiv", a, b,
                                     f32: { ($0 / $1).rounded(.down) }, f64: { ($0 / $1).rounded(.down) },
                                     i32: intFloorDiv, i64: intFloorDiv, u8: { $1 == 0 ? 0 : $0 / $1 })
        case .numpy:
            return try numericBinary("floor_divide", a, b,
                                     f32: { numpyDivmod($0, $1).0 }, f64: { numpyDivmod($0, $1).0 },
                                     i32: intFloorDiv, i64: intFloorDiv, u8: { $1 == 0 ? 0 : $0 / $1 })
        }
    }

    /// Modulo with the sign of the divisor (`%`).
    ///
    /// - `.tensorflow` (`FloorMod`): `fmod` adjusted to the divisor's sign;
    ///   integer modulo by zero throws.
    /// - `.numpy` (`np.remainder`): numpy's `divmod` (a zero result takes
    ///   the divisor's sign); integer modulo by zero gives 0.
    public static func mod(_ a: Tensor, _ b: Tensor, flavor: Flavor = .tensorflow) throws -> Tensor {
        try requireSameDType("FloorMod", a, b)
        if flavor == .tensorflow, a.elementCount > 0, containsZero(b) { throw TensorError.integerDivisionByZero }
        switch flavor {
        case .tensorflow:
            return try numericBinary("FloorMod", a, b,
                                     f32: tfFloorMod, f64: tfFloorMod,
                                     i32: intFloorMod, i64: intFloorMod, u8: { $1 == 0 ? 0 : $0 % $1 })
        case .numpy:
            return try numericBinary("remainder", a, b,
                                     f32: { numpyDivmod($0, $1).1 }, f64: { numpyDivmod($0, $1).1 },
                                     i32: intFloorMod, i64: intFloorMod, u8: { $1 == 0 ? 0 : $0 % $1 })
        }
    }

    /// Modulo with the sign of the dividend (TF `TruncateMod`): C's `fmod` and `%`; integer
    /// modulo by zero throws.
    public static func truncateMod(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try requireSameDType("TruncateMod", a, b)
        if a.elementCount > 0, containsZero(b) { throw TensorError.integerDivisionByZero }
        return try numericBinary("TruncateMod", a, b,
                                 f32: { $0.truncatingRemainder(dividingBy: $1) }, f64: { $0.truncatingRemainder(dividingBy: $1) },
                                 i32: { $1 == 0 ? 0 : $0.remainderReportingOverflow(dividingBy: $1).partialValue },
                                 i64: { $1 == 0 ? 0 : $0.remainderReportingOverflow(dividingBy: $1).partialValue },
                                 u8: { $1 == 0 ? 0 : $0 % $1 })
    }

    /// A float op as TF's Eigen kernel evaluates it on two (broadcast) operands: the vectorised
    /// function on the whole packets of the output (8 floats or 4 doubles), the scalar one on the
    /// elements left over at the end.
    static func packetBinary(_ op: String, _ a: Tensor, _ b: Tensor,
                             packet32: (Float, Float) -> Float, scalar32: (Float, Float) -> Float,
                             packet64: (Double, Double) -> Double, scalar64: (Double, Double) -> Double) throws -> Tensor {
        // Operands of one shape (a gradient and an output): one pass.
        if a.shape == b.shape {
            switch (a.storage, b.storage) {
            case let (.float32(x), .float32(y)):
                let whole = x.count / 8 * 8
                return Tensor(unchecked: a.shape, .float32((0..<x.count).map { i in
                    i < whole ? packet32(x[i], y[i]) : scalar32(x[i], y[i])
                }))
            case let (.float64(x), .float64(y)):
                let whole = x.count / 4 * 4
                return Tensor(unchecked: a.shape, .float64((0..<x.count).map { i in
                    i < whole ? packet64(x[i], y[i]) : scalar64(x[i], y[i])
                }))
            default:
                break
            }
        }
        let packet = try floatBinary(op, a, b, f32: packet32, f64: packet64)
        let lanes = packet.dtype == .float32 ? 8 : 4
        let whole = packet.elementCount / lanes * lanes
        guard whole < packet.elementCount else { return packet }
        let scalar = try floatBinary(op, a, b, f32: scalar32, f64: scalar64)
        switch (packet.storage, scalar.storage) {
        case let (.float32(p), .float32(s)):
            return Tensor(unchecked: packet.shape, .float32(Array(p[..<whole]) + s[whole...]))
        case let (.float64(p), .float64(s)):
            return Tensor(unchecked: packet.shape, .float64(Array(p[..<whole]) + s[whole...]))
        default:
            return packet
        }
    }

    /// `atan2(y, x)` (TF `Atan2`): Eigen's packet `patan2` (``EigenMath/atan2(_:_:atan:)``), the C
    /// library's `atan2` on the elements left over.
    public static func atan2(_ y: Tensor, _ x: Tensor) throws -> Tensor {
        try packetBinary("Atan2", y, x,
                         packet32: { EigenMath.atan2($0, $1, atan: EigenMath.atan) },
                         scalar32: { EigenMath.flush(Foundation.atan2(EigenMath.flush($0), EigenMath.flush($1))) },
                         packet64: { EigenMath.atan2($0, $1, atan: EigenMath.atan) },
                         scalar64: { EigenMath.flush(Foundation.atan2(EigenMath.flush($0), EigenMath.flush($1))) })
    }

    /// `a ** b` (TF `Pow`, numpy `power`). Floats use the C library's
    /// `powf`/`pow`, or with `.tensorflow` TF's kernel (Eigen's `generic_pow`
    /// on packets, ``EigenMath/pow(_:_:)-(Float,Float)``); integers
    /// square-and-multiply with wrapping, and a negative integer exponent
    /// throws (both libraries refuse it).
    public static func pow(_ a: Tensor, _ b: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        try requireSameDType("Pow", a, b)
        let negative: Bool
        switch b.storage {
        case let .int32(v): negative = v.contains { $0 < 0 }
        case let .int64(v): negative = v.contains { $0 < 0 }
        default: negative = false
        }
        if negative {
            throw TensorError.described(.invalidArgument,
                                        tensorflow: "Integers to negative integer powers are not allowed",
                                        numpy: "Integers to negative integer powers are not allowed.")
        }
        if flavor == .tensorflow, a.dtype.isFloating {
            return try packetBinary("Pow", a, b,
                                    packet32: { EigenMath.pow($0, $1) },
                                    scalar32: { EigenMath.flush(Foundation.pow(EigenMath.flush($0), EigenMath.flush($1))) },
                                    packet64: { EigenMath.pow($0, $1) },
                                    scalar64: { EigenMath.flush(Foundation.pow(EigenMath.flush($0), EigenMath.flush($1))) })
        }
        return try numericBinary("Pow", a, b,
                                 f32: { Foundation.pow($0, $1) }, f64: { Foundation.pow($0, $1) },
                                 i32: intPow, i64: intPow, u8: intPow)
    }

    /// Element-wise maximum; NaN propagates (numpy `maximum`, TF `Maximum`).
    public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try numericBinary("Maximum", a, b,
                          f32: { ($0 >= $1 || $0.isNaN) ? $0 : $1 }, f64: { ($0 >= $1 || $0.isNaN) ? $0 : $1 },
                          i32: { Swift.max($0, $1) }, i64: { Swift.max($0, $1) }, u8: { Swift.max($0, $1) })
    }

    /// Element-wise minimum; NaN propagates (numpy `minimum`, TF `Minimum`).
    public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try numericBinary("Minimum", a, b,
                          f32: { ($0 <= $1 || $0.isNaN) ? $0 : $1 }, f64: { ($0 <= $1 || $0.isNaN) ? $0 : $1 },
                          i32: { Swift.min($0, $1) }, i64: { Swift.min($0, $1) }, u8: { Swift.min($0, $1) })
    }

    /// `(a - b) * (a - b)` (TF `SquaredDifference`).
    public static func squaredDifference(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        try numericBinary("SquaredDifference", a, b,
                          f32: { let d = $0 - $1; return d * d }, f64: { let d = $0 - $1; return d * d },
                          i32: { let d = $0 &- $1; return d &* d }, i64: { let d = $0 &- $1; return d &* d },
                          u8: { let d = $0 &- $1; return d &* d })
    }

    /// TF `AddN`: the sum of tensors of one shape and dtype, added left to
    /// right as TF's kernel does. No broadcasting.
    public static func addN(_ tensors: [Tensor]) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.invalidArgument("AddN requires at least one input")
        }
        for (i, t) in tensors.enumerated().dropFirst() {
            try requireSameDType("AddN", first, t)
            guard t.shape == first.shape else {
                throw TensorError.invalidArgument(
                    "Inputs to operation AddN of type AddN must have the same size and shape.  Input 0: \(ShapeFormat.brackets(first.shape)) != input \(i): \(ShapeFormat.brackets(t.shape))")
            }
        }
        var acc = first
        for t in tensors.dropFirst() { acc = try add(acc, t) }
        return acc
    }

    // MARK: comparisons and logic

    /// Element-wise comparison giving a bool tensor. Floats compare as IEEE
    /// (NaN is unequal to everything); strings by code points.
    public static func compare(_ a: Tensor, _ b: Tensor, _ op: ComparisonOp) throws -> Tensor {
        try requireSameDType(op.tfName, a, b)
        let r: ([Bool], [Int])
        switch (a.storage, b.storage) {
        case let (.float32(x), .float32(y)): r = try compareArrays(x, a.shape, y, b.shape, op)
        case let (.float64(x), .float64(y)): r = try compareArrays(x, a.shape, y, b.shape, op)
        case let (.int32(x), .int32(y)): r = try compareArrays(x, a.shape, y, b.shape, op)
        case let (.int64(x), .int64(y)): r = try compareArrays(x, a.shape, y, b.shape, op)
        case let (.uint8(x), .uint8(y)): r = try compareArrays(x, a.shape, y, b.shape, op)
        case let (.bool(x), .bool(y)):
            r = try compareArrays(x.map { $0 ? UInt8(1) : 0 }, a.shape, y.map { $0 ? UInt8(1) : 0 }, b.shape, op)
        case let (.string(x), .string(y)):
            r = try compareArrays(x.map(CodePoints.init), a.shape, y.map(CodePoints.init), b.shape, op)
        default:
            throw TensorError.unsupportedDType(op: op.tfName, dtype: a.dtype)
        }
        return Tensor(unchecked: r.1, .bool(r.0))
    }

    @inline(__always)
    static func compareArrays<T: Comparable>(_ x: [T], _ xs: [Int], _ y: [T], _ ys: [Int],
                                             _ op: ComparisonOp) throws -> ([Bool], [Int]) {
        switch op {
        case .equal: return try broadcastMap(x, xs, y, ys) { $0 == $1 }
        case .notEqual: return try broadcastMap(x, xs, y, ys) { $0 != $1 }
        case .less: return try broadcastMap(x, xs, y, ys) { $0 < $1 }
        case .lessEqual: return try broadcastMap(x, xs, y, ys) { $0 <= $1 }
        case .greater: return try broadcastMap(x, xs, y, ys) { $0 > $1 }
        case .greaterEqual: return try broadcastMap(x, xs, y, ys) { $0 >= $1 }
        }
    }

    public static func equal(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .equal) }
    public static func notEqual(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .notEqual) }
    public static func less(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .less) }
    public static func lessEqual(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .lessEqual) }
    public static func greater(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .greater) }
    public static func greaterEqual(_ a: Tensor, _ b: Tensor) throws -> Tensor { try compare(a, b, .greaterEqual) }

    static func boolOperands(_ op: String, _ a: Tensor, _ b: Tensor) throws -> ([Bool], [Bool]) {
        guard case let .bool(x) = a.storage else { throw TensorError.unsupportedDType(op: op, dtype: a.dtype) }
        guard case let .bool(y) = b.storage else {
            throw TensorError.dtypeMismatch(op: op, position: 1, expected: .bool, actual: b.dtype)
        }
        return (x, y)
    }

    /// Element-wise `and` of bool tensors (TF `LogicalAnd`).
    public static func logicalAnd(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let (x, y) = try boolOperands("LogicalAnd", a, b)
        let (r, s) = try broadcastMap(x, a.shape, y, b.shape) { $0 && $1 }
        return Tensor(unchecked: s, .bool(r))
    }

    /// Element-wise `or` of bool tensors (TF `LogicalOr`).
    public static func logicalOr(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let (x, y) = try boolOperands("LogicalOr", a, b)
        let (r, s) = try broadcastMap(x, a.shape, y, b.shape) { $0 || $1 }
        return Tensor(unchecked: s, .bool(r))
    }

    /// Element-wise `xor` of bool tensors (numpy `logical_xor`).
    public static func logicalXor(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let (x, y) = try boolOperands("LogicalXor", a, b)
        let (r, s) = try broadcastMap(x, a.shape, y, b.shape) { $0 != $1 }
        return Tensor(unchecked: s, .bool(r))
    }

    /// Element-wise `not` of a bool tensor (TF `LogicalNot`).
    public static func logicalNot(_ a: Tensor) throws -> Tensor {
        guard case let .bool(x) = a.storage else { throw TensorError.unsupportedDType(op: "LogicalNot", dtype: a.dtype) }
        return Tensor(unchecked: a.shape, .bool(unaryMap(x) { !$0 }))
    }

    /// `np.where(condition, x, y)` / `tf.where(condition, x, y)`: broadcasts
    /// all three; `x` and `y` must share a dtype.
    public static func select(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws -> Tensor {
        guard case let .bool(c) = condition.storage else {
            throw TensorError.unsupportedDType(op: "SelectV2", dtype: condition.dtype)
        }
        try requireSameDType("SelectV2", x, y)
        let shape = try Broadcast.shapes([condition.shape, x.shape, y.shape])
        let ci = Broadcast.sourceIndices(condition.shape, to: shape)
        let xi = Broadcast.sourceIndices(x.shape, to: shape)
        let yi = Broadcast.sourceIndices(y.shape, to: shape)
        let pick = (0..<ci.count).map { c[ci[$0]] ? xi[$0] : yi[$0] + x.elementCount }
        let both = try concatStorage([x.storage, y.storage])
        return Tensor(unchecked: shape, both.gathered(pick))
    }
}

// MARK: scalar helpers (numpy's and TF's exact formulas)

@inline(__always)
func intFloorDiv<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
    if b == 0 { return 0 }
    let (q, overflow) = a.dividedReportingOverflow(by: b)
    if overflow { return q }
    if (a % b != 0) && ((a < 0) != (b < 0)) { return q - 1 }
    return q
}

@inline(__always)
func intFloorMod<T: FixedWidthInteger & SignedInteger>(_ a: T, _ b: T) -> T {
    if b == 0 { return 0 }
    let r = a.remainderReportingOverflow(dividingBy: b).partialValue
    if r != 0 && ((r < 0) != (b < 0)) { return r &+ b }
    return r
}

@inline(__always)
func intPow<T: FixedWidthInteger>(_ base: T, _ exp: T) -> T {
    var result: T = 1
    var b = base
    var e = exp
    while e > 0 {
        if e & 1 == 1 { result = result &* b }
        e >>= 1
        if e > 0 { b = b &* b }
    }
    return result
}

/// TF's `FloorMod` for floats: `fmod`, moved to the divisor's sign.
@inline(__always)
func tfFloorMod<T: BinaryFloatingPoint>(_ x: T, _ y: T) -> T {
    let m = x.truncatingRemainder(dividingBy: y)
    if m != 0 && ((y < 0) != (m < 0)) { return m + y }
    return m
}

/// numpy's `npy_divmod` (npy_math_internal.h.src): the floor quotient and
/// the remainder, exactly as `np.floor_divide` and `np.remainder` compute them.
@inline(__always)
func numpyDivmod<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> (T, T) {
    var mod = a.truncatingRemainder(dividingBy: b)
    if b == 0 {
        return (a / b, mod)
    }
    var div = (a - mod) / b
    if mod != 0 {
        if (b < 0) != (mod < 0) {
            mod += b
            div -= 1
        }
    } else {
        mod = T(signOf: b, magnitudeOf: 0)
    }
    var floordiv: T
    if div != 0 {
        floordiv = div.rounded(.down)
        if div - floordiv > 0.5 { floordiv += 1 }
    } else {
        floordiv = T(signOf: a / b, magnitudeOf: 0)
    }
    return (floordiv, mod)
}
