import BigInt

// Exact decimal digit generation for doubles, replacing David Gay's `_Py_dg_dtoa` as
// CPython uses it:
//   * mode 0 (shortest round-trip digits): taken from Swift's `description`, which is the
//     shortest, closest round-trip representation; only the digits and the exponent are
//     used, the layout is CPython's.
//   * mode 2 (n significant digits) and mode 3 (n digits after the point): the exact binary
//     value m * 2^e is scaled by a power of ten and rounded half-to-even, exactly, with
//     128-bit arithmetic when it fits and BigUInt otherwise.
// Digit strings never carry trailing zeros (as dtoa's), and may be empty in mode 3 when the
// value rounds to zero (then `decpt` is `-precision`, again as dtoa).

/// Decimal digits of |d| with the decimal point `decpt` places from the left of `digits`:
/// value = 0.d1d2d3... * 10^decpt.
struct PyDecimalDigits {
    var digits: [UInt8]      // ASCII '0'...'9', no trailing zeros (may be empty)
    var decpt: Int
}

enum PyDtoa {
    static let pow10: [UInt64] = {
        var t = [UInt64]()
        var p: UInt64 = 1
        for _ in 0...19 {
            t.append(p)
            p = p &* 10
        }
        return t
    }()

    /// |d| = m * 2^e exactly, with m odd (or zero). `d` must be finite.
    @inline(__always)
    static func decompose(_ d: Double) -> (m: UInt64, e: Int) {
        let bits = d.significandBitPattern
        let expBits = Int(d.exponentBitPattern)
        var m: UInt64
        var e: Int
        if expBits == 0 {
            m = bits
            e = -1074
        } else {
            m = bits | (1 << 52)
            e = expBits - 1075
        }
        if m == 0 { return (0, 0) }
        let tz = m.trailingZeroBitCount
        m >>= UInt64(tz)
        e += tz
        return (m, e)
    }

    // MARK: floor(m * 2^e * 10^s) and how the discarded fraction compares with 1/2

    /// Fast path with 128-bit arithmetic. Returns nil when the result does not fit.
    /// `half` is -1, 0, +1 as the fraction is below, at, above one half.
    @inline(__always)
    static func scaledFast(m: UInt64, e: Int, s: Int) -> (q: UInt64, half: Int)? {
        if s < 0 {
            // floor(m * 2^e / 10^t) with everything in 64 bits.
            let t = -s
            guard t <= 19 else { return nil }
            let p = pow10[t]
            let num: UInt64, den: UInt64
            if e >= 0 {
                guard e < 64, e == 0 || m >> UInt64(64 - e) == 0 else { return nil }
                num = m << UInt64(e)
                den = p
            } else {
                let k = -e
                guard k < 64, p >> UInt64(64 - k) == 0 else { return nil }
                num = m
                den = p << UInt64(k)
            }
            let (q, r) = num.quotientAndRemainder(dividingBy: den)
            let rest = den - r      // 2r vs den  <=>  r vs den - r
            return (q, r > rest ? 1 : (r == rest ? 0 : -1))
        }
        guard s <= 19 else { return nil }
        let (hi, lo) = m.multipliedFullWidth(by: pow10[s])
        if e >= 0 {
            guard hi == 0, e < 64 else { return nil }
            if e == 0 { return (lo, -1) }
            guard lo >> UInt64(64 - e) == 0 else { return nil }
            return (lo << UInt64(e), -1)
        }
        let k = -e
        if k >= 128 {
            // N < 2^117 <= 2^(k-1): rounds to zero, fraction below one half.
            return (0, -1)
        }
        if k == 64 {
            let half: UInt64 = 1 << 63
            return (hi, lo > half ? 1 : (lo == half ? 0 : -1))
        }
        if k > 64 {
            let j = k - 64
            let q = hi >> UInt64(j)
            let remHi = hi & ((1 << UInt64(j)) - 1)
            let halfHi: UInt64 = 1 << UInt64(j - 1)
            let cmp: Int
            if remHi > halfHi { cmp = 1 }
            else if remHi < halfHi { cmp = -1 }
            else { cmp = lo == 0 ? 0 : 1 }
            return (q, cmp)
        }
        // 0 < k < 64
        guard hi >> UInt64(k) == 0 else { return nil }
        let q = (hi << UInt64(64 - k)) | (lo >> UInt64(k))
        let rem = lo & ((1 << UInt64(k)) - 1)
        let half: UInt64 = 1 << UInt64(k - 1)
        return (q, rem > half ? 1 : (rem == half ? 0 : -1))
    }

