// Matrix product and inverse.
//
// Products accumulate each output element sequentially over k in the dtype
// (float32 in Float, no fused multiply-add). TF's Eigen/oneDNN kernels and
// numpy's BLAS block and vectorise the k loop, so float results can differ
// from them in the last bits for long inner dimensions.

extension Kernels {
    /// Matrix product of the last two dimensions, with optional transposes
    /// (TF `MatMul`/`BatchMatMulV2`, numpy `matmul`). Leading (batch)
    /// dimensions broadcast. With the `.numpy` flavor a 1-D operand is a
    /// vector (a row on the left, a column on the right) whose dimension is
    /// removed from the result, as `np.matmul` does.
    public static func matmul(_ a: Tensor, _ b: Tensor, transposeA: Bool = false, transposeB: Bool = false,
                              flavor: Flavor = .tensorflow) throws -> Tensor {
        try requireSameDType("MatMul", a, b)
        var x = a, y = b
        var dropRow = false, dropCol = false
        if flavor == .numpy {
            if x.rank == 0 || y.rank == 0 {
                throw TensorError.invalidArgument(
                    "matmul: Input operand \(x.rank == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
            }
            if x.rank == 1 { x = Tensor(unchecked: [1, x.shape[0]], x.storage); dropRow = true }
            if y.rank == 1 { y = Tensor(unchecked: [y.shape[0], 1], y.storage); dropCol = true }
        }
        guard x.rank >= 2, y.rank >= 2 else {
            throw TensorError.invalidArgument(
                "In[\(x.rank < 2 ? 0 : 1)] ndims must be >= 2")
        }
        // Transposes are read through strides rather than copied.
        let xr = x.rank, yr = y.rank
        let m = transposeA ? x.shape[xr - 1] : x.shape[xr - 2]
        let k = transposeA ? x.shape[xr - 2] : x.shape[xr - 1]
        let k2 = transposeB ? y.shape[yr - 1] : y.shape[yr - 2]
        let n = transposeB ? y.shape[yr - 2] : y.shape[yr - 1]
        guard k == k2 else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Matrix size-incompatible: In[0]: \(ShapeFormat.brackets(a.shape)), In[1]: \(ShapeFormat.brackets(b.shape))",
                numpy: "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(k2) is different from \(k))")
        }
        // (row stride, column stride) of the logical m x k and k x n matrices
        let (ars, acs) = transposeA ? (1, m) : (k, 1)
        let (brs, bcs) = transposeB ? (1, k) : (n, 1)
        let batchA = Array(x.shape.dropLast(2)), batchB = Array(y.shape.dropLast(2))
        let batch = try Broadcast.shapes(batchA, batchB)
        let batchCount = ShapeFormat.elementCount(batch)
        let aIdx = Broadcast.sourceIndices(batchA, to: batch)
        let bIdx = Broadcast.sourceIndices(batchB, to: batch)
        var outShape = batch + [m, n]

