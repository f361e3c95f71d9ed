import TensorCore

/// `tf.Session`: runs the part of a graph needed for some fetches, with feeds, each op once
/// per run. Variable values live in the session.
public final class Session {
    public let graph: Graph
    public let runtime: TFRuntime
    private var resources: [String: VariableResource] = [:]
    /// How often each legacy Print op of this session has printed (its `first_n` limit).
    public var printCounts: [String: Int] = [:]
    /// The streams of the seeded random ops this session ran (see `TFRuntime.generator`).
    var randomStreams: [String: RandomStream] = [:]
    /// Compiled runs, by what was fetched and fed (and the graph's size, since a graph can grow).
    private var plans: [PlanKey: ExecutionPlan] = [:]
    private(set) var lastPlan: (key: PlanKey, plan: ExecutionPlan)?

    struct PlanKey: Hashable {
        let fetches: [ObjectIdentifier]
        let targets: [ObjectIdentifier]
        let fed: [ObjectIdentifier]
        let graphSize: Int
    }
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
        // A kernel's message as the graph runtime reports it: without the eager `[Op:...]` suffix.
        var message = e.message
        if e.isKernelFailure, message.hasSuffix("]"), let r = message.range(of: " [Op:", options: .backwards) {
            message = String(message[..<r.lowerBound])
        }
        var m = "Graph execution error:\n\nDetected at node '\(op.name)' defined at (most recent call last):\n"
        for line in op.definedAt { m += "    \(line)\n" }
        m += "Node: '\(op.name)'\n\(message)\n\t [[{{node \(op.name)}}]]"
        m += "\n\nOriginal stack trace for '\(op.name)':\n"
        for line in op.definedAt { m += "  \(line)\n" }
        var out = TFError(e.kind, m)
        out.graphFailure = TFError.GraphFailure(node: op.name, message: message, definedAt: op.definedAt)
        return out
    }

    /// Runs the graph: the values of `fetches` (in order) after running everything they and
    /// `targets` depend on, with `feeds` replacing the values of those tensors.
    public func run(fetches: [GraphTensor], targets: [Operation] = [], feeds: [ObjectIdentifier: Tensor] = [:]) throws -> [Tensor] {
        try run(fetches: fetches, targets: targets, feeds: Feeds(feeds.map { ($0.key, $0.value) }))
    }

    /// The same with the fed values as a `Feeds` list (a `feed_dict` holds a handful of tensors:
    /// a list searched in order costs less than hashing them).
    public func run(fetches: [GraphTensor], targets: [Operation] = [], feeds: Feeds) throws -> [Tensor] {
        if isClosed { throw TFError(.runtimeError, "Attempted to use a closed Session.") }
        let plan = try plan(fetches: fetches, targets: targets, feeds: feeds)
        if let tensors = try plan.runCompiled(tensorFeeds: feeds, runtime: runtime) { return tensors }
        let outs = try plan.runUncompiled(feeds: feeds.kernelValues, runtime: runtime, session: self)
        var tensors: [Tensor] = []
        tensors.reserveCapacity(outs.count)
        for (t, v) in zip(fetches, outs) {
            guard case .tensor(let x) = v else {
                throw TFError.type("Fetch argument \(t.name) cannot be interpreted as a Tensor. (Can not convert a resource handle into a Tensor.)")
            }
            tensors.append(x)
        }
        return tensors
    }

    /// The plan for these fetches, targets and fed tensors: the last one used when they are the
    /// same (a training loop asks for one plan over and over), else from `plans`.
    private func plan(fetches: [GraphTensor], targets: [Operation], feeds: Feeds) throws -> ExecutionPlan {
        let size = graph.operations.count
        if let last = lastPlan, last.key.graphSize == size, last.key.fetches.count == fetches.count,
           last.key.targets.count == targets.count, last.key.fed.count == feeds.count,
           zip(last.key.fetches, fetches).allSatisfy({ $0 == ObjectIdentifier($1) }),
           zip(last.key.targets, targets).allSatisfy({ $0 == ObjectIdentifier($1) }),
           last.key.fed.allSatisfy({ feeds.contains($0) }) {
            return last.plan
        }
        let fed = feeds.ids
        let key = PlanKey(fetches: fetches.map { ObjectIdentifier($0) }, targets: targets.map { ObjectIdentifier($0) },
                          fed: fed.sorted { $0.hashValue < $1.hashValue }, graphSize: size)
        let plan: ExecutionPlan
        if let p = plans[key] {
            plan = p
        } else {
            plan = try ExecutionPlan(fetches: fetches, targets: targets, fed: Set(fed))
            plans[key] = plan
        }
        lastPlan = (key, plan)
        return plan
    }
}

/// The values fed to a run, by the identity of the tensor they replace; a later value for the
/// same tensor replaces an earlier one.
public struct Feeds {
    public private(set) var pairs: [(id: ObjectIdentifier, tensor: Tensor)] = []

    public init() {}

