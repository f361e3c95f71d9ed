/// How TF names what a `tf.function` captures, and how it ends a traced function.
///
/// A value from outside the function (an eager tensor, a variable's resource) becomes a
/// placeholder the first time an op uses it. TF converts the op's inputs inside the op's own name
/// scope, each under the name of its input argument in the op registry, so the placeholder is
/// `<op name>/<argument>`: `mul/y`, `MatMul/b`, `mul/ReadVariableOp/resource`.
/// See `op_def_library._apply_op_helper` and `FuncGraph.capture` in TensorFlow.
enum OpInputNames {
    static let table: [String: [String]] = [
        "ReadVariableOp": ["resource"],
        "AssignVariableOp": ["resource", "value"],
        "AssignAddVariableOp": ["resource", "value"],
        "AssignSubVariableOp": ["resource", "value"],
        "VarIsInitializedOp": ["resource"],
        "ResourceApplyGradientDescent": ["var", "alpha", "delta"],
        "ResourceApplyMomentum": ["var", "accum", "lr", "grad", "momentum"],
        "ResourceApplyKerasMomentum": ["var", "accum", "lr", "grad", "momentum"],
        "ResourceApplyAdam": ["var", "m", "v", "beta1_power", "beta2_power", "lr", "beta1", "beta2", "epsilon", "grad"],
        "ResourceApplyRMSProp": ["var", "ms", "mom", "lr", "rho", "momentum", "epsilon", "grad"],
        "ResourceApplyCenteredRMSProp": ["var", "mg", "ms", "mom", "lr", "rho", "momentum", "epsilon", "grad"],
        "ResourceApplyAdagrad": ["var", "accum", "lr", "grad"],
        "Add": ["x", "y"], "AddV2": ["x", "y"], "Sub": ["x", "y"], "Mul": ["x", "y"], "RealDiv": ["x", "y"],
        "Div": ["x", "y"], "FloorDiv": ["x", "y"], "FloorMod": ["x", "y"], "Pow": ["x", "y"],
        "Maximum": ["x", "y"], "Minimum": ["x", "y"], "SquaredDifference": ["x", "y"],
        "Less": ["x", "y"], "LessEqual": ["x", "y"], "Greater": ["x", "y"], "GreaterEqual": ["x", "y"],
        "Equal": ["x", "y"], "NotEqual": ["x", "y"],
        "MatMul": ["a", "b"], "BatchMatMulV2": ["x", "y"],
        "Square": ["x"], "Neg": ["x"], "Abs": ["x"], "Exp": ["x"], "Log": ["x"], "Sqrt": ["x"],
        "Sigmoid": ["x"], "Tanh": ["x"], "Relu": ["features"], "Identity": ["input"], "Cast": ["x"],
        "Sum": ["input", "reduction_indices"], "Mean": ["input", "reduction_indices"],
        "Max": ["input", "reduction_indices"], "Min": ["input", "reduction_indices"],
        "Reshape": ["tensor", "shape"], "Transpose": ["x", "perm"], "BiasAdd": ["value", "bias"],
    ]

    /// The argument name of input `index` of `type`, when TF's registry is copied here.
    static func name(_ type: String, _ index: Int) -> String? {
        guard let names = table[type], index < names.count else { return nil }
        return names[index]
    }

    /// Legacy random ops are stateful but left out of TF's automatic control dependencies
    /// (`auto_control_deps.LEGACY_RANDOM_OPS`).
    static let legacyRandom: Set<String> = ["RandomUniform", "RandomStandardNormal", "TruncatedNormal", "RandomUniformInt"]
}

extension ConcreteFunction {
    /// Ends the traced graph as TF's automatic control dependencies do (`auto_control_deps.py`):
    /// every op that uses a variable waits for the last op that wrote it, a write also waits for
    /// the reads since that write, and stateful ops without a variable run in order. When the
    /// function has outputs and ops that must run (stateful ops, variable writes, reads something
    /// uses), one `NoOp` depends on all of them and the outputs depend on it.
    public func addControlOutput() throws {
        var consumed = Set<ObjectIdentifier>()
        for op in graph.operations {
            for t in op.inputs { consumed.insert(ObjectIdentifier(t.op)) }
        }
        func isStateful(_ op: Operation) -> Bool {
            (op.def?.isStateful ?? false) && op.type != "Placeholder" && !OpInputNames.legacyRandom.contains(op.type)
        }
        var mustRun: [Operation] = []
        var lastWrite: [ObjectIdentifier: Operation] = [:]
        var readsSinceWrite: [ObjectIdentifier: [Operation]] = [:]
        var lastStateful: Operation?
        for op in graph.operations where op.type != "Placeholder" {
            let stateful = isStateful(op)
            if op.def == nil || (stateful && (op.type != "ReadVariableOp" || consumed.contains(ObjectIdentifier(op)))) {
                mustRun.append(op)
            }
            var added: [Operation] = []
            func add(_ c: Operation) {
                if c !== op, !op.controlInputs.contains(where: { $0 === c }), !added.contains(where: { $0 === c }) { added.append(c) }
            }
            var seen = Set<ObjectIdentifier>()
            for t in op.inputs where t.isResource {
                let id = ObjectIdentifier(t)
                guard seen.insert(id).inserted else { continue }
                if let w = lastWrite[id] { add(w) }
                if op.type == "ReadVariableOp" {
                    readsSinceWrite[id, default: []].append(op)
                } else {
                    for r in readsSinceWrite[id] ?? [] { add(r) }
                    readsSinceWrite[id] = []
                    lastWrite[id] = op
                }
            }
            if stateful && seen.isEmpty {
                if let previous = lastStateful { add(previous) }
                lastStateful = op
            }
            op.controlInputs += added
        }
        guard !outputs.isEmpty, !mustRun.isEmpty else { return }
        let (_, saved) = graph.pushNameScope(nil)
        defer { graph.popNameScope(saved) }
        let noOp = try graph.addOperation(type: "NoOp", inputs: [], name: "NoOp", controlInputs: mustRun)
        for t in outputs where !t.op.controlInputs.contains(where: { $0 === noOp }) {
            t.op.controlInputs.append(noOp)
        }
    }
}
