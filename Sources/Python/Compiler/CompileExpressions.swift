import PythonSyntax

extension Compiler {
    /// Compiles an expression used as a condition straight to `Bool`.
    func condition(_ e: Expr) throws -> (Frame) throws -> Bool {
        let interp = self.interp
        if case .compare(let l, let items) = e.kind, items.count == 1 {
            let a = try expr(l), b = try expr(items[0].right)
            let op = items[0].op
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    switch op {
                    case .lt: return i < j
                    case .le: return i <= j
                    case .gt: return i > j
                    case .ge: return i >= j
                    case .eq: return i == j
                    case .ne: return i != j
                    default: break
                    }
                }
                return try interp.compareBool(op, x, y)
            }
        }
        if case .unary(.not, let inner) = e.kind {
            let c = try condition(inner)
            return { f in try !c(f) }
        }
        let v = try expr(e)
        return { f in
            let x = try v(f)
            if case .bool(let b) = x { return b }
            return try interp.truthy(x)
        }
    }

    func expr(_ e: Expr) throws -> ExprFn {
        let interp = self.interp
        switch e.kind {
        case .name(let n):
            return load(n)

        case .constant(let c):
            let v = try constantValue(c)
            return { _ in v }

        case .fstring(let parts):
            return try fstring(parts)

        case .tuple(let items):
            if !items.contains(where: isStarred) {
                let fns = try items.map { try expr($0) }
                return { f in
                    var out: [Value] = []
                    out.reserveCapacity(fns.count)
                    for fn in fns { out.append(try fn(f)) }
                    return .object(PyTuple(out))
                }
            }
            let build = try sequenceBuilder(items)
            return { f in .object(PyTuple(try build(f))) }

        case .list(let items):
            let build = try sequenceBuilder(items)
            return { f in .object(PyList(try build(f))) }

        case .set(let items):
            let build = try sequenceBuilder(items)
            return { f in
                let s = PySet()
                for v in try build(f) { try interp.setAdd(s, v) }
                return .object(s)
            }

        case .dict(let items):
            let parts = try items.map { (try $0.key.map { try expr($0) }, try expr($0.value)) }
            let size = parts.count
            let keys = parts.compactMap(\.0)
            if keys.count == size {
                // No `**` unpacking: keys and values side by side, called in place (no closure is
                // copied out of the list, and retained, per item).
                let values = parts.map(\.1)
                return { f in
                    let d = PyDict()
                    d.table.reserveCapacity(size)
                    try keys.withUnsafeBufferPointer { ks in
                        try values.withUnsafeBufferPointer { vs in
                            for j in 0..<size {
                                let key = try ks[j](f)
                                try interp.dictSet(d, key, try vs[j](f))
                            }
                        }
                    }
                    return .object(d)
                }
            }
            return { f in
                let d = PyDict()
                d.table.reserveCapacity(size)
                for (k, v) in parts {
                    if let k {
                        let key = try k(f)
                        try interp.dictSet(d, key, try v(f))
                    } else {
                        try interp.dictUpdate(d, from: try v(f))
                    }
                }
                return .object(d)
            }

        case .starred:
            throw syntaxError("can't use starred expression here", e.range)

        case .attribute(let obj, let name):
            let o = try expr(obj)
            let site = ModuleAttributeSite(name)
            return { f in
                let ov = try o(f)
                if let v = site.value(of: ov) { return v }
                return try interp.getAttribute(ov, name)
            }

        case .subscript(let obj, let index):
            let o = try expr(obj)
            let i = try expr(index)
            return { f in
                let ov = try o(f), iv = try i(f)
                if case .object(let c) = ov, case .int(var k) = iv, let list = c as? PyList {
                    if k < 0 { k += list.items.count }
                    if k >= 0 && k < list.items.count { return list.items[k] }
                }
                return try interp.getItem(ov, iv)
            }

        case .slice(let lo, let hi, let st):
            let l = try lo.map { try expr($0) }, h = try hi.map { try expr($0) }, s = try st.map { try expr($0) }
            return { f in
                .object(PySlice(start: try l?(f) ?? .none, stop: try h?(f) ?? .none, step: try s?(f) ?? .none))
            }

        case .call(let fn, let args):
            return try call(fn, args, e.range)

        case .unary(let op, let v):
            let x = try expr(v)
            switch op {
            case .not:
                let c = try condition(v)
                return { f in .bool(try !c(f)) }
            case .neg:
                return { f in
                    let a = try x(f)
                    if case .int(let i) = a, i != Int.min { return .int(-i) }
                    if case .float(let d) = a { return .float(-d) }
                    return try interp.unary(op, a)
                }
            default:
                return { f in try interp.unary(op, try x(f)) }
            }

        case .binary(let l, let op, let r):
            return try binary(try expr(l), op, try expr(r))

        case .boolOp(let op, let values):
            let fns = try values.map { try expr($0) }
            if op == .and {
                return { f in
                    var v: Value = .none
                    for fn in fns {
                        v = try fn(f)
                        if try !interp.truthy(v) { return v }
                    }
                    return v
                }
            }
            return { f in
                var v: Value = .none
                for fn in fns {
                    v = try fn(f)
                    if try interp.truthy(v) { return v }
                }
                return v
            }

        case .compare(let l, let items):
            // As a value, a comparison is the rich result (numpy and TF return arrays and tensors);
            // a chain is `a < b and b < c`, returning the first false result.
            let first = try expr(l)
            let rest = try items.map { ($0.op, try expr($0.right)) }
            if rest.count == 1 {
                let (op, rf) = rest[0]
                return { f in
                    let x = try first(f), y = try rf(f)
                    if case .int(let i) = x, case .int(let j) = y {
                        switch op {
                        case .lt: return .bool(i < j)
                        case .gt: return .bool(i > j)
                        case .eq: return .bool(i == j)
                        default: break
                        }
                    }
                    return try interp.compareValue(op, x, y)
                }
            }
            return { f in
                var left = try first(f)
                var result: Value = .true
                for (op, rf) in rest {
                    let right = try rf(f)
                    result = try interp.compareValue(op, left, right)
                    if try !interp.truthy(result) { return result }
                    left = right
                }
                return result
            }

        case .ifExp(let test, let body, let orelse):
            let t = try condition(test), b = try expr(body), o = try expr(orelse)
            return { f in try t(f) ? try b(f) : try o(f) }

        case .lambda(let params, let body):
            return try lambda(params, body, e.range)

        case .listComp, .setComp, .dictComp, .generatorExp:
            return try comprehension(e)

        case .yield(let v):
            let x = try v.map { try expr($0) }
            return { f in
                guard let g = f.generator else { throw PyError.runtimeError("yield outside a generator") }
                return try g.yield(try x?(f) ?? .none)
            }

        case .yieldFrom(let v):
            let x = try expr(v)
            return { f in
                guard let g = f.generator else { throw PyError.runtimeError("yield outside a generator") }
                let it = try interp.iterate(try x(f))
                while let item = try it.next(interp) { _ = try g.yield(item) }
                if let gen = it as? PyGenerator { return gen.returnValue }
                return .none
            }

        case .namedExpr(let target, let value):
            let v = try expr(value)
            let st = store(target)
            return { f in
                let x = try v(f)
                try st(f, x)
                return x
            }
        }
    }

    func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    /// Evaluates items of a display, expanding `*iterable`.
    func sequenceBuilder(_ items: [Expr]) throws -> (Frame) throws -> [Value] {
        let interp = self.interp
        let parts = try items.map { item -> (Bool, ExprFn) in
            if case .starred(let inner) = item.kind { return (true, try expr(inner)) }
            return (false, try expr(item))
        }
        return { f in
            var out: [Value] = []
            out.reserveCapacity(parts.count)
            for (star, fn) in parts {
                if star { out.append(contentsOf: try interp.collect(try fn(f))) } else { out.append(try fn(f)) }
            }
            return out
        }
    }

    func constantValue(_ c: Constant) throws -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s):
            guard let b = BigIntValue(s, radix: 10) else { throw PyError.valueError("invalid integer literal") }
            return .bigint(b)
        case .float(let d): return .float(d)
        case .imaginary: throw PyError.notImplemented("complex numbers are not supported")
        case .string(let s): return .str(s)
        case .bytes(let b): return .object(PyBytes(b))
        case .ellipsis: return .object(PySingleton.ellipsis)
        }
    }

    private func fstring(_ parts: [FStringPart]) throws -> ExprFn {
        let interp = self.interp
        enum Piece {
            case text(String)
            case field(ExprFn, Character?, ExprFn?, String?)
        }
        let pieces: [Piece] = try parts.map { p in
            switch p {
            case .literal(let s): return .text(s)
            case .field(let v, let conv, let spec, let debug):
                return .field(try expr(v), conv, try spec.map { try fstring($0) }, debug)
            }
        }
        return { f in
            var out = ""
            for p in pieces {
                switch p {
                case .text(let s): out += s
                case .field(let v, let conv, let spec, let debug):
                    if let debug { out += debug }
                    var x = try v(f)
                    switch conv {
                    case "r": x = .str(try interp.repr(x))
                    case "s": x = .str(try interp.str(x))
                    case "a": x = .str(interp.ascii(try interp.repr(x)))
                    default: break
                    }
                    let specText = try spec.map { try $0(f).asString ?? "" } ?? ""
                    if specText.isEmpty, conv != nil || debug != nil, let s = x.asString { out += s; continue }
                    out += try interp.format(x, specText)
                }
            }
            return .str(out)
        }
    }

    // MARK: Operators

    func binary(_ a: @escaping ExprFn, _ op: BinaryOp, _ b: @escaping ExprFn) throws -> ExprFn {
        let interp = self.interp
        switch op {
        case .add:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p + q)
                }
                return try interp.binaryOp(.add, x, y)
            }
        case .sub:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p - q)
                }
                return try interp.binaryOp(.sub, x, y)
            }
        case .mul:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(r) }
                } else if case .float(let p) = x, case .float(let q) = y {
                    return .float(p * q)
                }
                return try interp.binaryOp(.mul, x, y)
            }
        case .mod:
            return { f in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y, j > 0, i >= 0 { return .int(i % j) }
                return try interp.binaryOp(.mod, x, y)
            }
        default:
            return { f in try interp.binaryOp(op, try a(f), try b(f)) }
        }
    }

    // MARK: Calls

    private func call(_ fn: Expr, _ args: [Argument], _ range: SourceRange) throws -> ExprFn {
        let interp = self.interp
        // Zero-argument super(): the class cell and the first argument of the enclosing method.
        if case .name("super") = fn.kind, args.isEmpty, scope.kind == .function {
            let first = scope.params.first.map { load($0) }
            let classCell = load("__class__")
            return { f in
                guard let first else { throw PyError.runtimeError("super(): no arguments") }
                let cls = try classCell(f)
                guard case .object(let o) = cls, let t = o as? PyType else {
                    throw PyError.runtimeError("super(): __class__ cell not found")
                }
                return try interp.makeSuper(t, try first(f))
            }
        }
        let simple = args.allSatisfy { $0.kind == .positional }
        let argBuilder = try argumentBuilder(args, simple: simple)
        if case .attribute(let objExpr, let name) = fn.kind {
            let o = try expr(objExpr)
            let site = ModuleAttributeSite(name)
            // A method call's arguments come after a slot for the receiver, filled in place.
            let withReceiver = try argumentBuilder(args, simple: simple, receiverSlot: true)
            let methodSite = MethodSite(name)
            return { f in
                let obj = try o(f)
                if let fn = site.value(of: obj) { return try interp.call(fn, try argBuilder(f)) }
                if case .object(let ob) = obj {
                    // An instance's own attribute (looked up before the arguments, as CPython
                    // does), or an attribute of a class, module or super object: no receiver slot.
                    if let inst = ob as? PyInstance, let v = inst.dict[name] {
                        return try interp.call(v, try argBuilder(f))
                    }
                    if ob is PyType || ob is PySuper || ob is PyModule {
                        return try interp.callMethod(obj, name, try argBuilder(f))
                    }
                }
                var a = try withReceiver(f)
                a.positional[0] = obj
                return try interp.callMethod(obj, name, withReceiver: a, site: methodSite)
            }
        }
        let callee = try expr(fn)
        return { f in
            let c = try callee(f)
            return try interp.call(c, try argBuilder(f))
        }
    }

    /// The code that evaluates a call's arguments. With `receiverSlot`, the positional
    /// arguments start with a placeholder for a method's receiver.
    private func argumentBuilder(_ args: [Argument], simple: Bool, receiverSlot: Bool = false) throws -> (Frame) throws -> Args {
        let interp = self.interp
        if simple {
            let fns = try args.map { try expr($0.value) }
            switch (fns.count, receiverSlot) {
            case (0, false): return { _ in Args() }
            case (0, true): return { _ in Args([.none]) }
            case (1, false):
                let a0 = fns[0]
                return { f in Args([try a0(f)]) }
            case (1, true):
                let a0 = fns[0]
                return { f in Args([.none, try a0(f)]) }
            case (2, false):
                let a0 = fns[0], a1 = fns[1]
                return { f in Args([try a0(f), try a1(f)]) }
            case (2, true):
                let a0 = fns[0], a1 = fns[1]
                return { f in Args([.none, try a0(f), try a1(f)]) }
            default:
                return { f in
                    var out: [Value] = []
                    out.reserveCapacity(fns.count + 1)
                    if receiverSlot { out.append(.none) }
                    for fn in fns { out.append(try fn(f)) }
                    return Args(out)
                }
            }
        }
        let parts = try args.map { ($0.kind, $0.name, try expr($0.value)) }
        let positionalCount = args.count { $0.kind == .positional } + (receiverSlot ? 1 : 0)
        let keywordCount = args.count { $0.kind == .keyword }
        return { f in
            var result = Args()
            result.positional.reserveCapacity(positionalCount)
            if receiverSlot { result.positional.append(.none) }
            if keywordCount > 0 { result.keywords.reserveCapacity(keywordCount) }
            for (kind, name, fn) in parts {
                switch kind {
                case .positional:
                    result.positional.append(try fn(f))
                case .star:
                    result.positional.append(contentsOf: try interp.collect(try fn(f)))
                case .keyword:
                    let v = try fn(f)
                    let n = name ?? ""
                    if result.keywords.contains(where: { $0.name == n }) {
                        throw PyError.typeError("keyword argument repeated: \(n)")
                    }
                    result.keywords.append((n, v))
                case .doubleStar:
                    let m = try fn(f)
                    for (k, v) in try interp.mappingItems(m) {
                        guard let ks = k.asString else { throw PyError.typeError("keywords must be strings") }
                        if result.keywords.contains(where: { $0.name == ks }) {
                            throw PyError.typeError("got multiple values for keyword argument '\(ks)'")
                        }
                        result.keywords.append((ks, v))
                    }
                }
            }
            return result
        }
    }
}

/// An `obj.name` in the code: when `obj` is a module, where `name` lives among its globals, so
/// reading it again from the same module hashes no name. A site that reads from something else
/// stops checking.
final class ModuleAttributeSite {
    private let name: String
    private var globals: Globals?
    private var slot = 0
    private var readsOtherObjects = false

    init(_ name: String) { self.name = name }

    /// The attribute, when `v` is a module that has it bound; nil otherwise (the general lookup
    /// then runs, with its errors and the module's `__getattr__`).
    @inline(__always)
    func value(of v: Value) -> Value? {
        guard !readsOtherObjects, case .object(let o) = v else { return nil }
        guard let m = o as? PyModule else {
            readsOtherObjects = true
            return nil
        }
        let g = m.globals
        if g !== globals {
            guard let s = g.index[name] else { return nil }
            globals = g
            slot = s
        }
        return g.values[slot]
    }
}
