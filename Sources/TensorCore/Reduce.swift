// Reductions over all or some axes: sum, mean, max, min, prod, all, any,
// argmax, argmin, and numpy's var/std.
//
// Summation order matters for floats. Two orders are provided:
// - `.numpy` reproduces numpy bit for bit: numpy's reduction iterates the
//   array in C order (size-1 axes dropped, adjacent axes coalesced); when the
//   innermost axes are reduced it adds each contiguous run with pairwise
//   summation (`pairwiseSum`), otherwise it accumulates element by element.
//   The accumulator starts at the identity 0.0 (so `np.sum([-0.0])` is 0.0).
//   When the reduction casts (e.g. int to float64 for `mean`), numpy's
//   buffered iterator hands the inner loop chunks of at most 8192 elements.
// - `.tensorflow` adds sequentially in row-major order. TF's Eigen reduces
//   the innermost dimension with 8-wide vector accumulators (AVX), four
//   packets at a time, a tree split above 8 * 1024 elements and a horizontal
//   add at the end, and may split across threads; this is NOT reproduced, so
//   float32 sums of more than 8 elements can differ from TF in the last bits.

/// How a reduction walks its input: the elements of each output position
/// are `runLength` consecutive entries of the input taken in `order`.
struct ReductionLayout {
    /// Output shape without the reduced axes.
    var outShape: [Int]
    /// Output shape with reduced axes kept as 1.
    var keepShape: [Int]
    var outCount: Int
    /// Number of input elements reduced into each output element.
    var runLength: Int
    /// numpy's innermost contiguous reduce run (divides `runLength`); 1
    /// when numpy's inner loop is over a kept axis.
    var numpyChunk: Int
    /// Flat input indices with kept axes outermost; `nil` when that is the
    /// input's own order.
    var order: [Int]?
    /// The normalised reduced axes.
    var axes: [Int]

    init(shape: [Int], axes requested: [Int]?) throws {
        let rank = shape.count
        var reduced = [Bool](repeating: false, count: rank)
        if let requested {
            for a in requested {
                let x = try ShapeFormat.normalizeAxis(a, rank: rank)
                reduced[x] = true
            }
        } else {
            reduced = [Bool](repeating: true, count: rank)
        }
        if !reduced.contains(false) {
            // Every axis reduced (the common full reduction): what the general case below
            // computes, without its intermediate arrays.
            axes = Array(0..<rank)
            outShape = []
            keepShape = [Int](repeating: 1, count: rank)
            outCount = 1
            runLength = ShapeFormat.elementCount(shape)
            numpyChunk = Swift.max(1, runLength)
            order = nil
            return
        }
        axes = (0..<rank).filter { reduced[$0] }
        outShape = (0..<rank).filter { !reduced[$0] }.map { shape[$0] }
        keepShape = (0..<rank).map { reduced[$0] ? 1 : shape[$0] }
        outCount = ShapeFormat.elementCount(outShape)
        runLength = ShapeFormat.elementCount(axes.map { shape[$0] })
        // numpy's inner run: drop size-1 axes; if the last remaining axis is
        // reduced, the trailing reduced axes form one contiguous run.
        let significant = (0..<rank).filter { shape[$0] != 1 }
        var chunk = 1
        for d in significant.reversed() {
            if reduced[d] { chunk *= shape[d] } else { break }
        }
        numpyChunk = Swift.max(1, chunk)
        // Kept axes first, reduced last, each in C order.
        let perm = (0..<rank).filter { !reduced[$0] } + axes
        let moving = perm.filter { shape[$0] != 1 }
        if moving == moving.sorted() {
            // Only size-1 axes move: the flat order is unchanged.
            order = nil
        } else {
            let strides = ShapeFormat.strides(shape)
            order = Kernels.stridedIndices(shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: 0)
        }
    }

    /// The input in reduction order.
    func arranged<T>(_ v: [T]) -> [T] {
        guard let order else { return v }
        return order.map { v[$0] }
    }

    func shape(keepDims: Bool) -> [Int] { keepDims ? keepShape : outShape }
}

