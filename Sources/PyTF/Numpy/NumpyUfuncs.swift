import Foundation
import Python
import TensorCore

/// A numpy universal function (`np.sqrt`, `np.add`, ...): callable, with a `__name__`, and for
/// binary functions `reduce`, `accumulate` and `outer`.
final class PyUfunc: PyObject {
    let name: String
    let nin: Int
    let body: (Interpreter, [Value]) throws -> Value
    init(_ name: String, nin: Int, _ body: @escaping (Interpreter, [Value]) throws -> Value) {
        self.name = name
        self.nin = nin
        self.body = body
    }
    override var pyType: PyType { NumpyTypes.ufunc }
}

enum NumpyUfuncs {
    /// Every ufunc of the numpy module, by name (aliases included).
    static func all() -> [(String, PyUfunc)] {
        var out: [(String, PyUfunc)] = []
        for (name, aliases, f) in unaryFunctions {
            let u = PyUfunc(name, nin: 1) { i, a in
                let x = try NumpyConvert.tensor(a[0], i)
                return NumpyBridge.value(try f(x))
            }
            for alias in [name] + aliases { out.append((alias, u)) }
        }
        for op in NumpyArithmetic.Op.allCases {
            let u = PyUfunc(op.rawValue, nin: 2) { i, a in
                let r = try NumpyArithmetic.binary(op, a[0], a[1], i)
                if r.isNotImplemented {
                    throw NumpyErrors.noLoop(op.rawValue, [a[0].typeName, a[1].typeName])
                }
                return r
            }
            out.append((op.rawValue, u))
            switch op {
            case .divide: out.append(("true_divide", u))
            case .remainder: out.append(("mod", u))
            case .maximum: out.append(("fmax", u))
            case .minimum: out.append(("fmin", u))
            default: break
            }
        }
        let comparisons: [(String, ComparisonOp)] = [("equal", .equal), ("not_equal", .notEqual), ("less", .less),
                                                     ("less_equal", .lessEqual), ("greater", .greater), ("greater_equal", .greaterEqual)]
        for (name, op) in comparisons {
            out.append((name, PyUfunc(name, nin: 2) { i, a in
                let r = try NumpyArithmetic.compare(op, a[0], a[1], i)
                if r.isNotImplemented { throw NumpyErrors.noLoop(name, [a[0].typeName, a[1].typeName]) }
                return r
            }))
        }
        let logical: [(String, (Tensor, Tensor) throws -> Tensor)] = [
            ("logical_and", { try Kernels.logicalAnd($0, $1) }),
            ("logical_or", { try Kernels.logicalOr($0, $1) }),
            ("logical_xor", { try Kernels.logicalXor($0, $1) }),
        ]
        for (name, f) in logical {
            out.append((name, PyUfunc(name, nin: 2) { i, a in
                let x = try NumpyConvert.cast(try NumpyConvert.tensor(a[0], i), .bool)
                let y = try NumpyConvert.cast(try NumpyConvert.tensor(a[1], i), .bool)
                return NumpyBridge.value(try numpyCall { try f(x, y) })
            }))
        }
        out.append(("logical_not", PyUfunc("logical_not", nin: 1) { i, a in
            let x = try NumpyConvert.cast(try NumpyConvert.tensor(a[0], i), .bool)
            return NumpyBridge.value(try numpyCall { try Kernels.logicalNot(x) })
        }))
        let floatBinary: [(String, (Double, Double) -> Double, (Float, Float) -> Float)] = [
            ("arctan2", { Foundation.atan2($0, $1) }, { Foundation.atan2f($0, $1) }),
            ("hypot", { Foundation.hypot($0, $1) }, { Foundation.hypotf($0, $1) }),
        ]
        for (name, f64, f32) in floatBinary {
            out.append((name, PyUfunc(name, nin: 2) { i, a in
                guard let x = try NumpyArithmetic.operand(a[0], i), let y = try NumpyArithmetic.operand(a[1], i) else {
                    throw NumpyErrors.notSupported(name)
                }
                var (p, q) = try NumpyArithmetic.promote(x, y, ufunc: name)
                if !p.dtype.isFloating {
                    p = try NumpyConvert.cast(p, floatResult(p.dtype))
                    q = try NumpyConvert.cast(q, floatResult(q.dtype))
                }
                let shape = try numpyCall { try Broadcast.shapes(p.shape, q.shape) }
                let bp = try numpyCall { try Broadcast.broadcast(p, to: shape) }, bq = try numpyCall { try Broadcast.broadcast(q, to: shape) }
                switch (bp.storage, bq.storage) {
                case let (.float32(u), .float32(v)): return NumpyBridge.value(NumpyStorage.tensor(shape, .float32(zip(u, v).map(f32))))
                case let (.float64(u), .float64(v)): return NumpyBridge.value(NumpyStorage.tensor(shape, .float64(zip(u, v).map(f64))))
                default: throw NumpyErrors.notSupported(name)
                }
            }))
        }
        return out
    }

