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
                "In[\(x.rank < 2 ? 0 : 1)] ndims must be >= 2: \(x.rank < 2 ? x.rank : y.rank)")
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
        // either loop order, so both give identical results.
        func run<T>(_ av: [T], _ bv: [T], zero: T, _ mul: (T, T) -> T, _ add: (T, T) -> T) -> [T] {
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
                                        for _ in 0..<k {
                                            acc = add(acc, mul(pa[pA], pb[pB]))
                                            pA += acs
                                            pB += brs
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
                                        for j in 0..<n {
                                            po[orow + j] = add(po[orow + j], mul(aik, pb[brow + j]))
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
        case let (.float32(p), .float32(q)): storage = .float32(run(p, q, zero: 0, { $0 * $1 }, { $0 + $1 }))
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

    /// LU with partial pivoting (the pivot is the first entry of largest
    /// magnitude in the column), then forward and back substitution on the
    /// permuted identity.
    static func invert<T: BinaryFloatingPoint>(_ matrix: [T], _ n: Int) throws -> [T] {
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
            if best == 0 || best.isNaN { throw TensorError.notInvertible }
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
        var inv = [T](repeating: 0, count: n * n)
        for col in 0..<n {
            // Solve L U x = P e_col.
            var x = [T](repeating: 0, count: n)
            for i in 0..<n { x[i] = perm[i] == col ? 1 : 0 }
            for i in 0..<n {
                var s = x[i]
                for j in 0..<i { s -= lu[i * n + j] * x[j] }
                x[i] = s
            }
            var i = n - 1
            while i >= 0 {
                var s = x[i]
                for j in (i + 1)..<Swift.max(i + 1, n) { s -= lu[i * n + j] * x[j] }
                x[i] = s / lu[i * n + i]
                i -= 1
            }
            for r in 0..<n { inv[r * n + col] = x[r] }
        }
        return inv
    }
}
