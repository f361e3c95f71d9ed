/// A TensorFlow error, with the class TF's Python API raises (`InvalidArgumentError`,
/// `FailedPreconditionError`, or a plain Python `ValueError`/`TypeError`) and its message.
public struct TFError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case invalidArgument = "InvalidArgumentError"
        case failedPrecondition = "FailedPreconditionError"
        case notFound = "NotFoundError"
        case unimplemented = "UnimplementedError"
        case `internal` = "InternalError"
        case outOfRange = "OutOfRangeError"
        case dataLoss = "DataLossError"
        /// Python-level errors TF raises while building graphs.
        case valueError = "ValueError"
        case typeError = "TypeError"
        case runtimeError = "RuntimeError"
        case lookupError = "LookupError"
    }
    public var kind: Kind
    public var message: String
    /// A kernel's failure while computing (not a check before it ran): eagerly, TF reports it
    /// from the function it wraps the op in (see `EagerErrors`).
    public var isKernelFailure = false
    /// A check of an op's attributes TF makes before running its kernel (an input of a type the
    /// op does not allow): eagerly it carries the op's name, as a kernel's failure does, but no
    /// wrapping function's prefix.
    public var isAttrCheck = false
    /// A failure while running a graph: the node, the kernel's own message and where the node
    /// was defined, so a tf.function call can report it in its own form (see `ConcreteFunction`).
    public var graphFailure: GraphFailure?

    public struct GraphFailure: Sendable {
        public var node: String
        public var message: String
        public var definedAt: [String]
    }

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A kernel's TensorCore error, as an op named `opName` reports it: `<message> [Op:<name>]`.
    public static func kernelFailure(_ message: String, op opName: String) -> TFError {
        var e = TFError(.invalidArgument, "\(message) [Op:\(opName)]")
        e.isKernelFailure = true
        return e
    }

    /// Whether this is one of `tf.errors.OpError`'s subclasses (raised when running ops).
    public var isOpError: Bool {
        switch kind {
        case .invalidArgument, .failedPrecondition, .notFound, .unimplemented, .internal, .outOfRange, .dataLoss: return true
        default: return false
        }
    }

    public var description: String { "\(kind.rawValue): \(message)" }

    public static func invalidArgument(_ m: String) -> TFError { TFError(.invalidArgument, m) }
    public static func value(_ m: String) -> TFError { TFError(.valueError, m) }
    public static func type(_ m: String) -> TFError { TFError(.typeError, m) }
}
