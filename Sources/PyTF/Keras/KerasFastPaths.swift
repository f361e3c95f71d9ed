import Python
import TFRuntime
import TensorCore

/// Native shortcuts for the Python Keras source: one call does, eagerly, what a few lines of its
/// Python would do op by op, with the same kernels in the same order, so the numbers are the
/// same bits. Each returns False (and does nothing) when its case is not the plain one, and the
/// Python code then runs as written.
func installKerasFastPaths(_ m: PyModule) {
    // SGD.update_step for a dense float32 gradient of the variable's shape, eagerly with no tape
    // recording: m = -g * lr + m * momentum; var += m (or, nesterov, += -g * lr + m * momentum).
    // _keras_sgd_update(gradient, variable, m, learning_rate, momentum, nesterov) -> bool
    m.function("_keras_sgd_update") { i, a in
        guard a.count == 6, a.keywords.isEmpty, let variable = a[1].asObject as? PyTFVariable,
              let slot = a[2].asObject as? PyTFVariable, let lr = a[3].asObject as? PyTFVariable,
              let step = SGDStep(i, gradient: a[0], variable: variable, slot: slot, learningRate: lr, momentum: a[4], nesterov: a[5])
        else { return .false }
        if step.applyInPlace() { return .true }
        guard let (newM, newValue) = step.compute() else { return .false }
        step.commit(newM, newValue)
        return .true
    }

    // Optimizer.apply_gradients(grads_and_vars, name=None, **kwargs): eagerly, for a built
    // tf.keras SGD (not a subclass, nothing overridden) whose every pair is a plain
    // `_keras_sgd_update` case, each variable's step with the same kernels, in the pairs' order,
    // then `iterations.assign_add(1)`. Otherwise, having changed nothing, the Python method
    // (`_apply_gradients_python`) with the same arguments, the pairs drained into a list.
    m.globals.set("_keras_apply_gradients_method", .object(PyBuiltinFunction(name: "apply_gradients", owner: "Optimizer", binds: true) { i, a in
        func python(_ args: Args) throws -> Value {
            guard let optimizer = args.positional.first else {
                throw PyError.typeError("apply_gradients() missing 1 required positional argument: 'self'")
            }
            return try i.callMethod(optimizer, "_apply_gradients_python", Args(Array(args.positional.dropFirst()), keywords: args.keywords))
        }
        let pairs: Value
        if a.count == 2, a.keywords.isEmpty {
            pairs = a[1]
        } else if a.count == 1, a.keywords.count == 1, a.keywords[0].name == "grads_and_vars" {
            pairs = a.keywords[0].value
        } else {
            return try python(a)
        }
        let items: [Value]
        switch pairs {
        case .object(let o as PyList): items = o.items
        case .object(let o as PyTuple): items = o.items
        default:
            // What cannot be iterated is left to the Python code, which raises Python's error.
            guard let iterator = try? i.iterate(pairs) else { return try python(a) }
            var drained: [Value] = []
            while let x = try iterator.next(i) { drained.append(x) }
            items = drained
        }
        if let iterations = try sgdApplyGradients(i, a[0], items) { return iterations }
        return try python(Args([a[0], .object(PyList(items))]))
    }))
}

/// One SGD step on an eager float32 variable and its momentum slot, when the case is plain.
/// (A class: a step holds seven tensors, which a struct would retain one by one at every copy.)
private final class SGDStep {
    let gradient: Tensor
    let variable: VariableResource
    private(set) var current: Tensor
    let slot: VariableResource
    private(set) var m: Tensor
    let lr: Tensor
    let momentum: Tensor
    let nesterov: Bool

