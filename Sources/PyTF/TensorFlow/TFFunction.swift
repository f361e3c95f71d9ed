import Python
import TFRuntime
import TensorCore

/// `tf.TensorSpec(shape, dtype, name)`.
final class PyTensorSpec: PyObject {
    let shape: TensorShape
    let dtype: DType
    let name: String?
    init(shape: TensorShape, dtype: DType, name: String?) {
        self.shape = shape
        self.dtype = dtype
        self.name = name
    }
    override var pyType: PyType { PyTensorSpec.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "TensorSpec", module: "tensorflow", bases: [PyType.object])
        t.newHook = { i, _, a in
            let p = try a.bind("TensorSpec", ["shape", "dtype", "name"], required: 1)
            return .object(PyTensorSpec(shape: try i.tfShape(p[0]), dtype: try i.tfDType(p[1]) ?? .float32, name: p[2]?.asString))
        }
        t.method("__repr__") { _, a in
            guard let s = a[0].asObject as? PyTensorSpec else { return .str("TensorSpec") }
            return .str("TensorSpec(shape=\(s.shape), dtype=tf.\(s.dtype.name), name=\(s.name.map { "'\($0)'" } ?? "None"))")
        }
        t.property("shape", get: { _, v in .object(PyTFShape((v.asObject as? PyTensorSpec)?.shape ?? TensorShape(dims: nil))) })
        t.property("dtype", get: { _, v in .object(PyTFDType.of((v.asObject as? PyTensorSpec)?.dtype ?? .float32)) })
        return t
    }()
}

/// How a traced function's Python result is rebuilt from the graph's outputs.
indirect enum OutputStructure {
    case tensor(Int)
    case python(Value)
    case list([OutputStructure])
    case tuple([OutputStructure])
    case dict([(Value, OutputStructure)])
}

/// One trace of a `tf.function`: the concrete function and how to rebuild its result.
final class PyConcreteFunction: PyObject {
    let function: ConcreteFunction
    let structure: OutputStructure
    /// Which call arguments feed the placeholders (indices into the flattened tensor arguments).
    let name: String
    init(function: ConcreteFunction, structure: OutputStructure, name: String) {
        self.function = function
        self.structure = structure
        self.name = name
    }
    override var pyType: PyType { PyConcreteFunction.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "ConcreteFunction", module: "tensorflow", bases: [PyType.object])
        func cf(_ v: Value) throws -> PyConcreteFunction {
            guard let c = v.asObject as? PyConcreteFunction else { throw PyError.typeError("expected a ConcreteFunction") }
            return c
        }
        t.property("graph", get: { i, v in .object(i.tf.graphObject((try cf(v)).function.graph)) })
        t.property("inputs", get: { i, v in .object(PyList((try cf(v)).function.inputs.map { i.wrap(.symbolic($0)) })) })
        t.property("outputs", get: { i, v in .object(PyList((try cf(v)).function.outputs.map { i.wrap(.symbolic($0)) })) })
        t.property("variables", get: { i, v in
            let c = try cf(v)
            return .object(PyTuple(c.function.graph.captures.compactMap { cap -> Value? in
                if case .resource(let r) = cap.external, let variable = i.tf.eagerVariables[ObjectIdentifier(r)] { return .object(variable) }
                return nil
            }))
        })
        t.property("trainable_variables", get: { i, v in
            let c = try cf(v)
            return .object(PyTuple(c.function.graph.captures.compactMap { cap -> Value? in
                if case .resource(let r) = cap.external, let variable = i.tf.eagerVariables[ObjectIdentifier(r)], variable.trainable { return .object(variable) }
                return nil
            }))
        })
        t.property("structured_outputs", get: { i, v in
            let c = try cf(v)
            return try i.rebuild(c.structure, c.function.outputs.map { .symbolic($0) })
        })
        t.property("name", get: { _, v in .str((try cf(v)).name) })
        t.method("__call__") { i, a in
            let c = try cf(a[0])
            let args = try Array(a.positional.dropFirst()).map { try i.tfHandle($0) }
            let outs = try tfCall(i) { try c.function.call(args, runtime: i.tf.runtime) }
            return try i.rebuild(c.structure, outs)
        }
        return t
    }()
}

