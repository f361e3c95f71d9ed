import Foundation

extension Interpreter {
    // MARK: Truth

    /// Python truthiness.
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let o):
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.count != 0
            case let s as PySet: return s.count != 0
            case is PyBigInt: return true
            case let r as PyRange: return r.count != 0
            default: break
            }
            let t = o.pyType
            if let m = t.lookup("__bool__") {
                let r = try callAttribute(m, of: v, type: t, [])
                guard case .bool(let b) = r else {
                    throw PyError.typeError("__bool__ should return bool, returned \(r.typeName)")
                }
                return b
            }
            if let m = t.lookup("__len__") {
                let r = try callAttribute(m, of: v, type: t, [])
                return (r.asInt ?? 1) != 0
            }
            return true
        }
    }

    // MARK: repr and str

    /// Python `repr(v)`.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return pyFloatRepr(d)
        case .object(let o):
            switch o {
            case let s as PyStr: return pyReprString(s.value)
            case let b as PyBigInt: return b.value.description
            case let l as PyList:
                return try reprGuarded(o, "[...]") { "[" + (try l.items.map { try repr($0) }.joined(separator: ", ")) + "]" }
            case let t as PyTuple:
                if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
                return try reprGuarded(o, "(...)") { "(" + (try t.items.map { try repr($0) }.joined(separator: ", ")) + ")" }
            case let d as PyDict:
                return try reprGuarded(o, "{...}") {
                    "{" + (try d.table.entries.map { "\(try repr($0.key)): \(try repr($0.value))" }.joined(separator: ", ")) + "}"
                }
            case let t as PyType where t.lookup("__repr__") == nil || t.pyType === PyType.type:
                return t.reprString
            default:
                break
            }
            let t = o.pyType
            if let m = t.lookup("__repr__") {
                let r = try callAttribute(m, of: v, type: t, [])
                guard let s = r.asString else {
                    throw PyError.typeError("__repr__ returned non-string (type \(r.typeName))")
                }
                return s
            }
            return defaultRepr(o)
        }
    }

    /// `<__main__.Foo object at 0x...>`.
    func defaultRepr(_ o: PyObject) -> String {
        let t = o.pyType
        let addr = String(UInt(bitPattern: ObjectIdentifier(o).hashValue), radix: 16)
        let name = t.module == "builtins" ? t.qualname : "\(t.module).\(t.qualname)"
        return "<\(name) object at 0x\(addr)>"
    }

    private func reprGuarded(_ o: PyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return placeholder }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try body()
    }

    /// Python `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .object(let o):
            if let s = o as? PyStr { return s.value }
            let t = o.pyType
            if let m = t.lookup("__str__") {
                let r = try callAttribute(m, of: v, type: t, [])
                guard let s = r.asString else {
                    throw PyError.typeError("__str__ returned non-string (type \(r.typeName))")
                }
                return s
            }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    /// Python's `ascii()` applied to an already computed repr.
    func ascii(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) }
            else if u.value <= 0xff { out += String(format: "\\x%02x", u.value) }
            else if u.value <= 0xffff { out += String(format: "\\u%04x", u.value) }
            else { out += String(format: "\\U%08x", u.value) }
        }
        return out
    }

    // MARK: Hashing

    /// Python `hash(v)`; raises TypeError for unhashable values.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return pyHashInt(i)
        case .float(let d): return pyHashDouble(d)
        case .object(let o):
            switch o {
            case let s as PyStr: return s.value.hashValue
            case let b as PyBigInt: return pyHashBig(b.value)
            case let t as PyTuple:
                // CPython's xxHash-based tuple hash.
                var acc: UInt64 = 2870177450012600261
                for item in t.items {
                    let lane = UInt64(bitPattern: Int64(try hash(item)))
                    acc = acc &+ lane &* 14029467366897019727
                    acc = (acc << 31) | (acc >> 33)
                    acc = acc &* 11400714785074694791
                }
                acc = acc &+ (UInt64(t.items.count) ^ (2870177450012600261 ^ 3527539))
                let h = Int(bitPattern: UInt(acc))
                return h == -1 ? 1546275796 : h
            case is PyList, is PyDict:
                throw PyError.typeError("unhashable type: '\(o.pyType.name)'")
            case let s as PySet:
                if !s.frozen { throw PyError.typeError("unhashable type: 'set'") }
                var h = 0
                for x in s.table.elements { h ^= (try hash(x)) &* 0x1E3779B97F4A7C15 }
                return h
            case is PyType, is PyFunction, is PyBuiltinFunction, is PyModule:
                return ObjectIdentifier(o).hashValue >> 4
            default:
                break
            }
            let t = o.pyType
            if let native = t.nativeHash { return try native(self, o) }
            if let m = t.lookup("__hash__") {
                if m.isNone { throw PyError.typeError("unhashable type: '\(t.name)'") }
                // A native method is called with self directly, without making a bound method.
                let r: Value
                if case .object(let mo) = m, let b = mo as? PyBuiltinFunction, b.binds {
                    r = try b.fn(self, Args([v]))
                } else {
                    r = try callAttribute(m, of: v, type: t, [])
                }
                if let i = r.asInt { return i }
                if let b = r.asBigInt { return pyHashBig(b) }
                throw PyError.typeError("__hash__ method should return an integer")
            }
            if let eq = t.lookup("__eq__"), isUserFunction(eq) {
                throw PyError.typeError("unhashable type: '\(t.name)'")
            }
            return ObjectIdentifier(o).hashValue >> 4
        }
    }

    // MARK: Formatting

    /// Python `format(v, spec)`.
    public func format(_ v: Value, _ spec: String) throws -> String {
        switch v {
        case .int(let i): return try formatIntSpec(BigIntValue(i), spec)
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try formatIntSpec(b ? 1 : 0, spec)
        case .float(let d): return try formatFloatSpec(d, spec)
        case .none where spec.isEmpty: return "None"
        case .object(let o):
            if let s = o as? PyStr { return try formatStrSpec(s.value, spec) }
            if let b = o as? PyBigInt { return try formatIntSpec(b.value, spec) }
            let t = o.pyType
            if let m = t.lookup("__format__") {
                let r = try call(bind(m, to: v, type: t), Args([.str(spec)]))
                guard let s = r.asString else { throw PyError.typeError("__format__ must return a str, not \(r.typeName)") }
                return s
            }
        default: break
        }
        if spec.isEmpty { return try str(v) }
        throw PyError.typeError("unsupported format string passed to \(v.typeName).__format__")
    }

    // MARK: Lengths

    /// Python `len(v)`.
    public func length(_ v: Value) throws -> Int {
        if case .object(let o) = v {
            switch o {
            case let s as PyStr: return s.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.count
            case let s as PySet: return s.count
            case let r as PyRange: return r.count
            case let view as PyDictView: return view.dict.count
            case let b as PyBytes: return b.bytes.count
            default: break
            }
            let t = o.pyType
            if let m = t.lookup(SpecialName.len) {
                let r = try callAttribute(m, of: v, type: t, [])
                guard let n = r.asInt else { throw PyError.typeError("'\(r.typeName)' object cannot be interpreted as an integer") }
                if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
                return n
            }
        }
        throw PyError.typeError("object of type '\(v.typeName)' has no len()")
    }

    /// An index value (`__index__`): ints, bools and native integer scalars.
    public func index(_ v: Value) throws -> Int {
        if let i = v.asInt { return i }
        if case .object(let o) = v {
            if o is PyBigInt { throw PyError(PyType.IndexError, "cannot fit 'int' into an index-sized integer") }
            if let ix = o as? PyIndexable { return try ix.pyIndex() }
            let t = o.pyType
            if let m = t.lookup("__index__") {
                let r = try callAttribute(m, of: v, type: t, [])
                if let i = r.asInt { return i }
            }
        }
        throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
}

