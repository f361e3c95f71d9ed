// Python's `repr(str)`, `ascii(str)`, and the character classes the formatting core needs
// (`str.isprintable`, `str.isspace`, Unicode decimal digits), matching CPython 3.11.

/// Python `repr(s)` for a `str`: quote choice (single quotes unless the text contains `'`
/// and no `"`), `\\`, `\n`, `\r`, `\t`, `\xNN` for other control characters and for
/// non-printable characters up to U+00FF, `\uNNNN` / `\UNNNNNNNN` for other non-printable
/// characters; printable non-ASCII characters are kept.
public func pyStrRepr(_ s: String) -> String {
    return PyStrRepr.repr(s, asciiOnly: false)
}

/// Python `ascii(s)` for a `str`: like `repr` but every non-ASCII character is escaped.
public func pyAsciiRepr(_ s: String) -> String {
    return PyStrRepr.repr(s, asciiOnly: true)
}

public enum PyStrRepr {
    /// Python's `repr(s)` (or `ascii(s)` when `asciiOnly`).
    public static func repr(_ s: String, asciiOnly: Bool = false) -> String {
        var hasSingle = false
        var hasDouble = false
        var allSimple = true
        for b in s.utf8 {
            if b == UInt8(ascii: "'") { hasSingle = true }
            else if b == UInt8(ascii: "\"") { hasDouble = true }
            else if b < 0x20 || b >= 0x7F || b == UInt8(ascii: "\\") { allSimple = false }
        }
        let quote: UInt8 = (hasSingle && !hasDouble) ? UInt8(ascii: "\"") : UInt8(ascii: "'")
        if allSimple && !(hasSingle && hasDouble) {
            // Fast path: printable ASCII with no escapes needed.
            var out = [UInt8]()
            out.reserveCapacity(s.utf8.count + 2)
            out.append(quote)
            out.append(contentsOf: s.utf8)
            out.append(quote)
            return String(decoding: out, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        out.append(Unicode.Scalar(quote))
        for c in s.unicodeScalars {
            let v = c.value
            if v == UInt32(quote) || v == 0x5C {
                out.append("\\")
                out.append(c)
            } else if v == 0x09 {
                out.append("\\"); out.append("t")
            } else if v == 0x0A {
                out.append("\\"); out.append("n")
            } else if v == 0x0D {
                out.append("\\"); out.append("r")
            } else if v < 0x20 || v == 0x7F {
                appendHexEscape(&out, v, digits: 2, letter: "x")
            } else if v < 0x7F {
                out.append(c)
            } else if !asciiOnly && isPrintable(c) {
                out.append(c)
            } else if v <= 0xFF {
                appendHexEscape(&out, v, digits: 2, letter: "x")
            } else if v <= 0xFFFF {
                appendHexEscape(&out, v, digits: 4, letter: "u")
            } else {
                appendHexEscape(&out, v, digits: 8, letter: "U")
            }
        }
        out.append(Unicode.Scalar(quote))
        return String(out)
    }

    private static func appendHexEscape(_ out: inout String.UnicodeScalarView, _ v: UInt32,
                                        digits: Int, letter: Unicode.Scalar) {
        out.append("\\")
        out.append(letter)
        var shift = (digits - 1) * 4
        while shift >= 0 {
            let nibble = (v >> UInt32(shift)) & 0xF
            out.append(Unicode.Scalar(UInt8(nibble < 10 ? 48 + nibble : 87 + nibble)))
            shift -= 4
        }
    }

    /// Python's `str.isprintable()` for one character (Unicode 14.0, as CPython 3.11):
    /// false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the ASCII space.
    public static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x7F { return v >= 0x20 }
        if v < 0xA0 { return false }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return !isUnassignedInPython(v)
        }
    }

    /// Python's `str.isspace()` for one character (the fixed set CPython uses).
    public static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A,
             0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// The value of a Unicode decimal digit (Numeric_Type=Decimal, as Python's
    /// `unicodedata.decimal`), or nil.
    public static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v < 0x660 { return nil }
        guard c.properties.numericType == .decimal, let d = c.properties.numericValue else { return nil }
        if isUnassignedInPython(v) { return nil }
        let i = Int(d)
        return (i >= 0 && i <= 9) ? i : nil
    }

    /// Code points that Swift's (newer) Unicode tables assign but Unicode 14.0, which
    /// CPython 3.11 uses, leaves unassigned. Generated by comparing the two.
    static func isUnassignedInPython(_ v: UInt32) -> Bool {
        if v < 0x88F { return false }
        let t = unassignedInPython14
        var lo = 0
        var hi = t.count / 2 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let a = t[2 * mid], b = t[2 * mid + 1]
            if v < a { hi = mid - 1 } else if v > b { lo = mid + 1 } else { return true }
        }
        return false
    }

    private static let unassignedInPython14: [UInt32] = [
    0x88F, 0x88F, 0x897, 0x897, 0xC5C, 0xC5C, 0xCDC, 0xCDC, 0xCF3, 0xCF3, 0xECE, 0xECE,
    0x1ACF, 0x1ADD, 0x1AE0, 0x1AEB, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x20C1, 0x20C1,
    0x2427, 0x2429, 0x2B96, 0x2B96, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CF,
    0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7DC, 0xA7F1, 0xA7F1, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91,
    0xFDC8, 0xFDCE, 0x105C0, 0x105F3, 0x10940, 0x10959, 0x10D40, 0x10D65, 0x10D69, 0x10D85,
    0x10D8E, 0x10D8F, 0x10EC2, 0x10EC7, 0x10ED0, 0x10ED8, 0x10EFA, 0x10EFF, 0x1123F, 0x11241,
    0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0,
    0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
    0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09, 0x11B60, 0x11B67, 0x11BC0, 0x11BE1,
    0x11BF0, 0x11BF9, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A,
    0x11F3E, 0x11F5A, 0x1342F, 0x1342F, 0x13440, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139,
    0x16D40, 0x16D79, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16FF2, 0x16FF6, 0x187F8, 0x187FF,
    0x18CFF, 0x18CFF, 0x18D09, 0x18D1E, 0x18D80, 0x18DF2, 0x1B132, 0x1B132, 0x1B155, 0x1B155,
    0x1CC00, 0x1CCFC, 0x1CD00, 0x1CEB3, 0x1CEBA, 0x1CED0, 0x1CEE0, 0x1CEF0, 0x1D2C0, 0x1D2D3,
    0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA,
    0x1E5FF, 0x1E5FF, 0x1E6C0, 0x1E6DE, 0x1E6E0, 0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1F6D8, 0x1F6D8,
    0x1F6DC, 0x1F6DC, 0x1F774, 0x1F77F, 0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1,
    0x1F8D0, 0x1F8D8, 0x1FA54, 0x1FA57, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA8A, 0x1FA8E, 0x1FA8F,
    0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FAC8, 0x1FAC8, 0x1FACD, 0x1FACF,
    0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAEA, 0x1FAEF, 0x1FAEF, 0x1FAF7, 0x1FAF8,
    0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FBFA, 0x2B739, 0x2B73F, 0x2CEA2, 0x2CEAD, 0x2EBF0, 0x2EE5D,
    0x31350, 0x33479
    ]
}
