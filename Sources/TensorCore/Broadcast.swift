// numpy/TF broadcasting of shapes, and the element loops binary kernels use.

/// Broadcasting of fully known shapes (numpy's and TF's rule: align on the
/// right, each pair of dimensions equal or one of them 1).
public enum Broadcast {
    /// The broadcast shape of two shapes, or ``TensorError/incompatibleShapes(_:_:)``.
    public static func shapes(_ a: [Int], _ b: [Int]) throws -> [Int] {
        if a == b { return a }
        // A scalar against anything: the other shape itself (no new array).
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        let oa = n - a.count, ob = n - b.count
        for i in 0..<n {
            let x = i < oa ? 1 : a[i - oa]
            let y = i < ob ? 1 : b[i - ob]
            if x == y || y == 1 { out[i] = x }
            else if x == 1 { out[i] = y }
            else { throw TensorError.incompatibleShapes(a, b) }
        }
        return out
    }

    /// The broadcast shape of several shapes.
    public static func shapes(_ all: [[Int]]) throws -> [Int] {
        guard var acc = all.first else { return [] }
        for s in all.dropFirst() { acc = try shapes(acc, s) }
        return acc
    }

    /// Whether `shape` can be broadcast to `target` (without changing `target`).
    public static func canBroadcast(_ shape: [Int], to target: [Int]) -> Bool {
        guard let out = try? shapes(shape, target) else { return false }
        return out == target
    }

    /// The strides (in elements) of an array of shape `shape` seen through
    /// the broadcast shape `out`: 0 along broadcast dimensions.
    static func stridesForBroadcast(_ shape: [Int], to out: [Int]) -> [Int] {
        let own = ShapeFormat.strides(shape)
        var s = [Int](repeating: 0, count: out.count)
        let off = out.count - shape.count
        for i in 0..<shape.count where shape[i] != 1 {
            s[i + off] = own[i]
        }
        return s
    }

    /// The flat source index of every element of `out`, reading an array of
    /// shape `shape` broadcast to `out`.
    public static func sourceIndices(_ shape: [Int], to out: [Int]) -> [Int] {
        let total = ShapeFormat.elementCount(out)
        if shape == out { return Array(0..<total) }
        let strides = stridesForBroadcast(shape, to: out)
        var result = [Int](repeating: 0, count: total)
        guard total > 0 else { return result }
        let rank = out.count
        if rank == 0 { return result }
        var idx = [Int](repeating: 0, count: rank)
        var src = 0
        let last = rank - 1
        let lastDim = out[last], lastStride = strides[last]
        var k = 0
        while k < total {
            var s = src
            for _ in 0..<lastDim {
                result[k] = s
                s += lastStride
                k += 1
            }
            // advance the odometer over the outer dimensions
            var d = last - 1
            while d >= 0 {
                idx[d] += 1
                src += strides[d]
                if idx[d] < out[d] { break }
                src -= strides[d] * out[d]
                idx[d] = 0
                d -= 1
            }
        }
        return result
    }

    /// TF's `BroadcastGradientArgs`: for operands of shapes `a` and `b`, the
    /// axes of the broadcast result each operand's gradient must be summed
    /// over (axes where the operand has, or is padded with, size 1; axes
    /// where every operand is 1 are listed for both, as TF does without its
    /// fewer-dims optimisation).
    public static func gradientReductionAxes(_ a: [Int], _ b: [Int]) throws -> ([Int], [Int]) {
        let out = try shapes(a, b)
        let n = out.count
        var ra: [Int] = [], rb: [Int] = []
        for i in 0..<n {
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            if x == 1 { ra.append(i) }
            if y == 1 { rb.append(i) }
        }
        return (ra, rb)
    }

    /// `np.broadcast_to` / `tf.broadcast_to`.
    public static func broadcast(_ t: Tensor, to shape: [Int]) throws -> Tensor {
        if t.shape == shape { return t }
        guard canBroadcast(t.shape, to: shape) else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "Unable to broadcast tensor of shape \(ShapeFormat.brackets(t.shape)) to tensor of shape \(ShapeFormat.brackets(shape))",
                numpy: "operands could not be broadcast together with remapped shapes [original->remapped]: \(ShapeFormat.compactTuple(t.shape))  and requested shape \(ShapeFormat.compactTuple(shape))")
        }
        return Tensor(unchecked: shape, t.storage.gathered(sourceIndices(t.shape, to: shape)))
    }
}

/// The element loop of a broadcasting binary operation, with fast paths for
/// equal shapes and for a one-element operand.
@inline(__always)
func broadcastMap<A, B, R>(_ a: [A], _ aShape: [Int], _ b: [B], _ bShape: [Int],
                          _ op: (A, B) -> R) throws -> ([R], [Int]) {
    if aShape == bShape {
        let n = a.count
        let out = a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                [R](count: n) { p in for i in 0..<n { (p + i).initialize(to: op(pa[i], pb[i])) } }
            }
        }
        return (out, aShape)
    }
    let outShape = try Broadcast.shapes(aShape, bShape)
    let n = ShapeFormat.elementCount(outShape)
    if b.count == 1 && a.count == n {
        let y = b[0]
        let out = a.withUnsafeBufferPointer { pa in [R](count: n) { p in for i in 0..<n { (p + i).initialize(to: op(pa[i], y)) } } }
        return (out, outShape)
    }
    if a.count == 1 && b.count == n {
        let x = a[0]
        let out = b.withUnsafeBufferPointer { pb in [R](count: n) { p in for i in 0..<n { (p + i).initialize(to: op(x, pb[i])) } } }
        return (out, outShape)
    }
    // General case: walk the output with an odometer over the outer
    // dimensions and a strided inner loop over the last one.
    let rank = outShape.count
    let sa = Broadcast.stridesForBroadcast(aShape, to: outShape)
    let sb = Broadcast.stridesForBroadcast(bShape, to: outShape)
    let out = [R](unsafeUninitializedCapacity: n) { buf, count in
        guard n > 0, rank > 0 else {
            count = 0
            return
        }
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                var idx = [Int](repeating: 0, count: rank)
                var ia = 0, ib = 0, k = 0
                let last = rank - 1
                let inner = outShape[last], la = sa[last], lb = sb[last]
                while k < n {
                    var xa = ia, xb = ib
                    for _ in 0..<inner {
                        buf.initializeElement(at: k, to: op(pa[xa], pb[xb]))
                        xa += la
                        xb += lb
                        k += 1
                    }
                    var d = last - 1
                    while d >= 0 {
                        idx[d] += 1
                        ia += sa[d]
                        ib += sb[d]
                        if idx[d] < outShape[d] { break }
                        ia -= sa[d] * outShape[d]
                        ib -= sb[d] * outShape[d]
                        idx[d] = 0
                        d -= 1
                    }
                }
            }
        }
        count = n
    }
    return (out, outShape)
}

/// Applies `op` to every element.
@inline(__always)
func unaryMap<A, R>(_ a: [A], _ op: (A) -> R) -> [R] {
    let n = a.count
    return a.withUnsafeBufferPointer { pa in [R](count: n) { p in for i in 0..<n { (p + i).initialize(to: op(pa[i])) } } }
}
