/// A recursive-descent parser for the Python 3.11 subset tflearn runs, producing the AST of
/// AST.swift. Syntax errors follow CPython 3.11's messages and positions: the generic
/// "invalid syntax" is reported at the furthest token examined (as CPython's first parser
/// pass does), and CPython's specialised `invalid_*` grammar rules are checked inline where
/// the parse fails. Errors CPython reports from its symbol table and compiler (`'break'
/// outside loop`, `duplicate argument`, ...) are collected while parsing and reported only
/// when the whole file parsed, as CPython does.

public enum Parser {
    /// Parses a whole file. Throws only `SyntaxError`.
    public static func parseModule(source: String, filename: String) throws -> Module {
        let src = SourceText(source, filename: filename)
        let lexed = try Lexer.tokenizeForParser(src)
        let p = PyParser(src: src, lexed: lexed)
        let body = try p.run { try p.parseFile() }
        return Module(body: body, filename: filename)
    }

    /// Parses a single expression (for `eval`-like uses, e.g. a check expression
    /// `model.w.numpy()`). Throws only `SyntaxError`.
    public static func parseExpression(source: String, filename: String) throws -> Expr {
        // Like CPython's `eval`, leading spaces and tabs are ignored.
        let trimmed = String(source.unicodeScalars.drop(while: { $0 == " " || $0 == "\t" }))
        let src = SourceText(trimmed, filename: filename)
        let lexed = try Lexer.tokenizeForParser(src)
        let p = PyParser(src: src, lexed: lexed)
        return try p.run { try p.parseEvalInput() }
    }

    /// The tokens of a source text, as the parser sees them (for tests and debugging).
    public static func tokenize(source: String, filename: String = "<string>") throws -> [Token] {
        let src = SourceText(source, filename: filename)
        return try Lexer.tokenizeForParser(src).tokens
    }
}

/// What the lexer hands the parser.
struct LexResult {
    var tokens: [Token]
    /// A tokenizer error CPython reports only when the parser reaches it (bad dedent, tabs,
    /// bad line continuation); the token list ends with an `.errorToken` at that point.
    var deferredError: SyntaxError?
    /// The innermost bracket still open at the end of input.
    var unclosed: (ch: Unicode.Scalar, line: Int, col: Int)?
}

/// Thrown internally to unwind a speculative parse; never escapes the parser.
struct SpeculationFailed: Error {}

enum ScopeKind: Equatable {
    case module, classBody, function, lambda
    case comprehension(String)
}

final class PyParser {
    var src: SourceText
    var toks: [Token]
    var p = 0
    /// The furthest token index examined: where CPython reports a generic "invalid syntax".
    var furthest = 0
    var lexed: LexResult
    var depth = 0
    /// While > 0, CPython's `invalid_*` rules are off (speculative `_without_invalid` parses).
    var noInvalid = 0
    var scopes: [ScopeKind] = [.module]
    var loopDepth = 0
    /// Errors CPython's symbol table (first) and compiler (second) would report.
    var symtableError: SyntaxError?
    var compileError: SyntaxError?
    /// Set while parsing the expression of an f-string replacement field.
    var inFString = false
    /// An error CPython raises as soon as a token is read, met inside a speculative parse.
    var fatal: SyntaxError?

    init(src: SourceText, lexed: LexResult) {
        self.src = src
        self.lexed = lexed
        self.toks = lexed.tokens
    }

    /// Runs a top-level parse and turns every failure into CPython's error.
    func run<T>(_ body: () throws -> T) throws -> T {
        do {
            let r = try body()
            if let e = fatal { throw e }
            if let e = symtableError { throw e }
            if let e = compileError { throw e }
            return r
        } catch let e as SyntaxError {
            if let f = fatal { throw f }
            throw adjustForUnclosed(e)
        } catch {
            throw genericError()
        }
    }

    /// CPython replaces a parser error with "'(' was never closed" when brackets are still
    /// open at the end of input and the parser had read past the bracket's line.
    func adjustForUnclosed(_ e: SyntaxError) -> SyntaxError {
        guard let open = lexed.unclosed, !inFString else { return e }
        if e.message.hasSuffix("was never closed") { return e }
        let far = toks[min(furthest, toks.count - 1)]
        if far.start.line > open.line || far.kind == .endMarker {
            return unclosedError(open)
        }
        return e
    }

