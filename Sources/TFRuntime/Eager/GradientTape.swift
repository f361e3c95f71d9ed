import TensorCore

/// `tf.GradientTape`: records eager ops on watched tensors and replays their gradient
/// functions backwards, the same functions `tf.gradients` uses.
///
/// Every tensor the tape sees (an input or output of a recorded op, or a watched one) gets a
/// slot number once, through a map keyed by identity; recording and computing gradients then
/// work on slot numbers and plain arrays, and no array is made per recorded op.
public final class GradientTape {
    /// A recorded op.
    struct Entry {
        let def: OpDef
        let attrs: Attrs
        /// Where its inputs, then its outputs, are in `handles` (the inputs as the gradient
        /// function sees them: graph tensors in a function graph).
        let firstHandle: Int32
        let inputCount: Int32
        let outputCount: Int32
        /// Where the slots of the inputs (what the tape tracks each input by: a captured variable
        /// is its resource) start in `inputSlots`; there are `inputCount` of them.
        let firstInputSlot: Int32
        /// The slot of the first output; an op's outputs have consecutive slots.
        let firstOutputSlot: Int32
        /// In a function graph, the name scope the op was made in: its gradient ops go under
        /// `gradient_tape/<scope>/`, as TF names them.
        let scope: String?
    }
    public let persistent: Bool
    public let watchAccessedVariables: Bool
    public private(set) var isRecording = false
    private var entries: [Entry] = []
    /// The inputs and outputs of every entry, one after another.
    private var handles: [TensorHandle] = []
    /// The input slots of every entry, one after another.
    private var inputSlots: [Int32] = []
    private var slotOf = IdentitySlots()
    /// Per slot: the entry that made the tensor, plus one (0 when no recorded op did), shifted
    /// left once; the low bit says whether the tensor is watched (explicitly, or as a floating
    /// output of a recorded op).
    private var slotInfo: [Int32] = []
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
        handles.removeAll()
        inputSlots.removeAll()
        slotOf.removeAll()
        slotInfo.removeAll()
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

    /// The entry that made the tensor in slot `s`, -1 when no recorded op did.
    @inline(__always)
    private func producer(_ s: Int) -> Int { Int(slotInfo[s] >> 1) - 1 }

    @inline(__always)
    private func isWatched(_ s: Int) -> Bool { slotInfo[s] & 1 != 0 }

    /// Whether the tensor is watched (an unseen one is not).
    @inline(__always)
    private func isWatched(_ id: ObjectIdentifier) -> Bool {
        guard let s = slotOf.find(id) else { return false }
        return isWatched(Int(s))
    }

    /// The slot of a tensor, made (as one no recorded op produced) on first sight.
    private func slot(for id: ObjectIdentifier) -> Int32 {
        if let s = slotOf.find(id) { return s }
        if slotInfo.capacity == 0 { adoptStorage() }
        let s = Int32(slotInfo.count)
        slotOf.set(id, s)
        slotInfo.append(0)
        return s
    }

    public func watch(_ h: TensorHandle) {
        let s = Int(slot(for: h.identity))
        guard !isWatched(s) else { return }
        slotInfo[s] |= 1
        if case .resource(let r) = h { watchedResources.append(r) }
    }

    /// A variable read while recording is watched automatically (unless turned off).
    public func variableAccessed(_ r: VariableResource) {
        if watchAccessedVariables && isRecording { watch(.resource(r)) }
    }

    func record(_ def: OpDef, attrs: Attrs, inputs: [TensorHandle], outputs: [TensorHandle]) {
        // Only an op that uses a watched tensor is recorded.
        guard inputs.contains(where: { isWatched($0.identity) }) else { return }
        let first = Int32(inputSlots.count)
        for h in inputs { inputSlots.append(slot(for: h.identity)) }
        let firstHandle = handles.count
        handles.append(contentsOf: inputs)
        handles.append(contentsOf: outputs)
        append(def, attrs: attrs, firstHandle: firstHandle, inputCount: inputs.count, outputCount: outputs.count,
               firstInputSlot: first, scope: nil)
    }

    /// `record` for an op of one output (no arrays made).
    func record(_ def: OpDef, attrs: Attrs, inputs: [TensorHandle], output: TensorHandle) {
        guard inputs.contains(where: { isWatched($0.identity) }) else { return }
        let first = Int32(inputSlots.count)
        for h in inputs { inputSlots.append(slot(for: h.identity)) }
        let firstHandle = handles.count
        handles.append(contentsOf: inputs)
        handles.append(output)
        append(def, attrs: attrs, firstHandle: firstHandle, inputCount: inputs.count, outputCount: 1, firstInputSlot: first, scope: nil)
    }

