/// Python's `list`.
public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }
    public override var pyType: PyType { PyType.list }
}

/// Python's `tuple`.
public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) { self.items = items }
    public override var pyType: PyType { PyType.tuple }
    nonisolated(unsafe) public static let empty = PyTuple([])
}

/// Python's `range` (bounds that fit in `Int`).
public final class PyRange: PyObject {
    public let start: Int, stop: Int, step: Int
    public init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var pyType: PyType { PyType.range }
    public var count: Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }
    public func element(_ i: Int) -> Int { start &+ i &* step }
}

/// Python's `slice`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
    }
    public override var pyType: PyType { PyType.slice }

    /// Resolves the slice against a sequence length, as `slice.indices` does.
    public func indices(length: Int) throws -> (start: Int, stop: Int, step: Int, count: Int) {
        func intOf(_ v: Value) throws -> Int? {
            if v.isNone { return nil }
            if let i = v.asInt { return i }
            if let b = v.asBigInt { return b.signum() < 0 ? Int.min / 2 : Int.max / 2 }
            if case .object(let o) = v, let idx = o as? PyIndexable { return try idx.pyIndex() }
            throw PyError.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let stepV = try intOf(step) ?? 1
        if stepV == 0 { throw PyError.valueError("slice step cannot be zero") }
        var lo: Int, hi: Int
        if stepV > 0 {
            lo = 0; hi = length
        } else {
            lo = -1; hi = length - 1
        }
        func clamp(_ v: Int?, _ dflt: Int) -> Int {
            guard var x = v else { return dflt }
            if x < 0 {
                x += length
                if x < lo { x = lo }
            } else if x > hi {
                x = hi
            }
            return x
        }
        let s = clamp(try intOf(start), stepV > 0 ? lo : hi)
        let e = clamp(try intOf(stop), stepV > 0 ? hi : lo)
        var n = 0
        if stepV > 0 { if s < e { n = (e - s - 1) / stepV + 1 } } else { if e < s { n = (s - e - 1) / (-stepV) + 1 } }
        return (s, e, stepV, n)
    }
}

/// A native object that can serve as an integer index (`__index__`), such as a numpy integer scalar.
public protocol PyIndexable: AnyObject {
    func pyIndex() throws -> Int
}

/// Python's `dict`: insertion-ordered, with Python's key equality (`1 == 1.0 == True`).
public final class PyDict: PyObject {
    public var table = HashTable()
    public override init() {}
    public override var pyType: PyType { PyType.dict }
    public var count: Int { table.count }
}

/// Python's `set` and `frozenset`, iterating in CPython's slot order so that sets of small
/// integers print as CPython prints them.
public final class PySet: PyObject {
    public var table = SetTable()
    public let frozen: Bool
    public init(frozen: Bool = false) { self.frozen = frozen }
    public override var pyType: PyType { frozen ? PyType.frozenset : PyType.set }
    public var count: Int { table.count }
}

/// A dictionary view: `dict_keys`, `dict_values`, `dict_items`.
public final class PyDictView: PyObject {
    public enum Kind { case keys, values, items }
    public let dict: PyDict
    public let kind: Kind

    public init(dict: PyDict, kind: Kind) {
        self.dict = dict
        self.kind = kind
    }
    public override var pyType: PyType {
        switch kind {
        case .keys: return PyType.dictKeys
        case .values: return PyType.dictValues
        case .items: return PyType.dictItems
        }
    }
}

/// A module: a namespace of globals.
public final class PyModule: PyObject {
    public let name: String
    public let globals: Globals
    public init(name: String, globals: Globals? = nil) {
        self.name = name
        self.globals = globals ?? Globals(moduleName: name)
    }
    public override var pyType: PyType { PyType.module }

    /// Sets a module attribute.
    public subscript(name: String) -> Value? {
        get { globals.get(name) }
        set { globals.set(name, newValue) }
    }

    /// Adds a native function to the module.
    public func function(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        globals.set(name, .object(PyBuiltinFunction(name: name, owner: nil, binds: false, fn)))
    }
}

/// Python's `bytes` (literals and a few operations).
public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public override var pyType: PyType { PyType.bytes }
}
