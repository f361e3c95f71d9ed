import Python
import TFRuntime
import TensorCore

/// A `tf.compat.v1.train` optimizer (graph mode): slots as TF names them, update ops in
/// `<Name>/update_<var>/`, grouped as `<Name>`.
final class PyTF1Optimizer: PyObject {
    enum Kind {
        case gradientDescent, momentum(Value, nesterov: Bool), adam(beta1: Value, beta2: Value, epsilon: Value)
        case rmsProp(decay: Value, momentum: Value, epsilon: Value, centered: Bool)
        case adagrad(initialAccumulator: Value)
    }
    let kind: Kind
    let learningRate: Value
    let name: String
    /// Slot variables by (slot name, variable handle name).
    var slots: [String: [String: PyTFVariable]] = [:]
    var betaPowers: (PyTFVariable, PyTFVariable)?

    init(kind: Kind, learningRate: Value, name: String) {
        self.kind = kind
        self.learningRate = learningRate
        self.name = name
    }
    override var pyType: PyType { PyTF1Optimizer.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Optimizer", module: "tensorflow", bases: [PyType.object])
        t.setAttribute("GATE_NONE", .int(0))
        t.setAttribute("GATE_OP", .int(1))
        t.setAttribute("GATE_GRAPH", .int(2))
        func opt(_ v: Value) throws -> PyTF1Optimizer {
            guard let o = v.asObject as? PyTF1Optimizer else { throw PyError.typeError("expected an optimizer") }
            return o
        }
        t.method("compute_gradients") { i, a in
            let p = try a.bind("compute_gradients", ["self", "loss", "var_list", "gate_gradients", "aggregation_method", "colocate_gradients_with_ops", "grad_loss"], required: 2)
            return try i.computeGradients(loss: p[1] ?? .none, varList: p[2], gate: p[3])
        }
        t.method("apply_gradients") { i, a in
            let p = try a.bind("apply_gradients", ["self", "grads_and_vars", "global_step", "name"], required: 2)
            return try i.applyGradients(try opt(a[0]), p[1] ?? .none, globalStep: p[2], name: p[3]?.asString)
        }
        t.method("minimize") { i, a in
            let p = try a.bind("minimize", ["self", "loss", "global_step", "var_list", "gate_gradients", "aggregation_method", "colocate_gradients_with_ops", "name", "grad_loss"], required: 2)
            let gv = try i.computeGradients(loss: p[1] ?? .none, varList: p[3], gate: p[4])
            let pairs = try i.collect(gv).filter { try !i.collect($0)[0].isNone }
            if pairs.isEmpty {
                throw PyError.valueError("No gradients provided for any variable, check your graph for ops that do not support gradients")
            }
            return try i.applyGradients(try opt(a[0]), .object(PyList(pairs)), globalStep: p[2], name: p[7]?.asString)
        }
        t.method("get_slot_names") { _, a in
            let o = try opt(a[0])
            switch o.kind {
            case .gradientDescent: return .object(PyList())
            case .momentum: return .object(PyList([.str("momentum")]))
            case .adam: return .object(PyList([.str("m"), .str("v")]))
            case .rmsProp(_, _, _, let centered):
                // Sorted, as TF lists them.
                return .object(PyList((centered ? ["mg", "momentum", "rms"] : ["momentum", "rms"]).map { .str($0) }))
            case .adagrad: return .object(PyList([.str("accumulator")]))
            }
        }
        t.method("get_slot") { _, a in
            guard a.count == 3, let variable = a[1].asObject as? PyTFVariable, let slot = a[2].asString else {
                throw PyError.typeError("get_slot(var, name)")
            }
            return (try opt(a[0])).slots[slot]?[variable.name].map { .object($0) } ?? .none
        }
        t.method("get_name") { _, a in .str((try opt(a[0])).name) }
        return t
    }()
}

