import Python
import TFRuntime
import TensorCore

/// The object `with tf.variable_scope(...) as scope` binds.
final class PyVariableScope: PyObject {
    let name: String
    init(name: String) { self.name = name }
    override var pyType: PyType { PyVariableScope.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "VariableScope", module: "tensorflow", bases: [PyType.object])
        t.property("name", get: { _, v in .str((v.asObject as? PyVariableScope)?.name ?? "") })
        t.property("original_name_scope", get: { _, v in .str(((v.asObject as? PyVariableScope)?.name ?? "") + "/") })
        t.method("reuse_variables") { i, a in
            if !i.tf.variableScopes.isEmpty { i.tf.variableScopes[i.tf.variableScopes.count - 1].reuse = .reuse }
            return .none
        }
        t.property("reuse", get: { i, _ in
            switch i.currentReuse {
            case .reuse: return .true
            case .autoReuse: return .object(autoReuseMarker)
            default: return .false
            }
        })
        return t
    }()
}

/// `tf.AUTO_REUSE`.
nonisolated(unsafe) let autoReuseMarker: PyObject = {
    let t = PyType(name: "_ReuseMode", module: "tensorflow", bases: [PyType.object])
    t.method("__repr__") { _, _ in .str("<_ReuseMode.AUTO_REUSE: 1>") }
    return PyInstance(cls: t)
}()

extension Interpreter {
    /// The effective reuse mode: the innermost scope that sets one.
    var currentReuse: ReuseMode {
        for frame in tf.variableScopes.reversed() where frame.reuse != .inherit { return frame.reuse }
        return .noReuse
    }

    var variableScopePrefix: String {
        tf.variableScopes.last?.name ?? ""
    }

    /// `tf.get_variable`: shared by full name within the graph, with TF's reuse errors.
    func getVariable(_ a: Args) throws -> Value {
        let p = try a.bind("get_variable", ["name", "shape", "dtype", "initializer", "regularizer", "trainable", "collections",
                                            "caching_device", "partitioner", "validate_shape", "use_resource", "custom_getter",
                                            "constraint", "synchronization", "aggregation"], required: 1)
        guard let shortName = p[0]?.asString else { throw PyError.typeError("get_variable() name must be a string") }
        let prefix = variableScopePrefix
        let full = prefix.isEmpty ? shortName : prefix + "/" + shortName
        let graph = tf.runtime.defaultGraph
        let reuse = currentReuse
        if let existing = graph.variableStore[full] as? PyTFVariable {
            if reuse == .reuse || reuse == .autoReuse { return .object(existing) }
            throw PyError.valueError("Variable \(full) already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope?")
        }
        if reuse == .reuse {
            throw PyError.valueError("Variable \(full) does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?")
        }
        let dtype = try tfDType(p[2]) ?? .float32
        let shapeValue = p[1].flatMap { $0.isNone ? nil : $0 }
        var initializer = p[3].flatMap { $0.isNone ? nil : $0 } ?? tf.variableScopes.last(where: { $0.initializer != nil })?.initializer
        if let ini = initializer, case .object(let o) = ini, o is PyType { initializer = try call(ini, Args()) }
        let trainable = try p[5].map { try truthy($0) } ?? true
        let initialValue: Value
        if let ini = initializer, ini.asObject is PyTFTensor || !isCallable(ini) {
            initialValue = ini
        } else {
            guard let shapeValue, let dims = try tfShape(shapeValue).knownDims else {
                throw PyError.valueError("Shape of a new variable (\(full)) must be fully defined, but instead was \(try tfShape(shapeValue)).")
            }
            let ini = initializer ?? .object(dtype.isFloating ? PyInitializer(.glorotUniform(seed: nil)) : PyInitializer(.zeros))
            let shapeList: Value = .object(PyList(dims.map { .int($0) }))
            initialValue = .object(PyBuiltinFunction(name: "init") { i, _ in
                try i.call(ini, Args([shapeList, .object(PyTFDType.of(dtype))]))
            })
        }
        let variable = try makeVariable(initialValue: initialValue, name: nil, dtype: dtype, trainable: trainable, exactName: full,
                                        shape: try shapeValue.map { try tfShape($0) })
        graph.variableStore[full] = variable
        return .object(variable)
    }
}

