import Foundation
import Python
import TensorCore

/// `np.dot` and `numpy.linalg`: inverse, solve and determinant by LU decomposition with
/// partial pivoting (LAPACK's `getrf`/`getrs` algorithm), and numpy's vector and matrix norms.
enum NumpyLinalg {
    /// `np.dot(a, b)`: products of scalars, inner products of vectors, matrix products, and for
    /// N-d arrays the sum over the last axis of `a` and the second-to-last of `b`.
    static func dot(_ a: Value, _ b: Value, _ i: Interpreter) throws -> Value {
        guard let x = try NumpyArithmetic.operand(a, i), let y = try NumpyArithmetic.operand(b, i) else {
            throw PyError.typeError("unsupported operand type(s) for dot: '\(a.typeName)' and '\(b.typeName)'")
        }
        let (p, q) = try NumpyArithmetic.promote(x, y, ufunc: "dot")
        if p.rank == 0 || q.rank == 0 { return NumpyBridge.value(try NumpyArithmetic.compute(.multiply, p, q)) }
        let k = p.shape[p.rank - 1]
        let kb = q.rank == 1 ? q.shape[0] : q.shape[q.rank - 2]
        guard k == kb else {
            let dimB = q.rank == 1 ? 0 : q.rank - 2
            throw PyError.valueError("shapes \(ShapeFormat.compactTuple(p.shape)) and \(ShapeFormat.compactTuple(q.shape)) not aligned: \(k) (dim \(p.rank - 1)) != \(kb) (dim \(dimB))")
        }
        if p.rank <= 2 && q.rank <= 2 {
            return NumpyBridge.value(try NumpyArithmetic.compute(.matmul, p, q))
        }
        // N-d: a as (A, k), b with its contraction axis first as (k, B*m).
        let aRows = p.elementCount / Swift.max(k, 1)
        let a2 = NumpyStorage.tensor([aRows, k], p.storage)
        var perm = Array(0..<q.rank)
        perm.remove(at: q.rank - 2)
        perm.insert(q.rank - 2, at: 0)
        let qt = try numpyCall { try Kernels.transpose(q, perm: perm) }
        let b2 = NumpyStorage.tensor([k, q.elementCount / Swift.max(k, 1)], qt.storage)
        let r = try NumpyArithmetic.compute(.matmul, a2, b2)
        let shape = Array(p.shape.dropLast()) + Array(q.shape.dropLast(2)) + [q.shape[q.rank - 1]]
        return NumpyBridge.value(NumpyStorage.tensor(shape, r.storage))
    }

    // MARK: LU

    /// An LU factorisation of one square matrix (row-major), with the row swaps made.
    struct LU<T: BinaryFloatingPoint> {
        var a: [T]
        var n: Int
        var pivots: [Int]
        var swaps: Int
        var singular: Bool
    }

    static func factor<T: BinaryFloatingPoint>(_ m: [T], _ n: Int) -> LU<T> {
        var a = m
        var pivots = [Int](repeating: 0, count: n)
        var swaps = 0
        var singular = false
        for j in 0..<n {
            var p = j
            var best = Swift.abs(a[j * n + j])
            for r in (j + 1)..<Swift.max(n, j + 1) where Swift.abs(a[r * n + j]) > best {
                best = Swift.abs(a[r * n + j])
                p = r
            }
            pivots[j] = p
            if a[p * n + j] == 0 {
                singular = true
                continue
            }
            if p != j {
                swaps += 1
                for c in 0..<n { a.swapAt(j * n + c, p * n + c) }
            }
            let inv = 1 / a[j * n + j]
            for r in (j + 1)..<Swift.max(n, j + 1) { a[r * n + j] *= inv }
            for r in (j + 1)..<Swift.max(n, j + 1) {
                let l = a[r * n + j]
                if l == 0 { continue }
                for c in (j + 1)..<n { a[r * n + c] = a[r * n + c].addingProduct(-l, a[j * n + c]) }
            }
        }
        return LU(a: a, n: n, pivots: pivots, swaps: swaps, singular: singular)
    }

