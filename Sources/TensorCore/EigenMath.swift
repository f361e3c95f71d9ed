import Foundation
#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// `exp` and `log` as TF's CPU kernels compute them: Eigen's vectorised approximations
/// (GenericPacketMathFunctions: a polynomial for float `exp`, rational functions for the others),
/// evaluated in the element type with each multiply-add rounded twice, as TF's x86 build (without
/// FMA) does. They differ from the C library in the last bit for roughly one value in six, which
/// shows in printed float32 results; `Kernels.exp`/`log` use them for the `.tensorflow` flavour,
/// for the elements TF's kernel computes in whole vector packets.
/// TF runs its kernels with denormals flushed to zero: a subnormal input counts as zero and a
/// subnormal result is zero.
public enum EigenMath {
    @inline(__always) public static func flush(_ x: Float) -> Float { x.isSubnormal ? Float(sign: x.sign, exponent: 0, significand: 0) : x }
    @inline(__always) public static func flush(_ x: Double) -> Double { x.isSubnormal ? Double(sign: x.sign, exponent: 0, significand: 0) : x }

    @inline(__always) static func madd(_ a: Float, _ b: Float, _ c: Float) -> Float { a * b + c }
    @inline(__always) static func madd(_ a: Double, _ b: Double, _ c: Double) -> Double { a * b + c }
    @inline(__always) static func flush<T: BinaryFloatingPoint>(_ x: T) -> T {
        x.isSubnormal ? T(signOf: x, magnitudeOf: 0) : x
    }

    /// `std::min` and `std::max` (Eigen's `pmin`/`pmax` on x86): the first argument when either is NaN.
    @inline(__always) static func pmin<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T { b < a ? b : a }
    @inline(__always) static func pmax<T: BinaryFloatingPoint>(_ a: T, _ b: T) -> T { a < b ? b : a }

    /// Horner's rule from the highest coefficient, each step a multiply-add rounded twice
    /// (Eigen's `ppolevl`).
    @inline(__always) static func horner(_ x: Double, _ c: [Double]) -> Double {
        var p = c[0]
        for k in c.dropFirst() { p = madd(p, x, k) }
        return p
    }

    /// Eigen's `pexp_float`: exp(x) = 2^m * exp(r) with a degree-6 polynomial for exp(r).
    public static func exp(_ value: Float) -> Float {
        let input = flush(value)
        if input.isNaN { return input }
        if input < -104 { return 0 }
        let x = Swift.min(input, 88.723)
        let m = madd(x, 1.44269504088896341, 0.5).rounded(.down)
        var r = madd(m, -0.693359375, x)
        r = madd(m, 2.12194440e-4, r)
        let r2 = r * r
        var pEven = madd(r2, 1.37449637986719608306884765625e-3, 4.166965186595916748046875e-2)
        let pOdd = madd(r2, 8.36894474923610687255859375e-3, 0.16666518151760101318359375)
        pEven = madd(r2, pEven, 0.49999988079071044921875)
        let pLow = r + 1
        var y = madd(r, pOdd, pEven)
        y = madd(r2, y, pLow)
        return flush(Swift.max(Foundation.scalbn(y, Int(m)), input))
    }

    /// Eigen's float `scalar_logistic_op` on a packet: exp(x) by halving x, a degree-5
    /// polynomial and squaring, then e / (1 + e).
    public static func sigmoid(_ value: Float) -> Float {
        let input = flush(value)
        if input.isNaN { return input }
        if input < -104 { return 0 }
        var x = Swift.min(input, 16.6355324)
        x = x * 0.5
        let m = madd(x, 1.44269504088896341, 0.5).rounded(.down)
        var r = madd(m, -0.693359375, x)
        r = madd(m, 2.12194440e-4, r)
        let r2 = r * r
        let pEven = madd(r2, 4.1898667812347412109375e-2, 0.49999141693115234375)
        let pOdd = madd(r2, 8.33471305668354034423828125e-3, 0.16666877269744873046875)
        let pLow = r + 1
        var p = madd(r, pOdd, pEven)
        p = madd(r2, p, pLow)
        var e = Foundation.scalbn(p, Int(m))
        e = e * e
        return flush(e / (1 + e))
    }

