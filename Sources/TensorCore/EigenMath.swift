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

    /// The processor's approximate reciprocal (x86 RCPSS, about 12 bits), which Eigen refines; the
    /// exact one elsewhere.
    @inline(__always) static func approximateReciprocal(_ x: Float) -> Float {
        #if arch(x86_64)
        return _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(x)))
        #else
        return 1 / x
        #endif
    }

    /// The processor's approximate reciprocal square root (x86 RSQRTSS); the exact one elsewhere.
    @inline(__always) static func approximateRsqrt(_ x: Float) -> Float {
        #if arch(x86_64)
        return _mm_cvtss_f32(_mm_rsqrt_ss(_mm_set_ss(x)))
        #else
        return 1 / x.squareRoot()
        #endif
    }

    /// Eigen's float `preciprocal` on a packet: the processor's approximation refined by one
    /// Newton step, t = 1 - a·x, then x·t + x; where t is NaN (a is ±0 or ±∞), the approximation.
    /// The approximation is the processor's own, so (as in TF) results can differ between CPU makers.
    public static func reciprocal(_ value: Float) -> Float {
        let a = flush(value)
        let x = approximateReciprocal(a)
        let t = 1 - a * x
        return flush(t.isNaN ? x : madd(x, t, x))
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

    /// Eigen's float `psin_float`/`pcos_float`: x reduced by the nearest multiple of π/2 (π/2 in
    /// four parts, for TF's build without FMA), then a degree-8 polynomial for cos or a degree-7
    /// one for sin on [-π/4, π/4], the quadrant choosing which and the sign. Arguments from 25966
    /// (sin) or 18838 (cos) up are reduced exactly (``trigReduceHuge(_:)``).
    public static func sinCos(_ value: Float, sine: Bool) -> Float {
        let input = flush(value)
        if !input.isFinite { return .nan }
        var x = Swift.abs(input)
        var yInt: Int32
        if x >= (sine ? 25966 : 18838) {
            (x, yInt) = trigReduceHuge(x)
        } else {
            let yRound = x * 0.636619746685028076171875 + 12582912
            yInt = Int32(bitPattern: yRound.bitPattern)
            let y = yRound - 12582912
            x = madd(y, -1.5703125, x)
            x = madd(y, -0.000483989715576171875, x)
            x = madd(y, 1.62865035235881805419921875e-07, x)
            x = madd(y, 5.5644315544167710640977020375430583953857421875e-11, x)
        }
        let x2 = x * x
        var cosine: Float = 2.4372266125283204019069671630859375e-05
        cosine = madd(cosine, x2, -0.00138865201734006404876708984375)
        cosine = madd(cosine, x2, 0.041666619479656219482421875)
        cosine = madd(cosine, x2, -0.5)
        cosine = madd(cosine, x2, 1)
        var sinus: Float = -0.0001959234114083702898469196984621021329076029360294342041015625
        sinus = madd(sinus, x2, 0.0083326873655616851693794799871284340042620897293090820312500000)
        sinus = madd(sinus, x2, -0.1666666203982298255503735617821803316473960876464843750000000000)
        sinus = sinus * x2
        sinus = madd(sinus, x, x)
        let even = yInt & 1 == 0
        let signBit: UInt32
        let result: Float
        if sine {
            signBit = (input.bitPattern ^ UInt32(bitPattern: yInt << 30)) & 0x8000_0000
            result = even ? sinus : cosine
        } else {
            signBit = UInt32(bitPattern: (yInt &+ 1) << 30) & 0x8000_0000
            result = even ? cosine : sinus
        }
        return flush(Float(bitPattern: result.bitPattern ^ signBit))
    }

    /// 2/π's bits, 32 at a time at every 8th bit (the last ones cut to zero), as Eigen keeps them.
    private static let twoOverPi: [UInt32] = [
        0x0000_0028, 0x0000_28be, 0x0028_be60, 0x28be_60db, 0xbe60_db93, 0x60db_9391, 0xdb93_9105, 0x9391_054a,
        0x9105_4a7f, 0x054a_7f09, 0x4a7f_09d5, 0x7f09_d5f4, 0x09d5_f47d, 0xd5f4_7d4d, 0xf47d_4d37, 0x7d4d_3770,
        0x4d37_7036, 0x3770_36d8, 0x7036_d8a5, 0x36d8_a566, 0xd8a5_664f, 0xa566_4f10, 0x664f_10e4, 0x4f10_e410,
        0x10e4_1000, 0xe410_0000,
    ]

    /// Eigen's `trig_reduce_huge` (Payne-Hanek): a finite x ≥ 2^14 times 2/π in 2.62 fixed point,
    /// rounded to the quadrant q; the remainder times π/2 in double, then float.
    static func trigReduceHuge(_ x: Float) -> (Float, Int32) {
        var xi = x.bitPattern
        let e = (xi >> 23) &- 118
        xi = ((xi & 0x007f_ffff) | 0x0080_0000) << (e & 7)
        let i = Int(e >> 3)
        guard i >= 1, i + 7 < twoOverPi.count else { return (x, 0) }
        var p = UInt64(xi) * UInt64(twoOverPi[i + 7])
        p = UInt64(xi) * UInt64(twoOverPi[i + 3]) &+ (p >> 32)
        p = (UInt64(xi &* twoOverPi[i - 1]) << 32) &+ p
        let q = (p &+ (1 << 61)) >> 62
        p = p &- (q << 62)
        return (Float(Double(Int64(bitPattern: p)) * 3.4061215800865545e-19), Int32(truncatingIfNeeded: q))
    }

    // MARK: pow (Eigen's generic_pow for float, TF's Pow kernel on packets)

    /// x·y as a double word: the rounded product and its exact remainder.
    @inline(__always) static func twoProduct(_ x: Float, _ y: Float) -> (Float, Float) {
        let hi = x * y
        return (hi, Float(Double(x) * Double(y) - Double(hi)))
    }

    /// x + y as a double word, for |x| ≥ |y|.
    @inline(__always) static func fastTwoSum(_ x: Float, _ y: Float) -> (Float, Float) {
        let s = x + y
        return (s, y - (s - x))
    }

    /// A double word times a float (Muller's algorithm 7).
    @inline(__always) static func twoProduct(_ xHi: Float, _ xLo: Float, _ y: Float) -> (Float, Float) {
        let (cHi, cLo1) = twoProduct(xHi, y)
        let (tHi, tLo1) = fastTwoSum(cHi, xLo * y)
        return fastTwoSum(tHi, tLo1 + cLo1)
    }

    /// The sum of two double words, the first the larger.
    @inline(__always) static func fastTwoSum(_ xHi: Float, _ xLo: Float, _ yHi: Float, _ yLo: Float) -> (Float, Float) {
        let (rHi, rLo) = fastTwoSum(xHi, yHi)
        return fastTwoSum(rHi, (yLo + rLo) + xLo)
    }

    /// Eigen's float `accurate_log2` of m in [1/√2, √2] as a double word: a degree-10 polynomial
    /// in x = m - 1, its last two steps and the final product by x in double-word arithmetic.
    static func accurateLog2(_ m: Float) -> (Float, Float) {
        let c0: Double = 1.442695041742110273474963832995854318141937255859375e+00
        let c1: Double = -7.2134751588268664068692714863573201000690460205078125e-01
        let c0Hi = Float(c0), c0Lo = Float(c0 - Double(Float(c0)))
        let c1Hi = Float(c1), c1Lo = Float(c1 - Double(Float(c1)))
        let x = m - 1
        var p: Float = 9.7010828554630279541015625e-02
        for c: Float in [-1.6896486282348632812500000e-01, 1.7200836539268493652343750e-01, -1.7892272770404815673828125e-01,
                         2.0505344867706298828125000e-01, -2.4046677350997924804687500e-01, 2.8857553005218505859375000e-01,
                         -3.6067414283752441406250000e-01, 4.8089790344238281250000000e-01] {
            p = madd(p, x, c)
        }
        var (hi, lo) = twoProduct(x, p)
        (hi, lo) = fastTwoSum(c1Hi, c1Lo, hi, lo)
        (hi, lo) = twoProduct(hi, lo, x)
        (hi, lo) = fastTwoSum(c0Hi, c0Lo, hi, lo)
        return twoProduct(hi, lo, x)
    }

    /// 2^r for r in [-1/2, 1/2]: exp of the double-word product ln2·r, its low part as a factor.
    static func exp2Small(_ r: Float) -> Float {
        let x = Swift.min(Swift.max(r, -151), 129)
        let (hi, lo) = twoProduct(0.693147180559945309417232121458, x)
        return exp(hi) * (1 + lo)
    }

    /// Eigen's `generic_pow` for float on a packet (TF's Pow kernel): x^y = 2^(y·log2 x) with the
    /// logarithm and the product in double-word arithmetic, then C's special cases.
    public static func pow(_ xValue: Float, _ yValue: Float) -> Float {
        let x = flush(xValue), y = flush(yValue)
        if y == 1 { return x }
        if x == 1 || y == 0 { return 1 }
        if x.isNaN || y.isNaN { return .nan }
        let absX = Swift.abs(x), absY = Swift.abs(y)
        let yIsInt = y.rounded(.down) == y && !absY.isInfinite
        let yIsOddInt = yIsInt && (y * 0.5).rounded(.toNearestOrAwayFromZero) != y * 0.5
        if absX.isInfinite {
            let positive: Float = y < 0 ? 0 : .infinity
            return x < 0 && yIsOddInt ? -positive : positive
        }
        // The smallest |y| for which (1 + ε)^y overflows: (128·ln 2) / ε.
        if absY >= Float(128 * 0.693147180559945309417232121458) / Float.ulpOfOne {
            if x == -1 { return 1 }
            return (y < 0) != (absX > 1) ? .infinity : 0
        }
        if x == 0 {
            let magnitude: Float = y < 0 ? .infinity : 0
            return x.sign == .minus && yIsOddInt ? -magnitude : magnitude
        }
        if x < 0 && !yIsInt { return .nan }
        // The power of |x|: its exponent and mantissa (moved into [1/√2, √2]).
        var e = Float(absX.exponent + 1)
        var m = absX.significand * 0.5
        if m < 0.70710678118654752440 {
            m = 2 * m
            e -= 1
        }
        let (rHi, rLo) = accurateLog2(m)
        let (f1Hi, f1Lo) = twoProduct(e, y)
        let (f2Hi, f2Lo) = twoProduct(rHi, rLo, y)
        let (fHi, fLo) = fastTwoSum(f1Hi, f1Lo, f2Hi, f2Lo)
        var n = fHi.rounded(.toNearestOrAwayFromZero)
        var r = (fHi - n) + fLo
        let nR = r.rounded(.toNearestOrAwayFromZero)
        r = r - nR
        n = n + nR
        var result = flush(Foundation.scalbn(exp2Small(r), Int(Swift.max(Swift.min(n, 1000), -1000))))
        if x.sign == .minus && yIsOddInt { result = -result }
        return result
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

    /// Eigen's float `plog1p` (Kahan's formula): with u = x + 1, x itself where u is 1 or its log
    /// is u (infinite), else x · (log u / (u - 1)), with the log above.
    public static func log1p(_ value: Float) -> Float {
        let x = flush(value)
        let u = x + 1
        if u == 1 { return x }
        let logU = log(u)
        if logU == u { return x }
        return flush(x * (logU / (u - 1)))
    }

    /// TF's float softplus kernel on a packet: x above -t (t = log(ε) + 2, where softplus(x) is x
    /// to within ε), exp(x) below t, log1p(exp(x)) between, with the exp and log1p above.
    public static func softplus(_ value: Float) -> Float {
        let x = flush(value)
        if x > -softplusThreshold { return x }
        let e = exp(x)
        return x < softplusThreshold ? e : log1p(e)
    }

    /// The same kernel on one element (the end of a tensor): the C library's exp and log1p.
    public static func softplusScalar(_ value: Float) -> Float {
        let x = flush(value)
        if x > -softplusThreshold { return x }
        let e = flush(Foundation.exp(x))
        return flush(x < softplusThreshold ? e : Foundation.log1p(e))
    }

    /// log(ε) + 2 for float32, as TF's softplus kernel computes it.
    static let softplusThreshold: Float = Foundation.log(Float.ulpOfOne) + 2

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
