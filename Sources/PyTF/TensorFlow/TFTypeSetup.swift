import Python
import TFRuntime
import TensorCore

extension Interpreter {
    /// The numpy value of an eager tensor or a fetched tensor (`bytes` for a string scalar, as TF returns).
    func numpyValue(_ t: Tensor) -> Value {
        if t.dtype == .string, t.rank == 0, case .string(let s)? = t.storage.element(at: 0) {
            return .object(PyBytes(ByteString.decode(s)))
        }
        // numpy here has no object arrays of bytes: a string array holds the UTF-8 text.
        if case .string(let strings) = t.storage,
           let text = try? Tensor(strings.map { String(decoding: ByteString.decode($0), as: UTF8.self) }, shape: t.shape) {
            return NumpyBridge.value(text)
        }
        return NumpyBridge.value(t)
    }

    /// Python's text for a tensor shape in reprs: `()`, `(2, 3)`, `(None, 9)`.
    func shapeTuple(_ s: TensorShape) -> String { s.description }
}

enum TFTypeSetup {
    /// Filled once per process (Swift runs a static initializer exactly once, thread-safely).
    private static let installed: Void = {
        installDType()
        installShape()
        installTensor()
        installOperation()
        installGraph()
        installVariable()
        installSession()
        let cm = TFTypes.contextManager
        cm.method("__enter__") { i, a in
            guard let c = a.positional.first?.asObject as? PyContextManager else { return .none }
            return try c.enter(i)
        }
        cm.method("__exit__") { i, a in
            (try (a.positional.first?.asObject as? PyContextManager)?.exit(i))
            return .false
        }
        // OpError(node_def, op, message, *args), as TF's classes are made; str() is the message.
        TFErrorTypes.opError.method("__init__") { _, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .none }
            e.args = a.count >= 4 ? [a[3]] : Array(a.positional.dropFirst())
            return .none
        }
        // OpError.message: the report without the creation stack.
        TFErrorTypes.opError.property("message", get: { i, v in
            guard let e = v.asObject as? PyBaseException else { return .str("") }
            let text = try i.str(e.args.first ?? .str(""))
            if let r = text.range(of: "\n\nOriginal stack trace for") { return .str(String(text[..<r.lowerBound])) }
            return .str(text)
        })
    }()

    static func install() { _ = installed }

    private static func installDType() {
        let t = TFTypes.dtype
        t.method("__repr__") { _, a in .str("tf.\((a[0].asObject as? PyTFDType)?.dtype.name ?? "?")") }
        t.method("__str__") { _, a in .str("<dtype: '\((a[0].asObject as? PyTFDType)?.dtype.name ?? "?")'>") }
        t.property("name", get: { _, v in .str((v.asObject as? PyTFDType)?.dtype.name ?? "") })
        t.property("is_floating", get: { _, v in .bool((v.asObject as? PyTFDType)?.dtype.isFloating ?? false) })
        t.property("is_integer", get: { _, v in .bool((v.asObject as? PyTFDType)?.dtype.isInteger ?? false) })
        t.property("base_dtype", get: { _, v in v })
        t.method("__eq__") { i, a in
            guard a.count == 2, let d = a[0].asObject as? PyTFDType else { return .notImplemented }
            guard let other = try? i.tfDType(a[1]) else { return .false }
            return .bool(other == d.dtype)
        }
        t.method("__hash__") { _, a in .int((a[0].asObject as? PyTFDType)?.dtype.hashValue ?? 0) }
    }

    private static func installShape() {
        let t = TFTypes.tensorShape
        t.newHook = { i, _, a in .object(PyTFShape(try i.tfShape(a.positional.first))) }
        t.method("__repr__") { _, a in .str((a[0].asObject as? PyTFShape)?.shape.debugDescription ?? "") }
        t.method("__str__") { _, a in .str((a[0].asObject as? PyTFShape)?.shape.description ?? "") }
        t.method("as_list") { _, a in
            guard let s = a[0].asObject as? PyTFShape, let dims = s.shape.dims else {
                throw PyError.valueError("as_list() is not defined on an unknown TensorShape.")
            }
            return .object(PyList(dims.map { $0.map { .int($0) } ?? .none }))
        }
        t.method("__len__") { _, a in
            guard let s = a[0].asObject as? PyTFShape, let r = s.shape.rank else {
                throw PyError.valueError("Cannot take the length of shape with unknown rank.")
            }
            return .int(r)
        }
        t.method("__getitem__") { i, a in
            guard let s = a[0].asObject as? PyTFShape, let dims = s.shape.dims else { return .none }
            let items: [Value] = dims.map { $0.map { .int($0) } ?? .none }
            return try i.getItem(.object(PyTuple(items)), a[1])
        }
        t.method("__iter__") { i, a in
            guard let s = a[0].asObject as? PyTFShape, let dims = s.shape.dims else { return .none }
            return .object(try i.iterate(.object(PyTuple(dims.map { $0.map { .int($0) } ?? .none }))))
        }
        t.method("__eq__") { i, a in
            guard a.count == 2, let s = a[0].asObject as? PyTFShape else { return .notImplemented }
            let other = try i.tfShape(a[1])
            return .bool(other.dims == s.shape.dims)
        }
        t.property("rank", get: { _, v in ((v.asObject as? PyTFShape)?.shape.rank).map { .int($0) } ?? .none })
        t.property("ndims", get: { _, v in ((v.asObject as? PyTFShape)?.shape.rank).map { .int($0) } ?? .none })
        t.method("is_fully_defined") { _, a in .bool((a[0].asObject as? PyTFShape)?.shape.isFullyDefined ?? false) }
    }

    private static func tensorOf(_ v: Value) throws -> PyTFTensor {
        guard let t = v.asObject as? PyTFTensor else { throw PyError.typeError("expected a Tensor") }
        return t
    }

    private static func installTensor() {
        let t = TFTypes.tensor
        t.method("__repr__") { i, a in
            let x = try tensorOf(a[0])
            switch x.handle {
            case .symbolic(let g):
                return .str("<tf.Tensor '\(g.name)' shape=\(g.shape) dtype=\(g.dtypeName)>")
            case .eager(let e):
                return .str("<tf.Tensor: shape=\(TensorShape(e.shape)), dtype=\(e.dtype.name), numpy=\(numpyText(e.value))>")
            case .resource(let r):
                return .str("<tf.Tensor: resource \(r.name)>")
            }
        }
        t.method("__str__") { i, a in
            let x = try tensorOf(a[0])
            switch x.handle {
            case .symbolic(let g):
                // TF leaves the shape out when even the rank is unknown (a placeholder without a shape).
                let shapeText = g.shape.dims == nil ? "" : ", shape=\(g.shape)"
                return .str("Tensor(\"\(g.name)\"\(shapeText), dtype=\(g.dtypeName))")
            case .eager(let e):
                let body: String
                if e.value.rank == 0, case .string(let str)? = e.value.storage.element(at: 0) {
                    body = pyBytesRepr(ByteString.decode(str))
                } else if let (shown, options) = bytesReprs(e.value) {
                    body = NumpyFormat.arrayStr(shown, options: options)
                } else {
                    body = NumpyFormat.arrayStr(e.value)
                }
                let sep = body.contains("\n") ? "\n" : ""
                return .str("tf.Tensor(\(sep)\(body), shape=\(TensorShape(e.shape)), dtype=\(e.dtype.name))")
            case .resource(let r):
                return .str("tf.Tensor(<resource \(r.name)>)")
            }
        }
        t.property("name", get: { _, v in
            guard let g = (try tensorOf(v)).handle.graphTensor else {
                throw PyError.attributeError("Tensor.name is undefined when eager execution is enabled.")
            }
            return .str(g.name)
        })
        t.property("op", get: { _, v in
            guard let g = (try tensorOf(v)).handle.graphTensor else {
                throw PyError.attributeError("Tensor.op is undefined when eager execution is enabled.")
            }
            return .object(PyTFOperation(g.op))
        })
        t.property("graph", get: { i, v in
            guard let g = (try tensorOf(v)).handle.graphTensor else {
                throw PyError.attributeError("Tensor.graph is undefined when eager execution is enabled.")
            }
            return .object(i.tf.graphObject(g.graph))
        })
        t.property("dtype", get: { _, v in .object(PyTFDType.of((try tensorOf(v)).handle.dtype)) })
        t.property("shape", get: { _, v in .object(PyTFShape((try tensorOf(v)).handle.shape)) })
        t.method("get_shape") { _, a in .object(PyTFShape((try tensorOf(a[0])).handle.shape)) }
        // Tensor.set_shape: merges a graph tensor's static shape with the given one; an eager
        // tensor's shape can only be confirmed.
        t.method("set_shape") { i, a in
            let p = try a.bind("set_shape", ["self", "shape"], required: 2)
            let x = try tensorOf(a[0])
            let given = try i.tfShape(p[1] ?? .none)
            let current = x.handle.shape
            guard current.isCompatible(with: given) else {
                if x.handle.eagerValue != nil {
                    throw PyError.valueError("Tensor's shape \(current) is not compatible with supplied shape \(given).")
                }
                // The shape refiner's merge: ranks first, then the first dimension that differs.
                guard let cd = current.dims, let gd = given.dims, cd.count == gd.count else {
                    throw PyError.valueError("Shapes must be equal rank, but are \(current.rank ?? 0) and \(given.rank ?? 0)")
                }
                let k = cd.indices.first { cd[$0] != nil && gd[$0] != nil && cd[$0] != gd[$0] } ?? 0
                throw PyError.valueError("Dimension \(k) in both shapes must be equal, but are \(cd[k].map(String.init) ?? "?") and \(gd[k].map(String.init) ?? "?"). Shapes are \(current.inferenceDescription) and \(given.inferenceDescription).")
            }
            if let g = x.handle.graphTensor, let gd = given.dims {
                let cd = current.dims ?? gd
                g.shape = TensorShape(dims: zip(cd, gd).map { $0 ?? $1 })
            }
            return .none
        }
        t.property("value_index", get: { _, v in .int((try tensorOf(v)).handle.graphTensor?.index ?? 0) })
        t.method("numpy") { i, a in
            guard let ev = (try tensorOf(a[0])).handle.eagerValue else {
                throw PyError.attributeError("'Tensor' object has no attribute 'numpy'")
            }
            return i.numpyValue(ev)
        }
        // A missing attribute names the class TF really uses for the tensor.
        t.method("__getattr__") { _, a in
            let name = a.count > 1 ? (a[1].asString ?? "") : ""
            let cls = (try tensorOf(a[0])).handle.eagerValue == nil ? "SymbolicTensor" : "tensorflow.python.framework.ops.EagerTensor"
            throw PyError.attributeError("'\(cls)' object has no attribute '\(name)'")
        }
        t.method("eval") { i, a in
            let p = try a.bind("eval", ["self", "feed_dict", "session"], required: 1)
            let x = try tensorOf(a[0])
            let sessionValue = p[2].flatMap { $0.isNone ? nil : $0 }
            return try i.evalTensor(x, feedDict: p[1], session: sessionValue)
        }
        t.method("__format__") { i, a in
            // An eager tensor formats as its numpy value (`f"{loss}"` gives `0.25`, `f"{t:.3f}"`
            // works on a scalar); a symbolic one as object.__format__ does.
            let x = try tensorOf(a[0])
            let spec = a.count > 1 ? (a[1].asString ?? "") : ""
            if let ev = x.handle.eagerValue { return .str(try i.format(i.numpyValue(ev), spec)) }
            if spec.isEmpty { return .str(try i.str(a[0])) }
            throw PyError.typeError("unsupported format string passed to \(a[0].typeName).__format__")
        }
        t.method("__array__") { i, a in
            let x = try tensorOf(a[0])
            guard let ev = x.handle.eagerValue else { throw PyError.typeError("Cannot convert a symbolic tf.Tensor to a numpy array.") }
            return .object(PyNDArray(ev))
        }
        t.method("__bool__") { i, a in
            let x = try tensorOf(a[0])
            guard let ev = x.handle.eagerValue else {
                throw PyError.typeError("Using a symbolic `tf.Tensor` as a Python `bool` is not allowed. You can attempt the following resolutions to the problem: If you are running in Graph mode, use Eager execution mode or decorate this function with @tf.function. If you are using AutoGraph, you can try decorating this function with @tf.function. If that does not work, then you may be using an unsupported feature or your source code may not be visible to AutoGraph. See https://github.com/tensorflow/tensorflow/blob/master/tensorflow/python/autograph/g3doc/reference/limitations.md#access-source-code for more information.")
            }
            guard ev.elementCount == 1, let s = ev.storage.element(at: 0) else {
                throw PyError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return .bool(s.boolValue)
        }
        t.method("__float__") { i, a in
            guard let ev = (try tensorOf(a[0])).handle.eagerValue, ev.elementCount == 1, let d = ev.storage.element(at: 0)?.doubleValue else {
                throw PyError.typeError("float() argument must be a string or a real number, not 'Tensor'")
            }
            return .float(d)
        }
        t.method("__int__") { i, a in
            guard let ev = (try tensorOf(a[0])).handle.eagerValue, ev.elementCount == 1, let d = ev.storage.element(at: 0)?.int64Value else {
                throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not 'Tensor'")
            }
            return .int(Int(d))
        }
        t.method("__len__") { _, a in
            let x = try tensorOf(a[0])
            guard let d = x.handle.shape.dims?.first, let n = d else {
                throw PyError.typeError("len is not well defined for a rank-0 tensor, or a tensor of unknown rank")
            }
            return .int(n)
        }
        // TF 2 semantics: with eager execution on, == is elementwise and tensors are unhashable;
        // in graph mode (disable_eager_execution) they compare and hash by identity.
        func tensorHash(_ i: Interpreter, _ o: PyObject) throws -> Int {
            if i.tf.executingEagerlyOutsideFunctions {
                throw PyError.typeError("Tensor is unhashable. Instead, use tensor.ref() as the key.")
            }
            return identityHash(o)
        }
        t.method("__hash__") { i, a in .int(try tensorHash(i, a[0].asObject ?? TFTypes.tensor)) }
        // hash(t) and dict keys go straight to it (a feed_dict literal hashes every key).
        t.nativeHash = tensorHash
        installEquality(t, noneIsUnequal: true)
        t.method("ref") { _, a in
            guard let o = a[0].asObject else { throw PyError.typeError("ref() needs a tensor") }
            return .object(PyTFReference(o))
        }
        installOperators(t)
        installReference()
    }

    /// object_identity.Reference: hash and == by the wrapped object's identity, `deref()`.
    private static func installReference() {
        let t = TFTypes.reference
        func wrapped(_ v: Value) -> PyObject? { (v.asObject as? PyTFReference)?.wrapped }
        t.method("deref") { _, a in
            guard let o = wrapped(a[0]) else { throw PyError.typeError("deref() needs a Reference") }
            return .object(o)
        }
        t.method("__hash__") { _, a in
            guard let o = wrapped(a[0]) else { throw PyError.typeError("expected a Reference") }
            return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))) >> 4)
        }
        t.method("__eq__") { _, a in
            guard a.count == 2, let x = wrapped(a[0]) else { return .bool(false) }
            guard let y = wrapped(a[1]) else { return .bool(false) }
            return .bool(x === y)
        }
        t.method("__ne__") { _, a in
            guard a.count == 2, let x = wrapped(a[0]), let y = wrapped(a[1]) else { return .bool(true) }
            return .bool(x !== y)
        }
        t.method("__repr__") { i, a in
            guard let o = wrapped(a[0]) else { return .str("<Reference>") }
            return .str("<Reference wrapping \(try i.repr(.object(o)))>")
        }
    }

    /// `+ - * / ** @ -x` and comparisons, with TF's op names (`add`, `sub`, `mul`, `truediv`).
    static func installOperators(_ t: PyType) {
        let binary: [(String, String, String, Bool)] = [
            ("__add__", "AddV2", "add", false), ("__radd__", "AddV2", "add", true),
            ("__sub__", "Sub", "sub", false), ("__rsub__", "Sub", "sub", true),
            ("__mul__", "Mul", "mul", false), ("__rmul__", "Mul", "mul", true),
            ("__truediv__", "RealDiv", "truediv", false), ("__rtruediv__", "RealDiv", "truediv", true),
            ("__floordiv__", "FloorDiv", "floordiv", false), ("__rfloordiv__", "FloorDiv", "floordiv", true),
            ("__mod__", "FloorMod", "mod", false), ("__rmod__", "FloorMod", "mod", true),
            ("__pow__", "Pow", "pow", false), ("__rpow__", "Pow", "pow", true),
            ("__lt__", "Less", "Less", false), ("__le__", "LessEqual", "LessEqual", false),
            ("__gt__", "Greater", "Greater", false), ("__ge__", "GreaterEqual", "GreaterEqual", false),
        ]
        for (dunder, type, name, reflected) in binary {
            // math_ops.binary_op_wrapper opens a name scope for the arithmetic operators.
            let wrapperScope = name == name.lowercased()
            let def = OpRegistry.shared[type]
            let trueDivision = type == "RealDiv"
            t.method(dunder) { i, a in
                guard a.count == 2 else { throw PyError.typeError("\(dunder) expects 1 argument") }
                // Integers divide as floats (math_ops.truediv).
                if trueDivision, i.dividesIntegers(a[0]) {
                    return reflected ? try i.tfTrueDivide(a[1], a[0]) : try i.tfTrueDivide(a[0], a[1])
                }
                if let def, let r = try i.eagerBinaryOperator(def, a[0], a[1], reflected: reflected) { return r }
                // A variable's operators read it first, in the current scope (TF's `a.value()`).
                let me = a[0].asObject is PyTFVariable ? i.wrap(try i.tfHandle(a[0])) : a[0]
                let (x, y) = reflected ? (a[1], me) : (me, a[1])
                return try i.tfOp1(type, defaultName: name, inputs: [(x, "x"), (y, "y")], wrapperScope: wrapperScope)
            }
        }
        t.method("__matmul__") { i, a in
            try i.tfOp1("MatMul", defaultName: "MatMul", inputs: [(a[0], "a"), (a[1], "b")],
                        attrs: ["transpose_a": .bool(false), "transpose_b": .bool(false)], wrapperScope: true)
        }
        t.method("__rmatmul__") { i, a in
            try i.tfOp1("MatMul", defaultName: "MatMul", inputs: [(a[1], "a"), (a[0], "b")],
                        attrs: ["transpose_a": .bool(false), "transpose_b": .bool(false)], wrapperScope: true)
        }
        t.method("__neg__") { i, a in try i.tfOp1("Neg", defaultName: "Neg", inputs: [(a[0], "x")]) }
        t.method("__getitem__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("__getitem__ expects 1 argument") }
            let me = a[0].asObject is PyTFVariable ? i.wrap(try i.tfHandle(a[0])) : a[0]
            return try i.tensorGetItem(me, a[1])
        }
        t.method("__abs__") { i, a in try i.tfOp1("Abs", defaultName: "Abs", inputs: [(a[0], "x")]) }
    }

    private static func installOperation() {
        let t = TFTypes.operation
        func op(_ v: Value) throws -> Operation {
            guard let o = v.asObject as? PyTFOperation else { throw PyError.typeError("expected an Operation") }
            return o.op
        }
        t.property("name", get: { _, v in .str(try op(v).name) })
        t.property("type", get: { _, v in .str(try op(v).type) })
        t.property("graph", get: { i, v in .object(i.tf.graphObject(try op(v).graph)) })
        t.property("inputs", get: { _, v in .object(PyTuple(try op(v).inputs.map { .object(PyTFTensor(.symbolic($0))) })) })
        t.property("outputs", get: { _, v in .object(PyList(try op(v).outputs.map { .object(PyTFTensor(.symbolic($0))) })) })
        t.property("control_inputs", get: { _, v in .object(PyList(try op(v).controlInputs.map { .object(PyTFOperation($0)) })) })
        t.method("get_attr") { _, a in
            let p = try a.bind("get_attr", ["self", "name"], required: 2)
            let o = try op(a[0])
            guard let name = p[1]?.asString else { throw PyError.typeError("get_attr() needs an attribute name") }
            func value(_ v: AttrValue) -> Value {
                switch v {
                case .int(let n): return .int(n)
                case .float(let d): return .float(d)
                case .bool(let b): return .bool(b)
                case .string(let s): return .object(PyBytes(Array(s.utf8)))
                case .type(let d): return .object(PyTFDType.of(d))
                case .shape(let s): return .object(PyTFShape(s))
                case .ints(let xs): return .object(PyList(xs.map { .int($0) }))
                case .tensor: return .none
                }
            }
            if let v = o.attrs[name] { return value(v) }
            // Attributes TF always records that our nodes leave implicit.
            if name == "T", let first = o.inputs.first { return .object(PyTFDType.of(first.dtype)) }
            if name == "incompatible_shape_error", o.type == "Equal" || o.type == "NotEqual" { return .bool(true) }
            throw PyError.valueError("Operation '\(o.name)' has no attr named '\(name)'.")
        }
        t.method("__repr__") { _, a in
            let o = try op(a[0])
            return .str("<tf.Operation '\(o.name)' type=\(o.type)>")
        }
        t.method("run") { i, a in
            let p = try a.bind("run", ["self", "feed_dict", "session"], required: 1)
            let sess = try i.sessionFor(p[2], graph: try op(a[0]).graph)
            _ = try i.sessionRun(sess, fetches: a[0], feedDict: p[1])
            return .none
        }
        t.method("__eq__") { _, a in
            guard a.count == 2, let x = a[0].asObject as? PyTFOperation, let y = a[1].asObject as? PyTFOperation else { return .false }
            return .bool(x.op === y.op)
        }
        t.method("__hash__") { _, a in .int(ObjectIdentifier((a[0].asObject as? PyTFOperation)?.op ?? Graph()).hashValue >> 4) }
    }

    private static func installGraph() {
        let t = TFTypes.graph
        t.newHook = { i, _, _ in
            let g = i.tf.runtime.makeGraph()
            i.tf.madeGraphs.append(g)
            return .object(i.tf.graphObject(g))
        }
        func graph(_ v: Value) throws -> Graph {
            guard let g = v.asObject as? PyTFGraph else { throw PyError.typeError("expected a Graph") }
            return g.graph
        }
        t.method("as_default") { i, a in
            let g = try graph(a[0])
            return .object(PyContextManager(enter: { i in
                i.tf.runtime.graphStack.append(g)
                return a[0]
            }, exit: { i in
                if let last = i.tf.runtime.graphStack.last, last === g { i.tf.runtime.graphStack.removeLast() }
            }))
        }
        t.method("get_operations") { _, a in .object(PyList(try graph(a[0]).operations.map { .object(PyTFOperation($0)) })) }
        t.method("get_operation_by_name") { _, a in
            guard a.count == 2, let n = a[1].asString else { throw PyError.typeError("get_operation_by_name() takes a name") }
            guard let op = try graph(a[0]).operation(named: n) else {
                throw PyError(PyType.KeyError, "\"The name '\(n)' refers to an Operation not in the graph.\"")
            }
            return .object(PyTFOperation(op))
        }
        t.method("get_tensor_by_name") { i, a in
            guard a.count == 2, let n = a[1].asString else { throw PyError.typeError("get_tensor_by_name() takes a name") }
            return try tfCall(i) { .object(PyTFTensor(.symbolic(try graph(a[0]).tensor(named: n)))) }
        }
        t.method("name_scope") { i, a in
            let g = try graph(a[0])
            return i.nameScopeManager(g, a.count > 1 ? a[1] : .none)
        }
        t.method("control_dependencies") { i, a in
            guard a.count == 2 else { throw PyError.typeError("control_dependencies() missing 1 required positional argument: 'control_inputs'") }
            return try i.controlDependenciesManager(try graph(a[0]), a[1])
        }
        t.method("finalize") { _, _ in .none }
        t.property("seed", get: { _, v in (try graph(v).seed).map { .int($0) } ?? .none }, set: { i, v, s in
            try graph(v).seed = s.isNone ? nil : try i.index(s)
        })
    }

    private static func installVariable() {
        let t = TFTypes.variable
        func variable(_ v: Value) throws -> PyTFVariable {
            guard let x = v.asObject as? PyTFVariable else { throw PyError.typeError("expected a Variable") }
            return x
        }
        t.method("__repr__") { i, a in
            let x = try variable(a[0])
            let name = x.isUnread ? x.name : "\(x.name):0"
            if x.assignOp != nil && !x.isUnread {
                return .str("<tf.Variable '\(x.name)' shape=\(x.shape) dtype=\(x.dtype.name)>")
            }
            // While a tf.function traces, a variable shows no value, as in TF.
            if i.tf.runtime.currentGraph == nil, let r = x.resource, let value = r.value {
                return .str("<tf.Variable '\(name)' shape=\(x.shape) dtype=\(x.dtype.name), numpy=\(numpyText(value))>")
            }
            return .str("<tf.Variable '\(name)' shape=\(x.shape) dtype=\(x.dtype.name)>")
        }
        t.property("name", get: { _, v in
            let x = try variable(v)
            return .str(x.isUnread ? x.name : "\(x.name):0")
        })
        t.property("dtype", get: { _, v in .object(PyTFDType.of(try variable(v).dtype)) })
        t.property("shape", get: { _, v in .object(PyTFShape(try variable(v).shape)) })
        t.method("get_shape") { _, a in .object(PyTFShape(try variable(a[0]).shape)) }
        t.property("trainable", get: { _, v in .bool(try variable(v).trainable) })
        t.property("graph", get: { i, v in
            guard let g = try variable(v).graph else { throw PyError.attributeError("Variable.graph is undefined when eager execution is enabled.") }
            return .object(i.tf.graphObject(g))
        })
        t.property("op", get: { _, v in
            let x = try variable(v)
            // The result of `assign` in graph mode stands for the assign op, as TF's _UnreadVariable.
            if let assign = x.assignOp { return .object(PyTFOperation(assign)) }
            guard let h = x.handle else { throw PyError.attributeError("Variable.op is undefined when eager execution is enabled.") }
            return .object(PyTFOperation(h.op))
        })
        t.property("initializer", get: { _, v in
            guard let op = try variable(v).initializerOp else { return .none }
            return .object(PyTFOperation(op))
        })
        t.property("handle", get: { _, v in
            guard let h = try variable(v).handle else { return .none }
            return .object(PyTFTensor(.symbolic(h)))
        })
        t.method("value") { i, a in i.wrap(try i.readVariable(try variable(a[0]))) }
        t.method("read_value") { i, a in i.wrap(try i.readValue(try variable(a[0]))) }
        t.method("numpy") { i, a in
            guard let value = try variable(a[0]).resource?.value else {
                throw PyError(PyType.NotImplementedError, "numpy() is only available when eager execution is enabled.")
            }
            return i.numpyValue(value)
        }
        t.method("eval") { i, a in
            let p = try a.bind("eval", ["self", "session"], required: 1)
            let x = try variable(a[0])
            guard let read = x.readValue else { throw PyError.typeError("eval() needs a graph variable") }
            return try i.evalTensor(PyTFTensor(.symbolic(read)), feedDict: nil, session: p[1].flatMap { $0.isNone ? nil : $0 })
        }
        for (method, op) in [("assign", "AssignVariableOp"), ("assign_add", "AssignAddVariableOp"), ("assign_sub", "AssignSubVariableOp")] {
            t.method(method) { i, a in
                let p = try a.bind(method, ["self", "value", "use_locking", "name", "read_value"], required: 2)
                return try i.assignVariable(try variable(a[0]), op: op, value: p[1] ?? .none, name: p[3])
            }
        }
        installOperators(t)
        // BaseResourceVariable: with eager execution on, == is elementwise (None cannot be
        // converted) and variables are unhashable; in graph mode they compare and hash by identity.
        installEquality(t, noneIsUnequal: false)
        func variableHash(_ i: Interpreter, _ o: PyObject) throws -> Int {
            if i.tf.executingEagerlyOutsideFunctions {
                throw PyError.typeError("Variable is unhashable. Instead, use variable.ref() as the key. (Variable: \(try i.repr(.object(o))))")
            }
            return identityHash(o)
        }
        t.method("__hash__") { i, a in .int(try variableHash(i, a[0].asObject ?? TFTypes.variable)) }
        t.nativeHash = variableHash
        t.method("ref") { _, a in
            guard let o = a[0].asObject else { throw PyError.typeError("ref() needs a variable") }
            return .object(PyTFReference(o))
        }
    }

    /// `==` and `!=`: by identity in graph mode; eagerly elementwise, as math_ops.tensor_equals
    /// (shapes that cannot broadcast give a scalar False, True for `!=`). A tensor is unequal to
    /// None; a variable converts None, and fails, as TF's do.
    private static func installEquality(_ t: PyType, noneIsUnequal: Bool) {
        for (dunder, type) in [("__eq__", "Equal"), ("__ne__", "NotEqual")] {
            t.method(dunder) { i, a in
                guard a.count == 2 else { throw PyError.typeError("\(dunder) expects 1 argument") }
                guard i.tf.executingEagerlyOutsideFunctions else {
                    let same = a[0].isIdentical(to: a[1])
                    return .bool(dunder == "__eq__" ? same : !same)
                }
                if noneIsUnequal, a[1].isNone { return .bool(dunder == "__ne__") }
                return try i.tfOp1(type, defaultName: type, inputs: [(a[0], "x"), (a[1], "y")], attrs: ["incompatible_shape_error": .bool(false)])
            }
        }
    }

    private static func installSession() {
        let t = TFTypes.session
        t.newHook = { i, cls, a in
            let p = try a.bind("Session", ["target", "graph", "config"])
            let g: Graph
            if let gv = p[1], !gv.isNone, let pg = gv.asObject as? PyTFGraph { g = pg.graph } else { g = i.tf.runtime.defaultGraph }
            let s = PyTFSession(Session(graph: g, runtime: i.tf.runtime), interactive: cls === TFTypes.interactiveSession)
            if s.interactive { i.tf.defaultSessions.append(s) }
            return .object(s)
        }
        func session(_ v: Value) throws -> PyTFSession {
            guard let s = v.asObject as? PyTFSession else { throw PyError.typeError("expected a Session") }
            return s
        }
        t.method("run") { i, a in
            // The training loop's form, `sess.run(fetches, feed_dict=...)`, bound directly.
            if a.count == 2, a.keywords.count == 1, a.keywords[0].name == "feed_dict" {
                return try i.sessionRun(try session(a[0]), fetches: a[1], feedDict: a.keywords[0].value)
            }
            let p = try a.bind("run", ["self", "fetches", "feed_dict", "options", "run_metadata"], required: 2)
            return try i.sessionRun(try session(a[0]), fetches: p[1] ?? .none, feedDict: p[2])
        }
        t.method("close") { i, a in
            let s = try session(a[0])
            s.session.close()
            i.tf.defaultSessions.removeAll { $0 === s }
            return .none
        }
        t.method("__enter__") { i, a in
            let s = try session(a[0])
            i.tf.defaultSessions.append(s)
            i.tf.runtime.graphStack.append(s.session.graph)
            return a[0]
        }
        t.method("__exit__") { i, a in
            let s = try session(a[0])
            if let idx = i.tf.defaultSessions.lastIndex(where: { $0 === s }) { i.tf.defaultSessions.remove(at: idx) }
            if let last = i.tf.runtime.graphStack.last, last === s.session.graph { i.tf.runtime.graphStack.removeLast() }
            s.session.close()
            return .false
        }
        t.method("as_default") { i, a in
            let s = try session(a[0])
            return .object(PyContextManager(enter: { i in
                i.tf.defaultSessions.append(s)
                return a[0]
            }, exit: { i in
                if let idx = i.tf.defaultSessions.lastIndex(where: { $0 === s }) { i.tf.defaultSessions.remove(at: idx) }
            }))
        }
        t.property("graph", get: { i, v in .object(i.tf.graphObject(try session(v).session.graph)) })
    }
}