    static func bigPow10(_ n: Int) -> BigUInt {
        if n < pow10.count { return BigUInt(pow10[n]) }
        return BigUInt(10).power(n)
    }

    /// Exact general path.
    static func scaledBig(m: UInt64, e: Int, s: Int) -> (q: BigUInt, half: Int) {
        var num = BigUInt(m)
        var den = BigUInt(1)
        if e >= 0 { num <<= e } else { den <<= -e }
        if s >= 0 { num *= bigPow10(s) } else { den *= bigPow10(-s) }
        if den == 1 { return (num, -1) }
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        let r2 = r << 1
        let cmp = r2 < den ? -1 : (r2 == den ? 0 : 1)
        return (q, cmp)
    }

    @inline(__always)
    static func roundsUp(half: Int, odd: Bool) -> Bool {
        return half > 0 || (half == 0 && odd)
    }

    // MARK: digit strings

    @inline(__always)
    static func appendDecimal(_ v: UInt64, to out: inout [UInt8]) {
        if v == 0 { out.append(48); return }
        var buf: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes of scratch
        var n = 0
        var x = v
        withUnsafeMutableBytes(of: &buf) { raw in
            while x > 0 {
                let (q, r) = x.quotientAndRemainder(dividingBy: 10)
                raw[23 - n] = UInt8(48 + r)
                n += 1
                x = q
            }
            for i in (24 - n)..<24 { out.append(raw[i]) }
        }
    }

    static func decimalDigits(_ v: BigUInt) -> [UInt8] {
        if v.bitWidth <= 64 {
            var out = [UInt8]()
            appendDecimal(UInt64(v), to: &out)
            return out
        }
        return Array(String(v).utf8)
    }

    @inline(__always)
    static func stripTrailingZeros(_ d: inout [UInt8]) {
        while let last = d.last, last == 48 { d.removeLast() }
    }

    // MARK: modes

    /// dtoa mode 0: the shortest digit string that round-trips. `d` finite.
    static func shortest(_ d: Double) -> PyDecimalDigits {
        if d == 0 { return PyDecimalDigits(digits: [48], decpt: 1) }
        let text = d.magnitude.description
        var digits = [UInt8]()
        digits.reserveCapacity(20)
        var pointPos = -1          // digits seen before '.'
        var exp = 0
        var expSign = 1
        var inExp = false
        var count = 0
        var leadingZeros = 0
        var seenNonZero = false
        for b in text.utf8 {
            if inExp {
                if b == UInt8(ascii: "-") { expSign = -1 }
                else if b >= 48 && b <= 57 { exp = exp * 10 + Int(b - 48) }
                continue
            }
            switch b {
            case UInt8(ascii: "."):
                pointPos = count
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                inExp = true
            case 48...57:
                count += 1
                if !seenNonZero && b == 48 {
                    leadingZeros += 1
                } else {
                    seenNonZero = true
                    digits.append(b)
                }
            default:
                break
            }
        }
        if pointPos < 0 { pointPos = count }
        stripTrailingZeros(&digits)
        if digits.isEmpty { return PyDecimalDigits(digits: [48], decpt: 1) }
        return PyDecimalDigits(digits: digits, decpt: pointPos - leadingZeros + expSign * exp)
    }

