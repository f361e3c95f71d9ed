import Foundation

extension Interpreter {
    nonisolated(unsafe) private static var typesInstalled = false
    private static let installLock = NSLock()

    /// Fills the built-in types' dictionaries once per process.
    static func installBuiltinTypesOnce() {
        installLock.lock()
        defer { installLock.unlock() }
        if typesInstalled { return }
        typesInstalled = true
        installObjectType()
        installNumberTypes()
        installStrType()
        installListAndTuple()
        installDictType()
        installSetType()
        installExceptionTypes()
        installCallableTypes()
        installMiscTypes()
        installBytesType()
    }

    // MARK: object and type

    private static func installObjectType() {
        let o = PyType.object
        o.newHook = { _, cls, _ in .object(PyInstance(cls: cls)) }
        o.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: "object", binds: true) { _, _ in .none })
        o.dict["__new__"] = .object(PyStaticMethod(.object(PyBuiltinFunction(name: "__new__", owner: "object") { i, a in
            guard case .object(let c)? = a.positional.first, let cls = c as? PyType else {
                throw PyError.typeError("object.__new__(X): X is not a type object")
            }
            if let hook = cls.effectiveNewHook { return try hook(i, cls, Args()) }
            return .object(PyInstance(cls: cls))
        })))
        o.property("__class__", get: { _, v in .object(v.pyType) })
        o.property("__dict__", get: { i, v in
            guard case .object(let obj) = v, let attrs = obj.attributes else {
                throw PyError.attributeError("'\(v.typeName)' object has no attribute '__dict__'")
            }
            let d = PyDict()
            for (k, x) in attrs { try i.dictSet(d, .str(k), x) }
            return .object(d)
        })
        o.method("__setattr__") { i, a in
            guard a.count == 3, case .object(let obj) = a[0], let name = a[1].asString else {
                throw PyError.typeError("expected 2 arguments, got \(max(0, a.count - 1))")
            }
            try i.genericSetAttribute(obj, obj.pyType, name, a[2])
            return .none
        }
        o.method("__getattribute__") { i, a in
            guard a.count == 2, let name = a[1].asString else { throw PyError.typeError("expected 1 argument") }
            return try i.getAttribute(a[0], name)
        }
        o.method("__repr__") { i, a in
            guard case .object(let obj)? = a.positional.first else { return .str(try i.repr(a.positional.first ?? .none)) }
            return .str(i.defaultRepr(obj))
        }
        o.method("__str__") { i, a in .str(try i.repr(a.positional.first ?? .none)) }
        o.method("__eq__") { _, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            return a[0].isIdentical(to: a[1]) ? .true : .notImplemented
        }
        o.method("__ne__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            return .bool(try !i.equals(a[0], a[1]))
        }
        o.method("__hash__") { i, a in
            guard case .object(let obj)? = a.positional.first else { return .int(try i.hash(a.positional.first ?? .none)) }
            return .int(ObjectIdentifier(obj).hashValue >> 4)
        }
        o.method("__format__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            if let s = a[1].asString, !s.isEmpty {
                throw PyError.typeError("unsupported format string passed to \(a[0].typeName).__format__")
            }
            return .str(try i.str(a[0]))
        }
        o.classMethod("__init_subclass__") { _, _ in .none }
        // `__eq__`, `__ne__`, `__hash__`, `__repr__`, `__str__` above are found by explicit calls
        // (`object.__eq__(a, b)`, `super().__repr__()`); the interpreter's fast paths skip them.

        let t = PyType.type
        t.newHook = { i, _, a in
            if a.count == 1 { return .object(a[0].pyType) }
            guard a.count == 3, let name = a[0].asString else {
                throw PyError.typeError("type() takes 1 or 3 arguments")
            }
            var ns: AttrDict = [:]
            if case .object(let d) = a[2], let dict = d as? PyDict {
                for (k, v) in dict.table.entries { if let ks = k.asString { ns[ks] = v } }
            }
            return try i.makeClass(name: name, qualname: name, module: "__main__", bases: try i.collect(a[1]), namespace: ns, keywords: [])
        }
        t.property("__name__", get: { _, v in .str((v.asObject as? PyType)?.name ?? "") }, set: { _, v, n in
            (v.asObject as? PyType)?.name = n.asString ?? ""
        })
        t.property("__qualname__", get: { _, v in .str((v.asObject as? PyType)?.qualname ?? "") })
        t.property("__module__", get: { _, v in
            guard let c = v.asObject as? PyType else { return .none }
            return c.dict["__module__"] ?? .str(c.module)
        })
        t.property("__doc__", get: { _, v in (v.asObject as? PyType)?.dict["__doc__"] ?? .none })
        t.property("__bases__", get: { _, v in .object(PyTuple(((v.asObject as? PyType)?.bases ?? []).map { .object($0) })) })
        t.property("__base__", get: { _, v in ((v.asObject as? PyType)?.bases.first).map { .object($0) } ?? .none })
        t.property("__mro__", get: { _, v in .object(PyTuple(((v.asObject as? PyType)?.mro ?? []).map { .object($0) })) })
        t.property("__dict__", get: { i, v in
            let d = PyDict()
            for (k, x) in (v.asObject as? PyType)?.dict ?? [:] { try i.dictSet(d, .str(k), x) }
            return .object(d)
        })
        t.method("mro") { _, a in .object(PyList(((a.positional.first?.asObject as? PyType)?.mro ?? []).map { .object($0) })) }
        t.method("__repr__") { _, a in .str((a.positional.first?.asObject as? PyType)?.reprString ?? "") }
        t.method("__subclasses__") { _, _ in .object(PyList()) }
    }

    // MARK: Misc types: range, slice, NoneType, module, generator, iterators, views

    private static func installMiscTypes() {
        PyType.range.newHook = { i, _, a in
            try a.noKeywords("range")
            func intArg(_ v: Value) throws -> Int {
                if case .float = v { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
                return try i.index(v)
            }
            switch a.count {
            case 1: return .object(PyRange(start: 0, stop: try intArg(a[0]), step: 1))
            case 2: return .object(PyRange(start: try intArg(a[0]), stop: try intArg(a[1]), step: 1))
            case 3:
                let step = try intArg(a[2])
                if step == 0 { throw PyError.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(start: try intArg(a[0]), stop: try intArg(a[1]), step: step))
            case 0: throw PyError.typeError("range expected at least 1 argument, got 0")
            default: throw PyError.typeError("range expected at most 3 arguments, got \(a.count)")
            }
        }
        let r = PyType.range
        r.method("__repr__") { _, a in
            guard let x = a.positional.first?.asObject as? PyRange else { return .str("range") }
            return .str(x.step == 1 ? "range(\(x.start), \(x.stop))" : "range(\(x.start), \(x.stop), \(x.step))")
        }
        r.property("start", get: { _, v in .int((v.asObject as? PyRange)?.start ?? 0) })
        r.property("stop", get: { _, v in .int((v.asObject as? PyRange)?.stop ?? 0) })
        r.property("step", get: { _, v in .int((v.asObject as? PyRange)?.step ?? 1) })
        r.method("index") { i, a in
            guard a.count == 2 else { throw PyError.typeError("index() takes exactly one argument") }
            let items = try i.collect(a[0])
            for (k, x) in items.enumerated() where try i.equals(x, a[1]) { return .int(k) }
            throw PyError.valueError("\(try i.repr(a[1])) is not in range")
        }
        r.method("count") { i, a in
            guard a.count == 2 else { throw PyError.typeError("count() takes exactly one argument") }
            return .int(try i.collect(a[0]).filter { try i.equals($0, a[1]) }.count)
        }

        PyType.slice.newHook = { _, _, a in
            switch a.count {
            case 1: return .object(PySlice(start: .none, stop: a[0], step: .none))
            case 2: return .object(PySlice(start: a[0], stop: a[1], step: .none))
            case 3: return .object(PySlice(start: a[0], stop: a[1], step: a[2]))
            default: throw PyError.typeError("slice expected at least 1 argument, got \(a.count)")
            }
        }
        let s = PyType.slice
        s.method("__repr__") { i, a in
            guard let x = a.positional.first?.asObject as? PySlice else { return .str("slice") }
            return .str("slice(\(try i.repr(x.start)), \(try i.repr(x.stop)), \(try i.repr(x.step)))")
        }
        s.property("start", get: { _, v in (v.asObject as? PySlice)?.start ?? .none })
        s.property("stop", get: { _, v in (v.asObject as? PySlice)?.stop ?? .none })
        s.property("step", get: { _, v in (v.asObject as? PySlice)?.step ?? .none })
        s.method("indices") { i, a in
            guard a.count == 2, let x = a[0].asObject as? PySlice else { throw PyError.typeError("indices() takes exactly one argument") }
            let (start, stop, step, _) = try x.indices(length: try i.index(a[1]))
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }

        PyType.noneType.method("__repr__") { _, _ in .str("None") }
        PyType.noneType.method("__bool__") { _, _ in .false }
        PyType.notImplementedType.method("__repr__") { _, _ in .str("NotImplemented") }
        PyType.ellipsisType.method("__repr__") { _, _ in .str("Ellipsis") }
        PyType.module.method("__repr__") { _, a in
            let m = a.positional.first?.asObject as? PyModule
            return .str("<module '\(m?.name ?? "?")' (built-in)>")
        }
        PyType.module.property("__name__", get: { _, v in .str((v.asObject as? PyModule)?.name ?? "") })
        PyType.cell.method("__repr__") { i, a in .str("<cell at 0x\(String(UInt(bitPattern: ObjectIdentifier(a[0].asObject ?? PyType.object).hashValue), radix: 16))>") }

        for t in [PyType.iterator, PyType.generator] {
            t.method("__iter__") { _, a in a[0] }
            t.method("__next__") { i, a in
                guard let it = a.positional.first?.asObject as? PyIterObject else { throw PyError.typeError("not an iterator") }
                if let v = try it.next(i) { return v }
                if let g = it as? PyGenerator, !g.returnValue.isNone { throw PyError.stopIteration(g.returnValue) }
                throw PyError.stopIteration()
            }
        }
        let g = PyType.generator
        g.method("send") { i, a in
            guard a.count == 2, let gen = a[0].asObject as? PyGenerator else {
                if let it = a.positional.first?.asObject as? PyIterObject, a.count == 2 {
                    if let v = try it.next(i) { return v }
                    throw PyError.stopIteration()
                }
                throw PyError.typeError("send() takes exactly one argument")
            }
            if let v = try gen.send(i, a[1]) { return v }
            throw PyError.stopIteration(gen.returnValue.isNone ? nil : gen.returnValue)
        }
        g.method("close") { _, a in
            (a.positional.first?.asObject as? PyGenerator)?.close()
            return .none
        }
        g.method("throw") { i, a in
            guard a.count >= 2, let gen = a[0].asObject as? PyGenerator else { throw PyError.typeError("throw expected at least 1 argument") }
            let exc = try i.makeException(a[1])
            if let v = try gen.send(i, .none, throwing: PyError(exc)) { return v }
            throw PyError.stopIteration()
        }
        g.method("__repr__") { _, a in
            let name = (a.positional.first?.asObject as? PyGenerator)?.qualname ?? "<genexpr>"
            return .str("<generator object \(name) at 0x\(String(UInt(bitPattern: ObjectIdentifier(a[0].asObject ?? PyType.object).hashValue), radix: 16))>")
        }

        for (t, name) in [(PyType.dictKeys, "dict_keys"), (PyType.dictValues, "dict_values"), (PyType.dictItems, "dict_items")] {
            t.method("__repr__") { i, a in
                let items = try i.collect(a[0])
                return .str("\(name)([" + (try items.map { try i.repr($0) }.joined(separator: ", ")) + "])")
            }
            t.method("__len__") { i, a in .int(try i.length(a[0])) }
            t.method("__iter__") { i, a in .object(try i.iterate(a[0])) }
            t.method("isdisjoint") { i, a in
                guard a.count == 2 else { throw PyError.typeError("isdisjoint() takes exactly one argument") }
                for x in try i.collect(a[1]) where try i.contains(a[0], x) { return .false }
                return .true
            }
        }

        PyType.bytes.method("__repr__") { _, a in
            .str(pyBytesRepr((a.positional.first?.asObject as? PyBytes)?.bytes ?? []))
        }
        PyStream.type.method("write") { i, a in
            guard a.count == 2, let st = a[0].asObject as? PyStream else { throw PyError.typeError("write() takes exactly one argument") }
            guard let s = a[1].asString else { throw PyError.typeError("write() argument must be str, not \(a[1].typeName)") }
            st.sink.write(s)
            return .int(s.unicodeScalars.count)
        }
        PyStream.type.method("flush") { _, a in
            (a.positional.first?.asObject as? PyStream)?.sink.flush()
            return .none
        }
    }
}

/// Python's `repr` of a `bytes` value: `b'...'` with Python's escapes.
public func pyBytesRepr(_ bytes: [UInt8]) -> String {
    let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
    var out = "b" + String(Unicode.Scalar(quote))
    for c in bytes {
        switch c {
        case 0x5c: out += "\\\\"
        case quote: out += "\\" + String(Unicode.Scalar(c))
        case 0x0a: out += "\\n"
        case 0x0d: out += "\\r"
        case 0x09: out += "\\t"
        case 0x20..<0x7f: out.unicodeScalars.append(Unicode.Scalar(c))
        default: out += String(format: "\\x%02x", c)
        }
    }
    return out + String(Unicode.Scalar(quote))
}
