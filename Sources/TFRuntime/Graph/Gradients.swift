import TensorCore

extension TFRuntime {
    /// `tf.gradients(ys, xs, grad_ys)`: builds the gradient subgraph under `gradients/`, with
    /// one `<op>_grad` scope per op, as TF's `gradients_util` does; gradients of several ys
    /// are summed; nil for xs that the ys do not depend on.
    /// With `gateGradients` (what a v1 optimizer's `compute_gradients` asks for, GATE_OP), the
    /// gradients of an op's inputs are released together, through `<op>_grad/tuple`: a `NoOp`
    /// `group_deps` and one `Identity` `control_dependency`, `control_dependency_1`, ... each.
    public func gradients(ys: [GraphTensor], xs: [GraphTensor], gradYs: [GraphTensor?]? = nil, name: String = "gradients",
                          gateGradients: Bool = false) throws -> [GraphTensor?] {
        guard let graph = ys.first?.graph else { return xs.map { _ in nil } }
        return try withGraph(graph) {
            let (_, saved) = graph.pushNameScope(name)
            defer { graph.popNameScope(saved) }
            // Ops between xs and ys.
            var consumers: [ObjectIdentifier: [Operation]] = [:]
            for op in graph.operations {
                for t in op.inputs { consumers[ObjectIdentifier(t), default: []].append(op) }
            }
            // As TF's _MarkReachedOps: only through trainable outputs (an int32 Rank or Shape of
            // x does not carry a gradient, so what it feeds is not waited for).
            var reachedFromX = Set<ObjectIdentifier>()
            var stack = xs.map { $0.op }
            while let op = stack.popLast() {
                let id = ObjectIdentifier(op)
                if reachedFromX.contains(id) { continue }
                reachedFromX.insert(id)
                for out in op.outputs where out.dtype.isFloating || out.isResource {
                    stack += consumers[ObjectIdentifier(out)] ?? []
                }
            }
            var between = Set<ObjectIdentifier>()
            var back = ys.map { $0.op }
            while let op = back.popLast() {
                let id = ObjectIdentifier(op)
                if between.contains(id) || !reachedFromX.contains(id) { continue }
                between.insert(id)
                back += op.inputs.map { $0.op }
            }
            // Pending counts: how many consumers in `between` each op still waits for.
            var pending: [ObjectIdentifier: Int] = [:]
            for op in graph.operations where between.contains(ObjectIdentifier(op)) {
                for t in op.inputs where between.contains(ObjectIdentifier(t.op)) {
                    pending[ObjectIdentifier(t.op), default: 0] += 1
                }
            }
            var grads: [ObjectIdentifier: [TensorHandle]] = [:]
            for (i, y) in ys.enumerated() {
                let g: TensorHandle
                if let given = gradYs?[i] ?? nil {
                    g = .symbolic(given)
                } else {
                    // As TF's _DefaultGradYs: a (constant-folded) Shape, then Fill in scope grad_ys_i.
                    let shape: TensorHandle
                    if let dims = y.shape.knownDims {
                        shape = try constant(try Tensor(dims.map { Int32($0) }, shape: [dims.count]), name: "Shape")
                    } else {
                        shape = try execute1("Shape", [.symbolic(y)])
                    }
                    let (scope, saved) = graph.pushNameScope("grad_ys_\(i)")
                    defer { graph.popNameScope(saved) }
                    let one = try constant(try Conversion.cast(Tensor(scalar: 1.0), to: y.dtype, flavor: .tensorflow))
                    g = try execute1("Fill", [shape, one], name: scope)
                }
                grads[ObjectIdentifier(y), default: []].append(g)
            }
            var queue: [Operation] = []
            var queued = Set<ObjectIdentifier>()
            for y in ys where between.contains(ObjectIdentifier(y.op)) && (pending[ObjectIdentifier(y.op)] ?? 0) == 0 {
                if queued.insert(ObjectIdentifier(y.op)).inserted { queue.append(y.op) }
            }
            var head = 0
            while head < queue.count {
                let op = queue[head]
                head += 1
                // Aggregate each output's gradients.
                var outGrads: [TensorHandle?] = []
                for out in op.outputs {
                    let gs = grads[ObjectIdentifier(out)] ?? []
                    if gs.isEmpty {
                        outGrads.append(nil)
                    } else if gs.count == 1 {
                        outGrads.append(gs[0])
                    } else {
                        outGrads.append(try execute1("AddN", gs))
                    }
                    if gs.count > 1, let agg = outGrads.last ?? nil { grads[ObjectIdentifier(out)] = [agg] }
                }
                let hasGrads = outGrads.contains { $0 != nil }
                if hasGrads, !op.inputs.isEmpty, let gradFn = op.def?.gradient {
                    for (i, g) in outGrads.enumerated() where g == nil && op.outputs[i].dtype.isFloating && !op.outputs[i].isResource {
                        // gradients_util fills a missing output gradient with array_ops.zeros_like.
                        outGrads[i] = try execute1("ZerosLike", [.symbolic(op.outputs[i])], name: "zeros_like")
                    }
                    let inGrads: [TensorHandle?] = try graph.withNameScope(op.name + "_grad") {
                        let ctx = GradientContext(runtime: self, type: op.type, attrs: op.attrs,
                                                  inputs: op.inputs.map { .symbolic($0) },
                                                  outputs: op.outputs.map { .symbolic($0) }, grads: outGrads)
                        let fnGrads = try gradFn(ctx)
                        guard gateGradients, fnGrads.compactMap({ $0 }).count > 1 else { return fnGrads }
                        return try gatedTuple(graph, fnGrads)
                    }
                    for (t, g) in zip(op.inputs, inGrads) {
                        guard let g else { continue }
                        grads[ObjectIdentifier(t), default: []].append(g)
                    }
                }
                for t in op.inputs where between.contains(ObjectIdentifier(t.op)) {
                    let id = ObjectIdentifier(t.op)
                    pending[id, default: 0] -= 1
                    if pending[id] == 0, queued.insert(id).inserted { queue.append(t.op) }
                }
            }
            return try xs.map { x -> GraphTensor? in
                let gs = grads[ObjectIdentifier(x)] ?? []
                if gs.isEmpty { return nil }
                if gs.count == 1 { return gs[0].graphTensor }
                return try execute1("AddN", gs).graphTensor
            }
        }
    }

    /// TF's `control_flow_ops.tuple`: every tensor waits for all of them (`tuple/group_deps`),
    /// then passes through its own `Identity` (`tuple/control_dependency_k`).
    private func gatedTuple(_ graph: Graph, _ tensors: [TensorHandle?]) throws -> [TensorHandle?] {
        let (_, saved) = graph.pushNameScope("tuple")
        defer { graph.popNameScope(saved) }
        var gating: [Operation] = []
        for t in tensors {
            guard let op = t?.graphTensor?.op, !gating.contains(where: { $0 === op }) else { continue }
            gating.append(op)
        }
        let gate = try graph.addOperation(type: "NoOp", inputs: [], name: graph.uniqueName("group_deps") + "/", controlInputs: gating)
        return try tensors.map { t in
            guard let g = t?.graphTensor else { return t }
            let op = try graph.addOperation(type: "Identity", inputs: [g], attrs: ["T": .type(g.dtype)],
                                            name: graph.uniqueName("control_dependency") + "/", controlInputs: [gate])
            return .symbolic(op.outputs[0])
        }
    }
}

