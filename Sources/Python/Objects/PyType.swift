import Synchronization
import Collections
import OrderedCollections

/// A Python class: built-in (`int`, `list`, a native module's `Tensor`) or defined by a program.
public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    /// `builtins` for built-in types, `__main__` for the program's classes, or a native module's name.
    public var module: String
    public private(set) var bases: [PyType]
    public private(set) var mro: [PyType] = []
    /// The class's own attributes. Any change (a method added while a native module is set up,
    /// `cls.attr = value` in a program) invalidates the lookup caches.
    public var dict: AttrDict {
        didSet { PyType.classChanged(builtin: isBuiltin) }
    }
    public var metaclass: PyType?
    /// Creates the instance for `cls(...)` before `__init__` runs; inherited from the nearest base that has one.
    public var newHook: ((Interpreter, PyType, Args) throws -> Value)?
    /// `hash(x)` for instances of exactly this type (not of subclasses), computed without looking
    /// up and calling `__hash__`; a native module sets it beside a `__hash__` method that does the
    /// same.
    public var nativeHash: ((Interpreter, PyObject) throws -> Int)?
    /// Whether instances of this type (but not of its subclasses) get a `__dict__`.
    public let isBuiltin: Bool
    /// A program's class: what `lookup` found (nil for a name found nowhere) at `cacheVersion`.
    private var cache: [String: Value?] = [:]
    /// Bumped whenever any class dictionary or MRO changes; the caches of programs' classes check it.
    static let version = Atomic<Int>(0)
    /// The current value of that counter: what a native module keys a cache of class facts by.
    public static var classVersion: Int { version.load(ordering: .acquiring) }
    /// Bumped whenever a built-in type's dictionary changes. A built-in type's MRO holds only
    /// built-in types, so its cache depends on nothing else.
    static let builtinVersion = Atomic<Int>(0)
    private var cacheVersion = -1
    /// A program's class: what `lookup(_: SpecialName)` found, by the name's index, at `specialVersion`.
    private var specialCache: [Value?] = []
    private var specialVersion = -1
    /// A built-in type's cache. Built-in types are shared by interpreters running on other threads,
    /// so it is an immutable table published atomically; a table that a newer one replaces is kept
    /// (in `retired`), since another thread may still be reading it.
    private let resolved = Atomic<Unmanaged<ResolvedAttributes>?>(nil)
    private let retired = Mutex<[ResolvedAttributes]>([])
    /// Set once a type's table was replaced many times (a program changing a native class in a
    /// loop): from then on it is looked up without a table, so the kept tables stay few.
    private let uncached = Atomic<Bool>(false)

    public init(name: String, qualname: String? = nil, module: String = "builtins", bases: [PyType],
                dict: AttrDict = [:], isBuiltin: Bool = true) {
        self.name = name
        self.qualname = qualname ?? name
        self.module = module
        self.bases = bases
        self.dict = dict
        self.isBuiltin = isBuiltin
        super.init()
        self.mro = (try? PyType.linearize(self, bases)) ?? [self] + bases
    }

    public override var pyType: PyType { metaclass ?? PyType.type }

    /// C3 linearisation, as Python computes `__mro__`.
    static func linearize(_ cls: PyType, _ bases: [PyType]) throws -> [PyType] {
        var seqs: [[PyType]] = bases.map { $0.mro } + [bases]
        var result: [PyType] = [cls]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType?
            for seq in seqs {
                let head = seq[0]
                if !seqs.contains(where: { $0.dropFirst().contains(where: { $0 === head }) }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = bases.map { $0.name }.joined(separator: ", ")
                throw PyError.typeError("Cannot create a consistent method resolution order (MRO) for bases \(names)")
            }
            result.append(next)
            seqs = seqs.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
    }

    /// Recomputes the MRO after `bases` is set for a new class; throws Python's TypeError when impossible.
    func setBases(_ newBases: [PyType]) throws {
        bases = newBases
        mro = try PyType.linearize(self, newBases)
        PyType.classChanged(builtin: isBuiltin)
    }

    /// Invalidates the lookup caches after a class's dictionary or MRO changed.
    static func classChanged(builtin: Bool) {
        if builtin { builtinVersion.add(1, ordering: .releasing) }
        version.add(1, ordering: .releasing)
    }

    /// Looks `name` up along the MRO, as `type.__getattribute__` does for class attributes.
    /// Empties a class of a finished program (`Interpreter.tearDown`): its attributes, its lookup
    /// cache and its MRO, which lists the class itself.
    func release() {
        dict = [:]
        mro = []
        cache = [:]
        specialCache = []
    }

    public func lookup(_ name: String) -> Value? {
        if isBuiltin {
            if uncached.load(ordering: .relaxed) {
                for t in mro {
                    if let v = t.dict[name] { return v }
                }
                return nil
            }
            let version = PyType.builtinVersion.load(ordering: .acquiring)
            if let table = resolved.load(ordering: .acquiring),
               let found = table._withUnsafeGuaranteedRef({ $0.version == version ? Optional($0.table[name]) : nil }) {
                return found
            }
            return resolveBuiltin(version)[name]
        }
        let version = PyType.version.load(ordering: .acquiring)
        if cacheVersion != version {
            cache.removeAll(keepingCapacity: true)
            cacheVersion = version
        }
        if let hit = cache[name] { return hit }
        var found: Value?
        for t in mro {
            if let v = t.dict[name] {
                found = v
                break
            }
        }
        cache[name] = .some(found)
        return found
    }

    /// `lookup(name.name)` without hashing the name: what it finds is kept by the name's index
    /// (for a built-in type, in its published table), so the operators, subscripts, `len` and
    /// `with` of a loop look their methods up by an array index.
    public func lookup(_ special: SpecialName) -> Value? {
        guard special.index >= 0 else { return lookup(special.name) }
        if isBuiltin {
            if uncached.load(ordering: .relaxed) { return lookup(special.name) }
            let version = PyType.builtinVersion.load(ordering: .acquiring)
            if let table = resolved.load(ordering: .acquiring),
               let found = table._withUnsafeGuaranteedRef({ $0.version == version ? Optional($0.special[special.index]) : nil }) {
                return found
            }
            _ = resolveBuiltin(version)
            return lookup(special.name)
        }
        let version = PyType.version.load(ordering: .acquiring)
        if specialVersion != version {
            specialCache = SpecialName.all.map { lookup($0.name) }
            specialVersion = version
        }
        return specialCache[special.index]
    }

    /// Builds and publishes a built-in type's table of attributes along its MRO (the nearest wins).
    private func resolveBuiltin(_ version: Int) -> [String: Value] {
        var table: [String: Value] = [:]
        for t in mro.reversed() {
            for (k, v) in t.dict { table[k] = v }
        }
        let fresh = Unmanaged.passRetained(ResolvedAttributes(version: version, table: table,
                                                              special: SpecialName.all.map { table[$0.name] }))
        if let old = resolved.exchange(fresh, ordering: .acquiringAndReleasing) {
            let kept = old.takeRetainedValue()
            let count = retired.withLock { list -> Int in
                list.append(kept)
                return list.count
            }
            if count >= 64 { uncached.store(true, ordering: .relaxed) }
        }
        return table
    }

    deinit {
        resolved.load(ordering: .acquiring)?.release()
    }

    /// Sets a class attribute and invalidates lookup caches.
    public func setAttribute(_ name: String, _ value: Value) {
        dict[name] = value
    }

    public func removeAttribute(_ name: String) -> Bool {
        dict.removeValue(forKey: name) != nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The nearest `newHook` along the MRO.
    var effectiveNewHook: ((Interpreter, PyType, Args) throws -> Value)? {
        for t in mro { if let h = t.newHook { return h } }
        return nil
    }

    /// Whether instances of this class carry an attribute dictionary: user classes do.
    public var instancesHaveDict: Bool { mro.contains { !$0.isBuiltin } }

    /// Python's `repr` of a class: `<class 'int'>`, `<class '__main__.Foo'>`.
    public var reprString: String {
        module == "builtins" ? "<class '\(qualname)'>" : "<class '\(module).\(qualname)'>"
    }

    // MARK: Defining native methods

    /// Adds a native method; `self` is `args[0]` when called.
    public func method(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        dict[name] = .object(PyBuiltinFunction(name: name, owner: self.name, binds: true, fn))
    }

    /// Adds a native read-only (or read-write) property.
    public func property(_ name: String, get: @escaping (Interpreter, Value) throws -> Value,
                         set: ((Interpreter, Value, Value) throws -> Void)? = nil) {
        dict[name] = .object(PyNativeProperty(name: name, owner: self.name, get: get, set: set))
    }

    /// Adds a native static function (no `self`).
    public func staticMethod(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        dict[name] = .object(PyStaticMethod(.object(PyBuiltinFunction(name: name, owner: self.name, binds: false, fn))))
    }

    /// Adds a native class method (`cls` is `args[0]`).
    public func classMethod(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        dict[name] = .object(PyClassMethod(.object(PyBuiltinFunction(name: name, owner: self.name, binds: false, fn))))
    }
}

/// Every attribute along a built-in type's MRO, as `PyType.lookup` finds it, at one version of
/// the built-in types.
private final class ResolvedAttributes: @unchecked Sendable {
    let version: Int
    let table: [String: Value]
    /// The table's values for `SpecialName.all`, by index.
    let special: [Value?]
    init(version: Int, table: [String: Value], special: [Value?]) {
        self.version = version
        self.table = table
        self.special = special
    }
}

/// A method name the interpreter looks up on a type for every operation it runs (`__mul__`,
/// `__getitem__`, `__enter__`, ...): numbered, so a type keeps what it found in an array.
public struct SpecialName: Sendable {
    public let name: String
    let index: Int

    public static let all: [SpecialName] = [
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__matmul__", "__rmatmul__",
        "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__",
        "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__",
        "__xor__", "__rxor__", "__getitem__", "__len__", "__iter__", "__next__", "__enter__", "__exit__",
    ].enumerated().map { SpecialName(name: $0.element, index: $0.offset) }

    /// The entry for a name of `all`.
    static func named(_ name: String) -> SpecialName {
        all.first { $0.name == name } ?? SpecialName(name: name, index: -1)
    }

    public static let getitem = named("__getitem__")
    public static let len = named("__len__")
    public static let iter = named("__iter__")
    public static let next = named("__next__")
    public static let enter = named("__enter__")
    public static let exit = named("__exit__")
}
