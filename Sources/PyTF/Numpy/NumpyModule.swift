import Python
import TensorCore
import Foundation

/// numpy's global random state (`np.random.seed`), one per interpreter.
final class NumpyRandomBox {
    var state: NumpyRandomState
    init(_ s: NumpyRandomState) { state = s }
}

extension Interpreter {
    var numpyRandom: NumpyRandomBox {
        if let b = extensions["numpy.random"] as? NumpyRandomBox { return b }
        let seed = Int64(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6)))
        let b = NumpyRandomBox((try? NumpyRandomState(seed: seed)) ?? NumpyRandomState(mt: MT19937(seed: 5489)))
        extensions["numpy.random"] = b
        return b
    }
}

/// Registers numpy (with numpy.random and numpy.linalg) and the standard-library modules TF programs import.
public func installNumpy(into interp: Interpreter) {
    NumpyTypeSetup.install()
    interp.registerModule("numpy") { i in makeNumpyModule(i) }
    interp.registerModule("numpy.random") { i in
        _ = try i.importModule("numpy")
        return try i.importModule("numpy.random")
    }
    interp.registerModule("numpy.linalg") { i in
        _ = try i.importModule("numpy")
        return try i.importModule("numpy.linalg")
    }
    installStdlib(into: interp)
}

private func makeNumpyModule(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "numpy")
    m["__version__"] = .str("2.4.6")
    m["ndarray"] = .object(NumpyTypes.ndarray)
    m["dtype"] = .object(NumpyTypes.dtype)
    m["generic"] = .object(NumpyTypes.generic)
    for (d, t) in NumpyTypes.scalarTypes { m[t.name] = .object(t); if d == .bool { m["bool_"] = .object(t) } }
    m["double"] = m["float64"]
    m["float_"] = m["float64"]
    m["pi"] = .float(Double.pi)
    m["e"] = .float(M_E)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    m["newaxis"] = .none

    func array(_ i: Interpreter, _ v: Value, _ dtype: Value?) throws -> Value {
        .object(PyNDArray(try NumpyBridge.tensor(from: v, interp: i, dtype: try i.numpyDType(dtype))))
    }
    m.function("array") { i, a in
        let p = try a.bind("array", ["object", "dtype", "copy", "order", "subok", "ndmin"], required: 1)
        return try array(i, p[0] ?? .none, p[1])
    }
    m.function("asarray") { i, a in
        let p = try a.bind("asarray", ["a", "dtype", "order"], required: 1)
        return try array(i, p[0] ?? .none, p[1])
    }
    func shapeArg(_ i: Interpreter, _ v: Value?) throws -> [Int] {
        guard let v else { return [] }
        if let n = v.asInt { return [n] }
        return try i.collect(v).map { try i.index($0) }
    }
    for (name, fill) in [("zeros", 0.0), ("ones", 1.0), ("empty", 0.0)] {
        m.function(name) { i, a in
            let p = try a.bind(name, ["shape", "dtype", "order"], required: 1)
            let d = try i.numpyDType(p[1]) ?? .float64
            let t = try numpyCall { try Conversion.cast(try Kernels.fill(try shapeArg(i, p[0]), .float64(fill)), to: d, flavor: .numpy) }
            return .object(PyNDArray(t))
        }
    }
    for (name, fill) in [("zeros_like", 0.0), ("ones_like", 1.0)] {
        m.function(name) { i, a in
            let p = try a.bind(name, ["a", "dtype"], required: 1)
            let x = try i.numpyArray(p[0] ?? .none)
            let d = try i.numpyDType(p[1]) ?? x.dtype
            return .object(PyNDArray(try numpyCall { try Conversion.cast(try Kernels.fill(x.shape, .float64(fill)), to: d, flavor: .numpy) }))
        }
    }
    m.function("full") { i, a in
        let p = try a.bind("full", ["shape", "fill_value", "dtype"], required: 2)
        let v = try i.numpyArray(p[1] ?? .none)
        let d = try i.numpyDType(p[2]) ?? v.dtype
        guard let s = v.storage.element(at: 0) else { throw PyError.valueError("fill_value must be a scalar") }
        return .object(PyNDArray(try numpyCall { try Conversion.cast(try Kernels.fill(try shapeArg(i, p[0]), s), to: d, flavor: .numpy) }))
    }
    m.function("arange") { i, a in
        let p = try a.bind("arange", ["start", "stop", "step", "dtype"], required: 1)
        var start = p[0] ?? .int(0), stop = p[1] ?? .none
        if stop.isNone { (start, stop) = (.int(0), start) }
        let step = p[2] ?? .int(1)
        let allInt = [start, stop, step].allSatisfy { $0.asInt != nil }
        let d = try i.numpyDType(p[3]) ?? (allInt ? .int64 : .float64)
        return .object(PyNDArray(try numpyCall { try Kernels.arange(start: try i.toDouble(start), stop: try i.toDouble(stop), step: try i.toDouble(step), dtype: d) }))
    }
    m.function("linspace") { i, a in
        let p = try a.bind("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype"], required: 2)
        let t = try numpyCall { try Kernels.linspace(start: try i.toDouble(p[0] ?? .none), stop: try i.toDouble(p[1] ?? .none),
                                                     num: try p[2].map { try i.index($0) } ?? 50,
                                                     endpoint: try p[3].map { try i.truthy($0) } ?? true, dtype: try i.numpyDType(p[5]) ?? .float64) }
        return .object(PyNDArray(t))
    }
    m.function("eye") { i, a in
        let p = try a.bind("eye", ["N", "M", "k", "dtype"], required: 1)
        let cols = try p[1].flatMap { $0.isNone ? nil : try i.index($0) }
        return .object(PyNDArray(try numpyCall { try Kernels.eye(try i.index(p[0] ?? .none), columns: cols, dtype: try i.numpyDType(p[3]) ?? .float64) }))
    }
    func concat(_ i: Interpreter, _ items: [Value], axis: Int) throws -> Value {
        var ts = try items.map { try i.numpyArray($0) }
        guard let first = ts.first else { throw PyError.valueError("need at least one array to concatenate") }
        var d = first.dtype
        for t in ts.dropFirst() { d = DType.numpyResultType(d, t.dtype) ?? d }
        ts = try ts.map { t in try numpyCall { t.dtype == d ? t : try Conversion.cast(t, to: d, flavor: .numpy) } }
        return .object(PyNDArray(try numpyCall { try Kernels.concat(ts, axis: axis) }))
    }
    m.function("concatenate") { i, a in
        let p = try a.bind("concatenate", ["arrays", "axis"], required: 1)
        return try concat(i, try i.collect(p[0] ?? .none), axis: try p[1].map { try i.index($0) } ?? 0)
    }
    m.function("hstack") { i, a in
        let items = try i.collect(a.positional.first ?? .none)
        let rank1 = try items.allSatisfy { try i.numpyArray($0).rank <= 1 }
        return try concat(i, items, axis: rank1 ? 0 : 1)
    }
    m.function("vstack") { i, a in
        let items = try i.collect(a.positional.first ?? .none).map { v -> Value in
            let t = try i.numpyArray(v)
            return t.rank == 1 ? .object(PyNDArray(try numpyCall { try Kernels.reshape(t, to: [1, t.elementCount]) })) : v
        }
        return try concat(i, items, axis: 0)
    }
    // np.c_ and np.r_: index tricks that concatenate columns and rows.
    for (name, column) in [("c_", true), ("r_", false)] {
        let t = PyType(name: column ? "CClass" : "RClass", module: "numpy", bases: [PyType.object])
        t.method("__getitem__") { i, a in
            let items: [Value] = (a[1].asObject as? PyTuple)?.items ?? [a[1]]
            if column {
                let cols = try items.map { v -> Value in
                    let x = try i.numpyArray(v)
                    return x.rank == 1 ? .object(PyNDArray(try numpyCall { try Kernels.reshape(x, to: [x.elementCount, 1]) })) : .object(PyNDArray(x))
                }
                return try concat(i, cols, axis: 1)
            }
            return try concat(i, items, axis: 0)
        }
        m[name] = .object(PyInstance(cls: t))
    }
    m.function("reshape") { i, a in
        let p = try a.bind("reshape", ["a", "newshape", "order"], required: 2)
        return .object(PyNDArray(try numpyCall { try Kernels.reshape(try i.numpyArray(p[0] ?? .none), to: try shapeArg(i, p[1]), flavor: .numpy) }))
    }
    m.function("transpose") { i, a in
        let p = try a.bind("transpose", ["a", "axes"], required: 1)
        let perm = try p[1].flatMap { $0.isNone ? nil : try shapeArg(i, $0) }
        return .object(PyNDArray(try numpyCall { try Kernels.transpose(try i.numpyArray(p[0] ?? .none), perm: perm) }))
    }
    for name in ["dot", "matmul"] {
        m.function(name) { i, a in
            try a.expect(name, min: 2, max: 2)
            return try i.numpyBinary(a[0], a[1]) { try Kernels.matmul($0, $1, flavor: .numpy) }
        }
    }
    for (name, op) in [("add", { try Kernels.add($0, $1) }), ("subtract", { try Kernels.subtract($0, $1) }),
                       ("multiply", { try Kernels.multiply($0, $1) }), ("divide", { try Kernels.divide($0, $1, flavor: .numpy) }),
                       ("maximum", { try Kernels.maximum($0, $1) }), ("minimum", { try Kernels.minimum($0, $1) }),
                       ("power", { try Kernels.pow($0, $1) })] as [(String, (Tensor, Tensor) throws -> Tensor)] {
        m.function(name) { i, a in
            try a.expect(name, min: 2, max: 2)
            return try i.numpyBinary(a[0], a[1], op)
        }
    }
    for name in ["sum", "mean", "std", "var", "max", "min", "amax", "amin", "prod", "argmax", "argmin", "all", "any"] {
        m.function(name) { i, a in try NumpyTypeSetup.reduce(i, name, a) }
    }
    let unary: [(String, (Tensor) throws -> Tensor)] = [
        ("abs", { try Kernels.abs($0) }), ("absolute", { try Kernels.abs($0) }), ("sqrt", { try Kernels.sqrt($0) }),
        ("exp", { try Kernels.exp($0) }), ("log", { try Kernels.log($0) }), ("square", { try Kernels.square($0) }),
        ("sin", { try Kernels.sin($0) }), ("cos", { try Kernels.cos($0) }), ("tanh", { try Kernels.tanh($0) }),
        ("floor", { try Kernels.floor($0) }), ("ceil", { try Kernels.ceil($0) }), ("sign", { try Kernels.sign($0) }),
        ("isnan", { try Kernels.isNaN($0) }), ("isinf", { try Kernels.isInf($0) }), ("isfinite", { try Kernels.isFinite($0) }),
    ]
    for (name, op) in unary {
        m.function(name) { i, a in
            try a.expect(name, min: 1, max: 1)
            var x = try i.numpyArray(a[0])
            if !x.dtype.isFloating && ["sqrt", "exp", "log", "sin", "cos", "tanh"].contains(name) {
                x = try numpyCall { try Conversion.cast(x, to: .float64, flavor: .numpy) }
            }
            return NumpyBridge.value(try numpyCall { try op(x) })
        }
    }
    for name in ["round", "around"] {
        m.function(name) { i, a in
            let p = try a.bind(name, ["a", "decimals"], required: 1)
            return NumpyBridge.value(try numpyCall { try Kernels.numpyRound(try i.numpyArray(p[0] ?? .none), decimals: try p[1].map { try i.index($0) } ?? 0) })
        }
    }
    m.function("clip") { i, a in
        let p = try a.bind("clip", ["a", "a_min", "a_max"], required: 3)
        var r = p[0] ?? .none
        if let lo = p[1], !lo.isNone { r = try i.numpyBinary(r, lo) { try Kernels.maximum($0, $1) } }
        if let hi = p[2], !hi.isNone { r = try i.numpyBinary(r, hi) { try Kernels.minimum($0, $1) } }
        return r
    }
    func closeness(_ i: Interpreter, _ a: Args, _ name: String) throws -> Tensor {
        let p = try a.bind(name, ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        let x = try numpyCall { try Conversion.cast(try i.numpyArray(p[0] ?? .none), to: .float64, flavor: .numpy) }
        let y = try numpyCall { try Conversion.cast(try i.numpyArray(p[1] ?? .none), to: .float64, flavor: .numpy) }
        let rtol = try p[2].map { try i.toDouble($0) } ?? 1e-5, atol = try p[3].map { try i.toDouble($0) } ?? 1e-8
        // |x - y| <= atol + rtol * |y|
        return try numpyCall {
            let diff = try Kernels.abs(try Kernels.subtract(x, y))
            let tol = try Kernels.add(Tensor(scalar: atol), try Kernels.multiply(Tensor(scalar: rtol), try Kernels.abs(y)))
            return try Kernels.lessEqual(diff, tol)
        }
    }
    m.function("isclose") { i, a in NumpyBridge.value(try closeness(i, a, "isclose")) }
    m.function("allclose") { i, a in .bool(try closeness(i, a, "allclose").scalars.allSatisfy { $0.boolValue }) }
    m.function("array_equal") { i, a in
        try a.expect("array_equal", min: 2, max: 2)
        let x = try i.numpyArray(a[0]), y = try i.numpyArray(a[1])
        if x.shape != y.shape { return .false }
        let eq = try i.numpyBinary(a[0], a[1]) { try Kernels.equal($0, $1) }
        return .bool((NumpyBridge.tensorIfNumpy(eq)?.scalars ?? []).allSatisfy { $0.boolValue })
    }
    m.function("shape") { i, a in .object(PyTuple(try i.numpyArray(a.positional.first ?? .none).shape.map { .int($0) })) }
    m.function("size") { i, a in .int(try i.numpyArray(a.positional.first ?? .none).elementCount) }
    let random = makeRandomModule(interp)
    let linalg = makeLinalgModule()
    m["random"] = .object(random)
    m["linalg"] = .object(linalg)
    interp.addModule(random)
    interp.addModule(linalg)
    return m
}
