// dtype conversion with numpy's `astype` / TF's `tf.cast` semantics.

/// Casting between dtypes.
///
/// - float to integer truncates toward zero; NaN and out-of-range values give
///   what x86's conversion instruction gives numpy and TF: the most negative
///   value of int32/int64 (and, for uint8, the low 8 bits of the int32
///   conversion).
/// - integer to integer wraps (two's complement).
/// - numbers to bool: non-zero (NaN included) is `true`; bool to numbers: 0/1.
/// - strings convert to numbers by parsing (numpy); numbers to strings use
///   numpy's `str` of the scalar. TF supports neither and reports it.
public enum Conversion {
    /// Casts every element of `tensor` to `dtype` (a copy-free no-op when
    /// the dtype already matches).
    public static func cast(_ tensor: Tensor, to dtype: DType, flavor: Flavor = .numpy) throws -> Tensor {
        if tensor.dtype == dtype { return tensor }
        if flavor == .tensorflow, tensor.dtype == .string || dtype == .string {
            throw TensorError.described(
                .unimplemented,
                tensorflow: "Cast \(tensor.dtype.tfDataTypeString) to \(dtype.tfDataTypeString) is not supported",
                numpy: "")
        }
        let storage: TensorStorage
        switch (tensor.storage, dtype) {
        case let (.float32(v), .float64): storage = .float64(v.map(Double.init))
        case let (.float64(v), .float32): storage = .float32(v.map(Float.init))
        case let (.float32(v), .int32): storage = .int32(v.map { floatToInt32(Double($0)) })
        case let (.float64(v), .int32): storage = .int32(v.map(floatToInt32))
        case let (.float32(v), .int64): storage = .int64(v.map { floatToInt64(Double($0)) })
        case let (.float64(v), .int64): storage = .int64(v.map(floatToInt64))
        case let (.float32(v), .uint8): storage = .uint8(v.map { UInt8(truncatingIfNeeded: floatToInt32(Double($0))) })
        case let (.float64(v), .uint8): storage = .uint8(v.map { UInt8(truncatingIfNeeded: floatToInt32($0)) })
        case let (.float32(v), .bool): storage = .bool(v.map { $0 != 0 })
        case let (.float64(v), .bool): storage = .bool(v.map { $0 != 0 })

        case let (.int32(v), .float32): storage = .float32(v.map(Float.init))
        case let (.int32(v), .float64): storage = .float64(v.map(Double.init))
        case let (.int32(v), .int64): storage = .int64(v.map(Int64.init))
        case let (.int32(v), .uint8): storage = .uint8(v.map { UInt8(truncatingIfNeeded: $0) })
        case let (.int32(v), .bool): storage = .bool(v.map { $0 != 0 })

        case let (.int64(v), .float32): storage = .float32(v.map(Float.init))
        case let (.int64(v), .float64): storage = .float64(v.map(Double.init))
        case let (.int64(v), .int32): storage = .int32(v.map { Int32(truncatingIfNeeded: $0) })
        case let (.int64(v), .uint8): storage = .uint8(v.map { UInt8(truncatingIfNeeded: $0) })
        case let (.int64(v), .bool): storage = .bool(v.map { $0 != 0 })

        case let (.uint8(v), .float32): storage = .float32(v.map(Float.init))
        case let (.uint8(v), .float64): storage = .float64(v.map(Double.init))
        case let (.uint8(v), .int32): storage = .int32(v.map(Int32.init))
        case let (.uint8(v), .int64): storage = .int64(v.map(Int64.init))
        case let (.uint8(v), .bool): storage = .bool(v.map { $0 != 0 })

        case let (.bool(v), .float32): storage = .float32(v.map { $0 ? 1 : 0 })
        case let (.bool(v), .float64): storage = .float64(v.map { $0 ? 1 : 0 })
        case let (.bool(v), .int32): storage = .int32(v.map { $0 ? 1 : 0 })
        case let (.bool(v), .int64): storage = .int64(v.map { $0 ? 1 : 0 })
        case let (.bool(v), .uint8): storage = .uint8(v.map { $0 ? 1 : 0 })

        default:
            // string conversions, element by element
            var out: [ScalarValue] = []
            out.reserveCapacity(tensor.elementCount)
            for s in tensor.scalars { out.append(try castScalar(s, to: dtype)) }
            storage = TensorStorage.from(out, dtype: dtype)
        }
        return Tensor(unchecked: tensor.shape, storage)
    }