    func unclosedError(_ open: (ch: Unicode.Scalar, line: Int, col: Int)) -> SyntaxError {
        src.error(.syntax, "'\(Character(open.ch))' was never closed", line: open.line, column: open.col)
    }

    // MARK: - Token access

    @inline(__always) var tok: Token { toks[p] }

    /// Moves to the next token. Reaching a deferred tokenizer error, or the end of input
    /// inside brackets, raises CPython's error at once.
    func advance() throws {
        if p < toks.count - 1 { p += 1 }
        if p > furthest { furthest = p }
        let t = toks[p]
        if t.kind == .errorToken, t.text.isEmpty, let e = lexed.deferredError { throw e }
        if t.kind == .endMarker, let open = lexed.unclosed, !inFString { throw unclosedError(open) }
    }

    /// Looks `k` tokens ahead (counting as examined).
    func peek(_ k: Int) throws -> Token {
        let idx = min(p + k, toks.count - 1)
        if idx > furthest {
            for j in (furthest + 1)...idx {
                let t = toks[j]
                if t.kind == .errorToken, t.text.isEmpty, let e = lexed.deferredError { throw e }
                if t.kind == .endMarker, let open = lexed.unclosed, !inFString { throw unclosedError(open) }
            }
            furthest = idx
        }
        return toks[idx]
    }

    var prevEnd: SourcePos { p > 0 ? toks[p - 1].end : tok.start }

    @inline(__always) func isOp(_ s: String) -> Bool { tok.kind == .op && tok.text == s }
    @inline(__always) func isKw(_ s: String) -> Bool { tok.kind == .name && tok.text == s }
    @inline(__always) func isName() -> Bool { tok.kind == .name && !pythonKeywords.contains(tok.text) }

    func expectOp(_ s: String) throws {
        guard isOp(s) else { throw genericError() }
        try advance()
    }

    func expectKw(_ s: String) throws {
        guard isKw(s) else { throw genericError() }
        try advance()
    }

    func expectName() throws -> Token {
        guard isName() else { throw genericError() }
        let t = tok
        try advance()
        return t
    }

    /// CPython's forced token (`&&':'`): "expected ':'" at the token found instead.
    func expectForced(_ s: String) throws {
        guard isOp(s) else { throw errorAt(tok, "expected '\(s)'") }
        try advance()
    }

    // MARK: - Errors

    /// CPython's generic error at the furthest token examined.
    func genericError() -> SyntaxError {
        let t = toks[min(furthest, toks.count - 1)]
        switch t.kind {
        case .indent:
            return src.error(.indentation, "unexpected indent", line: t.start.line, column: t.start.column)
        case .dedent:
            return src.error(.indentation, "unexpected unindent", line: t.start.line, column: t.start.column)
        case .endMarker:
            if let open = lexed.unclosed { return unclosedError(open) }
            return src.error(.syntax, "invalid syntax", line: t.start.line, column: t.start.column)
        case .errorToken where t.text.isEmpty:
            if let e = lexed.deferredError { return e }
            return errorAt(t, "invalid syntax")
        default:
            return errorAt(t, "invalid syntax")
        }
    }

    /// An error positioned at a token, the way CPython positions `RAISE_SYNTAX_ERROR`.
    func errorAt(_ t: Token, _ msg: String, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        switch t.kind {
        case .indent, .dedent, .endMarker:
            return src.error(kind, msg, line: t.start.line, column: t.start.column)
        default:
            return src.error(kind, msg, line: t.start.line, column: t.start.column,
                             endLine: t.end.line, endColumn: t.end.column)
        }
    }

    /// CPython's `RAISE_SYNTAX_ERROR`: at the last token read.
    func errorAtLast(_ msg: String, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        errorAt(toks[min(furthest, toks.count - 1)], msg, kind: kind)
    }

    func errorRange(_ r: SourceRange, _ msg: String, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        src.error(kind, msg, line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column)
    }