    /// `record` for an op of one input and one output.
    func record(_ def: OpDef, attrs: Attrs, _ a: TensorHandle, output: TensorHandle) {
        guard isWatched(a.identity) else { return }
        let first = Int32(inputSlots.count)
        inputSlots.append(slot(for: a.identity))
        let firstHandle = handles.count
        handles.append(a)
        handles.append(output)
        append(def, attrs: attrs, firstHandle: firstHandle, inputCount: 1, outputCount: 1, firstInputSlot: first, scope: nil)
    }

    /// `record` for an op of two inputs and one output.
    func record(_ def: OpDef, attrs: Attrs, _ a: TensorHandle, _ b: TensorHandle, output: TensorHandle) {
        guard isWatched(a.identity) || isWatched(b.identity) else { return }
        let first = Int32(inputSlots.count)
        inputSlots.append(slot(for: a.identity))
        inputSlots.append(slot(for: b.identity))
        let firstHandle = handles.count
        handles.append(a)
        handles.append(b)
        handles.append(output)
        append(def, attrs: attrs, firstHandle: firstHandle, inputCount: 2, outputCount: 1, firstInputSlot: first, scope: nil)
    }

    func record(_ def: OpDef, attrs: Attrs, inputs: [TensorHandle], inputIDs: [ObjectIdentifier], outputs: [TensorHandle], scope: String?) {
        guard inputIDs.contains(where: { isWatched($0) }) else { return }
        let first = Int32(inputSlots.count)
        for id in inputIDs { inputSlots.append(slot(for: id)) }
        let firstHandle = handles.count
        handles.append(contentsOf: inputs)
        handles.append(contentsOf: outputs)
        append(def, attrs: attrs, firstHandle: firstHandle, inputCount: inputs.count, outputCount: outputs.count,
               firstInputSlot: first, scope: scope)
    }

    /// Takes over the storage of a tape that finished (a training step's tape records as much as
    /// the last step's), or makes room for a few dozen tensors.
    private func adoptStorage() {
        if let spare = runtime.tapeScratch.takeStorage() {
            entries = spare.entries
            handles = spare.handles
            inputSlots = spare.inputSlots
            slotInfo = spare.slotInfo
            slotOf = spare.slotOf
        } else {
            entries.reserveCapacity(16)
            handles.reserveCapacity(48)
            inputSlots.reserveCapacity(32)
            slotInfo.reserveCapacity(32)
        }
    }

    /// A non-persistent tape is done after its gradient: what it recorded is let go (as TF does)
    /// and its storage left for the next tape.
    private func releaseStorage() {
        entries.removeAll(keepingCapacity: true)
        handles.removeAll(keepingCapacity: true)
        inputSlots.removeAll(keepingCapacity: true)
        slotInfo.removeAll(keepingCapacity: true)
        slotOf.removeAll()
        runtime.tapeScratch.giveStorage(TapeStorage(entries: entries, handles: handles, inputSlots: inputSlots,
                                                    slotInfo: slotInfo, slotOf: slotOf))
        entries = []
        handles = []
        inputSlots = []
        slotInfo = []
        slotOf = IdentitySlots()
    }

