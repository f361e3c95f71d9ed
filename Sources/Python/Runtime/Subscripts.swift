extension Interpreter {
    // MARK: dict and set storage with Python's equality

    public func dictGet(_ d: PyDict, _ key: Value) throws -> Value? {
        let h = try hash(key)
        return try d.table.get(key, hash: h, eq: equals)
    }

    public func dictSet(_ d: PyDict, _ key: Value, _ value: Value) throws {
        let h = try hash(key)
        try d.table.set(key, value, hash: h, eq: equals)
    }

    @discardableResult
    public func dictRemove(_ d: PyDict, _ key: Value) throws -> Value? {
        let h = try hash(key)
        return try d.table.remove(key, hash: h, eq: equals)
    }

    /// `d.update(other)`: from a mapping or an iterable of pairs.
    public func dictUpdate(_ d: PyDict, from other: Value) throws {
        if case .object(let o) = other, let src = o as? PyDict {
            for (k, v) in src.table.entries { try dictSet(d, k, v) }
            return
        }
        if other.pyType.lookup("keys") != nil {
            for (k, v) in try mappingItems(other) { try dictSet(d, k, v) }
            return
        }
        var n = 0
        let it = try iterate(other)
        while let pair = try it.next(self) {
            let kv = try collect(pair)
            guard kv.count == 2 else {
                throw PyError.valueError("dictionary update sequence element #\(n) has length \(kv.count); 2 is required")
            }
            try dictSet(d, kv[0], kv[1])
            n += 1
        }
    }

    /// A new dict from Swift pairs.
    public func makeDict(_ pairs: [(Value, Value)]) throws -> PyDict {
        let d = PyDict()
        for (k, v) in pairs { try dictSet(d, k, v) }
        return d
    }

    public func setAdd(_ s: PySet, _ v: Value) throws {
        let h = try hash(v)
        try s.table.insert(v, hash: h, eq: equals)
    }

    public func setContains(_ s: PySet, _ v: Value) throws -> Bool {
        let h = try hash(v)
        return try s.table.contains(v, hash: h, eq: equals)
    }

    @discardableResult
    public func setRemove(_ s: PySet, _ v: Value) throws -> Bool {
        let h = try hash(v)
        return try s.table.remove(v, hash: h, eq: equals)
    }

    func setOperation(_ op: PythonSyntax.BinaryOp, _ a: PySet, _ b: PySet) throws -> PySet {
        let r = PySet(frozen: a.frozen)
        switch op {
        case .bitOr:
            for x in a.table.elements { try setAdd(r, x) }
            for x in b.table.elements { try setAdd(r, x) }
        case .bitAnd:
            let (small, large) = a.count <= b.count ? (a, b) : (b, a)
            for x in small.table.elements where try setContains(large, x) { try setAdd(r, x) }
        case .sub:
            for x in a.table.elements where try !setContains(b, x) { try setAdd(r, x) }
        case .bitXor:
            for x in a.table.elements where try !setContains(b, x) { try setAdd(r, x) }
            for x in b.table.elements where try !setContains(a, x) { try setAdd(r, x) }
        default:
            break
        }
        return r
    }

    // MARK: Membership

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                for x in l.items where try x.isIdentical(to: item) || equals(x, item) { return true }
                return false
            case let t as PyTuple:
                for x in t.items where try x.isIdentical(to: item) || equals(x, item) { return true }
                return false
            case let s as PyStr:
                guard let sub = item.asString else {
                    throw PyError.typeError("'in <string>' requires string as left operand, not \(item.typeName)")
                }
                return sub.isEmpty || s.value.contains(sub)
            case let d as PyDict:
                return try dictGet(d, item) != nil
            case let s as PySet:
                return try setContains(s, item)
            case let view as PyDictView:
                switch view.kind {
                case .keys: return try dictGet(view.dict, item) != nil
                default: return try collect(container).contains { try equals($0, item) }
                }
            case let r as PyRange:
                guard let i = item.asInt else { return try collect(container).contains { try equals($0, item) } }
                if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                return (i - r.start) % r.step == 0
            default:
                break
            }
        }
        let t = container.pyType
        if let m = t.lookup("__contains__") {
            return try truthy(try call(bind(m, to: container, type: t), Args([item])))
        }
        guard isIterable(container) else {
            throw PyError.typeError("argument of type '\(t.name)' is not iterable")
        }
        let it = try iterate(container)
        while let x = try it.next(self) { if try x.isIdentical(to: item) || equals(x, item) { return true } }
        return false
    }

    // MARK: Subscripts

    private func normalizedIndex(_ i: Int, count: Int, _ what: String) throws -> Int {
        let k = i < 0 ? i + count : i
        if k < 0 || k >= count { throw PyError.indexError("\(what) index out of range") }
        return k
    }

    /// `container[key]`.
    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    return .object(PyList(try sliceItems(l.items, sl)))
                }
                return l.items[try normalizedIndex(try sequenceIndex(key, "list"), count: l.items.count, "list")]
            case let t as PyTuple:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    return .object(PyTuple(try sliceItems(t.items, sl)))
                }
                return t.items[try normalizedIndex(try sequenceIndex(key, "tuple"), count: t.items.count, "tuple")]
            case let s as PyStr:
                let sc = s.scalars
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    var out = String.UnicodeScalarView()
                    out.append(contentsOf: try sliceItems(sc, sl))
                    return .str(String(out))
                }
                return .str(String(sc[try normalizedIndex(try sequenceIndex(key, "string"), count: sc.count, "string")]))
            case let d as PyDict:
                if let v = try dictGet(d, key) { return v }
                if d.pyType !== PyType.dict, let m = d.pyType.lookup("__missing__") {
                    return try call(bind(m, to: container, type: d.pyType), Args([key]))
                }
                throw PyError.keyError(key)
            case let r as PyRange:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    let (start, _, step, n) = try sl.indices(length: r.count)
                    let first = r.element(start)
                    return .object(PyRange(start: first, stop: first + n * r.step * step, step: r.step * step))
                }
                return .int(r.element(try normalizedIndex(try sequenceIndex(key, "range"), count: r.count, "range object")))
            case let t as PyType:
                if let m = t.lookup("__class_getitem__") {
                    return try call(bind(m, to: container, type: t), Args([key]))
                }
                if t.module == "builtins" { return container }
            default:
                break
            }
        }
        let t = container.pyType
        if let m = t.lookup(SpecialName.getitem) {
            return try callAttribute(m, of: container, type: t, [key])
        }
        throw PyError.typeError("'\(t.name)' object is not subscriptable")
    }

    private func sequenceIndex(_ key: Value, _ what: String) throws -> Int {
        if let i = key.asInt { return i }
        if case .object(let o) = key {
            if o is PyBigInt { throw PyError(PyType.IndexError, "cannot fit 'int' into an index-sized integer") }
            if let ix = o as? PyIndexable { return try ix.pyIndex() }
            if let m = o.pyType.lookup("__index__"), let i = try call(bind(m, to: key, type: o.pyType), Args()).asInt { return i }
        }
        if what == "string" { throw PyError.typeError("string indices must be integers, not '\(key.typeName)'") }
        throw PyError.typeError("\(what) indices must be integers or slices, not \(key.typeName)")
    }

    /// The elements a slice selects.
    public func sliceItems<T>(_ items: [T], _ sl: PySlice) throws -> [T] {
        let (start, _, step, n) = try sl.indices(length: items.count)
        if step == 1 { return Array(items[start..<(start + n)]) }
        var out: [T] = []
        out.reserveCapacity(n)
        var i = start
        for _ in 0..<n {
            out.append(items[i])
            i += step
        }
        return out
    }

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    let newItems = try collect(value)
                    let (start, stop, step, n) = try sl.indices(length: l.items.count)
                    if step == 1 {
                        l.items.replaceSubrange(start..<max(start, stop), with: newItems)
                    } else {
                        guard newItems.count == n else {
                            throw PyError.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(n)")
                        }
                        var i = start
                        for v in newItems {
                            l.items[i] = v
                            i += step
                        }
                    }
                    return
                }
                l.items[try normalizedIndex(try sequenceIndex(key, "list"), count: l.items.count, "list assignment")] = value
                return
            case let d as PyDict:
                try dictSet(d, key, value)
                return
            default:
                break
            }
        }
        let t = container.pyType
        if let m = t.lookup("__setitem__") {
            _ = try callAttribute(m, of: container, type: t, [key, value])
            return
        }
        throw PyError.typeError("'\(t.name)' object does not support item assignment")
    }

    /// `del container[key]`.
    public func deleteItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            switch o {
            case let l as PyList:
                if case .object(let ko) = key, let sl = ko as? PySlice {
                    let (start, _, step, n) = try sl.indices(length: l.items.count)
                    var drop = Set<Int>()
                    var i = start
                    for _ in 0..<n {
                        drop.insert(i)
                        i += step
                    }
                    l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                    return
                }
                l.items.remove(at: try normalizedIndex(try sequenceIndex(key, "list"), count: l.items.count, "list assignment"))
                return
            case let d as PyDict:
                if try dictRemove(d, key) == nil { throw PyError.keyError(key) }
                return
            default:
                break
            }
        }
        let t = container.pyType
        if let m = t.lookup("__delitem__") {
            _ = try callAttribute(m, of: container, type: t, [key])
            return
        }
        throw PyError.typeError("'\(t.name)' object doesn't support item deletion")
    }
}

import PythonSyntax
