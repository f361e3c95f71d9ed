import Python
import TensorCore

/// Joining, splitting, repeating and rearranging arrays (`np.concatenate`, `np.c_`, `np.tile`, ...).
enum NumpyShapeFunctions {
    /// The ndarray a value is (itself) or converts to (a new array).
    static func arrayObject(_ v: Value?, _ i: Interpreter) throws -> PyNDArray {
        if let a = v?.asObject as? PyNDArray { return a }
        return PyNDArray(try NumpyConvert.array(v, i))
    }

    /// `np.concatenate(arrays, axis)`, with numpy's checks and promotion.
    static func concatenate(_ parts: [Tensor], axis: Int?) throws -> Tensor {
        guard let first = parts.first else { throw PyError.valueError("need at least one array to concatenate") }
        var ts = parts
        if axis == nil { ts = ts.map { NumpyStorage.tensor([$0.elementCount], $0.storage) } }
        let rank = ts[0].rank
        if rank == 0 { throw PyError.valueError("zero-dimensional arrays cannot be concatenated") }
        let ax = try NumpyConvert.axis(axis ?? 0, rank: rank)
        for (k, t) in ts.enumerated().dropFirst() {
            if t.rank != rank {
                throw PyError.valueError("all the input arrays must have same number of dimensions, but the array at index 0 has \(rank) dimension(s) and the array at index \(k) has \(t.rank) dimension(s)")
            }
            for d in 0..<rank where d != ax && t.shape[d] != ts[0].shape[d] {
                throw PyError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(ts[0].shape[d]) and the array at index \(k) has size \(t.shape[d])")
            }
        }
        var d = first.dtype
        for t in ts.dropFirst() {
            guard let r = DType.numpyResultType(d, t.dtype) else {
                throw NumpyErrors.noLoop("concatenate", [NumpyErrors.dtypeRepr(d), NumpyErrors.dtypeRepr(t.dtype)])
            }
            d = r
        }
        ts = try ts.map { try NumpyConvert.cast($0, d) }
        return try numpyCall { try Kernels.concat(ts, axis: ax) }
    }

    /// The arrays of a sequence argument.
    static func sequence(_ v: Value?, _ i: Interpreter) throws -> [Tensor] {
        guard let v else { throw PyError.typeError("expected a sequence of arrays") }
        if let a = v.asObject as? PyNDArray {
            let t = a.tensor
            guard t.rank > 0 else { throw PyError.typeError("iteration over a 0-d array") }
            return try numpyCall { try Kernels.unstack(t, axis: 0) }
        }
        return try i.collect(v).map { try NumpyConvert.tensor($0, i) }
    }

    static func atLeast(_ t: Tensor, _ n: Int) -> Tensor {
        switch (n, t.rank) {
        case (1, 0): return NumpyStorage.tensor([1], t.storage)
        case (2, 0): return NumpyStorage.tensor([1, 1], t.storage)
        case (2, 1): return NumpyStorage.tensor([1] + t.shape, t.storage)
        case (3, 0): return NumpyStorage.tensor([1, 1, 1], t.storage)
        case (3, 1): return NumpyStorage.tensor([1] + t.shape + [1], t.storage)
        case (3, 2): return NumpyStorage.tensor(t.shape + [1], t.storage)
        default: return t
        }
    }

    static func stack(_ ts: [Tensor], axis: Int) throws -> Tensor {
        guard let first = ts.first else { throw PyError.valueError("need at least one array to stack") }
        if ts.contains(where: { $0.shape != first.shape }) { throw PyError.valueError("all input arrays must have the same shape") }
        let ax = try NumpyConvert.axis(axis, rank: first.rank + 1)
        let expanded = ts.map { t -> Tensor in
            var s = t.shape
            s.insert(1, at: ax)
            return NumpyStorage.tensor(s, t.storage)
        }
        return try concatenate(expanded, axis: ax)
    }

