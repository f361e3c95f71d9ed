import Python
import TensorCore

/// numpy.ndarray
public final class PyNDArray: PyObject {
    public var tensor: Tensor
    public init(_ tensor: Tensor) { self.tensor = tensor }
    public override var pyType: PyType { NumpyTypes.ndarray }
}

/// numpy scalars: np.float32(6.0), np.int64(3), np.True_ ...
public final class PyNumpyScalar: PyObject, PyIndexable {
    public let value: ScalarValue
    public init(_ value: ScalarValue) { self.value = value }
    public override var pyType: PyType { NumpyTypes.scalarType(value.dtype) }
    public func pyIndex() throws -> Int {
        guard value.dtype.isInteger || value.dtype == .bool, let i = value.int64Value else {
            throw PyError.typeError("'\(pyType.name)' object cannot be interpreted as an integer")
        }
        return Int(i)
    }
}

/// A numpy dtype object (`arr.dtype`): prints `float32`, compares equal to `np.float32` and `'float32'`.
final class PyNumpyDType: PyObject {
    let dtype: DType
    init(_ d: DType) { dtype = d }
    override var pyType: PyType { NumpyTypes.dtype }
}

/// The Python types of numpy objects, created once per process.
enum NumpyTypes {
    nonisolated(unsafe) static let ndarray = PyType(name: "ndarray", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let dtype = PyType(name: "dtype", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let generic = PyType(name: "generic", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let scalarTypes: [DType: PyType] = {
        var out: [DType: PyType] = [:]
        for d in [DType.float32, .float64, .int32, .int64, .uint8, .bool, .string] {
            out[d] = PyType(name: d == .string ? "str_" : d.numpyName, module: "numpy", bases: [generic])
        }
        return out
    }()
    static func scalarType(_ d: DType) -> PyType { scalarTypes[d] ?? generic }
}

public enum NumpyBridge {
    /// A numpy value for a tensor: rank 0 -> PyNumpyScalar, else PyNDArray.
    public static func value(_ t: Tensor) -> Value {
        if t.rank == 0, let v = t.storage.element(at: 0) { return .object(PyNumpyScalar(v)) }
        return .object(PyNDArray(t))
    }

    /// numpy's conversion (`np.asarray`) of a Python value. dtype nil infers as numpy does.
    public static func tensor(from v: Value, interp: Interpreter, dtype: DType? = nil) throws -> Tensor {
        var t: Tensor
        if let x = tensorIfNumpy(v) {
            t = x
        } else if case .object(let o) = v, o.pyType.lookup("__array__") != nil, !(o is PyList || o is PyTuple) {
            let r = try interp.callMethod(v, "__array__", Args())
            guard let x = tensorIfNumpy(r) else { throw PyError.typeError("__array__ did not return an array") }
            t = x
        } else {
            do {
                t = try Tensor(nested: try nested(v, interp), dtype: dtype, flavor: .numpy)
            } catch let e as TensorError {
                throw PyError.valueError(e.numpyMessage)
            }
            return t
        }
        if let dtype, t.dtype != dtype { t = try numpyCall { try Conversion.cast(t, to: dtype, flavor: .numpy) } }
        return t
    }

    /// The tensor of an ndarray or numpy scalar, nil for anything else.
    public static func tensorIfNumpy(_ v: Value) -> Tensor? {
        if case .object(let o) = v {
            if let a = o as? PyNDArray { return a.tensor }
            if let s = o as? PyNumpyScalar { return Tensor(s.value) }
        }
        return nil
    }

    static func nested(_ v: Value, _ interp: Interpreter) throws -> NestedValue {
        switch v {
        case .bool(let b): return .python(.bool(b))
        case .int(let i): return .python(.int(Int64(i)))
        case .float(let d): return .python(.float(d))
        case .none: return .python(.float(.nan))
        case .object(let o):
            if let s = o as? PyStr { return .python(.string(s.value)) }
            if let a = o as? PyNDArray { return .array(a.tensor) }
            if let s = o as? PyNumpyScalar { return .typed(s.value) }
            if let b = v.asBigInt { return .python(.int(Int64(clamping: b))) }
            if o is PyList || o is PyTuple { return .list(try interp.collect(v).map { try nested($0, interp) }) }
            if o.pyType.lookup("__array__") != nil {
                let r = try interp.callMethod(v, "__array__", Args())
                if let t = tensorIfNumpy(r) { return .array(t) }
            }
            if o.pyType.lookup("__float__") != nil { return .python(.float(try interp.toDouble(v))) }
            if o is PyRange || o is PyIterObject { return .list(try interp.collect(v).map { try nested($0, interp) }) }
        }
        throw PyError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
    }
}

/// Runs a TensorCore call, turning its errors into numpy's exceptions.
func numpyCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TensorError {
        throw PyError.valueError(e.numpyMessage)
    }
}