/// The `numpy=` part of an eager tensor's or variable's repr (TF's `numpy_text`): the value's
/// numpy repr, or for a scalar the repr of the Python value `.item()` gives (a float32 as the
/// double it is: `0.10000000149011612`); on a new line when it spans several.
func numpyText(_ t: Tensor) -> String {
    let text: String
    if t.rank == 0, let v = t.storage.element(at: 0) {
        switch v {
        case .string(let s): text = pyBytesRepr(ByteString.decode(s))
        case .float32(let x): text = Double(x).description
        case .float64(let x): text = x.description
        case .bool(let b): text = b ? "True" : "False"
        default: text = NumpyFormat.scalarStr(v)
        }
    } else if let (shown, options) = bytesReprs(t) {
        text = NumpyFormat.arrayRepr(shown, options: options)
    } else {
        text = NumpyFormat.arrayRepr(t)
    }
    return text.contains("\n") ? "\n" + text : text
}

/// A string tensor of rank 1 or more as numpy shows TF's value, an object array of bytes: its
/// elements replaced by their reprs (`b'a'`), with the options that print them as they are.
func bytesReprs(_ t: Tensor) -> (Tensor, NumpyPrintOptions)? {
    guard t.rank > 0, case .string(let v) = t.storage,
          let shown = try? Tensor(v.map { pyBytesRepr(ByteString.decode($0)) }, shape: t.shape) else { return nil }
    var options = NumpyPrintOptions.standard
    options.stringsAreReprs = true
    return (shown, options)
}


