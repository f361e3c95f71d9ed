/// Arguments of a call: positional values, then keyword arguments in the order written.
public struct Args {
    public var positional: [Value]
    public var keywords: [(name: String, value: Value)]

    public init(_ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }

    /// The same arguments after `receiver` (a method's `self`), in one array literal for the
    /// common counts (no reallocation to insert it in front).
    func prepending(_ receiver: Value) -> Args {
        let p = positional
        let all: [Value]
        switch p.count {
        case 0: all = [receiver]
        case 1: all = [receiver, p[0]]
        case 2: all = [receiver, p[0], p[1]]
        case 3: all = [receiver, p[0], p[1], p[2]]
        default: all = [receiver] + p
        }
        return Args(all, keywords: keywords)
    }
    public subscript(i: Int) -> Value { positional[i] }

    /// The keyword argument `name`, if given.
    public func keyword(_ name: String) -> Value? {
        for (k, v) in keywords where k == name { return v }
        return nil
    }

    /// Binds the arguments to parameter names as a Python function `fn(p0, p1, ...)` would,
    /// raising Python's TypeErrors. Returns one slot per parameter, nil where not given.
    /// `required` is how many leading parameters must be present.
    public func bind(_ fn: String, _ params: [String], required: Int = 0) throws -> [Value?] {
        var out = [Value?](repeating: nil, count: params.count)
        if positional.count > params.count {
            if params.count == required {
                throw PyError.typeError("\(fn)() takes \(params.count) positional argument\(params.count == 1 ? "" : "s") but \(positional.count) \(positional.count == 1 ? "was" : "were") given")
            }
            throw PyError.typeError("\(fn)() takes from \(required) to \(params.count) positional arguments but \(positional.count) were given")
        }
        for (i, v) in positional.enumerated() { out[i] = v }
        for (k, v) in keywords {
            guard let i = params.firstIndex(of: k) else {
                throw PyError.typeError("\(fn)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil {
                throw PyError.typeError("\(fn)() got multiple values for argument '\(k)'")
            }
            out[i] = v
        }
        let missing = (0..<required).filter { out[$0] == nil }.map { "'\(params[$0])'" }
        if !missing.isEmpty {
            let list: String
            if missing.count == 1 { list = missing[0] }
            else if missing.count == 2 { list = "\(missing[0]) and \(missing[1])" }
            else { list = missing.dropLast().joined(separator: ", ") + ", and " + (missing.last ?? "") }
            throw PyError.typeError("\(fn)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
        }
        return out
    }

    /// Raises Python's error when any keyword argument is given to a function that takes none.
    public func noKeywords(_ fn: String) throws {
        if !keywords.isEmpty { throw PyError.typeError("\(fn)() takes no keyword arguments") }
    }

    /// Checks the positional count for a function without keyword arguments.
    public func expect(_ fn: String, min: Int, max: Int) throws {
        try noKeywords(fn)
        let n = positional.count
        if n < min || n > max {
            if min == max {
                if min == 0 { throw PyError.typeError("\(fn)() takes no arguments (\(n) given)") }
                if min == 1 { throw PyError.typeError("\(fn)() takes exactly one argument (\(n) given)") }
                throw PyError.typeError("\(fn) expected \(min) arguments, got \(n)")
            }
            if n < min { throw PyError.typeError("\(fn) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)") }
            throw PyError.typeError("\(fn) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
        }
    }
}

extension Optional where Wrapped == Value {
    /// The value, or `default` when absent.
    public func or(_ d: Value) -> Value { self ?? d }
}

/// A function implemented in Swift. In a type's dictionary it binds `self` like a method.
public final class PyBuiltinFunction: PyObject {
    public let name: String
    public let owner: String?
    public let binds: Bool
    public let fn: (Interpreter, Args) throws -> Value

    public init(name: String, owner: String? = nil, binds: Bool = false, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        self.name = name
        self.owner = owner
        self.binds = binds
        self.fn = fn
    }
    public override var pyType: PyType { PyType.builtinFunction }
}

/// A function or native method bound to its `self`.
public final class PyBoundMethod: PyObject {
    public let receiver: Value
    public let function: Value
    public init(receiver: Value, function: Value) {
        self.receiver = receiver
        self.function = function
    }
    public override var pyType: PyType { PyType.method }
}

/// A property defined in Swift (getter, optional setter).
public final class PyNativeProperty: PyObject {
    public let name: String
    public let owner: String
    public let get: (Interpreter, Value) throws -> Value
    public let set: ((Interpreter, Value, Value) throws -> Void)?
    public init(name: String, owner: String, get: @escaping (Interpreter, Value) throws -> Value,
                set: ((Interpreter, Value, Value) throws -> Void)?) {
        self.name = name
        self.owner = owner
        self.get = get
        self.set = set
    }
    public override var pyType: PyType { PyType.getSetDescriptor }
}

/// Python's `property` object.
public final class PyProperty: PyObject {
    public var fget: Value
    public var fset: Value
    public var fdel: Value
    public var doc: Value
    public init(fget: Value, fset: Value = .none, fdel: Value = .none, doc: Value = .none) {
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.doc = doc
    }
    public override var pyType: PyType { PyType.property }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    public override var pyType: PyType { PyType.staticmethod }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ function: Value) { self.function = function }
    public override var pyType: PyType { PyType.classmethod }
}

/// `super()` bound to a class and an instance (or class).
public final class PySuper: PyObject {
    public let startAfter: PyType
    public let receiver: Value
    public let receiverType: PyType
    public init(startAfter: PyType, receiver: Value, receiverType: PyType) {
        self.startAfter = startAfter
        self.receiver = receiver
        self.receiverType = receiverType
    }
    public override var pyType: PyType { PyType.superType }
}
