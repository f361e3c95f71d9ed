import Foundation

// Element-wise functions of one tensor.
//
// `sqrt`, negation, `abs`, `square` and rounding are exact, so they match TF
// and numpy bit for bit. The transcendental functions use the C library
// (`expf`, `exp`, ...) for numpy, which is correctly rounded in nearly all
// cases (numpy's SIMD loops use their own float32 approximations, which can
// differ in the last bit). The `.tensorflow` flavour computes as TF's CPU
// kernels do: Eigen's vectorised approximations (``EigenMath``) on whole
// packets, the C library on the elements left over at the end.

extension Kernels {
    @inline(__always)
    static func floatUnary(_ op: String, _ a: Tensor,
                           f32: (Float) -> Float, f64: (Double) -> Double) throws -> Tensor {
        switch a.storage {
        case let .float32(x): return Tensor(unchecked: a.shape, .float32(unaryMap(x, f32)))
        case let .float64(x): return Tensor(unchecked: a.shape, .float64(unaryMap(x, f64)))
        default: throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    /// A float op as TF's Eigen kernel evaluates it: whole packets (8 floats or 4 doubles, TF's
    /// AVX build) through the vectorised function, the elements left over at the end through the
    /// scalar one (the C library's), all with denormals flushed to zero.
    static func packetUnary(_ op: String, _ a: Tensor,
                            packet32: (Float) -> Float, scalar32: (Float) -> Float,
                            packet64: (Double) -> Double, scalar64: (Double) -> Double) throws -> Tensor {
        switch a.storage {
        case let .float32(x):
            let whole = x.count / 8 * 8
            let out = x.enumerated().map { i, v in
                i < whole ? packet32(v) : EigenMath.flush(scalar32(EigenMath.flush(v)))
            }
            return Tensor(unchecked: a.shape, .float32(out))
        case let .float64(x):
            let whole = x.count / 4 * 4
            let out = x.enumerated().map { i, v in
                i < whole ? packet64(v) : EigenMath.flush(scalar64(EigenMath.flush(v)))
            }
            return Tensor(unchecked: a.shape, .float64(out))
        default: throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    @inline(__always)
    static func numericUnary(_ op: String, _ a: Tensor,
                             f32: (Float) -> Float, f64: (Double) -> Double,
                             i32: (Int32) -> Int32, i64: (Int64) -> Int64, u8: (UInt8) -> UInt8) throws -> Tensor {
        switch a.storage {
        case let .float32(x): return Tensor(unchecked: a.shape, .float32(unaryMap(x, f32)))
        case let .float64(x): return Tensor(unchecked: a.shape, .float64(unaryMap(x, f64)))
        case let .int32(x): return Tensor(unchecked: a.shape, .int32(unaryMap(x, i32)))
        case let .int64(x): return Tensor(unchecked: a.shape, .int64(unaryMap(x, i64)))
        case let .uint8(x): return Tensor(unchecked: a.shape, .uint8(unaryMap(x, u8)))
        default: throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    @inline(__always)
    static func floatPredicate(_ op: String, _ a: Tensor,
                               f32: (Float) -> Bool, f64: (Double) -> Bool, other: Bool) throws -> Tensor {
        switch a.storage {
        case let .float32(x): return Tensor(unchecked: a.shape, .bool(unaryMap(x, f32)))
        case let .float64(x): return Tensor(unchecked: a.shape, .bool(unaryMap(x, f64)))
        case .int32, .int64, .uint8, .bool:
            return Tensor(unchecked: a.shape, .bool(Array(repeating: other, count: a.elementCount)))
        case .string: throw TensorError.unsupportedDType(op: op, dtype: a.dtype)
        }
    }

    /// `-a` (TF `Neg`); integers wrap.
    public static func negative(_ a: Tensor) throws -> Tensor {
        try numericUnary("Neg", a, f32: { -$0 }, f64: { -$0 }, i32: { 0 &- $0 }, i64: { 0 &- $0 }, u8: { 0 &- $0 })
    }

    /// `|a|` (TF `Abs`); the most negative integer stays itself, as in C.
    public static func abs(_ a: Tensor) throws -> Tensor {
        try numericUnary("Abs", a, f32: { Swift.abs($0) }, f64: { Swift.abs($0) },
                         i32: { $0 < 0 ? 0 &- $0 : $0 }, i64: { $0 < 0 ? 0 &- $0 : $0 }, u8: { $0 })
    }

    /// -1, 0 or 1 (numpy `sign`: zero gives +0, NaN stays NaN).
    public static func sign(_ a: Tensor) throws -> Tensor {
        try numericUnary("Sign", a, f32: signOf, f64: signOf,
                         i32: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }, i64: { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) },
                         u8: { $0 > 0 ? 1 : 0 })
    }

    /// `a * a` (TF `Square`).
    public static func square(_ a: Tensor) throws -> Tensor {
        try numericUnary("Square", a, f32: { $0 * $0 }, f64: { $0 * $0 },
                         i32: { $0 &* $0 }, i64: { $0 &* $0 }, u8: { $0 &* $0 })
    }

    /// `1 / a` (TF `Reciprocal`).
    /// `.tensorflow` float32: TF's kernel, a refined approximation on whole packets
    /// (``EigenMath/reciprocal(_:)``) and division on the elements left over.
    public static func reciprocal(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow, a.dtype == .float32 {
            return try packetUnary("Reciprocal", a, packet32: { EigenMath.reciprocal($0) }, scalar32: { 1 / $0 },
                                   packet64: { $0 }, scalar64: { $0 })
        }
        return try floatUnary("Reciprocal", a, f32: { 1 / $0 }, f64: { 1 / $0 })
    }

    /// Correctly rounded square root (TF `Sqrt`).
    public static func sqrt(_ a: Tensor) throws -> Tensor {
        try floatUnary("Sqrt", a, f32: { $0.squareRoot() }, f64: { $0.squareRoot() })
    }

    /// `1 / sqrt(a)` (TF `Rsqrt`).
    /// `.tensorflow` float32: TF's kernel, a refined approximation on whole packets
    /// (``EigenMath/rsqrt(_:)``) and `1 / sqrt` on the elements left over.
    public static func rsqrt(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow, a.dtype == .float32 {
            return try packetUnary("Rsqrt", a, packet32: { EigenMath.rsqrt($0) }, scalar32: { 1 / $0.squareRoot() },
                                   packet64: { $0 }, scalar64: { $0 })
        }
        return try floatUnary("Rsqrt", a, f32: { 1 / $0.squareRoot() }, f64: { 1 / $0.squareRoot() })
    }

    /// `e^a` (TF `Exp`).
    /// `.tensorflow`: TF's kernel (Eigen's approximation, ``EigenMath``); `.numpy`: the C library's.
    public static func exp(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Exp", a, packet32: { EigenMath.exp($0) }, scalar32: { Foundation.exp($0) },
                                   packet64: { EigenMath.exp($0) }, scalar64: { Foundation.exp($0) })
        }
        return try floatUnary("Exp", a, f32: { Foundation.exp($0) }, f64: { Foundation.exp($0) })
    }

    /// `e^a - 1` (TF `Expm1`). `.tensorflow`: Eigen's `generic_expm1` on packets.
    public static func expm1(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Expm1", a, packet32: { EigenMath.expm1($0) }, scalar32: { Foundation.expm1($0) },
                                   packet64: { EigenMath.expm1($0) }, scalar64: { Foundation.expm1($0) })
        }
        return try floatUnary("Expm1", a, f32: { Foundation.expm1($0) }, f64: { Foundation.expm1($0) })
    }

