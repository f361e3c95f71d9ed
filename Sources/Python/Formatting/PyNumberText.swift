import BigInt

// `int(text, base)`, `float(text)` and `bin`/`oct`/`hex`, with CPython 3.11's rules.

/// `int(s, base)` parsing.
public enum PyIntParse {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`.
    public static let defaultMaxStrDigits = 4300

    /// Python's `int(s, base)`: surrounding whitespace (Unicode too), a sign, Unicode
    /// decimal digits, single underscores between digits (and one right after a base
    /// prefix), base 0 to detect `0x`/`0o`/`0b` (rejecting leading zeros like `010`), bases
    /// 2...36 with a matching prefix allowed (`int('0x1f', 16)`). nil when the text is not a
    /// valid literal or the base is not 0 or 2...36. No digit-count limit (see `parseChecked`).
    public static func parse(_ s: String, base: Int) -> BigInt? {
        guard base == 0 || (base >= 2 && base <= 36) else { return nil }
        return parseASCII(transform(s), base: base, maxDigits: 0).value
    }

    /// `parse` with CPython's exceptions: `ValueError: invalid literal for int() with base
    /// 10: 'abc'`, `ValueError: int() base must be >= 2 and <= 36, or 0`, and the 3.11
    /// digit limit for non-power-of-two bases (`maxDigits` 0 disables it).
    public static func parseChecked(_ s: String, base: Int,
                                    maxDigits: Int = defaultMaxStrDigits) throws -> BigInt {
        guard base == 0 || (base >= 2 && base <= 36) else {
            throw PyFormatError.value(baseErrorMessage)
        }
        let r = parseASCII(transform(s), base: base, maxDigits: maxDigits)
        if let v = r.value { return v }
        if let n = r.tooManyDigits {
            throw PyFormatError.value("Exceeds the limit (\(maxDigits) digits) for integer string conversion: value has \(n) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        throw PyFormatError.value(invalidLiteralMessage(s, base: base))
    }

    public static let baseErrorMessage = "int() base must be >= 2 and <= 36, or 0"

    /// `invalid literal for int() with base 10: 'abc'` (the repr is cut at 200 characters,
    /// as CPython's `%.200R`).
    public static func invalidLiteralMessage(_ s: String, base: Int) -> String {
        let r = pyStrRepr(s)
        let shown: String
        if r.unicodeScalars.count > 200 {
            shown = String(String.UnicodeScalarView(r.unicodeScalars.prefix(200)))
        } else {
            shown = r
        }
        return "invalid literal for int() with base \(base): \(shown)"
    }

    /// `_PyUnicode_TransformDecimalAndSpaceToASCII`: whitespace to ' ', Unicode decimal
    /// digits to ASCII digits, other non-ASCII to '?'.
    static func transform(_ s: String) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count)
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { out.append(contentsOf: s.utf8); return out }
        for c in s.unicodeScalars {
            if c.value < 0x80 {
                out.append(UInt8(c.value))
            } else if PyStrRepr.isSpace(c) {
                out.append(0x20)
            } else if let d = PyStrRepr.decimalValue(c) {
                out.append(UInt8(48 + d))
            } else {
                out.append(UInt8(ascii: "?"))
            }
        }
        return out
    }

    @inline(__always)
    static func isASCIISpace(_ b: UInt8) -> Bool {
        return b == 0x20 || (b >= 0x09 && b <= 0x0D)
    }

    @inline(__always)
    static func digitValue(_ b: UInt8) -> Int {
        switch b {
        case 48...57: return Int(b) - 48
        case 97...122: return Int(b) - 87
        case 65...90: return Int(b) - 55
        default: return 37
        }
    }

