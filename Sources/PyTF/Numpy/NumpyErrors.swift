import Python
import TensorCore

/// numpy's own exception classes, and the mapping of TensorCore errors to Python exceptions.
enum NumpyErrors {
    /// `numpy.exceptions.AxisError` (a ValueError and an IndexError).
    nonisolated(unsafe) static let axisError = PyType(name: "AxisError", module: "numpy.exceptions",
                                                      bases: [PyType.ValueError, PyType.IndexError])
    /// `numpy.linalg.LinAlgError`.
    nonisolated(unsafe) static let linAlgError = PyType(name: "LinAlgError", module: "numpy.linalg", bases: [PyType.ValueError])
    /// `numpy._core._exceptions.UFuncTypeError`, and the subclasses numpy raises (which display
    /// themselves as `UFuncTypeError` but keep their qualified names in tracebacks).
    nonisolated(unsafe) static let ufuncTypeError = PyType(name: "UFuncTypeError", module: "numpy._core._exceptions", bases: [PyType.TypeError])
    nonisolated(unsafe) static let noLoopError = PyType(name: "UFuncTypeError", qualname: "_UFuncNoLoopError",
                                                        module: "numpy._core._exceptions", bases: [ufuncTypeError])
    nonisolated(unsafe) static let outputCastingError = PyType(name: "UFuncTypeError", qualname: "_UFuncOutputCastingError",
                                                               module: "numpy._core._exceptions", bases: [ufuncTypeError])

    /// numpy's `repr` of a dtype in error messages: `dtype('float64')`, `dtype('<U1')`.
    static func dtypeRepr(_ d: DType, width: Int = 1) -> String {
        d == .string ? "dtype('<U\(width)')" : "dtype('\(d.numpyName)')"
    }

    /// `ufunc 'add' did not contain a loop with signature matching types (...) -> None`.
    static func noLoop(_ ufunc: String, _ types: [String]) -> PyError {
        PyError(noLoopError, "ufunc '\(ufunc)' did not contain a loop with signature matching types (\(types.joined(separator: ", "))) -> None")
    }

    /// `ufunc 'invert' not supported for the input types, ...`.
    static func notSupported(_ ufunc: String) -> PyError {
        PyError(ufuncTypeError, "ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
    }

    static func outputCasting(_ ufunc: String, from: DType, to: DType) -> PyError {
        PyError(outputCastingError, "Cannot cast ufunc '\(ufunc)' output from \(dtypeRepr(from)) to \(dtypeRepr(to)) with casting rule 'same_kind'")
    }

    static func axis(_ axis: Int, rank: Int) -> PyError {
        PyError(axisError, "axis \(axis) is out of bounds for array of dimension \(rank)")
    }

    /// The Python exception for a TensorCore error, with numpy's wording.
    static func python(_ e: TensorError) -> PyError {
        switch e.kind {
        case .invalidArgument: return PyError.valueError(e.numpyMessage)
        case .index: return PyError.indexError(e.numpyMessage)
        case .axis: return PyError(axisError, e.numpyMessage)
        case .type: return PyError(ufuncTypeError, e.numpyMessage)
        case .unimplemented: return PyError.notImplemented(e.numpyMessage)
        }
    }
}

/// Runs a TensorCore call, turning its errors into numpy's exceptions.
func numpyCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let e as TensorError {
        throw NumpyErrors.python(e)
    }
}

/// The `i`th argument of a native method, or Python's TypeError when it is missing.
func numpyArg(_ a: Args, _ i: Int, _ fn: String) throws -> Value {
    guard i < a.count else {
        throw PyError.typeError("\(fn)() takes exactly \(i) argument\(i == 1 ? "" : "s") (\(max(a.count - 1, 0)) given)")
    }
    return a[i]
}

extension PyType {
    /// A native method that refuses to run without its `self` (`np.ndarray.copy()` called on the
    /// class), as CPython's method descriptors do.
    func checkedMethod(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        let owner = module == "builtins" ? self.name : "\(module).\(self.name)"
        method(name) { i, a in
            guard a.count >= 1 else {
                throw PyError.typeError("descriptor '\(name)' of '\(owner)' object needs an argument")
            }
            return try fn(i, a)
        }
    }
}
