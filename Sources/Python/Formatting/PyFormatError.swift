// Errors raised by the text-formatting core.
//
// The formatting core knows nothing of the interpreter's object model, so it reports
// failures as a `PyFormatError`: the Python exception class to raise (`kind`) plus the
// exact CPython 3.11 message. The interpreter maps `kind` onto its exception types.

/// A failure that the interpreter should raise as the Python exception `kind` with
/// `message` (CPython 3.11 wording).
public struct PyFormatError: Error, Equatable, Hashable, Sendable, CustomStringConvertible {
    /// The Python exception class to raise.
    public enum Kind: String, Sendable, Hashable {
        case valueError = "ValueError"
        case typeError = "TypeError"
        case overflowError = "OverflowError"
        case zeroDivisionError = "ZeroDivisionError"
        case indexError = "IndexError"
        case keyError = "KeyError"
        case memoryError = "MemoryError"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// `"ValueError: message"`, as a traceback's last line shows it.
    public var description: String { "\(kind.rawValue): \(message)" }

    static func value(_ message: String) -> PyFormatError { PyFormatError(.valueError, message) }
    static func type(_ message: String) -> PyFormatError { PyFormatError(.typeError, message) }
    static func overflow(_ message: String) -> PyFormatError { PyFormatError(.overflowError, message) }
}

/// Limits that keep formatting from trying to build absurdly large strings.
/// CPython would attempt the allocation and raise `MemoryError`; so do we, earlier.
enum PyFormatLimits {
    /// Largest width/precision-driven output, in characters, that we agree to build.
    static let maxOutputLength = 1 << 28

    static func memoryError() -> PyFormatError { PyFormatError(.memoryError, "") }
}

/// Renders a code point the way CPython's `'%c'` with the `(char)` fallback does in its
/// "Unknown format code" / "Cannot specify" messages: the character itself when it is
/// printable ASCII (33...127), else `\x` + lowercase hex.
@inline(__always)
func pyFormatCodeText(_ c: Unicode.Scalar) -> String {
    if c.value > 32 && c.value < 128 { return String(Character(c)) }
    return "\\x" + String(c.value, radix: 16)
}
