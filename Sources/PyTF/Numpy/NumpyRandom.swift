import Python
import TensorCore

/// `np.random.RandomState`: its own legacy MT19937 stream.
final class PyRandomState: PyObject {
    let box: NumpyRandomBox
    init(_ box: NumpyRandomBox) { self.box = box }
    override var pyType: PyType { PyRandomState.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "RandomState", module: "numpy.random", bases: [PyType.object])
        t.newHook = { i, _, a in
            let seed = try a.positional.first.flatMap { $0.isNone ? nil : Int64(try i.index($0)) } ?? 0
            return .object(PyRandomState(NumpyRandomBox(try numpyCall { try NumpyRandomState(seed: seed) })))
        }
        for (name, fn) in randomFunctions {
            t.method(name) { i, a in
                guard let rs = a.positional.first?.asObject as? PyRandomState else { throw PyError.typeError("expected a RandomState") }
                return try fn(i, rs.box, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
            }
        }
        return t
    }()
}

private func sizeShape(_ i: Interpreter, _ v: Value?) throws -> [Int]? {
    guard let v, !v.isNone else { return nil }
    if let n = v.asInt { return [n] }
    return try i.collect(v).map { try i.index($0) }
}

/// A float result: a Python float without `size`, else an array.
private func floats(_ values: [Double], _ shape: [Int]?) throws -> Value {
    guard let shape else { return .float(values.first ?? 0) }
    return .object(PyNDArray(try numpyCall { try Tensor(values, shape: shape) }))
}

/// The functions of `np.random` and of a RandomState, on a state box.
nonisolated(unsafe) let randomFunctions: [(String, (Interpreter, NumpyRandomBox, Args) throws -> Value)] = [
    ("seed", { i, box, a in
        let seed = try a.positional.first.flatMap { $0.isNone ? nil : Int64(try i.index($0)) } ?? 0
        try numpyCall { try box.state.seed(seed) }
        return .none
    }),
    ("rand", { i, box, a in
        let shape = try a.positional.map { try i.index($0) }
        let values = box.state.randomSample(count: shape.reduce(1, *))
        return try floats(values, shape.isEmpty ? nil : shape)
    }),
    ("random_sample", { i, box, a in
        let shape = try sizeShape(i, a.positional.first ?? a.keyword("size"))
        return try floats(box.state.randomSample(count: shape?.reduce(1, *) ?? 1), shape)
    }),
    ("random", { i, box, a in
        let shape = try sizeShape(i, a.positional.first ?? a.keyword("size"))
        return try floats(box.state.randomSample(count: shape?.reduce(1, *) ?? 1), shape)
    }),
    ("randn", { i, box, a in
        let shape = try a.positional.map { try i.index($0) }
        return try floats(box.state.standardNormal(count: shape.reduce(1, *)), shape.isEmpty ? nil : shape)
    }),
    ("standard_normal", { i, box, a in
        let shape = try sizeShape(i, a.positional.first ?? a.keyword("size"))
        return try floats(box.state.standardNormal(count: shape?.reduce(1, *) ?? 1), shape)
    }),
    ("uniform", { i, box, a in
        let p = try a.bind("uniform", ["low", "high", "size"])
        let shape = try sizeShape(i, p[2])
        let values = box.state.uniform(low: try p[0].map { try i.toDouble($0) } ?? 0, high: try p[1].map { try i.toDouble($0) } ?? 1, count: shape?.reduce(1, *) ?? 1)
        return try floats(values, shape)
    }),
    ("normal", { i, box, a in
        let p = try a.bind("normal", ["loc", "scale", "size"])
        let shape = try sizeShape(i, p[2])
        let values = try numpyCall { try box.state.normal(loc: try p[0].map { try i.toDouble($0) } ?? 0, scale: try p[1].map { try i.toDouble($0) } ?? 1, count: shape?.reduce(1, *) ?? 1) }
        return try floats(values, shape)
    }),
    ("randint", { i, box, a in
        let p = try a.bind("randint", ["low", "high", "size", "dtype"], required: 1)
        let shape = try sizeShape(i, p[2])
        let high = try p[1].flatMap { $0.isNone ? nil : Int64(try i.index($0)) }
        let values = try numpyCall { try box.state.randint(low: Int64(try i.index(p[0] ?? .none)), high: high, count: shape?.reduce(1, *) ?? 1) }
        guard let shape else { return .int(Int(values.first ?? 0)) }
        return .object(PyNDArray(try numpyCall { try Tensor(values, shape: shape) }))
    }),
    ("permutation", { i, box, a in
        try a.expect("permutation", min: 1, max: 1)
        if let n = a[0].asInt { return .object(PyNDArray(Tensor(box.state.permutation(n)))) }
        let t = try i.numpyArray(a[0])
        return .object(PyNDArray(try numpyCall { try box.state.shuffled(t) }))
    }),
    ("shuffle", { i, box, a in
        try a.expect("shuffle", min: 1, max: 1)
        if let arr = a[0].asObject as? PyNDArray {
            arr.tensor = try numpyCall { try box.state.shuffled(arr.tensor) }
        } else if let l = a[0].asObject as? PyList {
            box.state.shuffle(&l.items)
        }
        return .none
    }),
    ("choice", { i, box, a in
        let p = try a.bind("choice", ["a", "size", "replace", "p"], required: 1)
        let shape = try sizeShape(i, p[1])
        let replace = try p[2].map { try i.truthy($0) } ?? true
        let pool: Tensor
        if let n = p[0]?.asInt { pool = Tensor((0..<n).map { Int64($0) }) } else { pool = try i.numpyArray(p[0] ?? .none) }
        let picks = try numpyCall { try box.state.choice(pool.elementCount, count: shape?.reduce(1, *) ?? 1, replace: replace) }
        let chosen = try numpyCall { try Kernels.gather(pool, indices: Tensor(picks), axis: 0, flavor: .numpy) }
        guard let shape else { return NumpyBridge.value(try numpyCall { try Kernels.reshape(chosen, to: []) }) }
        return .object(PyNDArray(try numpyCall { try Kernels.reshape(chosen, to: shape) }))
    }),
]

func makeRandomModule(_ interp: Interpreter) -> PyModule {
    let m = PyModule(name: "numpy.random")
    for (name, fn) in randomFunctions {
        m.function(name) { i, a in try fn(i, i.numpyRandom, a) }
    }
    m["RandomState"] = .object(PyRandomState.type)
    return m
}

func makeLinalgModule() -> PyModule {
    let m = PyModule(name: "numpy.linalg")
    m.function("inv") { i, a in
        try a.expect("inv", min: 1, max: 1)
        var x = try i.numpyArray(a[0])
        if !x.dtype.isFloating { x = try numpyCall { try Conversion.cast(x, to: .float64, flavor: .numpy) } }
        do {
            return .object(PyNDArray(try Kernels.matrixInverse(x)))
        } catch {
            throw PyError(PyType.ValueError, "Singular matrix")
        }
    }
    m.function("norm") { i, a in
        let x = try numpyCall { try Conversion.cast(try i.numpyArray(a.positional.first ?? .none), to: .float64, flavor: .numpy) }
        let s = (x.values(as: Double.self) ?? []).reduce(0) { $0 + $1 * $1 }
        return .object(PyNumpyScalar(.float64(s.squareRoot())))
    }
    m.function("solve") { i, a in
        try a.expect("solve", min: 2, max: 2)
        let inv = try i.call(try i.getAttribute(.object(m), "inv"), Args([a[0]]))
        return try i.numpyBinary(inv, a[1]) { try Kernels.matmul($0, $1, flavor: .numpy) }
    }
    return m
}
