extension Interpreter {
    static func installListAndTuple() {
        let l = PyType.list
        l.newHook = { i, _, a in
            try a.expect("list", min: 0, max: 1)
            return .object(PyList(try a.positional.first.map { try i.collect($0) } ?? []))
        }
        func list(_ a: Args, _ name: String) throws -> PyList {
            guard let x = a.positional.first?.asObject as? PyList else {
                throw PyError.typeError("descriptor '\(name)' for 'list' objects doesn't apply to a '\(a.positional.first?.typeName ?? "NoneType")' object")
            }
            return x
        }
        l.method("append") { _, a in
            try a.expect("list.append", min: 2, max: 2)
            try list(a, "append").items.append(a[1])
            return .none
        }
        l.method("extend") { i, a in
            try a.expect("list.extend", min: 2, max: 2)
            let x = try list(a, "extend")
            x.items.append(contentsOf: try i.collect(a[1]))
            return .none
        }
        l.method("insert") { i, a in
            guard a.count == 3 else { throw PyError.typeError("insert expected 2 arguments, got \(max(0, a.count - 1))") }
            let x = try list(a, "insert")
            var k = try i.index(a[1])
            if k < 0 { k = max(0, k + x.items.count) }
            x.items.insert(a[2], at: min(k, x.items.count))
            return .none
        }
        l.method("pop") { i, a in
            try a.expect("pop", min: 1, max: 2)
            let x = try list(a, "pop")
            if x.items.isEmpty { throw PyError.indexError("pop from empty list") }
            var k = a.count == 2 ? try i.index(a[1]) : x.items.count - 1
            if k < 0 { k += x.items.count }
            guard k >= 0 && k < x.items.count else { throw PyError.indexError("pop index out of range") }
            return x.items.remove(at: k)
        }
        l.method("remove") { i, a in
            try a.expect("list.remove", min: 2, max: 2)
            let x = try list(a, "remove")
            for (k, v) in x.items.enumerated() where try v.isIdentical(to: a[1]) || i.equals(v, a[1]) {
                x.items.remove(at: k)
                return .none
            }
            throw PyError.valueError("list.remove(x): x not in list")
        }
        l.method("index") { i, a in
            try a.expect("index", min: 2, max: 4)
            let x = try list(a, "index")
            var start = a.count > 2 ? try i.index(a[2]) : 0
            var stop = a.count > 3 ? try i.index(a[3]) : x.items.count
            if start < 0 { start = max(0, start + x.items.count) }
            if stop < 0 { stop = max(0, stop + x.items.count) }
            if start < min(stop, x.items.count) {
                for k in start..<min(stop, x.items.count) where try x.items[k].isIdentical(to: a[1]) || i.equals(x.items[k], a[1]) {
                    return .int(k)
                }
            }
            throw PyError.valueError("\(try i.repr(a[1])) is not in list")
        }
        l.method("count") { i, a in
            try a.expect("count", min: 2, max: 2)
            return .int(try list(a, "count").items.filter { try $0.isIdentical(to: a[1]) || i.equals($0, a[1]) }.count)
        }
        l.method("sort") { i, a in
            guard a.count == 1 else { throw PyError.typeError("sort() takes no positional arguments") }
            let x = try list(a, "sort")
            for (k, _) in a.keywords where k != "key" && k != "reverse" {
                throw PyError.typeError("sort() got an unexpected keyword argument '\(k)'")
            }
            var items = x.items
            x.items = []
            defer { x.items = items }
            try i.sortValues(&items, key: a.keyword("key"), reverse: try a.keyword("reverse").map { try i.truthy($0) } ?? false)
            return .none
        }
        l.method("reverse") { _, a in
            try list(a, "reverse").items.reverse()
            return .none
        }
        l.method("copy") { _, a in .object(PyList(try list(a, "copy").items)) }
        l.method("clear") { _, a in
            try list(a, "clear").items.removeAll()
            return .none
        }
        l.method("__len__") { i, a in .int(try i.length(a[0])) }
        l.method("__getitem__") { i, a in try i.getItem(a[0], a[1]) }
        l.method("__setitem__") { i, a in try i.setItem(a[0], a[1], a[2]); return .none }
        l.method("__contains__") { i, a in .bool(try i.contains(a[0], a[1])) }
        l.method("__iter__") { i, a in .object(try i.iterate(a[0])) }
        l.method("__repr__") { i, a in .str(try i.repr(a[0])) }
        l.dict["__hash__"] = .none

        let t = PyType.tuple
        t.newHook = { i, _, a in
            try a.expect("tuple", min: 0, max: 1)
            return .object(PyTuple(try a.positional.first.map { try i.collect($0) } ?? []))
        }
        t.method("count") { i, a in
            try a.expect("count", min: 2, max: 2)
            guard let x = a[0].asObject as? PyTuple else { throw PyError.typeError("count needs a tuple") }
            return .int(try x.items.filter { try $0.isIdentical(to: a[1]) || i.equals($0, a[1]) }.count)
        }
        t.method("index") { i, a in
            try a.expect("index", min: 2, max: 4)
            guard let x = a[0].asObject as? PyTuple else { throw PyError.typeError("index needs a tuple") }
            var start = a.count > 2 ? try i.index(a[2]) : 0
            var stop = a.count > 3 ? try i.index(a[3]) : x.items.count
            if start < 0 { start = max(0, start + x.items.count) }
            if stop < 0 { stop = max(0, stop + x.items.count) }
            stop = min(stop, x.items.count)
            if start < stop {
                for k in start..<stop where try x.items[k].isIdentical(to: a[1]) || i.equals(x.items[k], a[1]) { return .int(k) }
            }
            throw PyError.valueError("tuple.index(x): x not in tuple")
        }
        t.method("__len__") { i, a in .int(try i.length(a[0])) }
        t.method("__getitem__") { i, a in try i.getItem(a[0], a[1]) }
        t.method("__contains__") { i, a in .bool(try i.contains(a[0], a[1])) }
        t.method("__iter__") { i, a in .object(try i.iterate(a[0])) }
        t.method("__repr__") { i, a in .str(try i.repr(a[0])) }
    }

