import PythonSyntax

extension Interpreter {
    /// Calls any Python callable.
    public func call(_ callee: Value, _ args: Args) throws -> Value {
        guard case .object(let o) = callee else {
            throw PyError.typeError("'\(callee.typeName)' object is not callable")
        }
        switch o {
        case let fn as PyFunction:
            return try invoke(fn, args)
        case let b as PyBuiltinFunction:
            return try b.fn(self, args)
        case let m as PyBoundMethod:
            return try call(m.function, args.prepending(m.receiver))
        case let t as PyType:
            return try construct(t, args)
        default:
            let t = o.pyType
            if let c = t.lookup("__call__") {
                return try call(try bindDescriptor(c, to: callee, type: t), args)
            }
            throw PyError.typeError("'\(t.name)' object is not callable")
        }
    }

    /// Calls a class attribute found on `type` as a method of `receiver`, without making a
    /// bound-method object for functions and native methods.
    func callAttribute(_ attribute: Value, of receiver: Value, type: PyType, _ args: [Value]) throws -> Value {
        if case .object(let o) = attribute {
            if let fn = o as? PyFunction { return try invoke(fn, Args(args).prepending(receiver)) }
            if let b = o as? PyBuiltinFunction, b.binds { return try b.fn(self, Args(args).prepending(receiver)) }
        }
        return try call(bind(attribute, to: receiver, type: type), Args(args))
    }

    /// Calls a method by name without creating a bound-method object when it can.
    public func callMethod(_ receiver: Value, _ name: String, _ args: Args) throws -> Value {
        if case .object(let o) = receiver {
            if o is PyModule || o is PyType || o is PySuper {
                return try call(try getAttribute(receiver, name), args)
            }
            if let inst = o as? PyInstance, let v = inst.dict[name] {
                return try call(v, args)
            }
        }
        let t = receiver.pyType
        if let m = t.lookup(name), case .object(let mo) = m {
            if let fn = mo as? PyFunction {
                if case .object(let o) = receiver, !(o is PyInstance), let own = o.attributes?[name] {
                    return try call(own, args)
                }
                return try invoke(fn, args.prepending(receiver))
            }
            if let b = mo as? PyBuiltinFunction, b.binds {
                return try b.fn(self, args.prepending(receiver))
            }
        }
        return try call(try getAttribute(receiver, name), args)
    }

    /// `callMethod` for a call site that evaluated its arguments after a slot for the receiver
    /// (`args.positional[0]` is the receiver): a method found on the type is called with them as
    /// they are, with no array made to put `self` in front. The site has already sent modules,
    /// classes, super objects and an instance's own attributes to the general lookup.
    func callMethod(_ receiver: Value, _ name: String, withReceiver args: Args, site: MethodSite) throws -> Value {
        if let m = site.lookup(receiver.pyType), case .object(let mo) = m {
            if let fn = mo as? PyFunction {
                // A built-in object's own attribute of that name (as `callMethod` finds it) wins.
                var own = false
                if case .object(let o) = receiver, !(o is PyInstance), o.attributes?[name] != nil { own = true }
                if !own { return try invoke(fn, args) }
            } else if let b = mo as? PyBuiltinFunction, b.binds {
                return try b.fn(self, args)
            }
        }
        return try callMethod(receiver, name, Args(Array(args.positional.dropFirst()), keywords: args.keywords))
    }

    /// Runs a Python function with its arguments bound to parameters.
    func invoke(_ fn: PyFunction, _ args: Args) throws -> Value {
        let code = fn.code
        let frame = Frame(code: code, globals: fn.globals)
        if code.simpleParameters && args.keywords.isEmpty && args.positional.count == code.positionalNames.count {
            for i in 0..<args.positional.count { frame.slots[i] = args.positional[i] }
        } else {
            try bindArguments(fn, args, frame)
        }
        for i in code.cellParams {
            frame.slots[i] = .object(PyCell(frame.slots[i] ?? nil))
        }
        for i in code.cellSlots { frame.slots[i] = .object(PyCell()) }
        if !fn.closure.isEmpty {
            for (k, cell) in fn.closure.enumerated() where k < code.freeSlots.count {
                frame.slots[code.freeSlots[k]] = .object(cell)
            }
        }
        if code.isGenerator {
            return .object(PyGenerator(interp: self, function: fn, frame: frame))
        }
        try enterCall()
        frameStack.append(frame)
        defer {
            frameStack.removeLast()
            leaveCall()
        }
        do {
            _ = try code.body(frame)
        } catch let e as PyError {
            e.exception.traceback.insert(TracebackEntry(filename: code.filename, line: frame.line, function: code.name), at: 0)
            throw e
        }
        // The call is over (nothing keeps a function's frame): its slot array serves the next call.
        code.giveBack(&frame.slots)
        return frame.returnValue
    }