    /// Eigen's `ptanh_float` (its fast-math form, on packets and single elements alike): x clamped
    /// to ±7.90738964080810547, where the result is exactly ±1, then a 9/8-degree rational
    /// function of x, (x³·P(x²) + x) / Q(x²).
    public static func tanh(_ value: Float) -> Float {
        let input = flush(value)
        if input.isNaN { return input }
        let x = Swift.min(Swift.max(input, -7.90738964080810547), 7.90738964080810547)
        let x2 = x * x
        let x3 = x2 * x
        var p: Float = 1.394553628e-8
        p = madd(x2, p, 2.102733560e-5)
        p = madd(x2, p, 3.520756727e-3)
        p = madd(x2, p, 1.340216100e-1)
        var q: Float = 8.015776984e-7
        q = madd(x2, q, 3.326951409e-4)
        q = madd(x2, q, 2.597254514e-2)
        q = madd(x2, q, 4.673548340e-1)
        q = madd(x2, q, 1)
        return flush(madd(x3, p, x) / q)
    }

    /// The processor's approximate reciprocal square root (x86 RSQRTSS); the exact one elsewhere.
    @inline(__always) static func approximateRsqrt(_ x: Float) -> Float {
        #if arch(x86_64)
        return _mm_cvtss_f32(_mm_rsqrt_ss(_mm_set_ss(x)))
        #else
        return 1 / x.squareRoot()
        #endif
    }

    /// Eigen's float `prsqrt` on a packet: the processor's approximation s refined by one Newton
    /// step, h = (a·s)·s - 1, s + (-s/2)·h; where that is NaN, the approximation.
    public static func rsqrt(_ value: Float) -> Float {
        let a = flush(value)
        let s = approximateRsqrt(a)
        let h = madd(a * s, s, -1)
        let refined = madd(s * -0.5, h, s)
        return flush(refined.isNaN ? s : refined)
    }

    /// Eigen's `ptanh_double` (EIGEN_FAST_MATH, on double packets only): x clamped to
    /// ±17.714196154005176, where the result is exactly ±1, then a 19/18-degree rational function.
    public static func tanh(_ value: Double) -> Double {
        let x = pmax(pmin(flush(value), 17.714196154005176), -17.714196154005176)
        let x2 = x * x, x3 = x2 * x
        let p = horner(x2, [2.6158007860482230e-23, 7.6534862268749319e-19, 3.1309488231386680e-15,
                            4.2303918148209176e-12, 2.4618379131293676e-09, 6.8644367682497074e-07,
                            9.3839087674268880e-05, 5.9809711724441161e-03, 1.5184719640284322e-01])
        let q = horner(x2, [6.463747022670968018e-21, 5.782506856739003571e-17, 1.293019623712687916e-13,
                            1.123643448069621992e-10, 4.492975677839633985e-08, 8.785185266237658698e-06,
                            8.295161192716231542e-04, 3.437448108450402717e-02, 4.851805297361760360e-01, 1.0])
        return flush(madd(x3, p, x) / q)
    }

    /// Eigen's generic `scalar_logistic_op` (double): e / (1 + e) with e = exp(x), 1 where e is
    /// infinite. `packet`: Eigen's exp, else the C library's (the end of a tensor).
    public static func sigmoid(_ value: Double, packet: Bool = true) -> Double {
        let e = packet ? exp(value) : flush(Foundation.exp(flush(value)))
        if e == .infinity { return 1 }
        return flush(e / (1 + e))
    }

    /// The same functor on one element (the end of a tensor): the C library's exp.
    public static func sigmoidScalar(_ value: Float) -> Float {
        let input = flush(value)
        let e = flush(Foundation.exp(Swift.min(input, 16.6355324)))
        return flush(e / (1 + e))
    }