    /// `np.c_[...]` and `np.r_[...]`: numpy's index tricks that concatenate (c_: 1-D items become
    /// columns, joined along the last axis; r_: joined along the first axis). Slices are aranges.
    static func indexTrick(_ key: Value, columns: Bool, _ i: Interpreter) throws -> Value {
        let items: [Value] = (key.asObject as? PyTuple)?.items ?? [key]
        var parts: [Tensor] = []
        for item in items {
            var t: Tensor
            if let s = item.asObject as? PySlice {
                let start = s.start.isNone ? 0 : try i.toDouble(s.start)
                let stop = try i.toDouble(s.stop)
                let step = s.step.isNone ? 1 : try i.toDouble(s.step)
                let ints = [s.start, s.stop, s.step].allSatisfy { $0.isNone || $0.asInt != nil }
                t = try numpyCall { try Kernels.arange(start: start, stop: stop, step: step, dtype: ints ? .int64 : .float64) }
            } else {
                t = try NumpyConvert.tensor(item, i)
            }
            if columns {
                if t.rank == 0 { t = NumpyStorage.tensor([1, 1], t.storage) }
                else if t.rank == 1 { t = NumpyStorage.tensor([t.elementCount, 1], t.storage) }
            } else if t.rank == 0 {
                t = NumpyStorage.tensor([1], t.storage)
            }
            parts.append(t)
        }
        if parts.isEmpty { return .object(PyNDArray(Tensor([Double]()))) }
        return .object(PyNDArray(try concatenate(parts, axis: columns ? -1 : 0)))
    }

    /// `np.tile(a, reps)`.
    static func tile(_ t: Tensor, _ reps: [Int]) throws -> Tensor {
        var x = t
        var r = reps
        if r.count < x.rank { r = [Int](repeating: 1, count: x.rank - r.count) + r }
        if x.rank < r.count { x = NumpyStorage.tensor([Int](repeating: 1, count: r.count - x.rank) + x.shape, x.storage) }
        if r.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
        _ = try NumpyConvert.elementCount(x.shape + r)
        return try numpyCall { try Kernels.tile(x, multiples: r) }
    }

    /// `np.repeat(a, repeats, axis=None)`.
    static func repeatArray(_ a: Value, _ rest: Args, _ i: Interpreter) throws -> Value {
        let p = try rest.bind("repeat", ["repeats", "axis"], required: 1)
        var t = try NumpyConvert.tensor(a, i)
        var axis = 0
        if let ax = p[1], !ax.isNone {
            axis = try NumpyConvert.axis(try NumpyConvert.integer(ax, i), rank: t.rank)
        } else {
            t = NumpyStorage.tensor([t.elementCount], t.storage)
        }
        let counts = try NumpyConvert.tensor(p[0] ?? .none, i).scalars.map { Int($0.int64Value ?? 0) }
        let n = t.shape[axis]
        let perAxis: [Int]
        if counts.count == 1 { perAxis = [Int](repeating: counts[0], count: n) }
        else if counts.count == n { perAxis = counts }
        else { throw PyError.valueError("operands could not be broadcast together with shape (\(n),) (\(counts.count),)") }
        if perAxis.contains(where: { $0 < 0 }) { throw PyError.valueError("repeats may not contain negative values.") }
        let total = perAxis.reduce(0) { $0.addingReportingOverflow($1).overflow ? Int.max : $0 + $1 }
        _ = try NumpyConvert.elementCount([total, t.elementCount / Swift.max(n, 1)])
        var picks: [Int64] = []
        for (k, c) in perAxis.enumerated() { picks += [Int64](repeating: Int64(k), count: c) }
        return .object(PyNDArray(try numpyCall { try Kernels.gather(t, indices: Tensor(picks), axis: axis, flavor: .numpy) }))
    }

    /// The main diagonal of a matrix.
    static func diagonal(_ t: Tensor, k: Int = 0) throws -> Tensor {
        guard t.rank == 2 else { throw PyError.valueError("diag requires an array of at least two dimensions") }
        let (rows, cols) = (t.shape[0], t.shape[1])
        var idx: [Int] = []
        var r = k >= 0 ? 0 : -k, c = k >= 0 ? k : 0
        while r < rows && c < cols {
            idx.append(r * cols + c)
            r += 1
            c += 1
        }
        return NumpyStorage.tensor([idx.count], t.storage.numpyGather(idx))
    }

