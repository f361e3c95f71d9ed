import BigInt

// Numeric helpers with CPython 3.11's exact semantics: int <-> float conversions (correctly
// rounded), int true division (correctly rounded), float `%`, `//`, `divmod`, int floor
// division/modulo, and `round()`.

public enum PyNumeric {
    // MARK: int <-> float

    /// `float(v)`: correctly rounded (half-even); nil when the result overflows
    /// (the caller raises `OverflowError: int too large to convert to float`).
    public static func bigIntToDouble(_ v: BigInt) -> Double? {
        if let i = Int(exactly: v) { return Double(i) }
        let d = magnitudeToDouble(v.magnitude)
        if d.isInfinite { return nil }
        return v.sign == .minus ? -d : d
    }

    /// Correctly rounded conversion of a magnitude; +inf on overflow.
    static func magnitudeToDouble(_ mag: BigUInt) -> Double {
        let n = mag.bitWidth
        if n <= 53 { return Double(UInt64(truncatingIfNeeded: mag)) }
        if n > 1025 { return .infinity }
        let u = n - 53
        let q = mag >> u
        let low = mag - (q << u)
        let half = BigUInt(1) << (u - 1)
        var r = UInt64(truncatingIfNeeded: q)
        if low > half || (low == half && r & 1 == 1) { r += 1 }
        return Double(sign: .plus, exponent: u, significand: Double(r))
    }

    /// `int(d)`: exact truncation toward zero; nil for nan and infinities (the caller raises
    /// `ValueError: cannot convert float NaN to integer` /
    /// `OverflowError: cannot convert float infinity to integer`).
    public static func floatToBigInt(_ d: Double) -> BigInt? {
        guard d.isFinite else { return nil }
        if d.magnitude < 9.2e18 { return BigInt(Int64(d)) }
        let (m, e) = PyDtoa.decompose(d.magnitude)
        // |d| >= 2^63 here, so e > 0.
        let mag = BigUInt(m) << max(e, 0)
        return BigInt(sign: d < 0 ? .minus : .plus, magnitude: mag)
    }

    /// Correctly rounded num/den (den > 0) as a non-negative double; +inf on overflow.
    static func ratioToDouble(_ num: BigUInt, _ den: BigUInt) -> Double {
        if num.isZero { return 0 }
        let nA = num.bitWidth, nB = den.bitWidth
        // floor(log2(num/den)) is E0 or E0 - 1.
        let e0 = nA - nB
        let ge: Bool
        if e0 >= 0 { ge = num >= (den << e0) } else { ge = (num << -e0) >= den }
        let e = ge ? e0 : e0 - 1
        if e > 1024 { return .infinity }
        if e < -1076 { return 0 }     // below 2^-1075: rounds to zero
        let u = max(e - 52, -1074)
        var n = num, d = den
        if u <= 0 { n <<= -u } else { d <<= u }
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        var rq = UInt64(truncatingIfNeeded: q)
        let r2 = r << 1
        if r2 > d || (r2 == d && rq & 1 == 1) { rq += 1 }
        return Double(sign: .plus, exponent: u, significand: Double(rq))
    }

    /// `a / b` for ints, correctly rounded. Throws `ZeroDivisionError: division by zero`
    /// and `OverflowError: integer division result too large for a float`.
    public static func bigIntTrueDivide(_ a: BigInt, _ b: BigInt) throws -> Double {
        if b.isZero { throw PyFormatError(.zeroDivisionError, "division by zero") }
        let limit = BigUInt(1) << 53
        if a.magnitude <= limit && b.magnitude <= limit {
            let x = Double(UInt64(truncatingIfNeeded: a.magnitude)) * (a.sign == .minus ? -1 : 1)
            let y = Double(UInt64(truncatingIfNeeded: b.magnitude)) * (b.sign == .minus ? -1 : 1)
            return x / y
        }
        let negative = (a.sign == .minus && !a.isZero) != (b.sign == .minus)
        let q = ratioToDouble(a.magnitude, b.magnitude)
        if q.isInfinite {
            throw PyFormatError.overflow("integer division result too large for a float")
        }
        return negative ? -q : q
    }

