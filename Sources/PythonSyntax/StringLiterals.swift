/// String, bytes and f-string literals: prefixes, escapes, implicit concatenation and
/// CPython 3.11's f-string scanner (fstring_find_literal / fstring_find_expr), with the
/// replacement-field expressions parsed by the full expression parser.

struct EscapeFailure: Error {
    var start: Int
    var end: Int
    var reason: String
}

extension PyParser {
    /// `STRING+`: adjacent literals, concatenated.
    func parseStrings() throws -> Expr {
        let first = tok
        var strTokens: [Token] = []
        while tok.kind == .string {
            strTokens.append(tok)
            try advance()
        }
        // CPython raises literal errors at the last token read: the one after the strings.
        let after = tok
        let s = src.scalars
        var sawBytes = false, sawStr = false, sawF = false
        var parts: [FStringPart] = []
        var pending = String.UnicodeScalarView()
        var bytes: [UInt8] = []
        for t in strTokens {
            var k = t.startOffset
            var raw = false, isBytes = false, isF = false
            while k < t.endOffset, s[k] != "'", s[k] != "\"" {
                switch s[k] {
                case "r", "R": raw = true
                case "b", "B": isBytes = true
                case "f", "F": isF = true
                default: break
                }
                k += 1
            }
            guard k < t.endOffset else { throw errorAt(t, "invalid syntax") }
            let q = s[k]
            let qs = (t.endOffset - k >= 6 && s[k + 1] == q && s[k + 2] == q) ? 3 : 1
            let cStart = k + qs
            let cEnd = max(cStart, t.endOffset - qs)
            if isBytes { sawBytes = true } else { sawStr = true }
            if sawBytes && sawStr { throw errorAt(after, "cannot mix bytes and nonbytes literals") }
            if isBytes {
                for j in cStart..<cEnd where s[j].value >= 0x80 {
                    throw errorAt(t, "bytes can only contain ASCII literal characters")
                }
                do {
                    try decodeBytes(cStart, cEnd, raw: raw, into: &bytes)
                } catch let f as EscapeFailure {
                    throw errorAt(after, "(value error) \(f.reason) at position \(f.start)")
                }
            } else if isF {
                sawF = true
                var i = cStart
                try fstringParse(&i, cEnd, raw: raw, lvl: 0, after: after, parts: &parts, pending: &pending)
            } else {
                try decodeLiteral(cStart, cEnd, raw: raw, after: after, into: &pending)
            }
        }
        let r = SourceRange(first.start, strTokens.last?.end ?? first.end)
        if sawBytes { return Expr(.constant(.bytes(bytes)), r) }
        if !sawF { return Expr(.constant(.string(String(pending))), r) }
        if !pending.isEmpty { parts.append(.literal(String(pending))) }
        return Expr(.fstring(parts), r)
    }

    func decodeLiteral(_ a: Int, _ b: Int, raw: Bool, after: Token, into out: inout String.UnicodeScalarView) throws {
        do {
            try decodeEscapes(a, b, raw: raw, into: &out)
        } catch let f as EscapeFailure {
            let where_ = f.start == f.end ? "position \(f.start)" : "position \(f.start)-\(f.end)"
            throw errorAt(after, "(unicode error) 'unicodeescape' codec can't decode bytes in \(where_): \(f.reason)")
        }
    }