extension Interpreter {
    /// A tensor operator (`x * y`, `2 - x`) computed now, as `tfOp1` computes it eagerly but
    /// without its general machinery: `me` (a tensor or variable, read first) fixes the dtype the
    /// other operand is converted to. Nil when something is being built or the operands are not
    /// the plain case, and the general path runs.
    func eagerBinaryOperator(_ def: OpDef, _ me: Value, _ other: Value, reflected: Bool) throws -> Value? {
        let rt = tf.runtime
        guard rt.graphStack.isEmpty, rt.eagerByDefault, case .object(let mo) = me else { return nil }
        let mine: TensorHandle
        if let t = mo as? PyTFTensor {
            guard case .eager = t.handle else { return nil }
            mine = t.handle
        } else if let v = mo as? PyTFVariable, v.handle == nil, v.assignOp == nil {
            mine = try readVariable(v)
        } else {
            return nil
        }
        let theirs: TensorHandle
        if case .object(let oo) = other, let t = oo as? PyTFTensor {
            // A tensor on the left whose own operator declined: its dtype would lead.
            guard !reflected, case .eager = t.handle else { return nil }
            theirs = t.handle
        } else if case .object(let oo) = other, let v = oo as? PyTFVariable {
            guard !reflected, v.handle == nil, v.assignOp == nil else { return nil }
            theirs = try readVariable(v)
        } else {
            // On the left, an array of rank 1 or more would fix the dtype instead.
            if reflected, let t = NumpyBridge.tensorIfNumpy(other), t.rank > 0 { return nil }
            theirs = try tfHandle(other, dtype: mine.dtype)
        }
        let (x, y) = reflected ? (theirs, mine) : (mine, theirs)
        return wrap(try tfCall(self, eagerName: "") { try rt.execute1(def, x, y) })
    }

