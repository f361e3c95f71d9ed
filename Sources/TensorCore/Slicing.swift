// Indexing: TF's StridedSlice (which numpy basic indexing and TF's
// `__getitem__` both reduce to), gather by index arrays, boolean masks, and
// the assignment forms numpy needs (`a[1:3] = v`, `a[idx] = v`, `a[mask] = v`).

/// One item of a Python subscript (`a[1, 2:5, None, ...]`).
public enum SliceItem: Sendable, Equatable {
    /// An integer: selects one position and removes the axis.
    case index(Int)
    /// `start:stop:step`, each optional (Python semantics, negative values
    /// count from the end, out-of-range bounds are clamped).
    case range(start: Int?, stop: Int?, step: Int?)
    /// `None` / `np.newaxis` / `tf.newaxis`: inserts an axis of size 1.
    case newAxis
    /// `...`: as many full slices as needed.
    case ellipsis

    /// `:`, the whole axis.
    public static let all = SliceItem.range(start: nil, stop: nil, step: nil)
}

/// The arguments of TF's `StridedSlice` op.
public struct StridedSliceSpec: Sendable, Equatable {
    public var begin: [Int]
    public var end: [Int]
    public var strides: [Int]
    public var beginMask: Int
    public var endMask: Int
    public var ellipsisMask: Int
    public var newAxisMask: Int
    public var shrinkAxisMask: Int

    public init(begin: [Int], end: [Int], strides: [Int], beginMask: Int = 0, endMask: Int = 0,
                ellipsisMask: Int = 0, newAxisMask: Int = 0, shrinkAxisMask: Int = 0) {
        self.begin = begin
        self.end = end
        self.strides = strides
        self.beginMask = beginMask
        self.endMask = endMask
        self.ellipsisMask = ellipsisMask
        self.newAxisMask = newAxisMask
        self.shrinkAxisMask = shrinkAxisMask
    }

    /// The spec TF's `Tensor.__getitem__` builds from Python subscript items.
    public init(items: [SliceItem]) throws {
        var begin: [Int] = [], end: [Int] = [], strides: [Int] = []
        var bm = 0, em = 0, elm = 0, nm = 0, sm = 0
        for (i, item) in items.enumerated() {
            let bit = 1 << i
            switch item {
            case let .index(k):
                begin.append(k); end.append(k &+ 1); strides.append(1)
                sm |= bit
            case let .range(start, stop, step):
                let st = step ?? 1
                guard st != 0 else {
                    throw TensorError.described(.invalidArgument, tensorflow: "strides[\(i)] must be non-zero",
                                                numpy: "slice step cannot be zero")
                }
                begin.append(start ?? 0); end.append(stop ?? 0); strides.append(st)
                if start == nil { bm |= bit }
                if stop == nil { em |= bit }
            case .newAxis:
                begin.append(0); end.append(0); strides.append(1)
                nm |= bit
            case .ellipsis:
                guard elm == 0 else {
                    throw TensorError.described(.index, tensorflow: "Multiple ellipses in slice spec not allowed",
                                                numpy: "an index can only have a single ellipsis ('...')")
                }
                begin.append(0); end.append(0); strides.append(1)
                elm |= bit
            }
        }
        self.init(begin: begin, end: end, strides: strides, beginMask: bm, endMask: em,
                  ellipsisMask: elm, newAxisMask: nm, shrinkAxisMask: sm)
    }
}

/// Where a strided slice reads: a view (shape, strides, offset) into the
/// input's flat storage, and the shape of the result.
public struct SliceView: Sendable, Equatable {
    /// The shape over the input's dimensions (shrunk axes have size 1).
    public var denseShape: [Int]
    /// Element strides of the view in the input storage.
    public var strides: [Int]
    /// Flat index of the view's first element.
    public var offset: Int
    /// The result's shape (new axes added, shrunk axes removed).
    public var resultShape: [Int]

    /// The flat input index of each selected element, in row-major order.
    public var flatIndices: [Int] {
        Kernels.stridedIndices(shape: denseShape, strides: strides, offset: offset)
    }
}

