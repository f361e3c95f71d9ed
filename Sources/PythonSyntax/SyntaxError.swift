/// A Python syntax error, positioned as CPython positions it.
///
/// `kind` selects the exception class CPython raises (`SyntaxError`, `IndentationError`,
/// `TabError`). `lineText` is the source line without its newline, for the caret display.
public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case syntax = "SyntaxError"
        case indentation = "IndentationError"
        case tab = "TabError"
    }
    public var kind: Kind
    public var message: String
    public var filename: String
    /// 1-based line and column of the offending token.
    public var line: Int
    public var column: Int
    /// 1-based column one past the end of the offending range (for `^^^` carets); equal to `column + 1` for a single caret.
    public var endColumn: Int
    public var lineText: String

    public init(kind: Kind = .syntax, message: String, filename: String, line: Int, column: Int,
                endColumn: Int? = nil, lineText: String) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.endColumn = endColumn ?? column + 1
        self.lineText = lineText
    }

    /// CPython's report of an uncaught syntax error, as printed on stderr:
    /// ```
    ///   File "prog.py", line 3
    ///     x = (1 +
    ///         ^
    /// SyntaxError: '(' was never closed
    /// ```
    public var report: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        // CPython strips leading whitespace from the shown line and shifts the caret with it.
        let scalars = Array(lineText.unicodeScalars)
        var lead = 0
        while lead < scalars.count, scalars[lead] == " " || scalars[lead] == "\t" || scalars[lead] == "\u{0C}" { lead += 1 }
        var shown = String(String.UnicodeScalarView(scalars[lead...]))
        while let last = shown.unicodeScalars.last, last == " " || last == "\t" || last == "\r" { shown.unicodeScalars.removeLast() }
        if !shown.isEmpty || line > 0 {
            out += "    \(shown)\n"
            let caretStart = max(0, column - 1 - lead)
            let width = max(1, endColumn - column)
            out += "    " + String(repeating: " ", count: caretStart) + String(repeating: "^", count: width) + "\n"
        }
        out += "\(kind.rawValue): \(message)"
        return out
    }

    public var description: String { "\(filename):\(line):\(column): \(kind.rawValue): \(message)" }
}