    /// Decodes a `str` literal body `s[a..<b]`; unknown escapes keep their backslash.
    func decodeEscapes(_ a: Int, _ b: Int, raw: Bool, into out: inout String.UnicodeScalarView) throws {
        let s = src.scalars
        if raw {
            out.append(contentsOf: s[a..<b])
            return
        }
        var i = a
        while i < b {
            let c = s[i]
            if c != "\\" {
                out.append(c)
                i += 1
                continue
            }
            let escStart = i - a
            i += 1
            guard i < b else {
                throw EscapeFailure(start: escStart, end: escStart, reason: "\\ at end of string")
            }
            let e = s[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append("\\")
            case "'": out.append("'")
            case "\"": out.append("\"")
            case "a": out.append("\u{07}")
            case "b": out.append("\u{08}")
            case "f": out.append("\u{0C}")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "v": out.append("\u{0B}")
            case "0"..."7":
                var v = Int(e.value - 0x30)
                var count = 1
                while count < 3, i < b, s[i].value >= 0x30, s[i].value <= 0x37 {
                    v = v * 8 + Int(s[i].value - 0x30)
                    i += 1
                    count += 1
                }
                out.append(Unicode.Scalar(UInt32(v)) ?? "\u{FFFD}")
            case "x", "u", "U":
                let need = e == "x" ? 2 : e == "u" ? 4 : 8
                var v: UInt32 = 0
                var got = 0
                while got < need, i < b, let d = hexValue(s[i]) {
                    v = v * 16 + d
                    i += 1
                    got += 1
                }
                if got < need {
                    let what = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw EscapeFailure(start: escStart, end: i - a - 1, reason: "truncated \(what) escape")
                }
                guard let u = Unicode.Scalar(v) else {
                    throw EscapeFailure(start: escStart, end: i - a - 1, reason: "illegal Unicode character")
                }
                out.append(u)
            case "N":
                guard i < b, s[i] == "{" else {
                    throw EscapeFailure(start: escStart, end: i - a - 1, reason: "malformed \\N character escape")
                }
                var j = i + 1
                while j < b, s[j] != "}" { j += 1 }
                guard j < b else {
                    throw EscapeFailure(start: escStart, end: j - a - 1, reason: "malformed \\N character escape")
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: s[(i + 1)..<j])
                guard let u = unicodeScalar(named: String(name)) else {
                    throw EscapeFailure(start: escStart, end: j - a, reason: "unknown Unicode character name")
                }
                out.append(u)
                i = j + 1
            default:
                out.append("\\")
                out.append(e)
            }
        }
    }

    func decodeBytes(_ a: Int, _ b: Int, raw: Bool, into out: inout [UInt8]) throws {
        let s = src.scalars
        var i = a
        while i < b {
            let c = s[i]
            if raw || c != "\\" {
                out.append(UInt8(truncatingIfNeeded: c.value))
                i += 1
                continue
            }
            let escStart = i - a
            i += 1
            guard i < b else { throw EscapeFailure(start: escStart, end: escStart, reason: "Trailing \\ in string") }
            let e = s[i]
            i += 1
            switch e {
            case "\n": break
            case "\\": out.append(0x5C)
            case "'": out.append(0x27)
            case "\"": out.append(0x22)
            case "a": out.append(7)
            case "b": out.append(8)
            case "f": out.append(12)
            case "n": out.append(10)
            case "r": out.append(13)
            case "t": out.append(9)
            case "v": out.append(11)
            case "0"..."7":
                var v = Int(e.value - 0x30)
                var count = 1
                while count < 3, i < b, s[i].value >= 0x30, s[i].value <= 0x37 {
                    v = v * 8 + Int(s[i].value - 0x30)
                    i += 1
                    count += 1
                }
                out.append(UInt8(truncatingIfNeeded: v))
            case "x":
                guard i + 1 < b, let h = hexValue(s[i]), let l = hexValue(s[i + 1]) else {
                    throw EscapeFailure(start: escStart, end: escStart, reason: "invalid \\x escape")
                }
                out.append(UInt8(h * 16 + l))
                i += 2
            default:
                out.append(0x5C)
                out.append(UInt8(truncatingIfNeeded: e.value))
            }
        }
    }

