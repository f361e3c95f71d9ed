import Foundation
import Python
import TensorCore

/// A legacy MT19937 random state: numpy's global one (`np.random.seed`) or a `RandomState`'s.
final class NumpyRandomBox {
    var state: NumpyRandomState
    init(_ s: NumpyRandomState) { state = s }

    /// A state seeded from the clock, as numpy seeds from the OS when given no seed.
    static func unseeded() -> NumpyRandomBox {
        let seed = Int64(UInt32(truncatingIfNeeded: Int(Date().timeIntervalSince1970 * 1e6)))
        return NumpyRandomBox((try? NumpyRandomState(seed: seed)) ?? NumpyRandomState(mt: MT19937(seed: 5489)))
    }
}

extension Interpreter {
    /// numpy's global random state, one per interpreter.
    var numpyGlobalRandom: NumpyRandomBox {
        if let b = extensions["numpy.random"] as? NumpyRandomBox { return b }
        let b = NumpyRandomBox.unseeded()
        extensions["numpy.random"] = b
        return b
    }
}

/// `np.random.RandomState`: its own legacy MT19937 stream.
final class PyRandomState: PyObject {
    let box: NumpyRandomBox
    init(_ box: NumpyRandomBox) { self.box = box }
    override var pyType: PyType { PyRandomState.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "RandomState", module: "numpy.random", bases: [PyType.object])
        t.newHook = { i, _, a in
            let p = try a.bind("RandomState", ["seed"])
            guard let seed = p[0], !seed.isNone else { return .object(PyRandomState(NumpyRandomBox.unseeded())) }
            return .object(PyRandomState(NumpyRandomBox(try NumpyRandom.seeded(seed, i))))
        }
        for (name, fn) in NumpyRandom.functions {
            t.checkedMethod(name) { i, a in
                guard let rs = a.positional.first?.asObject as? PyRandomState else { throw PyError.typeError("descriptor requires a 'RandomState' object") }
                return try fn(i, rs.box, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
            }
        }
        t.checkedMethod("__repr__") { _, _ in .str("RandomState(MT19937)") }
        return t
    }()
}

/// The functions of `np.random` and of `RandomState`, drawing numpy's legacy streams.
enum NumpyRandom {
    /// A state for `seed(n)`, `seed([a, b])`.
    static func seeded(_ v: Value, _ i: Interpreter) throws -> NumpyRandomState {
        if case .object(let o) = v, o is PyList || o is PyTuple || o is PyNDArray {
            let values = try i.collect(v).map { Int64(try NumpyConvert.integer($0, i)) }
            return try numpyCall { try NumpyRandomState(seedArray: values) }
        }
        if case .float = v { throw PyError.typeError("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'") }
        guard let big = v.asBigInt ?? (try? NumpyConvert.integer(v, i)).map({ BigIntValue($0) }), let s = Int64(exactly: big) else {
            throw PyError.valueError("Seed must be between 0 and 2**32 - 1")
        }
        return try numpyCall { try NumpyRandomState(seed: s) }
    }