    /// The float dtype numpy computes a float function of an integer or bool array in (numpy
    /// uses float16 for bool and uint8, which TensorCore lacks: float32 stands in).
    static func floatResult(_ d: DType) -> DType {
        switch d {
        case .float32, .float64: return d
        case .bool, .uint8: return .float32
        default: return .float64
        }
    }

    /// A float function of an array: integers go to float64 first.
    static func floatFunction(_ name: String, _ f32: @escaping (Float) -> Float, _ f64: @escaping (Double) -> Double) -> (Tensor) throws -> Tensor {
        { t in
            if t.dtype == .string { throw NumpyErrors.notSupported(name) }
            let x = try NumpyConvert.cast(t, floatResult(t.dtype))
            switch x.storage {
            case let .float32(v): return NumpyStorage.tensor(x.shape, .float32(v.map(f32)))
            case let .float64(v): return NumpyStorage.tensor(x.shape, .float64(v.map(f64)))
            default: throw NumpyErrors.notSupported(name)
            }
        }
    }

    /// A float kernel of TensorCore: integers go to float64 first.
    static func floatKernel(_ name: String, _ k: @escaping (Tensor) throws -> Tensor) -> (Tensor) throws -> Tensor {
        { t in
            if t.dtype == .string { throw NumpyErrors.notSupported(name) }
            return try numpyCall { try k(try Conversion.cast(t, to: floatResult(t.dtype), flavor: .numpy)) }
        }
    }

    /// A function that keeps integer dtypes (floor, ceil, sign, ...).
    static func sameKind(_ name: String, _ k: @escaping (Tensor) throws -> Tensor) -> (Tensor) throws -> Tensor {
        { t in
            if t.dtype == .string { throw NumpyErrors.notSupported(name) }
            if t.dtype == .bool { throw NumpyErrors.notSupported(name) }
            return try numpyCall { try k(t) }
        }
    }

    static func integerIdentity(_ name: String, _ k: @escaping (Tensor) throws -> Tensor) -> (Tensor) throws -> Tensor {
        { t in
            if t.dtype == .string || t.dtype == .bool { throw NumpyErrors.notSupported(name) }
            if t.dtype.isInteger { return t }
            return try numpyCall { try k(t) }
        }
    }

