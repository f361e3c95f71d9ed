import Python
import TensorCore

/// numpy's element-wise helpers that are not plain ufuncs: rounding, clipping, closeness tests,
/// `where`, sorting and set functions.
enum NumpyMath {
    /// `np.round(a, decimals)`: half to even after scaling by 10**decimals.
    static func round(_ a: Value, _ decimals: Value?, _ i: Interpreter) throws -> Value {
        // Beyond 400 digits the scale is infinite (or zero) in float64 either way.
        let d = Swift.min(Swift.max(try decimals.map { $0.isNone ? 0 : try NumpyConvert.integer($0, i) } ?? 0, -400), 400)
        var x = try NumpyConvert.tensor(a, i)
        if x.dtype == .bool { x = try NumpyConvert.cast(x, .float32) }
        return NumpyBridge.value(try numpyCall { try Kernels.numpyRound(x, decimals: d) })
    }

    /// `np.clip(a, a_min, a_max)`: numpy's `minimum(maximum(a, a_min), a_max)` with its promotion.
    static func clip(_ a: Value, _ lo: Value?, _ hi: Value?, _ i: Interpreter) throws -> Value {
        let noLo = lo?.isNone ?? true, noHi = hi?.isNone ?? true
        if noLo && noHi { throw PyError.valueError("One of max or min must be given") }
        var r = a
        if let lo, !noLo { r = try NumpyArithmetic.binary(.maximum, r, lo, i) }
        if let hi, !noHi { r = try NumpyArithmetic.binary(.minimum, r, hi, i) }
        if r.isNotImplemented { throw PyError.typeError("clip() arguments must be numbers or arrays") }
        return r
    }

    /// `|a - b| <= atol + rtol * |b|` (numpy's `isclose`), NaNs equal only with `equal_nan`.
    static func isClose(_ i: Interpreter, _ a: Args, _ name: String) throws -> Tensor {
        let p = try a.bind(name, ["a", "b", "rtol", "atol", "equal_nan"], required: 2)
        let x0 = try NumpyConvert.array(p[0], i), y0 = try NumpyConvert.array(p[1], i)
        let common = DType.numpyWeakResultType(array: DType.numpyResultType(x0.dtype, y0.dtype) ?? .float64, pythonScalar: .float) ?? .float64
        let x = try NumpyConvert.cast(x0, common), y = try NumpyConvert.cast(y0, common)
        let rtol = try NumpyConvert.double(p[2], i, default: 1e-5), atol = try NumpyConvert.double(p[3], i, default: 1e-8)
        let equalNaN = try NumpyConvert.flag(p[4], i, default: false)
        let shape = try numpyCall { try Broadcast.shapes(x.shape, y.shape) }
        let bx = try numpyCall { try Broadcast.broadcast(x, to: shape) }, by = try numpyCall { try Broadcast.broadcast(y, to: shape) }
        // Computed in the operands' float type (float32 stays float32: rtol and atol are weak).
        func close<T: BinaryFloatingPoint>(_ u: [T], _ v: [T]) -> [Bool] {
            let r = T(rtol), at = T(atol)
            return zip(u, v).map { p, q -> Bool in
                if p.isNaN || q.isNaN { return equalNaN && p.isNaN && q.isNaN }
                if !q.isFinite || !p.isFinite { return p == q }
                return Swift.abs(p - q) <= at + r * Swift.abs(q)
            }
        }
        let flags: [Bool]
        switch (bx.storage, by.storage) {
        case let (.float32(u), .float32(v)): flags = close(u, v)
        default:
            let du: [Double] = bx.doubles ?? [], dv: [Double] = by.doubles ?? []
            flags = close(du, dv)
        }
        return NumpyStorage.tensor(shape, .bool(flags))
    }

    /// `np.nonzero(a)`: a tuple of index arrays.
    static func nonzero(_ t: Tensor) -> Value {
        let mask = (try? Conversion.cast(t.rank == 0 ? NumpyStorage.tensor([1], t.storage) : t, to: .bool, flavor: .numpy)) ?? t
        let coords = NumpyIndexing.nonzero(mask)
        return .object(PyTuple(coords.map { .object(PyNDArray(Tensor($0.map { Int64($0) }))) }))
    }

    /// `np.where(cond, x, y)`, or `np.nonzero(cond)` with one argument.
    static func whereFunction(_ i: Interpreter, _ a: Args) throws -> Value {
        try a.noKeywords("where")
        let cond = try NumpyConvert.tensor(try numpyArg(a, 0, "where"), i)
        if a.count == 1 { return nonzero(cond) }
        guard a.count == 3 else { throw PyError.valueError("either both or neither of x and y should be given") }
        guard let x = try NumpyArithmetic.operand(a[1], i), let y = try NumpyArithmetic.operand(a[2], i) else {
            throw PyError.typeError("where() arguments must be arrays or numbers")
        }
        let (p, q) = try NumpyArithmetic.promote(x, y, ufunc: "where")
        let c = try NumpyConvert.cast(cond, .bool)
        let shape = try numpyCall { try Broadcast.shapes([c.shape, p.shape, q.shape]) }
        let r = try numpyCall {
            try Kernels.select(try Broadcast.broadcast(c, to: shape), try Broadcast.broadcast(p, to: shape), try Broadcast.broadcast(q, to: shape))
        }
        return .object(PyNDArray(r))
    }

