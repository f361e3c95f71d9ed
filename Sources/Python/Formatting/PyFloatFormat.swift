// Python's float-to-text conversions: `repr(float)` and `PyOS_double_to_string`
// (the engine behind `format(x, spec)`, `'%f' % x`, `str(x)`), laid out exactly as
// CPython's `format_float_short` does, on top of the exact digits from `PyDtoa`.

public enum PyFloatFormat {
    /// Python's `repr(x)` / `str(x)` for a float: shortest round-trip digits, exponent form
    /// when the decimal exponent is < -4 or >= 16, `.0` added to integral values,
    /// `inf`, `-inf`, `nan`.
    public static func repr(_ d: Double) -> String {
        if d.isFinite {
            let bytes = format(d, code: UInt8(ascii: "r"), precision: 0, alwaysAddSign: false,
                               addDot0: true, alternate: false, noNegativeZero: false, upper: false)
            return String(decoding: bytes, as: UTF8.self)
        }
        if d.isNaN { return "nan" }
        return d < 0 ? "-inf" : "inf"
    }

    /// CPython's `PyOS_double_to_string(d, code, precision, flags, NULL)`.
    ///
    /// - Parameters:
    ///   - code: one of `e E f F g G r` (`r` is repr style and ignores `precision`).
    ///   - precision: digits after the point (`e`, `f`) or significant digits (`g`; 0 means 1).
    ///   - alwaysAddSign: `Py_DTSF_SIGN`, a `+` for non-negative values.
    ///   - addDot0: `Py_DTSF_ADD_DOT_0`, add `.0` to integral results in fixed notation.
    ///   - alternate: `Py_DTSF_ALT`, keep trailing zeros for `g` and always keep the point.
    ///   - noNegativeZero: `Py_DTSF_NO_NEG_0`, drop the sign of a result that rounds to zero.
    /// - Returns: nil for an unknown `code`, or a precision that is negative or beyond
    ///   2^28 (where CPython would run out of memory).
    public static func doubleToString(_ d: Double, code: Character, precision: Int,
                                      alwaysAddSign: Bool = false, addDot0: Bool = false,
                                      alternate: Bool = false, noNegativeZero: Bool = false) -> String? {
        guard let ascii = code.asciiValue, precision >= 0,
              precision <= PyFormatLimits.maxOutputLength else { return nil }
        var c = ascii
        var upper = false
        switch c {
        case UInt8(ascii: "E"), UInt8(ascii: "F"), UInt8(ascii: "G"):
            upper = true
            c += 32
        case UInt8(ascii: "e"), UInt8(ascii: "f"), UInt8(ascii: "g"):
            break
        case UInt8(ascii: "r"):
            guard precision == 0 else { return nil }
        default:
            return nil
        }
        let bytes = format(d, code: c, precision: precision, alwaysAddSign: alwaysAddSign,
                           addDot0: addDot0, alternate: alternate, noNegativeZero: noNegativeZero,
                           upper: upper)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte-level worker. `code` is lowercase `e`, `f`, `g` or `r`.
    static func format(_ d: Double, code: UInt8, precision inPrecision: Int, alwaysAddSign: Bool,
                       addDot0: Bool, alternate: Bool, noNegativeZero: Bool,
                       upper: Bool) -> [UInt8] {
        var out = [UInt8]()
        var negative = d.sign == .minus
        if !d.isFinite {
            if d.isNaN { negative = false }
            if negative { out.append(UInt8(ascii: "-")) } else if alwaysAddSign { out.append(UInt8(ascii: "+")) }
            let word: StaticString = d.isNaN ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf")
            word.withUTF8Buffer { out.append(contentsOf: $0) }
            return out
        }

        var precision = inPrecision
        let dd: PyDecimalDigits
        switch code {
        case UInt8(ascii: "e"):
            precision += 1
            dd = PyDtoa.significant(d, count: precision)
        case UInt8(ascii: "f"):
            dd = PyDtoa.fixed(d, precision: precision)
        case UInt8(ascii: "g"):
            if precision == 0 { precision = 1 }
            dd = PyDtoa.significant(d, count: precision)
        default:
            dd = PyDtoa.shortest(d)
        }
        let digits = dd.digits
        var decpt = dd.decpt
        let digitsLen = digits.count

        if noNegativeZero && negative && (digitsLen == 0 || (digitsLen == 1 && digits[0] == 48)) {
            negative = false
        }

        var useExp = false
        var exp = 0
        var vdigitsEnd = digitsLen
        switch code {
        case UInt8(ascii: "e"):
            useExp = true
            vdigitsEnd = precision
        case UInt8(ascii: "f"):
            vdigitsEnd = decpt + precision
        case UInt8(ascii: "g"):
            if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
            if alternate { vdigitsEnd = precision }
        default:
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        if useExp {
            exp = decpt - 1
            decpt = 1
        }
        let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
        } else {
            vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
        }

        out.reserveCapacity(8 + (vdigitsEnd - vdigitsStart))
        if negative { out.append(UInt8(ascii: "-")) } else if alwaysAddSign { out.append(UInt8(ascii: "+")) }

        // Zero padding on the left of the digit string.
        if decpt <= 0 {
            appendZeros(&out, decpt - vdigitsStart)
            out.append(UInt8(ascii: "."))
            appendZeros(&out, -decpt)
        } else {
            appendZeros(&out, -vdigitsStart)
        }
        // Digits, with the point inside when it falls there.
        if decpt > 0 && decpt <= digitsLen {
            out.append(contentsOf: digits[0..<decpt])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[decpt...])
        } else {
            out.append(contentsOf: digits)
        }
        // Zeros on the right.
        if digitsLen < decpt {
            appendZeros(&out, decpt - digitsLen)
            out.append(UInt8(ascii: "."))
            appendZeros(&out, vdigitsEnd - decpt)
        } else {
            appendZeros(&out, vdigitsEnd - digitsLen)
        }
        // Delete a trailing point unless using the alternate form.
        if out.last == UInt8(ascii: ".") && !alternate { out.removeLast() }

        if useExp {
            out.append(upper ? UInt8(ascii: "E") : UInt8(ascii: "e"))
            out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            let a = exp.magnitude
            if a < 10 { out.append(48) }
            PyDtoa.appendDecimal(UInt64(a), to: &out)
        }
        return out
    }

    @inline(__always)
    static func appendZeros(_ out: inout [UInt8], _ n: Int) {
        if n > 0 { out.append(contentsOf: repeatElement(48, count: n)) }
    }
}
