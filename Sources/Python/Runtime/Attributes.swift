extension Interpreter {
    /// Binds a class attribute found on `type` to `receiver`, as Python's descriptors do.
    public func bind(_ descriptor: Value, to receiver: Value, type: PyType) -> Value {
        guard case .object(let o) = descriptor else { return descriptor }
        switch o {
        case is PyFunction:
            return .object(PyBoundMethod(receiver: receiver, function: descriptor))
        case let b as PyBuiltinFunction where b.binds:
            return .object(PyBoundMethod(receiver: receiver, function: descriptor))
        case let c as PyClassMethod:
            return .object(PyBoundMethod(receiver: .object(type), function: c.function))
        case let s as PyStaticMethod:
            return s.function
        default:
            return descriptor
        }
    }

    /// `obj.name`.
    public func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if case .object(let o) = v {
            switch o {
            case let inst as PyInstance where !(inst is PyBaseException):
                // The common case: an attribute of a user object.
                let t = inst.cls
                let descr = t.lookup(name)
                if let d = descr, case .object(let dobj) = d, dobj is PyProperty || dobj is PyNativeProperty {
                    return try getDescriptor(dobj, v)
                }
                if let r = inst.dict[name] { return r }
                if let d = descr { return try bindDescriptor(d, to: v, type: t) }
                return try missingAttribute(v, t, name)
            case let m as PyModule:
                if let r = m.globals.get(name) { return r }
                // A native module's globals hold no `__name__`; a Python module's do.
                if name == "__name__" { return .str(m.name) }
                // PEP 562: a module-level __getattr__ supplies missing attributes.
                if let hook = m.globals.get("__getattr__") { return try call(hook, Args([.str(name)])) }
                if name == "__dict__" {
                    let d = PyDict()
                    for (k, x) in m.globals.items { try dictSet(d, .str(k), x) }
                    return .object(d)
                }
                throw PyError.attributeError("module '\(m.name)' has no attribute '\(name)'")
            case let t as PyType:
                return try typeAttribute(t, name)
            case let s as PySuper:
                return try superAttribute(s, name)
            default:
                break
            }
        }
        let t = v.pyType
        let descr = t.lookup(name)
        if let d = descr, case .object(let dobj) = d, dobj is PyProperty || dobj is PyNativeProperty {
            return try getDescriptor(dobj, v)
        }
        if case .object(let o) = v, let attrs = o.attributes, let r = attrs[name] { return r }
        if let d = descr { return try bindDescriptor(d, to: v, type: t) }
        return try missingAttribute(v, t, name)
    }

    /// `bind`, plus objects whose type defines `__get__` (e.g. a `tf.function` used as a method).
    func bindDescriptor(_ d: Value, to receiver: Value, type: PyType) throws -> Value {
        if case .object(let o) = d, !(o is PyFunction || o is PyBuiltinFunction || o is PyClassMethod || o is PyStaticMethod || o is PyType),
           let get = o.pyType.lookup("__get__") {
            return try call(bind(get, to: d, type: o.pyType), Args([receiver, .object(type)]))
        }
        return bind(d, to: receiver, type: type)
    }

    private func getDescriptor(_ d: PyObject, _ v: Value) throws -> Value {
        if let p = d as? PyNativeProperty { return try p.get(self, v) }
        if let p = d as? PyProperty {
            if p.fget.isNone { throw PyError.attributeError("property of '\(v.typeName)' object has no getter") }
            return try call(p.fget, Args([v]))
        }
        return .none
    }

    private func missingAttribute(_ v: Value, _ t: PyType, _ name: String) throws -> Value {
        if let ga = t.lookup("__getattr__") {
            return try call(bind(ga, to: v, type: t), Args([.str(name)]))
        }
        throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'")
    }

    /// Attribute of a class: its MRO, then the metaclass.
    private func typeAttribute(_ t: PyType, _ name: String) throws -> Value {
        let meta = t.pyType
        if let d = meta.lookup(name), case .object(let dobj) = d, dobj is PyNativeProperty || dobj is PyProperty {
            return try getDescriptor(dobj, .object(t))
        }
        if let v = t.lookup(name) {
            if case .object(let o) = v {
                if let c = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(t), function: c.function)) }
                if let s = o as? PyStaticMethod { return s.function }
            }
            return v
        }
        if let d = meta.lookup(name) { return bind(d, to: .object(t), type: meta) }
        throw PyError.attributeError("type object '\(t.name)' has no attribute '\(name)'")
    }

    private func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
        let mro = s.receiverType.mro
        var start = 0
        if let i = mro.firstIndex(where: { $0 === s.startAfter }) { start = i + 1 }
        for t in mro[start...] {
            if let d = t.dict[name] {
                if case .object(let o) = d, let p = o as? PyProperty {
                    return try call(p.fget, Args([s.receiver]))
                }
                if case .object(let o) = d, let p = o as? PyNativeProperty {
                    return try p.get(self, s.receiver)
                }
                if case .object(let o) = s.receiver, o is PyType, case .object(let f) = d, f is PyFunction {
                    return d
                }
                return bind(d, to: s.receiver, type: s.receiverType)
            }
        }
        throw PyError.attributeError("'super' object has no attribute '\(name)'")
    }

    /// `obj.name = value`.
    public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let o) = v else {
            throw PyError.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
        }
        if let t = o as? PyType {
            if t.isBuiltin && t.module == "builtins" {
                throw PyError.typeError("cannot set '\(name)' attribute of immutable type '\(t.name)'")
            }
            t.setAttribute(name, value)
            return
        }
        if let m = o as? PyModule {
            m.globals.set(name, value)
            return
        }
        let t = o.pyType
        if let sa = t.lookup("__setattr__"), case .object(let so) = sa, so is PyFunction {
            _ = try call(bind(sa, to: v, type: t), Args([.str(name), value]))
            return
        }
        try genericSetAttribute(o, t, name, value)
    }

    /// `object.__setattr__`: descriptors first, then the instance dictionary.
    func genericSetAttribute(_ o: PyObject, _ t: PyType, _ name: String, _ value: Value) throws {
        if let d = t.lookup(name), case .object(let dobj) = d {
            if let p = dobj as? PyProperty {
                if p.fset.isNone {
                    throw PyError.attributeError("property '\(name)' of '\(t.name)' object has no setter")
                }
                _ = try call(p.fset, Args([.object(o), value]))
                return
            }
            if let p = dobj as? PyNativeProperty {
                guard let set = p.set else {
                    throw PyError.attributeError("attribute '\(name)' of '\(t.name)' objects is not writable")
                }
                try set(self, .object(o), value)
                return
            }
        }
        if let inst = o as? PyInstance {
            inst.dict[name] = value
            return
        }
        if o.hasAttributes {
            o.attributes?[name] = value
            return
        }
        throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'")
    }

    /// `del obj.name`.
    public func deleteAttribute(_ v: Value, _ name: String) throws {
        guard case .object(let o) = v else {
            throw PyError.attributeError("'\(v.typeName)' object has no attribute '\(name)'")
        }
        if let t = o as? PyType {
            if !t.removeAttribute(name) { throw PyError.attributeError("type object '\(t.name)' has no attribute '\(name)'") }
            return
        }
        let t = o.pyType
        if let d = t.lookup(name), case .object(let dobj) = d, let p = dobj as? PyProperty {
            if p.fdel.isNone { throw PyError.attributeError("property '\(name)' of '\(t.name)' object has no deleter") }
            _ = try call(p.fdel, Args([v]))
            return
        }
        if let inst = o as? PyInstance {
            if inst.dict.removeValue(forKey: name) == nil {
                throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'")
            }
            return
        }
        throw PyError.attributeError("'\(t.name)' object has no attribute '\(name)'")
    }

    /// `hasattr`-style lookup that turns AttributeError into nil.
    public func lookupAttribute(_ v: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(v, name)
        } catch let e as PyError where e.isInstance(of: PyType.AttributeError) {
            return nil
        }
    }
}