    public init(_ pairs: [(ObjectIdentifier, Tensor)]) {
        for (id, t) in pairs { set(id, t) }
    }

    public mutating func set(_ id: ObjectIdentifier, _ tensor: Tensor) {
        if let i = pairs.firstIndex(where: { $0.id == id }) {
            pairs[i].tensor = tensor
        } else {
            pairs.append((id, tensor))
        }
    }

    public mutating func reserveCapacity(_ n: Int) { pairs.reserveCapacity(n) }

    public subscript(id id: ObjectIdentifier) -> Tensor? {
        for p in pairs where p.id == id { return p.tensor }
        return nil
    }

    func contains(_ id: ObjectIdentifier) -> Bool { pairs.contains { $0.id == id } }
    public var count: Int { pairs.count }
    var ids: [ObjectIdentifier] { pairs.map(\.id) }
    var kernelValues: [ObjectIdentifier: KernelValue] {
        var d: [ObjectIdentifier: KernelValue] = [:]
        for p in pairs { d[p.id] = .tensor(p.tensor) }
        return d
    }
}

/// Runs the part of a graph that fetches and targets need, each op once, in dependency order.
///
/// The order and the wiring are worked out once per (fetches, targets, fed tensors) into an
/// `ExecutionPlan`; runs then only call kernels (a training loop runs the same plan 10 000 times).
public enum GraphExecutor {
    public static func run(fetches: [GraphTensor], targets: [Operation], feeds: [ObjectIdentifier: KernelValue],
                           runtime: TFRuntime, session: Session?) throws -> [KernelValue] {
        let plan = try ExecutionPlan(fetches: fetches, targets: targets, fed: Set(feeds.keys))
        return try plan.run(feeds: feeds, runtime: runtime, session: session)
    }
}

/// A compiled run: the ops to execute in order, and where each input comes from.
///
/// Each op's outputs get fixed slots in one flat array, so a run allocates that array and the
/// kernels' own results and nothing else; each step keeps what its kernel needs at hand.
public final class ExecutionPlan {
    enum Source {
        case fed(ObjectIdentifier)
        /// A slot of the flat output array.
        case produced(Int)
    }
    final class Step {
        let op: Operation
        let kernel: (KernelContext) throws -> [KernelValue]
        let attrs: Attrs
        let name: String
        let inputs: [Source]
        /// Where this op's outputs go in the flat array.
        let firstSlot: Int
        let outputCount: Int
        init(op: Operation, def: OpDef, inputs: [Source], firstSlot: Int) {
            self.op = op
            kernel = def.kernel
            attrs = op.attrs
            name = op.name
            self.inputs = inputs
            self.firstSlot = firstSlot
            outputCount = op.outputs.count
        }
    }
    let steps: [Step]
    let results: [Source]
    let slotCount: Int
    /// The fed tensors by identity (to record what was fed, for the graph view).
    let fedTensors: [ObjectIdentifier: GraphTensor]

    /// `inProgramOrder` runs the needed ops in the order they were created, as a `tf.function`
    /// does: its automatic control dependencies run the ops that use a resource (a variable's
    /// reads and writes) in program order. Creation order is always a valid order, since an op's
    /// inputs and control inputs are created before it.
    public init(fetches: [GraphTensor], targets: [Operation], fed: Set<ObjectIdentifier>, inProgramOrder: Bool = false) throws {
        var order: [Operation] = []
        var position: [ObjectIdentifier: Int] = [:]
        var visiting = Set<ObjectIdentifier>()
        func visit(_ op: Operation) throws {
            let id = ObjectIdentifier(op)
            if position[id] != nil { return }
            if visiting.contains(id) { throw TFError.invalidArgument("Graph contains a cycle at \(op.name)") }
            visiting.insert(id)
            for dep in op.controlInputs { try visit(dep) }
            for t in op.inputs where !fed.contains(ObjectIdentifier(t)) { try visit(t.op) }
            visiting.remove(id)
            position[id] = order.count
            order.append(op)
        }
        for op in targets { try visit(op) }
        for t in fetches where !fed.contains(ObjectIdentifier(t)) { try visit(t.op) }
        if inProgramOrder, let graph = order.first?.graph {
            var created: [ObjectIdentifier: Int] = [:]
            for (k, op) in graph.operations.enumerated() { created[ObjectIdentifier(op)] = k }
            order.sort { (created[ObjectIdentifier($0)] ?? 0) < (created[ObjectIdentifier($1)] ?? 0) }
            for (k, op) in order.enumerated() { position[ObjectIdentifier(op)] = k }
        }
        var fedTensors: [ObjectIdentifier: GraphTensor] = [:]
        for op in order {
            for t in op.inputs where fed.contains(ObjectIdentifier(t)) { fedTensors[ObjectIdentifier(t)] = t }
        }
        for t in fetches where fed.contains(ObjectIdentifier(t)) { fedTensors[ObjectIdentifier(t)] = t }
        self.fedTensors = fedTensors
        var firstSlot: [Int] = []
        var slots = 0
        for op in order {
            firstSlot.append(slots)
            slots += op.outputs.count
        }
        func source(_ t: GraphTensor) -> Source {
            let id = ObjectIdentifier(t)
            if fed.contains(id) { return .fed(id) }
            return .produced(firstSlot[position[ObjectIdentifier(t.op)] ?? 0] + t.index)
        }
        steps = try order.enumerated().map { k, op in
            guard let def = op.def else { throw TFError.value("Op type not registered '\(op.type)'") }
            return Step(op: op, def: def, inputs: op.inputs.map(source), firstSlot: firstSlot[k])
        }
        results = fetches.map(source)
        slotCount = slots
    }