    /// `a / b` for Swift ints (exact conversion first when possible, else via BigInt).
    public static func intTrueDivide(_ a: Int, _ b: Int) throws -> Double {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "division by zero") }
        let limit = 1 << 53
        if a.magnitude <= UInt(limit) && b.magnitude <= UInt(limit) {
            return Double(a) / Double(b)
        }
        return try bigIntTrueDivide(BigInt(a), BigInt(b))
    }

    // MARK: float % // divmod

    /// `a % b` for floats (CPython `float_rem`).
    public static func floatMod(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "float modulo") }
        var mod = a.truncatingRemainder(dividingBy: b)
        if mod != 0 {
            if (b < 0) != (mod < 0) { mod += b }
        } else {
            mod = b.sign == .minus ? -0.0 : 0.0
        }
        return mod
    }

    /// `a // b` for floats (CPython `float_floor_div`).
    public static func floatFloorDiv(_ a: Double, _ b: Double) throws -> Double {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "float floor division by zero") }
        return divMod(a, b).0
    }

    /// `divmod(a, b)` for floats (CPython `float_divmod`).
    public static func floatDivmod(_ a: Double, _ b: Double) throws -> (Double, Double) {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "float divmod()") }
        return divMod(a, b)
    }

    /// CPython's `_float_div_mod`, b != 0.
    static func divMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = vx.truncatingRemainder(dividingBy: wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = wx.sign == .minus ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            let q = vx / wx
            floordiv = q.sign == .minus ? -0.0 : 0.0
        }
        return (floordiv, mod)
    }

    // MARK: int // % divmod

    /// `a // b` for Swift ints. Throws `ZeroDivisionError`; returns nil on overflow
    /// (only `Int.min // -1`), where the caller redoes it with BigInt.
    public static func intFloorDiv(_ a: Int, _ b: Int) throws -> Int? {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "integer division or modulo by zero") }
        if b == -1 { return a == Int.min ? nil : -a }
        var q = a / b
        let r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { q -= 1 }
        return q
    }

    /// `a % b` for Swift ints (never overflows).
    public static func intFloorMod(_ a: Int, _ b: Int) throws -> Int {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "integer modulo by zero") }
        if b == -1 { return 0 }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return r
    }

    /// `divmod(a, b)` for Swift ints; nil on overflow (only `Int.min, -1`).
    public static func intDivmod(_ a: Int, _ b: Int) throws -> (Int, Int)? {
        if b == 0 { throw PyFormatError(.zeroDivisionError, "integer division or modulo by zero") }
        guard let q = try intFloorDiv(a, b) else { return nil }
        return (q, try intFloorMod(a, b))
    }

    /// `divmod(a, b)` for ints.
    public static func bigIntDivmod(_ a: BigInt, _ b: BigInt) throws -> (BigInt, BigInt) {
        if b.isZero { throw PyFormatError(.zeroDivisionError, "integer division or modulo by zero") }
        var (q, r) = a.quotientAndRemainder(dividingBy: b)
        if !r.isZero && ((r.sign == .minus) != (b.sign == .minus)) {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// `a // b` for ints.
    public static func bigIntFloorDiv(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        return try bigIntDivmod(a, b).0
    }

    /// `a % b` for ints.
    public static func bigIntFloorMod(_ a: BigInt, _ b: BigInt) throws -> BigInt {
        if b.isZero { throw PyFormatError(.zeroDivisionError, "integer modulo by zero") }
        return try bigIntDivmod(a, b).1
    }
}

/// Python's `round()` for floats.
public enum PyRound {
    /// `round(x, ndigits)`: the exact value rounded half-even at `ndigits` decimal places
    /// (negative: to tens, hundreds...), as CPython's `double_round`. nan and infinities
    /// round to themselves. Throws `OverflowError: rounded value too large to represent`.
    public static func round(_ x: Double, ndigits: Int) throws -> Double {
        guard x.isFinite else { return x }
        if ndigits > 323 { return x }
        if ndigits < -308 { return 0.0 * x }
        if x == 0 { return x }
        let (m, e) = PyDtoa.decompose(x.magnitude)
        var r: BigUInt
        if let (q, half) = PyDtoa.scaledFast(m: m, e: e, s: ndigits), q < UInt64.max {
            r = BigUInt(PyDtoa.roundsUp(half: half, odd: q & 1 == 1) ? q + 1 : q)
        } else {
            let (q, half) = PyDtoa.scaledBig(m: m, e: e, s: ndigits)
            r = PyDtoa.roundsUp(half: half, odd: q.words.first.map { $0 & 1 == 1 } ?? false) ? q + 1 : q
        }
        let mag: Double
        if ndigits >= 0 {
            mag = PyNumeric.ratioToDouble(r, PyDtoa.bigPow10(ndigits))
        } else {
            mag = PyNumeric.magnitudeToDouble(r * PyDtoa.bigPow10(-ndigits))
        }
        if mag.isInfinite {
            throw PyFormatError.overflow("rounded value too large to represent")
        }
        return x < 0 ? -mag : mag
    }

    /// `round(x)` with no ndigits: half-even to an int; nil for nan/inf (the caller raises
    /// `ValueError: cannot convert float NaN to integer` or
    /// `OverflowError: cannot convert float infinity to integer`).
    public static func roundToInt(_ x: Double) -> BigInt? {
        return PyNumeric.floatToBigInt(x.rounded(.toNearestOrEven))
    }

    public static let nanToIntegerMessage = "cannot convert float NaN to integer"
    public static let infinityToIntegerMessage = "cannot convert float infinity to integer"
}
