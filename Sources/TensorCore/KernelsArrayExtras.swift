// Kernels of TF ops that TF1 programs use and their TF2 rewrites keep: Cumsum, Pad/MirrorPad,
// Split, TopKV2 (what tf.sort uses) and the one-argument Where.

extension Kernels {
    /// TF's `Cumsum` along `axis`: running sums in the dtype's arithmetic, optionally exclusive
    /// (each element leaves itself out) and/or reversed (summing from the end).
    public static func cumsum(_ t: Tensor, axis: Int, exclusive: Bool, reverse: Bool) throws -> Tensor {
        try scan("Cumsum", t, axis: axis, exclusive: exclusive, reverse: reverse, product: false)
    }

    /// TF's `Cumprod`: the running product along `axis`, in the order TF's scan takes.
    public static func cumprod(_ t: Tensor, axis: Int, exclusive: Bool, reverse: Bool) throws -> Tensor {
        try scan("Cumprod", t, axis: axis, exclusive: exclusive, reverse: reverse, product: true)
    }

    private static func scan(_ op: String, _ t: Tensor, axis: Int, exclusive: Bool, reverse: Bool, product: Bool) throws -> Tensor {
        guard t.rank > 0 else { return t }
        let ax = try ShapeFormat.normalizeAxis(axis, rank: t.rank)
        let outer = ShapeFormat.elementCount(Array(t.shape[..<ax]))
        let len = t.shape[ax]
        let inner = ShapeFormat.elementCount(Array(t.shape[(ax + 1)...]))
        // Integers wrap on overflow, as TF's kernels do.
        func run<T: Numeric>(_ v: [T], _ add: (T, T) -> T = { $0 + $1 }, _ multiply: (T, T) -> T = { $0 * $1 }) -> [T] {
            var out = v
            let combine = product ? multiply : add
            for o in 0..<outer {
                for j in 0..<inner {
                    var acc: T = product ? 1 : .zero
                    for step in 0..<len {
                        let k = reverse ? len - 1 - step : step
                        let i = (o * len + k) * inner + j
                        if exclusive {
                            out[i] = acc
                            acc = combine(acc, v[i])
                        } else {
                            acc = combine(acc, v[i])
                            out[i] = acc
                        }
                    }
                }
            }
            return out
        }
        switch t.storage {
        case let .float32(v): return Tensor(unchecked: t.shape, .float32(run(v)))
        case let .float64(v): return Tensor(unchecked: t.shape, .float64(run(v)))
        case let .int32(v): return Tensor(unchecked: t.shape, .int32(run(v, &+, &*)))
        case let .int64(v): return Tensor(unchecked: t.shape, .int64(run(v, &+, &*)))
        default: throw TensorError.unsupportedDType(op: op, dtype: t.dtype)
        }
    }

    /// How `pad` fills the border.
    public enum PadMode: Sendable {
        case constant(ScalarValue)
        /// MirrorPad REFLECT (the edge is not repeated) or SYMMETRIC (it is).
        case reflect, symmetric
    }

    /// TF's `Pad`/`PadV2`/`MirrorPad`: `paddings[d] = (before, after)` for each dimension.
    public static func pad(_ t: Tensor, paddings: [(Int, Int)], mode: PadMode) throws -> Tensor {
        guard paddings.count == t.rank else {
            throw TensorError.invalidArgument("The first dimension of paddings must be the rank of inputs[\(paddings.count),2] \(ShapeFormat.brackets(t.shape))")
        }
        for (d, p) in paddings.enumerated() {
            guard p.0 >= 0, p.1 >= 0 else {
                throw TensorError.invalidArgument("Paddings must be non-negative: \(p.0) \(p.1)")
            }
            switch mode {
            case .constant: break
            case .reflect:
                guard p.0 < t.shape[d], p.1 < t.shape[d] else {
                    throw TensorError.invalidArgument("paddings must be less than the dimension size: \(p.0), \(p.1) not less than \(t.shape[d])")
                }
            case .symmetric:
                guard p.0 <= t.shape[d], p.1 <= t.shape[d] else {
                    throw TensorError.invalidArgument("paddings must be no greater than the dimension size: \(p.0), \(p.1) greater than \(t.shape[d])")
                }
            }
        }
        let outShape = zip(t.shape, paddings).map { $0 + $1.0 + $1.1 }
        let sources = padSources(t.shape, paddings: paddings, mode: mode)
        var fillStorage = TensorStorage.zeros(t.dtype, count: 1)
        if case .constant(let v) = mode { fillStorage = TensorStorage.repeating(v, count: 1) }
        let extended = try TensorStorage.concatenated([t.storage, fillStorage])
        return Tensor(unchecked: outShape, extended.gathered(sources))
    }

