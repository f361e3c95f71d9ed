import Testing
@testable import PythonSyntax

/// A compact token stream: names and numbers by text, strings by source text, operators in
/// quotes, layout tokens by kind.
func tokenStream(_ source: String) throws -> String {
    let src = SourceText(source, filename: "t.py")
    let toks = try Lexer.tokenizeForParser(src).tokens
    return toks.map { t -> String in
        switch t.kind {
        case .name: return t.text
        case .number: return "#" + t.text
        case .string:
            var v = String.UnicodeScalarView()
            v.append(contentsOf: src.scalars[t.startOffset..<t.endOffset])
            return "S<" + String(v) + ">"
        case .op: return "'" + t.text + "'"
        case .newline: return "NL"
        case .indent: return "IN"
        case .dedent: return "DE"
        case .endMarker: return "END"
        case .errorToken: return "ERR(" + t.text + ")"
        }
    }.joined(separator: " ")
}

@Test func indentationTokens() throws {
    #expect(try tokenStream("if a:\n    b\n    if c:\n        d\ne\n")
            == "if a ':' NL IN b NL if c ':' NL IN d NL DE DE e NL END")
    // Blank lines and comment-only lines do not count; dedents at end of input.
    #expect(try tokenStream("if a:\n\n    # c\n  \n    b\n# x\n") == "if a ':' NL IN b NL DE END")
    // Tabs go to multiples of 8 (a tab equals 8 spaces when consistent).
    #expect(try tokenStream("if a:\n\tb\n\tc\n") == "if a ':' NL IN b NL c NL DE END")
    // No trailing newline still ends the line.
    #expect(try tokenStream("x = 1") == "x '=' #1 NL END")
    #expect(try tokenStream("") == "END")
    #expect(try tokenStream("\n\n# only a comment\n") == "END")
}

@Test func lineJoining() throws {
    // Implicit joining inside brackets: no NEWLINE/INDENT inside.
    #expect(try tokenStream("x = (1,\n        2)\ny\n") == "x '=' '(' #1 ',' #2 ')' NL y NL END")
    #expect(try tokenStream("f(a,  # comment\n  b)\n") == "f '(' a ',' b ')' NL END")
    // Backslash continuation.
    #expect(try tokenStream("x = 1 + \\\n    2\n") == "x '=' #1 '+' #2 NL END")
    #expect(try tokenStream("a; b;\n") == "a ';' b ';' NL END")
    // CRLF and CR line endings.
    #expect(try tokenStream("a\r\nb\rc\n") == "a NL b NL c NL END")
}

@Test func operatorTokens() throws {
    #expect(try tokenStream("a := b -> c ** d // e @ f << g >> h\n")
            == "a ':=' b '->' c '**' d '//' e '@' f '<<' g '>>' h NL END")
    #expect(try tokenStream("a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1\n")
            == "a '+=' #1 ';' a '-=' #1 ';' a '*=' #1 ';' a '/=' #1 ';' a '//=' #1 ';' a '%=' #1 ';' a '**=' #1 NL END")
    #expect(try tokenStream("a @= b &= c |= d ^= e <<= f >>= g\n")
            == "a '@=' b '&=' c '|=' d '^=' e '<<=' f '>>=' g NL END")
    #expect(try tokenStream("a[...] != b == c <= d >= e < f > g ~h\n")
            == "a '[' '...' ']' '!=' b '==' c '<=' d '>=' e '<' f '>' g '~' h NL END")
    #expect(try tokenStream("a.b..c\n") == "a '.' b '.' '.' c NL END")
    #expect(try tokenStream("x = $\n") == "x '=' ERR($) NL END")
}

@Test func numberTokens() throws {
    #expect(try tokenStream("1 1_000 0x_ff 0XAB 0o17 0b1_0 1.5 .5 5. 1e-5 1E+3 1_0.5 2j 1.5J 0 00 1if\n")
            == "#1 #1_000 #0x_ff #0XAB #0o17 #0b1_0 #1.5 #.5 #5. #1e-5 #1E+3 #1_0.5 #2j #1.5J #0 #00 #1 if NL END")
    #expect(try tokenStream("1 .__class__\n") == "#1 '.' __class__ NL END")
    #expect(try tokenStream("x.e1\n") == "x '.' e1 NL END")
}

@Test func stringTokens() throws {
    #expect(try tokenStream("'a' \"b\" '''c\nd''' \"\"\"e\"\"\"\n")
            == "S<'a'> S<\"b\"> S<'''c\nd'''> S<\"\"\"e\"\"\"> NL END")
    #expect(try tokenStream("r'\\'' b'x' u'y' f'{z}' rb'1' Br'2' fR'3' RF'4'\n")
            == "S<r'\\''> S<b'x'> S<u'y'> S<f'{z}'> S<rb'1'> S<Br'2'> S<fR'3'> S<RF'4'> NL END")
    // Not a prefix: a name followed by a string.
    #expect(try tokenStream("bu'x' ur'y'\n") == "bu S<'x'> ur S<'y'> NL END")
    #expect(try tokenStream("'a\\\nb'\n") == "S<'a\\\nb'> NL END")
    #expect(try tokenStream("''\n") == "S<''> NL END")
}

@Test func unicodeIdentifiers() throws {
    #expect(try tokenStream("αβ = 名前 + _x1\n") == "αβ '=' 名前 '+' _x1 NL END")
}

@Test func tokenPositions() throws {
    let toks = try Parser.tokenize(source: "if a:\n    bc = 'x'\n")
    #expect(toks.map { "\($0.start)-\($0.end)" }.joined(separator: " ")
            == "1:1-1:3 1:4-1:5 1:5-1:6 1:6-1:7 2:4-2:4 2:5-2:7 2:8-2:9 2:10-2:13 2:13-2:14 2:13-2:13 2:13-2:13")
    let ml = try Parser.tokenize(source: "x = '''a\nbc'''\n")
    #expect(ml[2].start == SourcePos(line: 1, column: 5))
    #expect(ml[2].end == SourcePos(line: 2, column: 6))
}