    /// Solves `A X = B` for `B` with `m` columns (row-major), given A's factorisation.
    static func solve<T: BinaryFloatingPoint>(_ lu: LU<T>, _ b: [T], columns m: Int) -> [T] {
        let n = lu.n
        var x = b
        for j in 0..<n where lu.pivots[j] != j {
            for c in 0..<m { x.swapAt(j * m + c, lu.pivots[j] * m + c) }
        }
        for c in 0..<m {
            for r in 0..<n {
                var s = x[r * m + c]
                for k in 0..<r { s = s.addingProduct(-lu.a[r * n + k], x[k * m + c]) }
                x[r * m + c] = s
            }
            for r in stride(from: n - 1, through: 0, by: -1) {
                var s = x[r * m + c]
                for k in stride(from: n - 1, to: r, by: -1) { s = s.addingProduct(-lu.a[r * n + k], x[k * m + c]) }
                x[r * m + c] = s * (1 / lu.a[r * n + r])
            }
        }
        return x
    }

    /// A float array of square matrices (integers go to float64).
    static func squareMatrices(_ v: Value?, _ i: Interpreter) throws -> Tensor {
        var t = try NumpyConvert.array(v, i)
        if !t.dtype.isFloating { t = try NumpyConvert.cast(t, .float64) }
        guard t.rank >= 2 else {
            throw PyError(NumpyErrors.linAlgError, "\(t.rank)-dimensional array given. Array must be at least two-dimensional")
        }
        guard t.shape[t.rank - 1] == t.shape[t.rank - 2] else {
            throw PyError(NumpyErrors.linAlgError, "Last 2 dimensions of the array must be square")
        }
        return t
    }

    /// Runs `body` on each matrix of a float32 or float64 stack.
    static func perMatrix(_ t: Tensor, outShape: (Int) -> [Int],
                          _ f32: ([Float], Int) throws -> [Float], _ f64: ([Double], Int) throws -> [Double]) throws -> Tensor {
        let n = t.shape[t.rank - 1]
        let size = n * n
        let count = size == 0 ? 0 : t.elementCount / size
        switch t.storage {
        case let .float32(v):
            var out: [Float] = []
            for k in 0..<count { out += try f32(Array(v[(k * size)..<((k + 1) * size)]), n) }
            return NumpyStorage.tensor(outShape(n), .float32(out))
        case let .float64(v):
            var out: [Double] = []
            for k in 0..<count { out += try f64(Array(v[(k * size)..<((k + 1) * size)]), n) }
            return NumpyStorage.tensor(outShape(n), .float64(out))
        default:
            throw PyError.typeError("array type \(t.dtype.numpyName) is unsupported in linalg")
        }
    }

    static func inverse<T: BinaryFloatingPoint>(_ m: [T], _ n: Int) throws -> [T] {
        let lu = factor(m, n)
        if lu.singular { throw PyError(NumpyErrors.linAlgError, "Singular matrix") }
        var identity = [T](repeating: 0, count: n * n)
        for k in 0..<n { identity[k * n + k] = 1 }
        return solve(lu, identity, columns: n)
    }

    /// numpy's determinant: the sign and the sum of logs of U's diagonal, then `sign * exp(logdet)`.
    static func determinant<T: BinaryFloatingPoint>(_ m: [T], _ n: Int, log: (T) -> T, exp: (T) -> T) -> T {
        let lu = factor(m, n)
        if lu.singular { return 0 }
        var sign: T = lu.swaps % 2 == 0 ? 1 : -1
        var logdet: T = 0
        for k in 0..<n {
            let d = lu.a[k * n + k]
            if d < 0 { sign = -sign }
            logdet += log(Swift.abs(d))
        }
        return sign * exp(logdet)
    }

    // MARK: norm