    /// CPython's `PyLong_FromString` over ASCII.
    static func parseASCII(_ str: [UInt8], base inBase: Int, maxDigits: Int) -> (value: BigInt?, tooManyDigits: Int?) {
        var base = inBase
        let n = str.count
        var i = 0
        @inline(__always) func at(_ k: Int) -> UInt8 { return k < n ? str[k] : 0 }
        while i < n && isASCIISpace(str[i]) { i += 1 }
        var negative = false
        if at(i) == UInt8(ascii: "+") { i += 1 } else if at(i) == UInt8(ascii: "-") { negative = true; i += 1 }
        var errorIfNonzero = false
        let c0 = at(i), c1 = at(i + 1) | 0x20
        if base == 0 {
            if c0 != UInt8(ascii: "0") { base = 10 }
            else if c1 == UInt8(ascii: "x") { base = 16 }
            else if c1 == UInt8(ascii: "o") { base = 8 }
            else if c1 == UInt8(ascii: "b") { base = 2 }
            else { errorIfNonzero = true; base = 10 }
        }
        if c0 == UInt8(ascii: "0") &&
            ((base == 16 && c1 == UInt8(ascii: "x")) || (base == 8 && c1 == UInt8(ascii: "o")) ||
             (base == 2 && c1 == UInt8(ascii: "b"))) {
            i += 2
            if at(i) == UInt8(ascii: "_") { i += 1 }
        }
        if at(i) == UInt8(ascii: "_") { return (nil, nil) }
        let start = i
        var prev: UInt8 = 0
        var digitCount = 0
        var digits = [UInt8]()
        while i < n {
            let b = str[i]
            if b == UInt8(ascii: "_") {
                if prev == UInt8(ascii: "_") { return (nil, nil) }
            } else if digitValue(b) < base {
                digitCount += 1
                digits.append(UInt8(digitValue(b)))
            } else {
                break
            }
            prev = b
            i += 1
        }
        if prev == UInt8(ascii: "_") { return (nil, nil) }
        if i == start || digitCount == 0 { return (nil, nil) }
        var j = i
        while j < n && isASCIISpace(str[j]) { j += 1 }
        if j != n { return (nil, nil) }
        if maxDigits > 0 && (base & (base - 1)) != 0 && digitCount > maxDigits {
            return (nil, digitCount)
        }
        var value = accumulate(digits, base: base)
        if errorIfNonzero && !value.isZero { return (nil, nil) }
        if negative { value.negate() }
        return (value, nil)
    }

    /// Digit values to a BigInt, a machine word at a time.
    static func accumulate(_ digits: [UInt8], base: Int) -> BigInt {
        // Largest k with base^k < 2^63.
        var chunk = 0
        var p: UInt64 = 1
        let b = UInt64(base)
        while true {
            let (np, o) = p.multipliedReportingOverflow(by: b)
            if o || np > UInt64(Int64.max) { break }
            p = np
            chunk += 1
        }
        if digits.count <= chunk {
            var v: UInt64 = 0
            for d in digits { v = v &* b &+ UInt64(d) }
            return BigInt(v)
        }
        var result = BigUInt(0)
        var idx = 0
        let total = digits.count
        // First partial chunk so the rest are full.
        var first = total % chunk
        if first == 0 { first = chunk }
        var v: UInt64 = 0
        while idx < first { v = v &* b &+ UInt64(digits[idx]); idx += 1 }
        result = BigUInt(v)
        let bigP = BigUInt(p)
        while idx < total {
            var w: UInt64 = 0
            for _ in 0..<chunk { w = w &* b &+ UInt64(digits[idx]); idx += 1 }
            result = result * bigP + BigUInt(w)
        }
        return BigInt(sign: .plus, magnitude: result)
    }
}

/// `bin`, `oct`, `hex` and other radix renderings of ints.
public enum PyIntFormat {
    /// Digits of `v` in `radix` (2...36, lowercase), with `-` first for negatives and, when
    /// `prefix` is set and the radix is 2, 8 or 16, `0b`/`0o`/`0x` after the sign:
    /// `hex(-31)` = `-0x1f`. Radixes outside 2...36 are clamped.
    public static func toString(_ v: BigInt, radix: Int, prefix: Bool) -> String {
        let r = min(max(radix, 2), 36)
        var out = v.sign == .minus && !v.isZero ? "-" : ""
        if prefix {
            switch r {
            case 2: out += "0b"
            case 8: out += "0o"
            case 16: out += "0x"
            default: break
            }
        }
        if let small = UInt64(exactly: v.magnitude) {
            out += String(small, radix: r)
        } else {
            out += String(v.magnitude, radix: r)
        }
        return out
    }