    /// A `size=` argument: nil for one value.
    static func size(_ v: Value?, _ i: Interpreter) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        return try NumpyConvert.newShape(v, i)
    }

    /// Dimensions given as `rand(2, 3)`.
    static func dims(_ a: Args, _ i: Interpreter) throws -> [Int]? {
        if a.positional.isEmpty { return nil }
        let d = try a.positional.map { try NumpyConvert.integer($0, i) }
        if d.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
        _ = try NumpyConvert.elementCount(d)
        return d
    }

    /// Doubles as a Python float (no size) or a float64 array.
    static func floats(_ values: [Double], _ shape: [Int]?) -> Value {
        guard let shape else { return .float(values.first ?? 0) }
        return .object(PyNDArray(NumpyStorage.tensor(shape, .float64(values))))
    }

    /// Two distribution parameters, possibly arrays: the broadcast values and the result shape.
    static func parameters(_ x: Value?, _ y: Value?, dx: Double, dy: Double, size: [Int]?, _ i: Interpreter) throws -> ([Double], [Double], [Int]?) {
        let tx = try x.map { try NumpyConvert.cast(try NumpyConvert.tensor($0, i), .float64) } ?? Tensor(scalar: dx)
        let ty = try y.map { try NumpyConvert.cast(try NumpyConvert.tensor($0, i), .float64) } ?? Tensor(scalar: dy)
        if tx.rank == 0 && ty.rank == 0 {
            let n = size?.reduce(1, *) ?? 1
            return ([Double](repeating: tx.doubles?.first ?? dx, count: n), [Double](repeating: ty.doubles?.first ?? dy, count: n), size)
        }
        let shape = try size ?? numpyCall { try Broadcast.shapes(tx.shape, ty.shape) }
        let bx = try numpyCall { try Broadcast.broadcast(tx, to: shape) }, by = try numpyCall { try Broadcast.broadcast(ty, to: shape) }
        return (bx.doubles ?? [], by.doubles ?? [], shape)
    }

    typealias Function = (Interpreter, NumpyRandomBox, Args) throws -> Value

    nonisolated(unsafe) static let functions: [(String, Function)] = [
        ("seed", { i, box, a in
            let p = try a.bind("seed", ["seed"])
            guard let s = p[0], !s.isNone else { box.state = NumpyRandomBox.unseeded().state; return .none }
            box.state = try seeded(s, i)
            return .none
        }),
        ("rand", { i, box, a in
            let shape = try dims(a, i)
            return floats(box.state.randomSample(count: shape?.reduce(1, *) ?? 1), shape)
        }),
        ("randn", { i, box, a in
            let shape = try dims(a, i)
            return floats(box.state.standardNormal(count: shape?.reduce(1, *) ?? 1), shape)
        }),
        ("random", sample("random")),
        ("random_sample", sample("random_sample")),
        ("ranf", sample("ranf")),
        ("sample", sample("sample")),
        ("standard_normal", { i, box, a in
            let p = try a.bind("standard_normal", ["size"])
            let shape = try size(p[0], i)
            return floats(box.state.standardNormal(count: shape?.reduce(1, *) ?? 1), shape)
        }),
        ("uniform", { i, box, a in
            let p = try a.bind("uniform", ["low", "high", "size"])
            let (lo, hi, shape) = try parameters(p[0], p[1], dx: 0, dy: 1, size: try size(p[2], i), i)
            let values = zip(lo, hi).map { l, h in l + (h - l) * box.state.nextDouble() }
            return floats(values, shape)
        }),
        ("normal", { i, box, a in
            let p = try a.bind("normal", ["loc", "scale", "size"])
            let (loc, scale, shape) = try parameters(p[0], p[1], dx: 0, dy: 1, size: try size(p[2], i), i)
            if scale.contains(where: { $0 < 0 }) { throw PyError.valueError("scale < 0") }
            let values = zip(loc, scale).map { l, s in l + s * box.state.nextGauss() }
            return floats(values, shape)
        }),
        ("lognormal", { i, box, a in
            // numpy's legacy_lognormal: exp(normal(mean, sigma)).
            let p = try a.bind("lognormal", ["mean", "sigma", "size"])
            let (mean, sigma, shape) = try parameters(p[0], p[1], dx: 0, dy: 1, size: try size(p[2], i), i)
            if sigma.contains(where: { $0 < 0 }) { throw PyError.valueError("sigma < 0") }
            let values = zip(mean, sigma).map { m, s in Foundation.exp(m + s * box.state.nextGauss()) }
            return floats(values, shape)
        }),
        ("randint", { i, box, a in
            let p = try a.bind("randint", ["low", "high", "size", "dtype"], required: 1)
            let shape = try size(p[2], i)
            let low = Int64(try NumpyConvert.integer(p[0] ?? .none, i))
            let high = try p[1].flatMap { $0.isNone ? nil : Int64(try NumpyConvert.integer($0, i)) }
            let d = try NumpyConvert.dtype(p[3], i) ?? .int64
            let values = try numpyCall { try box.state.randint(low: low, high: high, count: shape?.reduce(1, *) ?? 1) }
            guard let shape else { return .int(Int(values.first ?? 0)) }
            return .object(PyNDArray(try NumpyConvert.cast(NumpyStorage.tensor(shape, .int64(values)), d)))
        }),
        ("permutation", { i, box, a in
            let p = try a.bind("permutation", ["x"], required: 1)
            if let n = p[0]?.asInt { return .object(PyNDArray(Tensor(box.state.permutation(n)))) }
            let t = try NumpyConvert.array(p[0], i)
            guard t.rank > 0 else { throw PyError(NumpyErrors.axisError, "x must be an integer or at least 1-dimensional") }
            return .object(PyNDArray(try numpyCall { try box.state.shuffled(t) }))
        }),
        ("shuffle", { i, box, a in
            let p = try a.bind("shuffle", ["x"], required: 1)
            if let arr = p[0]?.asObject as? PyNDArray {
                arr.tensor = try numpyCall { try box.state.shuffled(arr.tensor) }
            } else if let l = p[0]?.asObject as? PyList {
                box.state.shuffle(&l.items)
            } else {
                throw PyError.typeError("object of type '\(p[0]?.typeName ?? "NoneType")' has no len()")
            }
            return .none
        }),
        ("choice", { i, box, a in try choice(i, box, a) }),
        ("get_state", { _, box, _ in
            let key = Tensor(box.state.mt.key.map { Int64($0) })
            return .object(PyTuple([.str("MT19937"), .object(PyNDArray(key)), .int(box.state.mt.pos),
                                    .int(box.state.hasGauss ? 1 : 0), .float(box.state.gauss)]))
        }),
        ("set_state", { i, box, a in
            let p = try a.bind("set_state", ["state"], required: 1)
            let items = try i.collect(p[0] ?? .none)
            guard items.count >= 3 else { throw PyError.valueError("state must be a 5-tuple") }
            let key = try NumpyConvert.tensor(items[1], i).scalars.map { UInt32(truncatingIfNeeded: $0.int64Value ?? 0) }
            let mt = try numpyCall { try MT19937(key: key, pos: try NumpyConvert.integer(items[2], i)) }
            let hasGauss = items.count > 3 ? try i.truthy(items[3]) : false
            let gauss = items.count > 4 ? try i.toDouble(items[4]) : 0
            box.state = NumpyRandomState(mt: mt, hasGauss: hasGauss, gauss: gauss)
            return .none
        }),
    ]

    static func sample(_ name: String) -> Function {
        { i, box, a in
            let p = try a.bind(name, ["size"])
            let shape = try size(p[0], i)
            return floats(box.state.randomSample(count: shape?.reduce(1, *) ?? 1), shape)
        }
    }

    /// numpy's legacy `choice` (mtrand.pyx): with `p`, searching a normalised cumulative sum.
    static func choice(_ i: Interpreter, _ box: NumpyRandomBox, _ a: Args) throws -> Value {
        let p = try a.bind("choice", ["a", "size", "replace", "p"], required: 1)
        let shape = try size(p[1], i)
        let replace = try NumpyConvert.flag(p[2], i, default: true)
        let count = shape?.reduce(1, *) ?? 1
        var pool: Tensor?
        let popSize: Int
        if let n = p[0]?.asInt {
            if n <= 0 && count > 0 { throw PyError.valueError("a must be a positive integer unless no samples are taken") }
            popSize = n
        } else {
            let t = try NumpyConvert.array(p[0], i)
            guard t.rank == 1 else { throw PyError.valueError("a must be 1-dimensional or an integer") }
            if t.elementCount == 0 && count > 0 { throw PyError.valueError("'a' cannot be empty unless no samples are taken") }
            pool = t
            popSize = t.elementCount
        }
        var probabilities: [Double]?
        if let pv = p[3], !pv.isNone {
            let pt = try NumpyConvert.cast(try NumpyConvert.tensor(pv, i), .float64)
            guard pt.rank == 1 else { throw PyError.valueError("'p' must be 1-dimensional") }
            guard pt.elementCount == popSize else { throw PyError.valueError("'a' and 'p' must have same size") }
            let values = pt.doubles ?? []
            if values.contains(where: { $0 < 0 }) { throw PyError.valueError("probabilities are not non-negative") }
            if Swift.abs(kahanSum(values) - 1) > Double.ulpOfOne.squareRoot() {
                throw PyError.valueError("probabilities do not sum to 1")
            }
            probabilities = values
        }
        var picks: [Int64]
        if replace {
            if let probabilities {
                let cdf = normalisedCDF(probabilities)
                picks = box.state.randomSample(count: count).map { Int64(searchRight(cdf, $0)) }
            } else {
                picks = try numpyCall { try box.state.randint(low: 0, high: Int64(popSize), count: count) }
            }
        } else {
            guard count <= popSize else {
                throw PyError.valueError("Cannot take a larger sample than population when 'replace=False'")
            }
            if var prob = probabilities {
                guard prob.filter({ $0 > 0 }).count >= count else { throw PyError.valueError("Fewer non-zero entries in p than size") }
                var found: [Int64] = []
                while found.count < count {
                    let x = box.state.randomSample(count: count - found.count)
                    for f in found { prob[Int(f)] = 0 }
                    let cdf = normalisedCDF(prob)
                    var seen = Set<Int>()
                    var fresh: [(Int, Int)] = []  // (first position, value)
                    for (k, u) in x.enumerated() {
                        let v = searchRight(cdf, u)
                        if seen.insert(v).inserted { fresh.append((k, v)) }
                    }
                    found += fresh.sorted { $0.0 < $1.0 }.map { Int64($0.1) }
                }
                picks = found
            } else {
                picks = Array(box.state.permutation(popSize).prefix(count))
            }
        }
        if let pool {
            let chosen = try numpyCall { try Kernels.gather(pool, indices: Tensor(picks), axis: 0, flavor: .numpy) }
            guard let shape else { return NumpyBridge.value(NumpyStorage.tensor([], chosen.storage)) }
            return .object(PyNDArray(NumpyStorage.tensor(shape, chosen.storage)))
        }
        guard let shape else { return .int(Int(picks.first ?? 0)) }
        return .object(PyNDArray(NumpyStorage.tensor(shape, .int64(picks))))
    }

    /// numpy's `kahan_sum` of the probabilities.
    static func kahanSum(_ v: [Double]) -> Double {
        guard var sum = v.first else { return 0 }
        var c = 0.0
        for x in v.dropFirst() {
            let y = x - c
            let t = sum + y
            c = (t - sum) - y
            sum = t
        }
        return sum
    }

    /// `cdf = p.cumsum(); cdf /= cdf[-1]`.
    static func normalisedCDF(_ p: [Double]) -> [Double] {
        var cdf: [Double] = []
        var acc = 0.0
        for x in p {
            acc += x
            cdf.append(acc)
        }
        let last = cdf.last ?? 1
        return cdf.map { $0 / last }
    }

    /// `searchsorted(side='right')`.
    static func searchRight(_ cdf: [Double], _ u: Double) -> Int {
        var lo = 0, hi = cdf.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if cdf[mid] <= u { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    static func makeModule(_ interp: Interpreter) -> PyModule {
        let m = PyModule(name: "numpy.random")
        for (name, fn) in functions {
            m.function(name) { i, a in try fn(i, i.numpyGlobalRandom, a) }
        }
        m["RandomState"] = .object(PyRandomState.type)
        return m
    }
}