/// `tf.function(fn)`: traces `fn` once per input signature and runs the trace.
final class PyTFFunction: PyObject {
    let fn: Value
    let receiver: Value?
    let inputSignature: [PyTensorSpec]?
    let name: String
    var traces: [String: PyConcreteFunction] = [:]
    /// Traces shared with the unbound function, per receiver.
    let owner: PyTFFunction?

    init(fn: Value, receiver: Value? = nil, inputSignature: [PyTensorSpec]?, name: String, owner: PyTFFunction? = nil) {
        self.fn = fn
        self.receiver = receiver
        self.inputSignature = inputSignature
        self.name = name
        self.owner = owner
    }
    override var pyType: PyType { PyTFFunction.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Function", module: "tensorflow", bases: [PyType.object])
        func f(_ v: Value) throws -> PyTFFunction {
            guard let x = v.asObject as? PyTFFunction else { throw PyError.typeError("expected a tf.function") }
            return x
        }
        t.method("__call__") { i, a in
            let fun = try f(a[0])
            let args = try i.bindToSignature(Args(Array(a.positional.dropFirst()), keywords: a.keywords), fun)
            // Called while another function (or a TF1 graph) is being built: TF adds a call op
            // to that graph; its body runs here inline, in the caller's graph. An error raised
            // in it is reported from the caller's frames, as TF reports it.
            if i.tf.runtime.currentGraph != nil {
                var callArgs = args
                if let r = fun.receiver { callArgs.positional.insert(r, at: 0) }
                do {
                    return try i.call(fun.fn, callArgs)
                } catch let e as PyError where fun.inputSignature != nil {
                    // Its trace was made for the signature; the caller's shapes meet its body in
                    // the call op's shape inference, which TF reports from the calling line.
                    e.exception.traceback.removeAll()
                    throw e
                }
            }
            let concrete = try i.concreteFunction(fun, args)
            let handles = try i.tensorArguments(args, signature: fun.inputSignature).map { try i.tfHandle($0) }
            let outs = try tfCall(i) { try concrete.function.call(handles, runtime: i.tf.runtime) }
            return try i.rebuild(concrete.structure, outs)
        }
        t.method("get_concrete_function") { i, a in
            let fun = try f(a[0])
            // With an input_signature and no arguments, the signature's specs are the arguments.
            if a.count == 1, a.keywords.isEmpty, let sig = fun.inputSignature {
                return .object(try i.concreteFunction(fun, Args(sig.map { .object($0) })))
            }
            return .object(try i.concreteFunction(fun, try i.bindToSignature(Args(Array(a.positional.dropFirst()), keywords: a.keywords), fun)))
        }
        t.method("__get__") { _, a in
            let fun = try f(a[0])
            guard a.count >= 2, !a[1].isNone else { return a[0] }
            return .object(PyTFFunction(fn: fun.fn, receiver: a[1], inputSignature: fun.inputSignature, name: fun.name, owner: fun))
        }
        t.property("python_function", get: { _, v in (try f(v)).fn })
        t.property("__name__", get: { _, v in .str((try f(v)).name) })
        t.method("experimental_get_tracing_count") { _, a in
            let store = (try f(a[0])).traceStore
            return .int(store.traces.count + store.liftedTraces.count)
        }
        return t
    }()

    /// Where traces are kept: on the unbound function, keyed with the receiver.
    var traceStore: PyTFFunction { owner ?? self }
    /// Whether the function has been called (or traced by get_concrete_function) before.
    var called = false
    /// Whether its first trace created variables; from then on every call uses `liftedTraces`,
    /// traces in which creating a variable is an error (TF's `_no_variable_creation_fn`).
    var createdVariables = false
    var liftedTraces: [String: PyConcreteFunction] = [:]
}