extension Kernels {
    /// Resolves a StridedSlice spec against a shape (TF's
    /// `ValidateStridedSliceOp`: ellipsis expansion, masks, Python-style
    /// clamping of bounds, errors for out-of-range shrink indices).
    public static func sliceView(shape: [Int], spec: StridedSliceSpec) throws -> SliceView {
        let rank = shape.count
        var sparseCount = spec.begin.count
        guard spec.end.count == sparseCount, spec.strides.count == sparseCount else {
            throw TensorError.invalidArgument(
                "Expected begin, end, and strides to be 1D equal size tensors, but got shapes [\(spec.begin.count)], [\(spec.end.count)], and [\(spec.strides.count)] instead.")
        }
        var ellipsisMask = spec.ellipsisMask
        if ellipsisMask == 0 {
            ellipsisMask = 1 << sparseCount
            sparseCount += 1
        }
        // Too many real indices?
        var real = 0
        for i in 0..<sparseCount where (ellipsisMask >> i) & 1 == 0 && (spec.newAxisMask >> i) & 1 == 0 {
            real += 1
        }
        if real > rank { throw TensorError.tooManyIndices(rank: rank, given: real) }

        var numNewAfterEllipsis = 0
        var sawEllipsis = false
        for i in 0..<sparseCount {
            if sawEllipsis && (spec.newAxisMask >> i) & 1 == 1 { numNewAfterEllipsis += 1 }
            if (ellipsisMask >> i) & 1 == 1 { sawEllipsis = true }
        }

        // Dense spec over the input's dimensions.
        var dBegin = [Int](repeating: 0, count: rank)
        var dEnd = [Int](repeating: 0, count: rank)
        var dStride = [Int](repeating: 1, count: rank)
        var dBeginMasked = [Bool](repeating: false, count: rank)
        var dEndMasked = [Bool](repeating: false, count: rank)
        var dShrink = [Bool](repeating: false, count: rank)
        let newAxisMarker = -1, shrinkMarker = -2
        var gather: [Int] = []
        var full = 0
        for i in 0..<sparseCount {
            if (ellipsisMask >> i) & 1 == 1 {
                let next = Swift.min(rank - (sparseCount - i) + 1 + numNewAfterEllipsis, rank)
                while full < next {
                    dBeginMasked[full] = true
                    dEndMasked[full] = true
                    gather.append(full)
                    full += 1
                }
            } else if (spec.newAxisMask >> i) & 1 == 1 {
                gather.append(newAxisMarker)
            } else {
                guard full < rank else { throw TensorError.tooManyIndices(rank: rank, given: full + 1) }
                dBegin[full] = spec.begin[i]
                dEnd[full] = spec.end[i]
                dStride[full] = spec.strides[i]
                dBeginMasked[full] = (spec.beginMask >> i) & 1 == 1
                dEndMasked[full] = (spec.endMask >> i) & 1 == 1
                dShrink[full] = (spec.shrinkAxisMask >> i) & 1 == 1
                gather.append(dShrink[full] ? shrinkMarker : full)
                full += 1
            }
        }

        let inStrides = ShapeFormat.strides(shape)
        var sizes = [Int](repeating: 0, count: rank)
        var viewStrides = [Int](repeating: 0, count: rank)
        var offset = 0
        for d in 0..<rank {
            let dim = shape[d]
            let stride = dStride[d]
            guard stride != 0 else {
                throw TensorError.described(.invalidArgument, tensorflow: "strides[\(d)] must be non-zero",
                                            numpy: "slice step cannot be zero")
            }
            var b: Int, e: Int
            if dShrink[d] {
                let raw = dBegin[d]
                let fwd = raw < 0 ? dim + raw : raw
                guard fwd >= 0, fwd < dim else {
                    throw TensorError.indexOutOfBounds(index: raw, axis: d, size: dim)
                }
                b = fwd
                e = fwd + 1
                sizes[d] = 1
            } else {
                let lo = stride > 0 ? 0 : -1
                let hi = stride > 0 ? dim : dim - 1
                func canonical(_ x: Int, masked: Bool, isBegin: Bool) -> Int {
                    if masked { return (stride > 0) == isBegin ? lo : hi }
                    let fwd = x < 0 ? dim + x : x
                    return fwd < lo ? lo : Swift.min(fwd, hi)
                }
                b = canonical(dBegin[d], masked: dBeginMasked[d], isBegin: true)
                e = canonical(dEnd[d], masked: dEndMasked[d], isBegin: false)
                let len = e - b
                if len == 0 || (len < 0) != (stride < 0) {
                    sizes[d] = 0
                } else {
                    sizes[d] = len / stride + (len % stride != 0 ? 1 : 0)
                }
            }
            viewStrides[d] = stride &* inStrides[d]
            if sizes[d] > 0 { offset += b * inStrides[d] }
        }
        var result: [Int] = []
        for g in gather {
            if g == newAxisMarker { result.append(1) }
            else if g >= 0 { result.append(sizes[g]) }
        }
        return SliceView(denseShape: sizes, strides: viewStrides, offset: offset, resultShape: result)
    }