    /// Natural logarithm (TF `Log`).
    /// `.tensorflow`: TF's kernel (Eigen's approximation, ``EigenMath``); `.numpy`: the C library's.
    public static func log(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Log", a, packet32: { EigenMath.log($0) }, scalar32: { Foundation.log($0) },
                                   packet64: { EigenMath.log($0) }, scalar64: { Foundation.log($0) })
        }
        return try floatUnary("Log", a, f32: { Foundation.log($0) }, f64: { Foundation.log($0) })
    }

    /// `log(1 + a)` (TF `Log1p`). `.tensorflow`: Eigen's `generic_log1p` on packets.
    public static func log1p(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Log1p", a, packet32: { EigenMath.log1p($0) }, scalar32: { Foundation.log1p($0) },
                                   packet64: { EigenMath.log1p($0) }, scalar64: { Foundation.log1p($0) })
        }
        return try floatUnary("Log1p", a, f32: { Foundation.log1p($0) }, f64: { Foundation.log1p($0) })
    }

    /// Sine (TF `Sin`). `.tensorflow` float32: Eigen's `psin_float` on packets (TF's AVX build has
    /// no double packet sine).
    public static func sin(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Sin", a, packet32: { EigenMath.sin($0) }, scalar32: { Foundation.sin($0) },
                                   packet64: { Foundation.sin($0) }, scalar64: { Foundation.sin($0) })
        }
        return try floatUnary("Sin", a, f32: { Foundation.sin($0) }, f64: { Foundation.sin($0) })
    }

    /// Cosine (TF `Cos`), as ``sin(_:flavor:)``.
    public static func cos(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Cos", a, packet32: { EigenMath.cos($0) }, scalar32: { Foundation.cos($0) },
                                   packet64: { Foundation.cos($0) }, scalar64: { Foundation.cos($0) })
        }
        return try floatUnary("Cos", a, f32: { Foundation.cos($0) }, f64: { Foundation.cos($0) })
    }

    /// Tangent (TF `Tan`): the C library's for TF too (Eigen has no packet tangent).
    public static func tan(_ a: Tensor) throws -> Tensor {
        try packetUnary("Tan", a, packet32: { Foundation.tan($0) }, scalar32: { Foundation.tan($0) },
                        packet64: { Foundation.tan($0) }, scalar64: { Foundation.tan($0) })
    }

    /// Hyperbolic sine (TF `Sinh`): the C library's, as TF's kernel (no packet form).
    public static func sinh(_ a: Tensor) throws -> Tensor {
        try packetUnary("Sinh", a, packet32: { Foundation.sinh($0) }, scalar32: { Foundation.sinh($0) },
                        packet64: { Foundation.sinh($0) }, scalar64: { Foundation.sinh($0) })
    }

    /// Hyperbolic cosine (TF `Cosh`), as ``sinh(_:)``.
    public static func cosh(_ a: Tensor) throws -> Tensor {
        try packetUnary("Cosh", a, packet32: { Foundation.cosh($0) }, scalar32: { Foundation.cosh($0) },
                        packet64: { Foundation.cosh($0) }, scalar64: { Foundation.cosh($0) })
    }

    /// Arc tangent (TF `Atan`). `.tensorflow`: Eigen's `generic_atan` on packets.
    public static func atan(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Atan", a, packet32: { EigenMath.atan($0) }, scalar32: { Foundation.atan($0) },
                                   packet64: { EigenMath.atan($0) }, scalar64: { Foundation.atan($0) })
        }
        return try floatUnary("Atan", a, f32: { Foundation.atan($0) }, f64: { Foundation.atan($0) })
    }

    /// Arc sine (TF `Asin`). `.tensorflow` float32: Eigen's `pasin_float` on packets (no double form).
    public static func asin(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Asin", a, packet32: { EigenMath.asin($0) }, scalar32: { Foundation.asin($0) },
                                   packet64: { Foundation.asin($0) }, scalar64: { Foundation.asin($0) })
        }
        return try floatUnary("Asin", a, f32: { Foundation.asin($0) }, f64: { Foundation.asin($0) })
    }

    /// Arc cosine (TF `Acos`), as ``asin(_:flavor:)`` with Eigen's `pacos_float`.
    public static func acos(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            return try packetUnary("Acos", a, packet32: { EigenMath.acos($0) }, scalar32: { Foundation.acos($0) },
                                   packet64: { Foundation.acos($0) }, scalar64: { Foundation.acos($0) })
        }
        return try floatUnary("Acos", a, f32: { Foundation.acos($0) }, f64: { Foundation.acos($0) })
    }

    /// The error function (TF `Erf`): Eigen's rational approximation, on packets and single
    /// elements alike.
    public static func erf(_ a: Tensor) throws -> Tensor {
        try packetUnary("Erf", a, packet32: { EigenMath.erf($0) }, scalar32: { EigenMath.erf($0) },
                        packet64: { EigenMath.erf($0) }, scalar64: { EigenMath.erf($0, packet: false) })
    }

    /// The complementary error function (TF `Erfc`): Eigen's approximation, whose large-x branch
    /// differs on packets and single elements (``EigenMath/erfc(_:packet:)``).
    public static func erfc(_ a: Tensor) throws -> Tensor {
        try packetUnary("Erfc", a, packet32: { EigenMath.erfc($0) }, scalar32: { EigenMath.erfc($0, packet: false) },
                        packet64: { EigenMath.erfc($0) }, scalar64: { EigenMath.erfc($0, packet: false) })
    }

    /// Hyperbolic tangent (TF `Tanh`). `.tensorflow`: TF's kernel, Eigen's fast-math rational
    /// function (``EigenMath/tanh(_:)-(Float)``) on every float, and on double packets.
    public static func tanh(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            if a.dtype == .float64 {
                return try packetUnary("Tanh", a, packet32: { $0 }, scalar32: { $0 },
                                       packet64: { EigenMath.tanh($0) }, scalar64: { Foundation.tanh($0) })
            }
            return try floatUnary("Tanh", a, f32: { EigenMath.tanh($0) }, f64: { Foundation.tanh($0) })
        }
        return try floatUnary("Tanh", a, f32: { Foundation.tanh($0) }, f64: { Foundation.tanh($0) })
    }

    /// `1 / (1 + e^-a)` (TF `Sigmoid`). `.tensorflow` float32: TF's kernel (``EigenMath/sigmoid(_:)``).
    public static func sigmoid(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow, a.dtype == .float32 {
            // TF's float kernel: Eigen's logistic functor on packets, its scalar form at the end.
            return try packetUnary("Sigmoid", a, packet32: { EigenMath.sigmoid($0) }, scalar32: { EigenMath.sigmoidScalar($0) },
                                   packet64: { $0 }, scalar64: { $0 })
        }
        if flavor == .tensorflow, a.dtype == .float64 {
            return try packetUnary("Sigmoid", a, packet32: { $0 }, scalar32: { $0 },
                                   packet64: { EigenMath.sigmoid($0) }, scalar64: { EigenMath.sigmoid($0, packet: false) })
        }
        return try floatUnary("Sigmoid", a, f32: { 1 / (1 + Foundation.exp(-$0)) }, f64: { 1 / (1 + Foundation.exp(-$0)) })
    }

    /// `log(1 + e^a)` computed without overflow (TF `Softplus`). `.tensorflow`: TF's kernel, x above
    /// -(log(ε) + 2), e^x below log(ε) + 2, log1p(e^x) between, with Eigen's exp and log1p on packets.
    public static func softplus(_ a: Tensor, flavor: Flavor = .numpy) throws -> Tensor {
        if flavor == .tensorflow {
            let t32 = Foundation.log(Float.ulpOfOne) + 2, t64 = Foundation.log(Double.ulpOfOne) + 2
            return try packetUnary("Softplus", a,
                                   packet32: { x in
                                       let f = EigenMath.flush(x)
                                       return f > -t32 ? x : (f < t32 ? EigenMath.exp(x) : EigenMath.log1p(EigenMath.exp(x)))
                                   },
                                   scalar32: { x in x > -t32 ? x : (x < t32 ? Foundation.exp(x) : Foundation.log1p(Foundation.exp(x))) },
                                   packet64: { x in
                                       let f = EigenMath.flush(x)
                                       return f > -t64 ? x : (f < t64 ? EigenMath.exp(x) : EigenMath.log1p(EigenMath.exp(x)))
                                   },
                                   scalar64: { x in x > -t64 ? x : (x < t64 ? Foundation.exp(x) : Foundation.log1p(Foundation.exp(x))) })
        }
        return try floatUnary("Softplus", a,
                       f32: { $0 > 0 ? $0 + Foundation.log1p(Foundation.exp(-$0)) : Foundation.log1p(Foundation.exp($0)) },
                       f64: { $0 > 0 ? $0 + Foundation.log1p(Foundation.exp(-$0)) : Foundation.log1p(Foundation.exp($0)) })
    }

    /// `max(a, 0)` (TF `Relu`); NaN stays NaN, as `std::max(x, 0)` gives.
    public static func relu(_ a: Tensor) throws -> Tensor {
        try numericUnary("Relu", a, f32: { $0 < 0 ? 0 : $0 }, f64: { $0 < 0 ? 0 : $0 },
                         i32: { Swift.max($0, 0) }, i64: { Swift.max($0, 0) }, u8: { $0 })
    }

    /// `min(max(a, 0), 6)` (TF `Relu6`).
    public static func relu6(_ a: Tensor) throws -> Tensor {
        try numericUnary("Relu6", a, f32: { $0 < 0 ? 0 : ($0 > 6 ? 6 : $0) }, f64: { $0 < 0 ? 0 : ($0 > 6 ? 6 : $0) },
                         i32: { Swift.min(Swift.max($0, 0), 6) }, i64: { Swift.min(Swift.max($0, 0), 6) },
                         u8: { Swift.min($0, 6) })
    }

    public static func floor(_ a: Tensor) throws -> Tensor {
        try floatUnary("Floor", a, f32: { $0.rounded(.down) }, f64: { $0.rounded(.down) })
    }

    public static func ceil(_ a: Tensor) throws -> Tensor {
        try floatUnary("Ceil", a, f32: { $0.rounded(.up) }, f64: { $0.rounded(.up) })
    }

    /// Round half to even (TF `Round`, numpy `rint`); integers unchanged.
    public static func round(_ a: Tensor) throws -> Tensor {
        try numericUnary("Round", a, f32: { $0.rounded(.toNearestOrEven) }, f64: { $0.rounded(.toNearestOrEven) },
                         i32: { $0 }, i64: { $0 }, u8: { $0 })
    }

    /// numpy's `np.round(a, decimals)` (`PyArray_Round`): multiply by
    /// `10**decimals` in the array's dtype, `rint`, divide back (for negative
    /// `decimals`: divide, `rint`, multiply). Integer arrays with
    /// `decimals >= 0` are returned unchanged.
    public static func numpyRound(_ a: Tensor, decimals: Int = 0) throws -> Tensor {
        if !a.dtype.isFloating {
            if decimals >= 0, a.dtype.isInteger || a.dtype == .bool { return a }
            guard a.dtype.isInteger else { throw TensorError.unsupportedDType(op: "round", dtype: a.dtype) }
            // Negative decimals on integers: computed in float64, cast back.
            let f = try numpyRound(Conversion.cast(a, to: .float64), decimals: decimals)
            return try Conversion.cast(f, to: a.dtype)
        }
        let p = powerOfTen(Swift.abs(decimals))
        if decimals >= 0 {
            return try floatUnary("round", a,
                                  f32: { let f = Float(p); return ($0 * f).rounded(.toNearestOrEven) / f },
                                  f64: { ($0 * p).rounded(.toNearestOrEven) / p })
        }
        return try floatUnary("round", a,
                              f32: { let f = Float(p); return ($0 / f).rounded(.toNearestOrEven) * f },
                              f64: { ($0 / p).rounded(.toNearestOrEven) * p })
    }

    /// numpy's `power_of_ten` (multiarray/calculation.c).
    static func powerOfTen(_ n: Int) -> Double {
        let p10: [Double] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8]
        if n < 9 { return p10[Swift.max(0, n)] }
        var ret = 1e9
        var k = n
        while k > 9 {
            ret *= 10
            k -= 1
        }
        return ret
    }

    /// `isnan` (integers: all false).
    public static func isNaN(_ a: Tensor) throws -> Tensor {
        try floatPredicate("IsNan", a, f32: { $0.isNaN }, f64: { $0.isNaN }, other: false)
    }

    /// `isinf` (integers: all false).
    public static func isInf(_ a: Tensor) throws -> Tensor {
        try floatPredicate("IsInf", a, f32: { $0.isInfinite }, f64: { $0.isInfinite }, other: false)
    }

    /// `isfinite` (integers: all true).
    public static func isFinite(_ a: Tensor) throws -> Tensor {
        try floatPredicate("IsFinite", a, f32: { $0.isFinite }, f64: { $0.isFinite }, other: true)
    }
}

@inline(__always)
func signOf<T: BinaryFloatingPoint>(_ x: T) -> T {
    if x > 0 { return 1 }
    if x < 0 { return -1 }
    if x == 0 { return 0 }
    return x
}
