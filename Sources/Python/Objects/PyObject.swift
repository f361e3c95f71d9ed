import Collections

/// An attribute dictionary that keeps insertion order, as Python's `__dict__` does.
public typealias AttrDict = OrderedDictionary<String, Value>

/// The base of every heap-allocated Python object.
///
/// Native modules subclass it for their own object kinds (tensors, graphs, ...) and give
/// them a `PyType` whose dictionary holds their methods and properties.
open class PyObject {
    public init() {}

    /// The object's Python type.
    open var pyType: PyType { PyType.object }

    /// The object's own attribute dictionary (`__dict__`), for objects that have one.
    open var attributes: AttrDict? {
        get { nil }
        set {}
    }

    /// Whether the object has an instance dictionary that accepts new attributes.
    open var hasAttributes: Bool { false }
}

/// An instance of a user-defined class (or of a native class that allows attributes).
open class PyInstance: PyObject {
    public let cls: PyType
    /// Final, so reading one attribute does not go through a dynamically dispatched getter that
    /// copies (and retains) the whole dictionary.
    public final var dict: AttrDict = [:]

    public init(cls: PyType) {
        self.cls = cls
    }

    open override var pyType: PyType { cls }
    open override var attributes: AttrDict? {
        get { dict }
        set { dict = newValue ?? [:] }
    }
    open override var hasAttributes: Bool { true }
}

/// A Python string. Immutable; indexing works on Unicode scalars, as Python's code points.
public final class PyStr: PyObject {
    public let value: String
    private var scalarCache: [Unicode.Scalar]?

    public init(_ value: String) {
        self.value = value
    }

    public override var pyType: PyType { PyType.str }

    /// The string's code points, computed once.
    public var scalars: [Unicode.Scalar] {
        if let c = scalarCache { return c }
        let s = Array(value.unicodeScalars)
        scalarCache = s
        return s
    }

    public var count: Int {
        if let c = scalarCache { return c.count }
        return value.unicodeScalars.count
    }
}

/// A Python `int` too large for `Int`.
public final class PyBigInt: PyObject {
    public let value: BigIntValue
    public init(_ value: BigIntValue) {
        self.value = value
    }
    public override var pyType: PyType { PyType.int }
}

import BigInt
public typealias BigIntValue = BigInt

/// A cell holding a variable shared between a function and the closures it creates.
public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) {
        self.value = value
    }
    public override var pyType: PyType { PyType.cell }
}

/// `NotImplemented` and `Ellipsis`.
public final class PySingleton: PyObject {
    public let name: String
    let type: () -> PyType
    init(name: String, type: @escaping () -> PyType) {
        self.name = name
        self.type = type
    }
    public override var pyType: PyType { type() }
    nonisolated(unsafe) public static let notImplemented = PySingleton(name: "NotImplemented") { PyType.notImplementedType }
    nonisolated(unsafe) public static let ellipsis = PySingleton(name: "Ellipsis") { PyType.ellipsisType }
}

extension Value {
    public static var notImplemented: Value { .object(PySingleton.notImplemented) }
    public var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PySingleton.notImplemented }
        return false
    }
}