    init?(_ i: Interpreter, gradient: Value, variable: PyTFVariable, slot: PyTFVariable, learningRate: PyTFVariable,
          momentum: Value, nesterov: Value) {
        let rt = i.tf.runtime
        guard rt.executingEagerly, !rt.tapes.contains(where: { $0.isRecording }),
              let g = (gradient.asObject as? PyTFTensor)?.handle.eagerValue, g.dtype == .float32,
              variable.handle == nil, variable.dtype == .float32,
              slot.handle == nil, slot.dtype == .float32,
              learningRate.handle == nil, learningRate.dtype == .float32,
              let res = variable.resource, let current = res.value, current.shape == g.shape,
              let slotRes = slot.resource, let m = slotRes.value, m.shape == g.shape,
              let lr = learningRate.resource?.value, lr.dtype == .float32
        else { return nil }
        // tf.cast(momentum, float32): a Python float becomes a float32 constant.
        switch momentum {
        case .float(let d): self.momentum = Tensor(scalar: Float(d))
        case .int(let n) where n == 0 || n == 1: self.momentum = Tensor(scalar: Float(n))
        default: return nil
        }
        guard case .bool(let nesterov) = nesterov else { return nil }
        self.gradient = g
        self.variable = res
        self.current = current
        self.slot = slotRes
        self.m = m
        self.lr = lr
        self.nesterov = nesterov
    }

    /// Whether `applyInPlace` can do the step: a learning rate of one number (as Keras keeps it).
    var canApplyInPlace: Bool {
        guard lr.shape.isEmpty, case .float32 = lr.storage, case .float32 = momentum.storage, momentum.elementCount == 1,
              case .float32 = gradient.storage, gradient.shape == current.shape, m.shape == current.shape
        else { return false }
        return true
    }

    /// The step done in place, element by element, when `canApplyInPlace`: the same float
    /// operations in the same order as `compute`'s kernels, so the same bits, with no tensor
    /// made (unless something else shares a variable's storage, which is then copied first).
    func applyInPlace() -> Bool {
        guard canApplyInPlace, case .float32(let lrs) = lr.storage, case .float32(let moms) = momentum.storage,
              case .float32(let g) = gradient.storage
        else { return false }
        let rate = lrs[0], mom = moms[0], nesterov = self.nesterov
        // Let go of the values the step was read from, so the variables' storage is not shared.
        current = SGDStep.released
        m = SGDStep.released
        let n = g.count
        var done = false
        g.withUnsafeBufferPointer { pg in
            slot.value?.updateFloat32 { pm in
                variable.value?.updateFloat32 { pv in
                    guard pm.count == n, pv.count == n else { return }
                    for i in 0..<n {
                        // m = -g * lr + m * momentum
                        let step = -pg[i] * rate
                        let newM = step + pm[i] * mom
                        pm[i] = newM
                        // var += m, or (nesterov) var += -g * lr + m * momentum
                        pv[i] = nesterov ? pv[i] + (step + newM * mom) : pv[i] + newM
                    }
                    done = true
                }
            }
        }
        return done
    }

    private static let released = Tensor(scalar: Float(0))

    /// The new slot and variable values; nil if a kernel fails (the Python code then reports it).
    func compute() -> (Tensor, Tensor)? {
        do {
            let step = try Kernels.multiply(try Kernels.negative(gradient), lr)
            let newM = try Kernels.add(step, try Kernels.multiply(m, momentum))
            if nesterov {
                let delta = try Kernels.add(try Kernels.multiply(try Kernels.negative(gradient), lr), try Kernels.multiply(newM, momentum))
                return (newM, try Kernels.add(current, delta))
            }
            return (newM, try Kernels.add(current, newM))
        } catch {
            return nil
        }
    }

    func commit(_ newM: Tensor, _ newValue: Tensor) {
        slot.value = newM
        variable.value = newValue
    }
}