extension Kernels {
    /// How a TF-flavoured reduction over `axes` of a tensor of `shape` walks its input: output
    /// element `o` accumulates, in order, the `runLength` input elements at flat indices
    /// `order[o * runLength + k]` (`order` is `nil` when that is `o * runLength + k` itself).
    /// For code that reduces its own buffers exactly as ``sum(_:axes:keepDims:flavor:dtype:)`` does.
    public static func reductionOrder(shape: [Int], axes: [Int]?) throws -> (order: [Int]?, outputCount: Int, runLength: Int) {
        let layout = try ReductionLayout(shape: shape, axes: axes)
        return (layout.order, layout.outCount, layout.runLength)
    }
}

extension Kernels {
    // MARK: float sums

    static func sumFloats<T: BinaryFloatingPoint>(_ v: [T], _ layout: ReductionLayout, flavor: Flavor, castChunks: Bool) -> [T] {
        let data = layout.arranged(v)
        let r = layout.runLength
        var out = [T](repeating: 0, count: layout.outCount)
        data.withUnsafeBufferPointer { p in
            for o in 0..<layout.outCount {
                let base = o * r
                var acc: T = 0
                switch flavor {
                case .tensorflow:
                    if layout.order == nil {
                        // Each output's elements are one contiguous run: TF's inner-most reducer.
                        acc = EigenSum.sum(UnsafeBufferPointer(rebasing: p[base..<(base + r)]), packetSize: T.self == Float.self ? 8 : 4)
                    } else {
                        for k in 0..<r { acc += p[base + k] }
                    }
                case .numpy:
                    let chunk = layout.numpyChunk
                    var k = 0
                    while k < r {
                        var piece = 0
                        while piece < chunk {
                            let m = castChunks ? Swift.min(8192, chunk - piece) : chunk - piece
                            acc += TensorCore.pairwiseSum(p, base + k + piece, m)
                            piece += m
                        }
                        k += chunk
                    }
                }
                out[o] = acc
            }
        }
        return out
    }

    /// A reduction as TF's kernel sees it: the shape without dimensions of 1, adjacent dimensions
    /// that are both reduced or both kept merged. Nil when nothing is left.
    static func tfReductionRuns(_ shape: [Int], _ axes: [Int]) -> [(reduced: Bool, size: Int)]? {
        var runs: [(reduced: Bool, size: Int)] = []
        for (d, n) in shape.enumerated() where n != 1 {
            let reduced = axes.contains(d)
            if let last = runs.last, last.reduced == reduced {
                runs[runs.count - 1].size *= n
            } else {
                runs.append((reduced, n))
            }
        }
        return runs.isEmpty ? nil : runs
    }

    /// A reduction that keeps the innermost dimension: [A, R, C] or [R, C] (R reduced, A and C
    /// kept). Nil otherwise.
    static func middleReduction(_ runs: [(reduced: Bool, size: Int)]) -> (Int, Int, Int)? {
        switch runs.count {
        case 2 where runs[0].reduced && !runs[1].reduced: return (1, runs[0].size, runs[1].size)
        case 3 where !runs[0].reduced && runs[1].reduced && !runs[2].reduced: return (runs[0].size, runs[1].size, runs[2].size)
        default: return nil
        }
    }

    /// The sums over R of [A, R, C] as Eigen's reducer that preserves the innermost dimension
    /// computes them: outputs in whole packets that lie within one row of C are added in four
    /// interleaved running sums (rows j, j+1, j+2, j+3), combined in order, then the rows left over,
    /// when R is at least 16; every other output (and every output for fewer rows) row by row.
    static func sumMiddle<T: BinaryFloatingPoint>(_ v: [T], _ a: Int, _ r: Int, _ c: Int, packet: Int) -> [T] {
        let n = a * c
        let whole = n / packet * packet
        return v.withUnsafeBufferPointer { p in
            [T](count: n) { out in
                for o in 0..<n {
                    let ai = o / c, ci = o % c
                    let base = ai * r * c + ci
                    let blockStart = o / packet * packet
                    let inPacket = o < whole && (blockStart % c) + packet <= c
                    if inPacket && r >= 16 {
                        var acc0: T = 0, acc1: T = 0, acc2: T = 0, acc3: T = 0
                        let unrolled = r / 4 * 4
                        var j = 0
                        while j < unrolled {
                            acc0 += p[base + j * c]
                            acc1 += p[base + (j + 1) * c]
                            acc2 += p[base + (j + 2) * c]
                            acc3 += p[base + (j + 3) * c]
                            j += 4
                        }
                        acc0 += acc1
                        acc0 += acc2
                        acc0 += acc3
                        while j < r {
                            acc0 += p[base + j * c]
                            j += 1
                        }
                        (out + o).initialize(to: acc0)
                    } else {
                        var acc: T = 0
                        for j in 0..<r { acc += p[base + j * c] }
                        (out + o).initialize(to: acc)
                    }
                }
            }
        }
    }

