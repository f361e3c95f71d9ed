import Python
import TFRuntime
import TensorCore

/// Registers `tensorflow`, `tensorflow.compat` and `tensorflow.compat.v1`.
func installTensorFlow(into interp: Interpreter) {
    TFTypeSetup.install()
    interp.registerModule("tensorflow") { i in
        let m = makeTFModule(i, v1: false)
        let compat = PyModule(name: "tensorflow.compat")
        let v1 = try i.importModule("tensorflow.compat.v1")
        compat["v1"] = .object(v1)
        m["compat"] = .object(compat)
        i.addModule(compat)
        return m
    }
    interp.registerModule("tensorflow.compat") { i in
        _ = try i.importModule("tensorflow")
        return try i.importModule("tensorflow.compat")
    }
    interp.registerModule("tensorflow.compat.v1") { i in makeTFModule(i, v1: true) }
    interp.registerModule("tensorflow._extras") { i in
        try i.execute(source: tfExtrasSource, filename: "<tf>", moduleName: "tensorflow._extras", library: true)
    }
    interp.registerModule("tensorflow.keras") { i in
        try i.execute(source: kerasSource, filename: "<tf.keras>", moduleName: "tensorflow.keras", library: true)
    }
}

private func makeTFModule(_ interp: Interpreter, v1: Bool) -> PyModule {
    let m = PyModule(name: v1 ? "tensorflow.compat.v1" : "tensorflow")
    m["__version__"] = .str("2.21.0")
    for d in [DType.float32, .float64, .int32, .int64, .uint8, .bool, .string] {
        m[d.name] = .object(PyTFDType.of(d))
    }
    m["double"] = .object(PyTFDType.of(.float64))
    m["Tensor"] = .object(TFTypes.tensor)
    m["Operation"] = .object(TFTypes.operation)
    m["Graph"] = .object(TFTypes.graph)
    m["TensorShape"] = .object(TFTypes.tensorShape)
    m["DType"] = .object(TFTypes.dtype)
    m["Variable"] = .object(variableType(interp))
    if v1 {
        m["Session"] = .object(TFTypes.session)
        m["InteractiveSession"] = .object(TFTypes.interactiveSession)
    }
    let errors = PyModule(name: "\(m.name).errors")
    for t in TFErrorTypes.all { errors[t.name] = .object(t) }
    m["errors"] = .object(errors)

    m["GradientTape"] = .object(PyGradientTape.type)
    if !v1 { installKerasFastPaths(m) }
    if let u = unconnectedGradientsType(interp) { m["UnconnectedGradients"] = u }
    m["TensorSpec"] = .object(PyTensorSpec.type)
    m.function("function") { i, a in
        let p = try a.bind("function", ["func", "input_signature", "autograph", "jit_compile", "reduce_retracing", "experimental_implements", "experimental_autograph_options", "experimental_attributes", "experimental_relax_shapes", "experimental_compile", "experimental_follow_type_hints"])
        let signature: [PyTensorSpec]? = try p[1].flatMap { $0.isNone ? nil : try i.collect($0).compactMap { $0.asObject as? PyTensorSpec } }
        func make(_ fn: Value) throws -> Value {
            let name = (try? i.getAttribute(fn, "__name__"))?.asString ?? "function"
            return .object(PyTFFunction(fn: fn, inputSignature: signature, name: name))
        }
        if let fn = p[0], !fn.isNone { return try make(fn) }
        // Used as @tf.function(input_signature=...): a decorator.
        return .object(PyBuiltinFunction(name: "decorator") { _, d in try make(d.positional.first ?? .none) })
    }
    m.function("print") { i, a in try i.tfPrint(a) }
    m.function("disable_eager_execution") { i, _ in
        i.tf.runtime.eagerByDefault = false
        return .none
    }
    m.function("enable_eager_execution") { i, _ in
        i.tf.runtime.eagerByDefault = true
        return .none
    }
    m.function("executing_eagerly") { i, _ in .bool(i.tf.runtime.executingEagerly) }
    m.function("get_default_graph") { i, _ in .object(i.tf.graphObject(i.tf.runtime.defaultGraph)) }
    m.function("reset_default_graph") { i, _ in
        try tfCall(i) { try i.tf.runtime.resetDefaultGraph() }
        return .none
    }
    m.function("get_default_session") { i, _ in i.tf.defaultSession.map { .object($0) } ?? .none }
    m.function("init_scope") { i, _ in
        // Lifts out of function graphs to eager execution (variables made here are eager).
        var saved: [Graph] = []
        return .object(PyContextManager(enter: { i in
            let rt = i.tf.runtime
            if rt.eagerByDefault {
                saved = rt.graphStack
                rt.graphStack.removeAll()
            }
            return .none
        }, exit: { i in
            if !saved.isEmpty { i.tf.runtime.graphStack = saved }
        }))
    }
    m.function("set_random_seed") { i, a in
        let p = try a.bind("set_random_seed", ["seed"], required: 1)
        let seed = try p[0].flatMap { $0.isNone ? nil : try i.index($0) }
        i.tf.runtime.defaultGraph.seed = seed
        i.tf.runtime.globalSeed = seed
        if i.tf.runtime.executingEagerly { i.tf.runtime.resetEagerRandomStreams() }
        return .none
    }

    m.function("constant") { i, a in
        let p = try a.bind("constant", ["value", "dtype", "shape", "name", "verify_shape"], required: 1)
        let dtype = try i.tfDType(p[1])
        var t = try i.tfTensorValue(p[0] ?? .none, dtype: dtype)
        if let s = p[2], !s.isNone, let dims = try i.tfShape(s).knownDims, dims != t.shape {
            if t.elementCount == 1, let v = t.storage.element(at: 0) { t = try Kernels.fill(dims, v) }
            else { t = try tfCall(i) { try Kernels.reshape(t, to: dims) } }
        }
        let name = p[3].flatMap { $0.asString } ?? "Const"
        return i.wrap(try tfCall(i) { try i.tf.runtime.constant(t, name: name) })
    }
    m.function("convert_to_tensor") { i, a in
        let p = try a.bind("convert_to_tensor", ["value", "dtype", "name", "dtype_hint"], required: 1)
        // A tensor of the requested dtype is returned as it is (the same object).
        if let t = p[0]?.asObject as? PyTFTensor, try i.tfDType(p[1]).map({ $0 == t.handle.dtype }) ?? true { return .object(t) }
        let name = p[2].flatMap { $0.asString } ?? "Const"
        return i.wrap(try i.tfHandle(p[0] ?? .none, dtype: try i.tfDType(p[1]), name: name))
    }
    m.function("placeholder") { i, a in
        let p = try a.bind("placeholder", ["dtype", "shape", "name"], required: 1)
        guard let dtype = try i.tfDType(p[0]) else { throw PyError.typeError("placeholder() needs a dtype") }
        let rt = i.tf.runtime
        guard let graph = rt.currentGraph else {
            throw PyError.runtimeError("tf.placeholder() is not compatible with eager execution.")
        }
        let shape = try i.tfShape(p[1])
        return try tfCall(i) {
            let op = try graph.addOperation(type: "Placeholder", inputs: [], attrs: ["dtype": .type(dtype), "shape": .shape(shape)],
                                            name: p[2].flatMap { $0.asString } ?? "Placeholder")
            return i.wrap(.symbolic(op.outputs[0]))
        }
    }

    // Elementwise and linear-algebra ops, named as TF names them.
    let unaryOps: [(String, String)] = [("square", "Square"), ("sqrt", "Sqrt"), ("exp", "Exp"), ("log", "Log"),
                                        ("abs", "Abs"), ("negative", "Neg"), ("sigmoid", "Sigmoid"), ("tanh", "Tanh"),
                                        ("reciprocal", "Reciprocal"), ("sign", "Sign"), ("identity", "Identity"),
                                        ("stop_gradient", "StopGradient"),
                                        ("matrix_inverse", "MatrixInverse"), ("logical_not", "LogicalNot")]
    // tf.zeros_like / tf.ones_like: eagerly on a tensor the op itself; otherwise (a dtype, a name,
    // in a graph) as array_ops builds them, in Python (`_filled_like`).
    for (fname, type) in [("zeros_like", "ZerosLike"), ("ones_like", "OnesLike")] {
        let def = OpRegistry.shared[type]
        m.function(fname) { i, a in
            if let def, a.keywords.isEmpty, a.count == 1, let r = try i.eagerOp(def, a.positional) { return r }
            let f = try i.getAttribute(.object(try i.importModule("tensorflow._extras")), v1 ? fname + "_v1" : fname)
            return try i.call(f, a)
        }
    }
    for (fname, type) in unaryOps {
        let def = OpRegistry.shared[type]
        m.function(fname) { i, a in
            if let def, a.keywords.isEmpty, a.count == 1, let r = try i.eagerOp(def, a.positional) { return r }
            let p = try a.bind(fname, ["x", "name"], required: 1)
            return try i.tfOp1(type, name: p[1], inputs: [(p[0] ?? .none, "x")])
        }
    }
    let binaryOps: [(String, String, String)] = [("add", "AddV2", "Add"), ("subtract", "Sub", "Sub"), ("multiply", "Mul", "Mul"),
                                                 ("divide", "RealDiv", "truediv"), ("truediv", "RealDiv", "truediv"),
                                                 ("maximum", "Maximum", "Maximum"), ("minimum", "Minimum", "Minimum"),
                                                 ("pow", "Pow", "Pow"), ("squared_difference", "SquaredDifference", "SquaredDifference"),
                                                 ("equal", "Equal", "Equal"), ("not_equal", "NotEqual", "NotEqual"),
                                                 ("less", "Less", "Less"), ("less_equal", "LessEqual", "LessEqual"),
                                                 ("greater", "Greater", "Greater"), ("greater_equal", "GreaterEqual", "GreaterEqual"),
                                                 ("logical_and", "LogicalAnd", "LogicalAnd"), ("logical_or", "LogicalOr", "LogicalOr")]
    for (fname, type, dflt) in binaryOps {
        let def = OpRegistry.shared[type]
        m.function(fname) { i, a in
            if type == "RealDiv", let x = a.positional.first, i.dividesIntegers(x) {
                let p = try a.bind(fname, ["x", "y", "name"], required: 2)
                return try i.tfTrueDivide(p[0] ?? .none, p[1] ?? .none, name: p[2].flatMap { $0.isNone ? nil : $0.asString })
            }
            if let def, a.keywords.isEmpty, a.count == 2, let r = try i.eagerOp(def, a.positional) { return r }
            let p = try a.bind(fname, ["x", "y", "name"], required: 2)
            return try i.tfOp1(type, name: p[2], defaultName: dflt, inputs: [(p[0] ?? .none, "x"), (p[1] ?? .none, "y")])
        }
    }
    m.function("matmul") { i, a in
        let p = try a.bind("matmul", ["a", "b", "transpose_a", "transpose_b", "adjoint_a", "adjoint_b", "a_is_sparse", "b_is_sparse", "output_type", "grad_a", "grad_b", "name"], required: 2)
        let ta = try p[2].map { try i.truthy($0) } ?? false, tb = try p[3].map { try i.truthy($0) } ?? false
        return try i.tfOp1("MatMul", name: p[11], inputs: [(p[0] ?? .none, "a"), (p[1] ?? .none, "b")],
                           attrs: ["transpose_a": .bool(ta), "transpose_b": .bool(tb)], wrapperScope: true)
    }
    m.function("matrix_solve") { i, a in
        let p = try a.bind("matrix_solve", ["matrix", "rhs", "adjoint", "name"], required: 2)
        let adjoint = try p[2].map { try i.truthy($0) } ?? false
        return try i.tfOp1("MatrixSolve", name: p[3], inputs: [(p[0] ?? .none, "matrix"), (p[1] ?? .none, "rhs")],
                           attrs: ["adjoint": .bool(adjoint)])
    }
    m.function("add_n") { i, a in
        let p = try a.bind("add_n", ["inputs", "name"], required: 1)
        let items = try i.collect(p[0] ?? .none)
        if items.count == 1, let only = items.first { return only.asObject is PyTFTensor ? only : try i.tfOp1("Identity", name: p[1], inputs: [(only, "input")]) }
        return try i.tfOp1("AddN", name: p[1], inputs: items.enumerated().map { ($0.element, "inputs_\($0.offset)") })
    }
    m.function("cast") { i, a in
        let p = try a.bind("cast", ["x", "dtype", "name"], required: 2)
        guard let to = try i.tfDType(p[1]) else { throw PyError.typeError("cast() needs a dtype") }
        let value = p[0] ?? .none
        if !(value.asObject is PyTFTensor || value.asObject is PyTFVariable), i.tf.runtime.currentGraph != nil {
            // math_ops.cast converts a Python value inside its scope (`Cast/x`), and the Cast op,
            // when one is needed, is named as that scope.
            let attrsFor: (DType) -> Attrs = { ["SrcT": .type($0), "DstT": .type(to), "Truncate": .bool(false)] }
            return try i.tfCallInScope(p[2].flatMap { $0.asString } ?? "Cast") { rt, name in
                let x = try i.tfHandle(value, name: "x")
                if x.dtype == to { return x }
                return try rt.execute1("Cast", [x], attrs: attrsFor(x.dtype), name: name)
            }
        }
        let x = try i.tfHandle(value)
        if x.dtype == to { return i.wrap(x) }
        return try i.tfOp1("Cast", name: p[2], inputs: [(i.wrap(x), "x")], attrs: ["SrcT": .type(x.dtype), "DstT": .type(to), "Truncate": .bool(false)], wrapperScope: true)
    }
    m.function("reshape") { i, a in
        let p = try a.bind("reshape", ["tensor", "shape", "name"], required: 2)
        return try i.tfOp1("Reshape", name: p[2], inputs: [(p[0] ?? .none, "tensor"), (p[1] ?? .none, "shape")], matchFirstDType: false,
                           eagerName: Interpreter.isSequence(p[1]) ? nil : p[2]?.asString ?? "")
    }
    m.function("transpose") { i, a in
        let p = try a.bind("transpose", ["a", "perm", "conjugate", "name"], required: 1)
        let x = try i.tfHandle(p[0] ?? .none)
        let perm: Value
        if let pv = p[1], !pv.isNone { perm = pv } else {
            guard let r = x.shape.rank else { throw PyError.valueError("transpose of a tensor of unknown rank needs perm") }
            perm = .object(PyList((0..<r).reversed().map { .int($0) }))
        }
        let name: Value = p[3] ?? .str("transpose")
        return try i.tfOp1("Transpose", name: name, inputs: [(i.wrap(x), "x"), (perm, "perm")], matchFirstDType: false, wrapperScope: true,
                           eagerName: Interpreter.isSequence(p[1]) ? nil : "")
    }
    for (fname, type, dflt) in [("reduce_sum", "Sum", "Sum"), ("reduce_mean", "Mean", "Mean"), ("reduce_max", "Max", "Max"),
                                ("reduce_min", "Min", "Min"), ("reduce_prod", "Prod", "Prod"), ("reduce_any", "Any", "Any"),
                                ("reduce_all", "All", "All")] {
        let def = OpRegistry.shared[type]
        let notKept: Attrs = ["keep_dims": .bool(false)]
        m.function(fname) { i, a in
            // Eagerly over all axes: the axes constant and the op, as below, with less machinery.
            if let def, a.keywords.isEmpty, a.count == 1, i.tf.runtime.executingEagerly, !i.isSymbolic(a[0]) {
                let rt = i.tf.runtime
                let x = try i.tfHandle(a[0])
                return i.wrap(try tfCall(i, eagerName: "") { try rt.execute1(def, [x, try rt.allAxes(of: x)], attrs: notKept) })
            }
            let p = try a.bind(fname, ["input_tensor", "axis", "keepdims", "name", "reduction_indices", "keep_dims"], required: 1)
            let x = try i.tfHandle(p[0] ?? .none)
            let keep = try (p[2] ?? p[5]).map { try i.truthy($0) } ?? false
            let axisV = p[1].flatMap { $0.isNone ? nil : $0 } ?? p[4].flatMap { $0.isNone ? nil : $0 }
            let axis: Value
            if let axisV {
                axis = axisV
            } else {
                // All axes, made before the op's scope as TF's _ReductionDims does: a constant for a
                // known rank above 0, else range(0, rank(x)).
                axis = i.wrap(try tfCall(i) { try i.tf.runtime.allAxes(of: x) })
            }
            let out = try i.tfOp1(type, name: p[3], defaultName: dflt, inputs: [(i.wrap(x), "input"), (axis, "reduction_indices")],
                                  attrs: ["keep_dims": .bool(keep)], matchFirstDType: false,
                                  eagerName: Interpreter.isSequence(axisV) ? nil : p[3]?.asString ?? "")
            // math_ops._may_reduce_to_scalar: a reduction over all axes without keepdims is a scalar.
            if axisV == nil, !keep, let t = out.asObject as? PyTFTensor, let g = t.handle.graphTensor, g.shape.knownDims == nil {
                g.shape = TensorShape([])
            }
            return out
        }
    }
    m.function("expand_dims") { i, a in
        let p = try a.bind("expand_dims", v1 ? ["input", "axis", "name", "dim"] : ["input", "axis", "name"], required: 1)
        guard let axis = (p[1].flatMap { $0.isNone ? nil : $0 }) ?? (v1 ? p[3] : nil) else {
            throw PyError.valueError("Must specify an axis argument to tf.expand_dims()")
        }
        return try i.tfOp1("ExpandDims", name: p[2], inputs: [(p[0] ?? .none, "input"), (axis, "dim")], matchFirstDType: false)
    }
    m.function("squeeze") { i, a in
        let p = try a.bind("squeeze", v1 ? ["input", "axis", "name", "squeeze_dims"] : ["input", "axis", "name"], required: 1)
        let axisV = p[1].flatMap { $0.isNone ? nil : $0 } ?? (v1 ? p[3].flatMap { $0.isNone ? nil : $0 } : nil)
        var axes: [Int] = []
        if let axisV {
            if let single = try? i.index(axisV) { axes = [single] } else { axes = try i.collect(axisV).map { try i.index($0) } }
        }
        return try i.tfOp1("Squeeze", name: p[2], inputs: [(p[0] ?? .none, "input")], attrs: ["squeeze_dims": .ints(axes)])
    }
    m.function("stack") { i, a in
        let p = try a.bind("stack", ["values", "axis", "name"], required: 1)
        let items = try i.collect(p[0] ?? .none)
        let axis = try p[1].flatMap { $0.isNone ? nil : try i.index($0) } ?? 0
        let inputs = items.enumerated().map { ($0.element, "values_\($0.offset)") }
        return try i.tfOp1("Pack", name: p[2] ?? .str("stack"), inputs: inputs, attrs: ["N": .int(items.count), "axis": .int(axis)])
    }
    m.function("unstack") { i, a in
        let p = try a.bind("unstack", ["value", "num", "axis", "name"], required: 1)
        let x = try i.tfHandle(p[0] ?? .none)
        let axis = try p[2].flatMap { $0.isNone ? nil : try i.index($0) } ?? 0
        let num: Int
        if let n = p[1], !n.isNone {
            num = try i.index(n)
        } else {
            guard let dims = x.shape.dims, !dims.isEmpty, let d = dims[axis < 0 ? axis + dims.count : axis] else {
                throw PyError.valueError("Cannot infer argument `num` from shape \(x.shape)")
            }
            num = d
        }
        let outs = try i.tfOp("Unpack", name: p[3] ?? .str("unstack"), inputs: [(i.wrap(x), "value")], attrs: ["num": .int(num), "axis": .int(axis)])
        return .object(PyList(outs.map { i.wrap($0) }))
    }
    m.function("one_hot") { i, a in
        let p = try a.bind("one_hot", ["indices", "depth", "on_value", "off_value", "axis", "dtype", "name"], required: 2)
        let dtype = try i.tfDType(p[5]) ?? .float32
        let scope = p[6].flatMap { $0.asString } ?? "one_hot"
        return try i.tfCallInScope(scope) { rt, name in
            let on = try i.tfHandle(p[2].flatMap { $0.isNone ? nil : $0 } ?? .int(1), dtype: dtype, name: "on_value")
            let off = try i.tfHandle(p[3].flatMap { $0.isNone ? nil : $0 } ?? .int(0), dtype: dtype, name: "off_value")
            let axis = try p[4].flatMap { $0.isNone ? nil : try i.index($0) } ?? -1
            // The op converts its own inputs inside its name scope (`one_hot/indices`, `one_hot/depth`).
            let indices = try i.tfHandle(p[0] ?? .none, name: "indices")
            let depth = try i.tfHandle(p[1] ?? .none, dtype: .int32, name: "depth")
            return try rt.execute1("OneHot", [indices, depth, on, off], attrs: ["axis": .int(axis)], name: name)
        }
    }
    m.function("range") { i, a in
        let p = try a.bind("range", ["start", "limit", "delta", "dtype", "name"], required: 1)
        var (start, limit) = (p[0] ?? .none, p[1] ?? .none)
        if limit.isNone { (start, limit) = (.int(0), start) }
        let delta = p[2].flatMap { $0.isNone ? nil : $0 } ?? .int(1)
        let scope = p[4].flatMap { $0.asString } ?? "range"
        // The dtype: given, else the widest of the three (float when any is a float).
        let values = [start, limit, delta]
        var dtype = try i.tfDType(p[3])
        if dtype == nil {
            // Without making constants: a tensor's dtype, float32 for a Python float, int32 else.
            let order: [DType] = [.int32, .int64, .float32, .float64]
            let dtypes: [DType] = values.map { v in
                if let t = v.asObject as? PyTFTensor { return t.handle.dtype }
                if case .float = v { return .float32 }
                return .int32
            }
            dtype = dtypes.max { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        }
        return try i.tfCallInScope(scope) { rt, name in
            let s = try i.tfHandle(start, dtype: dtype, name: "start")
            let l = try i.tfHandle(limit, dtype: dtype, name: "limit")
            let d = try i.tfHandle(delta, dtype: dtype, name: "delta")
            return try rt.execute1("Range", [s, l, d], attrs: ["Tidx": .type(dtype ?? .int32)], name: name)
        }
    }
    m.function("gather") { i, a in
        let p = try a.bind("gather", ["params", "indices", "validate_indices", "axis", "batch_dims", "name"], required: 2)
        let axis = p[3].flatMap { $0.isNone ? nil : $0 } ?? .int(0)
        return try i.tfOp1("GatherV2", name: p[5], inputs: [(p[0] ?? .none, "params"), (p[1] ?? .none, "indices"), (axis, "axis")],
                           attrs: ["batch_dims": .int(0)], matchFirstDType: false)
    }
    m.function("where") { i, a in
        let p = try a.bind("where", ["condition", "x", "y", "name"], required: 1)
        let x = p[1].flatMap { $0.isNone ? nil : $0 }, y = p[2].flatMap { $0.isNone ? nil : $0 }
        guard let x, let y else {
            // With only a condition: the coordinates of its true elements (one Where op).
            if x != nil || y != nil { throw PyError.valueError("x and y must both be non-None or both be None.") }
            return try i.tfOp1("Where", name: p[3], inputs: [(p[0] ?? .none, "condition")], matchFirstDType: false)
        }
        return try i.tfOp1(v1 ? "Select" : "SelectV2", name: p[3], inputs: [(p[0] ?? .none, "condition"), (x, "t"), (y, "e")],
                           matchFirstDType: false)
    }
    m.function("tile") { i, a in
        let p = try a.bind("tile", ["input", "multiples", "name"], required: 2)
        return try i.tfOp1("Tile", name: p[2], defaultName: "Tile", inputs: [(p[0] ?? .none, "input"), (p[1] ?? .none, "multiples")],
                           matchFirstDType: false, eagerName: Interpreter.isSequence(p[1]) ? nil : p[2]?.asString ?? "")
    }
    m.function("concat") { i, a in
        let p = try a.bind("concat", ["values", "axis", "name"], required: 2)
        let items = try i.collect(p[0] ?? .none)
        var inputs = items.enumerated().map { ($0.element, "values_\($0.offset)") }
        inputs.append((p[1] ?? .int(0), "axis"))
        return try i.tfOp1("ConcatV2", name: p[2] ?? .str("concat"), inputs: inputs, matchFirstDType: false,
                           eagerName: p[2]?.asString ?? "concat")
    }
    for (fname, ones) in [("zeros", false), ("ones", true)] {
        m.function(fname) { i, a in
            let p = try a.bind(fname, ["shape", "dtype", "name"], required: 1)
            let dtype = try i.tfDType(p[1]) ?? .float32
            guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("\(fname)() needs a known shape") }
            // A negative dimension is TF's Fill kernel's InvalidArgumentError.
            if let bad = dims.first(where: { $0 < 0 }) {
                throw i.pythonError(TFError(.invalidArgument, "{{function_node __wrapped__Fill_device_/job:localhost/replica:0/task:0/device:CPU:0}} Dimension \(bad) must be >= 0 [Op:Fill] name: "))
            }
            return i.wrap(try tfCall(i) {
                let t = ones ? try Kernels.ones(dims, dtype: dtype) : try Kernels.zeros(dims, dtype: dtype)
                return try i.tf.runtime.constant(t, name: p[2].flatMap { $0.asString } ?? fname)
            })
        }
    }
    m.function("fill") { i, a in
        let p = try a.bind("fill", ["dims", "value", "name"], required: 2)
        return try i.tfOp1("Fill", name: p[2], inputs: [(p[0] ?? .none, "dims"), (p[1] ?? .none, "value")], matchFirstDType: false)
    }
    m.function("shape") { i, a in
        let p = try a.bind("shape", ["input", "out_type", "name"], required: 1)
        return try i.tfOp1("Shape", name: p[2], inputs: [(p[0] ?? .none, "input")])
    }
    m.function("add_to_collection") { i, a in
        let p = try a.bind("add_to_collection", ["name", "value"], required: 2)
        guard let key = p[0]?.asString, let o = p[1]?.asObject else { throw PyError.typeError("add_to_collection(name, value)") }
        i.tf.runtime.defaultGraph.addToCollection(key, o)
        return .none
    }
    m.function("get_collection") { i, a in
        let p = try a.bind("get_collection", ["key", "scope"], required: 1)
        guard let key = p[0]?.asString else { throw PyError.typeError("get_collection(key)") }
        let scope = p[1].flatMap { $0.asString }
        var items: [Value] = []
        for o in i.tf.runtime.defaultGraph.collection(key) {
            guard let obj = o as? PyObject else { continue }
            if let scope {
                // A scope filters by the start of the item's name, as TF's re.match does.
                guard let name = try? i.getAttribute(.object(obj), "name").asString, name.hasPrefix(scope) else { continue }
            }
            items.append(.object(obj))
        }
        return .object(PyList(items))
    }
    let graphKeys = PyModule(name: "GraphKeys")
    for (attr, key) in [("GLOBAL_VARIABLES", "variables"), ("TRAINABLE_VARIABLES", "trainable_variables"), ("LOSSES", "losses"),
                        ("REGULARIZATION_LOSSES", "regularization_losses"), ("UPDATE_OPS", "update_ops"), ("SUMMARIES", "summaries")] {
        graphKeys[attr] = .str(key)
    }
    m["GraphKeys"] = .object(graphKeys)
    m.function("rank") { i, a in
        let p = try a.bind("rank", ["input", "name"], required: 1)
        return try i.tfOp1("Rank", name: p[1], inputs: [(p[0] ?? .none, "input")])
    }
    m.function("size") { i, a in
        let p = try a.bind("size", v1 ? ["input", "name", "out_type"] : ["input", "out_type", "name"], required: 1)
        let outType = try i.tfDType(v1 ? p[2] : p[1]) ?? .int32
        return try i.tfOp1("Size", name: v1 ? p[1] : p[2], inputs: [(p[0] ?? .none, "input")], attrs: ["out_type": .type(outType)])
    }
    m.function("no_op") { i, a in
        let p = try a.bind("no_op", ["name"])
        guard let graph = i.tf.runtime.currentGraph else { return .none }
        return .object(PyTFOperation(try tfCall(i) { try graph.addOperation(type: "NoOp", inputs: [], name: p[0].flatMap { $0.asString } ?? "NoOp") }))
    }
    m.function("group") { i, a in
        let name = a.keyword("name")?.asString ?? "group_deps"
        var deps: [Operation] = []
        func add(_ v: Value) throws {
            if let o = v.asObject as? PyTFOperation { deps.append(o.op) }
            else if let t = v.asObject as? PyTFTensor, let g = t.handle.graphTensor { deps.append(g.op) }
            else if let variable = v.asObject as? PyTFVariable, let op = variable.assignOp ?? variable.initializerOp { deps.append(op) }
            else if v.asObject is PyList || v.asObject is PyTuple { for x in try i.collect(v) { try add(x) } }
        }
        for v in a.positional { try add(v) }
        guard let graph = i.tf.runtime.currentGraph ?? deps.first?.graph else { return .none }
        return .object(PyTFOperation(try tfCall(i) { try graph.addOperation(type: "NoOp", inputs: [], name: name, controlInputs: deps) }))
    }
    m.function("gradients") { i, a in
        let p = try a.bind("gradients", ["ys", "xs", "grad_ys", "name", "colocate_gradients_with_ops", "gate_gradients", "aggregation_method", "stop_gradients", "unconnected_gradients"], required: 2)
        func tensors(_ v: Value) throws -> [GraphTensor] {
            let items = (v.asObject is PyList || v.asObject is PyTuple) ? try i.collect(v) : [v]
            return try items.map { x in
                if let t = x.asObject as? PyTFTensor, let g = t.handle.graphTensor { return g }
                if let variable = x.asObject as? PyTFVariable, let h = variable.handle { return h }
                throw PyError.typeError("tf.gradients is not supported when eager execution is enabled. Use tf.GradientTape instead.")
            }
        }
        let ys = try tensors(p[0] ?? .none)
        let xs = try tensors(p[1] ?? .none)
        var gradYs: [GraphTensor?]?
        if let gy = p[2], !gy.isNone { gradYs = try tensors(gy) }
        let name = p[3].flatMap { $0.asString } ?? "gradients"
        let grads = try tfCall(i) { try i.tf.runtime.gradients(ys: ys, xs: xs, gradYs: gradYs, name: name) }
        return .object(PyList(grads.map { $0.map { i.wrap(.symbolic($0)) } ?? .none }))
    }
    // The TF1 names of the random ops (tf.compat.v1 only).
    if v1 {
        m.function("random_uniform") { i, a in
            let p = try a.bind("random_uniform", ["shape", "minval", "maxval", "dtype", "seed", "name"], required: 1)
            let dtype = try i.tfDType(p[3]) ?? .float32
            if let r = try i.plainRandomUniform(p[0] ?? .none, minval: p[1], maxval: p[2], dtype: dtype, seed: p[4], name: p[5]) {
                return r
            }
            guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random_uniform needs a known shape") }
            let lo = try p[1].map { try i.toDouble($0) } ?? 0, hi = try p[2].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 1
            let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
            return i.wrap(try i.randomUniformOps(shape: dims, minval: lo, maxval: hi, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "random_uniform"))
        }
        m.function("truncated_normal") { i, a in
            let p = try a.bind("truncated_normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], required: 1)
            let dtype = try i.tfDType(p[3]) ?? .float32
            guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("truncated_normal needs a known shape") }
            let mean = try p[1].map { try i.toDouble($0) } ?? 0, std = try p[2].map { try i.toDouble($0) } ?? 1
            let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
            return i.wrap(try i.truncatedNormalOps(shape: dims, mean: mean, stddev: std, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "truncated_normal"))
        }
        m.function("random_normal") { i, a in
            let p = try a.bind("random_normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], required: 1)
            let dtype = try i.tfDType(p[3]) ?? .float32
            guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random_normal needs a known shape") }
            let mean = try p[1].map { try i.toDouble($0) } ?? 0, std = try p[2].map { try i.toDouble($0) } ?? 1
            let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
            return i.wrap(try i.randomNormalOps(shape: dims, mean: mean, stddev: std, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "random_normal"))
        }

    }

    // Variables and initialisation.
    m.function("global_variables_initializer") { i, _ in try i.variablesInitializer(i.graphVariables("variables"), name: "init") }
    m.function("initialize_all_variables") { i, _ in try i.variablesInitializer(i.graphVariables("variables"), name: "init") }
    m.function("variables_initializer") { i, a in
        let p = try a.bind("variables_initializer", ["var_list", "name"], required: 1)
        let vars = try i.collect(p[0] ?? .none).compactMap { $0.asObject as? PyTFVariable }
        return try i.variablesInitializer(vars, name: p[1].flatMap { $0.asString } ?? "init")
    }
    m.function("global_variables") { i, _ in .object(PyList(i.graphVariables("variables").map { .object($0) })) }
    m.function("trainable_variables") { i, _ in .object(PyList(i.graphVariables("trainable_variables").map { .object($0) })) }
    for (fname, op) in [("assign", "AssignVariableOp"), ("assign_add", "AssignAddVariableOp"), ("assign_sub", "AssignSubVariableOp")] {
        m.function(fname) { i, a in
            let p = try a.bind(fname, ["ref", "value", "validate_shape", "use_locking", "name"], required: 2)
            guard let variable = p[0]?.asObject as? PyTFVariable else {
                throw PyError.typeError("\(fname)() needs a variable")
            }
            return try i.assignVariable(variable, op: op, value: p[1] ?? .none, name: p[4])
        }
    }
    m.function("control_dependencies") { i, a in
        let p = try a.bind("control_dependencies", ["control_inputs"], required: 1)
        return try i.controlDependenciesManager(i.tf.runtime.currentGraph, p[0] ?? .none)
    }
    m.function("name_scope") { i, a in
        let p = try a.bind("name_scope", ["name", "default_name", "values"], required: 1)
        return i.nameScopeManager(i.tf.runtime.defaultGraph, p[0] ?? .none, defaultName: p[1])
    }
    installInitializers(m)
    installVariableScopes(m, interp)
    installTrainModule(m)
    installSaverAndSummaries(m, v1: v1)
    if !v1 { installTF2IO(m) } else { installCheckpointReaders(m) }

    m.function("as_dtype") { i, a in
        guard let d = try i.tfDType(a.positional.first) else { throw PyError.typeError("Cannot convert None to a TensorFlow DType.") }
        return .object(PyTFDType.of(d))
    }
    let random = PyModule(name: "\(m.name).random")
    random.function("uniform") { i, a in
        let p = try a.bind("uniform", ["shape", "minval", "maxval", "dtype", "seed", "name"], required: 1)
        let dtype = try i.tfDType(p[3]) ?? .float32
        if let plain = try i.plainRandomUniform(p[0] ?? .none, minval: p[1], maxval: p[2], dtype: dtype, seed: p[4], name: p[5]) {
            return plain
        }
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.uniform needs a known shape") }
        let lo = try p[1].map { try i.toDouble($0) } ?? 0, hi = try p[2].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 1
        let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
        return i.wrap(try i.randomUniformOps(shape: dims, minval: lo, maxval: hi, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "random_uniform"))
    }
    // tf.random.stateless_uniform / stateless_normal: values fixed by the seed pair.
    func seedPair(_ v: Value?, _ i: Interpreter) throws -> Tensor {
        guard let v, !v.isNone else { throw PyError.typeError("missing required argument 'seed'") }
        let t: Tensor
        if let tt = v.asObject as? PyTFTensor, let e = tt.handle.eagerValue { t = e } else { t = try NumpyBridge.tensor(from: v, interp: i) }
        let values: [Int]
        switch t.storage {
        case .int32(let v): values = v.map { Int($0) }
        case .int64(let v): values = v.map { Int($0) }
        default: throw PyError.typeError("The seed of a stateless random op must be integers, not \(t.dtype.name)")
        }
        guard values.count == 2, t.rank == 1 else {
            throw PyError.valueError("Shape must be rank 1 and have 2 elements: seed must be a pair of integers")
        }
        // A pair of Python ints becomes int32 when both fit, as tf.convert_to_tensor makes it.
        if t.dtype == .int32 || values.allSatisfy({ Int(Int32.min)...Int(Int32.max) ~= $0 }) {
            return try Tensor(values.map { Int32($0) }, shape: [2])
        }
        return try Tensor(values.map { Int64($0) }, shape: [2])
    }
    random.function("stateless_uniform") { i, a in
        let p = try a.bind("stateless_uniform", ["shape", "seed", "minval", "maxval", "dtype", "name", "alg"], required: 2)
        let dtype = try i.tfDType(p[4]) ?? .float32
        guard dtype.isFloating else { throw PyError.valueError("stateless_uniform: only floating dtypes are supported here") }
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.stateless_uniform needs a known shape") }
        let lo = try p[2].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 0, hi = try p[3].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 1
        return i.wrap(try i.statelessRandomUniformOps(shape: dims, seed: try seedPair(p[1], i), minval: lo, maxval: hi, dtype: dtype,
                                                     name: p[5].flatMap { $0.asString } ?? "stateless_random_uniform"))
    }
    random.function("stateless_normal") { i, a in
        let p = try a.bind("stateless_normal", ["shape", "seed", "mean", "stddev", "dtype", "name", "alg"], required: 2)
        let dtype = try i.tfDType(p[4]) ?? .float32
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.stateless_normal needs a known shape") }
        let mean = try p[2].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 0, std = try p[3].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 1
        return i.wrap(try i.statelessRandomNormalOps(shape: dims, seed: try seedPair(p[1], i), mean: mean, stddev: std, dtype: dtype,
                                                    name: p[5].flatMap { $0.asString } ?? "stateless_random_normal"))
    }
    random.function("truncated_normal") { i, a in
        let p = try a.bind("truncated_normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], required: 1)
        let dtype = try i.tfDType(p[3]) ?? .float32
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.truncated_normal needs a known shape") }
        let mean = try p[1].map { try i.toDouble($0) } ?? 0, std = try p[2].map { try i.toDouble($0) } ?? 1
        let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
        return i.wrap(try i.truncatedNormalOps(shape: dims, mean: mean, stddev: std, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "truncated_normal"))
    }
    random.function("stateless_truncated_normal") { i, a in
        let p = try a.bind("stateless_truncated_normal", ["shape", "seed", "mean", "stddev", "dtype", "name", "alg"], required: 2)
        let dtype = try i.tfDType(p[4]) ?? .float32
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.stateless_truncated_normal needs a known shape") }
        let mean = try p[2].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 0, std = try p[3].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 1
        return i.wrap(try i.statelessTruncatedNormalOps(shape: dims, seed: try seedPair(p[1], i), mean: mean, stddev: std, dtype: dtype,
                                                       name: p[5].flatMap { $0.asString } ?? "stateless_truncated_normal"))
    }
    random.function("normal") { i, a in
        let p = try a.bind("normal", ["shape", "mean", "stddev", "dtype", "seed", "name"], required: 1)
        let dtype = try i.tfDType(p[3]) ?? .float32
        guard let dims = try i.tfShape(p[0]).knownDims else { throw PyError.valueError("random.normal needs a known shape") }
        let mean = try p[1].map { try i.toDouble($0) } ?? 0, std = try p[2].map { try i.toDouble($0) } ?? 1
        let seed = try p[4].flatMap { $0.isNone ? nil : try i.index($0) }
        return i.wrap(try i.randomNormalOps(shape: dims, mean: mean, stddev: std, dtype: dtype, seed: seed, name: p[5].flatMap { $0.asString } ?? "random_normal"))
    }
    random.function("set_seed") { i, a in
        let p = try a.bind("set_seed", ["seed"], required: 1)
        let seed = try p[0].flatMap { $0.isNone ? nil : try i.index($0) }
        i.tf.runtime.globalSeed = seed
        i.tf.runtime.defaultGraph.seed = seed
        if i.tf.runtime.executingEagerly { i.tf.runtime.resetEagerRandomStreams() }
        return .none
    }
    m["random"] = .object(random)
    // tf.keras and the functions written in Python are loaded on first use (PEP 562 module
    // __getattr__).
    let extras = ["cumsum": "cumsum", "linspace": "linspace", "eye": "eye", "pad": "pad", "split": "split",
                  "sort": "sort", "argsort": "argsort", "boolean_mask": "boolean_mask", "reduce_logsumexp": "reduce_logsumexp",
                  "clip_by_norm": "clip_by_norm", "clip_by_global_norm": "clip_by_global_norm", "norm": "norm",
                  "tensordot": "tensordot", "slice": "slice_", "broadcast_to": "broadcast_to",
                  "reverse": "reverse"]
    let v1Extras = ["losses": "losses_v1", "layers": "layers_v1", "log_sigmoid": "log_sigmoid", "global_norm": "global_norm",
                    "cumprod": "cumprod", "Print": "print_v1", "count_nonzero": "count_nonzero_v1",
                    "reverse_v2": "reverse"]
    m.function("__getattr__") { i, a in
        guard let name = a.positional.first?.asString else { throw PyError.typeError("attribute name must be a string") }
        if !v1 && name == "keras" {
            let keras = try i.importModule("tensorflow.keras")
            (try i.importModule("tensorflow"))["keras"] = .object(keras)
            return .object(keras)
        }
        if let target = extras[name] ?? (v1 ? v1Extras[name] : nil) {
            return try i.getAttribute(.object(try i.importModule("tensorflow._extras")), target)
        }
        throw PyError.attributeError("module '\(v1 ? "tensorflow.compat.v1" : "tensorflow")' has no attribute '\(name)'")
    }
    /// A submodule's `__getattr__` for the Python-written functions it has.
    func extrasLookup(_ module: PyModule, _ table: [String: String]) {
        module.function("__getattr__") { i, a in
            guard let name = a.positional.first?.asString else { throw PyError.typeError("attribute name must be a string") }
            guard let target = table[name] else { throw PyError.attributeError("module '\(module.name)' has no attribute '\(name)'") }
            return try i.getAttribute(.object(try i.importModule("tensorflow._extras")), target)
        }
    }
    let nn = PyModule(name: "\(m.name).nn")
    nn.function("relu") { i, a in
        let p = try a.bind("relu", ["features", "name"], required: 1)
        return try i.tfOp1("Relu", name: p[1], inputs: [(p[0] ?? .none, "features")])
    }
    nn.function("bias_add") { i, a in
        let p = try a.bind("bias_add", ["value", "bias", "data_format", "name"], required: 2)
        if let f = p[2], !f.isNone, f.asString != "NHWC", f.asString != "N...C" {
            throw PyError.valueError("data_format must be of the form `N...C` or `NC...`")
        }
        return try i.tfOp1("BiasAdd", name: p[3], defaultName: "BiasAdd", inputs: [(p[0] ?? .none, "value"), (p[1] ?? .none, "bias")],
                           attrs: ["data_format": .string("NHWC")], wrapperScope: true)
    }
    nn.function("sigmoid") { i, a in
        let p = try a.bind("sigmoid", ["x", "name"], required: 1)
        return try i.tfOp1("Sigmoid", name: p[1], inputs: [(p[0] ?? .none, "x")])
    }
    nn.function("tanh") { i, a in
        let p = try a.bind("tanh", ["x", "name"], required: 1)
        return try i.tfOp1("Tanh", name: p[1], inputs: [(p[0] ?? .none, "x")])
    }
    for (fname, type) in [("softmax", "Softmax"), ("log_softmax", "LogSoftmax")] {
        nn.function(fname) { i, a in
            let p = try a.bind(fname, ["logits", "axis", "name"], required: 1)
            let h = try i.tfHandle(p[0] ?? .none)
            if let axisValue = p[1], !axisValue.isNone {
                let axis = try i.index(axisValue)
                guard let rank = h.shape.rank else {
                    throw PyError.notImplemented("\(fname) along an axis needs a known rank")
                }
                if axis != -1 && axis != rank - 1 {
                    throw PyError.notImplemented("\(fname) along an axis other than the last is not supported yet")
                }
            }
            return try i.tfOp1(type, name: p[2], inputs: [(i.wrap(h), "logits")])
        }
    }
    /// softmax_cross_entropy_with_logits (TF2's, and compat.v1's _v2): the fused op on [batch,
    /// classes] logits, in its name scope. `stopLabels` is compat.v1's older form, which does not
    /// back-propagate into the labels.
    func crossEntropy(_ fname: String, stopLabels: Bool) {
        nn.function(fname) { i, a in
            let p = try a.bind(fname, stopLabels ? ["_sentinel", "labels", "logits", "dim", "name", "axis"]
                                                 : ["labels", "logits", "axis", "name", "dim"])
            let (labelsV, logitsV, axisV, nameV) = stopLabels ? (p[1], p[2], p[5] ?? p[3], p[4]) : (p[0], p[1], p[2] ?? p[4], p[3])
            guard let labelsV, let logitsV, !labelsV.isNone, !logitsV.isNone else {
                throw PyError.valueError("Both labels and logits must be provided.")
            }
            if let axisV, !axisV.isNone, try i.index(axisV) != -1 {
                throw PyError.notImplemented("\(fname) along an axis other than the last is not supported yet")
            }
            let scope = nameV.flatMap { $0.asString } ?? "softmax_cross_entropy_with_logits"
            return try i.tfCallInScope(scope) { rt, name in
                let logits = try i.tfHandle(logitsV, name: "logits")
                var labels = try i.tfHandle(labelsV, dtype: logits.dtype, name: "labels")
                if stopLabels { labels = try rt.execute1("StopGradient", [labels]) }
                guard logits.shape.rank == 2 else {
                    throw PyError.notImplemented("\(fname) on logits of rank other than 2 is not supported yet")
                }
                return try rt.execute("SoftmaxCrossEntropyWithLogits", [logits, labels], name: name)[0]
            }
        }
    }
    crossEntropy("softmax_cross_entropy_with_logits", stopLabels: v1)
    if v1 { crossEntropy("softmax_cross_entropy_with_logits_v2", stopLabels: false) }
    nn.function("sparse_softmax_cross_entropy_with_logits") { i, a in
        let p = try a.bind("sparse_softmax_cross_entropy_with_logits", v1 ? ["_sentinel", "labels", "logits", "name"] : ["labels", "logits", "name"])
        let (labelsV, logitsV, nameV) = v1 ? (p[1], p[2], p[3]) : (p[0], p[1], p[2])
        guard let labelsV, let logitsV, !labelsV.isNone, !logitsV.isNone else {
            throw PyError.valueError("Both labels and logits must be provided.")
        }
        let scope = nameV.flatMap { $0.asString } ?? "SparseSoftmaxCrossEntropyWithLogits"
        return try i.tfCallInScope(scope) { rt, name in
            let labels = try i.tfHandle(labelsV, name: "labels")
            let logits = try i.tfHandle(logitsV, name: "logits")
            guard logits.shape.rank == 2 else {
                throw PyError.notImplemented("sparse_softmax_cross_entropy_with_logits on logits of rank other than 2 is not supported yet")
            }
            return try rt.execute("SparseSoftmaxCrossEntropyWithLogits", [logits, labels], name: name)[0]
        }
    }
    nn.function("softplus") { i, a in
        let p = try a.bind("softplus", ["features", "name"], required: 1)
        return try i.tfOp1("Softplus", name: p[1], inputs: [(p[0] ?? .none, "features")])
    }
    nn.function("leaky_relu") { i, a in
        let p = try a.bind("leaky_relu", ["features", "alpha", "name"], required: 1)
        let alpha = try p[1].flatMap { $0.isNone ? nil : try i.toDouble($0) } ?? 0.2
        return try i.tfOp1("LeakyRelu", name: p[2], inputs: [(p[0] ?? .none, "features")], attrs: ["alpha": .float(alpha)])
    }
    nn.function("l2_loss") { i, a in
        let p = try a.bind("l2_loss", ["t", "name"], required: 1)
        return try i.tfOp1("L2Loss", name: p[1], inputs: [(p[0] ?? .none, "t")])
    }
    m["nn"] = .object(nn)
    var nnExtras = ["dropout": v1 ? "dropout_v1" : "dropout", "top_k": "top_k",
                    "sigmoid_cross_entropy_with_logits": "sigmoid_cross_entropy_with_logits",
                    "silu": "swish", "swish": "swish", "l2_normalize": "l2_normalize",
                    "moments": v1 ? "moments_v1" : "moments", "batch_normalization": "batch_normalization"]
    if !v1 { nnExtras["gelu"] = "gelu" }
    extrasLookup(nn, nnExtras)
    let linalg = PyModule(name: "\(m.name).linalg")
    extrasLookup(linalg, ["eye": "eye", "norm": "norm", "global_norm": "global_norm", "tensordot": "tensordot"])
    linalg["inv"] = m["matrix_inverse"]
    linalg["solve"] = m["matrix_solve"]
    linalg["matmul"] = m["matmul"]
    m["linalg"] = .object(linalg)
    for (fname, type) in [("argmax", "ArgMax"), ("argmin", "ArgMin")] {
        m.function(fname) { i, a in
            let p = try a.bind(fname, v1 ? ["input", "axis", "name", "dimension", "output_type"] : ["input", "axis", "output_type", "name"], required: 1)
            let (axisV, nameV, typeV) = v1 ? (p[1] ?? p[3], p[2], p[4]) : (p[1], p[3], p[2])
            let axis: Value = (axisV.map { $0.isNone ? nil : $0 } ?? nil) ?? .int(0)
            let outputType = try i.tfDType(typeV) ?? .int64
            return try i.tfOp1(type, name: nameV, inputs: [(p[0] ?? .none, "input"), (axis, "dimension")],
                               attrs: ["output_type": .type(outputType)], matchFirstDType: false)
        }
    }
    m.function("clip_by_value") { i, a in
        let p = try a.bind("clip_by_value", ["t", "clip_value_min", "clip_value_max", "name"], required: 3)
        let scope = p[3].flatMap { $0.asString } ?? "clip_by_value"
        return try i.tfCallInScope(scope) { rt, name in
            // minimum(t, max), then maximum(that, min) named as the scope.
            let values = try i.tfHandle(p[0] ?? .none, name: "t")
            let tMin = try i.tfOp("Minimum", inputs: [(i.wrap(values), "x"), (p[2] ?? .none, "y")])[0]
            let low = try i.tfHandle(p[1] ?? .none, dtype: values.dtype, name: "y")
            return try rt.execute1("Maximum", [tMin, low], name: name)
        }
    }
    // The ops behind functions written in Python (`tfExtrasSource`): `_raw_op(type, [(value,
    // argument name), ...], attrs, name, default_name, match_first_dtype, input_dtype)` builds one
    // op as TF's generated wrappers do (a scope named after it, Python values converted inside it,
    // to the first tensor's dtype or to `input_dtype`) and returns its outputs.
    m.function("_raw_op") { i, a in
        let p = try a.bind("_raw_op", ["type", "inputs", "attrs", "name", "default_name", "match_first_dtype", "input_dtype"], required: 2)
        guard let type = p[0]?.asString else { throw PyError.typeError("_raw_op needs an op type") }
        var inputs: [(Value, String)] = []
        for item in try i.collect(p[1] ?? .none) {
            let pair = try i.collect(item)
            guard pair.count == 2, let arg = pair[1].asString else { throw PyError.typeError("_raw_op inputs are (value, name) pairs") }
            inputs.append((pair[0], arg))
        }
        var attrs: Attrs = [:]
        if let d = p[2]?.asObject as? PyDict {
            for (k, v) in d.table.entries {
                guard let key = k.asString else { continue }
                switch v {
                case .bool(let b): attrs[key] = .bool(b)
                case .int(let n): attrs[key] = .int(n)
                case .float(let x): attrs[key] = .float(x)
                default:
                    if let s = v.asString { attrs[key] = .string(s) }
                    else if let dt = v.asObject as? PyTFDType { attrs[key] = .type(dt.dtype) }
                    else { attrs[key] = .ints(try i.collect(v).map { try i.index($0) }) }
                }
            }
        }
        let matchFirst = try p[5].map { try i.truthy($0) } ?? false
        // A Python list among the inputs sends TF's generated wrapper down its slower path, whose
        // errors end without " name: ".
        let eagerName = inputs.contains { Interpreter.isSequence($0.0) } ? nil : (p[3]?.asString ?? "")
        let outs = try i.tfOp(type, name: p[3], defaultName: p[4]?.asString, inputs: inputs, attrs: attrs,
                              inputDType: try i.tfDType(p[6]), matchFirstDType: matchFirst, eagerName: eagerName)
        return .object(PyList(outs.map { i.wrap($0) }))
    }
    let math = PyModule(name: "\(m.name).math")
    for n in ["square", "sqrt", "exp", "log", "abs", "negative", "add", "subtract", "multiply", "divide", "truediv", "maximum", "minimum",
              "pow", "reduce_sum", "reduce_mean", "reduce_max", "reduce_min", "sigmoid", "tanh", "add_n", "equal", "less", "greater",
              "squared_difference", "reciprocal", "sign", "logical_and", "logical_or", "logical_not", "not_equal", "less_equal", "greater_equal",
              "argmax", "argmin"] {
        math[n] = m[n]
    }
    for (n, type) in [("floor", "Floor"), ("ceil", "Ceil"), ("round", "Round"), ("sin", "Sin"), ("cos", "Cos"), ("log1p", "Log1p"),
                      ("rsqrt", "Rsqrt")] {
        math.function(n) { i, a in
            let p = try a.bind(n, ["x", "name"], required: 1)
            return try i.tfOp1(type, name: p[1], inputs: [(p[0] ?? .none, "x")])
        }
        if ["floor", "round", "sin", "cos"].contains(n) || (v1 && ["ceil", "log1p", "rsqrt"].contains(n)) { m[n] = math[n] }
    }
    math["reduce_any"] = m["reduce_any"]
    math["reduce_all"] = m["reduce_all"]
    math["softplus"] = nn["softplus"]
    math["softmax"] = nn["softmax"]
    math["log_softmax"] = nn["log_softmax"]
    installMathFunctions(m, math: math, nn: nn, v1: v1)
    m["math"] = .object(math)
    extrasLookup(math, ["cumsum": "cumsum", "top_k": "top_k", "divide_no_nan": "divide_no_nan", "log_sigmoid": "log_sigmoid",
                        "l2_normalize": "l2_normalize", "reduce_logsumexp": "reduce_logsumexp",
                        "reduce_variance": "reduce_variance", "reduce_std": "reduce_std", "cumprod": "cumprod",
                        "count_nonzero": "count_nonzero"])
    return m
}

private func variableType(_ interp: Interpreter) -> PyType {
    let t = TFTypes.variable
    if t.newHook == nil {
        t.newHook = { i, _, a in
            let p = try a.bind("Variable", ["initial_value", "trainable", "validate_shape", "caching_device", "name", "variable_def", "dtype", "import_scope", "constraint", "use_resource", "synchronization", "aggregation", "shape"])
            guard let iv = p[0], !iv.isNone else { throw PyError.valueError("initial_value must be specified.") }
            return .object(try i.makeVariable(initialValue: iv, name: p[4].flatMap { $0.asString }, dtype: try i.tfDType(p[6]),
                                              trainable: try p[1].map { try i.truthy($0) } ?? true,
                                              shape: try p[12].flatMap { $0.isNone ? nil : try i.tfShape($0) }))
        }
    }
    return t
}

extension Interpreter {
    func graphVariables(_ key: String) -> [PyTFVariable] {
        tf.runtime.defaultGraph.collection(key).compactMap { $0 as? PyTFVariable }
    }

    func variablesInitializer(_ vars: [PyTFVariable], name: String) throws -> Value {
        guard let graph = tf.runtime.currentGraph else { return .none }
        let deps = vars.compactMap { $0.initializerOp }
        return .object(PyTFOperation(try tfCall(self) { try graph.addOperation(type: "NoOp", inputs: [], name: name, controlInputs: deps) }))
    }

    /// `tf.control_dependencies(control_inputs)` (`graph.control_dependencies`): in a graph, ops
    /// created inside the block get the given ops as control inputs (a tensor stands for its op, a
    /// variable for its op: the assign op for the result of `assign`); `None` clears outer blocks.
    /// Eagerly it only calls the callables in the list, as TF does. In a `tf.function`, ops and
    /// tensors from outside the traced graph are left out (TF keeps them as control captures).
    func controlDependenciesManager(_ graph: Graph?, _ controlInputs: Value) throws -> Value {
        guard let graph else {
            if !controlInputs.isNone {
                for c in try collect(controlInputs) {
                    guard case .object(let o) = c else { continue }
                    if o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o.pyType.lookup("__call__") != nil {
                        _ = try call(c, Args())
                    }
                }
            }
            return .object(PyContextManager(enter: { _ in .none }, exit: { _ in }))
        }
        var ops: [Operation]?
        if !controlInputs.isNone {
            var list: [Operation] = []
            for c in try collect(controlInputs) {
                let op: Operation?
                let element: String
                switch c.asObject {
                case let v as PyTFVariable:
                    op = v.assignOp ?? v.handle?.op
                    element = "Operation"
                case let o as PyTFOperation:
                    op = o.op
                    element = "Operation"
                case let t as PyTFTensor:
                    op = t.handle.graphTensor?.op
                    element = "Tensor"
                default:
                    throw PyError.typeError("Can not convert a \(c.typeName) into a Tensor or Operation.")
                }
                guard let op, op.graph === graph else {
                    if graph.isFunctionGraph { continue }
                    throw PyError.valueError("\(element) \(try str(c)) is not an element of this graph.")
                }
                list.append(op)
            }
            ops = list
        }
        var token: ControlDependencyToken?
        return .object(PyContextManager(enter: { _ in
            token = graph.pushControlDependencies(ops)
            return .none
        }, exit: { _ in
            if let t = token { graph.popControlDependencies(t) }
        }))
    }

    /// `with tf.name_scope(name) as scope:`: the graph's scope, or (eagerly) the eager name stack.
    func nameScopeManager(_ graph: Graph, _ name: Value, defaultName: Value? = nil) -> Value {
        var saved = ""
        var eager = false
        var scopeGraph = graph
        let n = name.asString ?? defaultName?.asString
        return .object(PyContextManager(enter: { i in
            let rt = i.tf.runtime
            guard let g = rt.currentGraph else {
                eager = true
                let base = rt.eagerNameStack.last.map { $0 + "/" } ?? ""
                let full = (n ?? "").hasSuffix("/") ? String((n ?? "").dropLast()) : base + (n ?? "")
                rt.eagerNameStack.append(full)
                return .str(full.isEmpty ? "" : full + "/")
            }
            scopeGraph = g
            let (scope, s) = g.pushNameScope(n)
            saved = s
            return .str(scope)
        }, exit: { i in
            if eager {
                if !i.tf.runtime.eagerNameStack.isEmpty { i.tf.runtime.eagerNameStack.removeLast() }
            } else {
                scopeGraph.popNameScope(saved)
            }
        }))
    }
}

/// `tf.UnconnectedGradients`: an enum with NONE ('none') and ZERO ('zero').
private func unconnectedGradientsType(_ interp: Interpreter) -> Value? {
    let source = """
    class UnconnectedGradients:
        def __init__(self, name, value):
            self.name = name
            self.value = value
        def __repr__(self):
            return f"<UnconnectedGradients.{self.name}: '{self.value}'>"
        def __str__(self):
            return f"UnconnectedGradients.{self.name}"
    UnconnectedGradients.NONE = UnconnectedGradients('NONE', 'none')
    UnconnectedGradients.ZERO = UnconnectedGradients('ZERO', 'zero')
    """
    let module = try? interp.execute(source: source, filename: "<tf.UnconnectedGradients>", moduleName: "tensorflow.python.ops.unconnected_gradients", library: true)
    return module?["UnconnectedGradients"]
}
