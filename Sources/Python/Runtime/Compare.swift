import PythonSyntax

extension CompareOp {
    var dunder: String {
        switch self {
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        default: return ""
        }
    }
    /// The reflected operator: `a < b` is `b > a`.
    var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}

extension Interpreter {
    /// `a op b` for a comparison, as a Swift Bool.
    public func compareBool(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool {
        switch op {
        case .is: return a.isIdentical(to: b)
        case .isNot: return !a.isIdentical(to: b)
        case .in: return try contains(b, a)
        case .notIn: return try !contains(b, a)
        case .eq: return try equals(a, b)
        case .ne:
            if let r = try primitiveCompare(.eq, a, b) { return !r }
            return try truthy(try richCompare(.ne, a, b))
        default:
            if let r = try primitiveCompare(op, a, b) { return r }
            return try truthy(try richCompare(op, a, b))
        }
    }

    /// `a op b` as a value: a bool for built-in types, else whatever the rich comparison returns.
    public func compareValue(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is, .isNot, .in, .notIn:
            return .bool(try compareBool(op, a, b))
        default:
            if let r = try primitiveCompare(op, a, b) { return .bool(r) }
            if op == .eq, case .object(let x) = a, case .object(let y) = b, x === y, !(x is PyInstance),
               x.pyType.isBuiltin, x.pyType.lookup("__eq__").map({ !isUserFunction($0) }) ?? true,
               !(x.pyType.module != "builtins") {
                return .true
            }
            return try richCompare(op, a, b)
        }
    }

