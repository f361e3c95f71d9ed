import PythonSyntax
import Foundation

extension Interpreter {
    /// The `builtins` module object.
    public var builtinsModule: PyModule {
        if let m = modules["builtins"] { return m }
        let m = PyModule(name: "builtins", globals: builtins)
        addModule(m)
        return m
    }

    func defineBuiltin(_ name: String, _ fn: @escaping (Interpreter, Args) throws -> Value) {
        builtins.set(name, .object(PyBuiltinFunction(name: name, fn)))
    }

    func installBuiltinFunctions() {
        for t in [PyType.object, .type, .int, .bool, .float, .str, .list, .tuple, .dict, .set, .frozenset,
                  .range, .slice, .property, .staticmethod, .classmethod, .superType, .bytes] {
            builtins.set(t.name, .object(t))
        }
        for e in PyType.allExceptions { builtins.set(e.name, .object(e)) }
        builtins.set("None", .none)
        builtins.set("True", .true)
        builtins.set("False", .false)
        builtins.set("NotImplemented", .notImplemented)
        builtins.set("Ellipsis", .object(PySingleton.ellipsis))
        builtins.set("__name__", .str("builtins"))
        builtins.set("EnvironmentError", .object(PyType.OSError))
        builtins.set("IOError", .object(PyType.OSError))

        defineBuiltin("open") { i, a in try i.builtinOpen(a) }
        defineBuiltin("print") { i, a in
            var sep = " ", end = "\n"
            var file: Value = .none
            var flush = false
            for (k, v) in a.keywords {
                switch k {
                case "sep": if !v.isNone { guard let s = v.asString else { throw PyError.typeError("sep must be None or a string, not \(v.typeName)") }; sep = s }
                case "end": if !v.isNone { guard let s = v.asString else { throw PyError.typeError("end must be None or a string, not \(v.typeName)") }; end = s }
                case "file": file = v
                case "flush": flush = try i.truthy(v)
                default: throw PyError.typeError("'\(k)' is an invalid keyword argument for print()")
                }
            }
            var text = ""
            for (n, v) in a.positional.enumerated() {
                if n > 0 { text += sep }
                text += try i.str(v)
            }
            text += end
            if file.isNone {
                i.stdout.write(text)
                if flush { i.stdout.flush() }
            } else if case .object(let fo) = file, let stream = fo as? PyStream {
                stream.sink.write(text)
                if flush { stream.sink.flush() }
            } else {
                _ = try i.callMethod(file, "write", Args([.str(text)]))
            }
            return .none
        }
        defineBuiltin("input") { i, a in
            try a.expect("input", min: 0, max: 1)
            if let p = a.positional.first { i.stdout.write(try i.str(p)) }
            i.stdout.flush()
            guard let line = i.stdin.readLine() else { throw PyError(PyType.EOFError, "EOF when reading a line") }
            return .str(line)
        }
        defineBuiltin("len") { i, a in
            try a.expect("len", min: 1, max: 1)
            return .int(try i.length(a[0]))
        }
        defineBuiltin("repr") { i, a in
            try a.expect("repr", min: 1, max: 1)
            return .str(try i.repr(a[0]))
        }
        defineBuiltin("ascii") { i, a in
            try a.expect("ascii", min: 1, max: 1)
            return .str(i.ascii(try i.repr(a[0])))
        }
        defineBuiltin("format") { i, a in
            try a.expect("format", min: 1, max: 2)
            let spec = a.count > 1 ? (a[1].asString ?? "") : ""
            return .str(try i.format(a[0], spec))
        }
        defineBuiltin("abs") { i, a in
            try a.expect("abs", min: 1, max: 1)
            switch a[0] {
            case .int(let x): return x == Int.min ? .bigint(-BigIntValue(x)) : .int(Swift.abs(x))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .object(let o):
                if let b = o as? PyBigInt { return .bigint(b.value.magnitude == b.value.magnitude ? BigIntValue(b.value.magnitude) : b.value) }
                if let m = o.pyType.lookup("__abs__") { return try i.call(i.bind(m, to: a[0], type: o.pyType), Args()) }
            default: break
            }
            throw PyError.typeError("bad operand type for abs(): '\(a[0].typeName)'")
        }
        defineBuiltin("isinstance") { i, a in
            try a.expect("isinstance", min: 2, max: 2)
            return .bool(try i.isInstance(a[0], a[1]))
        }
        defineBuiltin("issubclass") { i, a in
            try a.expect("issubclass", min: 2, max: 2)
            guard case .object(let o) = a[0], let t = o as? PyType else {
                throw PyError.typeError("issubclass() arg 1 must be a class")
            }
            return .bool(try i.classMatches(t, a[1], fn: "issubclass"))
        }
        defineBuiltin("callable") { i, a in
            try a.expect("callable", min: 1, max: 1)
            guard case .object(let o) = a[0] else { return .false }
            return .bool(o is PyFunction || o is PyBuiltinFunction || o is PyBoundMethod || o is PyType || o.pyType.lookup("__call__") != nil)
        }
        defineBuiltin("getattr") { i, a in
            try a.expect("getattr", min: 2, max: 3)
            guard let name = a[1].asString else { throw PyError.typeError("attribute name must be string, not '\(a[1].typeName)'") }
            if a.count == 3 { return try i.lookupAttribute(a[0], name) ?? a[2] }
            return try i.getAttribute(a[0], name)
        }
        defineBuiltin("setattr") { i, a in
            try a.expect("setattr", min: 3, max: 3)
            guard let name = a[1].asString else { throw PyError.typeError("attribute name must be string, not '\(a[1].typeName)'") }
            try i.setAttribute(a[0], name, a[2])
            return .none
        }
        defineBuiltin("delattr") { i, a in
            try a.expect("delattr", min: 2, max: 2)
            guard let name = a[1].asString else { throw PyError.typeError("attribute name must be string, not '\(a[1].typeName)'") }
            try i.deleteAttribute(a[0], name)
            return .none
        }
        defineBuiltin("hasattr") { i, a in
            try a.expect("hasattr", min: 2, max: 2)
            guard let name = a[1].asString else { throw PyError.typeError("attribute name must be string, not '\(a[1].typeName)'") }
            return .bool(try i.lookupAttribute(a[0], name) != nil)
        }
        defineBuiltin("hash") { i, a in
            try a.expect("hash", min: 1, max: 1)
            return .int(try i.hash(a[0]))
        }
        defineBuiltin("id") { _, a in
            try a.expect("id", min: 1, max: 1)
            if case .object(let o) = a[0] { return .int(Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue))) }
            return .int(a[0].asInt ?? 0)
        }
        defineBuiltin("chr") { _, a in
            try a.expect("chr", min: 1, max: 1)
            guard let n = a[0].asInt else { throw PyError.typeError("'\(a[0].typeName)' object cannot be interpreted as an integer") }
            guard n >= 0, n <= 0x10ffff, let u = Unicode.Scalar(UInt32(n)) else {
                throw PyError.valueError("chr() arg not in range(0x110000)")
            }
            return .str(String(u))
        }
        defineBuiltin("ord") { _, a in
            try a.expect("ord", min: 1, max: 1)
            guard let s = a[0].asString else { throw PyError.typeError("ord() expected string of length 1, but \(a[0].typeName) found") }
            let sc = Array(s.unicodeScalars)
            guard sc.count == 1 else { throw PyError.typeError("ord() expected a character, but string of length \(sc.count) found") }
            return .int(Int(sc[0].value))
        }
        defineBuiltin("bin") { i, a in
            try a.expect("bin", min: 1, max: 1)
            return .str(radixString(try i.integerValue(a[0]), 2, "0b"))
        }
        defineBuiltin("oct") { i, a in
            try a.expect("oct", min: 1, max: 1)
            return .str(radixString(try i.integerValue(a[0]), 8, "0o"))
        }
        defineBuiltin("hex") { i, a in
            try a.expect("hex", min: 1, max: 1)
            return .str(radixString(try i.integerValue(a[0]), 16, "0x"))
        }
        defineBuiltin("divmod") { i, a in
            try a.expect("divmod", min: 2, max: 2)
            if case .float = a[0], try i.numberAsDouble(a[1]) == 0 { throw PyError.zeroDivision("float divmod()") }
            if case .float = a[1], try i.numberAsDouble(a[1]) == 0, try i.numberAsDouble(a[0]) != nil { throw PyError.zeroDivision("float divmod()") }
            let q = try i.binaryOp(.floorDiv, a[0], a[1])
            let r = try i.binaryOp(.mod, a[0], a[1])
            return .object(PyTuple([q, r]))
        }
        defineBuiltin("pow") { i, a in
            let p = try a.bind("pow", ["base", "exp", "mod"], required: 2)
            if let m = p[2], !m.isNone {
                guard let b = p[0]?.asBigInt, let e = p[1]?.asBigInt, let mod = m.asBigInt else {
                    throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if mod.isZero { throw PyError.valueError("pow() 3rd argument cannot be 0") }
                if e.signum() < 0 { throw PyError.valueError("pow() negative exponent with modulus is not supported") }
                var r = b.power(e, modulus: mod)
                if !r.isZero && (r.signum() < 0) != (mod.signum() < 0) { r += mod }
                return .bigint(r)
            }
            return try i.binaryOp(.pow, p[0] ?? .none, p[1] ?? .none)
        }
        defineBuiltin("round") { i, a in
            let p = try a.bind("round", ["number", "ndigits"], required: 1)
            let x = p[0] ?? .none
            let nd = p[1].flatMap { $0.isNone ? nil : $0 }
            switch x {
            case .float(let d):
                if let nd {
                    guard let n = nd.asInt else { throw PyError.typeError("'\(nd.typeName)' object cannot be interpreted as an integer") }
                    return .float(pyRoundDouble(d, n))
                }
                if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
                let r = d.rounded(.toNearestOrEven)
                guard let b = doubleToBig(r) else { throw PyError.overflow("cannot convert float infinity to integer") }
                return .bigint(b)
            case .int, .bool:
                guard let v = x.asBigInt else { return x }
                if let nd, let n = nd.asInt, n < 0 {
                    let m = BigIntValue(10).power(-n)
                    let (q, r) = i.bigFloorDivMod(v, m)
                    let twice = r * 2
                    var qq = q
                    if twice > m || (twice == m && !(q % 2).isZero) { qq += 1 }
                    return .bigint(qq * m)
                }
                return .bigint(v)
            case .object(let o):
                if let b = o as? PyBigInt { return .bigint(b.value) }
                if let m = o.pyType.lookup("__round__") {
                    return try i.call(i.bind(m, to: x, type: o.pyType), Args(nd.map { [$0] } ?? []))
                }
            default: break
            }
            throw PyError.typeError("type \(x.typeName) doesn't define __round__ method")
        }
        defineBuiltin("min") { i, a in try i.minMax(a, "min", CompareOp.lt) }
        defineBuiltin("max") { i, a in try i.minMax(a, "max", CompareOp.gt) }
        defineBuiltin("sum") { i, a in
            let p = try a.bind("sum", ["iterable", "start"], required: 1)
            var total = p[1] ?? .int(0)
            if total.asString != nil { throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let it = try i.iterate(p[0] ?? .none)
            while let x = try it.next(i) {
                if case .int(let s) = total, case .int(let y) = x {
                    let (r, o) = s.addingReportingOverflow(y)
                    if !o { total = .int(r); continue }
                }
                if case .float(let s) = total, case .float(let y) = x { total = .float(s + y); continue }
                total = try i.binaryOp(.add, total, x)
            }
            return total
        }
        defineBuiltin("all") { i, a in
            try a.expect("all", min: 1, max: 1)
            let it = try i.iterate(a[0])
            while let x = try it.next(i) { if try !i.truthy(x) { return .false } }
            return .true
        }
        defineBuiltin("any") { i, a in
            try a.expect("any", min: 1, max: 1)
            let it = try i.iterate(a[0])
            while let x = try it.next(i) { if try i.truthy(x) { return .true } }
            return .false
        }
        defineBuiltin("iter") { i, a in
            try a.expect("iter", min: 1, max: 2)
            if a.count == 2 {
                let fn = a[0], sentinel = a[1]
                return .object(ClosureIterator(type: PyType.iterator) { i in
                    let v = try i.call(fn, Args())
                    return try i.equals(v, sentinel) ? nil : v
                })
            }
            let t = a[0].pyType
            if let m = t.lookup("__iter__"), i.isUserFunction(m) {
                return try i.call(i.bind(m, to: a[0], type: t), Args())
            }
            return .object(try i.iterate(a[0]))
        }
        defineBuiltin("next") { i, a in
            try a.expect("next", min: 1, max: 2)
            if case .object(let o) = a[0], let it = o as? PyIterObject, !(it.pyType.lookup("__next__").map(i.isUserFunction) ?? false) {
                if let v = try it.next(i) { return v }
                if a.count == 2 { return a[1] }
                if let g = it as? PyGenerator, !g.returnValue.isNone { throw PyError.stopIteration(g.returnValue) }
                throw PyError.stopIteration()
            }
            let t = a[0].pyType
            guard let m = t.lookup("__next__") else {
                throw PyError.typeError("'\(t.name)' object is not an iterator")
            }
            do {
                return try i.call(i.bind(m, to: a[0], type: t), Args())
            } catch let e as PyError where e.isInstance(of: PyType.StopIteration) && a.count == 2 {
                return a[1]
            }
        }
        defineBuiltin("sorted") { i, a in
            guard a.count == 1 else { throw PyError.typeError("sorted expected 1 argument, got \(a.count)") }
            var items = try i.collect(a[0])
            try i.sortValues(&items, key: a.keyword("key"), reverse: try a.keyword("reverse").map { try i.truthy($0) } ?? false)
            for (k, _) in a.keywords where k != "key" && k != "reverse" {
                throw PyError.typeError("sort() got an unexpected keyword argument '\(k)'")
            }
            return .object(PyList(items))
        }
        defineBuiltin("reversed") { i, a in
            try a.expect("reversed", min: 1, max: 1)
            let v = a[0]
            if case .object(let o) = v, !(o is PyList || o is PyTuple || o is PyStr || o is PyRange),
               let m = o.pyType.lookup("__reversed__") {
                return try i.call(i.bind(m, to: v, type: o.pyType), Args())
            }
            if case .object(let o) = v, let l = o as? PyList {
                var k = l.items.count - 1
                return .object(ClosureIterator(type: PyType.reversed) { _ in
                    guard k >= 0, k < l.items.count else { return nil }
                    defer { k -= 1 }
                    return l.items[k]
                })
            }
            if case .object(let o) = v, o is PyDict || o is PySet || o is PyIterObject {
                if o is PySet || o is PyIterObject { throw PyError.typeError("'\(v.typeName)' object is not reversible") }
            }
            guard case .object(let ob) = v, ob is PyTuple || ob is PyStr || ob is PyRange || ob is PyDict || ob is PyDictView || ob.pyType.lookup("__getitem__") != nil else {
                throw PyError.typeError("'\(v.typeName)' object is not reversible")
            }
            let items = try i.collect(v)
            return .object(ArrayIterator(items.reversed()))
        }
        defineBuiltin("enumerate") { i, a in
            let p = try a.bind("enumerate", ["iterable", "start"], required: 1)
            let it = try i.iterate(p[0] ?? .none)
            var n = try p[1].map { try i.index($0) } ?? 0
            return .object(ClosureIterator(type: PyType.enumerate) { i in
                guard let x = try it.next(i) else { return nil }
                defer { n += 1 }
                return .object(PyTuple([.int(n), x]))
            })
        }
        defineBuiltin("zip") { i, a in
            let strict = try a.keyword("strict").map { try i.truthy($0) } ?? false
            let its = try a.positional.map { try i.iterate($0) }
            if its.isEmpty { return .object(ClosureIterator(type: PyType.zip) { _ in nil }) }
            return .object(ClosureIterator(type: PyType.zip) { i in
                var out: [Value] = []
                for (k, it) in its.enumerated() {
                    guard let x = try it.next(i) else {
                        if strict && k > 0 { throw PyError.valueError("zip() argument \(k + 1) is shorter than argument\(k == 1 ? "" : "s") 1\(k == 1 ? "" : "-\(k)")") }
                        return nil
                    }
                    out.append(x)
                }
                return .object(PyTuple(out))
            })
        }
        defineBuiltin("map") { i, a in
            guard a.count >= 2 else { throw PyError.typeError("map() must have at least two arguments.") }
            let fn = a[0]
            let its = try a.positional.dropFirst().map { try i.iterate($0) }
            return .object(ClosureIterator(type: PyType.map) { i in
                var args: [Value] = []
                for it in its {
                    guard let x = try it.next(i) else { return nil }
                    args.append(x)
                }
                return try i.call(fn, Args(args))
            })
        }
        defineBuiltin("filter") { i, a in
            try a.expect("filter", min: 2, max: 2)
            let fn = a[0]
            let it = try i.iterate(a[1])
            return .object(ClosureIterator(type: PyType.filter) { i in
                while let x = try it.next(i) {
                    let keep = fn.isNone ? try i.truthy(x) : try i.truthy(try i.call(fn, Args([x])))
                    if keep { return x }
                }
                return nil
            })
        }
        defineBuiltin("vars") { i, a in
            try a.expect("vars", min: 1, max: 1)
            return try i.getAttribute(a[0], "__dict__")
        }
        defineBuiltin("dir") { i, a in
            try a.expect("dir", min: 0, max: 1)
            var names = Set<String>()
            if let v = a.positional.first {
                if case .object(let o) = v {
                    if let m = o as? PyModule { names.formUnion(m.globals.items.map { $0.name }) }
                    if let attrs = o.attributes { names.formUnion(attrs.keys) }
                    if let t = o as? PyType { for c in t.mro { names.formUnion(c.dict.keys) } }
                }
                for c in v.pyType.mro { names.formUnion(c.dict.keys) }
            }
            return .object(PyList(names.sorted().map { .str($0) }))
        }
        defineBuiltin("globals") { i, _ in
            let d = PyDict()
            if let m = i.modules["__main__"] { for (k, v) in m.globals.items { try i.dictSet(d, .str(k), v) } }
            return .object(d)
        }
        defineBuiltin("exit") { _, a in
            throw PyError(PyBaseException(cls: PyType.SystemExit, args: a.positional))
        }
        builtins.set("quit", builtins.get("exit"))
        // zip, map, filter, enumerate and reversed are classes in Python: calling one makes its iterator.
        for t in [PyType.zip, PyType.map, PyType.filter, PyType.enumerate, PyType.reversed] {
            guard case .object(let o)? = builtins.get(t.name), let fn = o as? PyBuiltinFunction else { continue }
            let make = fn.fn
            t.newHook = { i, _, a in try make(i, a) }
            builtins.set(t.name, .object(t))
        }
        defineBuiltin("__import__") { i, a in
            guard let name = a.positional.first?.asString else { throw PyError.typeError("__import__() argument 1 must be str") }
            return .object(try i.importDotted(name, returnTop: true))
        }
    }

    // MARK: Helpers used by builtins

    /// `isinstance(v, spec)` where spec is a class or a tuple of classes.
    public func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        try classMatches(v.pyType, spec, fn: "isinstance")
    }

    func classMatches(_ t: PyType, _ spec: Value, fn: String) throws -> Bool {
        if case .object(let o) = spec {
            if let c = o as? PyType {
                if let hook = c.pyType.lookup(fn == "isinstance" ? "__instancecheck__" : "__subclasscheck__"), isUserFunction(hook) {
                    return try truthy(try call(bind(hook, to: spec, type: c.pyType), Args([.object(t)])))
                }
                return t.isSubtype(of: c)
            }
            if let tuple = o as? PyTuple {
                for item in tuple.items where try classMatches(t, item, fn: fn) { return true }
                return false
            }
        }
        throw PyError.typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// An exact integer from an int, bool or `__index__` object.
    func integerValue(_ v: Value) throws -> BigIntValue {
        if let b = v.asBigInt { return b }
        return BigIntValue(try index(v))
    }

    /// Stable sort with Python's `<` (and `key`, `reverse`).
    public func sortValues(_ items: inout [Value], key: Value?, reverse: Bool) throws {
        let keys: [Value]
        if let key, !key.isNone {
            keys = try items.map { try call(key, Args([$0])) }
        } else {
            keys = items
        }
        var order = Array(0..<items.count)
        try mergeSort(&order) { a, b in
            reverse ? try self.lessThan(keys[b], keys[a]) : try self.lessThan(keys[a], keys[b])
        }
        items = order.map { items[$0] }
    }

    public func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .float(let x) = a, case .float(let y) = b { return x < y }
        return try compareBool(.lt, a, b)
    }

    private func mergeSort(_ a: inout [Int], _ less: (Int, Int) throws -> Bool) throws {
        if a.count < 2 { return }
        var buffer = a
        var width = 1
        let n = a.count
        // Insertion sort small runs first.
        let run = 16
        var start = 0
        while start < n {
            let end = min(start + run, n)
            if end - start > 1 {
                for i in (start + 1)..<end {
                    let x = a[i]
                    var j = i - 1
                    while j >= start, try less(x, a[j]) {
                        a[j + 1] = a[j]
                        j -= 1
                    }
                    a[j + 1] = x
                }
            }
            start = end
        }
        width = run
        while width < n {
            var lo = 0
            while lo < n {
                let mid = min(lo + width, n), hi = min(lo + 2 * width, n)
                var i = lo, j = mid, k = lo
                while i < mid && j < hi {
                    if try less(a[j], a[i]) {
                        buffer[k] = a[j]
                        j += 1
                    } else {
                        buffer[k] = a[i]
                        i += 1
                    }
                    k += 1
                }
                while i < mid { buffer[k] = a[i]; i += 1; k += 1 }
                while j < hi { buffer[k] = a[j]; j += 1; k += 1 }
                lo = hi
            }
            swap(&a, &buffer)
            width *= 2
        }
    }

    fileprivate func minMax(_ a: Args, _ name: String, _ op: CompareOp) throws -> Value {
        let key = a.keyword("key")
        let dflt = a.keyword("default")
        for (k, _) in a.keywords where k != "key" && k != "default" {
            throw PyError.typeError("'\(k)' is an invalid keyword argument for \(name)()")
        }
        let items: [Value]
        if a.count == 1 {
            items = try collect(a[0])
            if items.isEmpty {
                if let dflt { return dflt }
                throw PyError.valueError("\(name)() arg is an empty sequence")
            }
        } else if a.count == 0 {
            throw PyError.typeError("\(name) expected at least 1 argument, got 0")
        } else {
            if dflt != nil {
                throw PyError.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = a.positional
        }
        var best = items[0]
        var bestKey = try key.map { try call($0, Args([best])) } ?? best
        for x in items.dropFirst() {
            let k = try key.map { try call($0, Args([x])) } ?? x
            if try compareBool(op, k, bestKey) {
                best = x
                bestKey = k
            }
        }
        return best
    }
}

/// `0x1f`, `-0b101`.
func radixString(_ v: BigIntValue, _ radix: Int, _ prefix: String) -> String {
    let digits = String(v.magnitude, radix: radix)
    return (v.signum() < 0 ? "-" : "") + prefix + digits
}

/// `sys.stdout` / `sys.stderr` as Python objects.
public final class PyStream: PyObject {
    public let sink: OutputSink
    public let name: String
    public init(sink: OutputSink, name: String) {
        self.sink = sink
        self.name = name
    }
    public override var pyType: PyType { PyStream.type }
    nonisolated(unsafe) static let type = PyType(name: "TextIOWrapper", module: "_io", bases: [PyType.object])
}
