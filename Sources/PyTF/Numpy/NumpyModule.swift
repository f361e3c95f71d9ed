import Foundation
import Python
import TensorCore

/// Installs the numpy types' methods once per process.
enum NumpyTypeSetup {
    /// Filled once per process (Swift runs a static initializer exactly once, thread-safely).
    private static let installed: Void = {
        NumpyArrayType.install()
        NumpyScalarType.install()
        NumpyDTypeType.install()
        NumpyUfuncs.installType()
        NumpyModule.installIndexTrickType()
        NumpyModule.installInfoTypes()
    }()

    static func install() { _ = installed }
}

/// The `numpy` module.
enum NumpyModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = PyModule(name: "numpy")
        m["__version__"] = .str("2.4.6")
        m["ndarray"] = .object(NumpyTypes.ndarray)
        m["dtype"] = .object(NumpyTypes.dtype)
        m["ufunc"] = .object(NumpyTypes.ufunc)
        for t in NumpyTypes.abstractTypes { m[t.name] = .object(t) }
        for (_, t) in NumpyTypes.scalarTypes { m[t.name] = .object(t) }
        let aliases: [(String, DType)] = [("bool_", .bool), ("double", .float64), ("single", .float32), ("int_", .int64),
                                          ("intc", .int32), ("intp", .int64), ("long", .int64), ("ubyte", .uint8)]
        for (name, d) in aliases { m[name] = .object(NumpyTypes.scalarType(d)) }
        m["True_"] = PyNumpyScalar.make(.bool(true))
        m["False_"] = PyNumpyScalar.make(.bool(false))
        m["pi"] = .float(Double.pi)
        m["e"] = .float(M_E)
        m["euler_gamma"] = .float(0.5772156649015329)
        m["inf"] = .float(.infinity)
        m["nan"] = .float(.nan)
        m["newaxis"] = Value.none
        m["AxisError"] = .object(NumpyErrors.axisError)

        NumpyCreation.install(m)
        for (name, u) in NumpyUfuncs.all() { m[name] = .object(u) }
        for name in NumpyReductions.names {
            m.function(name) { i, a in try NumpyReductions.reduce(i, name, a) }
        }
        installShapeFunctions(m)
        installMathFunctions(m)
        installPrinting(m)

        let random = NumpyRandom.makeModule(interp)
        let linalg = NumpyLinalg.makeModule()
        let exceptions = PyModule(name: "numpy.exceptions")
        exceptions["AxisError"] = .object(NumpyErrors.axisError)
        m["random"] = .object(random)
        m["linalg"] = .object(linalg)
        m["exceptions"] = .object(exceptions)
        interp.addModule(random)
        interp.addModule(linalg)
        interp.addModule(exceptions)
        return m
    }

    // MARK: Shapes

    static func installShapeFunctions(_ m: PyModule) {
        m.function("reshape") { i, a in
            let p = try a.bind("reshape", ["a", "shape", "order"], required: 1)
            let shape = p[1] ?? a.keyword("newshape") ?? .none
            return try NumpyArrayType.reshape(try NumpyShapeFunctions.arrayObject(p[0], i), try NumpyConvert.shape(shape, i))
        }
        m.function("transpose") { i, a in
            let p = try a.bind("transpose", ["a", "axes"], required: 1)
            let axes = try p[1].flatMap { $0.isNone ? nil : try NumpyConvert.shape($0, i) }
            return try NumpyArrayType.transpose(try NumpyShapeFunctions.arrayObject(p[0], i), axes)
        }
        m.function("swapaxes") { i, a in
            let p = try a.bind("swapaxes", ["a", "axis1", "axis2"], required: 3)
            let x = try NumpyShapeFunctions.arrayObject(p[0], i)
            let rank = x.tensor.rank
            var perm = Array(0..<rank)
            perm.swapAt(try NumpyConvert.axis(try NumpyConvert.integer(p[1] ?? .none, i), rank: rank),
                        try NumpyConvert.axis(try NumpyConvert.integer(p[2] ?? .none, i), rank: rank))
            return try NumpyArrayType.transpose(x, perm)
        }
        m.function("moveaxis") { i, a in
            let p = try a.bind("moveaxis", ["a", "source", "destination"], required: 3)
            let x = try NumpyShapeFunctions.arrayObject(p[0], i)
            let rank = x.tensor.rank
            let src = try NumpyConvert.axis(try NumpyConvert.integer(p[1] ?? .none, i), rank: rank)
            let dst = try NumpyConvert.axis(try NumpyConvert.integer(p[2] ?? .none, i), rank: rank)
            var perm = Array(0..<rank)
            perm.remove(at: src)
            perm.insert(src, at: dst)
            return try NumpyArrayType.transpose(x, perm)
        }
        m.function("ravel") { i, a in
            let p = try a.bind("ravel", ["a", "order"], required: 1)
            return try NumpyArrayType.ravel(try NumpyShapeFunctions.arrayObject(p[0], i))
        }
        m.function("squeeze") { i, a in
            let p = try a.bind("squeeze", ["a", "axis"], required: 1)
            let x = try NumpyShapeFunctions.arrayObject(p[0], i)
            return try NumpyArrayType.squeeze(x, try NumpyConvert.axes(p[1], rank: x.tensor.rank, i))
        }
        m.function("expand_dims") { i, a in
            let p = try a.bind("expand_dims", ["a", "axis"], required: 2)
            let x = try NumpyShapeFunctions.arrayObject(p[0], i)
            var result = Value.object(x)
            let axes = try NumpyConvert.shape(p[1], i)
            let rank = x.tensor.rank + axes.count
            for ax in try axes.map({ try NumpyConvert.axis($0, rank: rank) }).sorted() {
                guard let cur = result.asObject as? PyNDArray else { break }
                result = try NumpyArrayType.expandDims(cur, ax)
            }
            return result
        }
        m.function("concatenate") { i, a in
            let p = try a.bind("concatenate", ["arrays", "axis", "out", "dtype"], required: 1)
            let axis: Int? = try p[1].map { $0.isNone ? nil : try NumpyConvert.integer($0, i) } ?? 0
            var r = try NumpyShapeFunctions.concatenate(try NumpyShapeFunctions.sequence(p[0], i), axis: axis)
            if let d = try NumpyConvert.dtype(p[3], i) { r = try NumpyConvert.cast(r, d) }
            return .object(PyNDArray(r))
        }
        m.function("stack") { i, a in
            let p = try a.bind("stack", ["arrays", "axis"], required: 1)
            let axis = try p[1].map { try NumpyConvert.integer($0, i) } ?? 0
            return .object(PyNDArray(try NumpyShapeFunctions.stack(try NumpyShapeFunctions.sequence(p[0], i), axis: axis)))
        }
        m.function("hstack") { i, a in
            let p = try a.bind("hstack", ["tup"], required: 1)
            let ts = try NumpyShapeFunctions.sequence(p[0], i).map { NumpyShapeFunctions.atLeast($0, 1) }
            let axis = ts.first.map { $0.rank == 1 ? 0 : 1 } ?? 0
            return .object(PyNDArray(try NumpyShapeFunctions.concatenate(ts, axis: axis)))
        }
        for (name, n) in [("vstack", 2), ("row_stack", 2), ("dstack", 3)] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["tup"], required: 1)
                let ts = try NumpyShapeFunctions.sequence(p[0], i).map { NumpyShapeFunctions.atLeast($0, n) }
                return .object(PyNDArray(try NumpyShapeFunctions.concatenate(ts, axis: n == 2 ? 0 : 2)))
            }
        }
        m.function("column_stack") { i, a in
            let p = try a.bind("column_stack", ["tup"], required: 1)
            let ts = try NumpyShapeFunctions.sequence(p[0], i).map { t -> Tensor in
                t.rank < 2 ? NumpyStorage.tensor([t.elementCount, 1], t.storage) : t
            }
            return .object(PyNDArray(try NumpyShapeFunctions.concatenate(ts, axis: 1)))
        }
        for (name, n) in [("atleast_1d", 1), ("atleast_2d", 2), ("atleast_3d", 3)] {
            m.function(name) { i, a in
                let out = try a.positional.map { Value.object(PyNDArray(NumpyShapeFunctions.atLeast(try NumpyConvert.tensor($0, i), n))) }
                return out.count == 1 ? out[0] : .object(PyList(out))
            }
        }
        m.function("append") { i, a in
            let p = try a.bind("append", ["arr", "values", "axis"], required: 2)
            let axis: Int? = try p[2].flatMap { $0.isNone ? nil : try NumpyConvert.integer($0, i) }
            let parts = [try NumpyConvert.array(p[0], i), try NumpyConvert.array(p[1], i)]
            return .object(PyNDArray(try NumpyShapeFunctions.concatenate(parts, axis: axis)))
        }
        m.function("tile") { i, a in
            let p = try a.bind("tile", ["A", "reps"], required: 2)
            return .object(PyNDArray(try NumpyShapeFunctions.tile(try NumpyConvert.array(p[0], i), try NumpyConvert.shape(p[1], i))))
        }
        m.function("repeat") { i, a in
            guard let first = a.positional.first else { throw PyError.typeError("repeat() missing 1 required positional argument: 'a'") }
            return try NumpyShapeFunctions.repeatArray(first, Args(Array(a.positional.dropFirst()), keywords: a.keywords), i)
        }
        m.function("broadcast_to") { i, a in
            let p = try a.bind("broadcast_to", ["array", "shape"], required: 2)
            let t = try NumpyConvert.array(p[0], i)
            let shape = try NumpyConvert.newShape(p[1], i)
            guard Broadcast.canBroadcast(t.shape, to: shape), let b = try? Broadcast.broadcast(t, to: shape) else {
                throw PyError.valueError("operands could not be broadcast together with remapped shapes [original->remapped]: \(ShapeFormat.compactTuple(t.shape))  and requested shape \(ShapeFormat.compactTuple(shape))")
            }
            return .object(PyNDArray(b))
        }
        m.function("diag") { i, a in
            let p = try a.bind("diag", ["v", "k"], required: 1)
            return .object(PyNDArray(try NumpyShapeFunctions.diag(try NumpyConvert.array(p[0], i), k: try p[1].map { try NumpyConvert.integer($0, i) } ?? 0)))
        }
        m.function("diagonal") { i, a in
            let p = try a.bind("diagonal", ["a", "offset"], required: 1)
            return .object(PyNDArray(try NumpyShapeFunctions.diagonal(try NumpyConvert.array(p[0], i), k: try p[1].map { try NumpyConvert.integer($0, i) } ?? 0)))
        }
        m.function("trace") { i, a in
            let p = try a.bind("trace", ["a", "offset"], required: 1)
            let d = try NumpyShapeFunctions.diagonal(try NumpyConvert.array(p[0], i), k: try p[1].map { try NumpyConvert.integer($0, i) } ?? 0)
            return NumpyBridge.value(try numpyCall { try Kernels.numpySum(d) })
        }
        m.function("flip") { i, a in
            let p = try a.bind("flip", ["m", "axis"], required: 1)
            let x = try NumpyShapeFunctions.arrayObject(p[0], i)
            return NumpyShapeFunctions.flip(x, axes: try NumpyConvert.axes(p[1], rank: x.tensor.rank, i))
        }
        m.function("fliplr") { i, a in
            let x = try NumpyShapeFunctions.arrayObject(try numpyArg(a, 0, "fliplr"), i)
            guard x.tensor.rank >= 2 else { throw PyError.valueError("Input must be >= 2-d.") }
            return NumpyShapeFunctions.flip(x, axes: [1])
        }
        m.function("flipud") { i, a in
            let x = try NumpyShapeFunctions.arrayObject(try numpyArg(a, 0, "flipud"), i)
            guard x.tensor.rank >= 1 else { throw PyError.valueError("Input must be >= 1-d.") }
            return NumpyShapeFunctions.flip(x, axes: [0])
        }
        m.function("roll") { i, a in
            let p = try a.bind("roll", ["a", "shift", "axis"], required: 2)
            let axis: Int? = try p[2].flatMap { $0.isNone ? nil : try NumpyConvert.integer($0, i) }
            return .object(PyNDArray(try NumpyShapeFunctions.roll(try NumpyConvert.array(p[0], i), shift: try NumpyConvert.integer(p[1] ?? .none, i), axis: axis)))
        }
        for (name, equal) in [("split", true), ("array_split", false)] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["ary", "indices_or_sections", "axis"], required: 2)
                let axis = try p[2].map { try NumpyConvert.integer($0, i) } ?? 0
                return try NumpyShapeFunctions.split(try NumpyConvert.array(p[0], i), p[1] ?? .none, axis: axis, equal: equal, i)
            }
        }
        m.function("meshgrid") { i, a in try NumpyShapeFunctions.meshgrid(i, a) }
        m.function("shape") { i, a in
            let p = try a.bind("shape", ["a"], required: 1)
            return .object(PyTuple(try NumpyConvert.array(p[0], i).shape.map { .int($0) }))
        }
        m.function("size") { i, a in
            let p = try a.bind("size", ["a", "axis"], required: 1)
            let t = try NumpyConvert.array(p[0], i)
            if let ax = p[1], !ax.isNone { return .int(t.shape[try NumpyConvert.axis(try NumpyConvert.integer(ax, i), rank: t.rank)]) }
            return .int(t.elementCount)
        }
        m.function("ndim") { i, a in .int(try NumpyConvert.array(try numpyArg(a, 0, "ndim"), i).rank) }
        m["c_"] = .object(PyInstance(cls: indexTrickType(columns: true)))
        m["r_"] = .object(PyInstance(cls: indexTrickType(columns: false)))
    }

    nonisolated(unsafe) static let columnTrick = PyType(name: "CClass", module: "numpy.lib._index_tricks_impl", bases: [PyType.object])
    nonisolated(unsafe) static let rowTrick = PyType(name: "RClass", module: "numpy.lib._index_tricks_impl", bases: [PyType.object])

    static func indexTrickType(columns: Bool) -> PyType { columns ? columnTrick : rowTrick }

    static func installIndexTrickType() {
        for (t, columns) in [(columnTrick, true), (rowTrick, false)] {
            t.checkedMethod("__getitem__") { i, a in try NumpyShapeFunctions.indexTrick(try numpyArg(a, 1, "__getitem__"), columns: columns, i) }
            t.checkedMethod("__len__") { _, _ in .int(0) }
        }
    }

    // MARK: Math

    static func installMathFunctions(_ m: PyModule) {
        m.function("dot") { i, a in
            let p = try a.bind("dot", ["a", "b", "out"], required: 2)
            return try NumpyLinalg.dot(p[0] ?? .none, p[1] ?? .none, i)
        }
        m.function("vdot") { i, a in
            let p = try a.bind("vdot", ["a", "b"], required: 2)
            let x = NumpyStorage.flat(try NumpyConvert.array(p[0], i).storage), y = NumpyStorage.flat(try NumpyConvert.array(p[1], i).storage)
            return try NumpyLinalg.dot(.object(PyNDArray(x)), .object(PyNDArray(y)), i)
        }
        m.function("inner") { i, a in
            let p = try a.bind("inner", ["a", "b"], required: 2)
            let y = try NumpyConvert.array(p[1], i)
            if y.rank >= 2 {
                return try NumpyLinalg.dot(p[0] ?? .none, try NumpyArrayType.transpose(PyNDArray(y), nil), i)
            }
            return try NumpyLinalg.dot(p[0] ?? .none, .object(PyNDArray(y)), i)
        }
        m.function("outer") { i, a in
            let p = try a.bind("outer", ["a", "b", "out"], required: 2)
            let x = NumpyStorage.flat(try NumpyConvert.array(p[0], i).storage), y = NumpyStorage.flat(try NumpyConvert.array(p[1], i).storage)
            let col = NumpyStorage.tensor([x.elementCount, 1], x.storage)
            return try NumpyArithmetic.binary(.multiply, .object(PyNDArray(col)), .object(PyNDArray(y)), i)
        }
        for name in ["round", "around"] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["a", "decimals", "out"], required: 1)
                return try NumpyMath.round(p[0] ?? .none, p[1], i)
            }
        }
        m.function("clip") { i, a in
            let p = try a.bind("clip", ["a", "a_min", "a_max", "out"], required: 1)
            return try NumpyMath.clip(p[0] ?? .none, p[1] ?? a.keyword("min"), p[2] ?? a.keyword("max"), i)
        }
        m.function("isclose") { i, a in NumpyBridge.value(try NumpyMath.isClose(i, a, "isclose")) }
        m.function("allclose") { i, a in
            .bool(try NumpyMath.isClose(i, a, "allclose").scalars.allSatisfy { $0.boolValue })
        }
        m.function("array_equal") { i, a in
            let p = try a.bind("array_equal", ["a1", "a2", "equal_nan"], required: 2)
            let x = try NumpyConvert.array(p[0], i), y = try NumpyConvert.array(p[1], i)
            if x.shape != y.shape { return .false }
            let eq = try NumpyArithmetic.compare(.equal, .object(PyNDArray(x)), .object(PyNDArray(y)), i)
            return .bool((NumpyBridge.tensorIfNumpy(eq)?.scalars ?? []).allSatisfy { $0.boolValue })
        }
        m.function("array_equiv") { i, a in
            let p = try a.bind("array_equiv", ["a1", "a2"], required: 2)
            let x = try NumpyConvert.array(p[0], i), y = try NumpyConvert.array(p[1], i)
            guard (try? Broadcast.shapes(x.shape, y.shape)) != nil else { return .false }
            let eq = try NumpyArithmetic.compare(.equal, .object(PyNDArray(x)), .object(PyNDArray(y)), i)
            return .bool((NumpyBridge.tensorIfNumpy(eq)?.scalars ?? []).allSatisfy { $0.boolValue })
        }
        m.function("where") { i, a in try NumpyMath.whereFunction(i, a) }
        m.function("nonzero") { i, a in NumpyMath.nonzero(try NumpyConvert.array(try numpyArg(a, 0, "nonzero"), i)) }
        m.function("argwhere") { i, a in
            let t = try NumpyConvert.array(try numpyArg(a, 0, "argwhere"), i)
            let coords = NumpyIndexing.nonzero(try NumpyConvert.cast(t, .bool))
            let n = coords.first?.count ?? 0
            var out: [Int64] = []
            for k in 0..<n { for c in coords { out.append(Int64(c[k])) } }
            return .object(PyNDArray(NumpyStorage.tensor([n, t.rank], .int64(out))))
        }
        m.function("count_nonzero") { i, a in
            let p = try a.bind("count_nonzero", ["a", "axis", "keepdims"], required: 1)
            let t = try NumpyConvert.cast(try NumpyConvert.array(p[0], i), .bool)
            let axes = try NumpyConvert.axes(p[1], rank: t.rank, i)
            let r = try numpyCall { try Kernels.numpySum(t, axes: axes, keepDims: try NumpyConvert.flag(p[2], i, default: false)) }
            if axes == nil, let v = r.storage.element(at: 0)?.int64Value { return .int(Int(v)) }
            return NumpyBridge.value(r)
        }
        m.function("sort") { i, a in
            let p = try a.bind("sort", ["a", "axis", "kind", "order"], required: 1)
            return .object(PyNDArray(try NumpyMath.sortAlongAxis(try NumpyConvert.array(p[0], i), axis: p[1] ?? .int(-1), indices: false, i)))
        }
        m.function("argsort") { i, a in
            let p = try a.bind("argsort", ["a", "axis", "kind", "order"], required: 1)
            return .object(PyNDArray(try NumpyMath.sortAlongAxis(try NumpyConvert.array(p[0], i), axis: p[1] ?? .int(-1), indices: true, i)))
        }
        m.function("unique") { i, a in try NumpyMath.unique(i, a) }
        m.function("searchsorted") { i, a in try NumpyMath.searchSorted(i, a) }
        m.function("isscalar") { _, a in
            guard let v = a.positional.first else { return .false }
            switch v {
            case .bool, .int, .float: return .true
            case .object(let o): return .bool(o is PyNumpyScalar || o is PyStr || o is PyBigInt)
            case .none: return .false
            }
        }
        m.function("result_type") { i, a in
            var d: DType?
            for v in a.positional {
                let t: DType
                if case .some(.some(let x)) = try? NumpyConvert.dtype(v, i) { t = x } else { t = try NumpyConvert.tensor(v, i).dtype }
                d = d.map { DType.numpyResultType($0, t) ?? $0 } ?? t
            }
            return .object(PyNumpyDType(d ?? .float64))
        }
        m.function("promote_types") { i, a in
            try a.expect("promote_types", min: 2, max: 2)
            guard let x = try NumpyConvert.dtype(a[0], i), let y = try NumpyConvert.dtype(a[1], i), let r = DType.numpyResultType(x, y) else {
                throw PyError.typeError("invalid type promotion")
            }
            return .object(PyNumpyDType(r))
        }
        m.function("issubdtype") { i, a in
            try a.expect("issubdtype", min: 2, max: 2)
            let d = try NumpyConvert.dtype(a[0], i)
            if let t = a[1].asObject as? PyType, NumpyTypes.dtype(of: t) == nil || t === NumpyTypes.generic {
                guard let d else { return .false }
                return .bool(NumpyTypes.scalarType(d).isSubtype(of: t))
            }
            return .bool(d == (try NumpyConvert.dtype(a[1], i)))
        }
        m.function("finfo") { i, a in
            let d = try NumpyConvert.dtype(try numpyArg(a, 0, "finfo"), i) ?? .float64
            guard d.isFloating else { throw PyError.valueError("data type \(NumpyErrors.dtypeRepr(d)) not inexact") }
            return .object(PyNumpyInfo(d))
        }
        m.function("iinfo") { i, a in
            let d = try NumpyConvert.dtype(try numpyArg(a, 0, "iinfo"), i) ?? .int64
            guard d.isInteger else { throw PyError.valueError("Invalid integer data type '\(DType.kindLetter(d))'.") }
            return .object(PyNumpyInfo(d))
        }
    }

    // MARK: Printing

    static func installPrinting(_ m: PyModule) {
        m.function("array2string") { i, a in
            let p = try a.bind("array2string", ["a", "max_line_width", "precision", "suppress_small", "separator"], required: 1)
            return .str(NumpyFormat.arrayStr(try NumpyConvert.array(p[0], i), options: NumpyPrinting.options(i)))
        }
        m.function("array_repr") { i, a in
            .str(NumpyFormat.arrayRepr(try NumpyConvert.array(try numpyArg(a, 0, "array_repr"), i), options: NumpyPrinting.options(i)))
        }
        m.function("array_str") { i, a in
            .str(NumpyFormat.arrayStr(try NumpyConvert.array(try numpyArg(a, 0, "array_str"), i), options: NumpyPrinting.options(i)))
        }
        m.function("set_printoptions") { i, a in
            try NumpyPrinting.set(i, a)
            return .none
        }
        m.function("get_printoptions") { i, _ in try NumpyPrinting.get(i) }
    }

    // MARK: finfo / iinfo

    static func installInfoTypes() {
        let t = PyNumpyInfo.type
        func info(_ v: Value) throws -> DType {
            guard let x = v.asObject as? PyNumpyInfo else { throw PyError.typeError("expected finfo or iinfo") }
            return x.dtype
        }
        func scalar(_ d: DType, _ f: Float, _ g: Double) -> Value {
            .object(PyNumpyScalar(d == .float32 ? .float32(f) : .float64(g)))
        }
        t.property("eps", get: { _, v in let d = try info(v); return scalar(d, .ulpOfOne, .ulpOfOne) })
        t.property("max", get: { _, v in
            switch try info(v) {
            case .float32: return .object(PyNumpyScalar(.float32(.greatestFiniteMagnitude)))
            case .float64: return .object(PyNumpyScalar(.float64(.greatestFiniteMagnitude)))
            case .int32: return .int(Int(Int32.max))
            case .uint8: return .int(255)
            default: return .int(Int(Int64.max))
            }
        })
        t.property("min", get: { _, v in
            switch try info(v) {
            case .float32: return .object(PyNumpyScalar(.float32(-.greatestFiniteMagnitude)))
            case .float64: return .object(PyNumpyScalar(.float64(-.greatestFiniteMagnitude)))
            case .int32: return .int(Int(Int32.min))
            case .uint8: return .int(0)
            default: return .int(Int(Int64.min))
            }
        })
        t.property("tiny", get: { _, v in let d = try info(v); return scalar(d, .leastNormalMagnitude, .leastNormalMagnitude) })
        t.property("smallest_normal", get: { _, v in let d = try info(v); return scalar(d, .leastNormalMagnitude, .leastNormalMagnitude) })
        t.property("bits", get: { _, v in .int(try info(v).byteSize * 8) })
        t.property("dtype", get: { _, v in .object(PyNumpyDType(try info(v))) })
    }
}

/// `np.finfo(dtype)` / `np.iinfo(dtype)`.
final class PyNumpyInfo: PyObject {
    let dtype: DType
    init(_ d: DType) { dtype = d }
    override var pyType: PyType { PyNumpyInfo.type }
    nonisolated(unsafe) static let type = PyType(name: "finfo", module: "numpy", bases: [PyType.object])
}

extension DType {
    /// numpy's one-letter kind (`f`, `i`, `u`, `b`, `U`).
    static func kindLetter(_ d: DType) -> String { NumpyDTypeType.kind(d) }
}
