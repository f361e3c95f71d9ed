// `str.format` / `str.format_map` template parsing, as CPython 3.11's `MarkupIterator`,
// `parse_field`, `field_name_split` and `FieldNameIterator` (Objects/stringlib/unicode_format.h).
//
// How a caller renders `template.format(*args, **kwargs)`:
//
//     var numbering = FormatFieldNumbering()
//     for piece in FormatString.parseLenient(template) {          // or `try parse(...)`
//         switch piece {
//         case .literal(let text): out += text
//         case .error(let e): throw e
//         case .field(let f):
//             let name = try FormatString.parseFieldName(f.fieldName, numbering: &numbering)
//             var obj = lookup(name.first)          // args[i] / kwargs[name]; messages below
//             for acc in name.accessors { obj = apply(acc, obj) }  // getattr / getitem
//             if let e = name.trailingError { throw e }
//             obj = try convert(obj, f.conversion)  // nil, "r", "s", "a";
//                                                   // else throw FormatString.conversionError(c)
//             var spec = f.formatSpec
//             if f.formatSpecNeedsExpanding {       // nested "{...}" inside the spec
//                 guard depth > 0 else { throw FormatString.recursionError }
//                 spec = render(spec, depth: depth - 1, numbering: &numbering) // same numbering
//             }
//             out += try format(obj, spec)          // __format__
//         }
//     }
//
// Top-level calls start with depth 2 (CPython's recursion_depth): a spec may contain
// fields, whose own specs may not. `parseLenient` keeps CPython's error order (an invalid
// field later in the template is reported only after earlier fields were looked up);
// `parse` throws the first syntax error at once.

public enum FormatStringPiece: Equatable, Sendable {
    /// Literal text, with `{{` and `}}` already unescaped.
    case literal(String)
    case field(FormatStringField)
    /// Only from `FormatString.parseLenient`: the syntax error that ends the template.
    case error(PyFormatError)
}

/// One `{field_name!conversion:format_spec}` replacement field.
public struct FormatStringField: Equatable, Hashable, Sendable {
    /// The raw field name (`""` for auto-numbering, `"0"`, `"name.attr[key]"`); parse it
    /// with `FormatString.parseFieldName` when rendering.
    public var fieldName: String
    /// The character after `!`, unvalidated (r, s, a are valid; see `conversionError`).
    public var conversion: Unicode.Scalar?
    /// The raw format spec after `:` (may contain nested `{...}` fields).
    public var formatSpec: String
    /// True when `formatSpec` contains `{` and must be rendered first.
    public var formatSpecNeedsExpanding: Bool

    public init(fieldName: String, conversion: Unicode.Scalar?, formatSpec: String,
                formatSpecNeedsExpanding: Bool) {
        self.fieldName = fieldName
        self.conversion = conversion
        self.formatSpec = formatSpec
        self.formatSpecNeedsExpanding = formatSpecNeedsExpanding
    }
}

/// A parsed field name: the argument, then attribute and item accessors.
public struct FormatFieldName: Equatable, Hashable, Sendable {
    public enum First: Equatable, Hashable, Sendable {
        /// Positional argument (explicit, or the auto-numbered next one).
        case index(Int)
        /// Keyword argument.
        case name(String)
    }

    public enum Accessor: Equatable, Hashable, Sendable {
        /// `.name`
        case attribute(String)
        /// `[digits]`: an int subscript.
        case index(Int)
        /// `[anything else]`: a str subscript.
        case key(String)
    }

    public var first: First
    public var accessors: [Accessor]
    /// A syntax error found after `accessors` (CPython raises it only after applying
    /// them): `Empty attribute in format string`, `Missing ']' in format string`,
    /// `Only '.' or '[' may follow ']' in format field specifier`.
    public var trailingError: PyFormatError?
}

/// The auto-numbering state shared by one `format()` call (including nested specs).
public struct FormatFieldNumbering: Equatable, Sendable {
    enum State: Equatable, Sendable { case initial, auto, manual }
    var state: State = .initial
    /// The next auto-numbered index.
    public private(set) var nextIndex = 0

    public init() {}

