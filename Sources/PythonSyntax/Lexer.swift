/// The tokenizer: Python source to tokens, with INDENT/DEDENT, implicit line joining inside
/// brackets, backslash continuations and CPython 3.11's tokenizer errors and positions.

/// Source text as an array of Unicode scalars with `\r\n` and `\r` turned into `\n`, and a
/// final `\n` appended when missing (as CPython's tokenizer does).
struct SourceText {
    let scalars: [Unicode.Scalar]
    /// Offset of the first scalar of each line; `lineStarts[0]` is line 1.
    let lineStarts: [Int]
    let filename: String

    init(_ source: String, filename: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.unicodeScalars.count + 1)
        var prevCR = false
        var first = true
        for u in source.unicodeScalars {
            // A UTF-8 byte-order mark at the start is not part of the program.
            if first {
                first = false
                if u == "\u{FEFF}" { continue }
            }
            if u == "\r" {
                out.append("\n")
                prevCR = true
                continue
            }
            if u == "\n" && prevCR {
                prevCR = false
                continue
            }
            prevCR = false
            out.append(u)
        }
        if let last = out.last, last != "\n" { out.append("\n") }
        var starts = [0]
        for (i, u) in out.enumerated() where u == "\n" && i + 1 < out.count {
            starts.append(i + 1)
        }
        self.scalars = out
        self.lineStarts = starts
        self.filename = filename
    }

    /// Wraps already-normalised scalars (used for f-string sub-expressions).
    init(scalars: [Unicode.Scalar], filename: String) {
        var out = scalars
        if let last = out.last, last != "\n" { out.append("\n") }
        var starts = [0]
        for (i, u) in out.enumerated() where u == "\n" && i + 1 < out.count {
            starts.append(i + 1)
        }
        self.scalars = out
        self.lineStarts = starts
        self.filename = filename
    }

    var lineCount: Int { scalars.isEmpty ? 0 : lineStarts.count }

    /// The text of a 1-based line, without its newline.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let s = lineStarts[line - 1]
        var e = s
        while e < scalars.count, scalars[e] != "\n" { e += 1 }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[s..<e])
        return String(v)
    }

    /// Length in scalars of a 1-based line, without its newline.
    func lineLength(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return 0 }
        let s = lineStarts[line - 1]
        var e = s
        while e < scalars.count, scalars[e] != "\n" { e += 1 }
        return e - s
    }

    /// Makes a `SyntaxError` positioned CPython's way: columns are clamped to the line's
    /// length + 1, and an end column at or before the start becomes `column + 1`.
    func error(_ kind: SyntaxError.Kind = .syntax, _ message: String, line: Int, column: Int,
               endLine: Int? = nil, endColumn: Int? = nil) -> SyntaxError {
        let len = lineLength(line)
        var col = min(column, len + 1)
        if col < 0 { col = 0 }
        var end = col + 1
        if let endColumn {
            if let endLine, endLine != line {
                end = endLine > line ? len + 1 : col + 1
                if end <= col { end = col + 1 }
            } else if endColumn > col {
                end = min(endColumn, len + 1)
                if end <= col { end = col + 1 }
            }
        }
        return SyntaxError(kind: kind, message: message, filename: filename, line: line,
                           column: col, endColumn: end, lineText: lineText(line))
    }
}

struct Lexer {
    let src: SourceText
    let s: [Unicode.Scalar]
    let n: Int
    var i = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var parens: [(ch: Unicode.Scalar, line: Int, col: Int)] = []
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var atLineStart = true
    var lineHasTokens = false

    init(_ src: SourceText) {
        self.src = src
        self.s = src.scalars
        self.n = src.scalars.count
        tokens.reserveCapacity(n / 3 + 8)
    }

    static func tokenize(_ src: SourceText) throws -> [Token] {
        var lx = Lexer(src)
        try lx.run()
        return lx.tokens
    }

    // MARK: helpers

    @inline(__always) func at(_ k: Int) -> Unicode.Scalar {
        k < n && k >= 0 ? s[k] : "\u{0}"
    }

    @inline(__always) func col(_ off: Int) -> Int { off - lineStart + 1 }

    func error(_ kind: SyntaxError.Kind = .syntax, _ msg: String, column: Int, endColumn: Int? = nil) -> SyntaxError {
        src.error(kind, msg, line: line, column: column, endColumn: endColumn)
    }

