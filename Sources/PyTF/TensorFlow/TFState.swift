import Python
import TFRuntime
import TensorCore

/// The TensorFlow state of one interpreter: its runtime and the Python objects that
/// stand for graphs and sessions.
final class TFState {
    let runtime = TFRuntime()
    /// Python wrappers of graphs, so `x.graph is tf.get_default_graph()` holds.
    private var graphObjects: [ObjectIdentifier: PyTFGraph] = [:]
    /// `tf.InteractiveSession()` and `with sess.as_default()`, innermost last.
    var defaultSessions: [PyTFSession] = []
    /// Default summary writers (`writer.as_default()`), innermost last.
    var summaryWriters: [PySummaryWriter] = []
    /// The default step of TF 2 summaries (`tf.summary.experimental.set_step`, `as_default(step=)`).
    var summaryStep: Value = .none
    /// Eager variables by their storage, so traced functions can report the variables they use.
    var eagerVariables: [ObjectIdentifier: PyTFVariable] = [:]
    /// Variable scopes, innermost last (TF1 `variable_scope`).
    var variableScopes: [VariableScopeFrame] = []
    /// Every trace of a `tf.function`, in the order they were made (for the graph view).
    var traces: [(name: String, graph: Graph)] = []
    /// Graphs the program made with `tf.Graph()`, in order (for the graph view).
    var madeGraphs: [Graph] = []
    /// The `tf.function` traces under way, innermost last: whether each may create variables.
    var functionTraces: [FunctionTrace] = []
    /// The last class checked for Keras' native SGD step, at a class version: whether it is
    /// tf.keras' SGD with its own methods.
    var kerasSGDClass: (ObjectIdentifier, Int, Bool)?

    func graphObject(_ g: Graph) -> PyTFGraph {
        if let o = graphObjects[ObjectIdentifier(g)] { return o }
        let o = PyTFGraph(g)
        graphObjects[ObjectIdentifier(g)] = o
        return o
    }

    var defaultSession: PyTFSession? { defaultSessions.last }

    /// TF's `executing_eagerly_outside_functions()`: eager mode, and not inside a plain graph
    /// (tf.function graphs do not count). Decides tensor equality and hashing, as in TF 2.
    var executingEagerlyOutsideFunctions: Bool {
        runtime.eagerByDefault && !runtime.graphStack.contains { !$0.isFunctionGraph }
    }
}

/// A `tf.function` trace under way. TF lets a function create variables only on its first call
/// (it lifts them out of the graph and traces again without creating any); a later trace that
/// creates one is an error.
final class FunctionTrace {
    enum Mode { case firstCall, laterCall, noCreation }
    let mode: Mode
    var createdVariables = false
    init(_ mode: Mode) { self.mode = mode }
}

/// One `variable_scope` level.
struct VariableScopeFrame {
    var name: String
    var reuse: ReuseMode
    var initializer: Value?
}

enum ReuseMode: Equatable {
    case inherit, reuse, autoReuse, noReuse
}

extension Interpreter {
    var tf: TFState {
        if let s = primaryExtension as? TFState { return s }
        if let s = extensions["tensorflow"] as? TFState {
            primaryExtension = s
            return s
        }
        let s = TFState()
        extensions["tensorflow"] = s
        primaryExtension = s
        // Ops remember the Python stack that created them, for TF's "Detected at node" reports.
        s.runtime.stackProvider = { [unowned self] in
            self.pythonStack().map { "File \"\($0.filename)\", line \($0.line), in \($0.function)" }
        }
        // PrintV2 (tf.print) writes to the program's streams. What goes to stderr is written at
        // once, after what the program printed before it, as a terminal shows them.
        s.runtime.printSink = { [unowned self] text, stream in
            if stream == "stdout" {
                self.stdout.write(text)
            } else {
                self.stdout.flush()
                self.stderr.write(text)
                self.stderr.flush()
            }
        }
        return s
    }
}

/// Turns TF errors into Python exceptions of the matching class (`tf.errors.*` or builtins).
/// `tfCall` for an op TF's Python wrapper runs through its eager fast path, which adds
/// ` name: <name>` to a kernel's failure: `eagerName` is the name the wrapper passes the op
/// (usually none, so empty); nil for the wrapper's fallback path (a Python list where the op
/// takes a shape or axes), which adds nothing.
func tfCall<T>(_ interp: Interpreter, eagerName: String?, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch var e as TFError where e.isKernelFailure {
        if let eagerName { e.message += " name: " + eagerName }
        throw interp.pythonError(e)
    } catch let e as TFError {
        throw interp.pythonError(e)
    } catch let e as TensorError {
        throw interp.pythonError(TFError(.invalidArgument, e.message))
    }
}

func tfCall<T>(_ interp: Interpreter, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TFError {
        throw interp.pythonError(e)
    } catch let e as TensorError {
        throw interp.pythonError(TFError(.invalidArgument, e.message))
    }
}

extension Interpreter {
    func pythonError(_ e: TFError) -> PyError {
        switch e.kind {
        case .valueError: return PyError.valueError(e.message)
        case .typeError: return PyError.typeError(e.message)
        case .runtimeError: return PyError.runtimeError(e.message)
        case .lookupError: return PyError(PyType.KeyError, e.message)
        default:
            return PyError(TFErrorTypes.type(for: e.kind), e.message)
        }
    }
}

/// `tf.errors.*` exception classes.
enum TFErrorTypes {
    nonisolated(unsafe) static let opError = PyType(name: "OpError", module: "tensorflow.python.framework.errors_impl", bases: [PyType.Exception])
    nonisolated(unsafe) static let invalidArgument = PyType(name: "InvalidArgumentError", module: "tensorflow.python.framework.errors_impl", bases: [opError])
    nonisolated(unsafe) static let failedPrecondition = PyType(name: "FailedPreconditionError", module: "tensorflow.python.framework.errors_impl", bases: [opError])
    nonisolated(unsafe) static let notFound = PyType(name: "NotFoundError", module: "tensorflow.python.framework.errors_impl", bases: [opError])
    nonisolated(unsafe) static let unimplemented = PyType(name: "UnimplementedError", module: "tensorflow.python.framework.errors_impl", bases: [opError])
    nonisolated(unsafe) static let internalError = PyType(name: "InternalError", module: "tensorflow.python.framework.errors_impl", bases: [opError])
    nonisolated(unsafe) static let outOfRange = PyType(name: "OutOfRangeError", module: "tensorflow.python.framework.errors_impl", bases: [opError])

    static func type(for kind: TFError.Kind) -> PyType {
        switch kind {
        case .invalidArgument: return invalidArgument
        case .failedPrecondition: return failedPrecondition
        case .notFound: return notFound
        case .unimplemented: return unimplemented
        case .outOfRange: return outOfRange
        default: return internalError
        }
    }

    static var all: [PyType] { [opError, invalidArgument, failedPrecondition, notFound, unimplemented, internalError, outOfRange] }
}
