/// One line of a traceback: where a frame was when an exception passed through it.
public struct TracebackEntry: Sendable {
    public var filename: String
    public var line: Int
    public var function: String
    public init(filename: String, line: Int, function: String) {
        self.filename = filename
        self.line = line
        self.function = function
    }
}

/// An instance of `BaseException` or a subclass.
public final class PyBaseException: PyInstance {
    public var args: [Value]
    /// Innermost frame last, as CPython prints it.
    public var traceback: [TracebackEntry] = []
    public var cause: Value = .none
    public var context: Value = .none
    public var suppressContext = false

    public init(cls: PyType, args: [Value]) {
        self.args = args
        super.init(cls: cls)
    }

    /// The first argument as a string, for building messages in Swift.
    public var message: String {
        if args.count == 1, let s = args[0].asString { return s }
        return ""
    }
}

/// A Python exception travelling through Swift code.
public struct PyError: Error {
    public let exception: PyBaseException

    public init(_ exception: PyBaseException) {
        self.exception = exception
    }

    /// Makes an exception of a built-in class with a message.
    public init(_ cls: PyType, _ message: String) {
        self.exception = PyBaseException(cls: cls, args: [.str(message)])
    }

    public var type: PyType { exception.cls }

    public func isInstance(of cls: PyType) -> Bool { exception.cls.isSubtype(of: cls) }

    /// An OSError (or subclass) as CPython makes it: `errno`, `strerror` and `filename` set, and
    /// printed `[Errno 2] No such file or directory: 'x.txt'`.
    public static func os(_ cls: PyType, _ errno: Int, _ strerror: String, _ filename: String? = nil) -> PyError {
        let e = PyBaseException(cls: cls, args: [.int(errno), .str(strerror)])
        if let filename { e.dict["filename"] = .str(filename) }
        return PyError(e)
    }

    public static func typeError(_ m: String) -> PyError { PyError(PyType.TypeError, m) }
    public static func valueError(_ m: String) -> PyError { PyError(PyType.ValueError, m) }
    public static func attributeError(_ m: String) -> PyError { PyError(PyType.AttributeError, m) }
    public static func nameError(_ m: String) -> PyError { PyError(PyType.NameError, m) }
    public static func indexError(_ m: String) -> PyError { PyError(PyType.IndexError, m) }
    public static func keyError(_ key: Value) -> PyError { PyError(PyBaseException(cls: PyType.KeyError, args: [key])) }
    public static func zeroDivision(_ m: String) -> PyError { PyError(PyType.ZeroDivisionError, m) }
    public static func overflow(_ m: String) -> PyError { PyError(PyType.OverflowError, m) }
    public static func runtimeError(_ m: String) -> PyError { PyError(PyType.RuntimeError, m) }
    public static func notImplemented(_ m: String) -> PyError { PyError(PyType.NotImplementedError, m) }
    public static func stopIteration(_ v: Value? = nil) -> PyError {
        PyError(PyBaseException(cls: PyType.StopIteration, args: v.map { [$0] } ?? []))
    }
    public static func assertion(_ v: Value?) -> PyError {
        PyError(PyBaseException(cls: PyType.AssertionError, args: v.map { [$0] } ?? []))
    }
    public static func unboundLocal(_ name: String) -> PyError {
        PyError(PyType.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }
    public static func undefinedName(_ name: String) -> PyError {
        PyError(PyType.NameError, "name '\(name)' is not defined")
    }
}

/// Control flow that is not a Python exception: the run was cancelled or hit a resource limit.
public enum InterpreterAbort: Error, Sendable {
    case cancelled
    case exit(Int)
}
