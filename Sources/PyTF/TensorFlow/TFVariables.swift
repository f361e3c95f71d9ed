import Python
import TFRuntime
import TensorCore

/// `tf.compat.v1` initializers: callables `init(shape, dtype)` that build the initial value.
final class PyInitializer: PyObject {
    enum Kind {
        case constant(Value)
        case zeros, ones
        case randomUniform(min: Double, max: Double, seed: Int?)
        case randomNormal(mean: Double, stddev: Double, seed: Int?)
        case truncatedNormal(mean: Double, stddev: Double, seed: Int?)
        case glorotUniform(seed: Int?)
    }
    let kind: Kind
    let dtype: DType?
    init(_ kind: Kind, dtype: DType? = nil) {
        self.kind = kind
        self.dtype = dtype
    }
    override var pyType: PyType { PyInitializer.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Initializer", module: "tensorflow", bases: [PyType.object])
        t.method("__call__") { i, a in
            let p = try a.bind("__call__", ["self", "shape", "dtype", "partition_info"], required: 2)
            guard let ini = a[0].asObject as? PyInitializer else { return .none }
            let shape = try i.tfShape(p[1]).knownDims ?? []
            let dtype = try i.tfDType(p[2]) ?? ini.dtype ?? .float32
            return i.wrap(try ini.build(i, shape: shape, dtype: dtype))
        }
        return t
    }()

    /// Builds the initial value with ops in the current scope, as TF's initializers do.
    func build(_ i: Interpreter, shape: [Int], dtype: DType) throws -> TensorHandle {
        let rt = i.tf.runtime
        switch kind {
        case .constant(let v):
            var t = try i.tfTensorValue(v, dtype: nil)
            t = try Conversion.cast(t, to: dtype, flavor: .tensorflow)
            if t.shape != shape {
                if t.elementCount == 1, let s = t.storage.element(at: 0) { t = try Kernels.fill(shape, s) }
                else { t = try Kernels.reshape(t, to: shape) }
            }
            return try tfCall(i) { try rt.constant(t) }
        case .zeros:
            return try tfCall(i) { try rt.constant(try Kernels.zeros(shape, dtype: dtype), name: "zeros") }
        case .ones:
            return try tfCall(i) { try rt.constant(try Kernels.ones(shape, dtype: dtype), name: "ones") }
        case .randomUniform(let lo, let hi, let seed):
            return try i.randomUniformOps(shape: shape, minval: lo, maxval: hi, dtype: dtype, seed: seed, name: "random_uniform")
        case .randomNormal(let mean, let std, let seed):
            return try i.randomNormalOps(shape: shape, mean: mean, stddev: std, dtype: dtype, seed: seed, name: "random_normal")
        case .truncatedNormal(let mean, let std, let seed):
            return try i.truncatedNormalOps(shape: shape, mean: mean, stddev: std, dtype: dtype, seed: seed, name: "truncated_normal")
        case .glorotUniform(let seed):
            let fanIn = shape.count >= 2 ? shape[shape.count - 2] : (shape.first ?? 1)
            let fanOut = shape.last ?? 1
            let receptive = shape.count > 2 ? shape.dropLast(2).reduce(1, *) : 1
            let limit = (6.0 / Double(max(1, (fanIn + fanOut) * receptive))).squareRoot()
            return try i.randomUniformOps(shape: shape, minval: -limit, maxval: limit, dtype: dtype, seed: seed, name: "random_uniform")
        }
    }
}

extension Interpreter {
    /// `tf.random_uniform`: RandomUniform, then scaled and shifted (`random_uniform/sub|mul|add`).
    func randomUniformOps(shape: [Int], minval: Double, maxval: Double, dtype: DType, seed: Int?, name: String) throws -> TensorHandle {
        try randomOps(kind: "RandomUniform", shape: shape, constants: [("min", minval), ("max", maxval)], dtype: dtype, seed: seed, name: name) { rt, raw, c in
            let range = try rt.execute1("Sub", [c[1], c[0]], name: "sub")
            return (try rt.execute1("Mul", [raw, range], name: "mul"), c[0])
        }
    }