    mutating func emit(_ kind: TokenKind, _ text: String, from a: Int, to b: Int,
                       startLine: Int? = nil, startLineStart: Int? = nil) {
        let sl = startLine ?? line
        let sls = startLineStart ?? lineStart
        let tok = Token(kind: kind, text: text,
                        start: SourcePos(line: sl, column: a - sls + 1),
                        end: SourcePos(line: line, column: b - lineStart + 1),
                        startOffset: a, endOffset: b, level: parens.count)
        tokens.append(tok)
        if kind != .indent && kind != .dedent && kind != .newline { lineHasTokens = true }
    }

    func text(_ a: Int, _ b: Int) -> String {
        guard a < b else { return "" }
        // Names and operators are nearly always ASCII: their bytes are the string.
        if s[a..<b].allSatisfy({ $0.isASCII }) {
            return String(unsafeUninitializedCapacity: b - a) { buffer in
                for k in a..<b { buffer[k - a] = UInt8(truncatingIfNeeded: s[k].value) }
                return b - a
            }
        }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        return String(v)
    }

    mutating func newLine(at nextStart: Int) {
        line += 1
        lineStart = nextStart
    }

    // MARK: main loop

    mutating func run() throws {
        while true {
            if atLineStart {
                atLineStart = false
                try handleIndentation()
            }
            while i < n, s[i] == " " || s[i] == "\t" || s[i] == "\u{0C}" { i += 1 }
            if i >= n { break }
            let c = s[i]
            if c == "#" {
                while i < n, s[i] != "\n" { i += 1 }
                continue
            }
            if c == "\n" {
                if parens.isEmpty {
                    if lineHasTokens {
                        emit(.newline, "", from: i, to: i + 1)
                        lineHasTokens = false
                    }
                    atLineStart = true
                }
                i += 1
                newLine(at: i)
                continue
            }
            if c == "\\" {
                if at(i + 1) == "\n" {
                    if i + 2 >= n {
                        // Backslash-newline at the very end of the input.
                        throw DeferredLexError(error: error(.syntax, "unexpected EOF while parsing", column: col(i) + 1))
                    }
                    i += 2
                    newLine(at: i)
                    continue
                }
                throw DeferredLexError(error: error(.syntax, "unexpected character after line continuation character",
                                                    column: col(i) + 1))
            }
            let v = c.value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F || v >= 0x80 {
                try lexNameOrString()
                continue
            }
            if v >= 0x30 && v <= 0x39 {
                try lexNumber()
                continue
            }
            if c == "." && isDigit(at(i + 1)) {
                try lexNumber()
                continue
            }
            if c == "'" || c == "\"" {
                try lexString(start: i, quoteAt: i)
                continue
            }
            try lexOperator()
        }
        // End of input.
        if let open = parens.last {
            // Leave the brackets open: the parser reports "'(' was never closed".
            _ = open
            emitEOF()
            return
        }
        if lineHasTokens {
            emit(.newline, "", from: n, to: n)
            lineHasTokens = false
        }
        let eofPos = eofPosition()
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(kind: .dedent, text: "", start: eofPos, end: eofPos,
                                startOffset: n, endOffset: n, level: 0))
        }
        emitEOF()
    }

    /// CPython reports errors at the end marker on the last line, one past its end.
    func eofPosition() -> SourcePos {
        let last = max(1, src.lineCount)
        return SourcePos(line: last, column: src.lineLength(last) + 1)
    }

    mutating func emitEOF() {
        let p = eofPosition()
        tokens.append(Token(kind: .endMarker, text: "", start: p, end: p, startOffset: n, endOffset: n,
                            level: parens.count))
    }

    mutating func handleIndentation() throws {
        var colw = 0
        var alt = 0
        var j = i
        while j < n {
            let c = s[j]
            if c == " " {
                colw += 1; alt += 1
            } else if c == "\t" {
                colw = (colw / 8 + 1) * 8
                alt += 1
            } else if c == "\u{0C}" {
                colw = 0; alt = 0
            } else {
                break
            }
            j += 1
        }
        if j >= n || s[j] == "#" || s[j] == "\n" {
            i = j
            return  // blank or comment-only line
        }
        if !parens.isEmpty {
            i = j
            return
        }
        let top = indents[indents.count - 1]
        let altTop = altIndents[altIndents.count - 1]
        if colw == top {
            if alt != altTop { throw tabError() }
        } else if colw > top {
            if indents.count >= 100 {
                throw DeferredLexError(error: error(.indentation, "too many levels of indentation", column: j - lineStart + 1))
            }
            if alt <= altTop { throw tabError() }
            indents.append(colw)
            altIndents.append(alt)
            // CPython positions INDENT/DEDENT at the width of the indentation.
            tokens.append(Token(kind: .indent, text: "", start: SourcePos(line: line, column: j - lineStart),
                                end: SourcePos(line: line, column: j - lineStart),
                                startOffset: i, endOffset: j, level: 0))
        } else {
            var count = 0
            while indents.count > 1, colw < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                count += 1
            }
            if colw != indents[indents.count - 1] {
                throw DeferredLexError(error: error(.indentation, "unindent does not match any outer indentation level",
                                                    column: src.lineLength(line) + 1))
            }
            if alt != altIndents[altIndents.count - 1] { throw tabError() }
            for _ in 0..<count {
                tokens.append(Token(kind: .dedent, text: "", start: SourcePos(line: line, column: j - lineStart),
                                    end: SourcePos(line: line, column: j - lineStart),
                                    startOffset: j, endOffset: j, level: 0))
            }
        }
        i = j
    }

    func tabError() -> DeferredLexError {
        DeferredLexError(error: error(.tab, "inconsistent use of tabs and spaces in indentation", column: 1))
    }

    // MARK: names and strings

    static func isStringPrefix(_ p: [Unicode.Scalar]) -> Bool {
        var r = 0, b = 0, u = 0, f = 0
        for c in p {
            switch c {
            case "r", "R": r += 1
            case "b", "B": b += 1
            case "u", "U": u += 1
            case "f", "F": f += 1
            default: return false
            }
        }
        if r > 1 || b > 1 || u > 1 || f > 1 { return false }
        if u == 1 { return p.count == 1 }
        if b == 1 && f == 1 { return false }
        return true
    }

    mutating func lexNameOrString() throws {
        let start = i
        var j = i
        var nonASCII = false
        while j < n {
            let v = s[j].value
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || v == 0x5F || (v >= 0x30 && v <= 0x39) {
                j += 1
            } else if v >= 0x80 {
                nonASCII = true
                j += 1
            } else {
                break
            }
        }
        if j < n, s[j] == "'" || s[j] == "\"", j - start <= 2, !nonASCII,
           Lexer.isStringPrefix(Array(s[start..<j])) {
            try lexString(start: start, quoteAt: j)
            return
        }
        if nonASCII {
            for k in start..<j {
                let u = s[k]
                let ok = k == start ? (u == "_" || u.properties.isXIDStart) : u.properties.isXIDContinue
                if !ok {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    if isPrintable(u) {
                        throw error(.syntax, "invalid character '\(Character(u))' (U+\(padded))", column: col(k))
                    }
                    throw error(.syntax, "invalid non-printable character U+\(padded)", column: col(k))
                }
            }
        }
        i = j
        emit(.name, text(start, j), from: start, to: j)
    }

    func isPrintable(_ u: Unicode.Scalar) -> Bool {
        if u == " " { return true }
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    mutating func lexString(start: Int, quoteAt q: Int) throws {
        let quote = s[q]
        let startLine = line
        let startLineStart = lineStart
        var j = q + 1
        var quoteSize = 1
        if at(j) == quote && at(j + 1) == quote {
            quoteSize = 3
            j += 2
        }
        while true {
            if j >= n || (quoteSize == 1 && s[j] == "\n") {
                // CPython reports the line it had reached; at the very end that is the last line.
                let detected = j >= n ? max(1, src.lineCount) : line
                let msg = quoteSize == 3
                    ? "unterminated triple-quoted string literal (detected at line \(detected))"
                    : "unterminated string literal (detected at line \(detected))"
                throw src.error(.syntax, msg, line: startLine, column: start - startLineStart + 1)
            }
            let c = s[j]
            if c == "\\" {
                if at(j + 1) == "\n" && j + 1 < n {
                    j += 2
                    newLine(at: j)
                    continue
                }
                j += 2
                continue
            }
            if c == "\n" {
                j += 1
                newLine(at: j)
                continue
            }
            if c == quote {
                if quoteSize == 1 {
                    j += 1
                    break
                }
                if at(j + 1) == quote && at(j + 2) == quote {
                    j += 3
                    break
                }
            }
            j += 1
        }
        i = j
        emit(.string, "", from: start, to: j, startLine: startLine, startLineStart: startLineStart)
    }

    // MARK: numbers

    @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) func isHex(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x66) || (v >= 0x41 && v <= 0x46)
    }
    @inline(__always) func isPotentialIdentChar(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F || v >= 0x80
    }

    /// The error column CPython uses for tokenizer errors: the number of characters before `cur`.
    func curCol(_ cur: Int) -> Int { cur - lineStart }

    /// CPython's verify_end_of_number: a number directly followed by a name is an error,
    /// unless the name is one of the keywords that may follow a number.
    func verifyEnd(_ p: Int, _ kind: String) throws {
        let c = at(p)
        var ok = false
        switch c {
        case "a": ok = at(p + 1) == "n" && at(p + 2) == "d"
        case "e": ok = at(p + 1) == "l" && at(p + 2) == "s" && at(p + 3) == "e"
        case "f": ok = at(p + 1) == "o" && at(p + 2) == "r"
        case "i": ok = at(p + 1) == "f" || at(p + 1) == "n" || at(p + 1) == "s"
        case "o": ok = at(p + 1) == "r"
        case "n": ok = at(p + 1) == "o" && at(p + 2) == "t"
        default: ok = false
        }
        if ok { return }
        if p < n && isPotentialIdentChar(c) {
            throw error(.syntax, "invalid \(kind) literal", column: curCol(p))
        }
    }

    /// Digits with single underscores between them; returns the offset after the tail.
    func decimalTail(_ from: Int) throws -> Int {
        var p = from
        while true {
            while p < n, isDigit(s[p]) { p += 1 }
            if at(p) != "_" || p >= n { return p }
            p += 1
            if !isDigit(at(p)) || p >= n {
                throw error(.syntax, "invalid decimal literal", column: curCol(p))
            }
        }
    }

    mutating func lexNumber() throws {
        let start = i
        var p = i
        var isFloatLike = false
        if s[p] == "0" && (at(p + 1) == "x" || at(p + 1) == "X" || at(p + 1) == "o" || at(p + 1) == "O"
                           || at(p + 1) == "b" || at(p + 1) == "B") {
            let k = at(p + 1)
            p += 2
            let kind: String
            let radix: Int
            switch k {
            case "x", "X": kind = "hexadecimal"; radix = 16
            case "o", "O": kind = "octal"; radix = 8
            default: kind = "binary"; radix = 2
            }
            func isOK(_ c: Unicode.Scalar) -> Bool {
                switch radix {
                case 16: return (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0x61 && c.value <= 0x66) || (c.value >= 0x41 && c.value <= 0x46)
                case 8: return c.value >= 0x30 && c.value <= 0x37
                default: return c == "0" || c == "1"
                }
            }
            while true {
                if at(p) == "_" && p < n { p += 1 }
                if p >= n || !isOK(s[p]) {
                    if kind != "hexadecimal" && p < n && isDigit(s[p]) {
                        throw error(.syntax, "invalid digit '\(Character(s[p]))' in \(kind) literal", column: curCol(p + 1))
                    }
                    throw error(.syntax, "invalid \(kind) literal", column: curCol(p))
                }
                while p < n, isOK(s[p]) { p += 1 }
                if at(p) != "_" || p >= n { break }
            }
            if kind != "hexadecimal" && p < n && isDigit(s[p]) {
                throw error(.syntax, "invalid digit '\(Character(s[p]))' in \(kind) literal", column: curCol(p + 1))
            }
            try verifyEnd(p, kind)
            i = p
            emit(.number, text(start, p), from: start, to: p)
            return
        }
        var afterExponent = false
        if s[p] == "." {
            // ".5"
            p += 1
            p = try decimalTail(p)
            isFloatLike = true
        } else if s[p] == "0" {
            // Zeros, maybe followed by a float part.
            p += 1
            while true {
                if at(p) == "_" && p < n {
                    p += 1
                    if !isDigit(at(p)) || p >= n {
                        throw error(.syntax, "invalid decimal literal", column: curCol(p))
                    }
                }
                if at(p) != "0" || p >= n { break }
                p += 1
            }
            let zerosEnd = p + 1
            var nonzero = false
            if p < n && isDigit(s[p]) {
                nonzero = true
                p = try decimalTail(p)
            }
            let c = at(p)
            if p < n && (c == "." || c == "e" || c == "E" || c == "j" || c == "J") {
                // handled below
            } else if nonzero {
                throw src.error(.syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                line: line, column: col(start), endColumn: zerosEnd - lineStart)
            }
            if p < n && c == "." {
                p += 1
                isFloatLike = true
                if isDigit(at(p)) && p < n { p = try decimalTail(p) }
            }
        } else {
            p = try decimalTail(p)
            if at(p) == "." && p < n {
                p += 1
                isFloatLike = true
                if isDigit(at(p)) && p < n { p = try decimalTail(p) }
            }
        }
        // Exponent.
        if p < n && (s[p] == "e" || s[p] == "E") {
            let e = p
            var q = p + 1
            if at(q) == "+" || at(q) == "-" {
                q += 1
                if !isDigit(at(q)) || q >= n {
                    throw error(.syntax, "invalid decimal literal", column: curCol(q))
                }
            } else if !isDigit(at(q)) || q >= n {
                // "1e" followed by something else: the 'e' starts a name (or is an error).
                try verifyEnd(e, "decimal")
                i = e
                emit(.number, text(start, e), from: start, to: e)
                return
            }
            p = try decimalTail(q)
            isFloatLike = true
            afterExponent = true
        }
        _ = afterExponent
        _ = isFloatLike
        if p < n && (s[p] == "j" || s[p] == "J") {
            p += 1
            try verifyEnd(p, "imaginary")
        } else {
            try verifyEnd(p, "decimal")
        }
        i = p
        emit(.number, text(start, p), from: start, to: p)
    }

    // MARK: operators

    mutating func lexOperator() throws {
        let c = s[i]
        let c1 = at(i + 1)
        let c2 = at(i + 2)
        var len = 0
        switch c {
        case "(", "[", "{":
            if parens.count >= 200 {
                throw error(.syntax, "too many nested parentheses", column: col(i))
            }
            parens.append((c, line, col(i)))
            i += 1
            emit(.op, String(Character(c)), from: i - 1, to: i)
            return
        case ")", "]", "}":
            guard let open = parens.last else {
                throw error(.syntax, "unmatched '\(Character(c))'", column: col(i))
            }
            let expected: Unicode.Scalar = open.ch == "(" ? ")" : open.ch == "[" ? "]" : "}"
            if c != expected {
                if open.line != line {
                    throw error(.syntax, "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.ch))' on line \(open.line)", column: col(i))
                }
                throw error(.syntax, "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.ch))'", column: col(i))
            }
            parens.removeLast()
            i += 1
            emit(.op, String(Character(c)), from: i - 1, to: i)
            return
        case ".":
            len = (c1 == "." && c2 == ".") ? 3 : 1
        case "*":
            if c1 == "*" { len = c2 == "=" ? 3 : 2 } else { len = c1 == "=" ? 2 : 1 }
        case "/":
            if c1 == "/" { len = c2 == "=" ? 3 : 2 } else { len = c1 == "=" ? 2 : 1 }
        case "<":
            if c1 == "<" { len = c2 == "=" ? 3 : 2 } else { len = (c1 == "=" || c1 == ">") ? 2 : 1 }
        case ">":
            if c1 == ">" { len = c2 == "=" ? 3 : 2 } else { len = c1 == "=" ? 2 : 1 }
        case "-":
            len = (c1 == "=" || c1 == ">") ? 2 : 1
        case "+", "%", "&", "|", "^", "@", "=":
            len = c1 == "=" ? 2 : 1
        case ":":
            len = c1 == "=" ? 2 : 1
        case "!":
            if c1 == "=" { len = 2 } else {
                i += 1
                emit(.errorToken, "!", from: i - 1, to: i)
                return
            }
        case ",", ";", "~":
            len = 1
        default:
            i += 1
            emit(.errorToken, String(Character(c)), from: i - 1, to: i)
            return
        }
        let t = text(i, i + len)
        i += len
        emit(.op, t, from: i - len, to: i)
    }
}
