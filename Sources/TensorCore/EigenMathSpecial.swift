import Foundation

// expm1, log1p, erf and erfc as TF's CPU kernels compute them: Eigen's `generic_expm1` and
// `generic_log1p` (Kahan's formulas on top of ``EigenMath/exp(_:)`` and ``EigenMath/log(_:)``)
// and its rational approximations of erf and erfc (SpecialFunctionsImpl.h), with multiply-adds
// rounded twice and denormals flushed, as in ``EigenMath``.
extension EigenMath {
    /// Eigen's `generic_expm1`: u = exp(x), then (u - 1) · x / log(u); x itself where u is 1
    /// (passed through as given, a denormal too), -1 where u - 1 is, u where it is infinite.
    public static func expm1(_ value: Float) -> Float {
        let x = flush(value)
        let u = exp(x)
        if u == 1 { return value }
        let um1 = u - 1
        if um1 == -1 { return -1 }
        let logu = log(u)
        if logu == u { return u }
        return flush(um1 * (x / logu))
    }

    /// The same for double packets.
    public static func expm1(_ value: Double) -> Double {
        let x = flush(value)
        let u = exp(x)
        if u == 1 { return value }
        let um1 = u - 1
        if um1 == -1 { return -1 }
        let logu = log(u)
        if logu == u { return u }
        return flush(um1 * (x / logu))
    }

    /// Eigen's `generic_log1p`: x · log(1 + x) / ((1 + x) - 1); x itself where 1 + x rounds to 1
    /// or is infinite.
    public static func log1p(_ value: Float) -> Float {
        let x = flush(value)
        let xp1 = x + 1
        let log1 = log(xp1)
        if xp1 == 1 || xp1 == log1 { return x }
        return flush(x * (log1 / (xp1 - 1)))
    }

    /// The same for double packets.
    public static func log1p(_ value: Double) -> Double {
        let x = flush(value)
        let xp1 = x + 1
        let log1 = log(xp1)
        if xp1 == 1 || xp1 == log1 { return x }
        return flush(x * (log1 / (xp1 - 1)))
    }

    /// Eigen's `generic_fast_erf<float>` (on packets and single elements alike): an odd degree-11
    /// over even degree-10 rational function of x, x² capped at 16, clamped to [-1, 1].
    public static func erf(_ value: Float) -> Float {
        let x = flush(value)
        let x2 = pmin(16, x * x)
        var p: Float = 2.123732201653183437883853912353515625e-06
        p = madd(p, x2, 2.861979592125862836837768554687500000e-04)
        p = madd(p, x2, 3.658048342913389205932617187500000000e-03)
        p = madd(p, x2, 5.243302136659622192382812500000000000e-02)
        p = madd(p, x2, 1.874160766601562500000000000000000000e-01)
        p = madd(p, x2, 1.128379106521606445312500000000000000e+00)
        p = x * p
        var q: Float = 3.89185734093189239501953125000e-05
        q = madd(q, x2, 1.14329601638019084930419921875e-03)
        q = madd(q, x2, 1.47520881146192550659179687500e-02)
        q = madd(q, x2, 1.12945675849914550781250000000e-01)
        q = madd(q, x2, 4.99425798654556274414062500000e-01)
        q = madd(q, x2, 1)
        return flush(pmax(pmin(p / q, 1), -1))
    }

    /// Eigen's `generic_fast_erfc<float>`: 1 + x·S(x²) for |x| <= 1, else
    /// exp(-x²)·P(1/x²)/(x·Q(1/x²)) (plus 2 for negative x), x clamped to ±11. `packet`: as on a
    /// packet (Eigen's exp, the reciprocal estimate); else as on one element (the C library's exp,
    /// a division).
    public static func erfc(_ value: Float, packet: Bool = true) -> Float {
        let x = pmin(pmax(flush(value), -11), 11)
        let x2 = x * x
        var s: Float = 5.61802298761904239654541015625e-04
        s = madd(s, x2, -4.91381669417023658752441406250e-03)
        s = madd(s, x2, 2.67075151205062866210937500000e-02)
        s = madd(s, x2, -1.12800106406211853027343750000e-01)
        s = madd(s, x2, 3.76122951507568359375000000000e-01)
        s = madd(s, x2, -1.12837910652160644531250000000e+00)
        if !(1 < x2) { return flush(madd(x, s, 1)) }
        // x² = x2 + x2lo exactly; exp(-x²) ≈ exp(-x2)·(1 - x2lo).
        let x2lo = (-x2).addingProduct(x, x)
        let exp2hi = packet ? exp(-x2) : flush(Foundation.exp(-x2))
        // The correction is often below the normal range, which TF flushes to zero.
        let z = exp2hi - flush(exp2hi * x2lo)
        let q2 = packet ? reciprocal(x2) : 1 / x2
        var num: Float = 1.0208116471767425537109375e-01
        num = madd(num, q2, 4.2920666933059692382812500e-01)
        num = madd(num, q2, 3.2379078865051269531250000e-01)
        num = madd(num, q2, 5.3971976041793823242187500e-02)
        var den: Float = 1.7251677811145782470703125e-02
        den = madd(den, q2, 3.9137163758277893066406250e-01)
        den = madd(den, q2, 1)
        den = madd(den, q2, 6.2173241376876831054687500e-01)
        den = madd(den, q2, 9.5662862062454223632812500e-02)
        return flush(madd(z, num / (x * den), x < 0 ? 2 : 0))
    }

