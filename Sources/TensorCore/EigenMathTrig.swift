import Foundation
#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

// The trigonometric functions TF's float kernels compute with Eigen's vectorised approximations
// (GenericPacketMathFunctions.h, GenericPacketMath.h): sin and cos (EIGEN_FAST_MATH), atan, asin
// and acos, and atan2 built on atan. As in ``EigenMath``, multiply-adds are rounded twice (TF's
// x86 build has no FMA) and denormals are flushed. TF's float Tan, Sinh and Cosh have no packet
// form: they are the C library's, as are the elements at the end of a tensor that do not fill a
// packet (see `Kernels.packetUnary`).
extension EigenMath {
    /// `static_cast<float>(EIGEN_PI)`: pi rounded to nearest (Swift's `Float.pi` is rounded down).
    static let floatPi = Float(Double.pi)
    static let floatHalfPi = Float(Double.pi / 2)

    /// The processor's reciprocal estimate (`rcpps`, about 12 bits), which TF's AVX kernels refine
    /// with one Newton step: the same instruction on the same machine gives the same bits.
    @inline(__always) static func reciprocalEstimate(_ a: Float) -> Float {
        #if arch(x86_64)
        return _mm_cvtss_f32(_mm_rcp_ss(_mm_set_ss(a)))
        #else
        return 1 / a
        #endif
    }

    /// Eigen's `preciprocal` on AVX float packets (EIGEN_FAST_MATH): the estimate and one
    /// Newton-Raphson step, x + x(1 - a x); for ±0 and ±inf the estimate itself.
    public static func reciprocal(_ a: Float) -> Float {
        let x = reciprocalEstimate(flush(a))
        let tmp = 1 - a * x
        if tmp.isNaN { return x }
        return madd(x, tmp, x)
    }

    /// Eigen's `psincos_float`: x reduced by pi/2 in four steps (Payne-Hanek for huge x), then a
    /// degree-8 polynomial for cos or degree-7 for sin, picked and signed by the quadrant.
    static func sinCos(_ value: Float, sine: Bool) -> Float {
        let input = flush(value)
        let ax = Swift.abs(input)
        var y = ax * 0.636619746685028076171875
        // Adding 2^23 rounds to an integer, which the low bits of the sum then hold.
        let yRound = y + 12582912
        var quadrant = Int32(bitPattern: yRound.bitPattern)
        y = yRound - 12582912
        var x = madd(y, -1.5703125, ax)
        x = madd(y, -0.000483989715576171875, x)
        x = madd(y, 1.62865035235881805419921875e-07, x)
        x = madd(y, 5.5644315544167710640977020375430583953857421875e-11, x)
        let hugeThreshold: Float = sine ? 25966 : 18838
        if ax >= hugeThreshold && ax.isFinite { (x, quadrant) = trigReduceHuge(ax) }
        let signBit: UInt32 = sine ? (input.bitPattern ^ (UInt32(bitPattern: quadrant) << 30)) & 0x8000_0000
                                   : (UInt32(bitPattern: quadrant &+ 1) << 30) & 0x8000_0000
        let x2 = x * x
        var c: Float = 2.4372266125283204019069671630859375e-05
        c = madd(c, x2, -0.00138865201734006404876708984375)
        c = madd(c, x2, 0.041666619479656219482421875)
        c = madd(c, x2, -0.5)
        c = madd(c, x2, 1)
        var s: Float = -0.0001959234114083702898469196984621021329076029360294342041015625
        s = madd(s, x2, 0.0083326873655616851693794799871284340042620897293090820312500000)
        s = madd(s, x2, -0.1666666203982298255503735617821803316473960876464843750000000000)
        s = s * x2
        s = madd(s, x, x)
        let evenQuadrant = quadrant & 1 == 0
        let r = sine == evenQuadrant ? s : c
        return flush(Float(bitPattern: r.bitPattern ^ signBit))
    }

    /// Eigen's `trig_reduce_huge`: |x| (finite, at least 2^14) less the nearest multiple of pi/2,
    /// from 192 bits of 2/pi in fixed point, and that multiple's quadrant.
    static func trigReduceHuge(_ xf: Float) -> (Float, Int32) {
        let twoOverPi: [UInt32] = [
            0x00000028, 0x000028be, 0x0028be60, 0x28be60db, 0xbe60db93, 0x60db9391, 0xdb939105, 0x9391054a, 0x91054a7f,
            0x054a7f09, 0x4a7f09d5, 0x7f09d5f4, 0x09d5f47d, 0xd5f47d4d, 0xf47d4d37, 0x7d4d3770, 0x4d377036, 0x377036d8,
            0x7036d8a5, 0x36d8a566, 0xd8a5664f, 0xa5664f10, 0x664f10e4, 0x4f10e410, 0x10e41000, 0xe4100000]
        var xi = xf.bitPattern
        let e = (xi >> 23) &- 118
        xi = ((xi & 0x007f_ffff) | 0x0080_0000) << (e & 0x7)
        // A finite float of at least 2^14 has 19 <= e <= 136, so 2 <= i <= 17: within the table.
        let i = Int(e >> 3)
        let t1 = twoOverPi[i - 1], t2 = twoOverPi[i + 3], t3 = twoOverPi[i + 7]
        var p = UInt64(xi) &* UInt64(t3)
        p = UInt64(xi) &* UInt64(t2) &+ (p >> 32)
        p = (UInt64(xi &* t1) << 32) &+ p
        let q = (p &+ (UInt64(1) << 61)) >> 62
        p = p &- (q << 62)
        return (Float(Double(Int64(bitPattern: p)) * 3.4061215800865545e-19), Int32(truncatingIfNeeded: q))
    }