extension Interpreter {
    /// `gate` is `gate_gradients`: GATE_OP (1, the default) gates each op's input gradients.
    func computeGradients(loss: Value, varList: Value?, gate: Value? = nil) throws -> Value {
        guard let lossT = loss.asObject as? PyTFTensor, let lossG = lossT.handle.graphTensor else {
            throw PyError.typeError("`loss` passed to Optimizer.compute_gradients should be a Tensor in graph mode.")
        }
        let vars: [PyTFVariable]
        if let vl = varList, !vl.isNone {
            vars = try collect(vl).compactMap { $0.asObject as? PyTFVariable }
        } else {
            vars = lossG.graph.collection("trainable_variables").compactMap { $0 as? PyTFVariable }
        }
        if vars.isEmpty { throw PyError.valueError("No variables to optimize.") }
        let handles = vars.compactMap { $0.handle }
        let gateOp = try gate.flatMap { $0.isNone ? nil : try index($0) } ?? 1
        let grads = try tfCall(self) { try tf.runtime.gradients(ys: [lossG], xs: handles, gateGradients: gateOp == 1) }
        return .object(PyList(zip(grads, vars).map { g, v in
            .object(PyTuple([g.map { wrap(.symbolic($0)) } ?? .none, .object(v)]))
        }))
    }