    /// The sums over A and C of [A, B, C] (the first and last dimensions reduced) as Eigen's
    /// generic reducer takes them: for each output, C in the outer loop, A in the inner one.
    static func sumOuterAndInner<T: BinaryFloatingPoint>(_ v: [T], _ a: Int, _ b: Int, _ c: Int) -> [T] {
        v.withUnsafeBufferPointer { p in
            [T](count: b) { out in
                for o in 0..<b {
                    var acc: T = 0
                    for k in 0..<c {
                        for i in 0..<a { acc += p[(i * b + o) * c + k] }
                    }
                    (out + o).initialize(to: acc)
                }
            }
        }
    }

    static func sumIntegers<T: FixedWidthInteger>(_ v: [T], _ layout: ReductionLayout) -> [T] {
        let data = layout.arranged(v)
        let r = layout.runLength
        var out = [T](repeating: 0, count: layout.outCount)
        for o in 0..<layout.outCount {
            var acc: T = 0
            for k in 0..<r { acc &+= data[o * r + k] }
            out[o] = acc
        }
        return out
    }

    /// Sum over `axes` (all when `nil`; negative axes count from the end).
    ///
    /// - `.tensorflow` (`tf.reduce_sum`): the result keeps the dtype
    ///   (integers wrap); floats are added sequentially (see the file comment).
    /// - `.numpy` (`np.sum`): pairwise summation as numpy does; integer and
    ///   bool inputs are summed as int64 (numpy's default integer), or in
    ///   `dtype` when given (`np.sum(a, dtype=np.float64)`).
    public static func sum(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false,
                           flavor: Flavor = .tensorflow, dtype: DType? = nil) throws -> Tensor {
        // The common case, a float32 vector or all of a tensor summed TF's way, without a layout.
        if flavor == .tensorflow, dtype == nil, case .float32(let v) = t.storage,
           axes == nil || (t.rank == 1 && (axes == [0] || axes == [-1])) {
            let acc = v.withUnsafeBufferPointer { EigenSum.sum($0) }
            return Tensor(unchecked: keepDims ? Array(repeating: 1, count: t.rank) : [], .float32([acc]))
        }
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let shape = layout.shape(keepDims: keepDims)
        if flavor == .tensorflow, dtype == nil, let runs = tfReductionRuns(t.shape, layout.axes) {
            if let (a, r, c) = middleReduction(runs) {
                switch t.storage {
                case let .float32(v): return Tensor(unchecked: shape, .float32(sumMiddle(v, a, r, c, packet: 8)))
                case let .float64(v): return Tensor(unchecked: shape, .float64(sumMiddle(v, a, r, c, packet: 4)))
                default: break
                }
            }
            if runs.count == 3, runs[0].reduced, !runs[1].reduced, runs[2].reduced {
                switch t.storage {
                case let .float32(v): return Tensor(unchecked: shape, .float32(sumOuterAndInner(v, runs[0].size, runs[1].size, runs[2].size)))
                case let .float64(v): return Tensor(unchecked: shape, .float64(sumOuterAndInner(v, runs[0].size, runs[1].size, runs[2].size)))
                default: break
                }
            }
        }
        var input = t
        var castChunks = false
        if let dtype, dtype != t.dtype {
            input = try Conversion.cast(t, to: dtype)
            castChunks = true
        } else if flavor == .numpy, t.dtype == .int32 || t.dtype == .uint8 || t.dtype == .bool {
            input = try Conversion.cast(t, to: .int64)
        }
        switch input.storage {
        case let .float32(v):
            return Tensor(unchecked: shape, .float32(sumFloats(v, layout, flavor: flavor, castChunks: castChunks)))
        case let .float64(v):
            return Tensor(unchecked: shape, .float64(sumFloats(v, layout, flavor: flavor, castChunks: castChunks)))
        case let .int32(v): return Tensor(unchecked: shape, .int32(sumIntegers(v, layout)))
        case let .int64(v): return Tensor(unchecked: shape, .int64(sumIntegers(v, layout)))
        case let .uint8(v): return Tensor(unchecked: shape, .uint8(sumIntegers(v, layout)))
        case .bool, .string: throw TensorError.unsupportedDType(op: "Sum", dtype: t.dtype)
        }
    }