extension Interpreter {
    /// A call to a function with an input signature, bound as TF binds it: each positional
    /// argument becomes a tensor (Python values and arrays converted to the spec's dtype), and
    /// one whose dtype or shape does not fit its spec, or one too many, is a TypeError.
    /// TF binds a call's arguments to the Python function's signature before tracing, and says
    /// so when they do not fit (`inspect.Signature.bind`'s reasons).
    func checkBinding(_ args: Args, _ fun: PyTFFunction) throws {
        guard let pyf = fun.fn.asObject as? PyFunction else { return }
        let params = pyf.parameterList
        let positional = Array(params.positional.dropFirst(fun.receiver == nil ? 0 : 1))
        let firstDefault = positional.count - min(params.defaults.count, positional.count)
        var reason: String?
        if args.positional.count > positional.count && params.varargs == nil {
            reason = "too many positional arguments"
        } else {
            var bound = Set(positional.prefix(args.positional.count))
            for (k, _) in args.keywords {
                if bound.contains(k) { reason = "multiple values for argument '\(k)'"; break }
                if positional.contains(k) || params.keywordOnly.contains(k) { bound.insert(k); continue }
                if params.kwargs == nil { reason = "got an unexpected keyword argument '\(k)'"; break }
            }
            if reason == nil {
                if let missing = positional.enumerated().first(where: { $0.offset < firstDefault && !bound.contains($0.element) }) {
                    reason = "missing a required argument: '\(missing.element)'"
                } else if let missing = params.keywordOnly.first(where: { params.keywordDefaults[$0] == nil && !bound.contains($0) }) {
                    reason = "missing a required argument: '\(missing)'"
                }
            }
        }
        guard let reason else { return }
        let received = try args.positional.map { try repr($0) }
        let receivedText = "(" + received.joined(separator: ", ") + (received.count == 1 ? ",)" : ")")
        let kwargs = try args.keywords.map { "'\($0.0)': \(try repr($0.1))" }.joined(separator: ", ")
        var parts: [String] = []
        for (n, name) in positional.enumerated() {
            parts.append(n >= firstDefault ? "\(name)=<captured_default_value>" : name)
        }
        if let v = params.varargs { parts.append("*" + v) } else if !params.keywordOnly.isEmpty { parts.append("*") }
        for k in params.keywordOnly { parts.append(params.keywordDefaults[k] != nil ? "\(k)=<captured_default_value>" : k) }
        if let k = params.kwargs { parts.append("**" + k) }
        throw PyError.typeError("Binding inputs to tf.function failed due to `\(reason)`. Received args: \(receivedText) and kwargs: {\(kwargs)} for signature: (\(parts.joined(separator: ", "))).")
    }

    func bindToSignature(_ args: Args, _ fun: PyTFFunction) throws -> Args {
        if fun.inputSignature == nil { try checkBinding(args, fun) }
        guard let sig = fun.inputSignature, args.keywords.isEmpty, !args.positional.isEmpty || !sig.isEmpty else { return args }
        func failure(_ reason: String) throws -> PyError {
            let received = try args.positional.map { try repr($0) }
            let receivedText = "(" + received.joined(separator: ", ") + (received.count == 1 ? ",)" : ")")
            let paramNames = (fun.fn.asObject as? PyFunction)?.parameterNames ?? []
            let offset = fun.receiver == nil ? 0 : 1
            let specs = try sig.enumerated().map { n, spec in
                let pname = n + offset < paramNames.count ? paramNames[n + offset] : "args_\(n)"
                return "\(pname): " + (try repr(.object(spec)))
            }
            return PyError.typeError("Binding inputs to tf.function failed due to `\(reason)`. Received args: \(receivedText) and kwargs: {} for signature: (\(specs.joined(separator: ", "))).")
        }
        if args.positional.count > sig.count { throw try failure("too many positional arguments") }
        if args.positional.count < sig.count { return args }
        var bound = Args()
        for (v, spec) in zip(args.positional, sig) {
            let handle: TensorHandle
            if v.asObject is PyTFTensor || v.asObject is PyTFVariable {
                handle = try tfHandle(v)
            } else {
                handle = try tfHandle(v, dtype: spec.dtype)
            }
            if handle.dtype != spec.dtype || !handle.shape.isCompatible(with: spec.shape) {
                let given = PyTensorSpec(shape: handle.shape, dtype: handle.dtype, name: nil)
                throw try failure("Can not cast \(try repr(.object(given))) to \(try repr(.object(spec)))")
            }
            bound.positional.append(wrap(handle))
        }
        return bound
    }