    private func bindArguments(_ fn: PyFunction, _ args: Args, _ frame: Frame) throws {
        let code = fn.code
        let name = fn.qualname
        let nPos = code.positionalNames.count
        let given = args.positional.count
        for i in 0..<min(given, nPos) { frame.slots[i] = args.positional[i] }
        if given > nPos {
            if let v = code.varargsSlot {
                frame.slots[v] = .object(PyTuple(Array(args.positional[nPos...])))
            } else {
                let minimum = nPos - fn.defaults.count
                let takes = minimum == nPos ? "\(nPos)" : "from \(minimum) to \(nPos)"
                let kwGiven = args.keywords.filter { kw in code.keywordOnlyNames.contains(kw.name) }.count
                var msg = "\(name)() takes \(takes) positional argument\(nPos == 1 && minimum == nPos ? "" : "s") but \(given)"
                if kwGiven > 0 {
                    msg += " positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
                } else {
                    msg += " \(given == 1 ? "was" : "were") given"
                }
                throw PyError.typeError(msg)
            }
        } else if let v = code.varargsSlot {
            frame.slots[v] = .object(PyTuple.empty)
        }
        var extra: PyDict?
        if let k = code.kwargsSlot {
            let d = PyDict()
            extra = d
            frame.slots[k] = .object(d)
        }
        for (k, v) in args.keywords {
            if let i = code.positionalNames.firstIndex(of: k), i >= code.positionalOnlyCount {
                if frame.slots[i] != nil {
                    throw PyError.typeError("\(name)() got multiple values for argument '\(k)'")
                }
                frame.slots[i] = v
            } else if let j = code.keywordOnlyNames.firstIndex(of: k) {
                frame.slots[code.keywordOnlyStart + j] = v
            } else if let d = extra {
                try dictSet(d, .str(k), v)
            } else if let i = code.positionalNames.firstIndex(of: k), i < code.positionalOnlyCount {
                throw PyError.typeError("\(name)() got some positional-only arguments passed as keyword arguments: '\(k)'")
            } else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        // Defaults for the trailing positional parameters.
        let firstDefault = nPos - fn.defaults.count
        var missing: [String] = []
        for i in 0..<nPos where frame.slots[i] == nil {
            if i >= firstDefault {
                frame.slots[i] = fn.defaults[i - firstDefault]
            } else {
                missing.append(code.positionalNames[i])
            }
        }
        if !missing.isEmpty {
            throw PyError.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
        var missingKw: [String] = []
        for (j, k) in code.keywordOnlyNames.enumerated() where frame.slots[code.keywordOnlyStart + j] == nil {
            if let d = fn.kwDefaults[k] {
                frame.slots[code.keywordOnlyStart + j] = d
            } else {
                missingKw.append(k)
            }
        }
        if !missingKw.isEmpty {
            throw PyError.typeError("\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(nameList(missingKw))")
        }
    }

    private func nameList(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + (q.last ?? "")
        }
    }

    // MARK: Classes and instances

    /// `cls(*args, **kwargs)`: `__new__` (or the native constructor), then `__init__`.
    func construct(_ t: PyType, _ args: Args) throws -> Value {
        if t === PyType.type && args.positional.count == 1 && args.keywords.isEmpty {
            return .object(args.positional[0].pyType)
        }
        let instance: Value
        var userNew = false
        if let newFn = t.lookup("__new__"), let target = userFunction(newFn) {
            userNew = true
            var a = args
            a.positional.insert(.object(t), at: 0)
            instance = try call(target, a)
        } else if let hook = t.effectiveNewHook {
            instance = try hook(self, t, args)
        } else {
            instance = .object(PyInstance(cls: t))
        }
        guard instance.pyType.isSubtype(of: t) else { return instance }
        if let initFn = t.lookup("__init__") {
            if case .object(let io) = initFn, let b = io as? PyBuiltinFunction, b.owner == "object" {
                if !userNew && (!args.positional.isEmpty || !args.keywords.isEmpty) && t.effectiveNewHook == nil {
                    throw PyError.typeError("\(t.name)() takes no arguments")
                }
                return instance
            }
            let r = try call(bind(initFn, to: instance, type: instance.pyType), args)
            if !r.isNone {
                throw PyError.typeError("__init__() should return None, not '\(r.typeName)'")
            }
        }
        return instance
    }

    /// The Python function behind a `__new__` defined in Python (plain or as a staticmethod).
    private func userFunction(_ v: Value) -> Value? {
        guard case .object(let o) = v else { return nil }
        if o is PyFunction { return v }
        if let sm = o as? PyStaticMethod, case .object(let f) = sm.function, f is PyFunction { return sm.function }
        return nil
    }

    /// Creates a class from a class statement.
    func makeClass(name: String, qualname: String, module: String, bases: [Value], namespace: AttrDict,
                   keywords: [(String, Value)]) throws -> Value {
        var baseTypes: [PyType] = []
        for b in bases {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw PyError.typeError("bases must be types")
            }
            baseTypes.append(t)
        }
        if baseTypes.isEmpty { baseTypes = [PyType.object] }
        var metaclass: Value?
        for (k, v) in keywords where k == "metaclass" { metaclass = v }
        if metaclass == nil, let custom = baseTypes.compactMap({ $0.metaclass }).first { metaclass = .object(custom) }
        if let meta = metaclass, case .object(let mo) = meta, let mt = mo as? PyType, mt !== PyType.type {
            if let hook = mt.lookup("__new__"), case .object(let ho) = hook, ho is PyFunction || ho is PyStaticMethod {
                let d = PyDict()
                for (k, v) in namespace { try dictSet(d, .str(k), v) }
                return try call(.object(mt), Args([.str(name), .object(PyTuple(bases)), .object(d)]))
            }
        }
        let cls = PyType(name: name, qualname: qualname, module: module, bases: baseTypes, dict: namespace, isBuiltin: false)
        try cls.setBases(baseTypes)
        if let meta = metaclass, case .object(let mo) = meta, let mt = mo as? PyType, mt !== PyType.type {
            cls.metaclass = mt
        }
        // Functions in the body become methods; mark `__init_subclass__` hooks of bases.
        for base in cls.mro.dropFirst() {
            if let hook = base.dict["__init_subclass__"], case .object(let ho) = hook, ho is PyFunction || ho is PyClassMethod {
                let fnValue: Value = (ho as? PyClassMethod)?.function ?? hook
                _ = try call(fnValue, Args([.object(cls)]))
                break
            }
        }
        return .object(cls)
    }