    /// Adds the entry whose inputs and outputs were just added to `handles` from `firstHandle`.
    private func append(_ def: OpDef, attrs: Attrs, firstHandle: Int, inputCount: Int, outputCount: Int,
                        firstInputSlot: Int32, scope: String?) {
        let k = Int32(entries.count)
        let first = Int32(slotInfo.count)
        for o in handles[(firstHandle + inputCount)...] {
            let id = o.identity
            // A tensor is made once, so an output is new to the tape; a watched one stays watched.
            let watched = isWatched(id) || o.dtype.isFloating
            slotOf.set(id, Int32(slotInfo.count))
            slotInfo.append((k + 1) << 1 | (watched ? 1 : 0))
        }
        entries.append(Entry(def: def, attrs: attrs, firstHandle: Int32(firstHandle), inputCount: Int32(inputCount),
                             outputCount: Int32(outputCount), firstInputSlot: firstInputSlot, firstOutputSlot: first, scope: scope))
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
        let runtime = self.runtime
        // The work arrays are the runtime's, kept from one computation to the next; they are
        // worked on as local arrays and handed back at the end.
        let scratch = runtime.tapeScratch.take()
        scratch.reset(slots: slotInfo.count, entries: entries.count)
        var usage: [Int32] = [], reachable: [Bool] = [], missing: [Int32] = []
        var ready: [Int32] = [], stack: [Int32] = [], sourceSlots: [Int32] = []
        scratch.exchange(&usage, &reachable, &missing, &ready, &stack, &sourceSlots)
        defer {
            scratch.exchange(&usage, &reachable, &missing, &ready, &stack, &sourceSlots)
            runtime.tapeScratch.give(scratch)
        }
        // Gradients reaching each tensor are collected and summed with AddN when used, as TF's
        // imperative_grad aggregates them (and as tf.gradients does), so both sum in the same order.
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
            // A target the tape never saw gets no gradient to pass on (nor is it a watched source).
            guard let s = slotOf.find(t.identity) else { continue }
            scratch.add(Int(s), g)
            stack.append(s)
        }
        // The order of TF's GradientTape::ComputeGradient: only ops the targets depend on; an op is
        // ready once every tensor it made that those ops use has all its gradients; the ops
        // ready at first go from the latest recorded, then ops in the order they become ready.
        while let s = stack.popLast() {
            let k = producer(Int(s))
            guard k >= 0, !reachable[k] else { continue }
            reachable[k] = true
            let first = Int(entries[k].firstInputSlot)
            for inSlot in inputSlots[first..<first + Int(entries[k].inputCount)] {
                let i = Int(inSlot)
                if usage[i] > 0 {
                    usage[i] += 1
                } else {
                    usage[i] = 1
                    if producer(i) >= 0 { stack.append(inSlot) }
                }
            }
        }
        for s in 0..<slotInfo.count where usage[s] > 0 {
            let k = producer(s)
            if k >= 0 { missing[k] += 1 }
        }
        for src in sources {
            if let s = slotOf.find(src.identity) { sourceSlots.append(s) }
        }
        // Eagerly, with no tape recording this computation, gradient functions may compute with
        // kernels directly (op names are invisible and nothing records the ops).
        let direct = runtime.currentGraph == nil && !runtime.tapes.contains { $0.isRecording }
        // The ops ready at first, latest first; then those that become ready, in that order.
        var k = entries.count - 1
        while k >= 0 {
            if reachable[k] && missing[k] == 0 { ready.append(Int32(k)) }
            k -= 1
        }
        var next = 0
        // The output gradients of the op at hand: one array, emptied for each op (the gradient
        // function's context has let go of it by then, so it is not copied).
        var outGrads: [TensorHandle?] = []
        while next < ready.count {
            let k = Int(ready[next])
            next += 1
            let def = entries[k].def
            let firstInput = Int(entries[k].firstInputSlot)
            let inputCount = Int(entries[k].inputCount), outputCount = Int(entries[k].outputCount)
            let firstHandle = Int(entries[k].firstHandle)
            let slots = firstInput..<firstInput + inputCount
            var inGrads: [TensorHandle?] = []
            let firstOutput = Int(entries[k].firstOutputSlot)
            outGrads.removeAll(keepingCapacity: true)
            for o in 0..<outputCount { outGrads.append(try scratch.take(firstOutput + o, runtime)) }
            let anyGradient = outGrads.contains { $0 != nil }
            if anyGradient, let fn = def.gradient {
                let outputs = HandleList(handles, offset: firstHandle + inputCount, count: outputCount)
                for (i, g) in outGrads.enumerated() where g == nil {
                    if let v = outputs[i].eagerValue {
                        outGrads[i] = .eager(EagerTensor(Kernels.zerosLike(v)))
                    } else if outputs[i].dtype.isFloating {
                        outGrads[i] = try runtime.execute1("ZerosLike", [outputs[i]])
                    }
                }
                // The inputs the tape does not track (not watched, not made by a recorded op, not a
                // source) get no gradient, and the gradient function is told so (skip_input_indices).
                var skipMask: UInt64 = 0
                var skipMore = Set<Int>()
                for (i, s) in inputSlots[slots].enumerated() where !isWatched(Int(s)) && !sourceSlots.contains(s) {
                    if i < 64 { skipMask |= 1 << UInt64(i) } else { skipMore.insert(i) }
                }
                let ctx = GradientContext(runtime: runtime, type: def.type, attrs: entries[k].attrs,
                                          inputs: HandleList(handles, offset: firstHandle, count: inputCount), outputs: outputs,
                                          grads: outGrads, skipInputIndices: skipMore)
                ctx.skipMask = skipMask
                ctx.computesDirectly = direct
                if let scope = entries[k].scope, let graph = runtime.currentGraph {
                    inGrads = try graph.withNameScope("gradient_tape/" + (scope.isEmpty ? "" : scope + "/")) { try fn(ctx) }
                } else {
                    inGrads = try fn(ctx)
                }
            }
            for (i, inSlot) in inputSlots[slots].enumerated() {
                let s = Int(inSlot)
                if i < inGrads.count, let g = inGrads[i] { scratch.add(s, g) }
                let c = usage[s]
                guard c > 0 else { continue }
                usage[s] = c - 1
                let p = producer(s)
                guard c == 1, p >= 0, missing[p] > 0 else { continue }
                missing[p] -= 1
                if missing[p] == 0 { ready.append(Int32(p)) }
            }
        }
        // A source the tape never watched has no gradient, even where one reached it.
        var results: [TensorHandle?] = []
        results.reserveCapacity(sources.count)
        for src in sources {
            guard let s = slotOf.find(src.identity), isWatched(Int(s)) else {
                results.append(nil)
                continue
            }
            results.append(try scratch.take(Int(s), runtime))
        }
        if !persistent { releaseStorage() }
        return results
    }
}