    static func installDictType() {
        let d = PyType.dict
        d.newHook = { i, _, a in
            let r = PyDict()
            if a.count > 1 { throw PyError.typeError("dict expected at most 1 argument, got \(a.count)") }
            if let src = a.positional.first { try i.dictUpdate(r, from: src) }
            for (k, v) in a.keywords { try i.dictSet(r, .str(k), v) }
            return .object(r)
        }
        func dict(_ a: Args) throws -> PyDict {
            guard let x = a.positional.first?.asObject as? PyDict else { throw PyError.typeError("descriptor requires a 'dict' object") }
            return x
        }
        d.method("keys") { _, a in .object(PyDictView(dict: try dict(a), kind: .keys)) }
        d.method("values") { _, a in .object(PyDictView(dict: try dict(a), kind: .values)) }
        d.method("items") { _, a in .object(PyDictView(dict: try dict(a), kind: .items)) }
        d.method("get") { i, a in
            try a.expect("get", min: 2, max: 3)
            return try i.dictGet(try dict(a), a[1]) ?? (a.count == 3 ? a[2] : .none)
        }
        d.method("setdefault") { i, a in
            try a.expect("setdefault", min: 2, max: 3)
            let x = try dict(a)
            if let v = try i.dictGet(x, a[1]) { return v }
            let v = a.count == 3 ? a[2] : .none
            try i.dictSet(x, a[1], v)
            return v
        }
        d.method("update") { i, a in
            let x = try dict(a)
            if a.count > 2 { throw PyError.typeError("update expected at most 1 argument, got \(a.count - 1)") }
            if a.count == 2 { try i.dictUpdate(x, from: a[1]) }
            for (k, v) in a.keywords { try i.dictSet(x, .str(k), v) }
            return .none
        }
        d.method("pop") { i, a in
            try a.expect("pop", min: 2, max: 3)
            if let v = try i.dictRemove(try dict(a), a[1]) { return v }
            if a.count == 3 { return a[2] }
            throw PyError.keyError(a[1])
        }
        d.method("popitem") { _, a in
            let x = try dict(a)
            guard let (k, v) = x.table.popLast() else { throw PyError.keyError(.str("popitem(): dictionary is empty")) }
            return .object(PyTuple([k, v]))
        }
        d.method("copy") { i, a in
            let r = PyDict()
            try i.dictUpdate(r, from: .object(try dict(a)))
            return .object(r)
        }
        d.method("clear") { _, a in
            try dict(a).table.removeAll()
            return .none
        }
        d.classMethod("fromkeys") { i, a in
            guard a.count >= 2 else { throw PyError.typeError("fromkeys expected at least 1 argument, got 0") }
            let r = PyDict()
            let v = a.count > 2 ? a[2] : .none
            for k in try i.collect(a[1]) { try i.dictSet(r, k, v) }
            return .object(r)
        }
        d.method("__len__") { i, a in .int(try i.length(a[0])) }
        d.method("__getitem__") { i, a in try i.getItem(a[0], a[1]) }
        d.method("__setitem__") { i, a in try i.setItem(a[0], a[1], a[2]); return .none }
        d.method("__delitem__") { i, a in try i.deleteItem(a[0], a[1]); return .none }
        d.method("__contains__") { i, a in .bool(try i.contains(a[0], a[1])) }
        d.method("__iter__") { i, a in .object(try i.iterate(a[0])) }
        d.method("__repr__") { i, a in .str(try i.repr(a[0])) }
        d.dict["__hash__"] = .none
    }