    /// Python subscript items for TF's `__getitem__`: ints, slices, None (new axis), Ellipsis.
    func sliceItems(_ key: Value) throws -> [SliceItem] {
        let parts: [Value] = (key.asObject as? PyTuple)?.items ?? [key]
        return try parts.map { v in
            if v.isNone { return .newAxis }
            if case .object(let o) = v {
                if o === PySingleton.ellipsis { return .ellipsis }
                if let s = o as? PySlice {
                    func opt(_ x: Value) throws -> Int? { x.isNone ? nil : try index(x) }
                    return .range(start: try opt(s.start), stop: try opt(s.stop), step: try opt(s.step))
                }
                if let t = o as? PyTFTensor, let ev = t.handle.eagerValue, ev.rank == 0, let i = ev.storage.element(at: 0)?.int64Value {
                    return .index(Int(i))
                }
            }
            if v.asInt != nil || v.asObject is PyIndexable { return .index(try index(v)) }
            throw PyError.typeError("Only integers, slices (`:`), ellipsis (`...`), tf.newaxis (`None`) and scalar tf.int32/tf.int64 tensors are valid indices, got \(try repr(v))")
        }
    }

    /// `tensor[key]`: a StridedSlice named `strided_slice`, with `stack`, `stack_1`, `stack_2` inputs.
    func tensorGetItem(_ x: Value, _ key: Value) throws -> Value {
        let spec = try StridedSliceSpec(items: try sliceItems(key))
        func vec(_ v: [Int]) -> Value { .object(PyList(v.map { .int($0) })) }
        return try tfOp1("StridedSlice", defaultName: "strided_slice",
                         inputs: [(x, "input"), (vec(spec.begin), "stack"), (vec(spec.end), "stack_1"), (vec(spec.strides), "stack_2")],
                         attrs: ["begin_mask": .int(spec.beginMask), "end_mask": .int(spec.endMask), "ellipsis_mask": .int(spec.ellipsisMask),
                                 "new_axis_mask": .int(spec.newAxisMask), "shrink_axis_mask": .int(spec.shrinkAxisMask)],
                         matchFirstDType: false, eagerName: "strided_slice/")
    }
}

/// A graph tensor's or variable's hash: by identity, as CPython's object hash (the address
/// shifted; no hashing of it needed).
private func identityHash(_ o: PyObject) -> Int {
    Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o))) >> 4
}