    /// dtoa mode 3: |d| rounded half-even to `precision` digits after the point. `d` finite.
    static func fixed(_ d: Double, precision requested: Int) -> PyDecimalDigits {
        if d == 0 { return PyDecimalDigits(digits: [48], decpt: 1) }
        let (m, e) = decompose(d.magnitude)
        // m * 2^e has at most -e digits after the point: beyond that the result is exact
        // and only gains trailing zeros, which are stripped anyway.
        let precision = min(requested, max(0, -e))
        var digits: [UInt8]
        if let (q, half) = scaledFast(m: m, e: e, s: precision), q < UInt64.max {
            let r = roundsUp(half: half, odd: q & 1 == 1) ? q + 1 : q
            if r == 0 { return PyDecimalDigits(digits: [], decpt: -requested) }
            digits = []
            digits.reserveCapacity(24)
            appendDecimal(r, to: &digits)
        } else {
            let (q, half) = scaledBig(m: m, e: e, s: precision)
            let r = roundsUp(half: half, odd: q.words.first.map { $0 & 1 == 1 } ?? false) ? q + 1 : q
            if r.isZero { return PyDecimalDigits(digits: [], decpt: -requested) }
            digits = decimalDigits(r)
        }
        let decpt = digits.count - precision
        stripTrailingZeros(&digits)
        return PyDecimalDigits(digits: digits, decpt: decpt)
    }

    /// dtoa mode 2: |d| rounded half-even to `count` (>= 1) significant digits. `d` finite.
    static func significant(_ d: Double, count requested: Int) -> PyDecimalDigits {
        if d == 0 { return PyDecimalDigits(digits: [48], decpt: 1) }
        // No double has more than 767 significant decimal digits: past 800 the result is
        // exact and only gains trailing zeros, which are stripped anyway.
        let n = min(max(requested, 1), 800)
        let a = d.magnitude
        let (m, e) = decompose(a)
        // Estimate k = floor(log10(a)); fixed up below.
        var k = log10Estimate(a)
        if n <= 19 {
            let lowBound = pow10[n - 1]
            let highBound = pow10[n]
            var attempts = 0
            while attempts < 6 {
                attempts += 1
                guard let (q, half) = scaledFast(m: m, e: e, s: n - 1 - k) else { break }
                if q >= highBound { k += 1; continue }
                if q < lowBound { k -= 1; continue }
                var r = q
                if roundsUp(half: half, odd: q & 1 == 1) { r = q + 1 }
                var decpt = k + 1
                if r == highBound {
                    r = lowBound
                    decpt += 1
                }
                var digits = [UInt8]()
                digits.reserveCapacity(20)
                appendDecimal(r, to: &digits)
                stripTrailingZeros(&digits)
                return PyDecimalDigits(digits: digits, decpt: decpt)
            }
        }
        // General path.
        let lowBound = bigPow10(n - 1)
        let highBound = lowBound * 10
        var attempts = 0
        while attempts < 8 {
            attempts += 1
            let s = n - 1 - k
            let (q, half) = scaledBig(m: m, e: e, s: s)
            if q >= highBound { k += 1; continue }
            if q < lowBound { k -= 1; continue }
            var r = q
            if roundsUp(half: half, odd: q.words.first.map { $0 & 1 == 1 } ?? false) { r = q + 1 }
            var decpt = k + 1
            if r == highBound {
                r = lowBound
                decpt += 1
            }
            var digits = decimalDigits(r)
            stripTrailingZeros(&digits)
            return PyDecimalDigits(digits: digits, decpt: decpt)
        }
        // Unreachable in practice: fall back on the shortest digits.
        return shortest(d)
    }

    @inline(__always)
    static func log10Estimate(_ a: Double) -> Int {
        let l = log10Approx(a)
        return Int(l.rounded(.down))
    }

    /// log10 without Foundation: log2 from the exponent and a short series for the
    /// significand; only needs to be within one of the truth, which is then fixed up.
    @inline(__always)
    static func log10Approx(_ a: Double) -> Double {
        // a = f * 2^x with f in [1, 2)
        let x = Double(a.exponent)
        let f = a.significand
        // ln(f) via atanh series: ln f = 2 * atanh((f-1)/(f+1))
        let t = (f - 1) / (f + 1)
        let t2 = t * t
        let lnf = 2 * t * (1 + t2 * (1.0 / 3 + t2 * (1.0 / 5 + t2 * (1.0 / 7 + t2 / 9))))
        return x * 0.30102999566398119521 + lnf * 0.43429448190325182765
    }
}
