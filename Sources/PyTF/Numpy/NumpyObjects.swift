import Python
import TensorCore

/// numpy.ndarray.
///
/// An array either owns its elements or is a *view*: a strided window into the elements of an
/// owning array, as numpy's basic slicing, `.T`, `reshape` and `ravel` make. Writing through a
/// view (`row = a[0]; row[1] = 5`, `a[:, 0] += 1`) changes the owner, and a view reads the
/// owner's current elements, as in numpy.
public final class PyNDArray: PyObject {
    /// An owner's elements; a view's elements as last read from its owner.
    private var stored: Tensor
    /// Where a view's elements live (nil for an array that owns its elements).
    private var window: NumpyWindow?
    /// An owner's write counter; a view re-reads its owner when the counter moved.
    private(set) var generation = 0
    /// The owner generation a view's `stored` was read at.
    private var seenGeneration = -1

    public init(_ tensor: Tensor) {
        stored = tensor
    }

    /// A view of `layout`'s elements (the layout's owner is an owning array).
    init(view layout: NumpyLayout) {
        stored = NumpyStorage.empty
        window = NumpyWindow(layout)
        super.init()
    }

    public override var pyType: PyType { NumpyTypes.ndarray }

    /// The array's value. Setting it on a view writes the elements into the owner.
    public var tensor: Tensor {
        get {
            guard let w = window else { return stored }
            guard w.isValid else { detach(); return stored }
            if seenGeneration != w.layout.owner.generation {
                stored = w.read()
                seenGeneration = w.layout.owner.generation
            }
            return stored
        }
        set {
            guard let w = window else {
                stored = newValue
                generation &+= 1
                return
            }
            guard w.isValid, newValue.shape == w.layout.shape,
                  let cast = try? Conversion.cast(newValue, to: w.layout.owner.stored.dtype, flavor: .numpy) else {
                window = nil
                stored = newValue
                return
            }
            w.layout.owner.write(cast.storage, at: w.indices)
            stored = cast
            seenGeneration = w.layout.owner.generation
        }
    }

    /// Whether the array is a view of another array's elements.
    var isView: Bool { window != nil }

    /// Where the elements are, as a strided window over an owning array (itself, when it owns them).
    var layout: NumpyLayout {
        if let w = window {
            if w.isValid { return w.layout }
            detach()
        }
        return NumpyLayout(owner: self, offset: 0, shape: stored.shape, strides: NumpyLayout.rowMajorStrides(stored.shape))
    }

    /// The flat positions of the elements in the owner's storage, in row-major order.
    var ownerIndices: [Int] {
        if let w = window, w.isValid { return w.indices }
        return Array(0..<tensor.elementCount)
    }

    /// Writes `values` (of the owner's dtype) at flat positions of an owning array, in place.
    func write(_ values: TensorStorage, at indices: [Int]) {
        if window != nil { detach() }
        let shape = stored.shape
        var storage = stored.storage
        stored = NumpyStorage.empty  // the storage is now uniquely referenced, so written in place
        storage.numpyScatter(values, at: indices)
        stored = NumpyStorage.tensor(shape, storage)
        generation &+= 1
    }

    /// Turns a view whose owner changed size (the TF layer may replace a tensor) into an owner.
    private func detach() {
        if let w = window, w.isValid, seenGeneration != w.layout.owner.generation { stored = w.read() }
        window = nil
        generation &+= 1
    }
}

/// A strided window over the elements of an owning array.
struct NumpyLayout {
    let owner: PyNDArray
    var offset: Int
    var shape: [Int]
    var strides: [Int]

    static func rowMajorStrides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var acc = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[d] = acc
            acc = acc &* Swift.max(shape[d], 1)
        }
        return strides
    }

    var elementCount: Int { shape.reduce(1) { $0 &* $1 } }

    /// Whether the elements are consecutive in row-major order (so a reshape can stay a view).
    var isContiguous: Bool {
        var expected = 1
        for d in stride(from: shape.count - 1, through: 0, by: -1) where shape[d] != 1 {
            if shape[d] == 0 { return true }
            if strides[d] != expected { return false }
            expected &*= shape[d]
        }
        return true
    }

    /// The flat owner positions of the elements, in row-major order.
    var indices: [Int] { NumpyLayout.stridedIndices(offset: offset, shape: shape, strides: strides) }

    /// The flat positions `offset + sum(i_k * strides_k)` of every index in row-major order.
    static func stridedIndices(offset: Int, shape: [Int], strides: [Int]) -> [Int] {
        let n = shape.reduce(1) { $0 &* $1 }
        if n <= 0 { return [] }
        var out = [Int](repeating: 0, count: n)
        let rank = shape.count
        if rank == 0 { out[0] = offset; return out }
        var idx = [Int](repeating: 0, count: rank)
        var pos = offset
        let last = rank - 1
        let lastDim = shape[last], lastStride = strides[last]
        var k = 0
        while k < n {
            var p = pos
            for _ in 0..<lastDim {
                out[k] = p
                p += lastStride
                k += 1
            }
            var d = last - 1
            while d >= 0 {
                idx[d] += 1
                pos += strides[d]
                if idx[d] < shape[d] { break }
                pos -= strides[d] * shape[d]
                idx[d] = 0
                d -= 1
            }
            if d < 0 { break }
        }
        return out
    }

    /// The smallest and largest flat positions the window touches (nil when empty).
    var bounds: (Int, Int)? {
        if shape.contains(0) { return nil }
        var lo = offset, hi = offset
        for (n, s) in zip(shape, strides) {
            if s >= 0 { hi += (n - 1) * s } else { lo += (n - 1) * s }
        }
        return (lo, hi)
    }
}