    /// `np.sum` with numpy's pairwise summation (``sum(_:axes:keepDims:flavor:dtype:)``
    /// with the `.numpy` flavor).
    public static func numpySum(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false, dtype: DType? = nil) throws -> Tensor {
        try sum(t, axes: axes, keepDims: keepDims, flavor: .numpy, dtype: dtype)
    }

    /// Mean over `axes`.
    ///
    /// - `.tensorflow` (`tf.reduce_mean`): sum divided by the count in the
    ///   dtype; integer means use integer division, as TF does.
    /// - `.numpy` (`np.mean`): integer and bool inputs are averaged in
    ///   float64; float32 sums are divided by the count in float64 and
    ///   rounded back to float32, as numpy's `true_divide(sum, intp)` does.
    public static func mean(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false,
                            flavor: Flavor = .tensorflow) throws -> Tensor {
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let count = layout.runLength
        switch flavor {
        case .numpy:
            let s = try sum(t, axes: axes, keepDims: keepDims, flavor: .numpy,
                            dtype: t.dtype.isFloating ? nil : .float64)
            return try divideByCount(s, count)
        case .tensorflow:
            let s = try sum(t, axes: axes, keepDims: keepDims, flavor: .tensorflow)
            switch s.storage {
            case let .float32(v):
                let c = Float(count)
                return Tensor(unchecked: s.shape, .float32(v.map { $0 / c }))
            case let .float64(v):
                let c = Double(count)
                return Tensor(unchecked: s.shape, .float64(v.map { $0 / c }))
            case let .int32(v):
                let c = Int32(truncatingIfNeeded: count)
                return Tensor(unchecked: s.shape, .int32(v.map { c == 0 ? 0 : $0.dividedReportingOverflow(by: c).partialValue }))
            case let .int64(v):
                let c = Int64(count)
                return Tensor(unchecked: s.shape, .int64(v.map { c == 0 ? 0 : $0.dividedReportingOverflow(by: c).partialValue }))
            case let .uint8(v):
                return Tensor(unchecked: s.shape, .uint8(v.map { count == 0 ? 0 : UInt8(truncatingIfNeeded: Int($0) / count) }))
            default:
                throw TensorError.unsupportedDType(op: "Mean", dtype: t.dtype)
            }
        }
    }

    /// numpy's `true_divide(x, count)` with `count` an `np.intp`: computed
    /// in float64, rounded to the array's float dtype.
    static func divideByCount(_ s: Tensor, _ count: Int) throws -> Tensor {
        let c = Double(count)
        switch s.storage {
        case let .float32(v): return Tensor(unchecked: s.shape, .float32(v.map { Float(Double($0) / c) }))
        case let .float64(v): return Tensor(unchecked: s.shape, .float64(v.map { $0 / c }))
        default: throw TensorError.unsupportedDType(op: "mean", dtype: s.dtype)
        }
    }

    /// numpy's `np.var(a, axis, ddof)` (numpy/_core/_methods.py `_var`).
    public static func numpyVar(_ t: Tensor, axes: [Int]? = nil, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let count = layout.runLength
        let isFloat = t.dtype.isFloating
        var mean = try sum(t, axes: axes, keepDims: true, flavor: .numpy, dtype: isFloat ? nil : .float64)
        mean = try divideByCount(mean, count)
        let x0 = isFloat ? t : try Conversion.cast(t, to: .float64)
        let x = try subtract(x0, mean)
        let sq = try multiply(x, x)
        let s = try sum(sq, axes: axes, keepDims: keepDims, flavor: .numpy)
        return try divideByCount(s, Swift.max(count - ddof, 0))
    }