    func hexValue(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x61...0x66: return c.value - 0x61 + 10
        case 0x41...0x46: return c.value - 0x41 + 10
        default: return nil
        }
    }

    // MARK: - f-strings

    func fstringParse(_ i: inout Int, _ end: Int, raw: Bool, lvl: Int, after: Token,
                      parts: inout [FStringPart], pending: inout String.UnicodeScalarView) throws {
        let s = src.scalars
        while true {
            // The literal part.
            let litStart = i
            var k = i
            var doubled = false
            while k < end {
                var ch = s[k]
                k += 1
                if !raw && ch == "\\" && k < end {
                    ch = s[k]
                    k += 1
                    if ch == "N" {
                        if k < end && s[k] == "{" {
                            k += 1
                            while k < end {
                                let c2 = s[k]
                                k += 1
                                if c2 == "}" { break }
                            }
                        }
                        continue
                    }
                }
                if ch == "{" || ch == "}" {
                    if lvl == 0 {
                        if k < end && s[k] == ch {
                            doubled = true
                            break
                        }
                        if ch == "}" { throw errorAt(after, "f-string: single '}' is not allowed") }
                    }
                    k -= 1
                    break
                }
            }
            if doubled {
                // The literal keeps one brace; skip the second.
                try decodeLiteral(litStart, k, raw: raw, after: after, into: &pending)
                i = k + 1
                continue
            }
            try decodeLiteral(litStart, k, raw: raw, after: after, into: &pending)
            i = k
            if i >= end || s[i] == "}" { return }
            try fstringField(&i, end, raw: raw, lvl: lvl, after: after, parts: &parts, pending: &pending)
        }
    }

    func fstringField(_ i: inout Int, _ end: Int, raw: Bool, lvl: Int, after: Token,
                      parts: inout [FStringPart], pending: inout String.UnicodeScalarView) throws {
        let s = src.scalars
        if lvl >= 2 { throw errorAt(after, "f-string: expressions nested too deeply") }
        i += 1
        let exprStart = i
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        var stack: [Unicode.Scalar] = []
        while i < end {
            let ch = s[i]
            if ch == "\\" { throw errorAt(after, "f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if tripleQuoted {
                        if i + 2 < end && s[i + 1] == ch && s[i + 2] == ch {
                            i += 3
                            quote = nil
                            tripleQuoted = false
                            continue
                        }
                    } else {
                        i += 1
                        quote = nil
                        continue
                    }
                }
                i += 1
                continue
            }
            if ch == "'" || ch == "\"" {
                if i + 2 < end && s[i + 1] == ch && s[i + 2] == ch {
                    tripleQuoted = true
                    i += 2
                } else {
                    tripleQuoted = false
                }
                quote = ch
            } else if ch == "[" || ch == "{" || ch == "(" {
                if stack.count >= 200 { throw errorAt(after, "f-string: too many nested parenthesis") }
                stack.append(ch)
            } else if ch == "#" {
                throw errorAt(after, "f-string expression part cannot include '#'")
            } else if stack.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=" || ch == ">" || ch == "<") {
                if i + 1 < end {
                    let nx = s[i + 1]
                    if (ch == "!" || ch == "=" || ch == "<" || ch == ">") && nx == "=" {
                        i += 2
                        continue
                    }
                }
                if ch == ">" || ch == "<" {
                    i += 1
                    continue
                }
                break
            } else if ch == "]" || ch == "}" || ch == ")" {
                guard let open = stack.popLast() else {
                    throw errorAt(after, "f-string: unmatched '\(Character(ch))'")
                }
                if !((open == "(" && ch == ")") || (open == "[" && ch == "]") || (open == "{" && ch == "}")) {
                    throw errorAt(after, "f-string: closing parenthesis '\(Character(ch))' does not match opening parenthesis '\(Character(open))'")
                }
            }
            i += 1
        }
        let exprEnd = i
        if quote != nil { throw errorAt(after, "f-string: unterminated string") }
        if let open = stack.last { throw errorAt(after, "f-string: unmatched '\(Character(open))'") }
        if i >= end { throw errorAt(after, "f-string: expecting '}'") }
        let value = try compileFStringExpr(exprStart, exprEnd, after: after)
        var debugText: String?
        if s[i] == "=" {
            i += 1
            while i < end, s[i] == " " || s[i] == "\t" || s[i] == "\n" || s[i] == "\u{0C}" || s[i] == "\r" || s[i] == "\u{0B}" {
                i += 1
            }
            if i >= end { throw errorAt(after, "f-string: expecting '}'") }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[exprStart..<i])
            debugText = String(v)
        }
        var conversion: Character?
        if s[i] == "!" {
            i += 1
            if i >= end { throw errorAt(after, "f-string: expecting '}'") }
            let c = s[i]
            i += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw errorAt(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        var spec: [FStringPart]?
        if i < end && s[i] == ":" {
            i += 1
            if i >= end { throw errorAt(after, "f-string: expecting '}'") }
            var specParts: [FStringPart] = []
            var specPending = String.UnicodeScalarView()
            try fstringParse(&i, end, raw: raw, lvl: lvl + 1, after: after, parts: &specParts, pending: &specPending)
            if !specPending.isEmpty { specParts.append(.literal(String(specPending))) }
            spec = specParts
        }
        if i >= end || s[i] != "}" { throw errorAt(after, "f-string: expecting '}'") }
        i += 1
        if debugText != nil && spec == nil && conversion == nil { conversion = "r" }
        if !pending.isEmpty {
            parts.append(.literal(String(pending)))
            pending = String.UnicodeScalarView()
        }
        parts.append(.field(value: value, conversion: conversion, formatSpec: spec, debugText: debugText))
    }

    /// The position of a scalar offset in the current source.
    func position(ofOffset off: Int) -> SourcePos {
        let starts = src.lineStarts
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= off { lo = mid } else { hi = mid - 1 }
        }
        return SourcePos(line: lo + 1, column: off - starts[lo] + 1)
    }

    /// Parses a replacement field's expression as CPython 3.11 does: as `(expr)` on its own,
    /// with errors prefixed "f-string: " and columns counted in that parenthesised text.
    func compileFStringExpr(_ a: Int, _ b: Int, after: Token) throws -> Expr {
        let s = src.scalars
        var allSpace = true
        for j in a..<b where !(s[j] == " " || s[j] == "\t" || s[j] == "\n" || s[j] == "\u{0C}") {
            allSpace = false
            break
        }
        if allSpace {
            if b < s.count, s[b] == "!" || s[b] == ":" || s[b] == "=" {
                throw errorAt(after, "f-string: expression required before '\(Character(s[b]))'")
            }
            throw errorAt(after, "f-string: empty expression not allowed")
        }
        var sub: [Unicode.Scalar] = ["("]
        sub.append(contentsOf: s[a..<b])
        sub.append(")")
        let subSrc = SourceText(scalars: sub, filename: src.filename)
        let base = position(ofOffset: a)
        let subLexed: LexResult
        do {
            subLexed = try Lexer.tokenizeForParser(subSrc)
        } catch let e as SyntaxError {
            var e2 = e
            e2.line = base.line + e.line - 1
            throw e2
        }
        // Shift the tokens to their real places in the file.
        let colShift = base.column - 2
        let offShift = a - 1
        var shifted = subLexed
        for idx in shifted.tokens.indices {
            var t = shifted.tokens[idx]
            if t.start.line == 1 { t.start.column += colShift }
            if t.end.line == 1 { t.end.column += colShift }
            t.start.line += base.line - 1
            t.end.line += base.line - 1
            t.startOffset += offShift
            t.endOffset += offShift
            shifted.tokens[idx] = t
        }
        let saveToks = toks, saveP = p, saveFurthest = furthest, saveLexed = lexed, saveIn = inFString
        let saveNoInvalid = noInvalid
        toks = shifted.tokens
        p = 0
        furthest = 0
        lexed = shifted
        inFString = true
        noInvalid = 0
        defer {
            toks = saveToks
            p = saveP
            furthest = saveFurthest
            lexed = saveLexed
            inFString = saveIn
            noInvalid = saveNoInvalid
        }
        do {
            let e = try parseStarExpressions()
            guard tok.kind == .newline else { throw genericError() }
            return e
        } catch let e as SyntaxError {
            var e2 = e
            e2.message = "f-string: " + e.message
            if e.line == base.line {
                e2.column = e.column - colShift
                e2.endColumn = e.endColumn - colShift
            }
            e2.lineText = subSrc.lineText(e.line - base.line + 1)
            throw e2
        }
    }
}

