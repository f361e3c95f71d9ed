/// A Python iterator implemented in Swift. `next` returns nil when exhausted.
open class PyIterObject: PyObject {
    open func next(_ interp: Interpreter) throws -> Value? { nil }
    open override var pyType: PyType { PyType.iterator }
}

final class ListIterator: PyIterObject {
    let list: PyList
    var i = 0
    init(_ list: PyList) { self.list = list }
    override func next(_ interp: Interpreter) throws -> Value? {
        guard i < list.items.count else { return nil }
        defer { i += 1 }
        return list.items[i]
    }
}

final class ArrayIterator: PyIterObject {
    let items: [Value]
    var i = 0
    init(_ items: [Value]) { self.items = items }
    override func next(_ interp: Interpreter) throws -> Value? {
        guard i < items.count else { return nil }
        defer { i += 1 }
        return items[i]
    }
}

final class RangeIterator: PyIterObject {
    var current: Int
    let stop: Int, step: Int
    init(_ r: PyRange) {
        current = r.start
        stop = r.stop
        step = r.step
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        if step > 0 ? current >= stop : current <= stop { return nil }
        let v = current
        current = current &+ step
        return .int(v)
    }
}

final class StrIterator: PyIterObject {
    let scalars: [Unicode.Scalar]
    var i = 0
    init(_ s: PyStr) { scalars = s.scalars }
    override func next(_ interp: Interpreter) throws -> Value? {
        guard i < scalars.count else { return nil }
        defer { i += 1 }
        return .str(String(scalars[i]))
    }
}

/// Iterates a dict's keys, values or items, raising as Python does if the dict changes size.
final class DictIterator: PyIterObject {
    let dict: PyDict
    let kind: PyDictView.Kind
    let startCount: Int
    var i = 0
    init(_ dict: PyDict, _ kind: PyDictView.Kind) {
        self.dict = dict
        self.kind = kind
        self.startCount = dict.count
    }
    override func next(_ interp: Interpreter) throws -> Value? {
        if dict.count != startCount {
            throw PyError.runtimeError("dictionary changed size during iteration")
        }
        while i < dict.table.entryBound {
            defer { i += 1 }
            if let k = dict.table.key(at: i) {
                switch kind {
                case .keys: return k
                case .values: return dict.table.value(at: i)
                case .items: return .object(PyTuple([k, dict.table.value(at: i)]))
                }
            }
        }
        return nil
    }
}

/// Iterates an object through its `__next__` method.
final class MethodIterator: PyIterObject {
    let target: Value
    init(_ target: Value) { self.target = target }
    override func next(_ interp: Interpreter) throws -> Value? {
        do {
            return try interp.callMethod(target, "__next__", Args())
        } catch let e as PyError where e.isInstance(of: PyType.StopIteration) {
            return nil
        }
    }
}

/// Iterates an object with `__getitem__` and no `__iter__`, until IndexError.
final class SequenceIterator: PyIterObject {
    let target: Value
    var i = 0
    init(_ target: Value) { self.target = target }
    override func next(_ interp: Interpreter) throws -> Value? {
        do {
            defer { i += 1 }
            return try interp.getItem(target, .int(i))
        } catch let e as PyError where e.isInstance(of: PyType.IndexError) || e.isInstance(of: PyType.StopIteration) {
            return nil
        }
    }
}

/// `map`, `filter`, `zip`, `enumerate`, `reversed` and friends: an iterator from a Swift closure.
final class ClosureIterator: PyIterObject {
    let typeObject: PyType
    let step: (Interpreter) throws -> Value?
    init(type: PyType, _ step: @escaping (Interpreter) throws -> Value?) {
        self.typeObject = type
        self.step = step
    }
    override var pyType: PyType { typeObject }
    override func next(_ interp: Interpreter) throws -> Value? { try step(interp) }
}

extension Interpreter {
    /// Python's `iter(v)`, as an iterator Swift code can drive.
    public func iterate(_ v: Value) throws -> PyIterObject {
        if case .object(let o) = v {
            switch o {
            case let l as PyList: return ListIterator(l)
            case let t as PyTuple: return ArrayIterator(t.items)
            case let r as PyRange: return RangeIterator(r)
            case let s as PyStr: return StrIterator(s)
            case let d as PyDict: return DictIterator(d, .keys)
            case let view as PyDictView: return DictIterator(view.dict, view.kind)
            case let s as PySet: return ArrayIterator(s.table.elements)
            case let it as PyIterObject where !(it.pyType.lookup(SpecialName.next).map(isUserFunction) ?? false): return it
            default: break
            }
        }
        let t = v.pyType
        if let iterFn = t.lookup(SpecialName.iter) {
            let result = try call(bind(iterFn, to: v, type: t), Args())
            if case .object(let o) = result, let it = o as? PyIterObject, !isUserDefinedIterator(it) { return it }
            guard result.pyType.lookup("__next__") != nil else {
                throw PyError.typeError("iter() returned non-iterator of type '\(result.typeName)'")
            }
            return MethodIterator(result)
        }
        if t.lookup(SpecialName.getitem) != nil { return SequenceIterator(v) }
        throw PyError.typeError("'\(t.name)' object is not iterable")
    }

    private func isUserDefinedIterator(_ it: PyIterObject) -> Bool {
        it.pyType.lookup("__next__").map(isUserFunction) ?? false
    }

    func isUserFunction(_ v: Value) -> Bool {
        if case .object(let o) = v { return o is PyFunction }
        return false
    }

    /// All items of an iterable, as a Swift array.
    public func collect(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
        }
        let it = try iterate(v)
        var out: [Value] = []
        while let x = try it.next(self) { out.append(x) }
        return out
    }

    /// Unpacks an iterable into exactly `count` targets (one of them starred, optionally).
    func unpack(_ v: Value, count: Int, starIndex: Int?) throws -> [Value] {
        let items: [Value]
        if case .object(let o) = v, let t = o as? PyTuple {
            items = t.items
        } else if case .object(let o) = v, let l = o as? PyList {
            items = l.items
        } else {
            guard isIterable(v) else {
                throw PyError.typeError("cannot unpack non-iterable \(v.typeName) object")
            }
            items = try collect(v)
        }
        if let s = starIndex {
            let after = count - s - 1
            if items.count < count - 1 {
                throw PyError.valueError("not enough values to unpack (expected at least \(count - 1), got \(items.count))")
            }
            var out = Array(items[0..<s])
            out.append(.object(PyList(Array(items[s..<(items.count - after)]))))
            out += items[(items.count - after)...]
            return out
        }
        if items.count > count {
            throw PyError.valueError("too many values to unpack (expected \(count))")
        }
        if items.count < count {
            throw PyError.valueError("not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    func isIterable(_ v: Value) -> Bool {
        if case .object(let o) = v {
            if o is PyList || o is PyTuple || o is PyStr || o is PyDict || o is PySet || o is PyRange || o is PyIterObject || o is PyDictView { return true }
        }
        let t = v.pyType
        return t.lookup("__iter__") != nil || t.lookup("__getitem__") != nil
    }

    /// The (key, value) pairs of a mapping: a dict, or an object with `keys()` and `__getitem__`.
    public func mappingItems(_ v: Value) throws -> [(Value, Value)] {
        if case .object(let o) = v, let d = o as? PyDict { return d.table.entries.map { ($0.key, $0.value) } }
        guard v.pyType.lookup("keys") != nil else {
            throw PyError.typeError("'\(v.typeName)' object is not a mapping")
        }
        let keys = try collect(try callMethod(v, "keys", Args()))
        return try keys.map { ($0, try getItem(v, $0)) }
    }
}