    /// The tensor arguments of a call, in order (those that become placeholders).
    func tensorArguments(_ args: Args, signature: [PyTensorSpec]?) throws -> [Value] {
        var out: [Value] = []
        func visit(_ v: Value) throws {
            if case .object(let o) = v {
                if o is PyTFTensor || o is PyNDArray { out.append(v); return }
                if let l = o as? PyList { for x in l.items { try visit(x) }; return }
                if let t = o as? PyTuple { for x in t.items { try visit(x) }; return }
            }
            if signature != nil, v.asInt != nil || (v.pyType === PyType.float) { out.append(v) }
        }
        for v in args.positional { try visit(v) }
        for (_, v) in args.keywords { try visit(v) }
        return out
    }

    /// TF's cache key: tensors by dtype and shape, variables and objects by identity, Python values by value.
    private func signatureKey(_ args: Args, _ fun: PyTFFunction) throws -> String {
        func key(_ v: Value) throws -> String {
            switch v {
            case .none: return "None"
            case .bool(let b): return "b\(b)"
            case .int(let n): return "i\(n)"
            case .float(let d): return "f\(d.bitPattern)"
            case .object(let o):
                if let t = o as? PyTFTensor { return "T\(t.handle.dtype.name)\(t.handle.shape)" }
                if let spec = o as? PyTensorSpec { return "T\(spec.dtype.name)\(spec.shape)" }
                if let a = o as? PyNDArray { return "T\(a.tensor.dtype.name)\(TensorShape(a.tensor.shape))" }
                if let s = o as? PyStr { return "s\(s.value.count):\(s.value)" }
                if let l = o as? PyList { return "[" + (try l.items.map(key).joined(separator: ",")) + "]" }
                if let t = o as? PyTuple { return "(" + (try t.items.map(key).joined(separator: ",")) + ")" }
                if let d = o as? PyDict { return "{" + (try d.table.entries.map { "\(try key($0.key)):\(try key($0.value))" }.joined(separator: ",")) + "}" }
                return "O\(ObjectIdentifier(o).hashValue)"
            }
        }
        if fun.inputSignature != nil { return "sig" + (try fun.receiver.map(key) ?? "") }
        var parts = try args.positional.map(key)
        for (k, v) in args.keywords.sorted(by: { $0.name < $1.name }) { parts.append("\(k)=\(try key(v))") }
        return (try fun.receiver.map(key) ?? "") + "|" + parts.joined(separator: ";")
    }

    /// The trace for these arguments, as TF picks it: a function whose first trace created
    /// variables is traced a second time without creating any (so Python code in it runs twice),
    /// and that trace and later ones are what runs; creating a variable in a later trace is an error.
    func concreteFunction(_ fun: PyTFFunction, _ args: Args) throws -> PyConcreteFunction {
        let k = try signatureKey(args, fun)
        let store = fun.traceStore
        guard tf.runtime.eagerByDefault else {
            if let c = store.traces[k] { return c }
            return try trace(fun, args, key: k, mode: .firstCall)
        }
        if store.createdVariables {
            if let c = store.liftedTraces[k] { return c }
            return try trace(fun, args, key: k, mode: .noCreation)
        }
        if store.called {
            if let c = store.traces[k] { return c }
            return try trace(fun, args, key: k, mode: .laterCall)
        }
        store.called = true
        let first = try trace(fun, args, key: k, mode: .firstCall)
        guard store.createdVariables else { return first }
        return try trace(fun, args, key: k, mode: .noCreation)
    }