/// A few common names for `\N{...}`, then a search of the Unicode tables.
func unicodeScalar(named raw: String) -> Unicode.Scalar? {
    let name = raw.uppercased()
    let common: [String: UInt32] = [
        "BULLET": 0x2022, "DEGREE SIGN": 0xB0, "EM DASH": 0x2014, "EN DASH": 0x2013,
        "HORIZONTAL ELLIPSIS": 0x2026, "NO-BREAK SPACE": 0xA0, "MULTIPLICATION SIGN": 0xD7,
        "GREEK SMALL LETTER ALPHA": 0x3B1, "GREEK SMALL LETTER BETA": 0x3B2, "GREEK SMALL LETTER MU": 0x3BC,
        "GREEK SMALL LETTER SIGMA": 0x3C3, "GREEK SMALL LETTER PI": 0x3C0, "GREEK CAPITAL LETTER SIGMA": 0x3A3,
        "CHECK MARK": 0x2713, "RIGHTWARDS ARROW": 0x2192, "PLUS-MINUS SIGN": 0xB1, "SPACE": 0x20,
        "LATIN SMALL LETTER E WITH ACUTE": 0xE9, "COPYRIGHT SIGN": 0xA9, "EURO SIGN": 0x20AC,
    ]
    if let v = common[name] { return Unicode.Scalar(v) }
    let ranges: [ClosedRange<UInt32>] = [0x20...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE01EF]
    for r in ranges {
        for v in r {
            guard let u = Unicode.Scalar(v) else { continue }
            let props = u.properties
            if props.name == name || props.nameAlias == name { return u }
        }
    }
    return nil
}
