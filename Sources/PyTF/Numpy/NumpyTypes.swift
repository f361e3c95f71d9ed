import Python
import TensorCore

/// The Python types of numpy objects, created once per process.
///
/// The scalar types follow numpy's hierarchy: `generic` > `number` > `integer` /
/// `inexact` > `signedinteger` / `unsignedinteger` / `floating` > `int64`, `float32`, ...;
/// `float64` is also a Python `float`, as in numpy.
enum NumpyTypes {
    nonisolated(unsafe) static let ndarray = PyType(name: "ndarray", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let dtype = PyType(name: "dtype", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let ufunc = PyType(name: "ufunc", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let generic = PyType(name: "generic", module: "numpy", bases: [PyType.object])
    nonisolated(unsafe) static let number = PyType(name: "number", module: "numpy", bases: [generic])
    nonisolated(unsafe) static let integer = PyType(name: "integer", module: "numpy", bases: [number])
    nonisolated(unsafe) static let signedInteger = PyType(name: "signedinteger", module: "numpy", bases: [integer])
    nonisolated(unsafe) static let unsignedInteger = PyType(name: "unsignedinteger", module: "numpy", bases: [integer])
    nonisolated(unsafe) static let inexact = PyType(name: "inexact", module: "numpy", bases: [number])
    nonisolated(unsafe) static let floating = PyType(name: "floating", module: "numpy", bases: [inexact])
    nonisolated(unsafe) static let character = PyType(name: "character", module: "numpy", bases: [generic])

    /// The scalar type of each dtype (`np.float32`, ..., `np.bool`, `np.str_`).
    nonisolated(unsafe) static let scalarTypes: [DType: PyType] = [
        .float32: PyType(name: "float32", module: "numpy", bases: [floating]),
        .float64: PyType(name: "float64", module: "numpy", bases: [floating, PyType.float]),
        .int32: PyType(name: "int32", module: "numpy", bases: [signedInteger]),
        .int64: PyType(name: "int64", module: "numpy", bases: [signedInteger]),
        .uint8: PyType(name: "uint8", module: "numpy", bases: [unsignedInteger]),
        .bool: PyType(name: "bool", module: "numpy", bases: [generic]),
        .string: PyType(name: "str_", module: "numpy", bases: [character]),
    ]

    /// The abstract scalar types, by name.
    static var abstractTypes: [PyType] {
        [generic, number, integer, signedInteger, unsignedInteger, inexact, floating, character]
    }

    static func scalarType(_ d: DType) -> PyType { scalarTypes[d] ?? generic }

    /// The dtype a scalar type stands for (`np.float32` -> float32).
    static func dtype(of t: PyType) -> DType? {
        for (d, s) in scalarTypes where s === t { return d }
        return nil
    }
}