func installVariableScopes(_ m: PyModule, _ interp: Interpreter) {
    m["AUTO_REUSE"] = .object(autoReuseMarker)
    m.function("get_variable") { i, a in try i.getVariable(a) }
    m.function("get_variable_scope") { i, _ in .object(PyVariableScope(name: i.variableScopePrefix)) }
    if !m.name.hasSuffix("compat.v1") {
        // TF 2's `tf.get_current_name_scope()`: the scope new ops are named in, without a trailing "/".
        m.function("get_current_name_scope") { i, _ in
            let rt = i.tf.runtime
            guard let g = rt.currentGraph else { return .str(rt.eagerNameStack.last ?? "") }
            return .str(g.nameStack)
        }
    }
    m.function("variable_scope") { i, a in
        let p = try a.bind("variable_scope", ["name_or_scope", "default_name", "values", "initializer", "regularizer", "caching_device",
                                              "partitioner", "custom_getter", "reuse", "dtype", "use_resource", "constraint", "auxiliary_name_scope"])
        var name: String
        if let v = p[0], !v.isNone {
            if let s = v.asObject as? PyVariableScope { name = s.name } else { name = v.asString ?? "" }
        } else if let d = p[1]?.asString {
            name = d
        } else {
            throw PyError.typeError("If default_name is None then name_or_scope is required")
        }
        let reuse: ReuseMode
        if let r = p[8], !r.isNone {
            if r.asObject === autoReuseMarker { reuse = .autoReuse } else { reuse = try i.truthy(r) ? .reuse : .inherit }
        } else {
            reuse = .inherit
        }
        let initializer = p[3].flatMap { $0.isNone ? nil : $0 }
        var savedNameStack = ""
        return .object(PyContextManager(enter: { i in
            let prefix = i.variableScopePrefix
            if p[0] == nil || p[0]?.isNone == true, let d = p[1]?.asString {
                // default_name: made unique like a name scope.
                let g = i.tf.runtime.defaultGraph
                name = g.uniqueName(d, markAsUsed: false)
            }
            let full = (p[0]?.asObject as? PyVariableScope) != nil ? name : (prefix.isEmpty ? name : prefix + "/" + name)
            i.tf.variableScopes.append(VariableScopeFrame(name: full, reuse: reuse, initializer: initializer))
            let g = i.tf.runtime.defaultGraph
            let (_, saved) = g.pushNameScope(name)
            savedNameStack = saved
            return .object(PyVariableScope(name: full))
        }, exit: { i in
            if !i.tf.variableScopes.isEmpty { i.tf.variableScopes.removeLast() }
            i.tf.runtime.defaultGraph.popNameScope(savedNameStack)
        }))
    }
}

func installInitializers(_ m: PyModule) {
    func make(_ name: String, _ build: @escaping (Interpreter, Args) throws -> PyInitializer) -> PyType {
        let t = PyType(name: name, module: "tensorflow", bases: [PyInitializer.type])
        t.newHook = { i, _, a in .object(try build(i, a)) }
        return t
    }
    let constant = make("Constant") { i, a in
        let p = try a.bind("constant_initializer", ["value", "dtype", "verify_shape"])
        return PyInitializer(.constant(p[0] ?? .int(0)), dtype: try i.tfDType(p[1]))
    }
    let zeros = make("Zeros") { i, a in
        let p = try a.bind("zeros_initializer", ["dtype"])
        return PyInitializer(.zeros, dtype: try i.tfDType(p[0]))
    }
    let ones = make("Ones") { i, a in
        let p = try a.bind("ones_initializer", ["dtype"])
        return PyInitializer(.ones, dtype: try i.tfDType(p[0]))
    }
    let uniform = make("RandomUniform") { i, a in
        let p = try a.bind("random_uniform_initializer", ["minval", "maxval", "seed", "dtype"])
        return PyInitializer(.randomUniform(min: try p[0].map { try i.toDouble($0) } ?? -0.05, max: try p[1].map { try i.toDouble($0) } ?? 0.05,
                                            seed: try p[2].flatMap { $0.isNone ? nil : try i.index($0) }), dtype: try i.tfDType(p[3]))
    }
    let normal = make("RandomNormal") { i, a in
        let p = try a.bind("random_normal_initializer", ["mean", "stddev", "seed", "dtype"])
        return PyInitializer(.randomNormal(mean: try p[0].map { try i.toDouble($0) } ?? 0, stddev: try p[1].map { try i.toDouble($0) } ?? 1,
                                           seed: try p[2].flatMap { $0.isNone ? nil : try i.index($0) }), dtype: try i.tfDType(p[3]))
    }
    let truncated = make("TruncatedNormal") { i, a in
        let p = try a.bind("truncated_normal_initializer", ["mean", "stddev", "seed", "dtype"])
        return PyInitializer(.truncatedNormal(mean: try p[0].map { try i.toDouble($0) } ?? 0, stddev: try p[1].map { try i.toDouble($0) } ?? 1,
                                              seed: try p[2].flatMap { $0.isNone ? nil : try i.index($0) }), dtype: try i.tfDType(p[3]))
    }
    let glorot = make("GlorotUniform") { i, a in
        let p = try a.bind("glorot_uniform_initializer", ["seed", "dtype"])
        return PyInitializer(.glorotUniform(seed: try p[0].flatMap { $0.isNone ? nil : try i.index($0) }), dtype: try i.tfDType(p[1]))
    }
    m["constant_initializer"] = .object(constant)
    m["zeros_initializer"] = .object(zeros)
    m["ones_initializer"] = .object(ones)
    m["random_uniform_initializer"] = .object(uniform)
    m["random_normal_initializer"] = .object(normal)
    m["truncated_normal_initializer"] = .object(truncated)
    m["glorot_uniform_initializer"] = .object(glorot)
    let initializers = PyModule(name: "\(m.name).initializers")
    initializers["constant"] = .object(constant)
    initializers["zeros"] = .object(zeros)
    initializers["ones"] = .object(ones)
    initializers["random_uniform"] = .object(uniform)
    initializers["random_normal"] = .object(normal)
    initializers["truncated_normal"] = .object(truncated)
    initializers["glorot_uniform"] = .object(glorot)
    m["initializers"] = .object(initializers)
}
