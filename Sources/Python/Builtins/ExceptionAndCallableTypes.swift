extension Interpreter {
    static func installExceptionTypes() {
        let b = PyType.BaseException
        b.newHook = { _, cls, a in .object(PyBaseException(cls: cls, args: a.positional)) }
        b.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: "BaseException", binds: true) { _, a in
            if let e = a.positional.first?.asObject as? PyBaseException { e.args = Array(a.positional.dropFirst()) }
            return .none
        })
        b.method("__str__") { i, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .str("") }
            switch e.args.count {
            case 0: return .str("")
            case 1: return .str(try i.str(e.args[0]))
            default: return .str(try i.repr(.object(PyTuple(e.args))))
            }
        }
        b.method("__repr__") { i, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .str("") }
            let name = e.cls.name
            if e.args.count == 1 { return .str("\(name)(\(try i.repr(e.args[0])))") }
            return .str("\(name)(" + (try e.args.map { try i.repr($0) }.joined(separator: ", ")) + ")")
        }
        b.property("args", get: { _, v in .object(PyTuple((v.asObject as? PyBaseException)?.args ?? [])) },
                   set: { i, v, n in (v.asObject as? PyBaseException)?.args = try i.collect(n) })
        b.property("__cause__", get: { _, v in (v.asObject as? PyBaseException)?.cause ?? .none },
                   set: { _, v, n in (v.asObject as? PyBaseException)?.cause = n })
        b.property("__context__", get: { _, v in (v.asObject as? PyBaseException)?.context ?? .none },
                   set: { _, v, n in (v.asObject as? PyBaseException)?.context = n })
        b.property("__suppress_context__", get: { _, v in .bool((v.asObject as? PyBaseException)?.suppressContext ?? false) })
        b.property("__traceback__", get: { _, _ in .none })
        b.method("with_traceback") { _, a in a[0] }
        PyType.KeyError.method("__str__") { i, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .str("") }
            if e.args.count == 1 { return .str(try i.repr(e.args[0])) }
            return .str(try e.args.isEmpty ? "" : i.repr(.object(PyTuple(e.args))))
        }
        // OSError(errno, strerror[, filename]): CPython keeps (errno, strerror) as args and the
        // file name apart, and prints `[Errno 2] No such file or directory: 'x'`.
        let os = PyType.OSError
        os.dict["__init__"] = .object(PyBuiltinFunction(name: "__init__", owner: "OSError", binds: true) { _, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .none }
            let args = Array(a.positional.dropFirst())
            if args.count >= 3 && args.count <= 5 {
                e.dict["filename"] = args[2]
                e.args = Array(args.prefix(2))
            } else {
                e.args = args
            }
            return .none
        })
        os.method("__str__") { i, a in
            guard let e = a.positional.first?.asObject as? PyBaseException else { return .str("") }
            if e.args.count == 2 {
                let head = "[Errno \(try i.str(e.args[0]))] \(try i.str(e.args[1]))"
                if let f = e.dict["filename"], !f.isNone { return .str(head + ": " + (try i.repr(f))) }
                return .str(head)
            }
            switch e.args.count {
            case 0: return .str("")
            case 1: return .str(try i.str(e.args[0]))
            default: return .str(try i.repr(.object(PyTuple(e.args))))
            }
        }
        os.property("errno", get: { _, v in
            guard let e = v.asObject as? PyBaseException, e.args.count >= 2 else { return .none }
            return e.args[0]
        })
        os.property("strerror", get: { _, v in
            guard let e = v.asObject as? PyBaseException, e.args.count >= 2 else { return .none }
            return e.args[1]
        })
        os.property("filename", get: { _, v in (v.asObject as? PyBaseException)?.dict["filename"] ?? .none },
                    set: { _, v, n in (v.asObject as? PyBaseException)?.dict["filename"] = n })
        PyType.StopIteration.property("value", get: { _, v in (v.asObject as? PyBaseException)?.args.first ?? .none })
        PyType.SystemExit.property("code", get: { _, v in (v.asObject as? PyBaseException)?.args.first ?? .none })
    }

    static func installCallableTypes() {
        let f = PyType.function
        f.property("__name__", get: { _, v in .str((v.asObject as? PyFunction)?.name ?? "") },
                   set: { _, v, n in (v.asObject as? PyFunction)?.name = n.asString ?? "" })
        f.property("__qualname__", get: { _, v in .str((v.asObject as? PyFunction)?.qualname ?? "") },
                   set: { _, v, n in (v.asObject as? PyFunction)?.qualname = n.asString ?? "" })
        f.property("__doc__", get: { _, v in (v.asObject as? PyFunction)?.doc ?? .none },
                   set: { _, v, n in (v.asObject as? PyFunction)?.doc = n })
        f.property("__module__", get: { _, v in .str((v.asObject as? PyFunction)?.moduleName ?? "") })
        f.property("__defaults__", get: { _, v in
            guard let fn = v.asObject as? PyFunction, !fn.defaults.isEmpty else { return .none }
            return .object(PyTuple(fn.defaults))
        })
        f.property("__dict__", get: { i, v in
            let d = PyDict()
            for (k, x) in (v.asObject as? PyFunction)?.dict ?? [:] { try i.dictSet(d, .str(k), x) }
            return .object(d)
        })
        f.method("__repr__") { _, a in
            guard let fn = a.positional.first?.asObject as? PyFunction else { return .str("<function>") }
            return .str("<function \(fn.qualname) at 0x\(String(UInt(bitPattern: ObjectIdentifier(fn).hashValue), radix: 16))>")
        }
        f.method("__get__") { _, a in
            guard a.count >= 2 else { throw PyError.typeError("__get__ expected at least 1 argument") }
            if a[1].isNone { return a[0] }
            return .object(PyBoundMethod(receiver: a[1], function: a[0]))
        }
        PyType.builtinFunction.property("__name__", get: { _, v in .str((v.asObject as? PyBuiltinFunction)?.name ?? "") })
        PyType.builtinFunction.property("__qualname__", get: { _, v in
            guard let b = v.asObject as? PyBuiltinFunction else { return .str("") }
            return .str(b.owner.map { "\($0).\(b.name)" } ?? b.name)
        })
        PyType.builtinFunction.method("__repr__") { i, a in
            guard let b = a.positional.first?.asObject as? PyBuiltinFunction else { return .str("<built-in function>") }
            if let owner = b.owner, b.binds { return .str("<method '\(b.name)' of '\(owner)' objects>") }
            return .str("<built-in function \(b.name)>")
        }
        let m = PyType.method
        m.property("__self__", get: { _, v in (v.asObject as? PyBoundMethod)?.receiver ?? .none })
        m.property("__func__", get: { _, v in (v.asObject as? PyBoundMethod)?.function ?? .none })
        m.property("__name__", get: { i, v in try i.getAttribute((v.asObject as? PyBoundMethod)?.function ?? .none, "__name__") })
        m.property("__qualname__", get: { i, v in try i.getAttribute((v.asObject as? PyBoundMethod)?.function ?? .none, "__qualname__") })
        m.method("__repr__") { i, a in
            guard let bm = a.positional.first?.asObject as? PyBoundMethod else { return .str("<bound method>") }
            if let b = bm.function.asObject as? PyBuiltinFunction {
                return .str("<built-in method \(b.name) of \(bm.receiver.typeName) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(b).hashValue), radix: 16))>")
            }
            let q = try i.getAttribute(bm.function, "__qualname__").asString ?? "?"
            return .str("<bound method \(q) of \(try i.repr(bm.receiver))>")
        }

        let p = PyType.property
        p.newHook = { _, _, a in
            let v = try a.bind("property", ["fget", "fset", "fdel", "doc"], required: 0)
            return .object(PyProperty(fget: v[0] ?? .none, fset: v[1] ?? .none, fdel: v[2] ?? .none, doc: v[3] ?? .none))
        }
        p.method("getter") { _, a in
            guard let x = a[0].asObject as? PyProperty, a.count == 2 else { throw PyError.typeError("getter needs a function") }
            return .object(PyProperty(fget: a[1], fset: x.fset, fdel: x.fdel, doc: x.doc))
        }
        p.method("setter") { _, a in
            guard let x = a[0].asObject as? PyProperty, a.count == 2 else { throw PyError.typeError("setter needs a function") }
            return .object(PyProperty(fget: x.fget, fset: a[1], fdel: x.fdel, doc: x.doc))
        }
        p.method("deleter") { _, a in
            guard let x = a[0].asObject as? PyProperty, a.count == 2 else { throw PyError.typeError("deleter needs a function") }
            return .object(PyProperty(fget: x.fget, fset: x.fset, fdel: a[1], doc: x.doc))
        }
        p.property("fget", get: { _, v in (v.asObject as? PyProperty)?.fget ?? .none })
        p.property("fset", get: { _, v in (v.asObject as? PyProperty)?.fset ?? .none })
        p.property("__doc__", get: { i, v in
            guard let x = v.asObject as? PyProperty else { return .none }
            if !x.doc.isNone { return x.doc }
            return try i.lookupAttribute(x.fget, "__doc__") ?? .none
        })
        PyType.staticmethod.newHook = { _, _, a in
            try a.expect("staticmethod", min: 1, max: 1)
            return .object(PyStaticMethod(a[0]))
        }
        PyType.classmethod.newHook = { _, _, a in
            try a.expect("classmethod", min: 1, max: 1)
            return .object(PyClassMethod(a[0]))
        }
        PyType.staticmethod.property("__func__", get: { _, v in (v.asObject as? PyStaticMethod)?.function ?? .none })
        PyType.classmethod.property("__func__", get: { _, v in (v.asObject as? PyClassMethod)?.function ?? .none })
        PyType.superType.newHook = { i, _, a in
            guard a.count == 2, case .object(let o) = a[0], let t = o as? PyType else {
                throw PyError.runtimeError("super(): no arguments")
            }
            return try i.makeSuper(t, a[1])
        }
        PyType.superType.method("__repr__") { i, a in
            guard let s = a.positional.first?.asObject as? PySuper else { return .str("<super>") }
            return .str("<super: \(s.startAfter.reprString), <\(s.receiverType.name) object>>")
        }
    }
}