    /// numpy's `np.std(a, axis, ddof)`: the square root of ``numpyVar(_:axes:ddof:keepDims:)``.
    public static func numpyStd(_ t: Tensor, axes: [Int]? = nil, ddof: Int = 0, keepDims: Bool = false) throws -> Tensor {
        try sqrt(numpyVar(t, axes: axes, ddof: ddof, keepDims: keepDims))
    }

    // MARK: max, min, prod

    static func extremum<T: Comparable>(_ v: [T], _ layout: ReductionLayout, isMax: Bool,
                                        isNaN: (T) -> Bool, empty: T) -> [T] {
        let data = layout.arranged(v)
        let r = layout.runLength
        var out = [T](repeating: empty, count: layout.outCount)
        guard r > 0 else { return out }
        for o in 0..<layout.outCount {
            var acc = data[o * r]
            if !isNaN(acc) {
                for k in 1..<r {
                    let x = data[o * r + k]
                    if isNaN(x) {
                        acc = x
                        break
                    }
                    if isMax ? (x > acc) : (x < acc) { acc = x }
                }
            }
            out[o] = acc
        }
        return out
    }

    static func reduceExtremum(_ t: Tensor, axes: [Int]?, keepDims: Bool, flavor: Flavor, isMax: Bool) throws -> Tensor {
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        if layout.runLength == 0 && layout.outCount > 0 && flavor == .numpy {
            throw TensorError.invalidArgument(
                "zero-size array to reduction operation \(isMax ? "maximum" : "minimum") which has no identity")
        }
        let shape = layout.shape(keepDims: keepDims)
        switch t.storage {
        case let .float32(v):
            return Tensor(unchecked: shape, .float32(extremum(v, layout, isMax: isMax, isNaN: { $0.isNaN }, empty: isMax ? -.infinity : .infinity)))
        case let .float64(v):
            return Tensor(unchecked: shape, .float64(extremum(v, layout, isMax: isMax, isNaN: { $0.isNaN }, empty: isMax ? -.infinity : .infinity)))
        case let .int32(v):
            return Tensor(unchecked: shape, .int32(extremum(v, layout, isMax: isMax, isNaN: { _ in false }, empty: isMax ? .min : .max)))
        case let .int64(v):
            return Tensor(unchecked: shape, .int64(extremum(v, layout, isMax: isMax, isNaN: { _ in false }, empty: isMax ? .min : .max)))
        case let .uint8(v):
            return Tensor(unchecked: shape, .uint8(extremum(v, layout, isMax: isMax, isNaN: { _ in false }, empty: isMax ? .min : .max)))
        case let .bool(v):
            let u = v.map { $0 ? UInt8(1) : 0 }
            let r = extremum(u, layout, isMax: isMax, isNaN: { _ in false }, empty: isMax ? 0 : 1)
            return Tensor(unchecked: shape, .bool(r.map { $0 != 0 }))
        case .string:
            throw TensorError.unsupportedDType(op: isMax ? "Max" : "Min", dtype: .string)
        }
    }

    /// Maximum over `axes`; NaN propagates. Empty reductions: TF gives the
    /// lowest value (`-inf`), numpy raises.
    public static func max(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false, flavor: Flavor = .tensorflow) throws -> Tensor {
        try reduceExtremum(t, axes: axes, keepDims: keepDims, flavor: flavor, isMax: true)
    }

    /// Minimum over `axes`; NaN propagates.
    public static func min(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false, flavor: Flavor = .tensorflow) throws -> Tensor {
        try reduceExtremum(t, axes: axes, keepDims: keepDims, flavor: flavor, isMax: false)
    }