    static func installSetType() {
        for t in [PyType.set, PyType.frozenset] {
            let frozen = t === PyType.frozenset
            t.newHook = { i, _, a in
                try a.expect(frozen ? "frozenset" : "set", min: 0, max: 1)
                let s = PySet(frozen: frozen)
                if let src = a.positional.first { for x in try i.collect(src) { try i.setAdd(s, x) } }
                return .object(s)
            }
            t.method("__repr__") { i, a in
                guard let s = a[0].asObject as? PySet else { return .str("set()") }
                let name = s.frozen ? "frozenset" : "set"
                if s.count == 0 { return .str("\(name)()") }
                let inner = "{" + (try s.table.elements.map { try i.repr($0) }.joined(separator: ", ")) + "}"
                return .str(s.frozen ? "frozenset(\(inner))" : inner)
            }
            func set(_ a: Args) throws -> PySet {
                guard let x = a.positional.first?.asObject as? PySet else { throw PyError.typeError("descriptor requires a 'set' object") }
                return x
            }
            func others(_ i: Interpreter, _ a: Args) throws -> [PySet] {
                try a.positional.dropFirst().map { v in
                    if let s = v.asObject as? PySet { return s }
                    let s = PySet()
                    for x in try i.collect(v) { try i.setAdd(s, x) }
                    return s
                }
            }
            for (name, op) in [("union", PythonSyntax.BinaryOp.bitOr), ("intersection", .bitAnd), ("difference", .sub), ("symmetric_difference", .bitXor)] {
                t.method(name) { i, a in
                    var r = try set(a)
                    let os = try others(i, a)
                    if os.isEmpty { r = try i.setOperation(.bitOr, r, PySet()) }
                    for o in os { r = try i.setOperation(op, r, o) }
                    return .object(r)
                }
            }
            t.method("issubset") { i, a in .bool(try i.compareBool(.le, a[0], .object(try others(i, a).first ?? PySet()))) }
            t.method("issuperset") { i, a in .bool(try i.compareBool(.ge, a[0], .object(try others(i, a).first ?? PySet()))) }
            t.method("isdisjoint") { i, a in
                let s = try set(a)
                for x in try others(i, a).first?.table.elements ?? [] where try i.setContains(s, x) { return .false }
                return .true
            }
            t.method("copy") { i, a in .object(try i.setOperation(.bitOr, try set(a), PySet())) }
            t.method("__len__") { i, a in .int(try i.length(a[0])) }
            t.method("__contains__") { i, a in .bool(try i.contains(a[0], a[1])) }
            t.method("__iter__") { i, a in .object(try i.iterate(a[0])) }
            if frozen { continue }
            t.dict["__hash__"] = .none
            t.method("add") { i, a in
                try a.expect("set.add", min: 2, max: 2)
                try i.setAdd(try set(a), a[1])
                return .none
            }
            t.method("remove") { i, a in
                try a.expect("set.remove", min: 2, max: 2)
                if try !i.setRemove(try set(a), a[1]) { throw PyError.keyError(a[1]) }
                return .none
            }
            t.method("discard") { i, a in
                try a.expect("set.discard", min: 2, max: 2)
                try i.setRemove(try set(a), a[1])
                return .none
            }
            t.method("pop") { _, a in
                guard let v = try set(a).table.popFirst() else { throw PyError.keyError(.str("pop from an empty set")) }
                return v
            }
            t.method("clear") { _, a in
                try set(a).table = SetTable()
                return .none
            }
            for (name, op) in [("update", PythonSyntax.BinaryOp.bitOr), ("intersection_update", .bitAnd), ("difference_update", .sub), ("symmetric_difference_update", .bitXor)] {
                t.method(name) { i, a in
                    let s = try set(a)
                    var r = s
                    for o in try others(i, a) { r = try i.setOperation(op, r, o) }
                    if r !== s { s.table = r.table }
                    return .none
                }
            }
        }
    }
}

import PythonSyntax
