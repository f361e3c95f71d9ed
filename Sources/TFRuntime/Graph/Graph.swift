import Synchronization
import TensorCore

/// A dataflow graph: operations named as TF names them, name scopes, collections.
public final class Graph {
    public private(set) var operations: [Operation] = []
    private var namesInUse: [String: Int] = [:]
    private var opsByName: [String: Operation] = [:]
    /// The current name scope, without a trailing slash ("" at the top).
    public var nameStack = ""
    /// The open `control_dependencies` blocks, outermost first: new ops get their ops as control inputs.
    public private(set) var controlDependencyStack: [ControlDependencyBlock] = []
    /// Named collections (`tf.GraphKeys.GLOBAL_VARIABLES`, ...), in insertion order.
    public var collections: [String: [AnyObject]] = [:]
    /// The graph-level random seed (`tf.set_random_seed`).
    public var seed: Int?
    /// Counts ops created with a random seed, for TF's op-seed derivation.
    public var lastOpSeedIndex = 0
    /// Variable scopes store (`get_variable`), kept by the Python layer.
    public var variableStore: [String: AnyObject] = [:]
    /// Free-form per-graph state for higher layers.
    public var extensions: [String: AnyObject] = [:]
    public let id: Int
    private static let nextID = Atomic<Int>(0)
    /// Where ops are created, as traceback lines (`File "prog.py", line 3, in <module>`), outermost
    /// first; set by the front end so run-time errors can say where a failing node was defined.
    public var stackProvider: (() -> [String])?
    /// A function graph (`tf.function`): outside values used in it are captured as placeholders.
    public var isFunctionGraph = false
    /// Captured outside values and the placeholders that stand for them.
    public internal(set) var captures: [(external: TensorHandle, placeholder: GraphTensor)] = []

    public init() {
        id = Graph.nextID.add(1, ordering: .relaxed).oldValue
    }

    /// TF's `Graph.unique_name`: `name` inside the current scope, made unique with `_1`, `_2`, ...
    /// (compared case-insensitively, as TF does).
    public func uniqueName(_ name: String, markAsUsed: Bool = true) -> String {
        let full = nameStack.isEmpty ? name : nameStack + "/" + name
        let key = full.lowercased()
        var i = namesInUse[key] ?? 0
        if markAsUsed { namesInUse[key] = i + 1 }
        if i == 0 { return full }
        var candidate = key
        let base = key
        while namesInUse[candidate] != nil {
            candidate = "\(base)_\(i)"
            i += 1
        }
        if markAsUsed { namesInUse[candidate] = 1 }
        return "\(full)_\(i - 1)"
    }

    /// Marks an exact name as used (for names given with a trailing slash).
    public func markUsed(_ name: String) {
        let key = name.lowercased()
        namesInUse[key] = max(namesInUse[key] ?? 0, 1)
    }

    /// Enters `tf.name_scope(name)`: returns the new scope (with a trailing slash) and the previous stack.
    public func pushNameScope(_ name: String?) -> (scope: String, saved: String) {
        let saved = nameStack
        guard let name, !name.isEmpty else {
            nameStack = ""
            return ("", saved)
        }
        if name.hasSuffix("/") {
            nameStack = String(name.dropLast())
            return (name, saved)
        }
        let unique = uniqueName(name)
        nameStack = unique
        return (unique + "/", saved)
    }

    public func popNameScope(_ saved: String) { nameStack = saved }

    /// Runs `body` inside a name scope.
    public func withNameScope<T>(_ name: String?, _ body: () throws -> T) rethrows -> T {
        let (_, saved) = pushNameScope(name)
        defer { popNameScope(saved) }
        return try body()
    }

    /// Enters `graph.control_dependencies(ops)`: ops created until the matching
    /// `popControlDependencies` get `ops` as control inputs (those not already given by an outer
    /// block). `nil` clears the dependencies of the outer blocks, as TF's `control_dependencies(None)`.
    public func pushControlDependencies(_ ops: [Operation]?) -> ControlDependencyToken {
        guard let ops else {
            let saved = controlDependencyStack
            controlDependencyStack = [ControlDependencyBlock(inputs: [])]
            return ControlDependencyToken(savedStack: saved)
        }
        var current = Set(controlDependencyStack.flatMap { $0.inputs.map(ObjectIdentifier.init) })
        var inputs: [Operation] = []
        for op in ops where !current.contains(ObjectIdentifier(op)) {
            current.insert(ObjectIdentifier(op))
            inputs.append(op)
        }
        controlDependencyStack.append(ControlDependencyBlock(inputs: inputs))
        return ControlDependencyToken(savedStack: nil)
    }

    public func popControlDependencies(_ token: ControlDependencyToken) {
        if let saved = token.savedStack {
            controlDependencyStack = saved
        } else if !controlDependencyStack.isEmpty {
            controlDependencyStack.removeLast()
        }
    }

    /// Runs `body` inside `control_dependencies(ops)`.
    public func withControlDependencies<T>(_ ops: [Operation]?, _ body: () throws -> T) rethrows -> T {
        let token = pushControlDependencies(ops)
        defer { popControlDependencies(token) }
        return try body()
    }