    /// An exception raised while tracing, as TF re-raises it: same class, the message prefixed
    /// with "in user code:" and the user frames it went through (autograph's error rewriting).
    private func userCodeError(_ e: PyError) -> PyError {
        guard e.isInstance(of: PyType.Exception), e.exception.args.count == 1, let message = e.exception.args[0].asString,
              !message.hasPrefix("in user code:") else { return e }
        var text = "in user code:\n\n"
        for entry in e.exception.traceback where !entry.filename.hasPrefix("<") {
            text += "    File \"\(entry.filename)\", line \(entry.line), in \(entry.function)  *\n"
            if let line = sourceLine(entry.filename, entry.line) {
                text += "        \(line.trimmingCharacters(in: .whitespaces))\n"
            }
        }
        text += "\n    \(e.type.name): \(message)\n"
        return PyError(PyBaseException(cls: e.type, args: [.str(text)]))
    }

    /// Traces the Python function on placeholders for these arguments and caches the trace.
    private func trace(_ fun: PyTFFunction, _ args: Args, key k: String, mode: FunctionTrace.Mode) throws -> PyConcreteFunction {
        let rt = tf.runtime
        let graph = rt.makeGraph()
        graph.isFunctionGraph = true
        // FuncGraph: the global seed when called eagerly, else the enclosing graph's.
        graph.seed = rt.currentGraph.map { $0.seed } ?? rt.globalSeed
        let function = ConcreteFunction(graph: graph)
        let paramNames = (fun.fn.asObject as? PyFunction)?.parameterNames ?? []
        let offset = fun.receiver == nil ? 0 : 1
        var placeholderIndex = 0
        func placeholder(_ v: Value, name: String, spec: PyTensorSpec?) throws -> Value {
            let dtype: DType, shape: TensorShape
            if let spec {
                dtype = spec.dtype
                shape = spec.shape
            } else {
                let h = try tfHandle(v)
                dtype = h.dtype
                shape = h.shape
            }
            let op = try tfCall(self) {
                try graph.addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(dtype), "shape": .shape(shape)], name: name)
            }
            function.inputs.append(op.outputs[0])
            return wrap(.symbolic(op.outputs[0]))
        }
        func substitute(_ v: Value, name: String) throws -> Value {
            if case .object(let o) = v {
                // get_concrete_function(tf.TensorSpec(...)): a placeholder of the spec's dtype and shape.
                if let spec = o as? PyTensorSpec {
                    if fun.inputSignature != nil { placeholderIndex += 1 }
                    return try placeholder(v, name: spec.name ?? name, spec: spec)
                }
                if o is PyTFTensor || o is PyNDArray {
                    let spec = fun.inputSignature.flatMap { placeholderIndex < $0.count ? $0[placeholderIndex] : nil }
                    placeholderIndex += 1
                    return try placeholder(v, name: spec?.name ?? name, spec: spec)
                }
                if let l = o as? PyList { return .object(PyList(try l.items.enumerated().map { try substitute($0.element, name: "\(name)_\($0.offset)") })) }
                if let t = o as? PyTuple { return .object(PyTuple(try t.items.enumerated().map { try substitute($0.element, name: "\(name)_\($0.offset)") })) }
            }
            if let sig = fun.inputSignature, placeholderIndex < sig.count, v.asInt != nil || v.pyType === PyType.float {
                let spec = sig[placeholderIndex]
                placeholderIndex += 1
                return try placeholder(v, name: spec.name ?? name, spec: spec)
            }
            return v
        }
        var traced = Args()
        for (n, v) in args.positional.enumerated() {
            let pname = n + offset < paramNames.count ? paramNames[n + offset] : "args_\(n)"
            traced.positional.append(try substitute(v, name: pname))
        }
        for (k, v) in args.keywords { traced.keywords.append((k, try substitute(v, name: k))) }
        if let r = fun.receiver { traced.positional.insert(r, at: 0) }
        let context = FunctionTrace(mode)
        tf.functionTraces.append(context)
        let result: Value
        do {
            defer { tf.functionTraces.removeLast() }
            result = try rt.withGraph(graph) { try call(fun.fn, traced) }
        } catch let e as PyError {
            throw userCodeError(e)
        }
        if context.createdVariables && mode == .firstCall { fun.traceStore.createdVariables = true }
        var outputs: [GraphTensor] = []
        func structure(_ v: Value) throws -> OutputStructure {
            if case .object(let o) = v {
                if let l = o as? PyList { return .list(try l.items.map(structure)) }
                if let t = o as? PyTuple { return .tuple(try t.items.map(structure)) }
                if let d = o as? PyDict { return .dict(try d.table.entries.map { ($0.key, try structure($0.value)) }) }
            }
            if v.isNone { return .python(v) }
            // Every other output is converted to a tensor (a Python number becomes a constant in the
            // function), and leaves the function through an Identity op, as TF's do.
            let h: TensorHandle
            do {
                h = try rt.withGraph(graph) { try tfHandle(v) }
            } catch let e as PyError where e.type.name == "TypeError" || e.type.name == "ValueError" {
                throw PyError.typeError("To be compatible with tf.function, Python functions must return zero or more Tensors or ExtensionTypes or None values; in compilation of \(try repr(fun.fn)), found return value of type \(v.typeName), which is not a Tensor or ExtensionType.")
            }
            guard let g = try rt.withGraph(graph, { try tfCall(self) { try rt.execute1("Identity", [h]) } }).graphTensor else {
                throw PyError.typeError("a tf.function output must be a tensor")
            }
            outputs.append(g)
            return .tensor(outputs.count - 1)
        }
        let s = try structure(result)
        function.outputs = outputs
        try tfCall(self) { try function.addControlOutput() }
        // Named once traced: after the graph's key and each symbolic tensor drew a uid.
        let tensorCount = graph.operations.reduce(0) { $0 + $1.outputs.count }
        function.name = "__inference_\(fun.name)_\(rt.uid(advancingBy: tensorCount + 2))"
        let concrete = PyConcreteFunction(function: function, structure: s, name: fun.name)
        if mode == .noCreation { fun.traceStore.liftedTraces[k] = concrete } else { fun.traceStore.traces[k] = concrete }
        tf.traces.append((fun.name, function.graph))
        if context.createdVariables && mode == .laterCall {
            // TF checks after the trace (which it keeps).
            throw PyError.valueError("Creating variables on a non-first call to a function decorated with tf.function.")
        }
        return concrete
    }

    func rebuild(_ s: OutputStructure, _ outs: [TensorHandle]) throws -> Value {
        switch s {
        case .tensor(let i): return wrap(outs[i])
        case .python(let v): return v
        case .list(let xs): return .object(PyList(try xs.map { try rebuild($0, outs) }))
        case .tuple(let xs): return .object(PyTuple(try xs.map { try rebuild($0, outs) }))
        case .dict(let pairs):
            let d = PyDict()
            for (k, x) in pairs { try dictSet(d, k, try rebuild(x, outs)) }
            return .object(d)
        }
    }
}