    /// `np.diag(v, k)`: a matrix from a vector, or a matrix's diagonal.
    static func diag(_ t: Tensor, k: Int) throws -> Tensor {
        if t.rank == 2 { return try diagonal(t, k: k) }
        guard t.rank == 1 else { throw PyError.valueError("Input must be 1- or 2-d.") }
        guard k > -NumpyConvert.maxElements, k < NumpyConvert.maxElements else { _ = try NumpyConvert.elementCount([Int.max]); return t }
        let n = t.elementCount + Swift.abs(k)
        _ = try NumpyConvert.elementCount([n, n])
        var out = TensorStorage.zeros(t.dtype, count: n * n)
        var idx: [Int] = []
        for j in 0..<t.elementCount { idx.append(k >= 0 ? j * n + j + k : (j - k) * n + j) }
        out.numpyScatter(t.storage, at: idx)
        return NumpyStorage.tensor([n, n], out)
    }

    /// A view with some axes reversed (`np.flip`).
    static func flip(_ a: PyNDArray, axes: [Int]?) -> Value {
        var layout = a.layout
        let all = axes ?? Array(0..<layout.shape.count)
        for d in all where layout.shape[d] > 0 {
            layout.offset += (layout.shape[d] - 1) * layout.strides[d]
            layout.strides[d] = -layout.strides[d]
        }
        return .object(PyNDArray(view: layout))
    }

    /// `np.roll(a, shift, axis=None)`.
    static func roll(_ t: Tensor, shift: Int, axis: Int?) throws -> Tensor {
        guard let axis else {
            let n = t.elementCount
            guard n > 0 else { return t }
            let s = ((shift % n) + n) % n
            let idx = (0..<n).map { ($0 - s + n) % n }
            return NumpyStorage.tensor(t.shape, t.storage.numpyGather(idx))
        }
        let ax = try NumpyConvert.axis(axis, rank: t.rank)
        let n = t.shape[ax]
        guard n > 0 else { return t }
        let s = ((shift % n) + n) % n
        let idx = (0..<n).map { Int64(($0 - s + n) % n) }
        return try numpyCall { try Kernels.gather(t, indices: Tensor(idx), axis: ax, flavor: .numpy) }
    }

    /// `np.array_split` / `np.split`.
    static func split(_ t: Tensor, _ sections: Value, axis: Int, equal: Bool, _ i: Interpreter) throws -> Value {
        let ax = try NumpyConvert.axis(axis, rank: t.rank)
        let n = t.shape[ax]
        var bounds: [Int] = [0]
        if let k = sections.asInt {
            guard k > 0 else { throw PyError.valueError("number sections must be larger than 0.") }
            _ = try NumpyConvert.elementCount([k])
            if equal && n % k != 0 { throw PyError.valueError("array split does not result in an equal division") }
            let (each, extra) = (n / k, n % k)
            for j in 0..<k { bounds.append((bounds.last ?? 0) + each + (j < extra ? 1 : 0)) }
        } else {
            bounds += try i.collect(sections).map { try NumpyConvert.integer($0, i) }
            bounds.append(n)
        }
        var out: [Value] = []
        for j in 0..<(bounds.count - 1) {
            let lo = Swift.min(Swift.max(bounds[j], 0), n), hi = Swift.min(Swift.max(bounds[j + 1], lo), n)
            let idx = (lo..<hi).map { Int64($0) }
            out.append(.object(PyNDArray(try numpyCall { try Kernels.gather(t, indices: Tensor(idx), axis: ax, flavor: .numpy) })))
        }
        return .object(PyList(out))
    }

    /// `np.meshgrid(*xi, indexing='xy')`.
    static func meshgrid(_ i: Interpreter, _ a: Args) throws -> Value {
        let xs = try a.positional.map { NumpyStorage.flat(try NumpyConvert.tensor($0, i).storage) }
        let xy = (a.keyword("indexing")?.asString ?? "xy") == "xy"
        var shape = xs.map { $0.elementCount }
        if xy && shape.count >= 2 { shape.swapAt(0, 1) }
        _ = try NumpyConvert.elementCount(shape)
        var out: [Value] = []
        for (k, x) in xs.enumerated() {
            var axis = k
            if xy && xs.count >= 2 && k < 2 { axis = 1 - k }
            var s = [Int](repeating: 1, count: shape.count)
            s[axis] = x.elementCount
            let b = try numpyCall { try Broadcast.broadcast(NumpyStorage.tensor(s, x.storage), to: shape) }
            out.append(.object(PyNDArray(b)))
        }
        return .object(PyTuple(out))
    }
}
