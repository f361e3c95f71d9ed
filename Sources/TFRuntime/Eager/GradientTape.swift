import TensorCore

/// `tf.GradientTape`: records eager ops on watched tensors and replays their gradient
/// functions backwards, the same functions `tf.gradients` uses.
public final class GradientTape {
    struct Entry {
        let type: String
        let attrs: Attrs
        /// The inputs as the gradient function sees them (graph tensors in a function graph).
        let inputs: [TensorHandle]
        /// What the tape tracks each input by (a captured variable is its resource).
        let inputIDs: [ObjectIdentifier]
        let outputs: [TensorHandle]
        /// In a function graph, the name scope the op was made in: its gradient ops go under
        /// `gradient_tape/<scope>/`, as TF names them.
        let scope: String?
    }
    public let persistent: Bool
    public let watchAccessedVariables: Bool
    public private(set) var isRecording = false
    private var entries: [Entry] = []
    private var watched = Set<ObjectIdentifier>()
    /// Watched variables in the order first seen (for `watched_variables()`).
    public private(set) var watchedResources: [VariableResource] = []
    private var used = false
    /// A tape never entered has nothing to differentiate (TF reports it like a used tape).
    private var everStarted = false
    unowned let runtime: TFRuntime
    /// The function graph the tape was entered in (nil when entered eagerly): ops built in that
    /// graph are recorded symbolically.
    public private(set) var graph: Graph?

    public init(runtime: TFRuntime, persistent: Bool = false, watchAccessedVariables: Bool = true) {
        self.runtime = runtime
        self.persistent = persistent
        self.watchAccessedVariables = watchAccessedVariables
    }

    public func start() {
        if !everStarted, let g = runtime.currentGraph, g.isFunctionGraph { graph = g }
        everStarted = true
        isRecording = true
        runtime.tapes.append(self)
    }

    public func stop() {
        isRecording = false
        runtime.tapes.removeAll { $0 === self }
    }

    /// Pauses or resumes recording (`with tape.stop_recording():`).
    public func setRecording(_ on: Bool) {
        isRecording = on && runtime.tapes.contains { $0 === self }
    }

    /// `tape.reset()`: forgets everything recorded.
    public func reset() {
        entries.removeAll()
        watched.removeAll()
        watchedResources.removeAll()
        used = false
    }

    /// `tape.stop_recording()` body.
    public func pauseRecording<T>(_ body: () throws -> T) rethrows -> T {
        let was = isRecording
        isRecording = false
        defer { isRecording = was }
        return try body()
    }

    public func watch(_ h: TensorHandle) {
        let id = h.identity
        if watched.insert(id).inserted, case .resource(let r) = h { watchedResources.append(r) }
    }

    /// A variable read while recording is watched automatically (unless turned off).
    public func variableAccessed(_ r: VariableResource) {
        if watchAccessedVariables && isRecording { watch(.resource(r)) }
    }

    func record(type: String, attrs: Attrs, inputs: [TensorHandle], outputs: [TensorHandle]) {
        record(type: type, attrs: attrs, inputs: inputs, inputIDs: inputs.map(\.identity), outputs: outputs, scope: nil)
    }

    func record(type: String, attrs: Attrs, inputs: [TensorHandle], inputIDs: [ObjectIdentifier], outputs: [TensorHandle], scope: String?) {
        guard inputIDs.contains(where: { watched.contains($0) }) else { return }
        entries.append(Entry(type: type, attrs: attrs, inputs: inputs, inputIDs: inputIDs, outputs: outputs, scope: scope))
        for o in outputs where o.dtype.isFloating { watched.insert(o.identity) }
    }

    /// The default output gradient of a graph target: `ones` (a constant when the shape is known,
    /// else filled at run time), as TF's tape makes it.
    private func symbolicOnes(_ t: GraphTensor) throws -> TensorHandle {
        let one = try Conversion.cast(Tensor(scalar: 1.0), to: t.dtype, flavor: .tensorflow)
        if let dims = t.shape.knownDims {
            return try runtime.constant(try Kernels.fill(dims, try one.item()), name: "ones")
        }
        let shape = try runtime.execute1("Shape", [.symbolic(t)])
        let (scope, saved) = t.graph.pushNameScope("ones")
        defer { t.graph.popNameScope(saved) }
        return try runtime.execute1("Fill", [shape, try runtime.constant(one)], name: scope)
    }