    func applyGradients(_ o: PyTF1Optimizer, _ gradsAndVars: Value, globalStep: Value?, name: String?) throws -> Value {
        let pairs: [(TensorHandle, PyTFVariable)] = try collect(gradsAndVars).compactMap { pair in
            let xs = try collect(pair)
            guard xs.count == 2, let v = xs[1].asObject as? PyTFVariable else {
                throw PyError.typeError("grads_and_vars must be a list of (gradient, variable) pairs")
            }
            if xs[0].isNone { return nil }
            return (try tfHandle(xs[0]), v)
        }
        if pairs.isEmpty { throw PyError.valueError("No gradients provided for any variable: \(try repr(gradsAndVars)).") }
        guard let graph = pairs.first?.1.graph else { throw PyError.valueError("apply_gradients needs graph variables") }
        let rt = tf.runtime
        return try rt.withGraph(graph) {
            // Slots first, outside the optimizer's scope (TF's init_scope).
            for (_, v) in pairs { try createSlots(o, v) }
            let (scope, saved) = graph.pushNameScope(name ?? o.name)
            defer { graph.popNameScope(saved) }
            let lr = try tfHandle(o.learningRate, dtype: .float32, name: "learning_rate")
            var extra: [String: TensorHandle] = [:]
            switch o.kind {
            case .momentum(let m, _): extra["momentum"] = try tfHandle(m, dtype: .float32, name: "momentum")
            case .adam(let b1, let b2, let eps):
                extra["beta1"] = try tfHandle(b1, dtype: .float32, name: "beta1")
                extra["beta2"] = try tfHandle(b2, dtype: .float32, name: "beta2")
                extra["epsilon"] = try tfHandle(eps, dtype: .float32, name: "epsilon")
            case .rmsProp(let decay, let momentum, let eps, _):
                extra["decay"] = try tfHandle(decay, dtype: .float32, name: "decay")
                extra["momentum"] = try tfHandle(momentum, dtype: .float32, name: "momentum")
                extra["epsilon"] = try tfHandle(eps, dtype: .float32, name: "epsilon")
            case .gradientDescent, .adagrad: break
            }
            var updates: [Operation] = []
            for (g, v) in pairs {
                guard let handle = v.handle, let gt = g.graphTensor else { continue }
                let op: Operation = try tfCall(self) {
                    try graph.withNameScope("update_" + v.name) {
                        switch o.kind {
                        case .gradientDescent:
                            guard let lrt = lr.graphTensor else { throw TFError.value("learning rate must be a graph tensor") }
                            return try graph.addOperation(type: "ResourceApplyGradientDescent", inputs: [handle, lrt, gt])
                        case .momentum(_, let nesterov):
                            let acc = o.slots["momentum"]?[v.name]?.handle
                            guard let acc, let m = extra["momentum"]?.graphTensor, let lrt = lr.graphTensor else { throw TFError.value("missing momentum slot") }
                            return try graph.addOperation(type: "ResourceApplyMomentum", inputs: [handle, acc, lrt, gt, m], attrs: ["use_nesterov": .bool(nesterov)])
                        case .adam:
                            guard let m = o.slots["m"]?[v.name]?.handle, let vv = o.slots["v"]?[v.name]?.handle,
                                  let (b1p, b2p) = o.betaPowers, let lrt = lr.graphTensor,
                                  let b1 = extra["beta1"]?.graphTensor, let b2 = extra["beta2"]?.graphTensor, let eps = extra["epsilon"]?.graphTensor else {
                                throw TFError.value("missing Adam slots")
                            }
                            guard let h1 = b1p.handle, let h2 = b2p.handle else { throw TFError.value("missing beta powers") }
                            let (scope, saved) = graph.pushNameScope("ResourceApplyAdam")
                            defer { graph.popNameScope(saved) }
                            let p1 = try graph.addOperation(type: "ReadVariableOp", inputs: [h1], attrs: ["dtype": .type(.float32)]).outputs[0]
                            let p2 = try graph.addOperation(type: "ReadVariableOp", inputs: [h2], attrs: ["dtype": .type(.float32)]).outputs[0]
                            return try graph.addOperation(type: "ResourceApplyAdam", inputs: [handle, m, vv, p1, p2, lrt, b1, b2, eps, gt], name: scope)
                        case .rmsProp(_, _, _, let centered):
                            guard let ms = o.slots["rms"]?[v.name]?.handle, let mom = o.slots["momentum"]?[v.name]?.handle,
                                  let lrt = lr.graphTensor, let rho = extra["decay"]?.graphTensor,
                                  let m = extra["momentum"]?.graphTensor, let eps = extra["epsilon"]?.graphTensor else {
                                throw TFError.value("missing RMSProp slots")
                            }
                            if centered {
                                guard let mg = o.slots["mg"]?[v.name]?.handle else { throw TFError.value("missing RMSProp slots") }
                                return try graph.addOperation(type: "ResourceApplyCenteredRMSProp", inputs: [handle, mg, ms, mom, lrt, rho, m, eps, gt])
                            }
                            return try graph.addOperation(type: "ResourceApplyRMSProp", inputs: [handle, ms, mom, lrt, rho, m, eps, gt])
                        case .adagrad:
                            guard let acc = o.slots["accumulator"]?[v.name]?.handle, let lrt = lr.graphTensor else {
                                throw TFError.value("missing Adagrad slots")
                            }
                            return try graph.addOperation(type: "ResourceApplyAdagrad", inputs: [handle, acc, lrt, gt], attrs: ["update_slots": .bool(true)])
                        }
                    }
                }
                updates.append(op)
            }
            if case .adam = o.kind, let (b1p, b2p) = o.betaPowers {
                // _finish: beta powers advance after the updates.
                let token = graph.pushControlDependencies(updates)
                defer { graph.popControlDependencies(token) }
                let u1 = try assignVariable(b1p, op: "AssignVariableOp", value: try binaryValue(.object(b1p), extra["beta1"]), name: nil)
                let u2 = try assignVariable(b2p, op: "AssignVariableOp", value: try binaryValue(.object(b2p), extra["beta2"]), name: nil)
                for u in [u1, u2] {
                    if let v = u.asObject as? PyTFVariable, let read = v.readValue { updates.append(read.op) }
                }
            }
            if let gs = globalStep, let step = gs.asObject as? PyTFVariable {
                let token = graph.pushControlDependencies(updates)
                defer { graph.popControlDependencies(token) }
                let inc = try assignVariable(step, op: "AssignAddVariableOp", value: .int(1), name: .str(String(scope.dropLast())))
                if let v = inc.asObject as? PyTFVariable, let op = v.assignOp { return .object(PyTFOperation(op)) }
            }
            let group = try tfCall(self) { try graph.addOperation(type: "NoOp", inputs: [], name: scope, controlInputs: updates) }
            return .object(PyTFOperation(group))
        }
    }

    private func binaryValue(_ variable: Value, _ factor: TensorHandle?) throws -> Value {
        guard let factor else { return variable }
        return try callMethod(variable, "__mul__", Args([wrap(factor)]))
    }