    /// Records a field that is empty (auto) or numeric (manual) and returns the index to
    /// use for an empty one. Throws `cannot switch from manual field specification to
    /// automatic field numbering` and the reverse.
    public mutating func check(isEmpty: Bool, isNumeric: Bool) throws -> Int? {
        let usingNumeric = isEmpty || isNumeric
        if state == .initial && usingNumeric {
            state = isEmpty ? .auto : .manual
        }
        if usingNumeric {
            if state == .manual && isEmpty {
                throw PyFormatError.value("cannot switch from manual field specification to automatic field numbering")
            }
            if state == .auto && !isEmpty {
                throw PyFormatError.value("cannot switch from automatic field numbering to manual field specification")
            }
        }
        if isEmpty {
            let i = nextIndex
            nextIndex += 1
            return i
        }
        return nil
    }
}

public enum FormatString {
    /// ValueError `Max string recursion exceeded`.
    public static var recursionError: PyFormatError { .value("Max string recursion exceeded") }

    /// ValueError `Unknown conversion specifier x` (or `\x..` for non-ASCII).
    public static func conversionError(_ c: Unicode.Scalar) -> PyFormatError {
        if c.value > 32 && c.value < 127 {
            return .value("Unknown conversion specifier \(Character(c))")
        }
        return .value("Unknown conversion specifier \\x\(String(c.value, radix: 16))")
    }

    /// IndexError `Replacement index 3 out of range for positional args tuple`.
    public static func indexOutOfRange(_ i: Int) -> PyFormatError {
        return PyFormatError(.indexError, "Replacement index \(i) out of range for positional args tuple")
    }

    /// ValueError `Format string contains positional fields` (format_map).
    public static var positionalInFormatMap: PyFormatError { .value("Format string contains positional fields") }

    /// Parses a template, throwing the first syntax error.
    public static func parse(_ s: String) throws -> [FormatStringPiece] {
        let pieces = parseLenient(s)
        if case .error(let e)? = pieces.last { throw e }
        return pieces
    }

    /// Parses a template; a syntax error ends the list as a `.error` piece.
    public static func parseLenient(_ str: String) -> [FormatStringPiece] {
        var pieces: [FormatStringPiece] = []
        let utf8 = str.utf8
        if !utf8.contains(UInt8(ascii: "{")) && !utf8.contains(UInt8(ascii: "}")) {
            return str.isEmpty ? [] : [.literal(str)]
        }
        let s = Array(str.unicodeScalars)
        let n = s.count
        var pos = 0
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                pieces.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        while pos < n {
            let c = s[pos]
            pos += 1
            if c != "{" && c != "}" {
                literal.append(c)
                continue
            }
            let atEnd = pos >= n
            if c == "}" {
                if atEnd || s[pos] != "}" {
                    flush()
                    pieces.append(.error(.value("Single '}' encountered in format string")))
                    return pieces
                }
                pos += 1
                literal.append("}")
                continue
            }
            // c == "{"
            if atEnd {
                flush()
                pieces.append(.error(.value("Single '{' encountered in format string")))
                return pieces
            }
            if s[pos] == "{" {
                pos += 1
                literal.append("{")
                continue
            }
            flush()
            switch parseField(s, &pos) {
            case .success(let f): pieces.append(.field(f))
            case .failure(let e):
                pieces.append(.error(e))
                return pieces
            }
        }
        flush()
        return pieces
    }