    static func norm(_ i: Interpreter, _ a: Args) throws -> Value {
        let p = try a.bind("norm", ["x", "ord", "axis", "keepdims"], required: 1)
        var x = try NumpyConvert.array(p[0], i)
        if !x.dtype.isFloating { x = try NumpyConvert.cast(x, .float64) }
        let keep = try NumpyConvert.flag(p[3], i, default: false)
        let ord = p[1] ?? .none
        let axes = try NumpyConvert.axes(p[2], rank: x.rank, i)
        let ordValue: Double? = ord.isNone || ord.asString != nil ? nil : try i.toDouble(ord)
        let fro = ord.asString == "fro" || ord.asString == "f"
        if axes == nil && (ord.isNone || (fro && x.rank == 2) || (ordValue == 2 && x.rank == 1)) {
            // sqrt(dot(x, x)) over the flattened array.
            let flat = NumpyStorage.flat(x.storage)
            var r = try numpyCall { try Kernels.sqrt(try Kernels.matmul(flat, flat, flavor: .numpy)) }
            if keep { r = NumpyStorage.tensor([Int](repeating: 1, count: x.rank), r.storage) }
            return NumpyBridge.value(r)
        }
        let ax = axes ?? Array(0..<x.rank)
        let absX = try numpyCall { try Kernels.abs(x) }
        if ax.count == 1 {
            let r: Tensor = try numpyCall {
                switch ordValue {
                case nil, 2: return try Kernels.sqrt(try Kernels.numpySum(try Kernels.multiply(x, x), axes: ax, keepDims: keep))
                case .some(let o) where o == .infinity: return try Kernels.max(absX, axes: ax, keepDims: keep, flavor: .numpy)
                case .some(let o) where o == -.infinity: return try Kernels.min(absX, axes: ax, keepDims: keep, flavor: .numpy)
                case 1: return try Kernels.numpySum(absX, axes: ax, keepDims: keep)
                case 0: return try Kernels.numpySum(try Conversion.cast(try Conversion.cast(x, to: .bool), to: x.dtype), axes: ax, keepDims: keep)
                case .some(let o):
                    let po = try Conversion.cast(Tensor(scalar: o), to: x.dtype)
                    let s = try Kernels.numpySum(try Kernels.pow(absX, po), axes: ax, keepDims: keep)
                    return try Kernels.pow(s, try Conversion.cast(Tensor(scalar: 1 / o), to: x.dtype))
                }
            }
            return NumpyBridge.value(r)
        }
        guard ax.count == 2 else { throw PyError.valueError("Improper number of dimensions to norm.") }
        let r: Tensor = try numpyCall {
            if ord.isNone || fro {
                return try Kernels.sqrt(try Kernels.numpySum(try Kernels.multiply(x, x), axes: ax, keepDims: keep))
            }
            switch ordValue {
            case 1, -1:
                let s = try Kernels.numpySum(absX, axes: [ax[0]], keepDims: true)
                let r = ordValue == 1 ? try Kernels.max(s, axes: [ax[1]], keepDims: true, flavor: .numpy) : try Kernels.min(s, axes: [ax[1]], keepDims: true, flavor: .numpy)
                return keep ? r : try Kernels.squeeze(r, axes: ax)
            case .some(let o) where o.isInfinite:
                let s = try Kernels.numpySum(absX, axes: [ax[1]], keepDims: true)
                let r = o > 0 ? try Kernels.max(s, axes: [ax[0]], keepDims: true, flavor: .numpy) : try Kernels.min(s, axes: [ax[0]], keepDims: true, flavor: .numpy)
                return keep ? r : try Kernels.squeeze(r, axes: ax)
            default:
                throw TensorError.unimplemented("matrix norms of order \(ordValue.map { String($0) } ?? "") (singular values) are not supported")
            }
        }
        return NumpyBridge.value(r)
    }

    // MARK: The module

