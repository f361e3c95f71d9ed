// Kernels that make new tensors: fill, zeros, ones, range/arange, linspace, eye.

extension Kernels {
    static func checkShape(_ shape: [Int]) throws {
        _ = try ShapeFormat.checkedElementCount(shape)
    }

    /// An element count computed in floating point, checked before allocating.
    static func checkedLength(_ x: Double) throws -> Int {
        guard x.isFinite, x < Double(ShapeFormat.maxElements) else {
            throw TensorError.described(.invalidArgument, tensorflow: "Requires the range to be finite and not too large",
                                        numpy: "Maximum allowed size exceeded")
        }
        return x <= 0 ? 0 : Int(x)
    }

    /// A tensor of `shape` filled with `value` (TF `Fill`, `np.full`).
    public static func fill(_ shape: [Int], _ value: ScalarValue) throws -> Tensor {
        try checkShape(shape)
        return Tensor(unchecked: shape, TensorStorage.repeating(value, count: ShapeFormat.elementCount(shape)))
    }

    /// Zeros (`False`, `""` for bool and string).
    public static func zeros(_ shape: [Int], dtype: DType) throws -> Tensor {
        try checkShape(shape)
        return Tensor(unchecked: shape, TensorStorage.zeros(dtype, count: ShapeFormat.elementCount(shape)))
    }

    /// Ones (`True` for bool; strings are not supported).
    public static func ones(_ shape: [Int], dtype: DType) throws -> Tensor {
        try fill(shape, try one(dtype))
    }

    public static func zerosLike(_ t: Tensor) -> Tensor {
        Tensor(unchecked: t.shape, TensorStorage.zeros(t.dtype, count: t.elementCount))
    }

    public static func onesLike(_ t: Tensor) throws -> Tensor {
        Tensor(unchecked: t.shape, TensorStorage.repeating(try one(t.dtype), count: t.elementCount))
    }

    static func one(_ dtype: DType) throws -> ScalarValue {
        switch dtype {
        case .float32: return .float32(1)
        case .float64: return .float64(1)
        case .int32: return .int32(1)
        case .int64: return .int64(1)
        case .uint8: return .uint8(1)
        case .bool: return .bool(true)
        case .string: throw TensorError.unsupportedDType(op: "OnesLike", dtype: .string)
        }
    }

    /// The identity matrix with `rows` rows and `columns` columns (default square).
    public static func eye(_ rows: Int, columns: Int? = nil, dtype: DType = .float64) throws -> Tensor {
        let cols = columns ?? rows
        try checkShape([rows, cols])
        var t = try zeros([rows, cols], dtype: dtype)
        let positions = (0..<Swift.min(rows, cols)).map { $0 * cols + $0 }
        t = try scatter(t, positions: positions, selectionShape: [positions.count], value: Tensor(try one(dtype)))
        return t
    }

    /// TF's `Range` op (`tf.range(start, limit, delta)`): `ceil((limit -
    /// start) / delta)` elements, each the previous plus `delta` (TF
    /// accumulates, so float ranges can differ from numpy's in the last bit).
    public static func range(start: ScalarValue, limit: ScalarValue, delta: ScalarValue, dtype: DType) throws -> Tensor {
        guard let s = start.doubleValue, let l = limit.doubleValue, let d = delta.doubleValue else {
            throw TensorError.unsupportedDType(op: "Range", dtype: .string)
        }
        guard d != 0 else { throw TensorError.invalidArgument("Requires delta != 0: 0") }
        if d > 0, s > l {
            throw TensorError.invalidArgument("Requires start <= limit when delta > 0: \(NumpyFormat.scalarStr(start))/\(NumpyFormat.scalarStr(limit))")
        }
        if d < 0, s < l {
            throw TensorError.invalidArgument("Requires start >= limit when delta < 0: \(NumpyFormat.scalarStr(start))/\(NumpyFormat.scalarStr(limit))")
        }
        switch dtype {
        case .int32, .int64, .uint8:
            guard let si = start.int64Value, let li = limit.int64Value, let di = delta.int64Value, di != 0 else {
                throw TensorError.invalidArgument("Requires delta != 0")
            }
            let span = Double(li) - Double(si)
            let n = try checkedLength((Swift.abs(span) / Swift.abs(Double(di))).rounded(.up))
            var v: [Int64] = []
            v.reserveCapacity(n)
            var x = si
            for _ in 0..<n {
                v.append(x)
                x &+= di
            }
            return try Conversion.cast(Tensor(v), to: dtype)
        case .float32:
            let n = try checkedLength((Swift.abs((l - s) / d)).rounded(.up))
            var v: [Float] = []
            v.reserveCapacity(n)
            var x = Float(s)
            let df = Float(d)
            for _ in 0..<n {
                v.append(x)
                x += df
            }
            return Tensor(v)
        case .float64:
            let n = try checkedLength((Swift.abs((l - s) / d)).rounded(.up))
            var v: [Double] = []
            v.reserveCapacity(n)
            var x = s
            for _ in 0..<n {
                v.append(x)
                x += d
            }
            return Tensor(v)
        case .bool, .string:
            throw TensorError.unsupportedDType(op: "Range", dtype: dtype)
        }
    }