    private func createSlots(_ o: PyTF1Optimizer, _ v: PyTFVariable) throws {
        func slot(_ slotName: String, _ suffix: String, fill: Double = 0) throws {
            if o.slots[slotName]?[v.name] != nil { return }
            var zeros = try Kernels.zeros(v.shape.knownDims ?? [], dtype: v.dtype)
            if fill != 0 { zeros = try Kernels.fill(zeros.shape, try Conversion.cast(Tensor(scalar: fill), to: v.dtype).item()) }
            let s = try makeVariable(initialValue: .object(PyNDArray(zeros)), name: nil, dtype: v.dtype, trainable: false,
                                     exactName: tf.runtime.defaultGraph.uniqueName(v.name + "/" + suffix, markAsUsed: false), shape: v.shape)
            o.slots[slotName, default: [:]][v.name] = s
        }
        switch o.kind {
        case .gradientDescent: break
        case .momentum: try slot("momentum", o.name)
        case .adam(let b1, let b2, _):
            if o.betaPowers == nil {
                let p1 = try makeVariable(initialValue: b1, name: "beta1_power", dtype: .float32, trainable: false)
                let p2 = try makeVariable(initialValue: b2, name: "beta2_power", dtype: .float32, trainable: false)
                o.betaPowers = (p1, p2)
            }
            try slot("m", o.name)
            try slot("v", o.name + "_1")
        case .rmsProp(_, _, _, let centered):
            // rms starts at ones; mg (centered) and momentum at zeros.
            try slot("rms", o.name, fill: 1)
            if centered {
                try slot("mg", o.name + "_1")
                try slot("momentum", o.name + "_2")
            } else {
                try slot("momentum", o.name + "_1")
            }
        case .adagrad(let initial):
            try slot("accumulator", o.name, fill: try toDouble(initial))
        }
    }
}

func installTrainModule(_ m: PyModule) {
    let train = PyModule(name: "\(m.name).train")
    func optimizerClass(_ cls: String, _ make: @escaping (Interpreter, Args) throws -> PyTF1Optimizer) {
        let t = PyType(name: cls, module: "tensorflow", bases: [PyTF1Optimizer.type])
        t.newHook = { i, _, a in .object(try make(i, a)) }
        train[cls] = .object(t)
    }
    optimizerClass("GradientDescentOptimizer") { _, a in
        let p = try a.bind("GradientDescentOptimizer", ["learning_rate", "use_locking", "name"], required: 1)
        return PyTF1Optimizer(kind: .gradientDescent, learningRate: p[0] ?? .float(0.01), name: p[2]?.asString ?? "GradientDescent")
    }
    optimizerClass("MomentumOptimizer") { i, a in
        let p = try a.bind("MomentumOptimizer", ["learning_rate", "momentum", "use_locking", "name", "use_nesterov"], required: 2)
        return PyTF1Optimizer(kind: .momentum(p[1] ?? .float(0.9), nesterov: try p[4].map { try i.truthy($0) } ?? false),
                              learningRate: p[0] ?? .float(0.01), name: p[3]?.asString ?? "Momentum")
    }
    optimizerClass("AdamOptimizer") { _, a in
        let p = try a.bind("AdamOptimizer", ["learning_rate", "beta1", "beta2", "epsilon", "use_locking", "name"])
        return PyTF1Optimizer(kind: .adam(beta1: p[1] ?? .float(0.9), beta2: p[2] ?? .float(0.999), epsilon: p[3] ?? .float(1e-8)),
                              learningRate: p[0] ?? .float(0.001), name: p[5]?.asString ?? "Adam")
    }
    optimizerClass("RMSPropOptimizer") { i, a in
        let p = try a.bind("RMSPropOptimizer", ["learning_rate", "decay", "momentum", "epsilon", "use_locking", "centered", "name"], required: 1)
        return PyTF1Optimizer(kind: .rmsProp(decay: p[1] ?? .float(0.9), momentum: p[2] ?? .float(0.0), epsilon: p[3] ?? .float(1e-10),
                                             centered: try p[5].map { try i.truthy($0) } ?? false),
                              learningRate: p[0] ?? .float(0.001), name: p[6]?.asString ?? "RMSProp")
    }
    optimizerClass("AdagradOptimizer") { _, a in
        let p = try a.bind("AdagradOptimizer", ["learning_rate", "initial_accumulator_value", "use_locking", "name"], required: 1)
        return PyTF1Optimizer(kind: .adagrad(initialAccumulator: p[1] ?? .float(0.1)), learningRate: p[0] ?? .float(0.001),
                              name: p[3]?.asString ?? "Adagrad")
    }
    train["Optimizer"] = .object(PyTF1Optimizer.type)
    m["train"] = .object(train)
}
