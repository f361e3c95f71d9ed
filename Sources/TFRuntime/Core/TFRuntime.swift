#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TensorCore

/// The state of one program's TensorFlow: eager or graph mode, the default graph stack,
/// gradient tapes, random seeds. Every op goes through `execute`, which builds a graph node
/// or runs the kernel now, from the same `OpDef`.
public final class TFRuntime {
    /// `tf.executing_eagerly()` at the top level (false after `disable_eager_execution()`).
    public var eagerByDefault = true
    /// The global default graph (`tf.get_default_graph()` when nothing else is active).
    public private(set) var globalDefaultGraph = Graph()
    /// Graphs made default with `Graph.as_default()` or by tracing a function, innermost last.
    public var graphStack: [Graph] = []
    /// Recording tapes, innermost last.
    public var tapes: [GradientTape] = []
    /// The work arrays of gradient computations, kept from one to the next.
    let tapeScratch = TapeScratchPool()
    /// The eager global random seed (`tf.random.set_seed`). Setting it restarts the generator
    /// eager ops draw their op seeds from, as TF's context does (`random.Random(seed)`).
    public var globalSeed: Int? {
        didSet { eagerSeedGenerator = globalSeed.map { MT19937(keyArray: TFRuntime.pythonSeedKey($0)) } }
    }
    /// CPython's Mersenne Twister seeded with the global seed: TF's `context.internal_operation_seed()`.
    private var eagerSeedGenerator: MT19937?
    /// Per-graph state that higher layers keep (variable scopes, ...).
    public var extensions: [String: AnyObject] = [:]
    var randomStreams: [String: RandomStream] = [:]
    /// Where PrintV2 writes (text, stream name: "stderr", "stdout", "log(info)", ...); the
    /// interpreter points it at its own streams.
    public var printSink: (String, String) -> Void = { text, stream in
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(stream == "stdout" ? 1 : 2, $0.baseAddress, $0.count) }
    }
    /// How often each legacy Print op has printed when run eagerly.
    public var eagerPrintCounts: [String: Int] = [:]
    /// Name scopes entered while executing eagerly (they prefix variable names, as in TF2).
    public var eagerNameStack: [String] = []

    /// TF's `ops.uid()` counter, which numbers the functions it traces (`__inference_f_12`). TF
    /// also draws from it for every tensor it makes, so the numbers only roughly follow TF's.
    public private(set) var lastUID = 0
    public func uid(advancingBy n: Int = 1) -> Int {
        lastUID += max(n, 1)
        return lastUID
    }

    public init() {}

    /// The graph new ops go into, or nil when executing eagerly.
    public var currentGraph: Graph? {
        if let g = graphStack.last { return g }
        return eagerByDefault ? nil : globalDefaultGraph
    }

    /// `tf.get_default_graph()`.
    public var defaultGraph: Graph { graphStack.last ?? globalDefaultGraph }

    public var executingEagerly: Bool { currentGraph == nil }

    /// `tf.reset_default_graph()`.
    public func resetDefaultGraph() throws {
        if !graphStack.isEmpty {
            throw TFError(.runtimeError, "Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the nesting and create a new graph.")
        }
        globalDefaultGraph = makeGraph()
    }

    /// The name scope a front end's op wrapper was called in, while it builds that op (TF records
    /// an op on a tape outside the op's own scope, or inside the wrapper's `name_scope` for
    /// wrappers that open one, such as `x * y` or `tf.matmul`). Nil: the graph's current scope.
    public var tapeRecordScope: String?

    /// Where ops are created, for error messages (set by the front end).
    public var stackProvider: (() -> [String])? {
        didSet { globalDefaultGraph.stackProvider = stackProvider }
    }

    /// A new graph that records where its ops are created.
    public func makeGraph() -> Graph {
        let g = Graph()
        g.stackProvider = stackProvider
        return g
    }

    /// Runs `op` on `inputs`: adds a node to the current graph, or runs the kernel eagerly.
    // MARK: Recording values for display

    /// When on, every graph run records the last value of each tensor it computed or was fed
    /// (the lesson browser's graph view shows them). Off by default: it costs a dictionary write per op.
    public var recordsValues = false
    /// The last value of each recorded graph tensor, by graph and tensor name (`Square:0`).
    public private(set) var recordedValues: [ObjectIdentifier: [String: Tensor]] = [:]

    func record(_ op: Operation, _ outs: [KernelValue]) {
        for (k, v) in outs.enumerated() where k < op.outputs.count {
            if case .tensor(let t) = v { recordedValues[ObjectIdentifier(op.graph), default: [:]][op.outputs[k].name] = t }
        }
    }

    func record(_ t: GraphTensor, _ value: Tensor) {
        recordedValues[ObjectIdentifier(t.graph), default: [:]][t.name] = value
    }

    /// The recorded values of a graph's tensors.
    public func recordedValues(of graph: Graph) -> [String: Tensor] {
        recordedValues[ObjectIdentifier(graph)] ?? [:]
    }

    public func execute(_ type: String, _ inputs: [TensorHandle], attrs: Attrs = [:], name: String? = nil) throws -> [TensorHandle] {
        try execute(try OpRegistry.shared.definition(type), inputs, attrs: attrs, name: name)
    }

    /// Whether an op on these inputs runs now: no graph is current and no input is symbolic.
    @inline(__always)
    func runsEagerly(_ inputs: [TensorHandle]) -> Bool {
        if !graphStack.isEmpty || !eagerByDefault { return false }
        for h in inputs { if case .symbolic = h { return false } }
        return true
    }

    /// `execute` with the op's definition at hand (callers that run one op type many times keep it).
    public func execute(_ def: OpDef, _ inputs: [TensorHandle], attrs: Attrs = [:], name: String? = nil) throws -> [TensorHandle] {
        if runsEagerly(inputs) {
            let results = try EagerErrors.reporting(def, inputs.count, attrs) {
                try runKernel(def, inputs, attrs: attrs, name: name)
            }.map(Self.handle)
            recordEagerly(def, attrs: attrs, inputs: inputs, outputs: results)
            return results
        }
        let symbolicInput = inputs.first { $0.graphTensor != nil }?.graphTensor
        guard let graph = symbolicInput?.graph ?? currentGraph else {
            throw TFError(.internal, "\(def.type): no graph to build the op in")
        }
        let type = def.type
        var graphInputs: [GraphTensor] = []
        // A value captured for the first time is named after the op's input argument, inside
        // the op's own scope (`mul/ReadVariableOp/resource`), so the op's name is taken first.
        var opName = name
        if graph.isFunctionGraph, name?.hasSuffix("/") != true,
           inputs.indices.contains(where: { OpInputNames.name(type, $0) != nil && graph.capturedPlaceholder(inputs[$0]) == nil }) {
            opName = graph.uniqueName(name ?? type) + "/"
        }
        for (k, h) in inputs.enumerated() {
            switch h {
            case .symbolic(let g): graphInputs.append(g)
            case .eager(let e):
                guard graph.isFunctionGraph else { graphInputs.append(try constantNode(graph, e.value)); break }
                graphInputs.append(try graph.capture(h, name: captureName(opName, type, k)))
            case .resource:
                guard graph.isFunctionGraph else {
                    throw TFError.value("An eager variable cannot be used in a graph; create it inside the graph.")
                }
                graphInputs.append(try graph.capture(h, name: captureName(opName, type, k)))
            }
        }
        let op = try graph.addOperation(type: type, inputs: graphInputs, attrs: attrs, name: opName)
        let outputs: [TensorHandle] = op.outputs.map { .symbolic($0) }
        // A tape entered in this function graph records the op symbolically, with the name
        // scope its Python wrapper was called in (the scope of its gradient ops).
        if graph.isFunctionGraph, !tapes.isEmpty, def.gradient != nil {
            let scope = tapeRecordScope ?? graph.nameStack
            for tape in tapes where tape.isRecording && tape.graph === graph {
                tape.record(def, attrs: attrs, inputs: graphInputs.map { .symbolic($0) },
                            inputIDs: inputs.map(\.identity), outputs: outputs, scope: scope)
            }
        }
        return outputs
    }

    /// Runs an op's kernel now on eager inputs.
    @inline(__always)
    private func runKernel(_ def: OpDef, _ inputs: [TensorHandle], attrs: Attrs, name: String?) throws -> [KernelValue] {
        func value(_ h: TensorHandle) -> KernelValue? {
            switch h {
            case .eager(let e): return .tensor(e.value)
            case .resource(let r): return .resource(r)
            case .symbolic: return nil
            }
        }
        // Array literals for the common counts: made without a generic array allocation.
        let values: [KernelValue]
        if inputs.count == 1, let a = value(inputs[0]) {
            values = [a]
        } else if inputs.count == 2, let a = value(inputs[0]), let b = value(inputs[1]) {
            values = [a, b]
        } else {
            values = inputs.compactMap(value)
        }
        return try def.kernel(KernelContext(inputs: values, attrs: attrs, opName: name ?? def.type, runtime: self, session: nil))
    }

    /// Runs an elementwise op's tensor computation on eager tensors (nil when the inputs are
    /// not one or two eager tensors), failing as its kernel does.
    @inline(__always)
    private func runEagerKernel(_ def: OpDef, _ eager: EagerKernel, _ inputs: [TensorHandle], name: String?) throws -> Tensor? {
        do {
            switch eager {
            case .unary(let f):
                guard inputs.count == 1, case .eager(let a) = inputs[0] else { return nil }
                return try f(a.value)
            case .binary(let f):
                guard inputs.count == 2, case .eager(let a) = inputs[0], case .eager(let b) = inputs[1] else { return nil }
                return try f(a.value, b.value)
            }
        } catch let e as TensorError {
            throw EagerErrors.wrapped(TFError.kernelFailure(e.message, op: name ?? def.type), kernel: def.type)
        }
    }

    /// A binary op on two eager tensors, run now when nothing is being built: no array of inputs
    /// is made unless a tape records the op. Otherwise as `execute1`.
    public func execute1(_ def: OpDef, _ a: TensorHandle, _ b: TensorHandle, name: String? = nil) throws -> TensorHandle {
        if graphStack.isEmpty, eagerByDefault, case .eager(let x) = a, case .eager(let y) = b,
           case .binary(let f)? = def.eager {
            let result: TensorHandle
            do {
                result = .eager(EagerTensor(try f(x.value, y.value)))
            } catch let e as TensorError {
                throw EagerErrors.wrapped(TFError.kernelFailure(e.message, op: name ?? def.type), kernel: def.type)
            }
            if !tapes.isEmpty, def.gradient != nil {
                for tape in tapes where tape.isRecording && tape.graph == nil {
                    tape.record(def, attrs: [:], a, b, output: result)
                }
            }
            return result
        }
        return try execute1(def, [a, b], name: name)
    }

    @inline(__always)
    private static func handle(_ v: KernelValue) -> TensorHandle {
        switch v {
        case .tensor(let t): return .eager(EagerTensor(t))
        case .resource(let r): return .resource(r)
        }
    }

    /// Records an eager op on the tapes recording eagerly.
    @inline(__always)
    private func recordEagerly(_ def: OpDef, attrs: Attrs, inputs: [TensorHandle], outputs: [TensorHandle]) {
        if !tapes.isEmpty, def.gradient != nil {
            for tape in tapes where tape.isRecording && tape.graph == nil {
                tape.record(def, attrs: attrs, inputs: inputs, outputs: outputs)
            }
        }
    }

    /// The full name of the placeholder for input `index` of an op named `scope` (ending in "/").
    private func captureName(_ scope: String?, _ type: String, _ index: Int) -> String? {
        guard let scope, scope.hasSuffix("/"), let arg = OpInputNames.name(type, index) else { return nil }
        return scope + arg
    }

    /// Single-output convenience.
    public func execute1(_ type: String, _ inputs: [TensorHandle], attrs: Attrs = [:], name: String? = nil) throws -> TensorHandle {
        try execute1(try OpRegistry.shared.definition(type), inputs, attrs: attrs, name: name)
    }

    /// Single-output `execute` with the op's definition at hand; eagerly, no array of results is made
    /// unless a tape records the op.
    public func execute1(_ def: OpDef, _ inputs: [TensorHandle], attrs: Attrs = [:], name: String? = nil) throws -> TensorHandle {
        if runsEagerly(inputs) {
            if let eager = def.eager, let t = try runEagerKernel(def, eager, inputs, name: name) {
                let result = TensorHandle.eager(EagerTensor(t))
                if !tapes.isEmpty, def.gradient != nil {
                    for tape in tapes where tape.isRecording && tape.graph == nil {
                        tape.record(def, attrs: attrs, inputs: inputs, output: result)
                    }
                }
                return result
            }
            let outs = try EagerErrors.reporting(def, inputs.count, attrs) { try runKernel(def, inputs, attrs: attrs, name: name) }
            guard let first = outs.first else { throw TFError(.internal, "\(def.type) produced no output") }
            if outs.count == 1, tapes.isEmpty || def.gradient == nil { return Self.handle(first) }
            let results = outs.map(Self.handle)
            recordEagerly(def, attrs: attrs, inputs: inputs, outputs: results)
            return results[0]
        }
        let outs = try execute(def, inputs, attrs: attrs, name: name)
        guard let first = outs.first else { throw TFError(.internal, "\(def.type) produced no output") }
        return first
    }

    /// A variable's value read now (`ReadVariableOp` run eagerly, and recorded on the tapes as
    /// that op); in a graph, or for a variable with no value (the kernel's error), the op itself.
    public func readVariable(_ r: VariableResource) throws -> TensorHandle {
        let def = try readVariableDef ?? OpRegistry.shared.definition("ReadVariableOp")
        guard graphStack.isEmpty, eagerByDefault, let value = r.value else { return try execute1(def, [.resource(r)]) }
        let h = TensorHandle.eager(EagerTensor(value))
        if !tapes.isEmpty, def.gradient != nil {
            for tape in tapes where tape.isRecording && tape.graph == nil {
                tape.record(def, attrs: [:], .resource(r), output: h)
            }
        }
        return h
    }

    private lazy var readVariableDef = OpRegistry.shared["ReadVariableOp"]

    /// A constant: a `Const` node in graph mode, an eager tensor otherwise.
    public func constant(_ value: Tensor, name: String? = nil) throws -> TensorHandle {
        if let graph = currentGraph {
            let op = try graph.addOperation(type: "Const", inputs: [], attrs: ["value": .tensor(value), "dtype": .type(value.dtype)], name: name ?? "Const")
            return .symbolic(op.outputs[0])
        }
        return .eager(EagerTensor(value))
    }

    private func constantNode(_ graph: Graph, _ value: Tensor) throws -> GraphTensor {
        let op = try graph.addOperation(type: "Const", inputs: [], attrs: ["value": .tensor(value), "dtype": .type(value.dtype)], name: "Const")
        return op.outputs[0]
    }

    /// Runs `body` with `graph` as the default graph.
    public func withGraph<T>(_ graph: Graph, _ body: () throws -> T) rethrows -> T {
        graphStack.append(graph)
        defer { graphStack.removeLast() }
        return try body()
    }

    /// TF's op-seed derivation (`random_seed.get_seed`): (graph seed, op seed) or nil for nondeterministic.
    public func seeds(opSeed: Int?) -> (Int, Int)? {
        let graphSeed: Int?
        if let g = currentGraph { graphSeed = g.seed } else { graphSeed = globalSeed }
        let seeds: (Int, Int)
        switch (graphSeed, opSeed) {
        case (let g?, let o?): seeds = (g, o)
        case (let g?, nil):
            let op: Int
            if let graph = currentGraph {
                // random_seed._graph_to_seed_dict: 0 for the graph's first op, then 1, 2, ...
                op = graph.lastOpSeedIndex
                graph.lastOpSeedIndex += 1
            } else {
                op = internalOperationSeed()
            }
            seeds = (g, op)
        case (nil, let o?): seeds = (87654321, o)
        case (nil, nil): return nil
        }
        // random_seed._truncate_seed, and TF's way out of (0, 0) (which means "not seeded").
        let truncated = (TFRuntime.truncateSeed(seeds.0), TFRuntime.truncateSeed(seeds.1))
        return truncated == (0, 0) ? (0, TFRuntime.maxInt32) : truncated
    }

    static let maxInt32 = (1 << 31) - 1

    static func truncateSeed(_ s: Int) -> Int { ((s % maxInt32) + maxInt32) % maxInt32 }

    /// `context.internal_operation_seed()`: `random.Random(global_seed).randint(0, 2**31 - 1)`.
    func internalOperationSeed() -> Int {
        if eagerSeedGenerator == nil { eagerSeedGenerator = MT19937(keyArray: TFRuntime.pythonSeedKey(globalSeed ?? 0)) }
        // randint draws 32 bits until they fall below 2**31 (`_randbelow`).
        while true {
            guard let r = eagerSeedGenerator?.next32() else { return 0 }
            if r < 1 << 31 { return Int(r) }
        }
    }

    /// The key CPython's `random.seed(n)` gives `init_by_array`: |n| in 32-bit words, least
    /// significant first.
    static func pythonSeedKey(_ n: Int) -> [UInt32] {
        var m = n.magnitude
        var key: [UInt32] = []
        repeat {
            key.append(UInt32(truncatingIfNeeded: m))
            m >>= 32
        } while m != 0
        return key
    }
}
