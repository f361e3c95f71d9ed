import Foundation

/// Double-word arithmetic as Eigen's `generic_pow` uses it (GenericPacketMathFunctions.h): a value
/// as the unevaluated sum hi + lo of two floats or two doubles. TF's x86 build has no FMA, so
/// Eigen forms exact products with Dekker's splitting; the exact low part is the same number as
/// the fused multiply-add computes here.
enum DoubleWord<T: BinaryFloatingPoint> {
    /// x + y = s + e exactly, when |x| >= |y|.
    @inline(__always) static func fastTwoSum(_ x: T, _ y: T) -> (T, T) {
        let s = x + y
        return (s, y - (s - x))
    }

    /// x · y = p + e exactly.
    @inline(__always) static func twoProd(_ x: T, _ y: T) -> (T, T) {
        let p = x * y
        return (p, (-p).addingProduct(x, y))
    }

    /// (xh + xl) · y (Muller's algorithm 7).
    @inline(__always) static func twoProd(_ x: (T, T), _ y: T) -> (T, T) {
        let (cHi, cLo1) = twoProd(x.0, y)
        let cLo2 = x.1 * y
        let (tHi, tLo1) = fastTwoSum(cHi, cLo2)
        return fastTwoSum(tHi, tLo1 + cLo1)
    }

    /// (xh + xl) · (yh + yl).
    @inline(__always) static func twoProd(_ x: (T, T), _ y: (T, T)) -> (T, T) {
        fastTwoSum(twoProd(x, y.0), twoProd(x, y.1))
    }

    /// (xh + xl) + (yh + yl), when |xh| >= |yh|.
    @inline(__always) static func fastTwoSum(_ x: (T, T), _ y: (T, T)) -> (T, T) {
        let (rHi, rLo) = fastTwoSum(x.0, y.0)
        return fastTwoSum(rHi, (y.1 + rLo) + x.1)
    }

    /// x + (yh + yl), when |x| >= |yh|.
    @inline(__always) static func fastTwoSum(_ x: T, _ y: (T, T)) -> (T, T) {
        let (rHi, rLo) = fastTwoSum(x, y.0)
        return fastTwoSum(rHi, y.1 + rLo)
    }

    /// (xh + xl) / y (Joldes, Muller and Popescu's algorithm 15).
    @inline(__always) static func divide(_ x: (T, T), _ y: T) -> (T, T) {
        let tHi = x.0 / y
        let (piHi, piLo) = twoProd(tHi, y)
        let delta = ((x.0 - piHi) - piLo) + x.1
        return fastTwoSum(tHi, delta / y)
    }

    /// Eigen's `pround` on x86: halves away from zero, as x plus the float just below one half
    /// (with x's sign), truncated.
    @inline(__always) static func round(_ x: T) -> T {
        let almostHalf = T.self == Float.self ? T(Float(bitPattern: 0x3EFF_FFFF)) : T(Double(bitPattern: 0x3FDF_FFFF_FFFF_FFFF))
        return (x + (x.sign == .minus ? -almostHalf : almostHalf)).rounded(.towardZero)
    }
}

// x^y as TF's CPU Pow kernel computes it on packets: Eigen's `generic_pow`, 2^(y·log2 x) with
// log2 of the mantissa and the product in double-word arithmetic, then the special cases of
// C's pow (cppreference's list). Checked bit for bit against TF 2.21 on 300 000 float32 and
// float64 pairs and on every pair of special values.
extension EigenMath {
    /// Eigen's `accurate_log2<float>`: log2 of z in [√½, √2) as a double word.
    static func accurateLog2(_ z: Float) -> (Float, Float) {
        typealias W = DoubleWord<Float>
        let c0 = 1.442695041742110273474963832995854318141937255859375e+00
        let c1 = -7.2134751588268664068692714863573201000690460205078125e-01
        let c0w = (Float(c0), Float(c0 - Double(Float(c0))))
        let c1w = (Float(c1), Float(c1 - Double(Float(c1))))
        let x = z - 1
        var p: Float = 9.7010828554630279541015625e-02
        for c: Float in [-1.6896486282348632812500000e-01, 1.7200836539268493652343750e-01, -1.7892272770404815673828125e-01,
                         2.0505344867706298828125000e-01, -2.4046677350997924804687500e-01, 2.8857553005218505859375000e-01,
                         -3.6067414283752441406250000e-01, 4.8089790344238281250000000e-01] {
            p = madd(p, x, c)
        }
        var w = W.twoProd(x, p)
        w = W.fastTwoSum(c1w, w)
        w = W.twoProd(w, x)
        w = W.fastTwoSum(c0w, w)
        return W.twoProd(w, x)
    }

