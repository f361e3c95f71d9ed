import BigInt

// `str % args` (printf-style formatting), as CPython 3.11's `PyUnicode_Format`:
// parsing of `%[(key)][flags][width][.precision][hlL]conversion` with its errors, and the
// per-conversion formatting (`formatlong`, `formatfloat`, `formatchar`,
// `unicode_format_arg_output`). The caller walks the pieces, takes arguments (for `*`
// widths/precisions first, then the value, or a mapping lookup for `%(key)`), converts
// values (str()/repr()/ascii() for s/r/a, int()/float() coercions) and raises the argument
// errors whose messages are provided here.
//
// Error order. CPython parses lazily while it consumes arguments. `parse` is eager and
// throws the first syntax error. `parseLenient` never throws and keeps CPython's order:
//   * it stops at the first syntax error with a trailing `.error` piece;
//   * when that error comes after a `*` of the same conversion, the trailing piece is
//     `.incompleteSpec(spec, error)` instead: resolve the spec's stars (taking arguments,
//     which may fail first) and then throw the error;
//   * unsupported conversion characters stay in `.spec` pieces (`isSupported == false`):
//     take the argument (or do the mapping lookup) first, then throw `spec.unsupportedError`;
//   * pass `mappingAvailable: false` when the right operand is not a mapping, so that a
//     `%(` yields `format requires a mapping` at the right moment.

public enum PercentPiece: Equatable, Sendable {
    /// Literal text, with `%%` already turned into `%`.
    case literal(String)
    case spec(PercentSpec)
    /// Only from `PercentFormat.parseLenient`: the syntax error that ends the format.
    case error(PyFormatError)
    /// Only from `PercentFormat.parseLenient`: a conversion that had a `*` width or
    /// precision and then ended badly. Resolve its stars (taking arguments), then throw.
    case incompleteSpec(PercentSpec, PyFormatError)
}

/// Width or precision of a `%` conversion.
public enum PercentCount: Equatable, Hashable, Sendable {
    case none
    /// `*`: taken from the arguments (see `PercentSpec.setStarWidth` / `setStarPrecision`).
    case star
    case value(Int)
}

public struct PercentSpec: Equatable, Hashable, Sendable {
    /// `%(key)s` mapping key.
    public var key: String?
    public var leftAdjust = false   // '-'
    public var plusSign = false     // '+'
    public var blank = false        // ' '
    public var alternate = false    // '#'
    public var zeroPad = false      // '0'
    public var width: PercentCount = .none
    public var precision: PercentCount = .none
    /// The conversion character, one of `d i u o x X e E f F g G c r s a` when supported.
    public var conversion: Unicode.Scalar = "s"
    /// Code-point index of the conversion character in the format (for the error message).
    public var conversionIndex: Int = 0

    public init() {}

    public var isSupported: Bool {
        switch conversion {
        case "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a":
            return true
        default:
            return false
        }
    }

    /// True for d i u o x X (int conversions).
    public var isIntConversion: Bool {
        switch conversion {
        case "d", "i", "u", "o", "x", "X": return true
        default: return false
        }
    }

    /// True for e E f F g G.
    public var isFloatConversion: Bool {
        switch conversion {
        case "e", "E", "f", "F", "g", "G": return true
        default: return false
        }
    }

    /// `unsupported format character 'z' (0x7a) at index 3`.
    public var unsupportedError: PyFormatError {
        let v = conversion.value
        let shown = (v >= 31 && v <= 126) ? String(Character(conversion)) : "?"
        return PyFormatError.value(
            "unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(conversionIndex)")
    }

    /// Resolves a `*` width with its int argument (negative means left-adjusted).
    public mutating func setStarWidth(_ w: Int) {
        if w < 0 {
            leftAdjust = true
            width = .value(w == Int.min ? Int.max : -w)
        } else {
            width = .value(w)
        }
    }

    /// Resolves a `*` precision with its int argument (negative means 0). Throws
    /// `OverflowError: Python int too large to convert to C int` beyond 32 bits, as CPython.
    public mutating func setStarPrecision(_ p: Int) throws {
        if p > Int(Int32.max) || p < Int(Int32.min) {
            throw PyFormatError.overflow("Python int too large to convert to C int")
        }
        precision = .value(max(p, 0))
    }

    var widthValue: Int {
        if case .value(let w) = width { return w }
        return -1
    }