    /// CPython's `parse_field`, starting just after the `{`.
    private static func parseField(_ s: [Unicode.Scalar], _ pos: inout Int) -> Result<FormatStringField, PyFormatError> {
        let n = s.count
        let nameStart = pos
        var c: Unicode.Scalar = "\0"
        scan: while pos < n {
            c = s[pos]
            pos += 1
            switch c {
            case "{":
                return .failure(.value("unexpected '{' in field name"))
            case "[":
                while pos < n && s[pos] != "]" { pos += 1 }
                continue scan
            case "}", ":", "!":
                break scan
            default:
                continue scan
            }
        }
        let fieldName = String(String.UnicodeScalarView(s[nameStart..<max(nameStart, pos - 1)]))
        if c == "!" || c == ":" {
            var conversion: Unicode.Scalar? = nil
            if c == "!" {
                if pos >= n {
                    return .failure(.value("end of string while looking for conversion specifier"))
                }
                conversion = s[pos]
                pos += 1
                if pos < n {
                    let c2 = s[pos]
                    pos += 1
                    if c2 == "}" {
                        return .success(FormatStringField(fieldName: fieldName, conversion: conversion,
                                                          formatSpec: "", formatSpecNeedsExpanding: false))
                    }
                    if c2 != ":" {
                        return .failure(.value("expected ':' after conversion specifier"))
                    }
                }
            }
            let specStart = pos
            var count = 1
            var needsExpanding = false
            while pos < n {
                let ch = s[pos]
                pos += 1
                if ch == "{" {
                    needsExpanding = true
                    count += 1
                } else if ch == "}" {
                    count -= 1
                    if count == 0 {
                        let spec = String(String.UnicodeScalarView(s[specStart..<(pos - 1)]))
                        return .success(FormatStringField(fieldName: fieldName, conversion: conversion,
                                                          formatSpec: spec,
                                                          formatSpecNeedsExpanding: needsExpanding))
                    }
                }
            }
            return .failure(.value("unmatched '{' in format spec"))
        }
        if c != "}" || pos > n {
            return .failure(.value("expected '}' before end of string"))
        }
        return .success(FormatStringField(fieldName: fieldName, conversion: nil, formatSpec: "",
                                          formatSpecNeedsExpanding: false))
    }

    /// CPython's `get_integer` for field names: Unicode decimal digits only; nil when
    /// empty or not all digits; throws `Too many decimal digits in format string`.
    private static func integerValue<C: Collection>(_ s: C) throws -> Int? where C.Element == Unicode.Scalar {
        if s.isEmpty { return nil }
        var acc = 0
        for c in s {
            guard let d = PyStrRepr.decimalValue(c) else { return nil }
            if acc > (Int.max - d) / 10 {
                throw PyFormatError.value("Too many decimal digits in format string")
            }
            acc = acc * 10 + d
        }
        return acc
    }

    /// Splits a field name into the argument and its accessors, applying auto-numbering.
    /// Throws the numbering errors and `Too many decimal digits in format string`; later
    /// syntax errors go to `trailingError`.
    public static func parseFieldName(_ name: String,
                                      numbering: inout FormatFieldNumbering) throws -> FormatFieldName {
        let s = Array(name.unicodeScalars)
        let n = s.count
        var i = 0
        while i < n && s[i] != "." && s[i] != "[" { i += 1 }
        let firstPart = s[0..<i]
        let index = try integerValue(firstPart)
        let isEmpty = firstPart.isEmpty
        let first: FormatFieldName.First
        if let auto = try numbering.check(isEmpty: isEmpty, isNumeric: index != nil) {
            first = .index(auto)
        } else if let idx = index {
            first = .index(idx)
        } else {
            first = .name(String(String.UnicodeScalarView(firstPart)))
        }
        var result = FormatFieldName(first: first, accessors: [], trailingError: nil)
        // FieldNameIterator
        var pos = i
        while pos < n {
            let c = s[pos]
            pos += 1
            var isAttribute = false
            let start: Int
            let end: Int
            if c == "." {
                isAttribute = true
                start = pos
                while pos < n && s[pos] != "." && s[pos] != "[" { pos += 1 }
                end = pos
            } else if c == "[" {
                start = pos
                var bracketSeen = false
                while pos < n {
                    let ch = s[pos]
                    pos += 1
                    if ch == "]" { bracketSeen = true; break }
                }
                if !bracketSeen {
                    result.trailingError = .value("Missing ']' in format string")
                    return result
                }
                end = pos - 1
            } else {
                result.trailingError = .value("Only '.' or '[' may follow ']' in format field specifier")
                return result
            }
            if start == end {
                result.trailingError = .value("Empty attribute in format string")
                return result
            }
            let part = s[start..<end]
            if isAttribute {
                result.accessors.append(.attribute(String(String.UnicodeScalarView(part))))
            } else {
                do {
                    if let k = try integerValue(part) {
                        result.accessors.append(.index(k))
                    } else {
                        result.accessors.append(.key(String(String.UnicodeScalarView(part))))
                    }
                } catch let e as PyFormatError {
                    result.trailingError = e
                    return result
                }
            }
        }
        return result
    }
}