    /// (name, aliases, function) of the one-argument ufuncs.
    nonisolated(unsafe) static let unaryFunctions: [(String, [String], (Tensor) throws -> Tensor)] = [
        ("absolute", ["abs", "fabs"], { try NumpyArithmetic.absolute($0) }),
        ("negative", [], { try NumpyArithmetic.negative($0) }),
        ("positive", [], { $0 }),
        ("invert", ["bitwise_not"], { try NumpyArithmetic.invert($0) }),
        ("sqrt", [], floatKernel("sqrt") { try Kernels.sqrt($0) }),
        ("exp", [], floatKernel("exp") { try Kernels.exp($0) }),
        ("expm1", [], floatKernel("expm1") { try Kernels.expm1($0) }),
        ("log", [], floatKernel("log") { try Kernels.log($0) }),
        ("log1p", [], floatKernel("log1p") { try Kernels.log1p($0) }),
        ("sin", [], floatKernel("sin") { try Kernels.sin($0) }),
        ("cos", [], floatKernel("cos") { try Kernels.cos($0) }),
        ("tan", [], floatKernel("tan") { try Kernels.tan($0) }),
        ("tanh", [], floatKernel("tanh") { try Kernels.tanh($0) }),
        ("log2", [], floatFunction("log2", { Foundation.log2f($0) }, { Foundation.log2($0) })),
        ("log10", [], floatFunction("log10", { Foundation.log10f($0) }, { Foundation.log10($0) })),
        ("exp2", [], floatFunction("exp2", { Foundation.exp2f($0) }, { Foundation.exp2($0) })),
        ("cbrt", [], floatFunction("cbrt", { Foundation.cbrtf($0) }, { Foundation.cbrt($0) })),
        ("arcsin", [], floatFunction("arcsin", { Foundation.asinf($0) }, { Foundation.asin($0) })),
        ("arccos", [], floatFunction("arccos", { Foundation.acosf($0) }, { Foundation.acos($0) })),
        ("arctan", [], floatFunction("arctan", { Foundation.atanf($0) }, { Foundation.atan($0) })),
        ("sinh", [], floatFunction("sinh", { Foundation.sinhf($0) }, { Foundation.sinh($0) })),
        ("cosh", [], floatFunction("cosh", { Foundation.coshf($0) }, { Foundation.cosh($0) })),
        ("arcsinh", [], floatFunction("arcsinh", { Foundation.asinhf($0) }, { Foundation.asinh($0) })),
        ("arccosh", [], floatFunction("arccosh", { Foundation.acoshf($0) }, { Foundation.acosh($0) })),
        ("arctanh", [], floatFunction("arctanh", { Foundation.atanhf($0) }, { Foundation.atanh($0) })),
        ("deg2rad", ["radians"], floatFunction("deg2rad", { $0 * (Float.pi / 180) }, { $0 * (Double.pi / 180) })),
        ("rad2deg", ["degrees"], floatFunction("rad2deg", { $0 * (180 / Float.pi) }, { $0 * (180 / Double.pi) })),
        ("rint", [], floatKernel("rint") { try Kernels.round($0) }),
        ("floor", [], integerIdentity("floor") { try Kernels.floor($0) }),
        ("ceil", [], integerIdentity("ceil") { try Kernels.ceil($0) }),
        ("trunc", ["fix"], integerIdentity("trunc") { t in
            switch t.storage {
            case let .float32(v): return NumpyStorage.tensor(t.shape, .float32(v.map { $0.rounded(.towardZero) }))
            case let .float64(v): return NumpyStorage.tensor(t.shape, .float64(v.map { $0.rounded(.towardZero) }))
            default: return t
            }
        }),
        ("sign", [], sameKind("sign") { try Kernels.sign($0) }),
        ("square", [], { t in
            if t.dtype == .bool { return try numpyCall { try Kernels.logicalAnd(t, t) } }
            return try sameKind("square") { try Kernels.square($0) }(t)
        }),
        ("reciprocal", [], sameKind("reciprocal") { t in
            if t.dtype.isFloating { return try Kernels.reciprocal(t) }
            // numpy's integer loop: `1.0 / x` converted back (x86: 1/0 gives the most negative value).
            let r = try Kernels.divide(Tensor(scalar: 1.0), try Conversion.cast(t, to: .float64), flavor: .numpy)
            return try Conversion.cast(r, to: t.dtype, flavor: .numpy)
        }),
        ("isnan", [], { t in try numpyCall { try Kernels.isNaN(t) } }),
        ("isinf", [], { t in try numpyCall { try Kernels.isInf(t) } }),
        ("isfinite", [], { t in try numpyCall { try Kernels.isFinite(t) } }),
        ("signbit", [], { t in
            switch t.storage {
            case let .float32(v): return NumpyStorage.tensor(t.shape, .bool(v.map { $0.sign == .minus }))
            case let .float64(v): return NumpyStorage.tensor(t.shape, .bool(v.map { $0.sign == .minus }))
            case let .int32(v): return NumpyStorage.tensor(t.shape, .bool(v.map { $0 < 0 }))
            case let .int64(v): return NumpyStorage.tensor(t.shape, .bool(v.map { $0 < 0 }))
            default: return NumpyStorage.tensor(t.shape, .bool(Array(repeating: false, count: t.elementCount)))
            }
        }),
    ]

    // MARK: The ufunc type

