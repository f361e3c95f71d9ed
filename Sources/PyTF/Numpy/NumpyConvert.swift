import Python
import TensorCore

/// Conversions between Python values and numpy's: `np.asarray`, dtype arguments, shapes and axes.
enum NumpyConvert {
    /// `np.asarray(v)`.
    static func tensor(_ v: Value, _ interp: Interpreter) throws -> Tensor {
        switch v {
        case .bool(let b): return Tensor(scalar: b)
        case .int(let i): return Tensor(scalar: Int64(i))
        case .float(let d): return Tensor(scalar: d)
        case .none: return Tensor(scalar: Double.nan)
        case .object(let o):
            if let a = o as? PyNDArray { return a.tensor }
            if let s = o as? PyNumpyScalar { return Tensor(s.value) }
            if let s = o as? PyStr { return try numpyCall { try Tensor([s.value], shape: []) } }
            if o is PyList || o is PyTuple {
                do {
                    return try Tensor(nested: try nested(v, interp), flavor: .numpy)
                } catch let e as TensorError {
                    throw NumpyErrors.python(e)
                }
            }
            return try numpyCall { try Tensor(nested: try nested(v, interp), flavor: .numpy) }
        }
    }

    /// A Python value as TensorCore's nested form.
    static func nested(_ v: Value, _ interp: Interpreter, depth: Int = 0) throws -> NestedValue {
        if depth > 64 {
            throw PyError.valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 64.")
        }
        switch v {
        case .bool(let b): return .python(.bool(b))
        case .int(let i): return .python(.int(Int64(i)))
        case .float(let d): return .python(.float(d))
        case .none: return .python(.float(.nan))
        case .object(let o):
            if let s = o as? PyStr { return .python(.string(s.value)) }
            if let a = o as? PyNDArray { return .array(a.tensor) }
            if let s = o as? PyNumpyScalar { return .typed(s.value) }
            if let b = v.asBigInt {
                guard let i = Int64(exactly: b) else {
                    throw PyError.overflow("Python integer \(b) out of bounds for int64")
                }
                return .python(.int(i))
            }
            if let l = o as? PyList { return .list(try l.items.map { try nested($0, interp, depth: depth + 1) }) }
            if let t = o as? PyTuple { return .list(try t.items.map { try nested($0, interp, depth: depth + 1) }) }
            if o.pyType.lookup("__array__") != nil {
                let r = try interp.callMethod(v, "__array__", Args())
                if let a = r.asObject as? PyNDArray { return .array(a.tensor) }
                if let s = r.asObject as? PyNumpyScalar { return .typed(s.value) }
                throw PyError.valueError("object __array__ method not producing an array")
            }
            if o is PyRange || o is PyIterObject { return .list(try interp.collect(v).map { try nested($0, interp, depth: depth + 1) }) }
            if o.pyType.lookup("__float__") != nil { return .python(.float(try interp.toDouble(v))) }
            if o.pyType.lookup("__index__") != nil { return .python(.int(Int64(try interp.index(v)))) }
        }
        throw PyError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
    }

    /// A numpy scalar value as the Python scalar `.item()` gives.
    static func python(_ v: ScalarValue) -> Value {
        switch v {
        case .bool(let b): return .bool(b)
        case .string(let s): return .str(s)
        case .int32(let i): return .int(Int(i))
        case .int64(let i): return .int(Int(i))
        case .uint8(let i): return .int(Int(i))
        case .float32(let f): return .float(Double(f))
        case .float64(let d): return .float(d)
        }
    }