/// `Optimizer.apply_gradients` natively for the plain case (see `_keras_apply_gradients_method`): the
/// iterations variable when done, nil (nothing changed) when the Python code must run.
private func sgdApplyGradients(_ i: Interpreter, _ optimizer: Value, _ items: [Value]) throws -> Value? {
    guard let opt = optimizer.asObject as? PyInstance, isKerasSGD(i, opt) else { return nil }
    let d = opt.dict
    guard case .bool(true)? = d["_built"],
          let varIDs = (d["_var_ids"]?.asObject as? PyList)?.items,
          let momentums = (d["momentums"]?.asObject as? PyList)?.items,
          let lr = d["_learning_rate"]?.asObject as? PyTFVariable,
          let iterations = d["_iterations"]?.asObject as? PyTFVariable,
          iterations.handle == nil, iterations.dtype == .int64, iterations.resource?.value != nil,
          let momentum = d["momentum"], let nesterov = d["nesterov"]
    else { return nil }
    // [(g, v) for g, v in grads_and_vars if g is not None], each v a variable of the optimizer.
    var steps: [SGDStep] = []
    for item in items {
        let pair: [Value]
        switch item {
        case .object(let o as PyTuple): pair = o.items
        case .object(let o as PyList): pair = o.items
        default: return nil
        }
        guard pair.count == 2 else { return nil }
        if pair[0].isNone { continue }
        guard let v = pair[1].asObject as? PyTFVariable,
              let k = varIDs.firstIndex(where: { $0.asObject === v }), k < momentums.count,
              let slot = momentums[k].asObject as? PyTFVariable,
              let step = SGDStep(i, gradient: pair[0], variable: v, slot: slot, learningRate: lr, momentum: momentum, nesterov: nesterov)
        else { return nil }
        // A variable (or slot) updated twice in one call is left to the Python code.
        guard !steps.contains(where: { s in
            s.variable === step.variable || s.slot === step.slot || s.variable === step.slot || s.slot === step.variable
        }) else { return nil }
        steps.append(step)
    }
    guard !steps.isEmpty else { return nil }
    // The steps cannot fail once checked: done in place when each can be.
    if steps.allSatisfy({ $0.canApplyInPlace }) {
        for step in steps { _ = step.applyInPlace() }
        return try i.assignVariable(iterations, op: "AssignAddVariableOp", value: .int(1), name: nil)
    }
    var results: [(Tensor, Tensor)] = []
    for step in steps {
        guard let r = step.compute() else { return nil }
        results.append(r)
    }
    for (step, (newM, newValue)) in zip(steps, results) { step.commit(newM, newValue) }
    return try i.assignVariable(iterations, op: "AssignAddVariableOp", value: .int(1), name: nil)
}

/// Whether `opt` is a tf.keras SGD exactly as the Keras source defines it: its class is that
/// SGD, and the methods the Python `apply_gradients` would use are its own, neither replaced on
/// the class nor shadowed on the instance.
private let sgdMethods = [("update_step", "SGD.update_step"),
                          ("_index", "Optimizer._index"), ("iterations", "Optimizer.iterations"),
                          ("learning_rate", "Optimizer.learning_rate")]

private func isKerasSGD(_ i: Interpreter, _ opt: PyInstance) -> Bool {
    let methods = sgdMethods
    // Functions on the instance would shadow the methods (properties cannot be shadowed).
    for (name, _) in methods where opt.dict[name] != nil { return false }
    let cls = opt.cls
    // What the class defines changes only with a class dictionary, which changes the version.
    let key = (ObjectIdentifier(cls), PyType.classVersion)
    if let known = i.tf.kerasSGDClass, known.0 == key.0, known.1 == key.1 { return known.2 }
    func defined(_ name: String, as qualname: String) -> Bool {
        guard case .object(let o)? = cls.lookup(name) else { return false }
        let fn: PyObject?
        if let p = o as? PyProperty { fn = p.fget.asObject } else { fn = o }
        guard let f = fn as? PyFunction else { return false }
        return f.moduleName == "tensorflow.keras" && f.qualname == qualname
    }
    let plain = cls.name == "SGD" && cls.module == "tensorflow.keras" && methods.allSatisfy { defined($0.0, as: $0.1) }
    i.tf.kerasSGDClass = (key.0, key.1, plain)
    return plain
}