// MARK: Numeric hashing, as CPython defines it (so sets of numbers iterate in CPython's order).

private let hashModulus: UInt64 = (1 << 61) - 1

func pyHashInt(_ i: Int) -> Int {
    if i == -1 { return -2 }
    if i > -Int(hashModulus) && i < Int(hashModulus) { return i }
    return pyHashBig(BigIntValue(i))
}

func pyHashBig(_ b: BigIntValue) -> Int {
    let m = BigIntValue(hashModulus)
    var r = Int(b.magnitude % m.magnitude)
    if b.signum() < 0 { r = -r }
    return r == -1 ? -2 : r
}

func pyHashDouble(_ v: Double) -> Int {
    if v.isInfinite { return v > 0 ? 314159 : -314159 }
    if v.isNaN { return 0 }
    let bits = 61
    var e32: Int32 = 0
    var m = frexp(v, &e32)
    var e = Int(e32)
    var sign = 1
    if m < 0 {
        sign = -1
        m = -m
    }
    var x: UInt64 = 0
    while m != 0 {
        x = ((x << 28) & hashModulus) | (x >> UInt64(bits - 28))
        m *= 268435456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= hashModulus { x -= hashModulus }
    }
    e = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
    x = ((x << UInt64(e)) & hashModulus) | (x >> UInt64(bits - e))
    var r = Int(bitPattern: UInt(x)) * sign
    if r == -1 { r = -2 }
    return r
}