/// A view's window, with its flat positions computed once.
final class NumpyWindow {
    let layout: NumpyLayout
    let ownerCount: Int
    private var cachedIndices: [Int]?

    init(_ layout: NumpyLayout) {
        self.layout = layout
        ownerCount = layout.owner.tensor.elementCount
    }

    var indices: [Int] {
        if let c = cachedIndices { return c }
        let c = layout.indices
        cachedIndices = c
        return c
    }

    /// False once the owner holds a different number of elements than when the view was made.
    var isValid: Bool {
        let count = layout.owner.tensor.elementCount
        guard count == ownerCount else { return false }
        guard let (lo, hi) = layout.bounds else { return true }
        return lo >= 0 && hi < count
    }

    func read() -> Tensor {
        let source = layout.owner.tensor.storage
        return NumpyStorage.tensor(layout.shape, source.numpyGather(indices))
    }
}

/// numpy scalars: np.float32(6.0), np.int64(3), np.True_ ...
public final class PyNumpyScalar: PyObject, PyIndexable {
    public let value: ScalarValue
    public init(_ value: ScalarValue) { self.value = value }
    public override var pyType: PyType { NumpyTypes.scalarType(value.dtype) }

    /// `np.True_` and `np.False_`, shared as in numpy (`np.bool_(1) is np.True_`).
    nonisolated(unsafe) static let trueScalar = PyNumpyScalar(.bool(true))
    nonisolated(unsafe) static let falseScalar = PyNumpyScalar(.bool(false))

    /// The numpy scalar for a value (bools shared).
    static func make(_ v: ScalarValue) -> Value {
        if case .bool(let b) = v { return .object(b ? trueScalar : falseScalar) }
        return .object(PyNumpyScalar(v))
    }

    /// `operator.index(x)`: integer scalars only (so `range(np.int64(3))` and `xs[np.int32(1)]` work).
    public func pyIndex() throws -> Int {
        guard value.dtype.isInteger || value.dtype == .bool, let i = value.int64Value else {
            throw PyError.typeError("'numpy.\(pyType.name)' object cannot be interpreted as an integer")
        }
        return Int(i)
    }
}

/// A numpy dtype object (`arr.dtype`): prints `float32`, compares equal to `np.float32` and `'float32'`.
final class PyNumpyDType: PyObject {
    let dtype: DType
    /// For string dtypes, the longest string (numpy's `<U5`).
    let width: Int
    init(_ d: DType, width: Int = 0) {
        dtype = d
        self.width = width
    }
    override var pyType: PyType { NumpyTypes.dtype }
}

public enum NumpyBridge {
    /// A numpy value for a tensor: rank 0 -> PyNumpyScalar, else PyNDArray.
    public static func value(_ t: Tensor) -> Value {
        if t.rank == 0, let v = t.storage.element(at: 0) { return PyNumpyScalar.make(v) }
        return .object(PyNDArray(t))
    }

    /// numpy's conversion (np.asarray semantics) of a Python value: ints, floats, bools, nested
    /// lists/tuples, ndarrays, numpy scalars, and objects with `__array__`. dtype nil = infer as
    /// numpy does (Python int -> int64, float -> float64).
    public static func tensor(from v: Value, interp: Interpreter, dtype: DType? = nil) throws -> Tensor {
        let t = try NumpyConvert.tensor(v, interp)
        guard let dtype, t.dtype != dtype else { return t }
        return try numpyCall { try Conversion.cast(t, to: dtype, flavor: .numpy) }
    }

    /// The tensor of an ndarray or numpy scalar, nil for anything else.
    public static func tensorIfNumpy(_ v: Value) -> Tensor? {
        if case .object(let o) = v {
            if let a = o as? PyNDArray { return a.tensor }
            if let s = o as? PyNumpyScalar { return Tensor(s.value) }
        }
        return nil
    }
}

/// Registers the modules: numpy (with numpy.random, numpy.linalg), and the standard-library
/// pieces TF programs import (os, os.path, tempfile, time, random).
public func installNumpy(into interp: Interpreter) {
    NumpyTypeSetup.install()
    interp.registerModule("numpy") { i in try NumpyModule.make(i) }
    for sub in ["numpy.random", "numpy.linalg", "numpy.exceptions"] {
        interp.registerModule(sub) { i in
            _ = try i.importModule("numpy")
            return try i.importModule(sub)
        }
    }
    installStdlib(into: interp)
}