    /// erf(x)/x for x² <= 1 (Eigen's `erf_over_x_double_small`).
    static func erfOverXSmall(_ x2: Double) -> Double {
        let num = horner(x2, [1.9493725660006057018823477644531294572516344487667083740234375e-04,
                              1.8272566210022942682217328425053892715368419885635375976562500e-03,
                              4.5303363351690106863856044583371840417385101318359375000000000e-02,
                              1.4215015503619179981775744181504705920815467834472656250000000e-01,
                              1.1283791670955125585606992899556644260883331298828125000000000e+00])
        let den = horner(x2, [2.0294484101083099089526257108317963684385176748037338256835938e-05,
                              6.8117805899186819641732970609382391558028757572174072265625000e-04,
                              1.0582026056098614921752165685120417037978768348693847656250000e-02,
                              9.3252603143757495374188692949246615171432495117187500000000000e-02,
                              4.5931062818368939559832142549566924571990966796875000000000000e-01,
                              1.0])
        return num / den
    }

    /// erfc(x) for 1 < x² (Eigen's `erfc_double_large`); `packet` as in ``erfc(_:packet:)``.
    static func erfcLarge(_ x: Double, _ x2: Double, packet: Bool) -> Double {
        let x2lo = (-x2).addingProduct(x, x)
        let exp2hi = packet ? exp(-x2) : flush(Foundation.exp(-x2))
        let z = exp2hi - flush(exp2hi * x2lo)
        let q2 = 1 / x2
        let num = horner(q2, [1.5252844933226974316088642158462107545346952974796295166015625e-04,
                              1.0909912393738931124520519233556115068495273590087890625000000e-02,
                              1.0628604636755033252537572252549580298364162445068359375000000e-01,
                              3.3492472973137982217295416376146022230386734008789062500000000e-01,
                              4.5065776215933289750026347064704168587923049926757812500000000e-01,
                              2.9433039130294824659017649537418037652969360351562500000000000e-01,
                              9.8792676360600226170838311645638896152377128601074218750000000e-02,
                              1.7095935395503719655962981960328761488199234008789062500000000e-02,
                              1.4249109729504577659398023570247460156679153442382812500000000e-03,
                              4.4567378313647954771875570045835956989321857690811157226562500e-05])
        let den = horner(q2, [2.041985103115789845773520028160419315099716186523437500000000e-03,
                              5.316030659946043707142493417450168635696172714233398437500000000e-02,
                              3.426242193784684864077405563875799998641014099121093750000000e-01,
                              8.565637124308049799026321124983951449394226074218750000000000e-01,
                              1.000000000000000000000000000000000000000000000000000000000000e+00,
                              5.968805280570776972126623149961233139038085937500000000000000e-01,
                              1.890922854723317836356244470152887515723705291748046875000000e-01,
                              3.152505418656005586885981983868987299501895904541015625000000e-02,
                              2.565085751861882583380047861965067568235099315643310546875000e-03,
                              7.899362131678837697403017248376499992446042597293853759765625e-05])
        return madd(z, num / (x * den), x < 0 ? 2 : 0)
    }

    /// Eigen's `generic_fast_erf<double>`: x·S(x²)/T(x²) for |x| <= 1, else 1 - erfc(x).
    public static func erf(_ value: Double, packet: Bool = true) -> Double {
        let x = flush(value)
        let x2 = x * x
        if !(1 < x2) { return flush(x * erfOverXSmall(x2)) }
        return flush(1 - erfcLarge(x, x2, packet: packet))
    }

    /// Eigen's `generic_fast_erfc<double>`: 1 - erf(x) for |x| <= 1, x clamped to ±28.
    public static func erfc(_ value: Double, packet: Bool = true) -> Double {
        let x = pmin(pmax(flush(value), -28), 28)
        let x2 = x * x
        if !(1 < x2) { return flush(1 - x * erfOverXSmall(x2)) }
        return flush(erfcLarge(x, x2, packet: packet))
    }
}