    /// Eigen's `accurate_log2<double>`: an odd polynomial in r = c(x - 1)/(x + 1), its low-order
    /// terms in double-word arithmetic.
    static func accurateLog2(_ x: Double) -> (Double, Double) {
        typealias W = DoubleWord<Double>
        let t = W.twoProd((2.88539008177792677, 4.07660016854549667e-17), x - 1)
        let r = W.divide(t, x + 1)
        let r2 = W.twoProd(r, r)
        let r4 = W.twoProd(r2, r2)
        var qEven = madd(2.87074255468000586e-9, r4.0, 2.31032094540014656e-7)
        var qOdd = madd(2.38957980901884082e-8, r4.0, 2.27279857398537278e-6)
        qEven = madd(qEven, r4.0, 2.31271023278625638e-5)
        qOdd = madd(qOdd, r4.0, 2.47556738444535513e-4)
        qEven = madd(qEven, r4.0, 2.88543873228900172e-3)
        let q = madd(qOdd, r2.0, qEven)
        let p = W.twoProd(r2, q)
        let p1 = W.fastTwoSum((0.0400377511598501157, -4.77726582251425391e-19), p)
        let p2 = W.twoProd(r2, p1)
        let p3 = W.fastTwoSum(1.0, p2)
        return W.twoProd(p3, r)
    }

    /// Eigen's `generic_exp2`: exp(ln2·x), times 1 plus the product's rounding error.
    static func exp2(_ value: Float) -> Float {
        let x = pmax(pmin(value, 129), -151)
        let (pHi, pLo) = DoubleWord<Float>.twoProd(Float(0.693147180559945309417232121458), x)
        return exp(pHi) * (1 + pLo)
    }

    static func exp2(_ value: Double) -> Double {
        let x = pmax(pmin(value, 1025), -1074)
        let (pHi, pLo) = DoubleWord<Double>.twoProd(0.693147180559945309417232121458, x)
        return exp(pHi) * (1 + pLo)
    }

    /// Eigen's `generic_pow_impl` (x >= 0): y·log2(x) split into an integer n and a fraction r,
    /// 2^r times 2^n.
    static func powMagnitude<T: BinaryFloatingPoint>(_ x: T, _ y: T, log2: (T) -> (T, T), exp2: (T) -> T) -> T {
        typealias W = DoubleWord<T>
        // frexp, then the mantissa moved to [√½, √2); zero, infinity and NaN are left as they are
        // (the special cases replace their result).
        var m = x, e: T = 0
        if x.isFinite && x != 0 {
            m = T(sign: .plus, exponent: -1, significand: x.significand)
            e = T(x.exponent) + 1
        }
        if m < T(0.70710678118654752440) {
            m = 2 * m
            e -= 1
        }
        let f = W.fastTwoSum(W.twoProd(e, y), W.twoProd(log2(m), y))
        var n = W.round(f.0)
        var r = (f.0 - n) + f.1
        let nr = W.round(r)
        r = r - nr
        n = n + nr
        return scaled(exp2(r), n)
    }

    /// a · 2^n for an integral n, a denormal result flushed (pldexp).
    @inline(__always) static func scaled<T: BinaryFloatingPoint>(_ a: T, _ n: T) -> T {
        guard n.isFinite, a.isFinite, a != 0 else { return n.isNaN ? n : a * (n > 0 ? T.infinity : 0) }
        let k = T.Exponent(Int(pmax(pmin(n, 5000), -5000)))
        return flush(T(sign: a.sign, exponent: a.exponent + k, significand: a.significand))
    }

    /// Eigen's packet `generic_pow`: the magnitude's power, then C's special cases in Eigen's order.
    static func pow<T: BinaryFloatingPoint>(_ xv: T, _ yv: T, maxExponent: T, log2: (T) -> (T, T), exp2: (T) -> T) -> T {
        let x = flush(xv), y = flush(yv)
        var result = powMagnitude(Swift.abs(x), y, log2: log2, exp2: exp2)
        let xNegative = x < 0, xZero = x == 0
        let xAbsAboveOne = 1 < Swift.abs(x)
        let yNegative = y < 0
        let yInteger = y.rounded(.down) == y && y.isFinite
        let yHalf = y * T(0.5)
        let yOddInteger = yInteger && DoubleWord<T>.round(yHalf) != yHalf
        // The smallest |y| for which (1 + ε)^y overflows.
        let huge = maxExponent * T(0.693147180559945309417232121458) / T.ulpOfOne
        if xNegative && !yInteger { result = .nan }
        if xZero { result = yNegative ? .infinity : 0 }
        if x.sign == .minus && yOddInteger { result = -result }
        if huge <= Swift.abs(y) {
            result = x == -1 ? 1 : (((yNegative && xZero) || (yNegative != xAbsAboveOne)) ? .infinity : 0)
        }
        if Swift.abs(x) == .infinity {
            let positive: T = yNegative ? 0 : .infinity
            result = xNegative && yOddInteger ? -positive : positive
        }
        if x.isNaN || y.isNaN { result = .nan }
        if y == 1 { return xv }
        if x == 1 || y == 0 { return 1 }
        return result
    }

    /// x^y as Eigen's `generic_pow` on float packets.
    public static func pow(_ x: Float, _ y: Float) -> Float { pow(x, y, maxExponent: 128, log2: accurateLog2, exp2: exp2) }
    /// x^y as Eigen's `generic_pow` on double packets.
    public static func pow(_ x: Double, _ y: Double) -> Double { pow(x, y, maxExponent: 1024, log2: accurateLog2, exp2: exp2) }
}