    /// Product over `axes`, multiplied in order from 1. numpy multiplies
    /// integers and bools as int64.
    public static func prod(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false, flavor: Flavor = .tensorflow) throws -> Tensor {
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let shape = layout.shape(keepDims: keepDims)
        var input = t
        if flavor == .numpy, t.dtype == .int32 || t.dtype == .uint8 || t.dtype == .bool {
            input = try Conversion.cast(t, to: .int64)
        }
        func run<T>(_ v: [T], one: T, _ mul: (T, T) -> T) -> [T] {
            let data = layout.arranged(v)
            let r = layout.runLength
            return (0..<layout.outCount).map { o in
                var acc = one
                for k in 0..<r { acc = mul(acc, data[o * r + k]) }
                return acc
            }
        }
        switch input.storage {
        case let .float32(v): return Tensor(unchecked: shape, .float32(run(v, one: 1) { $0 * $1 }))
        case let .float64(v): return Tensor(unchecked: shape, .float64(run(v, one: 1) { $0 * $1 }))
        case let .int32(v): return Tensor(unchecked: shape, .int32(run(v, one: 1) { $0 &* $1 }))
        case let .int64(v): return Tensor(unchecked: shape, .int64(run(v, one: 1) { $0 &* $1 }))
        case let .uint8(v): return Tensor(unchecked: shape, .uint8(run(v, one: 1) { $0 &* $1 }))
        case .bool, .string: throw TensorError.unsupportedDType(op: "Prod", dtype: t.dtype)
        }
    }

    /// Logical and over `axes` of a bool tensor (TF `All`).
    public static func all(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        guard case let .bool(v) = t.storage else { throw TensorError.unsupportedDType(op: "All", dtype: t.dtype) }
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let data = layout.arranged(v)
        let r = layout.runLength
        let out = (0..<layout.outCount).map { o in (0..<r).allSatisfy { data[o * r + $0] } }
        return Tensor(unchecked: layout.shape(keepDims: keepDims), .bool(out))
    }

    /// Logical or over `axes` of a bool tensor (TF `Any`).
    public static func any(_ t: Tensor, axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        guard case let .bool(v) = t.storage else { throw TensorError.unsupportedDType(op: "Any", dtype: t.dtype) }
        let layout = try ReductionLayout(shape: t.shape, axes: axes)
        let data = layout.arranged(v)
        let r = layout.runLength
        let out = (0..<layout.outCount).map { o in (0..<r).contains { data[o * r + $0] } }
        return Tensor(unchecked: layout.shape(keepDims: keepDims), .bool(out))
    }

    // MARK: argmax / argmin

    static func argExtremum(_ t: Tensor, axis: Int?, isMax: Bool) throws -> Tensor {
        let source = axis == nil ? Tensor(unchecked: [t.elementCount], t.storage) : t
        let layout = try ReductionLayout(shape: source.shape, axes: [axis ?? 0])
        guard layout.runLength > 0 else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Reduction axis \(axis ?? 0) is empty in shape \(ShapeFormat.brackets(t.shape))",
                numpy: "attempt to get \(isMax ? "argmax" : "argmin") of an empty sequence")
        }
        func run<T: Comparable>(_ v: [T], isNaN: (T) -> Bool) -> [Int64] {
            let data = layout.arranged(v)
            let r = layout.runLength
            return (0..<layout.outCount).map { o in
                var best = 0
                var acc = data[o * r]
                if isNaN(acc) { return 0 }
                for k in 1..<r {
                    let x = data[o * r + k]
                    if isNaN(x) { return Int64(k) }
                    if isMax ? (x > acc) : (x < acc) {
                        acc = x
                        best = k
                    }
                }
                return Int64(best)
            }
        }
        let out: [Int64]
        switch t.storage {
        case let .float32(v): out = run(v, isNaN: { $0.isNaN })
        case let .float64(v): out = run(v, isNaN: { $0.isNaN })
        case let .int32(v): out = run(v, isNaN: { _ in false })
        case let .int64(v): out = run(v, isNaN: { _ in false })
        case let .uint8(v): out = run(v, isNaN: { _ in false })
        case let .bool(v): out = run(v.map { $0 ? UInt8(1) : 0 }, isNaN: { _ in false })
        case let .string(v): out = run(v.map(CodePoints.init), isNaN: { _ in false })
        }
        return Tensor(unchecked: layout.outShape, .int64(out))
    }

    /// Index of the first maximum along `axis` (flattened when `nil`, as
    /// numpy's default), as int64 (TF's default `output_type`). A NaN counts
    /// as the maximum, as in numpy.
    public static func argmax(_ t: Tensor, axis: Int?) throws -> Tensor {
        try argExtremum(t, axis: axis, isMax: true)
    }

    /// Index of the first minimum along `axis` (flattened when `nil`).
    public static func argmin(_ t: Tensor, axis: Int?) throws -> Tensor {
        try argExtremum(t, axis: axis, isMax: false)
    }
}
