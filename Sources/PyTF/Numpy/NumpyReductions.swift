import Python
import TensorCore

/// Reductions (`np.sum`, `a.mean(axis=0)`, ...) and cumulative sums, with numpy's argument
/// lists, dtype rules (integers sum as int64 and average as float64) and pairwise summation.
enum NumpyReductions {
    /// Parameter names after the array, as numpy's functions take them positionally.
    static func parameters(_ name: String) -> [String] {
        switch name {
        case "sum", "mean", "prod", "nansum", "nanmean", "cumsum", "cumprod": return ["a", "axis", "dtype", "out", "keepdims"]
        case "std", "var": return ["a", "axis", "dtype", "out", "ddof", "keepdims"]
        case "argmax", "argmin": return ["a", "axis", "out", "keepdims"]
        case "median": return ["a", "axis", "out", "overwrite_input", "keepdims"]
        default: return ["a", "axis", "out", "keepdims"]
        }
    }

    static let names = ["sum", "mean", "std", "var", "max", "min", "amax", "amin", "prod", "argmax", "argmin",
                        "all", "any", "median", "ptp", "cumsum", "cumprod", "nansum", "nanmean", "nanmax", "nanmin"]

    /// A reduction called as `np.name(a, ...)` or, with the array first, as `a.name(...)`.
    static func reduce(_ i: Interpreter, _ name: String, _ a: Args) throws -> Value {
        let params = parameters(name)
        let p = try a.bind(name, params, required: 1)
        func arg(_ n: String) -> Value? { params.firstIndex(of: n).flatMap { p[$0] } }
        var t = try NumpyConvert.array(p[0], i)
        let keep = try NumpyConvert.flag(arg("keepdims"), i, default: false)
        let dtype = try NumpyConvert.dtype(arg("dtype"), i)
        let axes = try NumpyConvert.axes(arg("axis"), rank: t.rank, i)
        let result: Tensor
        switch name {
        case "sum", "nansum":
            if name == "nansum" { t = try zeroNaN(t) }
            result = try numpyCall { try Kernels.numpySum(t, axes: axes, keepDims: keep, dtype: dtype) }
        case "mean", "nanmean":
            if let dtype { t = try NumpyConvert.cast(t, dtype) }
            if name == "nanmean" { return try nanMean(t, axes: axes, keep: keep) }
            result = try numpyCall { try Kernels.mean(t, axes: axes, keepDims: keep, flavor: .numpy) }
        case "std", "var":
            if let dtype { t = try NumpyConvert.cast(t, dtype) }
            let ddof = try arg("ddof").map { try NumpyConvert.integer($0, i) } ?? 0
            result = try numpyCall {
                name == "std" ? try Kernels.numpyStd(t, axes: axes, ddof: ddof, keepDims: keep)
                    : try Kernels.numpyVar(t, axes: axes, ddof: ddof, keepDims: keep)
            }
        case "max", "amax", "nanmax":
            result = try numpyCall { try Kernels.max(t, axes: axes, keepDims: keep, flavor: .numpy) }
        case "min", "amin", "nanmin":
            result = try numpyCall { try Kernels.min(t, axes: axes, keepDims: keep, flavor: .numpy) }
        case "ptp":
            result = try numpyCall {
                try Kernels.subtract(try Kernels.max(t, axes: axes, keepDims: keep, flavor: .numpy),
                                     try Kernels.min(t, axes: axes, keepDims: keep, flavor: .numpy))
            }
        case "prod":
            if let dtype { t = try NumpyConvert.cast(t, dtype) }
            result = try numpyCall { try Kernels.prod(t, axes: axes, keepDims: keep, flavor: .numpy) }
        case "argmax", "argmin":
            if let ax = axes, ax.count != 1 { throw PyError.typeError("'tuple' object cannot be interpreted as an integer") }
            var r = try numpyCall { name == "argmax" ? try Kernels.argmax(t, axis: axes?.first) : try Kernels.argmin(t, axis: axes?.first) }
            if keep {
                var shape = t.shape
                if let ax = axes?.first { shape[ax] = 1 } else { shape = shape.map { _ in 1 } }
                r = NumpyStorage.tensor(shape, r.storage)
            }
            result = r
        case "all", "any":
            let b = try NumpyConvert.cast(t, .bool)
            result = try numpyCall { name == "all" ? try Kernels.all(b, axes: axes, keepDims: keep) : try Kernels.any(b, axes: axes, keepDims: keep) }
        case "median":
            result = try median(t, axes: axes, keep: keep)
        case "cumsum", "cumprod":
            if let dtype { t = try NumpyConvert.cast(t, dtype) }
            if let ax = axes, ax.count != 1 { throw PyError.typeError("an integer is required for the axis") }
            let flat = axes == nil ? NumpyStorage.tensor([t.elementCount], t.storage) : t
            result = try cumulative(flat, axis: axes?.first ?? 0, product: name == "cumprod")
        default:
            throw PyError.attributeError("module 'numpy' has no attribute '\(name)'")
        }
        if let out = arg("out"), !out.isNone {
            guard let arr = out.asObject as? PyNDArray else { throw PyError.typeError("output must be an array") }
            arr.tensor = try NumpyIndexing.broadcastForAssignment(try NumpyConvert.cast(result, arr.tensor.dtype), to: arr.tensor.shape, advanced: false)
            return out
        }
        if name == "cumsum" || name == "cumprod" { return .object(PyNDArray(result)) }
        return NumpyBridge.value(result)
    }

