import Python
import TFRuntime
import TensorCore

extension Interpreter {
    /// A dtype argument: `tf.float32`, `np.float32`, `'float32'`, or None.
    func tfDType(_ v: Value?) throws -> DType? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v {
            if let d = o as? PyTFDType { return d.dtype }
            if let t = o as? PyType {
                if t === PyType.float { return .float32 }
                if t === PyType.int { return .int32 }
                if t === PyType.bool { return .bool }
                if let d = DType(numpyName: t.name) { return d }
            }
        }
        if let s = v.asString, let d = DType(tensorflowName: s) ?? DType(numpyName: s) { return d }
        throw PyError.typeError("Cannot convert \(try repr(v)) to a TensorFlow DType.")
    }

    /// A shape argument: list/tuple of ints and Nones, TensorShape, or None (unknown).
    func tfShape(_ v: Value?) throws -> TensorShape {
        guard let v, !v.isNone else { return TensorShape(dims: nil) }
        if case .object(let o) = v, let s = o as? PyTFShape { return s.shape }
        if let i = v.asInt { return TensorShape([i]) }
        let items = try collect(v)
        return TensorShape(partial: try items.map { $0.isNone ? nil : try index($0) })
    }

    /// Python data to a nested value for TensorCore's conversion.
    func nestedValue(_ v: Value) throws -> NestedValue {
        switch v {
        case .bool(let b): return .python(.bool(b))
        case .int(let i): return .python(.int(Int64(i)))
        case .float(let d): return .python(.float(d))
        case .none: throw PyError.valueError("Attempt to convert a value (None) with an unsupported type (<class 'NoneType'>) to a Tensor.")
        case .object(let o):
            // A string tensor holds bytes: a str is encoded as UTF-8, as TF encodes it.
            if let s = o as? PyStr { return .python(.string(ByteString.encode(Array(s.value.utf8)))) }
            if let b = o as? PyBytes { return .python(.string(ByteString.encode(b.bytes))) }
            if var t = NumpyBridge.tensorIfNumpy(v) {
                if case .string(let strings) = t.storage {
                    t = (try? Tensor(strings.map { ByteString.encode(Array($0.utf8)) }, shape: t.shape)) ?? t
                }
                return t.rank == 0 ? .typed(t.storage.element(at: 0) ?? .float32(0)) : .array(t)
            }
            if let t = o as? PyTFTensor, let ev = t.handle.eagerValue { return .array(ev) }
            if o is PyList || o is PyTuple { return .list(try collect(v).map { try nestedValue($0) }) }
            if let b = v.asBigInt { return .python(.int(Int64(clamping: b))) }
        }
        throw PyError.valueError("Attempt to convert a value (\(try repr(v))) with an unsupported type (\(v.pyType.reprString)) to a Tensor.")
    }

    /// `tf.convert_to_tensor` on a Python value (not a tensor or variable): TF's dtype inference.
    func tfTensorValue(_ v: Value, dtype: DType?) throws -> Tensor {
        let nested = try nestedValue(v)
        do {
            return try Tensor(nested: nested, dtype: dtype, flavor: .tensorflow)
        } catch let e as TensorError {
            if let dtype {
                if tf.runtime.executingEagerly {
                    throw PyError.typeError("Cannot convert \(try repr(v)) to EagerTensor of dtype \(dtype.name)")
                }
                throw PyError.typeError("Expected \(dtype.name), but got \(try repr(v)) of type '\(v.typeName)'.")
            }
            throw PyError.valueError(e.message)
        }
    }

    /// Whether `x / y` with this `x` divides integers (or booleans), which TF's `truediv` first
    /// casts to floats: an integer or boolean tensor, variable or numpy array, or a Python int or bool.
    func dividesIntegers(_ x: Value) -> Bool {
        let dtype: DType?
        switch x {
        case .int, .bool: return true
        case .object(let o as PyTFTensor): dtype = o.handle.dtype
        case .object(let o as PyTFVariable): dtype = o.dtype
        default: dtype = NumpyBridge.tensorIfNumpy(x)?.dtype
        }
        guard let dtype else { return false }
        return dtype.isInteger || dtype == .bool
    }

    /// TF's `truediv` (Python 3 `/`): in a `truediv` scope (or `name`), `y` converted with `x`'s
    /// dtype as a hint, the two dtypes required equal, integers cast to float32 (uint8) or float64
    /// (int32, int64), then a RealDiv named as the scope.
    func tfTrueDivide(_ xv: Value, _ yv: Value, name: String? = nil) throws -> Value {
        try tfCallInScope(name ?? "truediv") { rt, scope in
            let x = try tfHandle(xv, name: "x")
            let y: TensorHandle
            if yv.asObject is PyTFTensor || yv.asObject is PyTFVariable {
                y = try tfHandle(yv, name: "y")
            } else {
                do {
                    y = try tfHandle(yv, dtype: x.dtype, name: "y")
                } catch let e as PyError where e.type.name == "TypeError" || e.type.name == "ValueError" {
                    // A dtype hint only: a value that does not convert to it keeps its own dtype.
                    y = try tfHandle(yv, name: "y")
                }
            }
            guard x.dtype == y.dtype else {
                throw PyError.typeError("`x` and `y` must have the same dtype, got tf.\(x.dtype.name) != tf.\(y.dtype.name).")
            }
            let target: DType?
            switch x.dtype {
            case .uint8: target = .float32
            case .int32, .int64: target = .float64
            case .bool:
                throw PyError.typeError("Invalid dtype tf.bool in __truediv__. Expected one of {tf.uint8, tf.int8, tf.uint16, tf.int16, tf.uint32, tf.int32, tf.uint64, tf.int64, tf.bfloat16, tf.float16, tf.float32, tf.float64, tf.complex64, tf.complex128}.")
            default: target = nil
            }
            var (a, b) = (x, y)
            if let target {
                let attrs: Attrs = ["SrcT": .type(x.dtype), "DstT": .type(target), "Truncate": .bool(false)]
                a = try rt.execute1("Cast", [x], attrs: attrs, name: nil)
                b = try rt.execute1("Cast", [y], attrs: attrs, name: nil)
            }
            return try rt.execute1("RealDiv", [a, b], name: scope)
        }
    }

    /// An op input: tensors as they are, variables read, Python values made constants.
    func tfHandle(_ v: Value, dtype: DType? = nil, name: String = "Const") throws -> TensorHandle {
        if case .object(let o) = v {
            if let t = o as? PyTFTensor {
                if let dtype, t.handle.dtype != dtype {
                    throw PyError.valueError("Tensor conversion requested dtype \(dtype.name) for Tensor with dtype \(t.handle.dtype.name): \(try repr(v))")
                }
                return t.handle
            }
            if let variable = o as? PyTFVariable {
                return try readVariable(variable)
            }
            // A fully defined TensorShape converts to its dimensions (int32).
            if let shape = o as? PyTFShape, let dims = shape.shape.knownDims {
                let t = try Tensor(dims.map { Int32($0) }, shape: [dims.count])
                let value = try dtype.map { try Conversion.cast(t, to: $0) } ?? t
                return try tfCall(self) { try tf.runtime.constant(value, name: name) }
            }
        }
        if let packed = try autopacked(v, dtype: dtype, name: name) { return packed }
        // A Python number for a tensor operand (`x * 2`, `x / 8`): one scalar, converted as below.
        let value = try dtype.flatMap { Self.scalarTensor(v, $0) } ?? tfTensorValue(v, dtype: dtype)
        return try tfCall(self) { try tf.runtime.constant(value, name: name) }
    }

    /// A list or tuple holding tensors (`[tf.shape(x)[0], -1]`), stacked as TF's autopacking does:
    /// a `Pack` named as the conversion, in whose scope the Python values become constants named
    /// by their position; the first tensor's dtype is the list's. Nil for other values.
    func autopacked(_ v: Value, dtype: DType?, name: String) throws -> TensorHandle? {
        guard let items = (v.asObject as? PyList)?.items ?? (v.asObject as? PyTuple)?.items, !items.isEmpty else { return nil }
        func holdsTensor(_ x: Value) -> Bool {
            if x.asObject is PyTFTensor || x.asObject is PyTFVariable { return true }
            if let inner = (x.asObject as? PyList)?.items ?? (x.asObject as? PyTuple)?.items { return inner.contains(where: holdsTensor) }
            return false
        }
        guard items.contains(where: holdsTensor) else { return nil }
        func firstDType(_ x: Value) -> DType? {
            if let t = x.asObject as? PyTFTensor { return t.handle.dtype }
            if let variable = x.asObject as? PyTFVariable { return variable.dtype }
            if let inner = (x.asObject as? PyList)?.items ?? (x.asObject as? PyTuple)?.items {
                for y in inner { if let d = firstDType(y) { return d } }
            }
            return nil
        }
        let elementDType = dtype ?? items.lazy.compactMap(firstDType).first
        let rt = tf.runtime
        let graph = rt.currentGraph
        let (scope, saved) = graph?.pushNameScope(name) ?? ("", "")
        defer { graph?.popNameScope(saved) }
        var handles: [TensorHandle] = []
        for (k, item) in items.enumerated() {
            handles.append(try tfHandle(item, dtype: elementDType, name: "\(k)"))
        }
        return try tfCall(self) {
            try rt.execute1("Pack", handles, attrs: ["N": .int(handles.count), "axis": .int(0)], name: scope.isEmpty ? nil : scope)
        }
    }

    /// A Python bool, int or float as a rank-0 tensor of `dtype`, as `tfTensorValue` converts it;
    /// nil when that conversion would fail (it then reports the failure).
    static func scalarTensor(_ v: Value, _ dtype: DType) -> Tensor? {
        let leaf: ScalarValue
        switch v {
        case .int(let i): leaf = .int64(Int64(i))
        case .float(let d):
            // TF refuses to turn a Python float into an integer tensor.
            if dtype.isInteger { return nil }
            leaf = .float64(d)
        case .bool(let b): leaf = .bool(b)
        default: return nil
        }
        if leaf.dtype == dtype { return Tensor(leaf) }
        guard let converted = try? Conversion.castScalar(leaf, to: dtype) else { return nil }
        return Tensor(converted)
    }

    /// Reads a variable's value: a ReadVariableOp in the current scope, or the eager value.
    func readVariable(_ variable: PyTFVariable) throws -> TensorHandle {
        let rt = tf.runtime
        if variable.assignOp != nil, let read = variable.readValue {
            return .symbolic(read)
        }
        if let handle = variable.handle {
            return try tfCall(self) {
                try rt.withGraph(handle.graph) {
                    try rt.execute1("ReadVariableOp", [.symbolic(handle)], attrs: ["dtype": .type(variable.dtype), "_shape": .shape(variable.shape)])
                }
            }
        }
        guard let r = variable.resource else { throw PyError.valueError("variable has no storage") }
        for tape in rt.tapes { tape.variableAccessed(r) }
        // Eagerly nothing reads the attributes (the kernel and the gradient need none): no dictionary per read.
        if rt.currentGraph == nil { return try tfCall(self) { try rt.readVariable(r) } }
        return try tfCall(self) { try rt.execute1("ReadVariableOp", [.resource(r)], attrs: ["dtype": .type(variable.dtype), "_shape": .shape(variable.shape)]) }
    }

    /// `ResourceVariable.read_value()`: in a graph (a function's or a TF1 one), the read in a
    /// `Read` name scope and an `Identity` of it (`Read/ReadVariableOp`, `Identity`), as TF builds
    /// it. Eagerly, where neither shows, and for the result of `assign` (TF's `_UnreadVariable`
    /// reads plainly), the read alone.
    func readValue(_ variable: PyTFVariable) throws -> TensorHandle {
        let rt = tf.runtime
        guard !variable.isUnread, variable.assignOp == nil, let graph = variable.handle?.graph ?? rt.currentGraph else {
            return try readVariable(variable)
        }
        return try tfCall(self) {
            try rt.withGraph(graph) {
                let read = try graph.withNameScope("Read") { try readVariable(variable) }
                return try rt.execute1("Identity", [read])
            }
        }
    }

    func wrap(_ h: TensorHandle) -> Value { .object(PyTFTensor(h)) }

    /// Builds ops inside the name scope `scope` (in graph mode), as a TF Python function with a
    /// `name_scope` does; `body` gets the name for the op that the scope is named after (nil
    /// eagerly). TF errors become Python exceptions.
    func tfCallInScope(_ scope: String, _ body: (TFRuntime, String?) throws -> TensorHandle) throws -> Value {
        let rt = tf.runtime
        let handle = try tfCall(self) {
            let graph = rt.currentGraph
            let (full, saved) = graph?.pushNameScope(scope) ?? ("", "")
            defer { graph?.popNameScope(saved) }
            return try body(rt, full.isEmpty ? nil : full)
        }
        return wrap(handle)
    }

    /// Builds an op as TF's Python wrappers do: a name scope named after the op, inputs converted
    /// inside it (Python values become `<op>/<arg>` constants), then the op named as the scope.
    /// `wrapperScope`: TF's Python function for this op opens a `name_scope` of its own (`x * y`,
    /// `tf.matmul`, `tf.cast`, ...), so a tape in a traced function names its gradient ops after it.
    /// `eagerName`: the name TF's wrapper passes the op when it runs it eagerly through its fast
    /// path, which ends a kernel's failure with ` name: <it>`; nil when the wrapper takes its
    /// fallback path (no suffix).
    func tfOp(_ type: String, name: Value? = nil, defaultName: String? = nil, inputs: [(Value, String)],
              attrs: Attrs = [:], inputDType: DType? = nil, matchFirstDType: Bool = true, wrapperScope: Bool = false,
              eagerName: String? = "") throws -> [TensorHandle] {
        let rt = tf.runtime
        let opName = (name?.isNone == false ? name?.asString : nil) ?? defaultName ?? type
        // The graph comes from a tensor input, or the current default graph.
        var graph: Graph? = rt.currentGraph
        for (v, _) in inputs {
            if case .object(let o) = v {
                if let t = o as? PyTFTensor, let g = t.handle.graphTensor?.graph { graph = g; break }
                if let variable = o as? PyTFVariable, let g = variable.graph { graph = g; break }
            }
        }
        // Tensors fix the dtype Python values are converted to (as TF's binary ops do).
        var tensorDType = inputDType
        if matchFirstDType && tensorDType == nil {
            for (v, _) in inputs {
                if case .object(let o) = v, let t = o as? PyTFTensor { tensorDType = t.handle.dtype; break }
                if case .object(let o) = v, let variable = o as? PyTFVariable { tensorDType = variable.dtype; break }
                if let t = NumpyBridge.tensorIfNumpy(v), t.rank > 0 { tensorDType = t.dtype; break }
            }
        }
        guard let graph else {
            // Eager: no names.
            var handles: [TensorHandle] = []
            var firstDType = tensorDType
            for (v, _) in inputs {
                // Tensors keep their dtype (a mismatch is the kernel's InvalidArgumentError); only
                // Python values and arrays are converted to the tensor operand's dtype.
                let h = try tfHandle(v, dtype: v.asObject is PyTFTensor ? nil : (matchFirstDType ? firstDType : inputDType))
                if firstDType == nil && matchFirstDType { firstDType = h.dtype }
                handles.append(h)
            }
            return try tfCall(self, eagerName: eagerName) { try rt.execute(type, handles, attrs: attrs) }
        }
        return try tfCall(self) {
            try rt.withGraph(graph) {
                let outer = graph.nameStack
                let (scope, saved) = graph.pushNameScope(opName)
                defer { graph.popNameScope(saved) }
                let savedRecordScope = rt.tapeRecordScope
                rt.tapeRecordScope = wrapperScope && !scope.isEmpty ? String(scope.dropLast()) : outer
                defer { rt.tapeRecordScope = savedRecordScope }
                var handles: [TensorHandle] = []
                var firstDType = tensorDType
                for (v, arg) in inputs {
                    let dtype = v.asObject is PyTFTensor ? nil : (matchFirstDType ? firstDType : inputDType)
                    if dtype == nil, !matchFirstDType, Self.isEmptySequence(v) {
                        // TF converts an empty list for an integer input twice (float32 first, which
                        // the op rejects), so the graph holds `shape` and `shape_1`.
                        _ = try tfHandle(v, dtype: .float32, name: arg)
                        handles.append(try tfHandle(v, dtype: .int32, name: arg))
                        continue
                    }
                    let h: TensorHandle
                    do {
                        h = try tfHandle(v, dtype: dtype, name: arg)
                    } catch let e as PyError where dtype != nil && e.type === PyType.TypeError {
                        // op_def_library's wording for a Python value of the wrong kind.
                        let message = e.exception.args.first?.asString ?? ""
                        throw PyError.typeError("Expected \(dtype?.name ?? "") passed to parameter '\(arg)' of op '\(type)', got \(try repr(v)) of type '\(v.typeName)' instead. Error: \(message)")
                    }
                    if firstDType == nil && matchFirstDType { firstDType = h.dtype }
                    handles.append(h)
                }
                return try rt.execute(type, handles, attrs: attrs, name: scope.isEmpty ? nil : scope)
            }
        }
    }

    /// Whether `v` belongs to a graph: a symbolic tensor, or a graph-mode variable.
    func isSymbolic(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if let t = o as? PyTFTensor, case .symbolic = t.handle { return true }
        if let variable = o as? PyTFVariable, variable.graph != nil { return true }
        return false
    }

    /// `tfOp1(def.type, inputs: ...)` for positional inputs computed now (nothing being built and
    /// no input from a graph), converting them as `tfOp` does eagerly: the first tensor, variable
    /// or array fixes the dtype of the Python values. Nil when the general path must run.
    func eagerOp(_ def: OpDef, _ inputs: [Value]) throws -> Value? {
        let rt = tf.runtime
        guard rt.executingEagerly, !inputs.contains(where: isSymbolic) else { return nil }
        var dtype: DType?
        for v in inputs {
            guard case .object(let o) = v else { continue }
            if let t = o as? PyTFTensor { dtype = t.handle.dtype; break }
            if let variable = o as? PyTFVariable { dtype = variable.dtype; break }
            if let t = NumpyBridge.tensorIfNumpy(v), t.rank > 0 { dtype = t.dtype; break }
        }
        var handles: [TensorHandle] = []
        handles.reserveCapacity(inputs.count)
        for v in inputs {
            let h = try tfHandle(v, dtype: v.asObject is PyTFTensor ? nil : dtype)
            if dtype == nil { dtype = h.dtype }
            handles.append(h)
        }
        return wrap(try tfCall(self, eagerName: "") { try rt.execute1(def, handles) })
    }

    /// Whether `v` is a Python list or tuple (which TF's generated op wrappers convert on their
    /// slower path, when the op takes it as a shape, axes or a permutation).
    static func isSequence(_ v: Value?) -> Bool {
        guard let o = v?.asObject else { return false }
        return o is PyList || o is PyTuple
    }

    static func isEmptySequence(_ v: Value) -> Bool {
        if let l = v.asObject as? PyList { return l.items.isEmpty }
        if let t = v.asObject as? PyTuple { return t.items.isEmpty }
        return false
    }

    func tfOp1(_ type: String, name: Value? = nil, defaultName: String? = nil, inputs: [(Value, String)],
               attrs: Attrs = [:], inputDType: DType? = nil, matchFirstDType: Bool = true, wrapperScope: Bool = false,
               eagerName: String? = "") throws -> Value {
        let outs = try tfOp(type, name: name, defaultName: defaultName, inputs: inputs, attrs: attrs,
                            inputDType: inputDType, matchFirstDType: matchFirstDType, wrapperScope: wrapperScope, eagerName: eagerName)
        guard let first = outs.first else { return .none }
        return wrap(first)
    }
}