/// The work arrays of a gradient computation. The runtime keeps one between computations, so a
/// training step's tape reuses the storage of the last step's.
final class TapeScratch {
    /// How many recorded ops use each slot's tensor, while the computation runs.
    var usage: [Int32] = []
    /// Per entry: whether the targets depend on it, and how many of its used outputs still wait
    /// for their gradients.
    var reachable: [Bool] = []
    var missing: [Int32] = []
    /// The ops in the order they run (appended as they become ready).
    var ready: [Int32] = []
    var stack: [Int32] = []
    var sourceSlots: [Int32] = []

    /// Swaps the work arrays with the caller's locals (to take them, and again to hand them back).
    func exchange(_ usage: inout [Int32], _ reachable: inout [Bool], _ missing: inout [Int32],
                  _ ready: inout [Int32], _ stack: inout [Int32], _ sourceSlots: inout [Int32]) {
        swap(&usage, &self.usage)
        swap(&reachable, &self.reachable)
        swap(&missing, &self.missing)
        swap(&ready, &self.ready)
        swap(&stack, &self.stack)
        swap(&sourceSlots, &self.sourceSlots)
    }
    /// The gradients reaching each slot: most get one, and a slot that gets several has them
    /// summed (AddN, in the order they arrived) when it is first read.
    private var first: [TensorHandle?] = []
    private var more: [Int: [TensorHandle]] = [:]

    func reset(slots: Int, entries: Int) {
        Self.fill(&usage, 0, slots)
        Self.fill(&first, nil, slots)
        Self.fill(&reachable, false, entries)
        Self.fill(&missing, 0, entries)
        ready.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        sourceSlots.removeAll(keepingCapacity: true)
        more.removeAll()
    }

    /// Empties what the computation left (its gradients hold tensors).
    func clear() {
        for i in first.indices { first[i] = nil }
        more.removeAll()
    }

    @inline(__always)
    private static func fill<T>(_ a: inout [T], _ value: T, _ count: Int) {
        a.removeAll(keepingCapacity: true)
        a.append(contentsOf: repeatElement(value, count: count))
    }

    func add(_ slot: Int, _ g: TensorHandle) {
        if first[slot] == nil {
            first[slot] = g
        } else {
            more[slot, default: []].append(g)
        }
    }

    /// The slot's gradient, summed if several arrived (the sum then stands for them).
    func take(_ slot: Int, _ runtime: TFRuntime) throws -> TensorHandle? {
        guard let g = first[slot] else { return nil }
        guard !more.isEmpty, let rest = more.removeValue(forKey: slot) else { return g }
        let sum = try runtime.execute1("AddN", [g] + rest)
        first[slot] = sum
        return sum
    }
}

/// The emptied storage of a tape that finished, for the next one.
struct TapeStorage {
    var entries: [GradientTape.Entry]
    var handles: [TensorHandle]
    var inputSlots: [Int32]
    var slotInfo: [Int32]
    var slotOf: IdentitySlots
}

/// The runtime's spare `TapeScratch` (a gradient computed inside another, through a tape
/// recording a tape, takes a fresh one), and the storage a finished tape left.
final class TapeScratchPool {
    private var spare: TapeScratch?
    private var spareStorage: TapeStorage?

    func takeStorage() -> TapeStorage? {
        defer { spareStorage = nil }
        return spareStorage
    }

    func giveStorage(_ s: TapeStorage) {
        spareStorage = s
    }

    func take() -> TapeScratch {
        if let s = spare {
            spare = nil
            return s
        }
        return TapeScratch()
    }

    func give(_ s: TapeScratch) {
        s.clear()
        spare = s
    }
}