    /// numpy's `np.arange(start, stop, step, dtype)`: length
    /// `ceil((stop - start) / step)` computed in float64; element `i` is
    /// `start + i * delta` with `delta = a[1] - a[0]` in the result dtype
    /// (numpy's `@NAME@_fill`).
    public static func arange(start: Double, stop: Double, step: Double = 1, dtype: DType) throws -> Tensor {
        guard step != 0 else {
            throw TensorError.described(.invalidArgument, tensorflow: "Requires delta != 0", numpy: "Maximum allowed size exceeded")
        }
        let n = try checkedLength(((stop - start) / step).rounded(.up))
        switch dtype {
        case .float64:
            var v = [Double](repeating: 0, count: n)
            if n > 0 { v[0] = start }
            if n > 1 {
                v[1] = start + step
                let delta = v[1] - v[0]
                for i in 2..<Swift.max(2, n) { v[i] = start + Double(i) * delta }
            }
            return Tensor(v)
        case .float32:
            var v = [Float](repeating: 0, count: n)
            if n > 0 { v[0] = Float(start) }
            if n > 1 {
                v[1] = Float(start + step)
                let s0 = v[0]
                let delta = v[1] - v[0]
                for i in 2..<Swift.max(2, n) { v[i] = s0 + Float(i) * delta }
            }
            return Tensor(v)
        case .int32, .int64, .uint8:
            // Integer ranges are exact: start + i*step.
            guard let s = Int64(exactly: start.rounded(.towardZero)), let d = Int64(exactly: step.rounded(.towardZero)) else {
                throw TensorError.invalidArgument("arange: bounds out of range")
            }
            let v = (0..<n).map { s &+ Int64($0) &* d }
            return try Conversion.cast(Tensor(v), to: dtype)
        case .bool, .string:
            throw TensorError.unsupportedDType(op: "arange", dtype: dtype)
        }
    }

    /// numpy's `np.linspace(start, stop, num, endpoint)`: computed in
    /// float64 as `i * step + start` with `step = (stop - start) / div`
    /// (`div = num - 1` with the endpoint), the last element set to `stop`,
    /// then cast to `dtype` (integer dtypes are floored first).
    public static func linspace(start: Double, stop: Double, num: Int, endpoint: Bool = true, dtype: DType = .float64) throws -> Tensor {
        guard num >= 0 else {
            throw TensorError.invalidArgument("Number of samples, \(num), must be non-negative.")
        }
        _ = try checkedLength(Double(num))
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        var y = (0..<num).map { Double($0) }
        if div > 0 {
            let step = delta / Double(div)
            if step == 0 {
                for i in 0..<num { y[i] = y[i] / Double(div) * delta }
            } else {
                for i in 0..<num { y[i] = y[i] * step }
            }
        } else {
            for i in 0..<num { y[i] = y[i] * delta }
        }
        for i in 0..<num { y[i] += start }
        if endpoint && num > 1 { y[num - 1] = stop }
        var t = Tensor(y)
        if dtype.isInteger { t = try Kernels.floor(t) }
        return try Conversion.cast(t, to: dtype)
    }

    /// TF's `LinSpace` op (`tf.linspace(start, stop, num)`): `start + i *
    /// step` with `step = (stop - start) / (num - 1)` in the dtype, the last
    /// element exactly `stop`.
    public static func tfLinspace(start: ScalarValue, stop: ScalarValue, num: Int) throws -> Tensor {
        guard num > 0 else { throw TensorError.invalidArgument("Requires num > 0: \(num)") }
        switch (start, stop) {
        case let (.float32(a), .float32(b)):
            if num == 1 { return Tensor([a]) }
            let step = (b - a) / Float(num - 1)
            var v = (0..<num).map { a + Float($0) * step }
            v[num - 1] = b
            return Tensor(v)
        case let (.float64(a), .float64(b)):
            if num == 1 { return Tensor([a]) }
            let step = (b - a) / Double(num - 1)
            var v = (0..<num).map { a + Double($0) * step }
            v[num - 1] = b
            return Tensor(v)
        default:
            throw TensorError.unsupportedDType(op: "LinSpace", dtype: start.dtype)
        }
    }
}