    /// `tf.random_normal`: RandomStandardNormal, then scaled and shifted (`random_normal/mul|add`).
    func randomNormalOps(shape: [Int], mean: Double, stddev: Double, dtype: DType, seed: Int?, name: String) throws -> TensorHandle {
        try randomOps(kind: "RandomStandardNormal", shape: shape, constants: [("mean", mean), ("stddev", stddev)], dtype: dtype, seed: seed, name: name) { rt, raw, c in
            (try rt.execute1("Mul", [raw, c[1]], name: "mul"), c[0])
        }
    }

    /// `tf.random.truncated_normal`: TruncatedNormal, then scaled and shifted.
    func truncatedNormalOps(shape: [Int], mean: Double, stddev: Double, dtype: DType, seed: Int?, name: String) throws -> TensorHandle {
        try randomOps(kind: "TruncatedNormal", shape: shape, constants: [("mean", mean), ("stddev", stddev)], dtype: dtype, seed: seed, name: name) { rt, raw, c in
            (try rt.execute1("Mul", [raw, c[1]], name: "mul"), c[0])
        }
    }

    /// `tf.random.stateless_truncated_normal`.
    func statelessTruncatedNormalOps(shape: [Int], seed: Tensor, mean: Double, stddev: Double, dtype: DType, name: String) throws -> TensorHandle {
        try randomOps(kind: "StatelessTruncatedNormal", shape: shape, constants: [("mean", mean), ("stddev", stddev)], dtype: dtype,
                      seed: nil, statelessSeed: seed, name: name) { rt, raw, c in
            (try rt.execute1("Mul", [raw, c[1]], name: "mul"), c[0])
        }
    }

    /// `tf.random.stateless_uniform`: the random op on the seed pair, then `* (max - min) + min`.
    func statelessRandomUniformOps(shape: [Int], seed: Tensor, minval: Double, maxval: Double, dtype: DType, name: String) throws -> TensorHandle {
        try randomOps(kind: "StatelessRandomUniform", shape: shape, constants: [("min", minval), ("max", maxval)], dtype: dtype,
                      seed: nil, statelessSeed: seed, name: name) { rt, raw, c in
            let range = try rt.execute1("Sub", [c[1], c[0]], name: "sub")
            return (try rt.execute1("Mul", [raw, range], name: "mul"), c[0])
        }
    }

    /// `tf.random.stateless_normal`: the random op on the seed pair, then `* stddev + mean`.
    func statelessRandomNormalOps(shape: [Int], seed: Tensor, mean: Double, stddev: Double, dtype: DType, name: String) throws -> TensorHandle {
        try randomOps(kind: "StatelessRandomNormal", shape: shape, constants: [("mean", mean), ("stddev", stddev)], dtype: dtype,
                      seed: nil, statelessSeed: seed, name: name) { rt, raw, c in
            (try rt.execute1("Mul", [raw, c[1]], name: "mul"), c[0])
        }
    }

