import TensorCore

/// `tf.GradientTape`: records eager ops on watched tensors and replays their gradient
/// functions backwards, the same functions `tf.gradients` uses.
public final class GradientTape {
    struct Entry {
        let type: String
        let attrs: Attrs
        let inputs: [TensorHandle]
        let outputs: [TensorHandle]
    }
    public let persistent: Bool
    public let watchAccessedVariables: Bool
    public private(set) var isRecording = false
    private var entries: [Entry] = []
    private var watched = Set<ObjectIdentifier>()
    /// Recorded outputs that are not watched (not floating): gradients may still reach them.
    private var unwatchedOutputs = Set<ObjectIdentifier>()
    /// Watched variables in the order first seen (for `watched_variables()`).
    public private(set) var watchedResources: [VariableResource] = []
    private var used = false
    /// A tape never entered has nothing to differentiate (TF reports it like a used tape).
    private var everStarted = false
    unowned let runtime: TFRuntime

    public init(runtime: TFRuntime, persistent: Bool = false, watchAccessedVariables: Bool = true) {
        self.runtime = runtime
        self.persistent = persistent
        self.watchAccessedVariables = watchAccessedVariables
    }

    public func start() {
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
        unwatchedOutputs.removeAll()
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
        guard inputs.contains(where: { watched.contains($0.identity) }) else { return }
        entries.append(Entry(type: type, attrs: attrs, inputs: inputs, outputs: outputs))
        for o in outputs {
            if o.dtype.isFloating { watched.insert(o.identity) } else { unwatchedOutputs.insert(o.identity) }
        }
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
            } else {
                guard let value = t.eagerValue else { continue }
                g = .eager(EagerTensor(try Kernels.onesLike(value)))
            }
            pending[t.identity, default: []].append(g)
        }
        // Inputs no gradient can be asked of (neither watched, produced by a recorded op, nor a
        // source) are skipped, as TF's skip_input_indices; with no tape recording this
        // computation, gradient functions may also compute with kernels directly.
        let sourceIDs = Set(sources.map(\.identity))
        let direct = runtime.currentGraph == nil && !runtime.tapes.contains { $0.isRecording }
        for entry in entries.reversed() {
            let outGrads = try entry.outputs.map { try aggregated($0.identity) }
            guard outGrads.contains(where: { $0 != nil }), let def = OpRegistry.shared[entry.type], let fn = def.gradient else { continue }
            var filled = outGrads
            for (i, g) in filled.enumerated() where g == nil {
                if let v = entry.outputs[i].eagerValue { filled[i] = .eager(EagerTensor(Kernels.zerosLike(v))) }
            }
            var ctx = GradientContext(runtime: runtime, type: entry.type, attrs: entry.attrs,
                                      inputs: entry.inputs, outputs: entry.outputs, grads: filled)
            ctx.computesDirectly = direct
            for (k, input) in entry.inputs.enumerated() where k < 64 {
                let id = input.identity
                if !watched.contains(id) && !unwatchedOutputs.contains(id) && !sourceIDs.contains(id) {
                    ctx.skippedInputs |= 1 << UInt64(k)
                }
            }
            let inGrads = try fn(ctx)
            for (input, g) in zip(entry.inputs, inGrads) {
                guard let g else { continue }
                pending[input.identity, default: []].append(g)
            }
        }
        var grads: [ObjectIdentifier: TensorHandle] = [:]
        for s in sources { if let g = try aggregated(s.identity) { grads[s.identity] = g } }
        return sources.map { grads[$0.identity] }
    }
}