    static func makeModule() -> PyModule {
        let m = PyModule(name: "numpy.linalg")
        m["LinAlgError"] = .object(NumpyErrors.linAlgError)
        m.function("inv") { i, a in
            try a.expect("inv", min: 1, max: 1)
            let t = try squareMatrices(a[0], i)
            return .object(PyNDArray(try perMatrix(t, outShape: { _ in t.shape }, { try inverse($0, $1) }, { try inverse($0, $1) })))
        }
        m.function("solve") { i, a in
            try a.expect("solve", min: 2, max: 2)
            let t = try squareMatrices(a[0], i)
            guard t.rank == 2 else { throw PyError.notImplemented("solve of stacked matrices is not supported") }
            var b = try NumpyConvert.tensor(a[1], i)
            let n = t.shape[0]
            let vector = b.rank == 1
            guard b.shape.first == n, b.rank <= 2 else {
                throw PyError.valueError("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size \(b.shape.first ?? 0) is different from \(n))")
            }
            b = try NumpyConvert.cast(b, DType.numpyResultType(t.dtype, b.dtype.isFloating ? b.dtype : .float64) ?? .float64)
            let a2 = try NumpyConvert.cast(t, b.dtype)
            let cols = vector ? 1 : b.shape[1]
            switch (a2.storage, b.storage) {
            case let (.float32(u), .float32(v)):
                let lu = factor(u, n)
                if lu.singular { throw PyError(NumpyErrors.linAlgError, "Singular matrix") }
                return .object(PyNDArray(NumpyStorage.tensor(b.shape, .float32(solve(lu, v, columns: cols)))))
            case let (.float64(u), .float64(v)):
                let lu = factor(u, n)
                if lu.singular { throw PyError(NumpyErrors.linAlgError, "Singular matrix") }
                return .object(PyNDArray(NumpyStorage.tensor(b.shape, .float64(solve(lu, v, columns: cols)))))
            default:
                throw PyError.typeError("array type \(b.dtype.numpyName) is unsupported in linalg")
            }
        }
        m.function("det") { i, a in
            try a.expect("det", min: 1, max: 1)
            let t = try squareMatrices(a[0], i)
            let shape = Array(t.shape.dropLast(2))
            let r = try perMatrix(t, outShape: { _ in shape },
                                  { [determinant($0, $1, log: { Foundation.logf($0) }, exp: { Foundation.expf($0) })] },
                                  { [determinant($0, $1, log: { Foundation.log($0) }, exp: { Foundation.exp($0) })] })
            return NumpyBridge.value(r)
        }
        m.function("norm") { i, a in try norm(i, a) }
        m.function("matrix_power") { i, a in
            try a.expect("matrix_power", min: 2, max: 2)
            let t = try NumpyConvert.tensor(a[0], i)
            var k = try NumpyConvert.integer(a[1], i)
            guard t.rank == 2, t.shape[0] == t.shape[1] else { throw PyError(NumpyErrors.linAlgError, "Last 2 dimensions of the array must be square") }
            var base = t
            if k == 0 {
                return .object(PyNDArray(try NumpyConvert.cast(try NumpyCreation.eye(t.shape[0], t.shape[0], k: 0, .float64), t.dtype)))
            }
            if k < 0 {
                let f = try squareMatrices(a[0], i)
                base = try perMatrix(f, outShape: { _ in f.shape }, { try inverse($0, $1) }, { try inverse($0, $1) })
                k = k == Int.min ? Int.max : -k
            }
            // numpy's order of products: small powers directly, then binary decomposition.
            func mul(_ x: Tensor, _ y: Tensor) throws -> Tensor { try NumpyArithmetic.compute(.matmul, x, y) }
            if k == 1 { return .object(PyNDArray(base)) }
            if k == 2 { return .object(PyNDArray(try mul(base, base))) }
            if k == 3 { return .object(PyNDArray(try mul(try mul(base, base), base))) }
            var z: Tensor?, result: Tensor?
            while k > 0 {
                z = try z.map { try mul($0, $0) } ?? base
                let bit = k % 2
                k /= 2
                if bit == 1, let zz = z { result = try result.map { try mul($0, zz) } ?? zz }
            }
            return .object(PyNDArray(result ?? base))
        }
        return m
    }
}