    /// Python `==`.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        if let r = try primitiveCompare(.eq, a, b) { return r }
        if case .object(let x) = a, case .object(let y) = b, x === y, !(x is PyInstance) { return true }
        return try truthy(try richCompare(.eq, a, b))
    }

    /// Whether `==` on the value runs an `__eq__` of its own: a Python one, or a native one of a type
    /// outside the builtins (a tensor compares with None by its own rules), not object's.
    private func definesEquality(_ v: Value) -> Bool {
        let t = v.pyType
        guard let m = t.lookup("__eq__") else { return false }
        if isUserFunction(m) { return true }
        guard t.module != "builtins", let objectEq = PyType.object.lookup("__eq__") else { return false }
        return !m.isIdentical(to: objectEq)
    }

    /// Comparisons between numbers, strings, and built-in sequences; nil otherwise.
    func primitiveCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return ordered(op, x, y)
        case (.float(let x), .float(let y)): return orderedDouble(op, x, y)
        case (.none, .none):
            if op == .eq { return true }
        case (.bool(let x), .bool(let y)): return ordered(op, x ? 1 : 0, y ? 1 : 0)
        default: break
        }
        if let x = numericKey(a), let y = numericKey(b) {
            switch (x, y) {
            case (.exact(let p), .exact(let q)): return ordered(op, p, q)
            case (.real(let p), .real(let q)): return orderedDouble(op, p, q)
            case (.exact(let p), .real(let q)): return compareIntFloat(op, p, q)
            case (.real(let p), .exact(let q)): return compareIntFloat(op.swapped, q, p)
            }
        }
        guard case .object(let oa) = a, case .object(let ob) = b else {
            if op == .eq && (a.isNone || b.isNone) && !definesEquality(a) && !definesEquality(b) {
                return a.isIdentical(to: b)
            }
            return nil
        }
        if let s = oa as? PyStr, let t = ob as? PyStr {
            if op == .eq { return s.value == t.value }
            return ordered(op, s.scalars.lexicographicallyPrecedes(t.scalars) ? -1 : (s.value == t.value ? 0 : 1), 0)
        }
        if let l = oa as? PyList, let r = ob as? PyList { return try sequenceCompare(op, l.items, r.items) }
        if let l = oa as? PyTuple, let r = ob as? PyTuple { return try sequenceCompare(op, l.items, r.items) }
        if op == .eq {
            if let l = oa as? PyDict, let r = ob as? PyDict { return try dictEquals(l, r) }
            if let l = oa as? PySet, let r = ob as? PySet {
                if l.count != r.count { return false }
                for x in l.table.elements where try !setContains(r, x) { return false }
                return true
            }
            if let l = oa as? PyRange, let r = ob as? PyRange {
                return l.count == r.count && (l.count == 0 || (l.start == r.start && (l.count == 1 || l.step == r.step)))
            }
        }
        if let l = oa as? PySet, let r = ob as? PySet {
            switch op {
            case .le: return try isSubset(l, r)
            case .lt: return try l.count < r.count && isSubset(l, r)
            case .ge: return try isSubset(r, l)
            case .gt: return try r.count < l.count && isSubset(r, l)
            default: break
            }
        }
        return nil
    }

    private func isSubset(_ a: PySet, _ b: PySet) throws -> Bool {
        for x in a.table.elements where try !setContains(b, x) { return false }
        return true
    }

    private enum NumericKey {
        case exact(BigIntValue)
        case real(Double)
    }

    private func numericKey(_ v: Value) -> NumericKey? {
        switch v {
        case .int(let i): return .exact(BigIntValue(i))
        case .bool(let b): return .exact(b ? 1 : 0)
        case .float(let d): return .real(d)
        case .object(let o): return (o as? PyBigInt).map { .exact($0.value) }
        default: return nil
        }
    }

    private func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool? {
        switch op {
        case .eq: return x == y
        case .ne: return x != y
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        default: return nil
        }
    }

    private func orderedDouble(_ op: CompareOp, _ x: Double, _ y: Double) -> Bool? { ordered(op, x, y) }

    /// Exact comparison of an int with a float, as CPython does (no rounding of the int).
    private func compareIntFloat(_ op: CompareOp, _ i: BigIntValue, _ d: Double) -> Bool? {
        if d.isNaN { return op == .ne }
        if d.isInfinite { return ordered(op, 0, d > 0 ? 1 : -1) }
        let f = d.rounded(.down)
        guard let fi = doubleToBig(f) else { return nil }
        if i < fi { return ordered(op, -1, 0) }
        if i > fi { return ordered(op, 1, 0) }
        // i == floor(d): equal when d is integral, else i < d.
        return ordered(op, f == d ? 0 : -1, 0)
    }

    private func sequenceCompare(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws -> Bool {
        if (op == .eq || op == .ne) && a.count != b.count { return op == .ne }
        for (x, y) in zip(a, b) where !x.isIdentical(to: y) {
            if try !equals(x, y) {
                if op == .eq { return false }
                if op == .ne { return true }
                return try compareBool(op, x, y)
            }
        }
        switch op {
        case .eq: return a.count == b.count
        case .ne: return a.count != b.count
        default: return ordered(op, a.count, b.count) ?? false
        }
    }

    private func dictEquals(_ a: PyDict, _ b: PyDict) throws -> Bool {
        if a.count != b.count { return false }
        for (k, v) in a.table.entries {
            guard let w = try dictGet(b, k) else { return false }
            if try !equals(v, w) { return false }
        }
        return true
    }

    /// Rich comparison through dunder methods, with reflection and identity fallback for `==`/`!=`.
    public func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        let ta = a.pyType, tb = b.pyType
        let name = op.dunder, rname = op.swapped.dunder
        var triedRight = false
        if ta !== tb, tb.isSubtype(of: ta), let m = tb.lookup(rname) {
            triedRight = true
            let r = try call(bind(m, to: b, type: tb), Args([a]))
            if !r.isNotImplemented { return r }
        }
        if let m = ta.lookup(name) {
            let r = try call(bind(m, to: a, type: ta), Args([b]))
            if !r.isNotImplemented { return r }
        }
        if !triedRight, let m = tb.lookup(rname) {
            let r = try call(bind(m, to: b, type: tb), Args([a]))
            if !r.isNotImplemented { return r }
        }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne:
            if let m = ta.lookup("__eq__"), isUserFunction(m) {
                let r = try call(bind(m, to: a, type: ta), Args([b]))
                if !r.isNotImplemented { return .bool(try !truthy(r)) }
            }
            return .bool(!a.isIdentical(to: b))
        default:
            throw PyError.typeError("'\(op.rawValue)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }
}