    /// TF's `MirrorPadGrad`: the gradient of a mirror padding, each padded element's gradient
    /// added back to the element it copies.
    public static func mirrorPadGrad(_ grad: Tensor, paddings: [(Int, Int)], mode: PadMode) throws -> Tensor {
        guard paddings.count == grad.rank else {
            throw TensorError.invalidArgument("The first dimension of paddings must be the rank of inputs[\(paddings.count),2] \(ShapeFormat.brackets(grad.shape))")
        }
        let inShape = zip(grad.shape, paddings).map { $0 - $1.0 - $1.1 }
        guard inShape.allSatisfy({ $0 >= 0 }) else { throw TensorError.invalidArgument("paddings larger than the gradient") }
        let sources = padSources(inShape, paddings: paddings, mode: mode)
        func fold<T: AdditiveArithmetic>(_ g: [T]) -> [T] {
            var out = [T](repeating: .zero, count: ShapeFormat.elementCount(inShape))
            for (k, src) in sources.enumerated() where src < out.count { out[src] += g[k] }
            return out
        }
        switch grad.storage {
        case let .float32(g): return Tensor(unchecked: inShape, .float32(fold(g)))
        case let .float64(g): return Tensor(unchecked: inShape, .float64(fold(g)))
        default: throw TensorError.unsupportedDType(op: "MirrorPadGrad", dtype: grad.dtype)
        }
    }

    /// The flat source index, in a tensor of `shape`, of each element of its padding (in
    /// row-major order); the element count stands for the fill value of a constant padding.
    static func padSources(_ shape: [Int], paddings: [(Int, Int)], mode: PadMode) -> [Int] {
        let rank = shape.count
        let outShape = zip(shape, paddings).map { $0 + $1.0 + $1.1 }
        let total = ShapeFormat.elementCount(outShape)
        let inStrides = ShapeFormat.strides(shape)
        let fillIndex = ShapeFormat.elementCount(shape)
        var sources: [Int] = []
        sources.reserveCapacity(total)
        var idx = Array(repeating: 0, count: rank)
        for _ in 0..<total {
            var src = 0
            var inside = true
            for d in 0..<rank {
                var k = idx[d] - paddings[d].0
                let n = shape[d]
                if k < 0 || k >= n {
                    switch mode {
                    case .constant: inside = false
                    case .reflect: k = k < 0 ? -k : 2 * n - 2 - k
                    case .symmetric: k = k < 0 ? -k - 1 : 2 * n - 1 - k
                    }
                }
                if !inside { break }
                src += k * inStrides[d]
            }
            sources.append(inside ? src : fillIndex)
            var d = rank - 1
            while d >= 0 {
                idx[d] += 1
                if idx[d] < outShape[d] { break }
                idx[d] = 0
                d -= 1
            }
        }
        return sources
    }