    /// `super()` inside a method of `cls`, with `receiver` the method's first argument.
    func makeSuper(_ cls: PyType, _ receiver: Value) throws -> Value {
        let rt: PyType
        if case .object(let o) = receiver, let t = o as? PyType, t.isSubtype(of: cls) {
            rt = t
        } else {
            rt = receiver.pyType
        }
        guard rt.isSubtype(of: cls) else {
            throw PyError.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(startAfter: cls, receiver: receiver, receiverType: rt))
    }

    // MARK: Exceptions

    /// Turns the operand of `raise` into an exception instance.
    func makeException(_ v: Value) throws -> PyBaseException {
        if case .object(let o) = v {
            if let e = o as? PyBaseException { return e }
            if let t = o as? PyType, t.isSubtype(of: PyType.BaseException) {
                let inst = try call(v, Args())
                if case .object(let io) = inst, let e = io as? PyBaseException { return e }
                throw PyError.typeError("calling \(t.reprString) should have returned an instance of BaseException, not \(inst.typeName)")
            }
        }
        throw PyError.typeError("exceptions must derive from BaseException")
    }

    /// Whether an `except` clause's class (or tuple of classes) matches.
    func exceptionMatches(_ exc: PyBaseException, _ spec: Value) throws -> Bool {
        if case .object(let o) = spec {
            if let t = o as? PyType {
                guard t.isSubtype(of: PyType.BaseException) else {
                    throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
                }
                return exc.cls.isSubtype(of: t)
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try exceptionMatches(exc, item) { return true }
                return false
            }
        }
        throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
    }

    // MARK: Imports

    /// `import a.b.c`: imports each prefix; returns the top module or the last one.
    func importDotted(_ name: String, returnTop: Bool) throws -> PyModule {
        let parts = name.split(separator: ".")
        var prefix = ""
        var top: PyModule?
        var last: PyModule?
        for p in parts {
            prefix = prefix.isEmpty ? String(p) : prefix + "." + p
            let m = try importModule(prefix)
            if let parent = last, parent.globals.get(String(p)) == nil {
                parent.globals.set(String(p), .object(m))
            }
            if top == nil { top = m }
            last = m
        }
        guard let result = returnTop ? top : last else {
            throw PyError(PyType.ModuleNotFoundError, "No module named '\(name)'")
        }
        return result
    }

    /// `from m import name`.
    func importFrom(_ m: PyModule, _ name: String) throws -> Value {
        if let v = m.globals.get(name) { return v }
        if let sub = try? importModule(m.name + "." + name) { return .object(sub) }
        throw PyError(PyType.ImportError, "cannot import name '\(name)' from '\(m.name)' (unknown location)")
    }
}

/// A method call site's last lookup: the type it was for and what `PyType.lookup` found there,
/// reused while no class has changed since (a loop calls one method on one type, and the name
/// is then not hashed again).
final class MethodSite {
    private let name: String
    /// Held, so that no other type can take its address while the entry is kept.
    private var type: PyType?
    private var version = -1
    private var found: Value?

    init(_ name: String) { self.name = name }

    @inline(__always)
    func lookup(_ t: PyType) -> Value? {
        let v = PyType.classVersion
        if t === type && v == version { return found }
        found = t.lookup(name)
        type = t
        version = v
        return found
    }
}