    /// Sorted values (or their indices) along an axis (None: flattened), stable.
    static func sortAlongAxis(_ t: Tensor, axis: Value, indices: Bool, _ i: Interpreter) throws -> Tensor {
        var x = t
        var ax: Int
        if axis.isNone {
            x = NumpyStorage.tensor([t.elementCount], t.storage)
            ax = 0
        } else {
            guard t.rank > 0 else { return indices ? Tensor(scalar: Int64(0)) : t }
            ax = try NumpyConvert.axis(try NumpyConvert.integer(axis, i), rank: t.rank)
        }
        let rank = x.rank
        var perm = Array(0..<rank)
        perm.remove(at: ax)
        perm.append(ax)
        let moved = ax == rank - 1 ? x : try numpyCall { try Kernels.transpose(x, perm: perm) }
        let n = moved.shape.last ?? 0
        let values = moved.scalars
        var order: [Int] = []
        order.reserveCapacity(values.count)
        if n > 0 {
            for start in stride(from: 0, to: values.count, by: n) {
                let run = (0..<n).sorted { p, q in
                    let (u, v) = (values[start + p], values[start + q])
                    if less(u, v) { return true }
                    if less(v, u) { return false }
                    return p < q
                }
                order.append(contentsOf: run.map { start + $0 })
            }
        }
        let sorted: Tensor
        if indices {
            var idx = [Int64](repeating: 0, count: order.count)
            for (k, o) in order.enumerated() { idx[k] = Int64(o % Swift.max(n, 1)) }
            sorted = NumpyStorage.tensor(moved.shape, .int64(idx))
        } else {
            sorted = NumpyStorage.tensor(moved.shape, moved.storage.numpyGather(order))
        }
        if ax == rank - 1 { return sorted }
        var back = Array(0..<(rank - 1))
        back.insert(rank - 1, at: ax)
        return try numpyCall { try Kernels.transpose(sorted, perm: back) }
    }

    /// numpy's sort order: NaN last.
    static func less(_ a: ScalarValue, _ b: ScalarValue) -> Bool {
        switch (a, b) {
        case let (.string(x), .string(y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case let (.int64(x), .int64(y)): return x < y
        default:
            let x = a.doubleValue ?? .nan, y = b.doubleValue ?? .nan
            if x.isNaN { return false }
            if y.isNaN { return true }
            return x < y
        }
    }

    /// `np.unique(a, return_counts=, return_index=, return_inverse=)`.
    static func unique(_ i: Interpreter, _ a: Args) throws -> Value {
        let p = try a.bind("unique", ["ar", "return_index", "return_inverse", "return_counts", "axis"], required: 1)
        let t = try NumpyConvert.array(p[0], i)
        let flat = NumpyStorage.tensor([t.elementCount], t.storage)
        let order = try sortAlongAxis(flat, axis: .int(0), indices: true, i).values(as: Int64.self) ?? []
        let values = flat.scalars
        var keep: [Int] = [], firstIndex: [Int64] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: values.count)
        for o in order.map(Int.init) {
            if let last = keep.last, !less(values[last], values[o]) && !less(values[o], values[last]) {
                counts[counts.count - 1] += 1
            } else {
                keep.append(o)
                firstIndex.append(Int64(o))
                counts.append(1)
            }
            inverse[o] = Int64(keep.count - 1)
        }
        let u = Value.object(PyNDArray(NumpyStorage.tensor([keep.count], flat.storage.numpyGather(keep))))
        var extra: [Value] = []
        if try NumpyConvert.flag(p[1], i, default: false) { extra.append(.object(PyNDArray(Tensor(firstIndex)))) }
        if try NumpyConvert.flag(p[2], i, default: false) { extra.append(.object(PyNDArray(NumpyStorage.tensor(t.rank == 0 ? [1] : [t.elementCount], .int64(inverse))))) }
        if try NumpyConvert.flag(p[3], i, default: false) { extra.append(.object(PyNDArray(Tensor(counts)))) }
        return extra.isEmpty ? u : .object(PyTuple([u] + extra))
    }

    /// `np.searchsorted(a, v, side=)`.
    static func searchSorted(_ i: Interpreter, _ a: Args) throws -> Value {
        let p = try a.bind("searchsorted", ["a", "v", "side", "sorter"], required: 2)
        let sorted = try NumpyConvert.array(p[0], i).scalars
        let query = try NumpyConvert.array(p[1], i)
        let right = p[2]?.asString == "right"
        let out = query.scalars.map { v -> Int64 in
            var lo = 0, hi = sorted.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let goRight = right ? !less(v, sorted[mid]) : less(sorted[mid], v)
                if goRight { lo = mid + 1 } else { hi = mid }
            }
            return Int64(lo)
        }
        return NumpyBridge.value(NumpyStorage.tensor(query.shape, .int64(out)))
    }
}