    /// TF's `StridedSlice` op.
    public static func stridedSlice(_ t: Tensor, _ spec: StridedSliceSpec) throws -> Tensor {
        let view = try sliceView(shape: t.shape, spec: spec)
        if view.denseShape == t.shape && view.offset == 0 && view.strides == ShapeFormat.strides(t.shape) {
            return Tensor(unchecked: view.resultShape, t.storage)
        }
        return Tensor(unchecked: view.resultShape, t.storage.gathered(view.flatIndices))
    }

    /// Basic indexing with Python subscript items: numpy's `a[1, 2:5, None]`
    /// and TF's `t[1, 2:5, tf.newaxis]`.
    public static func slice(_ t: Tensor, _ items: [SliceItem]) throws -> Tensor {
        try stridedSlice(t, StridedSliceSpec(items: items))
    }

    /// numpy's `a[items] = value`: a copy of `t` with the selected elements
    /// replaced by `value` broadcast to the selection's shape. `value` must
    /// have `t`'s dtype (numpy casts it first).
    public static func setSlice(_ t: Tensor, _ items: [SliceItem], to value: Tensor) throws -> Tensor {
        let view = try sliceView(shape: t.shape, spec: StridedSliceSpec(items: items))
        return try scatter(t, positions: view.flatIndices, selectionShape: view.resultShape, value: value)
    }

    /// TF's strided-slice assignment: a copy of `t` with the elements `spec` selects replaced by
    /// `value` (broadcast to the selection). Also the kernel of `StridedSliceGrad` (into zeros).
    public static func stridedSliceAssign(_ t: Tensor, _ spec: StridedSliceSpec, to value: Tensor) throws -> Tensor {
        let view = try sliceView(shape: t.shape, spec: spec)
        return try scatter(t, positions: view.flatIndices, selectionShape: view.resultShape, value: value)
    }

