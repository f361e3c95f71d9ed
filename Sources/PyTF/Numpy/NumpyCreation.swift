import Python
import TensorCore

/// Array creation: `np.array`, `zeros`, `full`, `arange`, `linspace`, `eye`, ...
enum NumpyCreation {
    static func install(_ m: PyModule) {
        m.function("array") { i, a in
            let p = try a.bind("array", ["object", "dtype", "copy", "order", "subok", "ndmin"], required: 1)
            let d = try NumpyConvert.dtype(p[1], i)
            var t = try NumpyBridge.tensor(from: p[0] ?? .none, interp: i, dtype: d)
            if let ndmin = try p[5].map({ try NumpyConvert.integer($0, i) }), t.rank < ndmin {
                t = NumpyStorage.tensor([Int](repeating: 1, count: ndmin - t.rank) + t.shape, t.storage)
            }
            return .object(PyNDArray(t))
        }
        for name in ["asarray", "asanyarray", "ascontiguousarray"] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["a", "dtype", "order"], required: 1)
                let d = try NumpyConvert.dtype(p[1], i)
                if let arr = p[0]?.asObject as? PyNDArray, d == nil || d == arr.tensor.dtype { return .object(arr) }
                return .object(PyNDArray(try NumpyBridge.tensor(from: p[0] ?? .none, interp: i, dtype: d)))
            }
        }
        m.function("copy") { i, a in
            let p = try a.bind("copy", ["a", "order"], required: 1)
            return .object(PyNDArray(try NumpyConvert.array(p[0], i)))
        }
        for (name, fill) in [("zeros", 0.0), ("ones", 1.0), ("empty", 0.0)] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["shape", "dtype", "order"], required: 1)
                let d = try NumpyConvert.dtype(p[1], i) ?? .float64
                let shape = try NumpyConvert.newShape(p[0], i)
                return .object(PyNDArray(try filled(shape, .float64(fill), d)))
            }
        }
        for (name, fill) in [("zeros_like", 0.0), ("ones_like", 1.0), ("empty_like", 0.0)] {
            m.function(name) { i, a in
                let p = try a.bind(name, ["a", "dtype", "order", "subok", "shape"], required: 1)
                let x = try NumpyConvert.array(p[0], i)
                let d = try NumpyConvert.dtype(p[1], i) ?? x.dtype
                let shape = try p[4].map { try NumpyConvert.newShape($0, i) } ?? x.shape
                return .object(PyNDArray(try filled(shape, .float64(fill), d)))
            }
        }
        m.function("full") { i, a in
            let p = try a.bind("full", ["shape", "fill_value", "dtype", "order"], required: 2)
            let v = try NumpyConvert.array(p[1], i)
            let shape = try NumpyConvert.newShape(p[0], i)
            let d = try NumpyConvert.dtype(p[2], i) ?? v.dtype
            return .object(PyNDArray(try numpyCall { try Broadcast.broadcast(try NumpyConvert.cast(v, d), to: shape) }))
        }
        m.function("full_like") { i, a in
            let p = try a.bind("full_like", ["a", "fill_value", "dtype", "order", "subok", "shape"], required: 2)
            let x = try NumpyConvert.array(p[0], i)
            let v = try NumpyConvert.array(p[1], i)
            let d = try NumpyConvert.dtype(p[2], i) ?? x.dtype
            let shape = try p[5].map { try NumpyConvert.newShape($0, i) } ?? x.shape
            return .object(PyNDArray(try numpyCall { try Broadcast.broadcast(try NumpyConvert.cast(v, d), to: shape) }))
        }
        m.function("arange") { i, a in
            let p = try a.bind("arange", ["start", "stop", "step", "dtype"], required: 1)
            var start = p[0] ?? .int(0), stop = p[1] ?? .none
            if stop.isNone { (start, stop) = (.int(0), start) }
            let step = p[2].flatMap { $0.isNone ? nil : $0 } ?? .int(1)
            let values = [start, stop, step]
            var d = try NumpyConvert.dtype(p[3], i)
            if d == nil {
                var inferred = DType.int64
                for v in values {
                    switch v {
                    case .float: inferred = DType.numpyResultType(inferred, .float64) ?? .float64
                    case .object(let o):
                        if let s = o as? PyNumpyScalar { inferred = DType.numpyResultType(inferred, s.value.dtype) ?? inferred }
                        else if let arr = o as? PyNDArray { inferred = DType.numpyResultType(inferred, arr.tensor.dtype) ?? inferred }
                    default: break
                    }
                }
                d = inferred
            }
            let st = try i.toDouble(step)
            if st == 0 { throw PyError.zeroDivision("division by zero") }
            let span = ((try i.toDouble(stop)) - (try i.toDouble(start))) / st
            if span.isNaN { throw PyError.valueError("arange: cannot compute length") }
            if span > Double(NumpyConvert.maxElements) { _ = try NumpyConvert.elementCount([Int.max]) }
            let t = try numpyCall {
                try Kernels.arange(start: try i.toDouble(start), stop: try i.toDouble(stop), step: st, dtype: d ?? .int64)
            }
            return .object(PyNDArray(t))
        }
        m.function("linspace") { i, a in
            let p = try a.bind("linspace", ["start", "stop", "num", "endpoint", "retstep", "dtype", "axis"], required: 2)
            let num = try p[2].map { try NumpyConvert.integer($0, i) } ?? 50
            if num < 0 { throw PyError.valueError("Number of samples, \(num), must be non-negative.") }
            _ = try NumpyConvert.elementCount([num])
            let endpoint = try NumpyConvert.flag(p[3], i, default: true)
            let start = try i.toDouble(p[0] ?? .none), stop = try i.toDouble(p[1] ?? .none)
            let d = try NumpyConvert.dtype(p[5], i)
            var t = try numpyCall { try Kernels.linspace(start: start, stop: stop, num: num, endpoint: endpoint, dtype: .float64) }
            if let d, d != .float64 {
                // numpy computes in float64, then floors for integer dtypes and casts.
                if d.isInteger { t = try numpyCall { try Kernels.floor(t) } }
                t = try NumpyConvert.cast(t, d)
            }
            let arr = Value.object(PyNDArray(t))
            if try NumpyConvert.flag(p[4], i, default: false) {
                let div = endpoint ? num - 1 : num
                let step = div > 0 ? (stop - start) / Double(div) : Double.nan
                return .object(PyTuple([arr, .object(PyNumpyScalar(.float64(step)))]))
            }
            return arr
        }
        m.function("logspace") { i, a in
            let p = try a.bind("logspace", ["start", "stop", "num", "endpoint", "base", "dtype"], required: 2)
            let num = try p[2].map { try NumpyConvert.integer($0, i) } ?? 50
            let endpoint = try NumpyConvert.flag(p[3], i, default: true)
            let base = try NumpyConvert.double(p[4], i, default: 10)
            let y = try numpyCall { try Kernels.linspace(start: try i.toDouble(p[0] ?? .none), stop: try i.toDouble(p[1] ?? .none), num: num, endpoint: endpoint, dtype: .float64) }
            let r = try numpyCall { try Kernels.pow(Tensor(scalar: base), y) }
            return .object(PyNDArray(try NumpyConvert.cast(r, try NumpyConvert.dtype(p[5], i) ?? .float64)))
        }
        m.function("eye") { i, a in
            let p = try a.bind("eye", ["N", "M", "k", "dtype", "order"], required: 1)
            let n = try NumpyConvert.integer(p[0] ?? .none, i)
            let cols = try p[1].flatMap { $0.isNone ? nil : try NumpyConvert.integer($0, i) } ?? n
            let k = try p[2].map { try NumpyConvert.integer($0, i) } ?? 0
            let d = try NumpyConvert.dtype(p[3], i) ?? .float64
            return .object(PyNDArray(try eye(n, cols, k: k, d)))
        }
        m.function("identity") { i, a in
            let p = try a.bind("identity", ["n", "dtype"], required: 1)
            let n = try NumpyConvert.integer(p[0] ?? .none, i)
            return .object(PyNDArray(try eye(n, n, k: 0, try NumpyConvert.dtype(p[1], i) ?? .float64)))
        }
    }

    static func filled(_ shape: [Int], _ value: ScalarValue, _ d: DType) throws -> Tensor {
        let v = try numpyCall { try Conversion.castScalar(value, to: d) }
        return NumpyStorage.tensor(shape, TensorStorage.repeating(v, count: shape.reduce(1, *)))
    }

    static func eye(_ n: Int, _ m: Int, k: Int, _ d: DType) throws -> Tensor {
        if n < 0 || m < 0 { throw PyError.valueError("negative dimensions are not allowed") }
        _ = try NumpyConvert.elementCount([n, m])
        var storage = TensorStorage.zeros(d, count: n * m)
        var idx: [Int] = []
        if k > -n && k < m {
            for r in 0..<n where r + k >= 0 && r + k < m { idx.append(r * m + r + k) }
        }
        let one = try numpyCall { try Conversion.castScalar(.int64(1), to: d) }
        storage.numpyScatter(TensorStorage.repeating(one, count: 1), at: idx)
        return NumpyStorage.tensor([n, m], storage)
    }
}
