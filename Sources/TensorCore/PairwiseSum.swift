// numpy's pairwise summation, bit for bit.

/// numpy's `@TYPE@_pairwise_sum` (numpy/_core/src/umath/loops_utils.h.src):
/// fewer than 8 elements are added in order starting from `-0.0`; up to
/// `PW_BLOCKSIZE` (128) elements use 8 interleaved accumulators combined as
/// `((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7))` and then the remainder in order;
/// longer runs split at `n/2` rounded down to a multiple of 8 and recurse.
/// Accumulation is in `T` (float32 in `Float`).
@inline(__always)
func pairwiseSum<T: BinaryFloatingPoint>(_ a: UnsafeBufferPointer<T>, _ start: Int, _ n: Int) -> T {
    if n < 8 {
        var res: T = -0.0
        for i in 0..<n { res += a[start + i] }
        return res
    } else if n <= 128 {
        var r0 = a[start], r1 = a[start + 1], r2 = a[start + 2], r3 = a[start + 3]
        var r4 = a[start + 4], r5 = a[start + 5], r6 = a[start + 6], r7 = a[start + 7]
        var i = 8
        let end8 = n - (n % 8)
        while i < end8 {
            let p = start + i
            r0 += a[p]; r1 += a[p + 1]; r2 += a[p + 2]; r3 += a[p + 3]
            r4 += a[p + 4]; r5 += a[p + 5]; r6 += a[p + 6]; r7 += a[p + 7]
            i += 8
        }
        var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
        while i < n {
            res += a[start + i]
            i += 1
        }
        return res
    } else {
        var n2 = n / 2
        n2 -= n2 % 8
        return pairwiseSum(a, start, n2) + pairwiseSum(a, start + n2, n - n2)
    }
}

extension Kernels {
    /// numpy's pairwise sum of a whole array of floats (what `np.sum` gives
    /// for a contiguous 1-D float array): `0.0 + pairwise(values)`.
    public static func pairwiseSum(_ values: [Float]) -> Float {
        values.withUnsafeBufferPointer { 0 + TensorCore.pairwiseSum($0, 0, $0.count) }
    }

    /// numpy's pairwise sum of a whole float64 array.
    public static func pairwiseSum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { 0 + TensorCore.pairwiseSum($0, 0, $0.count) }
    }
}