    /// Writes `value` (broadcast to `selectionShape`) at the flat positions.
    static func scatter(_ t: Tensor, positions: [Int], selectionShape: [Int], value: Tensor) throws -> Tensor {
        try requireSameDType("ScatterNd", t, value)
        guard Broadcast.canBroadcast(value.shape, to: selectionShape) else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Cannot assign a value of shape \(ShapeFormat.brackets(value.shape)) to a slice of shape \(ShapeFormat.brackets(selectionShape))",
                numpy: "could not broadcast input array from shape \(ShapeFormat.compactTuple(value.shape)) into shape \(ShapeFormat.compactTuple(selectionShape))")
        }
        let source = Broadcast.sourceIndices(value.shape, to: selectionShape)
        func write<T: TensorScalar>(_ base: [T], _ vals: [T]) -> [T] {
            var out = base
            for (k, p) in positions.enumerated() { out[p] = vals[source[k]] }
            return out
        }
        let storage: TensorStorage
        switch (t.storage, value.storage) {
        case let (.float32(a), .float32(v)): storage = .float32(write(a, v))
        case let (.float64(a), .float64(v)): storage = .float64(write(a, v))
        case let (.int32(a), .int32(v)): storage = .int32(write(a, v))
        case let (.int64(a), .int64(v)): storage = .int64(write(a, v))
        case let (.uint8(a), .uint8(v)): storage = .uint8(write(a, v))
        case let (.bool(a), .bool(v)): storage = .bool(write(a, v))
        case let (.string(a), .string(v)): storage = .string(write(a, v))
        default: throw TensorError.dtypeMismatch(op: "ScatterNd", position: 1, expected: t.dtype, actual: value.dtype)
        }
        return Tensor(unchecked: t.shape, storage)
    }

    /// Normalises an integer index tensor against an axis of size `size`.
    static func indexList(_ indices: Tensor, size: Int, axis: Int, flavor: Flavor) throws -> [Int] {
        let raw: [Int]
        switch indices.storage {
        case let .int32(v): raw = v.map(Int.init)
        case let .int64(v): raw = v.map(Int.init)
        case let .uint8(v): raw = v.map(Int.init)
        default:
            throw TensorError.described(.index,
                                        tensorflow: "Value for attr 'Tindices' of \(indices.dtype.name) is not in the list of allowed values: int32, int64",
                                        numpy: "arrays used as indices must be of integer (or boolean) type")
        }
        var out = raw
        let strides = ShapeFormat.strides(indices.shape)
        for (k, i) in raw.enumerated() {
            let j = (flavor == .numpy && i < 0) ? i + size : i
            guard j >= 0, j < size else {
                var pos: [Int] = []
                var rem = k
                for s in strides {
                    pos.append(rem / s)
                    rem %= s
                }
                throw TensorError.described(
                    .index,
                    tensorflow: "indices[\(pos.map(String.init).joined(separator: ","))] = \(i) is not in [0, \(size))",
                    numpy: "index \(i) is out of bounds for axis \(axis) with size \(size)")
            }
            out[k] = j
        }
        return out
    }

    /// Gathers slices along `axis` by an integer index tensor of any shape
    /// (TF `GatherV2`; numpy `a[idx]` and `np.take(a, idx, axis)`). The
    /// result's shape is `shape[..<axis] + indices.shape + shape[(axis+1)...]`.
    /// numpy accepts negative indices; TF rejects them.
    public static func gather(_ t: Tensor, indices: Tensor, axis: Int = 0, flavor: Flavor = .tensorflow) throws -> Tensor {
        guard t.rank > 0 else {
            throw TensorError.described(.index, tensorflow: "params must be at least 1 dimensional",
                                        numpy: "too many indices for array: array is 0-dimensional, but 1 were indexed")
        }
        let ax = try ShapeFormat.normalizeAxis(axis, rank: t.rank)
        let size = t.shape[ax]
        let idx = try indexList(indices, size: size, axis: ax, flavor: flavor)
        let outer = ShapeFormat.elementCount(Array(t.shape[..<ax]))
        let inner = ShapeFormat.elementCount(Array(t.shape[(ax + 1)...]))
        var flat: [Int] = []
        flat.reserveCapacity(outer * idx.count * inner)
        for o in 0..<outer {
            for i in idx {
                let base = (o * size + i) * inner
                for j in 0..<inner { flat.append(base + j) }
            }
        }
        let shape = Array(t.shape[..<ax]) + indices.shape + Array(t.shape[(ax + 1)...])
        return Tensor(unchecked: shape, t.storage.gathered(flat))
    }

    /// numpy's `a[idx] = value` for an integer index array on axis 0.
    public static func setGather(_ t: Tensor, indices: Tensor, to value: Tensor) throws -> Tensor {
        guard t.rank > 0 else { throw TensorError.tooManyIndices(rank: 0, given: 1) }
        let idx = try indexList(indices, size: t.shape[0], axis: 0, flavor: .numpy)
        let inner = ShapeFormat.elementCount(Array(t.shape.dropFirst()))
        var positions: [Int] = []
        positions.reserveCapacity(idx.count * inner)
        for i in idx {
            for j in 0..<inner { positions.append(i * inner + j) }
        }
        return try scatter(t, positions: positions, selectionShape: indices.shape + Array(t.shape.dropFirst()), value: value)
    }

    /// The flat positions a boolean mask selects (mask shape must equal the
    /// leading dimensions of `shape`), and the selection's shape.
    static func maskPositions(shape: [Int], mask: Tensor) throws -> ([Int], [Int]) {
        guard case let .bool(m) = mask.storage else {
            throw TensorError.unsupportedDType(op: "BooleanMask", dtype: mask.dtype)
        }
        guard mask.rank <= shape.count else {
            throw TensorError.tooManyIndices(rank: shape.count, given: mask.rank)
        }
        for d in 0..<mask.rank where mask.shape[d] != shape[d] {
            throw TensorError.described(
                .index,
                tensorflow: "Shapes \(ShapeFormat.tuple(Array(shape[..<mask.rank]))) and \(ShapeFormat.tuple(mask.shape)) are incompatible",
                numpy: "boolean index did not match indexed array along axis \(d); size of axis is \(shape[d]) but size of corresponding boolean axis is \(mask.shape[d])")
        }
        let inner = ShapeFormat.elementCount(Array(shape[mask.rank...]))
        var positions: [Int] = []
        var count = 0
        for (k, on) in m.enumerated() where on {
            count += 1
            for j in 0..<inner { positions.append(k * inner + j) }
        }
        return (positions, [count] + Array(shape[mask.rank...]))
    }

    /// numpy's `a[mask]` / TF's `tf.boolean_mask(a, mask)`.
    public static func booleanMask(_ t: Tensor, mask: Tensor) throws -> Tensor {
        let (positions, shape) = try maskPositions(shape: t.shape, mask: mask)
        return Tensor(unchecked: shape, t.storage.gathered(positions))
    }

    /// numpy's `a[mask] = value`.
    public static func setBooleanMask(_ t: Tensor, mask: Tensor, to value: Tensor) throws -> Tensor {
        let (positions, shape) = try maskPositions(shape: t.shape, mask: mask)
        return try scatter(t, positions: positions, selectionShape: shape, value: value)
    }
}