/// `tf.GradientTape`.
final class PyGradientTape: PyObject {
    let tape: GradientTape
    init(_ tape: GradientTape) { self.tape = tape }
    override var pyType: PyType { PyGradientTape.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "GradientTape", module: "tensorflow", bases: [PyType.object])
        t.newHook = { i, _, a in
            if a.positional.isEmpty, a.keywords.isEmpty { return .object(PyGradientTape(GradientTape(runtime: i.tf.runtime))) }
            let p = try a.bind("GradientTape", ["persistent", "watch_accessed_variables"])
            return .object(PyGradientTape(GradientTape(runtime: i.tf.runtime, persistent: try p[0].map { try i.truthy($0) } ?? false,
                                                       watchAccessedVariables: try p[1].map { try i.truthy($0) } ?? true)))
        }
        func tape(_ v: Value) throws -> PyGradientTape {
            guard let x = v.asObject as? PyGradientTape else { throw PyError.typeError("expected a GradientTape") }
            return x
        }
        t.method("__enter__") { _, a in
            let x = try tape(a[0])
            if x.tape.isRecording {
                throw PyError.valueError("Tape is still recording, This can happen if you try to re-enter an already-active tape.")
            }
            x.tape.start()
            return a[0]
        }
        t.method("__exit__") { _, a in
            try tape(a[0]).tape.stop()
            return .false
        }
        t.method("watch") { i, a in
            guard a.count == 2 else { throw PyError.typeError("watch() takes 1 argument") }
            let x = try tape(a[0])
            for v in try i.flattenNest(a[1]) {
                guard v.asObject is PyTFVariable || v.asObject is PyTFTensor else {
                    throw PyError.valueError("Passed in object \(try i.str(v)) of type '\(v.pyType.name)', not tf.Tensor or tf.Variable or ExtensionType.")
                }
                try x.tape.watch(i.sourceHandle(v))
            }
            return .none
        }
        t.method("stop_recording") { _, a in
            let x = try tape(a[0])
            guard x.tape.isRecording else {
                throw PyError(PyType.RuntimeError, "Trying to stop recording a tape which is not recording.")
            }
            return .object(PyContextManager(enter: { _ in
                x.tape.setRecording(false)
                return .none
            }, exit: { _ in x.tape.setRecording(true) }))
        }
        t.method("reset") { _, a in
            try tape(a[0]).tape.reset()
            return .none
        }
        t.method("watched_variables") { i, a in
            let x = try tape(a[0])
            return .object(PyTuple(x.tape.watchedResources.compactMap { r in i.tf.eagerVariables[ObjectIdentifier(r)].map { .object($0) } }))
        }
        t.method("gradient") { i, a in
            // Eagerly, a tensor target and a flat list or tuple of variables and tensors (a training
            // step's call): what the general path below does, without flattening nests.
            if a.count == 3, a.keywords.isEmpty, i.tf.runtime.currentGraph == nil, let x = a[0].asObject as? PyGradientTape,
               let target = a[1].asObject as? PyTFTensor, case .eager = target.handle, case .object(let so) = a[2],
               let items = (so as? PyList)?.items ?? (so as? PyTuple)?.items,
               items.allSatisfy({ $0.asObject is PyTFTensor || $0.asObject is PyTFVariable }) {
                let sources = try items.map { try i.sourceHandle($0) }
                let grads = try tfCall(i) { try x.tape.gradient(targets: [target.handle], sources: sources) }
                let results: [Value] = grads.map { g in g.map { i.wrap($0) } ?? .none }
                return so is PyList ? .object(PyList(results)) : .object(PyTuple(results))
            }
            let p = try a.bind("gradient", ["self", "target", "sources", "output_gradients", "unconnected_gradients"], required: 3)
            let x = try tape(a[0])
            guard let target = p[1], !target.isNone else {
                throw PyError.typeError("Argument `target` should be a list or nested structure of Tensors, Variables or CompositeTensors to be differentiated, but received None.")
            }
            guard let sourceNest = p[2], !sourceNest.isNone else {
                // What TF 2.21 says when sources is None (it tries to read None's dtype).
                throw PyError.typeError("Cannot convert the argument `type_value`: None to a TensorFlow DType.")
            }
            let targets = try i.flattenNest(target).map { try i.tfHandle($0) }
            let sourceValues = try i.flattenNest(sourceNest)
            let outputGradients: [TensorHandle?]? = try p[3].flatMap { v in
                v.isNone ? nil : try i.flattenNest(v).map { $0.isNone ? nil : try i.tfHandle($0) }
            }
            var zerosForNone = false
            if let u = p[4], !u.isNone {
                let text = try i.str(u)
                switch text {
                case "none", "UnconnectedGradients.NONE": zerosForNone = false
                case "zero", "UnconnectedGradients.ZERO": zerosForNone = true
                default: throw PyError.valueError("Unknown value for unconnected_gradients: \(try i.repr(u))")
                }
            }
            let grads: [TensorHandle?]
            if let tapeGraph = x.tape.graph, tapeGraph === i.tf.runtime.currentGraph {
                // A tape entered inside tf.function replays what it recorded while tracing.
                let sources = try sourceValues.map { try i.sourceHandle($0) }
                grads = try tfCall(i) { try x.tape.gradient(targets: targets, sources: sources, outputGradients: outputGradients) }
            } else if let graph = i.tf.runtime.currentGraph {
                // Inside tf.function: symbolic gradients of the traced ops.
                let ys = targets.compactMap { $0.graphTensor }
                let xs = try sourceValues.map { v -> GraphTensor? in
                    let h = try i.sourceHandle(v)
                    if let g = h.graphTensor { return g }
                    if case .resource(let r) = h { return graph.captures.first { $0.external.identity == ObjectIdentifier(r) }?.placeholder }
                    return nil
                }
                let present = xs.compactMap { $0 }
                let gradYs = outputGradients.map { $0.map { $0?.graphTensor } }
                let gs = present.isEmpty ? [] : try tfCall(i) { try i.tf.runtime.gradients(ys: ys, xs: present, gradYs: gradYs) }
                var k = 0
                grads = xs.map { x in
                    guard x != nil else { return nil }
                    defer { k += 1 }
                    return gs[k].map { .symbolic($0) }
                }
            } else {
                let sources = try sourceValues.map { try i.sourceHandle($0) }
                grads = try tfCall(i) { try x.tape.gradient(targets: targets, sources: sources, outputGradients: outputGradients) }
            }
            var results: [Value] = []
            for (g, src) in zip(grads, sourceValues) {
                if let g { results.append(i.wrap(g)) }
                else if zerosForNone { results.append(i.wrap(try tfCall(i) { try i.tf.runtime.execute1("ZerosLike", [try i.tfHandle(src)]) })) }
                else { results.append(.none) }
            }
            var it = results.makeIterator()
            return try i.unflattenNest(sourceNest) { it.next() ?? .none }
        }
        return t
    }()
}