    func errorRange(_ a: SourceRange, _ b: SourceRange, _ msg: String) -> SyntaxError {
        src.error(.syntax, msg, line: a.start.line, column: a.start.column, endLine: b.end.line, endColumn: b.end.column)
    }

    func noteSymtable(_ e: SyntaxError) { if symtableError == nil { symtableError = e } }
    func noteCompile(_ e: SyntaxError) { if compileError == nil { compileError = e } }

    // MARK: - Nesting and speculation

    func enter() throws {
        depth += 1
        if depth > 400 {
            throw errorAt(tok, "too many nested parentheses")
        }
    }
    func leave() { depth -= 1 }

    /// Runs `body` with CPython's invalid rules off, restoring the position and returning nil on failure.
    func speculate<T>(_ body: () throws -> T) -> T? {
        let saveP = p, saveFurthest = furthest, saveSym = symtableError, saveComp = compileError
        noInvalid += 1
        defer { noInvalid -= 1 }
        do {
            let r = try body()
            return r
        } catch let e as SyntaxError where isFatal(e) {
            fatal = e
            p = saveP
            symtableError = saveSym
            compileError = saveComp
            return nil
        } catch {
            // First-pass backtracking: CPython's furthest token stays where it was.
            p = saveP
            _ = saveFurthest
            symtableError = saveSym
            compileError = saveComp
            return nil
        }
    }

    /// Like `speculate` but always restores the position (a lookahead).
    func lookahead<T>(_ body: () throws -> T) -> T? {
        let saveP = p, saveFurthest = furthest, saveSym = symtableError, saveComp = compileError
        noInvalid += 1
        defer {
            noInvalid -= 1
            p = saveP
            furthest = saveFurthest
            symtableError = saveSym
            compileError = saveComp
        }
        return try? body()
    }

    var invalidRulesOn: Bool { noInvalid == 0 }

    // MARK: - Scopes

    var innermostScope: ScopeKind { scopes.last ?? .module }

    func withScope<T>(_ s: ScopeKind, _ body: () throws -> T) rethrows -> T {
        scopes.append(s)
        let saveLoop = loopDepth
        if s != .lambda, case .comprehension = s {} else { loopDepth = 0 }
        defer {
            scopes.removeLast()
            loopDepth = saveLoop
        }
        return try body()
    }

    // MARK: - Entry points

    func parseFile() throws -> [Stmt] {
        if p == 0 {
            if toks.isEmpty { return [] }
            let t = toks[0]
            if t.kind == .errorToken, t.text.isEmpty, let e = lexed.deferredError { throw e }
            if t.kind == .endMarker, let open = lexed.unclosed { throw unclosedError(open) }
        }
        var body: [Stmt] = []
        while tok.kind != .endMarker {
            body.append(contentsOf: try parseStatement())
        }
        return body
    }

    /// `eval` input: `expressions NEWLINE* ENDMARKER`.
    func parseEvalInput() throws -> Expr {
        if toks.first?.kind == .endMarker { throw genericError() }
        let e = try parseExpressions()
        while tok.kind == .newline { try advance() }
        guard tok.kind == .endMarker else { throw genericError() }
        return e
    }
}

extension Lexer {
    /// Tokenizes for the parser: errors CPython raises as soon as its tokenizer meets them are
    /// thrown; the others become a final error token the parser reports when it gets there.
    static func tokenizeForParser(_ src: SourceText) throws -> LexResult {
        var lx = Lexer(src)
        do {
            try lx.run()
        } catch let e as DeferredLexError {
            var toks = lx.tokens
            let pos = SourcePos(line: e.error.line, column: e.error.column)
            toks.append(Token(kind: .errorToken, text: "", start: pos, end: pos,
                              startOffset: lx.i, endOffset: lx.i, level: lx.parens.count))
            return LexResult(tokens: toks, deferredError: e.error, unclosed: nil)
        }
        return LexResult(tokens: lx.tokens, deferredError: nil, unclosed: lx.parens.last)
    }
}

/// A tokenizer error CPython reports only when its parser asks for the token.
struct DeferredLexError: Error {
    var error: SyntaxError
}
