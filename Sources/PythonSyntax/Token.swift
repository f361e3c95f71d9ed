/// Tokens produced by `Lexer`, consumed by `Parser`.

public enum TokenKind: UInt8, Sendable, Equatable {
    case name
    case number
    /// A string literal of any form; the parser decodes it from the source scalars.
    case string
    /// An operator or delimiter; `text` holds it (`"+="`, `"("`, `"..."`).
    case op
    case newline
    case indent
    case dedent
    case endMarker
    /// A character that is no token (`$`, `?`, `` ` ``, a lone `!`); the parser rejects it with "invalid syntax".
    case errorToken
}

public struct Token: Sendable, CustomStringConvertible {
    public var kind: TokenKind
    /// The token's text: the name, operator or number literal; empty for strings and layout tokens.
    public var text: String
    public var start: SourcePos
    public var end: SourcePos
    /// Scalar offsets into the (newline-normalised) source.
    public var startOffset: Int
    public var endOffset: Int
    /// The bracket nesting level after this token (as CPython's tokenizer counts it).
    public var level: Int

    public init(kind: TokenKind, text: String, start: SourcePos, end: SourcePos,
                startOffset: Int, endOffset: Int, level: Int) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.startOffset = startOffset
        self.endOffset = endOffset
        self.level = level
    }

    public var range: SourceRange { SourceRange(start, end) }

    public var description: String {
        switch kind {
        case .name: return "NAME(\(text))"
        case .number: return "NUMBER(\(text))"
        case .string: return "STRING"
        case .op: return "OP(\(text))"
        case .newline: return "NEWLINE"
        case .indent: return "INDENT"
        case .dedent: return "DEDENT"
        case .endMarker: return "ENDMARKER"
        case .errorToken: return "ERRORTOKEN(\(text))"
        }
    }
}

/// Python's reserved words. `async` and `await` are keywords too.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
