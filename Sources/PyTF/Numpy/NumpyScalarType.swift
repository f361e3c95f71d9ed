import BigInt
import Python
import TensorCore

/// The methods of numpy scalars (`np.float32(6.0)`, `np.int64(3)`, `np.True_`): numpy's printing,
/// Python number protocols, hashing equal to the Python number's, and array-like attributes.
enum NumpyScalarType {
    static func scalar(_ v: Value) throws -> ScalarValue {
        guard let s = v.asObject as? PyNumpyScalar else { throw PyError.typeError("descriptor requires a numpy scalar") }
        return s.value
    }

    /// `np.float32(x)`: a scalar, or an array when `x` is a sequence.
    static func construct(_ d: DType, _ i: Interpreter, _ a: Args) throws -> Value {
        try a.noKeywords(NumpyTypes.scalarType(d).name)
        guard let v = a.positional.first else {
            return PyNumpyScalar.make(try numpyCall { try Conversion.castScalar(.int64(0), to: d) })
        }
        if d.isInteger, let big = v.asBigInt, !(v.asObject is PyNumpyScalar) {
            try NumpyArithmetic.checkFits(big, d)
        }
        if d.isInteger, case .float(let x) = v {
            if x.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if x.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
        }
        if d == .bool, v.asString != nil { return PyNumpyScalar.make(.bool(try i.truthy(v))) }
        let x = try NumpyConvert.tensor(v, i)
        return NumpyBridge.value(try NumpyConvert.cast(x, d))
    }

    static func install() {
        let g = NumpyTypes.generic
        g.checkedMethod("__repr__") { _, a in .str(NumpyFormat.scalarRepr(try scalar(a[0]))) }
        g.checkedMethod("__str__") { _, a in .str(NumpyFormat.scalarStr(try scalar(a[0]))) }
        // numpy formats a scalar as the Python number it converts to (`f"{np.float32(0.1)}"` is
        // `0.10000000149011612`).
        g.checkedMethod("__format__") { i, a in
            let spec = (try numpyArg(a, 1, "__format__")).asString ?? ""
            return .str(try i.format(NumpyConvert.python(try scalar(a[0])), spec))
        }
        g.checkedMethod("__hash__") { i, a in .int(try i.hash(NumpyConvert.python(try scalar(a[0])))) }
        g.checkedMethod("__bool__") { _, a in .bool(try scalar(a[0]).boolValue) }
        g.checkedMethod("__float__") { i, a in .float(try i.toDouble(NumpyConvert.python(try scalar(a[0])))) }
        g.checkedMethod("__int__") { i, a in try i.call(.object(PyType.int), Args([NumpyConvert.python(try scalar(a[0]))])) }
        g.checkedMethod("__round__") { i, a in
            let s = try scalar(a[0])
            if a.count > 1, !a[1].isNone {
                let digits = Swift.min(Swift.max(try NumpyConvert.integer(a[1], i), -400), 400)
                return NumpyBridge.value(try numpyCall { try Kernels.numpyRound(Tensor(s), decimals: digits) })
            }
            return try i.call(i.builtins.get("round") ?? .none, Args([NumpyConvert.python(s)]))
        }
        g.checkedMethod("__getitem__") { i, a in
            let key = try numpyArg(a, 1, "__getitem__")
            if let t = key.asObject as? PyTuple, t.items.isEmpty { return a[0] }
            if key.asObject === PySingleton.ellipsis { return .object(PyNDArray(Tensor(try scalar(a[0])))) }
            throw PyError.indexError("invalid index to scalar variable.")
        }
        g.checkedMethod("__array__") { i, a in
            let t = Tensor(try scalar(a[0]))
            if a.count > 1, let d = try NumpyConvert.dtype(a[1], i) { return .object(PyNDArray(try NumpyConvert.cast(t, d))) }
            return .object(PyNDArray(t))
        }
        g.checkedMethod("item") { _, a in NumpyConvert.python(try scalar(a[0])) }
        g.checkedMethod("tolist") { _, a in NumpyConvert.python(try scalar(a[0])) }
        g.checkedMethod("copy") { _, a in a[0] }
        g.checkedMethod("conjugate") { _, a in a[0] }
        g.property("dtype", get: { _, v in .object(PyNumpyDType(try scalar(v).dtype)) })
        g.property("shape", get: { _, _ in .object(PyTuple([])) })
        g.property("ndim", get: { _, _ in .int(0) })
        g.property("size", get: { _, _ in .int(1) })
        g.property("itemsize", get: { _, v in .int(try scalar(v).dtype.byteSize) })
        g.property("nbytes", get: { _, v in .int(try scalar(v).dtype.byteSize) })
        g.property("T", get: { _, v in v })
        g.property("real", get: { _, v in v })
        g.property("imag", get: { _, v in NumpyBridge.value(Kernels.zerosLike(Tensor(try scalar(v)))) })
        g.checkedMethod("astype") { i, a in
            guard let d = try NumpyConvert.dtype(try numpyArg(a, 1, "astype"), i) else { return a[0] }
            return NumpyBridge.value(try NumpyConvert.cast(Tensor(try scalar(a[0])), d))
        }
        g.checkedMethod("view") { i, a in
            guard let d = try NumpyConvert.dtype(try numpyArg(a, 1, "view"), i) else { return a[0] }
            let t = Tensor(try scalar(a[0]))
            guard let reread = Conversion.reinterpret(t, as: d) else {
                throw PyError(PyType.NotImplementedError, "view() as \(d.name) of a \(t.dtype.name) (a different item size) is not supported")
            }
            return NumpyBridge.value(reread)
        }
        g.checkedMethod("reshape") { i, a in
            let t = Tensor(try scalar(a[0]))
            let shape = try NumpyArrayType.resolveShape(try NumpyArrayType.dims(Array(a.positional.dropFirst()), i), count: 1)
            return NumpyBridge.value(NumpyStorage.tensor(shape, t.storage))
        }
        g.checkedMethod("round") { i, a in
            let p = try Args(Array(a.positional.dropFirst()), keywords: a.keywords).bind("round", ["decimals"])
            return try NumpyMath.round(a[0], p[0], i)
        }
        for name in ["sum", "mean", "max", "min", "prod", "std", "var", "all", "any", "argmax", "argmin"] {
            g.checkedMethod(name) { i, a in try NumpyReductions.reduce(i, name, a) }
        }
        NumpyArithmetic.install(on: g, inPlace: false)

        // Integer scalars are indices; floats are not.
        for t in [NumpyTypes.integer, NumpyTypes.scalarType(.bool)] {
            t.checkedMethod("__index__") { _, a in
                guard let s = a[0].asObject as? PyNumpyScalar else { throw PyError.typeError("expected a numpy integer") }
                return .int(try s.pyIndex())
            }
        }
        NumpyTypes.floating.checkedMethod("is_integer") { _, a in
            guard let d = try scalar(a[0]).doubleValue else { return .false }
            return .bool(d.isFinite && d == d.rounded())
        }
        for (d, t) in NumpyTypes.scalarTypes {
            t.newHook = { i, _, a in try construct(d, i, a) }
            // Copy the inherited methods into each concrete type, so a lookup finds them at once.
            for base in t.mro.dropFirst() where NumpyTypes.abstractTypes.contains(where: { $0 === base }) {
                for (name, value) in base.dict where t.dict[name] == nil { t.dict[name] = value }
            }
        }
    }
}