    /// `Int` overload.
    public static func toString(_ v: Int, radix: Int, prefix: Bool) -> String {
        let r = min(max(radix, 2), 36)
        var out = v < 0 ? "-" : ""
        if prefix {
            switch r {
            case 2: out += "0b"
            case 8: out += "0o"
            case 16: out += "0x"
            default: break
            }
        }
        out += String(v.magnitude, radix: r)
        return out
    }
}

/// `float(text)` parsing.
public enum PyFloatParse {
    /// Python's `float(s)`: surrounding whitespace, Unicode decimal digits, underscores only
    /// between digits, `inf`/`infinity`/`nan` in any case with a sign, `1e5`, `.5`, `5.`.
    /// Hex and incomplete exponents are rejected. Correctly rounded; out-of-range values
    /// give ±inf or ±0.0 as in Python. nil when invalid.
    public static func parse(_ s: String) -> Double? {
        var t = PyIntParse.transform(s)
        // Strip ASCII whitespace (the transform turned Unicode whitespace into ' ').
        var lo = 0, hi = t.count
        while lo < hi && PyIntParse.isASCIISpace(t[lo]) { lo += 1 }
        while hi - 1 > lo && PyIntParse.isASCIISpace(t[hi - 1]) { hi -= 1 }
        if lo > 0 || hi < t.count { t = Array(t[lo..<hi]) }
        if t.contains(UInt8(ascii: "_")) {
            var clean = [UInt8]()
            clean.reserveCapacity(t.count)
            var prev: UInt8 = 0
            for b in t {
                let isDigit = b >= 48 && b <= 57
                if b == UInt8(ascii: "_") {
                    if !(prev >= 48 && prev <= 57) { return nil }
                } else {
                    if prev == UInt8(ascii: "_") && !isDigit { return nil }
                    clean.append(b)
                }
                prev = b
            }
            if prev == UInt8(ascii: "_") { return nil }
            t = clean
        }
        return parseASCII(t)
    }

    /// `could not convert string to float: 'abc'`.
    public static func errorMessage(_ s: String) -> String {
        return "could not convert string to float: " + pyStrRepr(s)
    }

    static func parseASCII(_ t: [UInt8]) -> Double? {
        let n = t.count
        var i = 0
        var negative = false
        if i < n && (t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-")) {
            negative = t[i] == UInt8(ascii: "-")
            i += 1
        }
        if i < n && !(t[i] >= 48 && t[i] <= 57) && t[i] != UInt8(ascii: ".") {
            // inf / infinity / nan
            let rest = t[i...].map { $0 | 0x20 }
            let word = String(decoding: rest, as: UTF8.self)
            switch word {
            case "inf", "infinity": return negative ? -.infinity : .infinity
            case "nan": return negative ? -Double.nan : .nan
            default: return nil
            }
        }
        let numStart = i
        var intDigits = 0, fracDigits = 0
        while i < n && t[i] >= 48 && t[i] <= 57 { i += 1; intDigits += 1 }
        if i < n && t[i] == UInt8(ascii: ".") {
            i += 1
            while i < n && t[i] >= 48 && t[i] <= 57 { i += 1; fracDigits += 1 }
        }
        if intDigits + fracDigits == 0 { return nil }
        if i < n && (t[i] == UInt8(ascii: "e") || t[i] == UInt8(ascii: "E")) {
            i += 1
            if i < n && (t[i] == UInt8(ascii: "+") || t[i] == UInt8(ascii: "-")) { i += 1 }
            var expDigits = 0
            while i < n && t[i] >= 48 && t[i] <= 57 { i += 1; expDigits += 1 }
            if expDigits == 0 { return nil }
        }
        if i != n { return nil }
        let text = String(decoding: t[numStart..<n], as: UTF8.self)
        guard let v = Double(text) else { return nil }
        return negative ? -v : v
    }
}