    var precisionValue: Int {
        if case .value(let p) = precision { return p }
        return -1
    }
}

public enum PercentFormat {
    // MARK: messages for the caller

    public static let notEnoughArgumentsMessage = "not enough arguments for format string"
    public static let notAllConvertedMessage = "not all arguments converted during string formatting"
    public static let requiresMappingMessage = "format requires a mapping"
    public static let starWantsIntMessage = "* wants int"
    public static let charRequiredMessage = "%c requires int or char"

    /// TypeError: `not enough arguments for format string`.
    public static var notEnoughArguments: PyFormatError { .type(notEnoughArgumentsMessage) }
    /// TypeError: `not all arguments converted during string formatting`.
    public static var notAllConverted: PyFormatError { .type(notAllConvertedMessage) }
    /// TypeError: `format requires a mapping`.
    public static var requiresMapping: PyFormatError { .type(requiresMappingMessage) }
    /// TypeError: `* wants int`.
    public static var starWantsInt: PyFormatError { .type(starWantsIntMessage) }

    /// `%d format: a real number is required, not str` (d i u with a non-number), or
    /// `%x format: an integer is required, not float` (o x X with a non-int).
    public static func numberRequired(conversion: Unicode.Scalar, typeName: String) -> PyFormatError {
        switch conversion {
        case "o", "x", "X":
            return .type("%\(Character(conversion)) format: an integer is required, not \(typeName)")
        default:
            return .type("%\(Character(conversion)) format: a real number is required, not \(typeName)")
        }
    }

    /// `must be real number, not str` (e E f F g G with a non-number).
    public static func realNumberRequired(typeName: String) -> PyFormatError {
        return .type("must be real number, not \(typeName)")
    }

    // MARK: parsing

    /// Parses the whole format, throwing the first error (including unsupported
    /// conversion characters).
    public static func parse(_ fmt: String) throws -> [PercentPiece] {
        let pieces = parseLenient(fmt)
        for p in pieces {
            switch p {
            case .error(let e), .incompleteSpec(_, let e): throw e
            case .spec(let s) where !s.isSupported: throw s.unsupportedError
            default: break
            }
        }
        return pieces
    }

