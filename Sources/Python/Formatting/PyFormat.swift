import BigInt

// `format(value, spec)` for int, float and str: CPython 3.11's `format_long_internal`,
// `format_float_internal`, `format_string_internal`, `calc_number_widths`, `fill_number`
// and `_PyUnicode_InsertThousandsGrouping`, with the same messages.

public enum PyFormat {
    // MARK: entry points taking the spec text

    /// `format(v, spec)` for an int (bool callers pass 0/1 with typeName "bool"; note that
    /// `format(True, '')` is `'True'`, which the caller handles).
    public static func formatInt(_ v: BigInt, spec: String, typeName: String = "int") throws -> String {
        if spec.isEmpty { return String(v) }
        return try formatInt(v, FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
    }

    public static func formatInt(_ v: Int, spec: String, typeName: String = "int") throws -> String {
        if spec.isEmpty { return String(v) }
        return try formatInt(v, FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
    }

    /// `format(d, spec)` for a float. The empty spec gives `repr(d)`.
    public static func formatFloat(_ d: Double, spec: String, typeName: String = "float") throws -> String {
        if spec.isEmpty { return PyFloatFormat.repr(d) }
        return try formatFloat(d, FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
    }

    /// `format(s, spec)` for a str.
    public static func formatString(_ s: String, spec: String, typeName: String = "str") throws -> String {
        if spec.isEmpty { return s }
        return try formatString(s, FormatSpec.parse(spec, typeName: typeName), typeName: typeName)
    }

    // MARK: int

    /// `format(v, spec)` for an int. Types d n b o x X c, float types e E f F g G %
    /// (through float conversion, `OverflowError: int too large to convert to float`),
    /// and none (= d).
    public static func formatInt(_ v: BigInt, _ spec: FormatSpec, typeName: String = "int") throws -> String {
        if let small = Int(exactly: v) {
            return try formatInt(small, spec, typeName: typeName)
        }
        let type = spec.type ?? "d"
        switch type {
        case "d", "n", "b", "o", "x", "X", "c":
            try checkIntSpec(spec, type: type)
            if type == "c" {
                // Out of C long range.
                throw PyFormatError.overflow("Python int too large to convert to C long")
            }
            let base = radix(of: type)
            let digits = Array(String(v.magnitude, radix: base).utf8)
            return try assembleInt(negative: v.sign == .minus && !v.isZero, digits: digits,
                                   type: type, spec: spec)
        case "e", "E", "f", "F", "g", "G", "%":
            guard let d = PyNumeric.bigIntToDouble(v) else {
                throw PyFormatError.overflow("int too large to convert to float")
            }
            return try formatFloat(d, spec, typeName: typeName)
        default:
            throw FormatSpec.unknownFormatCode(type, typeName: typeName)
        }
    }

    /// Fast `Int` overload of `formatInt`.
    public static func formatInt(_ v: Int, _ spec: FormatSpec, typeName: String = "int") throws -> String {
        let type = spec.type ?? "d"
        switch type {
        case "d", "n", "b", "o", "x", "X", "c":
            try checkIntSpec(spec, type: type)
            if type == "c" {
                guard v >= 0 && v <= 0x10FFFF else {
                    throw PyFormatError.overflow("%c arg not in range(0x110000)")
                }
                let scalar = Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}"
                var parts = NumberParts()
                parts.remainder = Array(String(Character(scalar)).utf8)
                parts.remainderCount = 1
                return try assemble(parts, spec: spec, groupLen: 3, useGrouping: false, upper: false)
            }
            if spec.isPlainNumber && type == "d" {
                return String(v)
            }
            let base = radix(of: type)
            let digits = Array(String(v.magnitude, radix: base).utf8)
            return try assembleInt(negative: v < 0, digits: digits, type: type, spec: spec)
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(Double(v), spec, typeName: typeName)
        default:
            throw FormatSpec.unknownFormatCode(type, typeName: typeName)
        }
    }

    private static func radix(of type: Unicode.Scalar) -> Int {
        switch type {
        case "b": return 2
        case "o": return 8
        case "x", "X": return 16
        default: return 10
        }
    }

    private static func checkIntSpec(_ spec: FormatSpec, type: Unicode.Scalar) throws {
        if spec.precision != nil {
            throw PyFormatError.value("Precision not allowed in integer format specifier")
        }
        if spec.noNegativeZero {
            throw PyFormatError.value("Negative zero coercion (z) not allowed in integer format specifier")
        }
        if type == "c" {
            if spec.sign != nil {
                throw PyFormatError.value("Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PyFormatError.value("Alternate form (#) not allowed with integer format specifier 'c'")
            }
        }
        try checkWidth(spec)
    }

    private static func checkWidth(_ spec: FormatSpec) throws {
        if let w = spec.width, w > PyFormatLimits.maxOutputLength { throw PyFormatLimits.memoryError() }
    }

    private static func assembleInt(negative: Bool, digits: [UInt8], type: Unicode.Scalar,
                                    spec: FormatSpec) throws -> String {
        var parts = NumberParts()
        parts.negative = negative
        parts.digits = digits
        if spec.alternate {
            switch type {
            case "b": parts.prefix = [48, UInt8(ascii: "b")]
            case "o": parts.prefix = [48, UInt8(ascii: "o")]
            case "x", "X": parts.prefix = [48, UInt8(ascii: "x")]
            default: break
            }
        }
        let groupLen = (type == "b" || type == "o" || type == "x" || type == "X") ? 4 : 3
        return try assemble(parts, spec: spec, groupLen: groupLen, useGrouping: type != "n",
                            upper: type == "X")
    }

    // MARK: float

    /// `format(d, spec)` for a float. Types e E f F g G n % and none.
    public static func formatFloat(_ d: Double, _ spec: FormatSpec, typeName: String = "float") throws -> String {
        let origType = spec.type
        var code: UInt8
        var addDot0 = false
        var defaultPrecision = 6
        switch origType {
        case nil:
            code = UInt8(ascii: "r")
            addDot0 = true
            defaultPrecision = 0
        case "e"?, "E"?, "f"?, "F"?, "g"?, "G"?, "%"?:
            code = UInt8(truncatingIfNeeded: origType?.value ?? 0)
        case "n"?:
            code = UInt8(ascii: "g")
        default:
            throw FormatSpec.unknownFormatCode(origType ?? " ", typeName: typeName)
        }
        if let p = spec.precision, p > Int(Int32.max) {
            throw PyFormatError.value("precision too big")
        }
        if let p = spec.precision, p > PyFormatLimits.maxOutputLength { throw PyFormatLimits.memoryError() }
        try checkWidth(spec)

        var val = d
        var addPct = false
        if code == UInt8(ascii: "%") {
            code = UInt8(ascii: "f")
            val *= 100
            addPct = true
        }
        var precision = spec.precision ?? defaultPrecision
        if spec.precision != nil && code == UInt8(ascii: "r") {
            code = UInt8(ascii: "g")
        }
        if code == UInt8(ascii: "r") { precision = 0 }
        var upper = false
        if code >= UInt8(ascii: "A") && code <= UInt8(ascii: "Z") {
            upper = true
            code += 32
        }
        var buf = PyFloatFormat.format(val, code: code, precision: precision, alwaysAddSign: false,
                                       addDot0: addDot0, alternate: spec.alternate,
                                       noNegativeZero: spec.noNegativeZero, upper: upper)
        if addPct { buf.append(UInt8(ascii: "%")) }

        if spec.sign != .plus && spec.sign != .space && spec.width == nil
            && origType != "n" && spec.grouping == nil {
            return String(decoding: buf, as: UTF8.self)
        }

        var parts = NumberParts()
        var i = 0
        if buf.first == UInt8(ascii: "-") {
            parts.negative = true
            i = 1
        }
        let digitStart = i
        while i < buf.count && buf[i] >= 48 && buf[i] <= 57 { i += 1 }
        parts.digits = Array(buf[digitStart..<i])
        if i < buf.count && buf[i] == UInt8(ascii: ".") {
            parts.hasDecimal = true
            i += 1
        }
        parts.remainder = Array(buf[i...])
        parts.remainderCount = parts.remainder.count
        return try assemble(parts, spec: spec, groupLen: 3, useGrouping: origType != "n", upper: false)
    }

    // MARK: str

    /// `format(s, spec)` for a str: fill, align, width and precision (truncation), all
    /// counted in code points.
    public static func formatString(_ s: String, _ spec: FormatSpec, typeName: String = "str") throws -> String {
        try spec.checkGroupingDefault("s")
        if let t = spec.type, t != "s" {
            throw FormatSpec.unknownFormatCode(t, typeName: typeName)
        }
        if let sign = spec.sign {
            throw PyFormatError.value(sign == .space ? "Space not allowed in string format specifier"
                                                     : "Sign not allowed in string format specifier")
        }
        if spec.noNegativeZero {
            throw PyFormatError.value("Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate {
            throw PyFormatError.value("Alternate form (#) not allowed in string format specifier")
        }
        let align = spec.resolvedAlign(defaultAlign: .left)
        if align == .afterSign {
            throw PyFormatError.value("'=' alignment not allowed in string format specifier")
        }
        try checkWidth(spec)
        return pad(s, width: spec.width, precision: spec.precision, align: align, fill: spec.resolvedFill)
    }

    /// Truncate to `precision` code points, then pad to `width` code points.
    static func pad(_ s: String, width: Int?, precision: Int?, align: FormatSpec.Align,
                    fill: Unicode.Scalar) -> String {
        var text = Substring(s)
        var len = -1
        if let p = precision {
            // Count lazily: only walk as far as needed.
            var count = 0
            var idx = s.unicodeScalars.startIndex
            let end = s.unicodeScalars.endIndex
            while idx < end && count < p {
                s.unicodeScalars.formIndex(after: &idx)
                count += 1
            }
            if idx < end {
                text = Substring(s.unicodeScalars[s.unicodeScalars.startIndex..<idx])
            }
            len = count
        }
        guard let w = width else { return String(text) }
        if len < 0 { len = text.unicodeScalars.count }
        if w <= len { return String(text) }
        let total = w - len
        let left: Int
        switch align {
        case .right: left = total
        case .center: left = total / 2
        default: left = 0
        }
        let right = total - left
        var out = String.UnicodeScalarView()
        if left > 0 { out.append(contentsOf: repeatElement(fill, count: left)) }
        out.append(contentsOf: text.unicodeScalars)
        if right > 0 { out.append(contentsOf: repeatElement(fill, count: right)) }
        return String(out)
    }

    // MARK: number assembly

    struct NumberParts {
        var negative = false
        var prefix: [UInt8] = []
        var digits: [UInt8] = []
        var hasDecimal = false
        var remainder: [UInt8] = []    // UTF-8
        var remainderCount = 0         // in code points
    }

    /// `calc_number_widths` + `fill_number`.
    static func assemble(_ p: NumberParts, spec: FormatSpec, groupLen: Int, useGrouping: Bool,
                         upper: Bool) throws -> String {
        let fill = spec.resolvedFill
        let align = spec.resolvedAlign(defaultAlign: .right)
        let width = spec.width ?? -1

        var signChar: UInt8 = 0
        switch spec.sign {
        case .plus?: signChar = p.negative ? UInt8(ascii: "-") : UInt8(ascii: "+")
        case .space?: signChar = p.negative ? UInt8(ascii: "-") : UInt8(ascii: " ")
        default: if p.negative { signChar = UInt8(ascii: "-") }
        }
        let nSign = signChar != 0 ? 1 : 0
        let nNonDigit = nSign + p.prefix.count + (p.hasDecimal ? 1 : 0) + p.remainderCount
        let minWidth = (fill == "0" && align == .afterSign) ? width - nNonDigit : 0

        var grouped: [UInt8] = []
        if !p.digits.isEmpty {
            var sep: UInt8? = nil
            if useGrouping, let g = spec.grouping { sep = g == "," ? UInt8(ascii: ",") : UInt8(ascii: "_") }
            grouped = insertGrouping(p.digits, minWidth: minWidth, separator: sep, groupLen: groupLen)
        }
        let nPadding = width - (nNonDigit + grouped.count)
        var lpad = 0, spad = 0, rpad = 0
        if nPadding > 0 {
            switch align {
            case .left: rpad = nPadding
            case .center:
                lpad = nPadding / 2
                rpad = nPadding - lpad
            case .afterSign: spad = nPadding
            case .right: lpad = nPadding
            }
        }
        var fillBytes: [UInt8] = []
        if lpad + spad + rpad > 0 { fillBytes = Array(String(Character(fill)).utf8) }

        var out = [UInt8]()
        out.reserveCapacity((lpad + spad + rpad) * fillBytes.count + nNonDigit + grouped.count + 4)
        @inline(__always) func appendFill(_ n: Int) {
            if n <= 0 { return }
            if fillBytes.count == 1 {
                out.append(contentsOf: repeatElement(fillBytes[0], count: n))
            } else {
                for _ in 0..<n { out.append(contentsOf: fillBytes) }
            }
        }
        appendFill(lpad)
        if signChar != 0 { out.append(signChar) }
        if upper {
            out.append(contentsOf: p.prefix.map(asciiUpper))
        } else {
            out.append(contentsOf: p.prefix)
        }
        appendFill(spad)
        if upper {
            out.append(contentsOf: grouped.map(asciiUpper))
        } else {
            out.append(contentsOf: grouped)
        }
        if p.hasDecimal { out.append(UInt8(ascii: ".")) }
        out.append(contentsOf: p.remainder)
        appendFill(rpad)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func asciiUpper(_ b: UInt8) -> UInt8 {
        return (b >= 97 && b <= 122) ? b - 32 : b
    }

    /// `_PyUnicode_InsertThousandsGrouping` for a repeating group size, including its
    /// zero padding up to `minWidth`. With no separator, only the zero padding applies.
    static func insertGrouping(_ digits: [UInt8], minWidth: Int, separator: UInt8?,
                               groupLen: Int) -> [UInt8] {
        if separator == nil && minWidth <= digits.count { return digits }
        var rev = [UInt8]()
        rev.reserveCapacity(max(digits.count, minWidth) + digits.count / max(groupLen, 1) + 2)
        var remaining = digits.count
        var minW = minWidth
        var idx = digits.count
        @inline(__always) func put(chars: Int, zeros: Int) {
            var c = chars
            while c > 0 {
                idx -= 1
                rev.append(digits[idx])
                c -= 1
            }
            if zeros > 0 { rev.append(contentsOf: repeatElement(48, count: zeros)) }
        }
        if let sep = separator {
            var useSep = false
            while true {
                let len = min(groupLen, max(max(remaining, minW), 1))
                let nZeros = max(0, len - remaining)
                let nChars = max(0, min(remaining, len))
                if useSep { rev.append(sep) }
                put(chars: nChars, zeros: nZeros)
                useSep = true
                remaining -= nChars
                minW -= len
                if remaining <= 0 && minW <= 0 { break }
                minW -= 1
            }
        } else {
            let len = max(max(remaining, minW), 1)
            put(chars: max(0, min(remaining, len)), zeros: max(0, len - remaining))
        }
        rev.reverse()
        return rev
    }
}

extension FormatSpec {
    /// No option that changes how an int prints in base 10.
    var isPlainNumber: Bool {
        return sign != .plus && sign != .space && width == nil && grouping == nil && !alternate
    }
}