    /// TF's `_control_dependencies_for_inputs`: the control inputs an op with these data inputs
    /// gets from the open blocks. A block whose own ops already feed the new op adds nothing, and
    /// an op that is already a data input is not added again.
    private func controlInputsFromBlocks(_ inputs: [GraphTensor]) -> [Operation] {
        let inputOps = Set(inputs.map { ObjectIdentifier($0.op) })
        var result: [Operation] = []
        for block in controlDependencyStack where block.created.isDisjoint(with: inputOps) {
            result += block.inputs.filter { !inputOps.contains(ObjectIdentifier($0)) }
        }
        return result
    }

    /// Adds an operation of a registered type. `name` defaults to the op type.
    @discardableResult
    public func addOperation(type: String, inputs: [GraphTensor], attrs: Attrs = [:], name: String? = nil,
                             controlInputs: [Operation] = []) throws -> Operation {
        guard let def = OpRegistry.shared[type] else {
            throw TFError(.valueError, "Op type not registered '\(type)' in binary")
        }
        for t in inputs where t.graph !== self {
            throw TFError.value("Tensor(\"\(t.name)\", shape=\(t.shape), dtype=\(t.dtype.name)) must be from the same graph as Tensor(\"\(inputs[0].name)\").")
        }
        // A name ending in "/" is a scope's own name, used as it is (TF's `name=scope`).
        let opName: String
        if let n = name, n.hasSuffix("/") {
            opName = String(n.dropLast())
            markUsed(opName)
        } else {
            opName = uniqueName(name ?? type)
        }
        let shapeContext = ShapeContext(inputs: inputs, attrs: attrs, opType: type, opName: opName)
        let outputs = try def.inferShapes(shapeContext)
        var deps = controlInputs
        for c in controlInputsFromBlocks(inputs) where !deps.contains(where: { $0 === c }) { deps.append(c) }
        let op = Operation(graph: self, name: opName, type: type, inputs: inputs, attrs: attrs, controlInputs: deps)
        for block in controlDependencyStack { block.created.insert(ObjectIdentifier(op)) }
        op.definedAt = stackProvider?() ?? []
        op.outputs = outputs.enumerated().map { GraphTensor(op: op, index: $0.offset, dtype: $0.element.dtype, shape: $0.element.shape, isResource: $0.element.isResource) }
        operations.append(op)
        opsByName[opName] = op
        return op
    }

    public func operation(named name: String) -> Operation? { opsByName[name] }

    /// `graph.get_tensor_by_name("x:0")`.
    public func tensor(named name: String) throws -> GraphTensor {
        let parts = name.split(separator: ":")
        guard parts.count == 2, let i = Int(parts[1]) else {
            throw TFError.value("The name '\(name)' looks a like an Operation name, not a Tensor name.")
        }
        guard let op = opsByName[String(parts[0])], i < op.outputs.count else {
            throw TFError(.lookupError, "The name '\(name)' refers to a Tensor which does not exist. The operation, '\(parts[0])', does not exist in this graph.")
        }
        return op.outputs[i]
    }

    public func addToCollection(_ key: String, _ value: AnyObject) {
        collections[key, default: []].append(value)
    }

    public func collection(_ key: String) -> [AnyObject] { collections[key] ?? [] }
}

/// One open `control_dependencies` block of a graph.
public final class ControlDependencyBlock {
    /// The ops this block adds as control inputs.
    public let inputs: [Operation]
    /// The ops created while the block was open.
    var created: Set<ObjectIdentifier> = []
    init(inputs: [Operation]) { self.inputs = inputs }
}

/// What `pushControlDependencies` hands back for the matching pop.
public struct ControlDependencyToken {
    let savedStack: [ControlDependencyBlock]?
}

/// A node of a graph.
public final class Operation {
    public unowned let graph: Graph
    public let name: String
    public let type: String
    public let inputs: [GraphTensor]
    public let attrs: Attrs
    public internal(set) var controlInputs: [Operation]
    public internal(set) var outputs: [GraphTensor] = []
    /// The front end's stack where the op was created, outermost first.
    public internal(set) var definedAt: [String] = []

    init(graph: Graph, name: String, type: String, inputs: [GraphTensor], attrs: Attrs, controlInputs: [Operation]) {
        self.graph = graph
        self.name = name
        self.type = type
        self.inputs = inputs
        self.attrs = attrs
        self.controlInputs = controlInputs
    }

    public var def: OpDef? { OpRegistry.shared[type] }

    /// The scope part of the name (`loss` for `loss/mse`), empty at the top level.
    public var scope: String {
        guard let i = name.lastIndex(of: "/") else { return "" }
        return String(name[..<i])
    }
}

/// A symbolic tensor: output `index` of an operation.
public final class GraphTensor {
    public unowned let op: Operation
    public let index: Int
    public let dtype: DType
    public var shape: TensorShape
    /// A resource handle (of a variable holding `dtype`).
    public let isResource: Bool

    init(op: Operation, index: Int, dtype: DType, shape: TensorShape, isResource: Bool) {
        self.op = op
        self.index = index
        self.dtype = dtype
        self.shape = shape
        self.isResource = isResource
    }

    public var graph: Graph { op.graph }
    public var name: String { "\(op.name):\(index)" }
    /// TF's dtype name for printing: `resource` for handles.
    public var dtypeName: String { isResource ? "resource" : dtype.name }
}
