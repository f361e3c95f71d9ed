// Kernels that move elements without computing on them: reshape, transpose,
// squeeze, expand_dims, concat, stack, tile.

extension TensorStorage {
    /// The storages' elements one after the other (all must share a dtype).
    static func concatenated(_ parts: [TensorStorage]) throws -> TensorStorage {
        guard let first = parts.first else {
            throw TensorError.invalidArgument("nothing to concatenate")
        }
        func all<T: TensorScalar>(_: T.Type) throws -> [T] {
            var out: [T] = []
            out.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for p in parts {
                guard let v = T.unwrap(p) else {
                    throw TensorError.dtypeMismatch(op: "ConcatV2", position: 1, expected: first.dtype, actual: p.dtype)
                }
                out.append(contentsOf: v)
            }
            return out
        }
        switch first.dtype {
        case .float32: return .float32(try all(Float.self))
        case .float64: return .float64(try all(Double.self))
        case .int32: return .int32(try all(Int32.self))
        case .int64: return .int64(try all(Int64.self))
        case .uint8: return .uint8(try all(UInt8.self))
        case .bool: return .bool(try all(Bool.self))
        case .string: return .string(try all(String.self))
        }
    }
}

extension TensorStorage {
    /// The storage of a rows x cols matrix, transposed.
    func transposed2D(rows: Int, cols: Int) -> TensorStorage {
        func t<T>(_ v: [T]) -> [T] {
            let n = rows * cols
            return [T](unsafeUninitializedCapacity: n) { buf, count in
                v.withUnsafeBufferPointer { p in
                    var k = 0
                    for j in 0..<cols {
                        for i in 0..<rows {
                            buf.initializeElement(at: k, to: p[i * cols + j])
                            k += 1
                        }
                    }
                }
                count = n
            }
        }
        switch self {
        case let .float32(v): return .float32(t(v))
        case let .float64(v): return .float64(t(v))
        case let .int32(v): return .int32(t(v))
        case let .int64(v): return .int64(t(v))
        case let .uint8(v): return .uint8(t(v))
        case let .bool(v): return .bool(t(v))
        case let .string(v): return .string(t(v))
        }
    }
}

func concatStorage(_ parts: [TensorStorage]) throws -> TensorStorage {
    try TensorStorage.concatenated(parts)
}

