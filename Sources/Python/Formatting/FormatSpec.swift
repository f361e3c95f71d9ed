// The format-spec mini-language of `format(value, spec)` / `str.format`:
//     [[fill]align][sign][z][#][0][width][grouping_option][.precision][type]
// parsed as CPython 3.11's `parse_internal_render_format_spec` does, with its messages.
//
// CPython substitutes the type's default presentation type and alignment while parsing;
// here the spec records what was written (nil when omitted) and the `PyFormat.format*`
// functions resolve defaults for their type, raising the type-dependent errors in CPython's
// order (`Cannot specify ',' with 's'.` for a string with no explicit type, for instance).

public struct FormatSpec: Equatable, Hashable, Sendable {
    /// Alignment option.
    public enum Align: Character, Sendable, Hashable {
        case left = "<"
        case right = ">"
        case center = "^"
        case afterSign = "="
    }

    /// Sign option.
    public enum Sign: Character, Sendable, Hashable {
        case plus = "+"
        case minus = "-"
        case space = " "
    }

    /// The fill character, when one was written before an alignment character.
    public var fill: Unicode.Scalar?
    /// The alignment, when written.
    public var align: Align?
    public var sign: Sign?
    /// The `z` option: coerce negative zero to zero (floats only).
    public var noNegativeZero: Bool = false
    /// The `#` option.
    public var alternate: Bool = false
    /// A `0` written before the width (only recorded when no fill character was given):
    /// fill with `0`, and for numbers align with `=` unless an alignment was given.
    public var zeroPad: Bool = false
    public var width: Int?
    /// `,` or `_`.
    public var grouping: Character?
    public var precision: Int?
    /// The presentation type, when written.
    public var type: Unicode.Scalar?

    public init() {}

    /// True when nothing at all was specified (the empty spec).
    public var isEmpty: Bool {
        return fill == nil && align == nil && sign == nil && !noNegativeZero && !alternate
            && !zeroPad && width == nil && grouping == nil && precision == nil && type == nil
    }

    /// Parses a format spec. `typeName` is the Python type name used in the message
    /// `Invalid format specifier '...' for object of type '...'`.
    public static func parse(_ text: String, typeName: String) throws -> FormatSpec {
        var spec = FormatSpec()
        if text.isEmpty { return spec }
        let s = Array(text.unicodeScalars)
        let end = s.count
        var pos = 0

        @inline(__always) func alignOf(_ c: Unicode.Scalar) -> Align? {
            switch c {
            case "<": return .left
            case ">": return .right
            case "^": return .center
            case "=": return .afterSign
            default: return nil
            }
        }

        if end >= 2, let a = alignOf(s[1]) {
            spec.fill = s[0]
            spec.align = a
            pos = 2
        } else if end >= 1, let a = alignOf(s[0]) {
            spec.align = a
            pos = 1
        }
        if pos < end {
            switch s[pos] {
            case "+": spec.sign = .plus; pos += 1
            case "-": spec.sign = .minus; pos += 1
            case " ": spec.sign = .space; pos += 1
            default: break
            }
        }
        if pos < end && s[pos] == "z" {
            spec.noNegativeZero = true
            pos += 1
        }
        if pos < end && s[pos] == "#" {
            spec.alternate = true
            pos += 1
        }
        if spec.fill == nil && pos < end && s[pos] == "0" {
            spec.zeroPad = true
            pos += 1
        }
        let (width, wdigits) = try readInteger(s, &pos)
        if wdigits > 0 { spec.width = width }

        if pos < end && s[pos] == "," {
            spec.grouping = ","
            pos += 1
        }
        if pos < end && s[pos] == "_" {
            if spec.grouping != nil { throw PyFormatError.value("Cannot specify both ',' and '_'.") }
            spec.grouping = "_"
            pos += 1
        }
        if pos < end && s[pos] == "," {
            if spec.grouping == "_" { throw PyFormatError.value("Cannot specify both ',' and '_'.") }
        }
        if pos < end && s[pos] == "." {
            pos += 1
            let (p, pdigits) = try readInteger(s, &pos)
            if pdigits == 0 { throw PyFormatError.value("Format specifier missing precision") }
            spec.precision = p
        }
        if end - pos > 1 {
            throw PyFormatError.value("Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        if end - pos == 1 {
            spec.type = s[pos]
        }
        if let t = spec.type {
            try spec.checkGrouping(effectiveType: t)
        }
        return spec
    }

    /// CPython's `get_integer`: Unicode decimal digits, with its overflow message.
    private static func readInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws -> (Int, Int) {
        var acc = 0
        var n = 0
        while pos < s.count, let d = PyStrRepr.decimalValue(s[pos]) {
            if acc > (Int.max - d) / 10 {
                throw PyFormatError.value("Too many decimal digits in format string")
            }
            acc = acc * 10 + d
            pos += 1
            n += 1
        }
        return (acc, n)
    }

    /// The grouping check that CPython makes at parse time against the effective
    /// (explicit or default) presentation type.
    func checkGrouping(effectiveType t: Unicode.Scalar) throws {
        guard let g = grouping else { return }
        switch t {
        case "d", "e", "f", "g", "E", "G", "%", "F":
            return
        case "b", "o", "x", "X":
            if g == "_" { return }
        default:
            break
        }
        throw PyFormatError.value("Cannot specify '\(g)' with '\(pyFormatCodeText(t))'.")
    }

    /// Grouping for a type with no explicit presentation type, where the default type
    /// is `defaultType` (`d` for int, none for float, `s` for str).
    func checkGroupingDefault(_ defaultType: Unicode.Scalar?) throws {
        guard type == nil, let t = defaultType else { return }
        try checkGrouping(effectiveType: t)
    }

    /// `Unknown format code 'x' for object of type 'float'`.
    public static func unknownFormatCode(_ code: Unicode.Scalar, typeName: String) -> PyFormatError {
        return PyFormatError.value("Unknown format code '\(pyFormatCodeText(code))' for object of type '\(typeName)'")
    }

    // MARK: resolution

    /// Fill character after applying the `0` option.
    var resolvedFill: Unicode.Scalar {
        if let f = fill { return f }
        return zeroPad ? "0" : " "
    }

    /// Alignment after applying the type's default (`>` numbers, `<` strings) and `0`.
    func resolvedAlign(defaultAlign: Align) -> Align {
        if let a = align { return a }
        if zeroPad && defaultAlign == .right { return .afterSign }
        return defaultAlign
    }
}