/// `numpy.dtype` objects.
enum NumpyDTypeType {
    /// The width numpy gives a string array's dtype (`<U5`): its longest string.
    static func width(_ t: Tensor) -> Int {
        guard case let .string(v) = t.storage else { return 0 }
        return max(v.map { $0.unicodeScalars.count }.max() ?? 0, 1)
    }

    static func dtype(_ v: Value) throws -> PyNumpyDType {
        guard let d = v.asObject as? PyNumpyDType else { throw PyError.typeError("descriptor requires a 'numpy.dtype' object") }
        return d
    }

    /// `str(dtype)`: `float32`, `<U2`.
    static func text(_ d: PyNumpyDType) -> String {
        d.dtype == .string ? "<U\(d.width)" : d.dtype.numpyName
    }

    static func kind(_ d: DType) -> String {
        switch d {
        case .float32, .float64: return "f"
        case .int32, .int64: return "i"
        case .uint8: return "u"
        case .bool: return "b"
        case .string: return "U"
        }
    }

    static func install() {
        let t = NumpyTypes.dtype
        t.newHook = { i, _, a in
            let p = try a.bind("dtype", ["dtype", "align", "copy"], required: 1)
            guard let d = try NumpyConvert.dtype(p[0], i) else { return .object(PyNumpyDType(.float64)) }
            var width = 1
            if let s = p[0]?.asString, let w = Int(s.drop(while: { !$0.isNumber })) { width = w }
            return .object(PyNumpyDType(d, width: width))
        }
        t.checkedMethod("__repr__") { _, a in .str("dtype('\(text(try dtype(a[0])))')") }
        t.checkedMethod("__str__") { _, a in .str(text(try dtype(a[0]))) }
        t.property("name", get: { _, v in
            let d = try dtype(v)
            return .str(d.dtype == .string ? "str\(d.width * 32)" : d.dtype.numpyName)
        })
        t.property("itemsize", get: { _, v in
            let d = try dtype(v)
            return .int(d.dtype == .string ? d.width * 4 : d.dtype.byteSize)
        })
        t.property("kind", get: { _, v in .str(kind(try dtype(v).dtype)) })
        t.property("char", get: { _, v in
            switch try dtype(v).dtype {
            case .float32: return .str("f")
            case .float64: return .str("d")
            case .int32: return .str("i")
            case .int64: return .str("l")
            case .uint8: return .str("B")
            case .bool: return .str("?")
            case .string: return .str("U")
            }
        })
        t.property("str", get: { _, v in
            let d = try dtype(v)
            switch d.dtype {
            case .bool: return .str("|b1")
            case .uint8: return .str("|u1")
            case .string: return .str("<U\(d.width)")
            default: return .str("<\(kind(d.dtype))\(d.dtype.byteSize)")
            }
        })
        t.property("type", get: { _, v in .object(NumpyTypes.scalarType(try dtype(v).dtype)) })
        t.property("ndim", get: { _, _ in .int(0) })
        t.property("shape", get: { _, _ in .object(PyTuple([])) })
        t.checkedMethod("__eq__") { i, a in
            guard let d = a[0].asObject as? PyNumpyDType else { return .notImplemented }
            let other = try numpyArg(a, 1, "__eq__")
            guard let o = try? NumpyConvert.dtype(other, i) else { return .false }
            return .bool(o == d.dtype)
        }
        t.checkedMethod("__ne__") { i, a in
            guard let d = a[0].asObject as? PyNumpyDType else { return .notImplemented }
            let other = try numpyArg(a, 1, "__ne__")
            guard let o = try? NumpyConvert.dtype(other, i) else { return .true }
            return .bool(o != d.dtype)
        }
        t.checkedMethod("__hash__") { i, a in .int(try i.hash(.str(try dtype(a[0]).dtype.numpyName))) }
    }
}