extension Interpreter {
    /// A gradient source: a variable's resource (eager) or handle (graph), or a tensor.
    func sourceHandle(_ v: Value) throws -> TensorHandle {
        if let variable = v.asObject as? PyTFVariable {
            if let r = variable.resource { return .resource(r) }
            if let h = variable.handle { return .symbolic(h) }
        }
        if let t = v.asObject as? PyTFTensor { return t.handle }
        throw PyError.typeError("Gradient sources must be tensors or variables, got \(try repr(v))")
    }

    /// The leaves of a nest of lists, tuples and dicts, in order.
    func flattenNest(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return try l.items.flatMap(flattenNest) }
            if let t = o as? PyTuple { return try t.items.flatMap(flattenNest) }
            if let d = o as? PyDict { return try d.table.entries.sorted { (try? lessThan($0.key, $1.key)) ?? false }.flatMap { try flattenNest($0.value) } }
        }
        return [v]
    }

    /// The nest's structure with new leaves.
    func unflattenNest(_ v: Value, _ next: () -> Value) throws -> Value {
        if case .object(let o) = v {
            if let l = o as? PyList { return .object(PyList(try l.items.map { try unflattenNest($0, next) })) }
            if let t = o as? PyTuple { return .object(PyTuple(try t.items.map { try unflattenNest($0, next) })) }
            if let d = o as? PyDict {
                // Leaves come in sorted-key order (TF's nest); the result keeps the dict's own order.
                var byKey: [(Value, Value)] = []
                for (k, x) in d.table.entries.sorted(by: { (try? lessThan($0.key, $1.key)) ?? false }) {
                    byKey.append((k, try unflattenNest(x, next)))
                }
                let out = PyDict()
                for (k, _) in d.table.entries {
                    if let pair = try byKey.first(where: { try equals($0.0, k) }) { try dictSet(out, k, pair.1) }
                }
                return .object(out)
            }
        }
        return next()
    }
}