extension Kernels {
    /// Reshape with at most one unknown dimension (`-1`; numpy accepts any
    /// negative number as "unknown").
    public static func reshape(_ t: Tensor, to shape: [Int], flavor: Flavor = .tensorflow) throws -> Tensor {
        let n = t.elementCount
        var unknown: Int? = nil
        var known = 1
        // Only the error messages need it: built when one is thrown.
        var numpyShape: String { "(" + shape.map { $0 < 0 ? "newaxis" : String($0) }.joined(separator: ",") + (shape.count == 1 ? ",)" : ")") }
        for (i, d) in shape.enumerated() {
            if d < 0 {
                if flavor == .tensorflow && d != -1 {
                    throw TensorError.invalidArgument("Size \(i) must be non-negative, not \(d)")
                }
                if let u = unknown {
                    throw TensorError.described(.invalidArgument,
                                                tensorflow: "Only one input size may be -1, not both \(u) and \(i)",
                                                numpy: "can only specify one unknown dimension")
                }
                unknown = i
            } else {
                let (p, overflow) = known.multipliedReportingOverflow(by: d)
                guard !overflow else {
                    throw TensorError.described(.invalidArgument,
                                                tensorflow: "Encountered overflow when multiplying \(known) with \(d), result: -1",
                                                numpy: "maximum supported dimension for an ndarray is currently 64")
                }
                known = p
            }
        }
        var out = shape
        if let u = unknown {
            if known == 0 || n % known != 0 {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "Input to reshape is a tensor with \(n) values, but the requested shape requires a multiple of \(known)",
                    numpy: "cannot reshape array of size \(n) into shape \(numpyShape)")
            }
            out[u] = n / known
        } else if known != n {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Input to reshape is a tensor with \(n) values, but the requested shape has \(known)",
                numpy: "cannot reshape array of size \(n) into shape \(numpyShape)")
        }
        return Tensor(unchecked: out, t.storage)
    }

    /// Permutes the dimensions (`perm[i]` is the input axis that becomes
    /// output axis `i`); `nil` reverses them. Negative axes count from the end.
    public static func transpose(_ t: Tensor, perm: [Int]? = nil) throws -> Tensor {
        let rank = t.rank
        let p: [Int]
        if let perm {
            guard perm.count == rank else {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "transpose expects a vector of size \(rank). But input(1) is a vector of size \(perm.count)",
                    numpy: "axes don't match array")
            }
            var seen = Set<Int>()
            var norm: [Int] = []
            for a in perm {
                let x = try ShapeFormat.normalizeAxis(a, rank: rank)
                guard seen.insert(x).inserted else {
                    throw TensorError.described(.invalidArgument,
                                                tensorflow: "\(a) is duplicated in the input.",
                                                numpy: "repeated axis in transpose")
                }
                norm.append(x)
            }
            p = norm
        } else {
            p = Array((0..<rank).reversed())
        }
        if p == Array(0..<rank) { return t }
        let outShape = p.map { t.shape[$0] }
        if rank == 2 {
            return Tensor(unchecked: outShape, t.storage.transposed2D(rows: t.shape[0], cols: t.shape[1]))
        }
        let inStrides = ShapeFormat.strides(t.shape)
        let permStrides = p.map { inStrides[$0] }
        let indices = stridedIndices(shape: outShape, strides: permStrides, offset: 0)
        return Tensor(unchecked: outShape, t.storage.gathered(indices))
    }

    /// The flat source index of each element of a view with the given shape,
    /// strides and offset, in row-major order of the view.
    static func stridedIndices(shape: [Int], strides: [Int], offset: Int) -> [Int] {
        let total = ShapeFormat.elementCount(shape)
        var out = [Int](repeating: offset, count: total)
        guard total > 0, !shape.isEmpty else { return out }
        let rank = shape.count
        var idx = [Int](repeating: 0, count: rank)
        var base = offset
        let last = rank - 1
        let inner = shape[last], innerStride = strides[last]
        var k = 0
        while k < total {
            var s = base
            for _ in 0..<inner {
                out[k] = s
                s &+= innerStride
                k += 1
            }
            var d = last - 1
            while d >= 0 {
                idx[d] += 1
                base &+= strides[d]
                if idx[d] < shape[d] { break }
                base &-= strides[d] &* shape[d]
                idx[d] = 0
                d -= 1
            }
        }
        return out
    }

    /// Removes size-1 dimensions: all of them, or those in `axes` (which
    /// must have size 1).
    public static func squeeze(_ t: Tensor, axes: [Int]? = nil) throws -> Tensor {
        guard let axes, !axes.isEmpty else {
            return Tensor(unchecked: t.shape.filter { $0 != 1 }, t.storage)
        }
        var drop = Set<Int>()
        for a in axes {
            let x = try ShapeFormat.normalizeAxis(a, rank: t.rank)
            guard t.shape[x] == 1 else {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "Can not squeeze dim[\(x)], expected a dimension of 1, got \(t.shape[x])",
                    numpy: "cannot select an axis to squeeze out which has size not equal to one")
            }
            drop.insert(x)
        }
        let shape = t.shape.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
        return Tensor(unchecked: shape, t.storage)
    }

    /// Inserts a size-1 dimension at `axis` (in `[-rank-1, rank]`).
    public static func expandDims(_ t: Tensor, axis: Int) throws -> Tensor {
        let r = t.rank
        let a = axis < 0 ? axis + r + 1 : axis
        guard a >= 0, a <= r else {
            throw TensorError.described(
                .axis,
                tensorflow: "Tried to expand dim index \(axis) for tensor with \(r) dimensions.",
                numpy: "axis \(axis) is out of bounds for array of dimension \(r + 1)")
        }
        var shape = t.shape
        shape.insert(1, at: a)
        return Tensor(unchecked: shape, t.storage)
    }

    /// Joins tensors along an existing axis (TF `ConcatV2`, `np.concatenate`).
    public static func concat(_ tensors: [Tensor], axis: Int) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.described(.invalidArgument,
                                        tensorflow: "ConcatOp : Expected concatenating dimensions in the range [0, 0), but got 0",
                                        numpy: "need at least one array to concatenate")
        }
        let rank = first.rank
        guard rank > 0 else {
            throw TensorError.described(.invalidArgument,
                                        tensorflow: "ConcatOp : Can't concatenate scalars (use tf.stack instead)",
                                        numpy: "zero-dimensional arrays cannot be concatenated")
        }
        let ax = try ShapeFormat.normalizeAxis(axis, rank: rank)
        for (i, t) in tensors.enumerated().dropFirst() {
            try requireSameDType("ConcatV2", first, t)
            guard t.rank == rank else {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "ConcatOp : Ranks of all input tensors should match: shape[0] = \(ShapeFormat.brackets(first.shape)) vs. shape[\(i)] = \(ShapeFormat.brackets(t.shape))",
                    numpy: "all the input arrays must have same number of dimensions, but the array at index 0 has \(rank) dimension(s) and the array at index \(i) has \(t.rank) dimension(s)")
            }
            for d in 0..<rank where d != ax && t.shape[d] != first.shape[d] {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "ConcatOp : Dimension \(d) in both shapes must be equal: shape[0] = \(ShapeFormat.brackets(first.shape)) vs. shape[\(i)] = \(ShapeFormat.brackets(t.shape))",
                    numpy: "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(t.shape[d])")
            }
        }
        var outShape = first.shape
        outShape[ax] = tensors.reduce(0) { $0 + $1.shape[ax] }
        let all = try TensorStorage.concatenated(tensors.map(\.storage))
        if ax == 0 { return Tensor(unchecked: outShape, all) }
        // Interleave: for each outer index, the chunk of each input in turn.
        let outer = ShapeFormat.elementCount(Array(first.shape[..<ax]))
        let chunks = tensors.map { ShapeFormat.elementCount(Array($0.shape[ax...])) }
        var starts: [Int] = []
        var acc = 0
        for t in tensors {
            starts.append(acc)
            acc += t.elementCount
        }
        var indices: [Int] = []
        indices.reserveCapacity(acc)
        for o in 0..<outer {
            for (k, c) in chunks.enumerated() {
                let base = starts[k] + o * c
                for j in 0..<c { indices.append(base + j) }
            }
        }
        return Tensor(unchecked: outShape, all.gathered(indices))
    }

    /// Joins tensors of one shape along a new axis (TF `Pack`, `np.stack`).
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError.described(.invalidArgument,
                                        tensorflow: "List argument 'values' to 'Pack' Op with length 0 shorter than minimum length 1.",
                                        numpy: "need at least one array to stack")
        }
        for (i, t) in tensors.enumerated().dropFirst() where t.shape != first.shape {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Shapes of all inputs must match: values[0].shape = \(ShapeFormat.brackets(first.shape)) != values[\(i)].shape = \(ShapeFormat.brackets(t.shape))",
                numpy: "all input arrays must have the same shape")
        }
        let expanded = try tensors.map { try expandDims($0, axis: axis) }
        let r = first.rank + 1
        let ax = axis < 0 ? axis + r : axis
        return try concat(expanded, axis: ax)
    }

    /// Splits a tensor along an axis into tensors of size 1 there, with the
    /// axis removed (TF `Unpack`).
    public static func unstack(_ t: Tensor, axis: Int = 0) throws -> [Tensor] {
        let ax = try ShapeFormat.normalizeAxis(axis, rank: t.rank)
        var out: [Tensor] = []
        for i in 0..<t.shape[ax] {
            var items = [SliceItem](repeating: .all, count: ax)
            items.append(.index(i))
            out.append(try slice(t, items))
        }
        return out
    }

    /// Repeats the tensor `multiples[i]` times along axis `i` (TF `Tile`).
    public static func tile(_ t: Tensor, multiples: [Int]) throws -> Tensor {
        guard multiples.count == t.rank else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Expected multiples argument to be a vector of length \(t.rank) but got length \(multiples.count)",
                numpy: "reps must have the same length as the array's dimensions")
        }
        if let bad = multiples.first(where: { $0 < 0 }) {
            throw TensorError.invalidArgument("Expected multiples[i] >= 0, but got \(bad)")
        }
        var outShape: [Int] = []
        for (d, m) in zip(t.shape, multiples) {
            let (p, overflow) = d.multipliedReportingOverflow(by: m)
            guard !overflow else { throw TensorError.invalidArgument("Tile: output size overflows") }
            outShape.append(p)
        }
        _ = try ShapeFormat.checkedElementCount(outShape)
        let inStrides = ShapeFormat.strides(t.shape)
        let total = ShapeFormat.elementCount(outShape)
        var indices = [Int](repeating: 0, count: total)
        let outStrides = ShapeFormat.strides(outShape)
        for k in 0..<total {
            var rem = k, src = 0
            for d in 0..<outShape.count {
                let i = rem / outStrides[d]
                rem -= i * outStrides[d]
                src += (i % t.shape[d]) * inStrides[d]
            }
            indices[k] = src
        }
        return Tensor(unchecked: outShape, t.storage.gathered(indices))
    }
}