    /// The ops of TF's random wrappers: in scope `name`, a `shape` constant, the named scalar
    /// constants, the random op, then `scale` (returning the scaled value and the offset), then
    /// the final add named as the scope.
    /// random_ops.random_uniform for a float dtype, with TF's shortcuts: bounds left at the ints 0
    /// and 1 make no constants and no arithmetic (the RandomUniform op alone), a minval of the int 0
    /// only scales (`Mul`), other bounds scale and shift (`sub`, `mul`, the add named as the scope).
    /// A shape given as a tensor is used as it is. Integers come from RandomUniformInt. Nil for
    /// the dtypes it cannot draw (bool, string).
    func plainRandomUniform(_ shape: Value, minval: Value?, maxval: Value?, dtype: DType, seed: Value?, name: Value?) throws -> Value? {
        func isInt(_ v: Value?, _ n: Int) -> Bool {
            guard let v, !v.isNone else { return true }
            if case .int(let k) = v { return k == n }
            return false
        }
        guard dtype.isFloating || dtype.isInteger else { return nil }
        if dtype.isInteger && (maxval == nil || maxval?.isNone == true) {
            throw PyError.valueError("Must specify maxval for integer dtype \(try repr(.object(PyTFDType.of(dtype))))")
        }
        let minIsZero = dtype.isFloating && isInt(minval, 0), maxIsOne = dtype.isFloating && isInt(maxval, 1)
        let opSeed = try seed.flatMap { $0.isNone ? nil : try index($0) }
        let rt = tf.runtime
        // Eagerly a kernel's failure ends with " name: ", as the generated wrapper's fast path gives.
        return wrap(try tfCall(self, eagerName: "") {
            let graph = rt.currentGraph
            let (scope, saved) = graph?.pushNameScope(name.flatMap { $0.asString } ?? "random_uniform") ?? ("", "")
            defer { graph?.popNameScope(saved) }
            let shapeT: TensorHandle
            if shape.asObject is PyTFTensor {
                shapeT = try tfHandle(shape)
            } else {
                guard let dims = try tfShape(shape).knownDims else { throw PyError.valueError("random.uniform needs a known shape") }
                shapeT = try rt.constant(try Tensor(dims.map { Int32($0) }, shape: [dims.count]), name: "shape")
            }
            var bounds: (TensorHandle, TensorHandle)?
            if !(minIsZero && maxIsOne) {
                let lo = try tfHandle(minval.flatMap { $0.isNone ? nil : $0 } ?? .int(0), dtype: dtype, name: "min")
                let hi = try tfHandle(maxval.flatMap { $0.isNone ? nil : $0 } ?? .int(1), dtype: dtype, name: "max")
                bounds = (lo, hi)
            }
            let seeds = rt.seeds(opSeed: opSeed)
            if dtype.isInteger, let (lo, hi) = bounds {
                return try rt.execute1("RandomUniformInt", [shapeT, lo, hi], attrs: ["seed": .int(seeds?.0 ?? 0), "seed2": .int(seeds?.1 ?? 0)],
                                       name: scope.isEmpty ? nil : scope)
            }
            let raw = try rt.execute1("RandomUniform", [shapeT], attrs: ["dtype": .type(dtype), "seed": .int(seeds?.0 ?? 0), "seed2": .int(seeds?.1 ?? 0)],
                                      name: "RandomUniform")
            guard let (lo, hi) = bounds else { return raw }
            if minIsZero { return try rt.execute1("Mul", [raw, hi], name: "Mul") }
            let range = try rt.execute1("Sub", [hi, lo], name: "sub")
            let scaled = try rt.execute1("Mul", [raw, range], name: "mul")
            return try rt.execute1("AddV2", [scaled, lo], name: scope.isEmpty ? nil : scope)
        })
    }

    private func randomOps(kind: String, shape: [Int], constants: [(String, Double)], dtype: DType, seed: Int?, statelessSeed: Tensor? = nil,
                           name: String,
                           scale: (TFRuntime, TensorHandle, [TensorHandle]) throws -> (TensorHandle, TensorHandle)) throws -> TensorHandle {
        let rt = tf.runtime
        return try tfCall(self, eagerName: "") {
            let graph = rt.currentGraph
            let (scope, saved) = graph?.pushNameScope(name) ?? ("", "")
            defer { graph?.popNameScope(saved) }
            let shapeT = try rt.constant(try Tensor(shape.map { Int32($0) }, shape: [shape.count]), name: "shape")
            let c = try constants.map { try rt.constant(try Conversion.cast(Tensor(scalar: $0.1), to: dtype, flavor: .tensorflow), name: $0.0) }
            let raw: TensorHandle
            if let statelessSeed {
                let seedT = try rt.constant(statelessSeed, name: "seed")
                raw = try rt.execute1(kind, [shapeT, seedT], attrs: ["dtype": .type(dtype)], name: kind)
            } else {
                let seeds = rt.seeds(opSeed: seed)
                raw = try rt.execute1(kind, [shapeT], attrs: ["dtype": .type(dtype), "seed": .int(seeds?.0 ?? 0), "seed2": .int(seeds?.1 ?? 0)], name: kind)
            }
            let (scaled, offset) = try scale(rt, raw, c)
            return try rt.execute1("AddV2", [scaled, offset], name: scope.isEmpty ? nil : scope)
        }
    }