    /// Parses without throwing: see the comment at the top of this file.
    public static func parseLenient(_ fmt: String, mappingAvailable: Bool = true) -> [PercentPiece] {
        var pieces: [PercentPiece] = []
        // Fast path: no '%' at all.
        if !fmt.utf8.contains(UInt8(ascii: "%")) {
            return fmt.isEmpty ? [] : [.literal(fmt)]
        }
        let s = Array(fmt.unicodeScalars)
        let n = s.count
        var pos = 0
        var literal = String.UnicodeScalarView()
        func flushLiteral() {
            if !literal.isEmpty {
                pieces.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        let incomplete = PyFormatError.value("incomplete format")
        while pos < n {
            let c = s[pos]
            if c != "%" {
                literal.append(c)
                pos += 1
                continue
            }
            pos += 1
            if pos < n && s[pos] == "%" {
                literal.append("%")
                pos += 1
                continue
            }
            flushLiteral()
            var spec = PercentSpec()
            if pos < n && s[pos] == "(" {
                if !mappingAvailable {
                    pieces.append(.error(.type(requiresMappingMessage)))
                    return pieces
                }
                pos += 1
                let keyStart = pos
                var depth = 1
                while depth > 0 && pos < n {
                    if s[pos] == ")" { depth -= 1 } else if s[pos] == "(" { depth += 1 }
                    pos += 1
                }
                if depth > 0 {
                    pieces.append(.error(.value("incomplete format key")))
                    return pieces
                }
                spec.key = String(String.UnicodeScalarView(s[keyStart..<(pos - 1)]))
            }
            var ch: Unicode.Scalar = "\0"
            var exhausted = false
            func fail(_ e: PyFormatError) {
                if spec.width == .star || spec.precision == .star {
                    pieces.append(.incompleteSpec(spec, e))
                } else {
                    pieces.append(.error(e))
                }
            }
            func next() -> Bool {
                if pos < n {
                    ch = s[pos]
                    pos += 1
                    return true
                }
                exhausted = true
                return false
            }
            flags: while next() {
                switch ch {
                case "-": spec.leftAdjust = true
                case "+": spec.plusSign = true
                case " ": spec.blank = true
                case "#": spec.alternate = true
                case "0": spec.zeroPad = true
                default: break flags
                }
            }
            if exhausted { fail(incomplete); return pieces }
            if ch == "*" {
                spec.width = .star
                if !next() { fail(incomplete); return pieces }
            } else if ch.value >= 48 && ch.value <= 57 {
                var w = Int(ch.value - 48)
                while next() {
                    guard ch.value >= 48 && ch.value <= 57 else { break }
                    let d = Int(ch.value - 48)
                    if w > (Int.max - d) / 10 {
                        pieces.append(.error(.value("width too big")))
                        return pieces
                    }
                    w = w * 10 + d
                }
                spec.width = .value(w)
                if exhausted { fail(incomplete); return pieces }
            }
            if ch == "." {
                spec.precision = .value(0)
                if !next() { fail(incomplete); return pieces }
                if ch == "*" {
                    spec.precision = .star
                    if !next() { fail(incomplete); return pieces }
                } else if ch.value >= 48 && ch.value <= 57 {
                    var p = Int(ch.value - 48)
                    let limit = Int(Int32.max)
                    while next() {
                        guard ch.value >= 48 && ch.value <= 57 else { break }
                        let d = Int(ch.value - 48)
                        if p > (limit - d) / 10 {
                            fail(.value("precision too big"))
                            return pieces
                        }
                        p = p * 10 + d
                    }
                    spec.precision = .value(p)
                    if exhausted { fail(incomplete); return pieces }
                }
            }
            if ch == "h" || ch == "l" || ch == "L" {
                if !next() { fail(incomplete); return pieces }
            }
            spec.conversion = ch
            spec.conversionIndex = pos - 1
            pieces.append(.spec(spec))
        }
        flushLiteral()
        return pieces
    }

    // MARK: formatting one conversion

    /// An int for `d i u o x X` (bools and int subclasses pass their int value; floats for
    /// d/i/u are truncated by the caller with int()).
    public static func formatInt(_ v: BigInt, _ spec: PercentSpec) throws -> String {
        let text = try formatLong(v, spec)
        return try output(text, spec, numeric: true)
    }

    /// Fast `Int` overload of `formatInt`.
    public static func formatInt(_ v: Int, _ spec: PercentSpec) throws -> String {
        if spec.conversion == "d" || spec.conversion == "i" || spec.conversion == "u",
           spec.widthValue < 0, spec.precisionValue < 0, !spec.plusSign, !spec.blank {
            return String(v)
        }
        return try formatInt(BigInt(v), spec)
    }

    /// A float for `e E f F g G`.
    public static func formatFloat(_ d: Double, _ spec: PercentSpec) throws -> String {
        var code = UInt8(truncatingIfNeeded: spec.conversion.value)
        var upper = false
        switch spec.conversion {
        case "e", "f", "g": break
        case "E", "F", "G":
            upper = true
            code += 32
        default:
            throw spec.unsupportedError
        }
        let prec = spec.precisionValue < 0 ? 6 : spec.precisionValue
        if prec > PyFormatLimits.maxOutputLength || spec.widthValue > PyFormatLimits.maxOutputLength {
            throw PyFormatLimits.memoryError()
        }
        let bytes = PyFloatFormat.format(d, code: code, precision: prec, alwaysAddSign: false,
                                         addDot0: false, alternate: spec.alternate,
                                         noNegativeZero: false, upper: upper)
        let text = String(decoding: bytes, as: UTF8.self)
        if spec.widthValue < 0 && spec.precisionValue < 0 && !spec.plusSign && !spec.blank {
            return text
        }
        return try output(text, spec, numeric: true)
    }

    /// A string for `s r a`: the caller passes str(v), repr(v) or ascii(v). Precision
    /// truncates, width pads (code points).
    public static func formatString(_ s: String, _ spec: PercentSpec) throws -> String {
        return try output(s, spec, numeric: false)
    }

    /// A character for `c` (see `charFromInt` / `charFromString`).
    public static func formatChar(_ c: Unicode.Scalar, _ spec: PercentSpec) throws -> String {
        return try output(String(Character(c)), spec, numeric: false)
    }

    /// `%c` with an int: OverflowError `%c arg not in range(0x110000)`. Surrogate code
    /// points, which a Swift string cannot hold, become U+FFFD.
    public static func charFromInt(_ v: BigInt) throws -> Unicode.Scalar {
        guard let i = Int(exactly: v), i >= 0, i <= 0x10FFFF else {
            throw PyFormatError.overflow("%c arg not in range(0x110000)")
        }
        return Unicode.Scalar(UInt32(i)) ?? "\u{FFFD}"
    }

    /// `%c` with a str: exactly one code point, else TypeError `%c requires int or char`.
    public static func charFromString(_ s: String) throws -> Unicode.Scalar {
        var it = s.unicodeScalars.makeIterator()
        guard let first = it.next(), it.next() == nil else {
            throw PyFormatError.type(charRequiredMessage)
        }
        return first
    }

    /// CPython's `_PyUnicode_FormatLong`: sign, `0o`/`0x`/`0X` with `#`, zero-extended to
    /// the precision.
    static func formatLong(_ v: BigInt, _ spec: PercentSpec) throws -> String {
        let prec = spec.precisionValue
        if prec > Int(Int32.max) - 3 {
            throw PyFormatError.overflow("precision too large")
        }
        if prec > PyFormatLimits.maxOutputLength || spec.widthValue > PyFormatLimits.maxOutputLength {
            throw PyFormatLimits.memoryError()
        }
        let base: Int
        switch spec.conversion {
        case "o": base = 8
        case "x", "X": base = 16
        default: base = 10
        }
        var out = [UInt8]()
        if v.sign == .minus && !v.isZero { out.append(UInt8(ascii: "-")) }
        if spec.alternate && base != 10 {
            out.append(48)
            out.append(UInt8(truncatingIfNeeded: spec.conversion.value))
        }
        let digits: String
        if let small = UInt64(exactly: v.magnitude) {
            digits = String(small, radix: base, uppercase: spec.conversion == "X")
        } else {
            digits = String(v.magnitude, radix: base, uppercase: spec.conversion == "X")
        }
        let nd = digits.utf8.count
        if prec > nd { out.append(contentsOf: repeatElement(48, count: prec - nd)) }
        out.append(contentsOf: digits.utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// CPython's `unicode_format_arg_output`.
    static func output(_ str: String, _ spec: PercentSpec, numeric: Bool) throws -> String {
        var width = spec.widthValue
        let prec = spec.precisionValue
        if width > PyFormatLimits.maxOutputLength { throw PyFormatLimits.memoryError() }
        let fill: Unicode.Scalar = (numeric && spec.zeroPad) ? "0" : " "
        let scalars = str.unicodeScalars
        var len = scalars.count
        if (width == -1 || width <= len) && (prec == -1 || prec >= len) && !(spec.plusSign || spec.blank) {
            return str
        }
        let conv = spec.conversion
        if conv == "s" || conv == "r" || conv == "a" {
            if prec >= 0 && len > prec { len = prec }
        }
        var chars = Array(scalars)
        var pindex = 0
        var sign = numeric
        var signChar: Unicode.Scalar = "\0"
        if sign {
            let ch = chars.first ?? " "
            if ch == "-" || ch == "+" {
                signChar = ch
                len -= 1
                pindex += 1
            } else if spec.plusSign {
                signChar = "+"
            } else if spec.blank {
                signChar = " "
            } else {
                sign = false
            }
        }
        if width < len { width = len }
        var out = String.UnicodeScalarView()
        if sign {
            if fill != " " { out.append(signChar) }
            if width > len { width -= 1 }
        }
        let hasPrefix = spec.alternate && (conv == "x" || conv == "X" || conv == "o")
        if hasPrefix {
            if fill != " " {
                out.append("0")
                out.append(conv)
                pindex += 2
            }
            width -= 2
            if width < 0 { width = 0 }
            len -= 2
        }
        if width > len && !spec.leftAdjust {
            out.append(contentsOf: repeatElement(fill, count: width - len))
            width = len
        }
        if fill == " " {
            if sign { out.append(signChar) }
            if hasPrefix {
                out.append("0")
                out.append(conv)
                pindex += 2
            }
        }
        if len > 0 && pindex < chars.count {
            let end = min(chars.count, pindex + len)
            out.append(contentsOf: chars[pindex..<end])
        }
        if width > len {
            out.append(contentsOf: repeatElement(" " as Unicode.Scalar, count: width - len))
        }
        chars.removeAll()
        return String(out)
    }
}
