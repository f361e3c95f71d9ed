import Python
import TFRuntime
import TensorCore

/// Types of the `tensorflow` Python objects.
enum TFTypes {
    static let module = "tensorflow"
    // The classes under the modules TF defines them in, as `type(x)` shows them.
    nonisolated(unsafe) static let dtype = PyType(name: "DType", module: "tensorflow.python.framework.dtypes", bases: [PyType.object])
    nonisolated(unsafe) static let tensorShape = PyType(name: "TensorShape", module: "tensorflow.python.framework.tensor_shape", bases: [PyType.object])
    nonisolated(unsafe) static let tensor = PyType(name: "Tensor", module: "tensorflow.python.framework.tensor", bases: [PyType.object])
    /// The class of a tensor computed eagerly (`tf.Tensor`'s subclass).
    nonisolated(unsafe) static let eagerTensor = PyType(name: "EagerTensor", module: "tensorflow.python.framework.ops", bases: [tensor])
    /// The class of a graph's tensor.
    nonisolated(unsafe) static let symbolicTensor = PyType(name: "SymbolicTensor", module: "tensorflow.python.framework.ops", bases: [tensor])
    nonisolated(unsafe) static let operation = PyType(name: "Operation", module: "tensorflow.python.framework.ops", bases: [PyType.object])
    nonisolated(unsafe) static let graph = PyType(name: "Graph", module: "tensorflow.python.framework.ops", bases: [PyType.object])
    nonisolated(unsafe) static let variable = PyType(name: "Variable", module: "tensorflow.python.ops.variables", bases: [PyType.object])
    /// The class of every variable TF 2 makes (eager, in graphs, from `get_variable`).
    nonisolated(unsafe) static let resourceVariable = PyType(name: "ResourceVariable", module: "tensorflow.python.ops.resource_variable_ops",
                                                             bases: [variable])
    /// The class of what `assign` and its kin return.
    nonisolated(unsafe) static let unreadVariable = PyType(name: "_UnreadVariable", module: "tensorflow.python.ops.resource_variable_ops",
                                                           bases: [resourceVariable])
    nonisolated(unsafe) static let session = PyType(name: "Session", module: "tensorflow.python.client.session", bases: [PyType.object])
    nonisolated(unsafe) static let interactiveSession = PyType(name: "InteractiveSession", module: "tensorflow.python.client.session", bases: [session])
    nonisolated(unsafe) static let contextManager = PyType(name: "_GeneratorContextManager", module: "contextlib", bases: [PyType.object])
    nonisolated(unsafe) static let reference = PyType(name: "Reference", module: "tensorflow.python.util.object_identity", bases: [PyType.object])
}

/// `tensor.ref()`: a hashable stand-in that compares and hashes by the tensor's identity.
final class PyTFReference: PyObject {
    let wrapped: PyObject
    init(_ wrapped: PyObject) { self.wrapped = wrapped }
    override var pyType: PyType { TFTypes.reference }
}

/// `tf.float32` and friends.
final class PyTFDType: PyObject {
    let dtype: DType
    private init(_ d: DType) { dtype = d }
    override var pyType: PyType { TFTypes.dtype }
    nonisolated(unsafe) private static let all: [DType: PyTFDType] = Dictionary(uniqueKeysWithValues: DType.allCases.map { ($0, PyTFDType($0)) })
    /// The one object per dtype (so `t.dtype is tf.float32` holds).
    static func of(_ d: DType) -> PyTFDType { all[d] ?? PyTFDType(d) }
}

/// `tf.TensorShape`.
final class PyTFShape: PyObject {
    let shape: TensorShape
    init(_ s: TensorShape) { shape = s }
    override var pyType: PyType { TFTypes.tensorShape }
}

/// A `tf.Tensor`: symbolic (graph) or eager.
final class PyTFTensor: PyObject {
    let handle: TensorHandle
    /// Attributes a program sets on a tensor (Keras keeps a softmax's logits on its output so).
    private var extraAttributes: AttrDict?
    init(_ h: TensorHandle) { handle = h }
    override var pyType: PyType {
        if case .symbolic = handle { return TFTypes.symbolicTensor }
        return TFTypes.eagerTensor
    }
    override var attributes: AttrDict? {
        get { extraAttributes ?? [:] }
        set { extraAttributes = newValue }
    }
    override var hasAttributes: Bool { true }
}

/// A `tf.Operation`.
final class PyTFOperation: PyObject {
    let op: Operation
    init(_ op: Operation) { self.op = op }
    override var pyType: PyType { TFTypes.operation }
}

/// A `tf.Graph`.
final class PyTFGraph: PyObject {
    let graph: Graph
    init(_ g: Graph) { graph = g }
    override var pyType: PyType { TFTypes.graph }
}

/// A resource variable: in a graph (its handle op, initializer and read op) or eager (its storage).
final class PyTFVariable: PyObject {
    let name: String
    let dtype: DType
    let shape: TensorShape
    let trainable: Bool
    /// Graph mode.
    var handle: GraphTensor?
    var initializerOp: Operation?
    var readValue: GraphTensor?
    var initialValue: GraphTensor?
    /// Eager mode.
    var resource: VariableResource?
    /// Set on the result of `assign` in graph mode: reading it gives the value after this op.
    var assignOp: Operation?
    /// The result of `assign` eagerly or in a `tf.function`: TF's `_UnreadVariable`, which shares
    /// the variable's storage and is named `UnreadVariable`.
    var isUnread = false

    init(name: String, dtype: DType, shape: TensorShape, trainable: Bool) {
        self.name = name
        self.dtype = dtype
        self.shape = shape
        self.trainable = trainable
    }
    override var pyType: PyType { isUnread || assignOp != nil ? TFTypes.unreadVariable : TFTypes.resourceVariable }
    var graph: Graph? { handle?.graph }
}

/// A `tf.Session` (or `InteractiveSession`).
final class PyTFSession: PyObject {
    let session: Session
    let interactive: Bool
    /// The last fetch argument `run` flattened.
    var fetchMemo: FetchMemo?
    init(_ s: Session, interactive: Bool) {
        session = s
        self.interactive = interactive
    }
    override var pyType: PyType { interactive ? TFTypes.interactiveSession : TFTypes.session }
}

/// A context manager from Swift enter/exit closures (`graph.as_default()`, `name_scope`, ...).
final class PyContextManager: PyObject {
    let enter: (Interpreter) throws -> Value
    let exit: (Interpreter) throws -> Void
    init(enter: @escaping (Interpreter) throws -> Value, exit: @escaping (Interpreter) throws -> Void) {
        self.enter = enter
        self.exit = exit
    }
    override var pyType: PyType { TFTypes.contextManager }
}