    /// Eigen's `psin_float`.
    public static func sin(_ value: Float) -> Float { sinCos(value, sine: true) }
    /// Eigen's `pcos_float`.
    public static func cos(_ value: Float) -> Float { sinCos(value, sine: false) }

    /// Eigen's `generic_atan` for float packets: |x| > 1 through its reciprocal estimate and
    /// atan(1/x) = pi/2 - atan(x), then a (3, 4)-term rational function of x².
    public static func atan(_ value: Float) -> Float {
        let input = flush(value)
        let ax = Swift.abs(input)
        let large = 1 < ax
        let x = large ? reciprocal(ax) : ax
        let x2 = x * x
        var p: Float = 1.12026982009410858154296875e-01
        p = madd(p, x2, 7.296695709228515625e-01)
        p = madd(p, x2, 8.109951019287109375e-01)
        var q: Float = 1.00917108356952667236328125e-02
        q = madd(q, x2, 2.8318560123443603515625e-01)
        q = madd(q, x2, 1)
        q = madd(q, x2, 8.109951019287109375e-01)
        let r = x * (p / q)
        let result = large ? floatHalfPi - r : r
        return flush(input.sign == .minus ? -result : result)
    }

    /// Eigen's `generic_atan` for double packets (an exact reciprocal, a (7, 7)-term rational function).
    public static func atan(_ value: Double) -> Double {
        let input = flush(value)
        let ax = Swift.abs(input)
        let large = 1 < ax
        let x = large ? 1 / ax : ax
        let x2 = x * x
        let p = horner(x2, [2.6667153866462208e-05, 3.0917513112462781e-03, 5.2574296781008604e-02,
                            3.0409318473444424e-01, 7.5365702534987022e-01, 8.2704055405494614e-01,
                            3.3004361289279920e-01])
        let q = horner(x2, [2.7311202462436667e-04, 1.0899150928962708e-02, 1.1548932646420353e-01,
                            4.9716458728465573e-01, 1.0, 9.3705509168587852e-01, 3.3004361289279920e-01])
        let r = x * (p / q)
        let result = large ? Double.pi / 2 - r : r
        return flush(input.sign == .minus ? -result : result)
    }

    /// Eigen's `pasin_float`: |x| > 1/2 mapped to sqrt((1 - |x|) / 2), an odd degree-9 polynomial,
    /// NaN outside [-1, 1].
    public static func asin(_ value: Float) -> Float {
        let input = flush(value)
        let ax = Swift.abs(input)
        if 1 < ax { return .nan }
        let large = 0.5 < ax
        let x = large ? (0.5 - 0.5 * ax).squareRoot() : ax
        let x2 = x * x
        var p: Float = 5.08838854730129241943359375e-2
        p = madd(p, x2, 3.95139865577220916748046875e-2)
        p = madd(p, x2, 7.550220191478729248046875e-2)
        p = madd(p, x2, 0.16664917767047882080078125)
        p = madd(p, x2, 1.00000011920928955078125)
        p = p * x
        if large { p = floatHalfPi - 2 * p }
        return flush(input.sign == .minus ? -p : p)
    }

    /// Eigen's `pacos_float`: sqrt(1 - |x|) times a degree-6 polynomial of |x|, and pi minus that
    /// for negative x (NaN outside [-1, 1] from the square root).
    public static func acos(_ value: Float) -> Float {
        let input = flush(value)
        let ax = Swift.abs(input)
        let x2 = input * input
        var pEven: Float = madd(2.36423197202384471893310546875e-3, x2, 2.717843465507030487060546875e-2)
        var pOdd: Float = madd(-1.1368644423782825469970703125e-2, x2, -4.8969544470310211181640625e-2)
        pEven = madd(pEven, x2, 8.8804088532924652099609375e-2)
        pOdd = madd(pOdd, x2, -0.214591205120086669921875)
        pEven = madd(pEven, x2, 1.57079637050628662109375)
        let p = madd(pOdd, ax, pEven)
        let result = (1 - ax).squareRoot() * p
        return flush(input.sign == .minus ? floatPi - result : result)
    }

    /// Eigen's packet `patan2`: atan(y / x) (±1 when |x| = |y|, a signed zero when both are zero),
    /// plus pi with y's sign when x is negative. Whether both are zero is read from the bits as
    /// given (a denormal is not zero there), the rest from the flushed values.
    public static func atan2<T: BinaryFloatingPoint>(_ yv: T, _ xv: T, atan: (T) -> T) -> T {
        let y = flush(yv), x = flush(xv)
        let negative = (y.sign == .minus) != (x.sign == .minus)
        var shift: T = x.sign == .minus ? T(Double.pi) : 0
        if y.sign == .minus { shift = -shift }
        let arg: T
        if yv.isZero && xv.isZero {
            arg = negative ? -0.0 : 0.0
        } else if Swift.abs(x) == Swift.abs(y) {
            arg = negative ? -1 : 1
        } else {
            arg = y / x
        }
        return flush(atan(arg) + shift)
    }
}