    /// `tape.gradient(targets, sources)`: nil for sources the targets do not depend on.
    public func gradient(targets: [TensorHandle], sources: [TensorHandle], outputGradients: [TensorHandle?]? = nil) throws -> [TensorHandle?] {
        if (used && !persistent) || !everStarted {
            throw TFError(.runtimeError, "A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)")
        }
        used = true
        // Gradient computation itself is not recorded on this tape (but may be on outer ones).
        let wasRecording = isRecording
        isRecording = false
        defer { isRecording = wasRecording && persistent }
        // Gradients reaching each tensor are collected and summed with AddN when used, as TF's
        // imperative_grad aggregates them (and as tf.gradients does), so both sum in the same order.
        var pending: [ObjectIdentifier: [TensorHandle]] = [:]
        func aggregated(_ id: ObjectIdentifier) throws -> TensorHandle? {
            guard let gs = pending[id], !gs.isEmpty else { return nil }
            if gs.count == 1 { return gs[0] }
            let sum = try runtime.execute1("AddN", gs)
            pending[id] = [sum]
            return sum
        }
        for (i, t) in targets.enumerated() {
            let g: TensorHandle
            if let given = outputGradients?[i] ?? nil {
                g = given
            } else if let value = t.eagerValue {
                g = .eager(EagerTensor(try Kernels.onesLike(value)))
            } else if let s = t.graphTensor {
                g = try symbolicOnes(s)
            } else {
                continue
            }
            pending[t.identity, default: []].append(g)
        }
        // The order of TF's GradientTape::ComputeGradient: only ops the targets depend on; an op is
        // ready once every tensor it made that those ops use has all its gradients; the ops
        // ready at first go from the latest recorded, then ops in the order they become ready.
        var producer: [ObjectIdentifier: Int] = [:]
        for (k, e) in entries.enumerated() { for o in e.outputs { producer[o.identity] = k } }
        var usage: [ObjectIdentifier: Int] = [:]
        var reachable = Set<Int>()
        var stack = targets.map(\.identity)
        while let id = stack.popLast() {
            guard let k = producer[id], !reachable.contains(k) else { continue }
            reachable.insert(k)
            for inID in entries[k].inputIDs {
                if let c = usage[inID] {
                    usage[inID] = c + 1
                } else {
                    usage[inID] = 1
                    if producer[inID] != nil { stack.append(inID) }
                }
            }
        }
        var missing: [Int: Int] = [:]
        for id in usage.keys { if let k = producer[id] { missing[k, default: 0] += 1 } }
        let sourceIDs = Set(sources.map(\.identity))
        // Eagerly, with no tape recording this computation, gradient functions may compute with
        // kernels directly (op names are invisible and nothing records the ops).
        let direct = runtime.currentGraph == nil && !runtime.tapes.contains { $0.isRecording }
        var ready = reachable.filter { missing[$0] == nil }.sorted()
        while let k = ready.popLast() {
            let entry = entries[k]
            var inGrads: [TensorHandle?] = []
            let outGrads = try entry.outputs.map { try aggregated($0.identity) }
            if outGrads.contains(where: { $0 != nil }), let fn = OpRegistry.shared[entry.type]?.gradient {
                var filled = outGrads
                for (i, g) in filled.enumerated() where g == nil {
                    if let v = entry.outputs[i].eagerValue {
                        filled[i] = .eager(EagerTensor(Kernels.zerosLike(v)))
                    } else if entry.outputs[i].dtype.isFloating {
                        filled[i] = try runtime.execute1("ZerosLike", [entry.outputs[i]])
                    }
                }
                // The inputs the tape does not track (not watched, not made by a recorded op, not a
                // source) get no gradient, and the gradient function is told so (skip_input_indices).
                let skip = Set(entry.inputIDs.indices.filter { !watched.contains(entry.inputIDs[$0]) && !sourceIDs.contains(entry.inputIDs[$0]) })
                var ctx = GradientContext(runtime: runtime, type: entry.type, attrs: entry.attrs,
                                          inputs: entry.inputs, outputs: entry.outputs, grads: filled, skipInputIndices: skip)
                ctx.computesDirectly = direct
                if let scope = entry.scope, let graph = runtime.currentGraph {
                    inGrads = try graph.withNameScope("gradient_tape/" + (scope.isEmpty ? "" : scope + "/")) { try fn(ctx) }
                } else {
                    inGrads = try fn(ctx)
                }
            }
            for (i, inID) in entry.inputIDs.enumerated() {
                if i < inGrads.count, let g = inGrads[i] { pending[inID, default: []].append(g) }
                guard let c = usage[inID] else { continue }
                usage[inID] = c - 1
                guard c == 1, let p = producer[inID], let m = missing[p] else { continue }
                missing[p] = m - 1
                if m == 1 { ready.insert(p, at: 0) }
            }
        }
        // A source the tape never watched has no gradient, even where one reached it.
        var grads: [ObjectIdentifier: TensorHandle] = [:]
        for s in sources where watched.contains(s.identity) { if let g = try aggregated(s.identity) { grads[s.identity] = g } }
        return sources.map { grads[$0.identity] }
    }
}