    static func installType() {
        let t = NumpyTypes.ufunc
        t.checkedMethod("__call__") { i, a in
            guard let u = try numpyArg(a, 0, "__call__").asObject as? PyUfunc else { throw PyError.typeError("expected a ufunc") }
            let args = Array(a.positional.dropFirst())
            guard args.count == u.nin else {
                throw PyError.typeError("\(u.name)() takes from \(u.nin) to \(u.nin + 1) positional arguments but \(args.count) were given")
            }
            var result = try u.body(i, args)
            for (k, v) in a.keywords {
                switch k {
                case "dtype":
                    if let d = try NumpyConvert.dtype(v, i) {
                        result = NumpyBridge.value(try NumpyConvert.cast(try NumpyConvert.tensor(result, i), d))
                    }
                case "out":
                    guard !v.isNone else { continue }
                    let target = (v.asObject as? PyTuple)?.items.first ?? v
                    guard let arr = target.asObject as? PyNDArray else { throw PyError.typeError("return arrays must be of ArrayType") }
                    let r = try NumpyConvert.tensor(result, i)
                    arr.tensor = try NumpyIndexing.broadcastForAssignment(try NumpyConvert.cast(r, arr.tensor.dtype), to: arr.tensor.shape, advanced: false)
                    result = target
                default:
                    throw PyError.typeError("\(u.name)() got an unexpected keyword argument '\(k)'")
                }
            }
            return result
        }
        t.checkedMethod("__repr__") { _, a in .str("<ufunc '\((a[0].asObject as? PyUfunc)?.name ?? "")'>") }
        t.property("__name__", get: { _, v in .str((v.asObject as? PyUfunc)?.name ?? "") })
        t.property("nin", get: { _, v in .int((v.asObject as? PyUfunc)?.nin ?? 1) })
        t.property("nout", get: { _, _ in .int(1) })
        t.checkedMethod("reduce") { i, a in
            guard let u = a[0].asObject as? PyUfunc else { throw PyError.typeError("expected a ufunc") }
            let p = try Args(Array(a.positional.dropFirst()), keywords: a.keywords).bind("reduce", ["array", "axis", "dtype", "out", "keepdims"], required: 1)
            let reduction: String
            switch u.name {
            case "add": reduction = "sum"
            case "multiply": reduction = "prod"
            case "maximum": reduction = "max"
            case "minimum": reduction = "min"
            case "logical_and": reduction = "all"
            case "logical_or": reduction = "any"
            default: throw PyError.valueError("reduce only supported for binary functions")
            }
            var keywords: [(name: String, value: Value)] = [("axis", p[1] ?? .int(0))]
            if let k = p[4] { keywords.append(("keepdims", k)) }
            if let d = p[2] { keywords.append(("dtype", d)) }
            return try NumpyReductions.reduce(i, reduction, Args([p[0] ?? .none], keywords: keywords))
        }
        t.checkedMethod("accumulate") { i, a in
            guard let u = a[0].asObject as? PyUfunc else { throw PyError.typeError("expected a ufunc") }
            let p = try Args(Array(a.positional.dropFirst()), keywords: a.keywords).bind("accumulate", ["array", "axis"], required: 1)
            let x = try NumpyConvert.tensor(p[0] ?? .none, i)
            let axis = try NumpyConvert.axis(try p[1].map { try NumpyConvert.integer($0, i) } ?? 0, rank: max(x.rank, 1))
            switch u.name {
            case "add": return .object(PyNDArray(try NumpyReductions.cumulative(x, axis: axis, product: false)))
            case "multiply": return .object(PyNDArray(try NumpyReductions.cumulative(x, axis: axis, product: true)))
            default: throw PyError.valueError("accumulate only supported for add and multiply")
            }
        }
        t.checkedMethod("outer") { i, a in
            guard let u = a[0].asObject as? PyUfunc, u.nin == 2 else { throw PyError.valueError("outer product only supported for binary functions") }
            let x = try NumpyConvert.tensor(try numpyArg(a, 1, "outer"), i)
            let y = try NumpyConvert.tensor(try numpyArg(a, 2, "outer"), i)
            let xs = NumpyStorage.tensor(x.shape + [Int](repeating: 1, count: y.rank), x.storage)
            return try u.body(i, [.object(PyNDArray(xs)), .object(PyNDArray(y))])
        }
    }
}