        // Every output element is accumulated from zero over k in order, in
        // either loop order, so both give identical results. `fused` (a, b, acc) replaces
        // add(acc, mul(a, b)) where TF's kernel uses fused multiply-adds.
        func run<T>(_ av: [T], _ bv: [T], zero: T, _ mul: (T, T) -> T, _ add: (T, T) -> T,
                    fused: ((T, T, T) -> T)? = nil, pairedShortDots: Bool = false) -> [T] {
            var out = [T](repeating: zero, count: batchCount * m * n)
            av.withUnsafeBufferPointer { pa in
                bv.withUnsafeBufferPointer { pb in
                    out.withUnsafeMutableBufferPointer { po in
                        for bi in 0..<batchCount {
                            let ao = aIdx[bi] * m * k, bo = bIdx[bi] * k * n, oo = bi * m * n
                            if n == 1 || transposeB {
                                for i in 0..<m {
                                    for j in 0..<n {
                                        var acc = zero
                                        var pA = ao + i * ars, pB = bo + j * bcs
                                        if pairedShortDots {
                                            // ((p0 + p1) + (p2 + p3)) + p4, as a horizontal add sums.
                                            let p0 = mul(pa[pA], pb[pB]), p1 = mul(pa[pA + acs], pb[pB + brs])
                                            let p2 = mul(pa[pA + 2 * acs], pb[pB + 2 * brs]), p3 = mul(pa[pA + 3 * acs], pb[pB + 3 * brs])
                                            acc = add(add(p0, p1), add(p2, p3))
                                            if k == 5 { acc = add(acc, mul(pa[pA + 4 * acs], pb[pB + 4 * brs])) }
                                        } else if let fused {
                                            for _ in 0..<k {
                                                acc = fused(pa[pA], pb[pB], acc)
                                                pA += acs
                                                pB += brs
                                            }
                                        } else {
                                            for _ in 0..<k {
                                                acc = add(acc, mul(pa[pA], pb[pB]))
                                                pA += acs
                                                pB += brs
                                            }
                                        }
                                        po[oo + i * n + j] = acc
                                    }
                                }
                            } else {
                                for i in 0..<m {
                                    let orow = oo + i * n
                                    for kk in 0..<k {
                                        let aik = pa[ao + i * ars + kk * acs]
                                        let brow = bo + kk * brs
                                        if let fused {
                                            for j in 0..<n { po[orow + j] = fused(aik, pb[brow + j], po[orow + j]) }
                                        } else {
                                            for j in 0..<n { po[orow + j] = add(po[orow + j], mul(aik, pb[brow + j])) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return out
        }
        let storage: TensorStorage
        switch (x.storage, y.storage) {
        case let (.float32(p), .float32(q)):
            // TF's float32 kernel (oneDNN) chains fused multiply-adds for a single row or several
            // columns; a matrix times a vector it sums without them.
            // A matrix times a vector of 4 or 5 terms adds the products in pairs; longer ones
            // in an order not reproduced yet.
            let fma = flavor == .tensorflow && (m == 1 || n > 1)
            let paired = flavor == .tensorflow && m > 1 && n == 1 && (k == 4 || k == 5)
            storage = .float32(run(p, q, zero: 0, { $0 * $1 }, { $0 + $1 },
                                   fused: fma ? { a, b, acc in acc.addingProduct(a, b) } : nil, pairedShortDots: paired))
        case let (.float64(p), .float64(q)): storage = .float64(run(p, q, zero: 0, { $0 * $1 }, { $0 + $1 }))
        case let (.int32(p), .int32(q)): storage = .int32(run(p, q, zero: 0, { $0 &* $1 }, { $0 &+ $1 }))
        case let (.int64(p), .int64(q)): storage = .int64(run(p, q, zero: 0, { $0 &* $1 }, { $0 &+ $1 }))
        case let (.uint8(p), .uint8(q)): storage = .uint8(run(p, q, zero: 0, { $0 &* $1 }, { $0 &+ $1 }))
        default: throw TensorError.unsupportedDType(op: "MatMul", dtype: a.dtype)
        }
        if dropRow { outShape.remove(at: outShape.count - 2) }
        if dropCol { outShape.removeLast() }
        return Tensor(unchecked: outShape, storage)
    }

    /// Inverse of each square matrix in the last two dimensions (TF
    /// `MatrixInverse`, `np.linalg.inv`), by LU decomposition with partial
    /// pivoting in the dtype (Eigen's `PartialPivLU` algorithm, unblocked).
    /// A zero pivot throws ``TensorError/notInvertible`` (TF: `Input is not
    /// invertible.`; numpy: `Singular matrix`).
    public static func matrixInverse(_ t: Tensor) throws -> Tensor {
        guard t.rank >= 2 else {
            throw TensorError.described(.invalidArgument,
                                        tensorflow: "Input tensor 0 must have rank >= 2, got \(t.rank)",
                                        numpy: "\(t.rank)-dimensional array given. Array must be at least two-dimensional")
        }
        let n = t.shape[t.rank - 1]
        guard t.shape[t.rank - 2] == n else {
            throw TensorError.described(.invalidArgument, tensorflow: "Input matrix must be square.",
                                        numpy: "Last 2 dimensions of the array must be square")
        }
        let batch = ShapeFormat.elementCount(Array(t.shape.dropLast(2)))
        switch t.storage {
        case let .float32(v):
            var out: [Float] = []
            out.reserveCapacity(v.count)
            for b in 0..<batch { out += try invert(Array(v[(b * n * n)..<((b + 1) * n * n)]), n) }
            return Tensor(unchecked: t.shape, .float32(out))
        case let .float64(v):
            var out: [Double] = []
            out.reserveCapacity(v.count)
            for b in 0..<batch { out += try invert(Array(v[(b * n * n)..<((b + 1) * n * n)]), n) }
            return Tensor(unchecked: t.shape, .float64(out))
        default:
            throw TensorError.unsupportedDType(op: "MatrixInverse", dtype: t.dtype)
        }
    }

    /// LU with partial pivoting, then the triangular solves on the permuted
    /// identity (Eigen's `PartialPivLU::inverse`).
    static func invert<T: BinaryFloatingPoint>(_ matrix: [T], _ n: Int) throws -> [T] {
        guard let (lu, perm) = luDecompose(matrix, n) else { throw TensorError.notInvertible }
        var identity = [T](repeating: 0, count: n * n)
        for i in 0..<n { identity[i * n + i] = 1 }
        return luSolve(lu, perm, n, identity, n)
    }

    /// Solves `L U X = P B` for the `n x k` row-major `rhs` as Eigen's
    /// `triangular_solve_matrix` does for TF's row-major matrices of up to a
    /// panel's size (it solves the transposed problem from the right): the
    /// unit-lower solve, then the upper solve; each entry has the products
    /// with the entries already solved subtracted one at a time, in index
    /// order, and is then multiplied by the reciprocal of the diagonal entry.
    static func luSolve<T: BinaryFloatingPoint>(_ lu: [T], _ perm: [Int], _ n: Int, _ rhs: [T], _ k: Int) -> [T] {
        var x = [T](repeating: 0, count: n * k)
        for i in 0..<n { for j in 0..<k { x[i * k + j] = rhs[perm[i] * k + j] } }
        for i in 0..<n {
            for j in 0..<k {
                for c in 0..<i { x[i * k + j] -= x[c * k + j] * lu[i * n + c] }
            }
        }
        var i = n - 1
        while i >= 0 {
            let reciprocal = 1 / lu[i * n + i]
            for j in 0..<k {
                for c in (i + 1)..<Swift.max(i + 1, n) { x[i * k + j] -= x[c * k + j] * lu[i * n + c] }
                x[i * k + j] *= reciprocal
            }
            i -= 1
        }
        return x
    }

    /// In-place LU decomposition with partial pivoting (Eigen's unblocked
    /// `PartialPivLU`): returns the packed factors (unit lower L below the
    /// diagonal, U on and above) and the row permutation (`perm[i]` is the
    /// original row now at row `i`), or nil when a pivot is zero or NaN.
    static func luDecompose<T: BinaryFloatingPoint>(_ matrix: [T], _ n: Int) -> ([T], [Int])? {
        var lu = matrix
        var perm = Array(0..<n)
        for c in 0..<n {
            var p = c
            var best = Swift.abs(lu[c * n + c])
            for r in (c + 1)..<Swift.max(c + 1, n) {
                let v = Swift.abs(lu[r * n + c])
                if v > best {
                    best = v
                    p = r
                }
            }
            if best == 0 || best.isNaN { return nil }
            if p != c {
                for j in 0..<n { lu.swapAt(c * n + j, p * n + j) }
                perm.swapAt(c, p)
            }
            let pivot = lu[c * n + c]
            for r in (c + 1)..<Swift.max(c + 1, n) {
                lu[r * n + c] /= pivot
                let l = lu[r * n + c]
                for j in (c + 1)..<Swift.max(c + 1, n) {
                    lu[r * n + j] -= l * lu[c * n + j]
                }
            }
        }
        return (lu, perm)
    }

    /// Solves `A X = B` (or `A^T X = B` with `adjoint`) for each matrix in the
    /// last two dimensions (TF `MatrixSolve`, `tf.linalg.solve`): LU with
    /// partial pivoting of `A`, then triangular solves for each column of `B`.
    /// The batch dimensions of both must be equal.
    public static func matrixSolve(_ a: Tensor, _ b: Tensor, adjoint: Bool = false) throws -> Tensor {
        try requireSameDType("MatrixSolve", a, b)
        guard a.rank >= 2, b.rank >= 2 else {
            throw TensorError.invalidArgument("Input tensor \(a.rank < 2 ? 0 : 1) must have rank >= 2, got \(a.rank < 2 ? a.rank : b.rank)")
        }
        let n = a.shape[a.rank - 1]
        guard a.shape[a.rank - 2] == n else {
            throw TensorError.invalidArgument("First input (lhs) must be a square matrix.")
        }
        guard b.shape[b.rank - 2] == n, Array(a.shape.dropLast(2)) == Array(b.shape.dropLast(2)) else {
            throw TensorError.invalidArgument("Input matrix and rhs are incompatible.")
        }
        let k = b.shape[b.rank - 1]
        let batch = ShapeFormat.elementCount(Array(a.shape.dropLast(2)))
        func run<T: BinaryFloatingPoint>(_ av: [T], _ bv: [T]) throws -> [T] {
            var out: [T] = []
            out.reserveCapacity(batch * n * k)
            for bi in 0..<batch {
                var matrix = Array(av[(bi * n * n)..<((bi + 1) * n * n)])
                if adjoint {
                    // TF factors the adjoint itself and then solves as usual.
                    var t = matrix
                    for r in 0..<n { for c in 0..<n { t[c * n + r] = matrix[r * n + c] } }
                    matrix = t
                }
                guard let (lu, perm) = luDecompose(matrix, n) else {
                    throw TensorError.invalidArgument("Input matrix is not invertible.")
                }
                out += luSolve(lu, perm, n, Array(bv[(bi * n * k)..<((bi + 1) * n * k)]), k)
            }
            return out
        }
        switch (a.storage, b.storage) {
        case let (.float32(p), .float32(q)): return Tensor(unchecked: b.shape, .float32(try run(p, q)))
        case let (.float64(p), .float64(q)): return Tensor(unchecked: b.shape, .float64(try run(p, q)))
        default: throw TensorError.unsupportedDType(op: "MatrixSolve", dtype: a.dtype)
        }
    }
}
