import TensorCore

/// A traced function: a graph with placeholders for its arguments and for the values it
/// captured from outside (eager tensors, variables), and its outputs. Calling it runs the graph,
/// including every stateful op (TF's automatic control dependencies).
public final class ConcreteFunction {
    public let graph: Graph
    public var inputs: [GraphTensor] = []
    public var outputs: [GraphTensor] = []
    private var plan: FunctionPlan?
    private var planGraphSize = -1
    /// The same call as a graph run: once it has run twice it is compiled (`CompiledRun`), the
    /// fastest way for a training step; a function it cannot compile uses `plan` instead.
    private var graphPlan: ExecutionPlan?
    private var graphPlanSize = -1

    /// The name TF gives the function it runs (`__inference_f_12`), which ends the message of an
    /// error raised while it runs; nil reports such errors in a session's form.
    public var name: String?

    public init(graph: Graph) {
        self.graph = graph
    }

    /// Runs the function on eager arguments (one per input placeholder). A node's failure is
    /// reported as TF's eager function call reports it: where the node was defined, a blank line
    /// after each frame, the kernel's message, the node, and `[Op:<function name>]`.
    public func call(_ args: [TensorHandle], runtime: TFRuntime) throws -> [TensorHandle] {
        do {
            return try run(args, runtime: runtime)
        } catch let e as TFError {
            guard let name, let f = e.graphFailure else { throw e }
            var m = "Graph execution error:\n\nDetected at node \(f.node) defined at (most recent call last):\n"
            for line in f.definedAt { m += "  \(line)\n\n" }
            m += "\(f.message)\n\t [[{{node \(f.node)}}]] [Op:\(name)]"
            throw TFError(e.kind, m)
        }
    }

    private func run(_ args: [TensorHandle], runtime: TFRuntime) throws -> [TensorHandle] {
        guard args.count == inputs.count else {
            throw TFError.invalidArgument("Expected \(inputs.count) arguments, got \(args.count)")
        }
        let values = try args.map(kernelValue)
        if graphPlan == nil || graphPlanSize != graph.operations.count {
            // Stateful ops run whether or not an output needs them, in program order.
            let stateful = graph.operations.filter { ($0.def?.isStateful ?? false) && $0.type != "ReadVariableOp" && $0.type != "Placeholder" }
            let fed = Set(inputs.map { ObjectIdentifier($0) } + graph.captures.map { ObjectIdentifier($0.placeholder) })
            graphPlan = try ExecutionPlan(fetches: outputs, targets: stateful, fed: fed, inProgramOrder: true)
            graphPlanSize = graph.operations.count
        }
        if let graphPlan, graphPlan.mayCompile {
            // A compiled run reads its few fed values by identity: found by a scan of the
            // arguments and captures, with no dictionary made for a call.
            let inputs = self.inputs, captures = graph.captures
            let feed: (ObjectIdentifier) -> KernelValue? = { id in
                for (k, p) in inputs.enumerated() where ObjectIdentifier(p) == id { return values[k] }
                for c in captures where ObjectIdentifier(c.placeholder) == id {
                    switch c.external {
                    case .eager(let e): return .tensor(e.value)
                    case .resource(let r): return .resource(r)
                    case .symbolic: return nil
                    }
                }
                return nil
            }
            if let outs = try graphPlan.runCompiled(feed: feed, runtime: runtime) {
                return outs.map {
                    switch $0 {
                    case .tensor(let t): return .eager(EagerTensor(t))
                    case .resource(let r): return .resource(r)
                    }
                }
            }
            var feeds: [ObjectIdentifier: KernelValue] = [:]
            feeds.reserveCapacity(values.count + graph.captures.count)
            for (p, v) in zip(inputs, values) { feeds[ObjectIdentifier(p)] = v }
            for c in graph.captures { feeds[ObjectIdentifier(c.placeholder)] = try kernelValue(c.external) }
            return try graphPlan.run(feeds: feeds, runtime: runtime, session: nil).map {
                switch $0 {
                case .tensor(let t): return .eager(EagerTensor(t))
                case .resource(let r): return .resource(r)
                }
            }
        }
        // Worked out again if the graph grew (a capture or an op added after the trace).
        if plan == nil || planGraphSize != graph.operations.count {
            plan = try FunctionPlan(graph: graph, arguments: inputs, outputs: outputs, runtime: runtime)
            planGraphSize = graph.operations.count
        }
        guard let plan else { throw TFError(.internal, "no execution plan") }
        let outs = try plan.run(values, runtime: runtime)
        return outs.map {
            switch $0 {
            case .tensor(let t): return .eager(EagerTensor(t))
            case .resource(let r): return .resource(r)
            }
        }
    }

    private func kernelValue(_ h: TensorHandle) throws -> KernelValue {
        switch h {
        case .eager(let e): return .tensor(e.value)
        case .resource(let r): return .resource(r)
        case .symbolic: throw TFError.value("A symbolic tensor cannot be passed to a concrete function from outside its graph")
        }
    }
}

extension Graph {
    /// A placeholder standing for an outside value used while tracing (created once per value).
    /// `name` is the placeholder's full name, used as it is (TF's `<op name>/<input argument>`).
    func capture(_ h: TensorHandle, name: String? = nil) throws -> GraphTensor {
        if let existing = capturedPlaceholder(h) { return existing }
        let op: Operation
        let placeholderName = name.map { $0 + "/" }
        switch h {
        case .resource(let r):
            op = try addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(r.dtype), "shape": .shape(TensorShape([])), "_resource": .bool(true)], name: placeholderName)
        case .eager(let e):
            op = try addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(e.dtype), "shape": .shape(TensorShape(e.shape))], name: placeholderName)
        case .symbolic(let g):
            return g
        }
        captures.append((h, op.outputs[0]))
        return op.outputs[0]
    }

    /// The placeholder an earlier capture made for `h`, if any.
    func capturedPlaceholder(_ h: TensorHandle) -> GraphTensor? {
        if case .symbolic(let g) = h { return g }
        return captures.first(where: { $0.external.identity == h.identity })?.placeholder
    }
}