    /// Casts one scalar with the same rules as ``cast(_:to:flavor:)``.
    /// The same elements' bytes read as `dtype`, for types of the same size (numpy's `view`);
    /// nil for other pairs.
    public static func reinterpret(_ t: Tensor, as dtype: DType) -> Tensor? {
        if t.dtype == dtype { return t }
        let storage: TensorStorage
        switch (t.storage, dtype) {
        case let (.float32(v), .int32): storage = .int32(v.map { Int32(bitPattern: $0.bitPattern) })
        case let (.int32(v), .float32): storage = .float32(v.map { Float(bitPattern: UInt32(bitPattern: $0)) })
        case let (.float64(v), .int64): storage = .int64(v.map { Int64(bitPattern: $0.bitPattern) })
        case let (.int64(v), .float64): storage = .float64(v.map { Double(bitPattern: UInt64(bitPattern: $0)) })
        case let (.bool(v), .uint8): storage = .uint8(v.map { $0 ? 1 : 0 })
        default: return nil
        }
        return try? Tensor(shape: t.shape, storage: storage)
    }

    public static func castScalar(_ value: ScalarValue, to dtype: DType) throws -> ScalarValue {
        if value.dtype == dtype { return value }
        if case let .string(s) = value {
            let text = s.trimmingWhitespace()
            switch dtype {
            case .float32, .float64:
                guard let d = parsePythonFloat(text) else {
                    throw TensorError.described(.invalidArgument, tensorflow: "Cast string to \(dtype.name) is not supported",
                                                numpy: "could not convert string to float: '\(s)'")
                }
                return dtype == .float32 ? .float32(Float(d)) : .float64(d)
            case .int32, .int64, .uint8:
                guard let i = Int64(text.replacingUnderscores()) else {
                    throw TensorError.described(.invalidArgument, tensorflow: "Cast string to \(dtype.name) is not supported",
                                                numpy: "invalid literal for int() with base 10: '\(s)'")
                }
                switch dtype {
                case .int32: return .int32(Int32(truncatingIfNeeded: i))
                case .uint8: return .uint8(UInt8(truncatingIfNeeded: i))
                default: return .int64(i)
                }
            case .bool:
                return .bool(!s.isEmpty)
            case .string:
                return value
            }
        }
        if dtype == .string { return .string(value.description) }
        let t = try cast(Tensor(value), to: dtype)
        return try t.item()
    }

    /// Truncation toward zero with x86 `cvttsd2si` behaviour for NaN and
    /// out-of-range values.
    @inline(__always)
    static func floatToInt32(_ x: Double) -> Int32 {
        if x.isNaN || x <= -2147483649.0 || x >= 2147483648.0 { return Int32.min }
        return Int32(x.rounded(.towardZero))
    }

    @inline(__always)
    static func floatToInt64(_ x: Double) -> Int64 {
        if x.isNaN || x < -9223372036854775808.0 || x >= 9223372036854775808.0 { return Int64.min }
        return Int64(x.rounded(.towardZero))
    }

    /// Python's `float(str)` for the common forms (digits, exponent, `inf`, `nan`).
    static func parsePythonFloat(_ text: String) -> Double? {
        let t = text.replacingUnderscores().lowercased()
        switch t {
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        case "nan", "+nan", "-nan": return .nan
        default: break
        }
        guard !t.isEmpty, t.allSatisfy({ "0123456789.eE+-".contains($0) }) else { return nil }
        return Double(t)
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func replacingUnderscores() -> String {
        String(filter { $0 != "_" })
    }
}