    /// Creates a resource variable: in the current graph (handle, initializer, read op, as TF
    /// names them under the variable's name) or eagerly.
    func makeVariable(initialValue: Value, name: String?, dtype: DType?, trainable: Bool, exactName: String? = nil,
                      shape: TensorShape? = nil) throws -> PyTFVariable {
        let rt = tf.runtime
        if rt.eagerByDefault, let trace = tf.functionTraces.last {
            if trace.mode == .noCreation {
                throw PyError.valueError("tf.function only supports singleton tf.Variables created on the first call. Make sure the tf.Variable is only created once or created outside tf.function. See https://www.tensorflow.org/guide/function#creating_tfvariables for more information.")
            }
            trace.createdVariables = true
            if let graph = rt.currentGraph, graph.isFunctionGraph {
                // TF lifts a variable made while tracing out of the function: an eager variable
                // whose initial value is computed once, now.
                var value = initialValue
                if isCallable(value) && !(value.asObject is PyTFTensor) && !(value.asObject is PyTFVariable) { value = try call(value, Args()) }
                let h = try tfHandle(value, dtype: dtype)
                var eagerValue: Value = value
                if let g = h.graphTensor {
                    let outs = try tfCall(self) { try GraphExecutor.run(fetches: [g], targets: [], feeds: [:], runtime: rt, session: nil) }
                    guard case .tensor(let t)? = outs.first else { throw PyError.valueError("a variable's initial value must be a tensor") }
                    eagerValue = wrap(.eager(EagerTensor(t)))
                } else if h.eagerValue != nil {
                    eagerValue = wrap(h)
                }
                let saved = rt.graphStack
                rt.graphStack.removeAll()
                defer { rt.graphStack = saved }
                return try makeVariable(initialValue: eagerValue, name: name, dtype: dtype, trainable: trainable, exactName: exactName, shape: shape)
            }
        }
        guard let graph = rt.currentGraph else {
            // Eager: the value now, the name as given (TF does not make eager names unique).
            var init0 = initialValue
            if isCallable(init0) { init0 = try call(init0, Args()) }
            let h = try tfHandle(init0, dtype: dtype)
            guard let v = h.eagerValue else { throw PyError.valueError("initial value must be eager") }
            let prefix = rt.eagerNameStack.last.map { $0.isEmpty ? "" : $0 + "/" } ?? ""
            let n = exactName ?? prefix + (name ?? "Variable")
            let variable = PyTFVariable(name: n, dtype: v.dtype, shape: shape ?? TensorShape(v.shape), trainable: trainable)
            let r = VariableResource(name: n, dtype: v.dtype, shape: shape ?? TensorShape(v.shape), value: v)
            variable.resource = r
            tf.eagerVariables[ObjectIdentifier(r)] = variable
            return variable
        }
        return try tfCall(self) {
            let (scope, saved): (String, String)
            if let exact = exactName {
                (scope, saved) = graph.pushNameScope(exact + "/")
            } else {
                (scope, saved) = graph.pushNameScope(name ?? "Variable")
            }
            defer { graph.popNameScope(saved) }
            let handleName = String(scope.dropLast())
            // The initial value, under `<name>/Initializer/`.
            let initHandle: TensorHandle = try graph.withNameScope("Initializer") {
                var v = initialValue
                if isCallable(v) && !(v.asObject is PyTFTensor) && !(v.asObject is PyTFVariable) { v = try call(v, Args()) }
                return try tfHandle(v, dtype: dtype, name: "initial_value")
            }
            let valueDType = initHandle.dtype
            let varShape = shape ?? initHandle.shape
            let handle = try graph.addOperation(type: "VarHandleOp", inputs: [], attrs: [
                "dtype": .type(valueDType), "shape": .shape(varShape), "shared_name": .string(handleName),
                "container": .string(""),
            ], name: handleName + "/").outputs[0]
            _ = try graph.withNameScope("IsInitialized") {
                try graph.addOperation(type: "VarIsInitializedOp", inputs: [handle])
            }
            guard let initTensor = initHandle.graphTensor else { throw TFError.value("initial value must be a graph tensor") }
            let assign = try graph.addOperation(type: "AssignVariableOp", inputs: [handle, initTensor], name: "Assign")
            let read = try graph.withNameScope("Read") {
                try graph.addOperation(type: "ReadVariableOp", inputs: [handle], attrs: ["dtype": .type(valueDType), "_shape": .shape(varShape)])
            }
            let variable = PyTFVariable(name: handleName, dtype: valueDType, shape: varShape, trainable: trainable)
            variable.handle = handle
            variable.initializerOp = assign
            variable.readValue = read.outputs[0]
            variable.initialValue = initTensor
            graph.addToCollection("variables", variable)
            if trainable { graph.addToCollection("trainable_variables", variable) }
            return variable
        }
    }

    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyInitializer
    }

    /// `var.assign(value)` / `tf.assign(var, value)`. In graph mode TF returns an "unread"
    /// variable named after the assign op, whose value is a read that runs after the assignment.
    func assignVariable(_ variable: PyTFVariable, op: String, value: Value, name: Value?) throws -> Value {
        let rt = tf.runtime
        // The variable's static shape rides along for the assign ops' shape function; an
        // assignment to a fully defined shape is checked again by its kernel (validate_shape).
        var attrs: Attrs = ["dtype": .type(variable.dtype), "_shape": .shape(variable.shape)]
        if op == "AssignVariableOp" { attrs["validate_shape"] = .bool(variable.shape.isFullyDefined) }
        // BaseResourceVariable.assign checks the shapes itself first.
        func checkAssignedShape(_ v: TensorHandle) throws {
            guard op == "AssignVariableOp", !variable.shape.isCompatible(with: v.shape) else { return }
            let name = variable.isUnread ? variable.name : "\(variable.name):0"
            throw PyError.valueError("Cannot assign value to variable ' \(name)': Shape mismatch.The variable shape \(variable.shape), and the assigned value shape \(v.shape) are incompatible.")
        }
        if let handle = variable.handle {
            let graph = handle.graph
            return try tfCall(self) {
                try rt.withGraph(graph) {
                    let v = try tfHandle(value, dtype: variable.dtype)
                    guard let vt = v.graphTensor else { throw TFError.value("value must be a graph tensor") }
                    try checkAssignedShape(v)
                    let assignOp = try graph.addOperation(type: op, inputs: [handle, vt], attrs: attrs, name: name?.asString ?? op)
                    let token = graph.pushControlDependencies([assignOp])
                    defer { graph.popControlDependencies(token) }
                    let read = try graph.addOperation(type: "ReadVariableOp", inputs: [handle], attrs: ["dtype": .type(variable.dtype), "_shape": .shape(variable.shape)])
                    let unread = PyTFVariable(name: assignOp.name, dtype: variable.dtype, shape: variable.shape, trainable: variable.trainable)
                    unread.handle = handle
                    unread.readValue = read.outputs[0]
                    unread.initializerOp = variable.initializerOp
                    unread.assignOp = assignOp
                    return .object(unread)
                }
            }
        }
        guard let r = variable.resource else { throw PyError.valueError("variable has no storage") }
        // Eagerly, a Python int added to or taken from an int64 variable (an optimizer's step
        // count) is done in place: what the kernel computes (wrapping), with no tensor made.
        if op != "AssignVariableOp", case .int(let n) = value, r.value?.dtype == .int64, rt.executingEagerly {
            let delta = op == "AssignAddVariableOp" ? Int64(n) : 0 &- Int64(n)
            r.value?.updateInt64 { p in
                for k in p.indices { p[k] = p[k] &+ delta }
            }
            let unread = PyTFVariable(name: "UnreadVariable", dtype: variable.dtype, shape: variable.shape, trainable: variable.trainable)
            unread.resource = r
            unread.isUnread = true
            return .object(unread)
        }
        let v = try tfHandle(value, dtype: variable.dtype)
        let graph = rt.currentGraph
        let before = graph?.operations.count ?? 0
        try checkAssignedShape(v)
        _ = try tfCall(self, eagerName: name?.asString ?? "") { try rt.execute(op, [.resource(r), v], attrs: attrs) }
        // Eagerly and in a tf.function TF returns an _UnreadVariable over the same storage; in a
        // function graph it stands for the assign op (`.op`, `control_dependencies`).
        let unread = PyTFVariable(name: "UnreadVariable", dtype: variable.dtype, shape: variable.shape, trainable: variable.trainable)
        unread.resource = r
        unread.isUnread = true
        if let graph, graph.operations.count > before {
            unread.assignOp = graph.operations[before...].last { $0.type == op }
        }
        return .object(unread)
    }
}
