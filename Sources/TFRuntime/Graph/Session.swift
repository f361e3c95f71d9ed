import TensorCore

/// `tf.Session`: runs the part of a graph needed for some fetches, with feeds, each op once
/// per run. Variable values live in the session.
public final class Session {
    public let graph: Graph
    public let runtime: TFRuntime
    private var resources: [String: VariableResource] = [:]
    public private(set) var isClosed = false

    public init(graph: Graph, runtime: TFRuntime) {
        self.graph = graph
        self.runtime = runtime
    }

    /// The session's storage for the variable `name`, created empty on first use.
    public func resource(named name: String, dtype: DType, shape: TensorShape) -> VariableResource {
        if let r = resources[name] { return r }
        let r = VariableResource(name: name, dtype: dtype, shape: shape)
        resources[name] = r
        return r
    }

    public func close() { isClosed = true }

    /// TF 2.x's report of a kernel failure in a session: where the node was defined, the kernel's
    /// message, then the node's creation stack (`OpError.message` is the part before that).
    static func graphExecutionError(_ e: TFError, _ op: Operation) -> TFError {
        var m = "Graph execution error:\n\nDetected at node '\(op.name)' defined at (most recent call last):\n"
        for line in op.definedAt { m += "    \(line)\n" }
        m += "Node: '\(op.name)'\n\(e.message)\n\t [[{{node \(op.name)}}]]"
        m += "\n\nOriginal stack trace for '\(op.name)':\n"
        for line in op.definedAt { m += "  \(line)\n" }
        return TFError(e.kind, m)
    }

    /// Runs the graph: the values of `fetches` (in order) after running everything they and
    /// `targets` depend on, with `feeds` replacing the values of those tensors.
    public func run(fetches: [GraphTensor], targets: [Operation] = [], feeds: [ObjectIdentifier: Tensor] = [:]) throws -> [Tensor] {
        if isClosed { throw TFError(.runtimeError, "Attempted to use a closed Session.") }
        let outs = try GraphExecutor.run(fetches: fetches, targets: targets, feeds: feeds.mapValues { .tensor($0) },
                                         runtime: runtime, session: self)
        return try zip(fetches, outs).map { t, v in
            guard case .tensor(let x) = v else {
                throw TFError.type("Fetch argument \(t.name) cannot be interpreted as a Tensor. (Can not convert a resource handle into a Tensor.)")
            }
            return x
        }
    }
}

/// Runs the part of a graph that fetches and targets need, each op once, in dependency order.
public enum GraphExecutor {
    public static func run(fetches: [GraphTensor], targets: [Operation], feeds: [ObjectIdentifier: KernelValue],
                           runtime: TFRuntime, session: Session?) throws -> [KernelValue] {
        var values: [ObjectIdentifier: [KernelValue]] = [:]
        var visiting = Set<ObjectIdentifier>()

        func evaluate(_ op: Operation) throws -> [KernelValue] {
            let id = ObjectIdentifier(op)
            if let v = values[id] { return v }
            if visiting.contains(id) { throw TFError.invalidArgument("Graph contains a cycle at \(op.name)") }
            visiting.insert(id)
            defer { visiting.remove(id) }
            for dep in op.controlInputs { _ = try evaluate(dep) }
            var inputs: [KernelValue] = []
            inputs.reserveCapacity(op.inputs.count)
            for t in op.inputs {
                if let fed = feeds[ObjectIdentifier(t)] {
                    inputs.append(fed)
                } else {
                    let outs = try evaluate(t.op)
                    guard t.index < outs.count else { throw TFError(.internal, "\(t.name) was not produced") }
                    inputs.append(outs[t.index])
                }
            }
            guard let def = op.def else { throw TFError.value("Op type not registered '\(op.type)'") }
            let ctx = KernelContext(inputs: inputs, attrs: op.attrs, opName: op.name, runtime: runtime, session: session)
            let out: [KernelValue]
            do {
                out = try def.kernel(ctx)
            } catch let e as TFError where e.isOpError {
                throw Session.graphExecutionError(e, op)
            }
            values[id] = out
            return out
        }

        for op in targets { _ = try evaluate(op) }
        var results: [KernelValue] = []
        for t in fetches {
            if let fed = feeds[ObjectIdentifier(t)] {
                results.append(fed)
                continue
            }
            let outs = try evaluate(t.op)
            guard t.index < outs.count else { throw TFError(.internal, "\(t.name) was not produced") }
            results.append(outs[t.index])
        }
        return results
    }
}
