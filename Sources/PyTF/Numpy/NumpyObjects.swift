// Placeholder of the numpy contract (the numpy module replaces this file).
import Python
import TensorCore

/// numpy.ndarray
public final class PyNDArray: PyObject {
    public var tensor: Tensor
    public init(_ tensor: Tensor) { self.tensor = tensor }
    public override var pyType: PyType { PyNDArray.stubType }
    nonisolated(unsafe) static let stubType: PyType = {
        let t = PyType(name: "ndarray", module: "numpy", bases: [PyType.object])
        t.method("__repr__") { _, a in .str(NumpyFormat.arrayRepr((a[0].asObject as? PyNDArray)?.tensor ?? Tensor(scalar: 0.0))) }
        t.method("__str__") { _, a in .str(NumpyFormat.arrayStr((a[0].asObject as? PyNDArray)?.tensor ?? Tensor(scalar: 0.0))) }
        return t
    }()
}

/// numpy scalars: np.float32(6.0), np.int64(3), np.True_ ...
public final class PyNumpyScalar: PyObject {
    public let value: ScalarValue
    public init(_ value: ScalarValue) { self.value = value }
    public override var pyType: PyType { PyNumpyScalar.stubType }
    nonisolated(unsafe) static let stubType: PyType = {
        let t = PyType(name: "generic", module: "numpy", bases: [PyType.object])
        t.method("__repr__") { _, a in .str(NumpyFormat.scalarRepr((a[0].asObject as? PyNumpyScalar)?.value ?? .float64(0))) }
        t.method("__str__") { _, a in .str(NumpyFormat.scalarStr((a[0].asObject as? PyNumpyScalar)?.value ?? .float64(0))) }
        t.method("__float__") { _, a in .float((a[0].asObject as? PyNumpyScalar)?.value.doubleValue ?? 0) }
        return t
    }()
}

public enum NumpyBridge {
    public static func value(_ t: Tensor) -> Value {
        if t.rank == 0, let v = t.storage.element(at: 0) { return .object(PyNumpyScalar(v)) }
        return .object(PyNDArray(t))
    }
    public static func tensor(from v: Value, interp: Interpreter, dtype: DType? = nil) throws -> Tensor {
        if let t = tensorIfNumpy(v) { return t }
        switch v {
        case .int(let i): return Tensor(scalar: Int64(i))
        case .float(let d): return Tensor(scalar: d)
        case .bool(let b): return Tensor(scalar: b)
        default:
            let items = try interp.collect(v)
            let ts = try items.map { try tensor(from: $0, interp: interp) }
            return try Kernels.stack(ts, axis: 0)
        }
    }
    public static func tensorIfNumpy(_ v: Value) -> Tensor? {
        if case .object(let o) = v {
            if let a = o as? PyNDArray { return a.tensor }
            if let s = o as? PyNumpyScalar { return Tensor(s.value) }
        }
        return nil
    }
}

public func installNumpy(into interp: Interpreter) {}