    /// TF's `Split`/`SplitV`: consecutive pieces of `sizes` along `axis` (which must add up).
    public static func split(_ t: Tensor, sizes: [Int], axis: Int) throws -> [Tensor] {
        let ax = try ShapeFormat.normalizeAxis(axis, rank: t.rank)
        var begin = 0
        var out: [Tensor] = []
        for s in sizes {
            var b = Array(repeating: 0, count: t.rank), e = t.shape
            b[ax] = begin
            e[ax] = begin + s
            out.append(try stridedSlice(t, StridedSliceSpec(begin: b, end: e, strides: Array(repeating: 1, count: t.rank))))
            begin += s
        }
        return out
    }

    /// TF's `TopKV2` with `sorted=True`: the `k` largest entries of each last-axis row, largest
    /// first (equal values in index order), and their indices as int32.
    public static func topK(_ t: Tensor, k: Int) throws -> (values: Tensor, indices: Tensor) {
        guard t.rank >= 1 else { throw TensorError.invalidArgument("input must be >= 1-D, got shape []") }
        let n = t.shape[t.rank - 1]
        guard k >= 0 else { throw TensorError.invalidArgument("Need k >= 0, got \(k)") }
        guard k <= n else { throw TensorError.invalidArgument("input must have at least k columns. Had \(n), needed \(k)") }
        let rows = n == 0 ? 0 : t.elementCount / n
        func order<T: Comparable>(_ v: [T], nanFirst: (T) -> Bool) -> [Int] {
            var picks: [Int] = []
            picks.reserveCapacity(rows * k)
            for r in 0..<rows {
                let base = r * n
                let sorted = (0..<n).sorted { a, b in
                    let x = v[base + a], y = v[base + b]
                    if nanFirst(x) != nanFirst(y) { return nanFirst(x) }
                    if x != y { return x > y }
                    return a < b
                }
                picks += sorted.prefix(k).map { base + $0 }
            }
            return picks
        }
        let flat: [Int]
        switch t.storage {
        case let .float32(v): flat = order(v) { $0.isNaN }
        case let .float64(v): flat = order(v) { $0.isNaN }
        case let .int32(v): flat = order(v) { _ in false }
        case let .int64(v): flat = order(v) { _ in false }
        case let .uint8(v): flat = order(v) { _ in false }
        default: throw TensorError.unsupportedDType(op: "TopKV2", dtype: t.dtype)
        }
        var shape = t.shape
        shape[t.rank - 1] = k
        let indices = flat.map { Int32(n == 0 ? 0 : $0 % n) }
        return (Tensor(unchecked: shape, t.storage.gathered(flat)), Tensor(unchecked: shape, .int32(indices)))
    }

    /// TF's one-argument `Where`: the coordinates of the true (non-zero) elements, in row-major
    /// order, as an int64 matrix `[count, rank]`.
    public static func whereTrue(_ t: Tensor) throws -> Tensor {
        var coords: [Int64] = []
        let strides = ShapeFormat.strides(t.shape)
        var count = 0
        for i in 0..<t.elementCount {
            guard let s = t.storage.element(at: i) else { continue }
            let truthy: Bool
            switch s {
            case .bool(let b): truthy = b
            case .string: throw TensorError.unsupportedDType(op: "Where", dtype: t.dtype)
            default: truthy = (s.doubleValue ?? 0) != 0
            }
            guard truthy else { continue }
            count += 1
            var rest = i
            for st in strides {
                coords.append(Int64(st == 0 ? 0 : rest / st))
                rest = st == 0 ? rest : rest % st
            }
        }
        return Tensor(unchecked: [count, t.rank], .int64(coords))
    }
}

extension Tensor {
    /// The zero of a dtype, as a scalar value (`0`, `0.0`, `False`, `""`).
    public static func zeroScalar(_ dtype: DType) -> ScalarValue {
        TensorStorage.zeros(dtype, count: 1).element(at: 0) ?? .float32(0)
    }

    /// A tensor of `dtype` from boxed scalars (cast to it), checked against `shape`.
    public init(scalars: [ScalarValue], shape: [Int], dtype: DType) throws {
        try self.init(shape: shape, storage: TensorStorage.from(scalars, dtype: dtype))
    }
}
