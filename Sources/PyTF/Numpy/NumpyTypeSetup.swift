import Python
import TensorCore
import Foundation

enum NumpyTypeSetup {
    /// Filled once per process (Swift runs a static initializer exactly once, thread-safely).
    private static let installed: Void = {
        installArray()
        installScalars()
        installDType()
    }()

    static func install() { _ = installed }

    static func array(_ v: Value) throws -> Tensor {
        guard let t = NumpyBridge.tensorIfNumpy(v) else { throw PyError.typeError("expected a numpy array") }
        return t
    }

    /// `axis=` arguments: None, an int, or a tuple of ints.
    static func axes(_ i: Interpreter, _ v: Value?) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        if let n = v.asInt { return [n] }
        return try i.collect(v).map { try i.index($0) }
    }

    /// The reductions shared by `np.sum(a, axis)` and `a.sum(axis)`.
    static func reduce(_ i: Interpreter, _ name: String, _ a: Args) throws -> Value {
        let p = try a.bind(name, ["a", "axis", "dtype", "out", "keepdims", "ddof"], required: 1)
        let t = try i.numpyArray(p[0] ?? .none)
        let ax = try axes(i, p[1])
        let keep = try p[4].map { try i.truthy($0) } ?? false
        let r: Tensor = try numpyCall {
            switch name {
            case "sum": return try Kernels.numpySum(t, axes: ax, keepDims: keep)
            case "mean": return try Kernels.mean(t, axes: ax, keepDims: keep, flavor: .numpy)
            case "std": return try Kernels.numpyStd(t, axes: ax, ddof: try p[5].map { try i.index($0) } ?? 0, keepDims: keep)
            case "var": return try Kernels.numpyVar(t, axes: ax, ddof: try p[5].map { try i.index($0) } ?? 0, keepDims: keep)
            case "max", "amax": return try Kernels.max(t, axes: ax, keepDims: keep, flavor: .numpy)
            case "min", "amin": return try Kernels.min(t, axes: ax, keepDims: keep, flavor: .numpy)
            case "prod": return try Kernels.prod(t, axes: ax, keepDims: keep, flavor: .numpy)
            case "argmax": return try Kernels.argmax(t, axis: ax?.first)
            case "argmin": return try Kernels.argmin(t, axis: ax?.first)
            case "all": return try Kernels.all(t, axes: ax, keepDims: keep)
            default: return try Kernels.any(t, axes: ax, keepDims: keep)
            }
        }
        return NumpyBridge.value(r)
    }

    /// numpy indexing items: ints, slices, None, Ellipsis; integer arrays and boolean masks.
    static func index(_ i: Interpreter, _ t: Tensor, _ key: Value) throws -> Tensor {
        if let k = NumpyBridge.tensorIfNumpy(key), k.rank > 0 || k.dtype == .bool {
            if k.dtype == .bool { return try numpyCall { try Kernels.booleanMask(t, mask: k) } }
            return try numpyCall { try Kernels.gather(t, indices: k, axis: 0, flavor: .numpy) }
        }
        if key.asObject is PyList {
            return try index(i, t, .object(PyNDArray(try i.numpyArray(key))))
        }
        return try numpyCall { try Kernels.slice(t, try items(i, key)) }
    }

    static func items(_ i: Interpreter, _ key: Value) throws -> [SliceItem] {
        let parts: [Value] = (key.asObject as? PyTuple)?.items ?? [key]
        return try parts.map { v in
            if v.isNone { return .newAxis }
            if case .object(let o) = v {
                if o === PySingleton.ellipsis { return .ellipsis }
                if let s = o as? PySlice {
                    func opt(_ x: Value) throws -> Int? { x.isNone ? nil : try i.index(x) }
                    return .range(start: try opt(s.start), stop: try opt(s.stop), step: try opt(s.step))
                }
            }
            do {
                return .index(try i.index(v))
            } catch {
                throw PyError(PyType.IndexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
            }
        }
    }

    private static func installArray() {
        let t = NumpyTypes.ndarray
        t.method("__repr__") { _, a in .str(NumpyFormat.arrayRepr(try array(a[0]))) }
        t.method("__str__") { _, a in .str(NumpyFormat.arrayStr(try array(a[0]))) }
        t.property("shape", get: { _, v in .object(PyTuple(try array(v).shape.map { .int($0) })) })
        t.property("dtype", get: { _, v in .object(PyNumpyDType(try array(v).dtype)) })
        t.property("ndim", get: { _, v in .int(try array(v).rank) })
        t.property("size", get: { _, v in .int(try array(v).elementCount) })
        t.property("T", get: { _, v in .object(PyNDArray(try numpyCall { try Kernels.transpose(try array(v)) })) })
        t.method("transpose") { _, a in .object(PyNDArray(try numpyCall { try Kernels.transpose(try array(a[0])) })) }
        t.method("reshape") { i, a in
            var dims = Array(a.positional.dropFirst())
            if dims.count == 1, dims[0].asObject is PyTuple || dims[0].asObject is PyList { dims = try i.collect(dims[0]) }
            let shape = try dims.map { try i.index($0) }
            return .object(PyNDArray(try numpyCall { try Kernels.reshape(try array(a[0]), to: shape, flavor: .numpy) }))
        }
        t.method("astype") { i, a in
            guard a.count >= 2, let d = try i.numpyDType(a[1]) else { throw PyError.typeError("astype() needs a dtype") }
            return .object(PyNDArray(try numpyCall { try Conversion.cast(try array(a[0]), to: d, flavor: .numpy) }))
        }
        for name in ["sum", "mean", "std", "var", "max", "min", "prod", "argmax", "argmin", "all", "any"] {
            t.method(name) { i, a in try reduce(i, name, a) }
        }
        t.method("ravel") { _, a in
            let x = try array(a[0])
            return .object(PyNDArray(try numpyCall { try Kernels.reshape(x, to: [x.elementCount]) }))
        }
        t.method("flatten") { _, a in
            let x = try array(a[0])
            return .object(PyNDArray(try numpyCall { try Kernels.reshape(x, to: [x.elementCount]) }))
        }
        t.method("copy") { _, a in .object(PyNDArray(try array(a[0]))) }
        t.method("tolist") { _, a in toList(try array(a[0])) }
        t.method("item") { _, a in
            let x = try array(a[0])
            guard x.elementCount == 1, let v = x.storage.element(at: 0) else {
                throw PyError.valueError("can only convert an array of size 1 to a Python scalar")
            }
            return pythonScalar(v)
        }
        t.method("dot") { i, a in try i.numpyBinary(a[0], a[1]) { try Kernels.matmul($0, $1, flavor: .numpy) } }
        t.method("__len__") { _, a in
            let x = try array(a[0])
            guard let n = x.shape.first else { throw PyError.typeError("len() of unsized object") }
            return .int(n)
        }
        t.method("__iter__") { i, a in
            let x = try array(a[0])
            guard !x.shape.isEmpty else { throw PyError.typeError("iteration over a 0-d array") }
            let rows = try numpyCall { try Kernels.unstack(x, axis: 0) }
            return .object(try i.iterate(.object(PyList(rows.map { NumpyBridge.value($0) }))))
        }
        t.method("__getitem__") { i, a in NumpyBridge.value(try index(i, try array(a[0]), a[1])) }
        t.method("__setitem__") { i, a in
            guard let arr = a[0].asObject as? PyNDArray else { throw PyError.typeError("expected an array") }
            let value = try numpyCall { try Conversion.cast(try i.numpyArray(a[2]), to: arr.tensor.dtype, flavor: .numpy) }
            if let k = NumpyBridge.tensorIfNumpy(a[1]), k.rank > 0 {
                arr.tensor = try numpyCall { k.dtype == .bool ? try Kernels.setBooleanMask(arr.tensor, mask: k, to: value) : try Kernels.setGather(arr.tensor, indices: k, to: value) }
            } else {
                arr.tensor = try numpyCall { try Kernels.setSlice(arr.tensor, try items(i, a[1]), to: value) }
            }
            return .none
        }
        t.method("__bool__") { _, a in
            let x = try array(a[0])
            guard x.elementCount == 1, let v = x.storage.element(at: 0) else {
                throw PyError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return .bool(v.boolValue)
        }
        t.method("__float__") { _, a in
            let x = try array(a[0])
            guard x.elementCount == 1, let d = x.storage.element(at: 0)?.doubleValue else {
                throw PyError.typeError("only length-1 arrays can be converted to Python scalars")
            }
            return .float(d)
        }
        t.method("__int__") { _, a in
            let x = try array(a[0])
            guard x.elementCount == 1, let d = x.storage.element(at: 0)?.int64Value else {
                throw PyError.typeError("only length-1 arrays can be converted to Python scalars")
            }
            return .int(Int(d))
        }
        t.method("__array__") { _, a in a[0] }
        t.dict["__hash__"] = .none
        installNumpyOperators(t)
    }

    private static func scalar(_ v: Value) throws -> ScalarValue {
        guard let s = v.asObject as? PyNumpyScalar else { throw PyError.typeError("expected a numpy scalar") }
        return s.value
    }

    private static func installScalars() {
        let g = NumpyTypes.generic
        g.method("__repr__") { _, a in .str(NumpyFormat.scalarRepr(try scalar(a[0]))) }
        g.method("__str__") { _, a in .str(NumpyFormat.scalarStr(try scalar(a[0]))) }
        g.method("__float__") { _, a in .float(try scalar(a[0]).doubleValue ?? .nan) }
        g.method("__int__") { _, a in
            let s = try scalar(a[0])
            guard let i = s.int64Value else {
                throw PyError.valueError(s.doubleValue?.isNaN == true ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            return .int(Int(i))
        }
        g.method("__bool__") { _, a in .bool(try scalar(a[0]).boolValue) }
        g.method("__hash__") { i, a in .int(try i.hash(pythonScalar(try scalar(a[0])))) }
        g.method("__format__") { i, a in
            let spec = a.count > 1 ? (a[1].asString ?? "") : ""
            let s = try scalar(a[0])
            if spec.isEmpty { return .str(NumpyFormat.scalarStr(s)) }
            return .str(try i.format(pythonScalar(s), spec))
        }
        g.method("__round__") { i, a in
            let s = try scalar(a[0])
            if a.count > 1, !a[1].isNone {
                let nd = try i.index(a[1])
                return NumpyBridge.value(try numpyCall { try Kernels.numpyRound(Tensor(s), decimals: nd) })
            }
            return try i.call(i.builtins.get("round") ?? .none, Args([pythonScalar(s)]))
        }
        g.method("item") { _, a in pythonScalar(try scalar(a[0])) }
        g.property("dtype", get: { _, v in .object(PyNumpyDType(try scalar(v).dtype)) })
        g.property("shape", get: { _, _ in .object(PyTuple([])) })
        g.property("ndim", get: { _, _ in .int(0) })
        g.method("astype") { i, a in
            guard a.count >= 2, let d = try i.numpyDType(a[1]) else { throw PyError.typeError("astype() needs a dtype") }
            return NumpyBridge.value(try numpyCall { try Conversion.cast(Tensor(try scalar(a[0])), to: d, flavor: .numpy) })
        }
        installNumpyOperators(g)
        for (d, t) in NumpyTypes.scalarTypes {
            t.newHook = { i, _, a in
                let v = a.positional.first ?? .int(0)
                let x = try NumpyBridge.tensor(from: v, interp: i)
                return NumpyBridge.value(try numpyCall { try Conversion.cast(x, to: d, flavor: .numpy) })
            }
        }
    }

    private static func installDType() {
        let t = NumpyTypes.dtype
        t.newHook = { i, _, a in
            guard let d = try i.numpyDType(a.positional.first) else { throw PyError.typeError("data type not understood") }
            return .object(PyNumpyDType(d))
        }
        t.method("__repr__") { _, a in .str("dtype('\((a[0].asObject as? PyNumpyDType)?.dtype.numpyName ?? "")')") }
        t.method("__str__") { _, a in .str((a[0].asObject as? PyNumpyDType)?.dtype.numpyName ?? "") }
        t.property("name", get: { _, v in .str((v.asObject as? PyNumpyDType)?.dtype.numpyName ?? "") })
        t.property("itemsize", get: { _, v in .int((v.asObject as? PyNumpyDType)?.dtype.byteSize ?? 0) })
        t.method("__eq__") { i, a in
            guard a.count == 2, let d = a[0].asObject as? PyNumpyDType else { return .notImplemented }
            return .bool((try? i.numpyDType(a[1])) == d.dtype)
        }
        t.method("__ne__") { i, a in
            guard a.count == 2, let d = a[0].asObject as? PyNumpyDType else { return .notImplemented }
            return .bool((try? i.numpyDType(a[1])) != d.dtype)
        }
        t.method("__hash__") { _, a in .int((a[0].asObject as? PyNumpyDType)?.dtype.hashValue ?? 0) }
    }

    static func toList(_ t: Tensor) -> Value {
        if t.rank == 0, let v = t.storage.element(at: 0) { return pythonScalar(v) }
        guard let rows = try? Kernels.unstack(t, axis: 0) else { return .object(PyList()) }
        return .object(PyList(rows.map { toList($0) }))
    }
}

/// A numpy scalar value as the Python scalar `.item()` gives.
func pythonScalar(_ v: ScalarValue) -> Value {
    switch v {
    case .bool(let b): return .bool(b)
    case .string(let s): return .str(s)
    default:
        if v.dtype.isInteger, let i = v.int64Value { return .int(Int(i)) }
        return .float(v.doubleValue ?? .nan)
    }
}


extension Interpreter {
    /// A numpy dtype argument: np.float32, 'float32', float, int, bool, a dtype object, tf dtypes.
    func numpyDType(_ v: Value?) throws -> DType? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v {
            if let d = o as? PyNumpyDType { return d.dtype }
            if let t = o as? PyType {
                if t === PyType.float { return .float64 }
                if t === PyType.int { return .int64 }
                if t === PyType.bool { return .bool }
                if let (d, _) = NumpyTypes.scalarTypes.first(where: { $0.value === t }) { return d }
            }
        }
        if let s = v.asString, let d = DType(numpyName: s) ?? DType(tensorflowName: s) { return d }
        if let name = try? getAttribute(v, "name").asString, let d = DType(numpyName: name ?? "") { return d }
        throw PyError.typeError("data type \(try repr(v)) not understood")
    }
}