    /// The plan specialised on the shapes of an earlier run (see `CompiledRun`), once it has run
    /// twice; `compileAttempts` stops retrying plans that cannot be compiled.
    private var compiled: CompiledRun?
    /// Whether runs now go through a `CompiledRun`.
    var isCompiled: Bool { compiled != nil }
    /// Whether the plan is compiled or may still be: it has not yet run twice, and no attempt to
    /// compile it failed (a traced function's shapes do not change, so a failure is final).
    public var mayCompile: Bool { compiled != nil || !gaveUp }
    /// Set when an attempt to compile failed.
    private var gaveUp = false
    private var genericRuns = 0
    private var compileAttempts = 0
    private var running = false

    /// A session's run through the compiled plan, fetching tensors; nil when the plan is not
    /// compiled or the run does not match it (the caller then runs it generically).
    func runCompiled(tensorFeeds: Feeds, runtime: TFRuntime) throws -> [Tensor]? {
        guard !runtime.recordsValues, !running, let compiled else { return nil }
        return try compiled.runTensors(feed: { tensorFeeds[id: $0] })
    }

    /// The compiled run, when there is one and it takes these feeds; nil otherwise (then `run`).
    func runCompiled(feed: (ObjectIdentifier) -> KernelValue?, runtime: TFRuntime) throws -> [KernelValue]? {
        guard !runtime.recordsValues, !running, let compiled else { return nil }
        return try compiled.run(feed: feed)
    }

    public func run(feeds: [ObjectIdentifier: KernelValue], runtime: TFRuntime, session: Session?) throws -> [KernelValue] {
        if !runtime.recordsValues, !running, let compiled, let outs = try compiled.run(feed: { feeds[$0] }) { return outs }
        return try runUncompiled(feeds: feeds, runtime: runtime, session: session)
    }

    /// A run through every step's kernel (the compiled run was not there or did not match);
    /// the plan is compiled from the values of its second such run.
    func runUncompiled(feeds: [ObjectIdentifier: KernelValue], runtime: TFRuntime, session: Session?) throws -> [KernelValue] {
        let canCompile = !runtime.recordsValues && !running
        running = true
        defer { running = false }
        let values = try runGeneric(feeds: feeds, runtime: runtime, session: session)
        let outs = try results.map { try value($0, feeds, values) }
        genericRuns += 1
        if canCompile, genericRuns >= 2, compileAttempts < 3 {
            compileAttempts += 1
            compiled = CompiledRun.compile(self, values: values, feeds: feeds, runtime: runtime, session: session)
            if compiled == nil { gaveUp = true }
        }
        return outs
    }

    private func value(_ s: Source, _ feeds: [ObjectIdentifier: KernelValue], _ values: [KernelValue?]) throws -> KernelValue {
        switch s {
        case .fed(let id):
            guard let v = feeds[id] else { throw TFError(.internal, "a fed value is missing") }
            return v
        case .produced(let slot):
            guard let v = values[slot] else { throw TFError(.internal, "an op's output was not produced") }
            return v
        }
    }

    /// Runs every step through its kernel; returns the value of every slot.
    private func runGeneric(feeds: [ObjectIdentifier: KernelValue], runtime: TFRuntime, session: Session?) throws -> [KernelValue?] {
        var values: [KernelValue?] = Array(repeating: nil, count: slotCount)
        for step in steps {
            var inputs: [KernelValue] = []
            inputs.reserveCapacity(step.inputs.count)
            for s in step.inputs { inputs.append(try value(s, feeds, values)) }
            let ctx = KernelContext(inputs: inputs, attrs: step.attrs, opName: step.name, runtime: runtime, session: session)
            let outs: [KernelValue]
            do {
                outs = try step.kernel(ctx)
            } catch let e as TFError where e.isOpError {
                throw Session.graphExecutionError(e, step.op)
            }
            for (k, v) in outs.prefix(step.outputCount).enumerated() { values[step.firstSlot + k] = v }
            if runtime.recordsValues { runtime.record(step.op, outs) }
        }
        if runtime.recordsValues {
            for (id, v) in feeds {
                if let t = fedTensors[id], case .tensor(let x) = v { runtime.record(t, x) }
            }
        }
        return values
    }
}