    /// Eigen's `pexp_double`: a rational approximation after the same range reduction.
    public static func exp(_ value: Double) -> Double {
        let input = flush(value)
        if input.isNaN { return input }
        if input < -709.784 { return 0 }
        var x = Swift.min(input, 709.784)
        let fx = madd(1.4426950408889634073599, x, 0.5).rounded(.down)
        let tmp = fx * 0.693145751953125
        let z = fx * 1.42860682030941723212e-6
        x = x - tmp
        x = x - z
        let x2 = x * x
        var px = 1.26177193074810590878e-4
        px = madd(px, x2, 3.02994407707441961300e-2)
        px = madd(px, x2, 9.99999999999999999910e-1)
        px = px * x
        var qx = 3.00198505138664455042e-6
        qx = madd(qx, x2, 2.52448340349684104192e-3)
        qx = madd(qx, x2, 2.27265548208155028766e-1)
        qx = madd(qx, x2, 2.00000000000000000009e0)
        x = px / (qx - px)
        x = madd(2, x, 1)
        return flush(Swift.max(Foundation.scalbn(x, Int(fx)), input))
    }

    /// The start of Eigen's `plog`: the special values (NaN for negatives, -inf for zero, +inf),
    /// else the exponent `e` and the mantissa shifted from [0.5, 1) to [sqrt(1/2), sqrt(2)) less 1.
    static func logReduce<T: BinaryFloatingPoint>(_ input: T) -> (special: T?, e: T, x: T) {
        if input.isNaN || input < 0 { return (.nan, 0, 0) }
        if input == 0 { return (-.infinity, 0, 0) }
        if input == .infinity { return (.infinity, 0, 0) }
        // frexp: the mantissa in [0.5, 1).
        var e = T(input.exponent + 1)
        var x = T(sign: .plus, exponent: -1, significand: input.significand)
        // sqrt(1/2), rounded from the decimal to the element type directly.
        let half: T = T.self == Float.self ? T(Float(0.707106781186547524)) : T(0.70710678118654752440)
        let small = x < half
        let tmp: T = small ? x : 0
        x = x - 1
        e = e - (small ? 1 : 0)
        x = x + tmp
        return (nil, e, x)
    }

    /// Eigen's `plog_float`: the mantissa shifted to [sqrt(1/2), sqrt(2)) and a (3, 3) rational
    /// approximation of log(1 + x).
    public static func log(_ value: Float) -> Float {
        let (special, e, reduced) = logReduce(flush(value))
        if let special { return special }
        var x = reduced
        var p = madd(x, 0.18256296349849254, 1.0000000190281063)
        p = madd(x, p, 1.0000000190281136)
        p = x * p
        var q = madd(x, 0.049616247954120038, 0.59923249590823520)
        q = madd(x, q, 1.4999999999999927)
        q = madd(x, q, 1)
        x = p / q
        return madd(e, 0.693147180559945309417232121458, x)
    }

    /// Eigen's `plog_double`: Cephes' log(1 + x) = x - x²/2 + x³ P(x) / Q(x).
    public static func log(_ value: Double) -> Double {
        let (special, e, reduced) = logReduce(flush(value))
        if let special { return special }
        var x = reduced
        let x2 = x * x
        let x3 = x2 * x
        var y = madd(1.01875663804580931796E-4, x, 4.97494994976747001425E-1)
        var y1 = madd(1.44989225341610930846E1, x, 1.79368678507819816313E1)
        y = madd(y, x, 4.70579119878881725854E0)
        y1 = madd(y1, x, 7.70838733755885391666E0)
        var yNum = madd(y, x3, y1)
        y = madd(1.0, x, 1.12873587189167450590E1)
        y1 = madd(8.29875266912776603211E1, x, 7.11544750618563894466E1)
        y = madd(y, x, 4.52279145837532221105E1)
        y1 = madd(y1, x, 2.31251620126765340583E1)
        y = madd(y, x3, y1)
        yNum = yNum * x3
        y = yNum / y
        y = madd(-0.5, x2, y)
        x = x + y
        return madd(e, 0.693147180559945286226764, x)
    }
}