    private static func zeroNaN(_ t: Tensor) throws -> Tensor {
        switch t.storage {
        case let .float32(v): return NumpyStorage.tensor(t.shape, .float32(v.map { $0.isNaN ? 0 : $0 }))
        case let .float64(v): return NumpyStorage.tensor(t.shape, .float64(v.map { $0.isNaN ? 0 : $0 }))
        default: return t
        }
    }

    private static func nanMean(_ t: Tensor, axes: [Int]?, keep: Bool) throws -> Value {
        let s = try numpyCall { try Kernels.numpySum(try zeroNaN(t), axes: axes, keepDims: keep) }
        let notNaN = try numpyCall { try Kernels.logicalNot(try Kernels.isNaN(t)) }
        let n = try numpyCall { try Kernels.numpySum(notNaN, axes: axes, keepDims: keep) }
        return NumpyBridge.value(try numpyCall { try Kernels.divide(s, try Conversion.cast(n, to: s.dtype.isFloating ? s.dtype : .float64), flavor: .numpy) })
    }

    /// Moves `axis` last; returns the moved tensor and the permutation's shape before the move.
    private static func axisLast(_ t: Tensor, _ axis: Int) throws -> Tensor {
        if axis == t.rank - 1 { return t }
        var perm = Array(0..<t.rank)
        perm.remove(at: axis)
        perm.append(axis)
        return try numpyCall { try Kernels.transpose(t, perm: perm) }
    }

    /// `np.cumsum` / `np.cumprod` along one axis (integers and bools accumulate as int64).
    static func cumulative(_ t: Tensor, axis: Int, product: Bool) throws -> Tensor {
        guard t.rank > 0 else { return try cumulative(NumpyStorage.tensor([1], t.storage), axis: 0, product: product) }
        let ax = try NumpyConvert.axis(axis, rank: t.rank)
        var x = t
        if x.dtype == .bool || x.dtype == .int32 || x.dtype == .uint8 { x = try NumpyConvert.cast(x, .int64) }
        let moved = try axisLast(x, ax)
        let n = moved.shape.last ?? 1
        func run<T>(_ v: [T], _ op: (T, T) -> T) -> [T] {
            var out = v
            guard n > 0 else { return out }
            for start in stride(from: 0, to: v.count, by: n) {
                for k in 1..<n where start + k < out.count { out[start + k] = op(out[start + k - 1], out[start + k]) }
            }
            return out
        }
        let storage: TensorStorage
        switch moved.storage {
        case let .float32(v): storage = .float32(run(v, product ? { $0 * $1 } : { $0 + $1 }))
        case let .float64(v): storage = .float64(run(v, product ? { $0 * $1 } : { $0 + $1 }))
        case let .int64(v): storage = .int64(run(v, product ? { $0 &* $1 } : { $0 &+ $1 }))
        default: throw NumpyErrors.notSupported(product ? "multiply" : "add")
        }
        let r = NumpyStorage.tensor(moved.shape, storage)
        if ax == t.rank - 1 { return r }
        // Undo the move.
        var perm = Array(0..<(t.rank - 1))
        perm.insert(t.rank - 1, at: ax)
        return try numpyCall { try Kernels.transpose(r, perm: perm) }
    }

    /// `np.median`: the middle value (or the mean of the two middle values) of sorted runs.
    static func median(_ t: Tensor, axes: [Int]?, keep: Bool) throws -> Tensor {
        var x = t.dtype.isFloating ? t : try NumpyConvert.cast(t, .float64)
        var outShape: [Int]
        if let axes, axes.count == 1, let ax = axes.first {
            x = try axisLast(x, ax)
            outShape = t.shape
            outShape.remove(at: ax)
        } else {
            x = NumpyStorage.tensor([x.elementCount], x.storage)
            outShape = []
        }
        let n = x.shape.last ?? 0
        guard n > 0 else { throw PyError.indexError("index -1 is out of bounds for axis 0 with size 0") }
        func run<T: BinaryFloatingPoint>(_ v: [T]) -> [T] {
            stride(from: 0, to: v.count, by: n).map { start -> T in
                let run = v[start..<(start + n)]
                if run.contains(where: { $0.isNaN }) { return T.nan }
                let s = run.sorted()
                if n % 2 == 1 { return s[n / 2] }
                return (s[n / 2 - 1] + s[n / 2]) / 2
            }
        }
        let storage: TensorStorage
        switch x.storage {
        case let .float32(v): storage = .float32(run(v))
        case let .float64(v): storage = .float64(run(v))
        default: throw NumpyErrors.notSupported("median")
        }
        var r = NumpyStorage.tensor(outShape, storage)
        if keep {
            var shape = t.shape
            if let axes, axes.count == 1, let ax = axes.first { shape[ax] = 1 } else { shape = shape.map { _ in 1 } }
            r = NumpyStorage.tensor(shape, r.storage)
        }
        return r
    }
}