    /// A dtype argument: np.float32, 'float32', float, int, bool, a dtype object, a TF dtype
    /// (anything with a `name` numpy knows). nil for None or a missing argument.
    static func dtype(_ v: Value?, _ interp: Interpreter) throws -> DType? {
        guard let v, !v.isNone else { return nil }
        if case .object(let o) = v {
            if let d = o as? PyNumpyDType { return d.dtype }
            if let t = o as? PyType {
                if t === PyType.float { return .float64 }
                if t === PyType.int { return .int64 }
                if t === PyType.bool { return .bool }
                if t === PyType.str { return .string }
                if let d = NumpyTypes.dtype(of: t) { return d }
            }
            if let s = o as? PyStr {
                if let d = DType(numpyName: s.value) ?? stringDType(s.value) { return d }
                throw PyError.typeError("data type \(pyStrRepr(s.value)) not understood")
            }
            if !(o is PyType), let name = try? interp.getAttribute(v, "name").asString, let d = DType(numpyName: name) {
                return d
            }
        }
        throw PyError.typeError("Cannot interpret '\(try interp.repr(v))' as a data type")
    }

    /// `'<U5'`, `'U'`, `'str'`.
    private static func stringDType(_ s: String) -> DType? {
        var t = Substring(s)
        if t.hasPrefix("<") || t.hasPrefix("=") { t = t.dropFirst() }
        guard t.hasPrefix("U") else { return nil }
        return t.dropFirst().allSatisfy(\.isNumber) ? .string : nil
    }

    /// A shape argument: an int or a sequence of ints.
    static func shape(_ v: Value?, _ interp: Interpreter) throws -> [Int] {
        guard let v, !v.isNone else { return [] }
        if case .object(let o) = v, o is PyList || o is PyTuple || o is PyNDArray {
            return try interp.collect(v).map { try integer($0, interp) }
        }
        return [try integer(v, interp)]
    }

    /// A shape for creating an array: negative dimensions are numpy's ValueError.
    static func newShape(_ v: Value?, _ interp: Interpreter) throws -> [Int] {
        let s = try shape(v, interp)
        if s.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
        _ = try elementCount(s)
        return s
    }

    /// The most elements an array may have here (16 GiB of float64); numpy would try and fail.
    static let maxElements = 1 << 31

    /// The element count of a shape about to be allocated, refusing overflow and absurd sizes.
    static func elementCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            let (p, overflow) = n.multipliedReportingOverflow(by: Swift.max(d, 0))
            if overflow { throw PyError.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.") }
            n = p
        }
        if n > maxElements {
            throw PyError(PyType.MemoryError, "Unable to allocate an array with shape \(ShapeFormat.tuple(shape)) (\(n) elements)")
        }
        return n
    }

    /// An integer argument (ints, bools and integer numpy scalars).
    static func integer(_ v: Value, _ interp: Interpreter) throws -> Int {
        if case .float = v { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
        return try interp.index(v)
    }

    /// `axis=`: None, an int, or a tuple of ints, each checked against `rank` and made non-negative.
    static func axes(_ v: Value?, rank: Int, _ interp: Interpreter) throws -> [Int]? {
        guard let v, !v.isNone else { return nil }
        let raw: [Int]
        if case .object(let o) = v, o is PyTuple || o is PyList {
            raw = try interp.collect(v).map { try integer($0, interp) }
        } else {
            raw = [try integer(v, interp)]
        }
        return try raw.map { try axis($0, rank: rank) }
    }

    /// One axis, made non-negative.
    static func axis(_ a: Int, rank: Int) throws -> Int {
        guard a >= -rank, a < rank else { throw NumpyErrors.axis(a, rank: rank) }
        return a < 0 ? a + rank : a
    }

    /// A Python float, int or bool for `float(x)`-style arguments.
    static func double(_ v: Value?, _ interp: Interpreter, default d: Double) throws -> Double {
        guard let v, !v.isNone else { return d }
        return try interp.toDouble(v)
    }

    /// A Python bool argument.
    static func flag(_ v: Value?, _ interp: Interpreter, default d: Bool) throws -> Bool {
        guard let v else { return d }
        return try interp.truthy(v)
    }

    /// Casts when needed.
    static func cast(_ t: Tensor, _ d: DType) throws -> Tensor {
        t.dtype == d ? t : try numpyCall { try Conversion.cast(t, to: d, flavor: .numpy) }
    }

    /// The array an argument denotes, with `np.asarray`.
    static func array(_ v: Value?, _ interp: Interpreter) throws -> Tensor {
        try tensor(v ?? .none, interp)
    }
}
