import Python
import TFRuntime
import TensorCore

/// The shape of a `Session.run` fetch argument, rebuilt around the fetched values.
enum FetchShape {
    case tensor(Int)
    case op
    case list([FetchShape])
    case tuple([FetchShape])
    case dict([(Value, FetchShape)])
}

/// A session's last flattened fetch argument: a training loop passes the same tensor, op or list
/// of them every step. The objects are held, so their identities stay valid.
final class FetchMemo {
    let container: PyObject
    let items: [PyObject]
    let tensors: [GraphTensor]
    let targets: [Operation]
    let shape: FetchShape

    init(container: PyObject, items: [PyObject], tensors: [GraphTensor], targets: [Operation], shape: FetchShape) {
        self.container = container
        self.items = items
        self.tensors = tensors
        self.targets = targets
        self.shape = shape
    }

    /// Whether `fetches` is the memo's argument, with the same items.
    func matches(_ fetches: Value) -> Bool {
        guard case .object(let o) = fetches, o === container else { return false }
        let current: [Value]
        if let l = o as? PyList {
            current = l.items
        } else if let t = o as? PyTuple {
            current = t.items
        } else {
            if let variable = o as? PyTFVariable { return tensors.first === variable.readValue }
            return items.isEmpty
        }
        guard current.count == items.count else { return false }
        for (v, item) in zip(current, items) {
            guard case .object(let x) = v, x === item else { return false }
            // A variable is fetched through its read tensor, which must still be the one flattened.
            if let variable = x as? PyTFVariable, !tensors.contains(where: { $0 === variable.readValue }) { return false }
        }
        return true
    }

    /// A memo for a tensor, an op, or a flat list or tuple of them; nil for anything else.
    static func make(_ fetches: Value, tensors: [GraphTensor], targets: [Operation], shape: FetchShape) -> FetchMemo? {
        guard case .object(let o) = fetches else { return nil }
        func plain(_ x: PyObject) -> Bool { x is PyTFTensor || x is PyTFOperation || x is PyTFVariable }
        if plain(o) { return FetchMemo(container: o, items: [], tensors: tensors, targets: targets, shape: shape) }
        let items: [Value]
        if let l = o as? PyList { items = l.items } else if let t = o as? PyTuple { items = t.items } else { return nil }
        var objects: [PyObject] = []
        for v in items {
            guard case .object(let x) = v, plain(x) else { return nil }
            objects.append(x)
        }
        return FetchMemo(container: o, items: objects, tensors: tensors, targets: targets, shape: shape)
    }
}

extension Interpreter {
    /// The session for `eval()`/`run()`: the one given, or the default one.
    func sessionFor(_ v: Value?, graph: Graph) throws -> PyTFSession {
        if let v, !v.isNone {
            guard let s = v.asObject as? PyTFSession else { throw PyError.typeError("session must be a tf.Session") }
            return s
        }
        guard let s = tf.defaultSession else {
            throw PyError.valueError("Cannot evaluate tensor using `eval()`: No default session is registered. Use `with sess.as_default()` or pass an explicit session to `eval(session=sess)`")
        }
        if s.session.graph !== graph {
            throw PyError.valueError("Cannot use the given session to evaluate tensor: the tensor's graph is different from the session's graph.")
        }
        return s
    }

    func evalTensor(_ t: PyTFTensor, feedDict: Value?, session: Value?) throws -> Value {
        if let ev = t.handle.eagerValue { return numpyValue(ev) }
        guard let g = t.handle.graphTensor else { throw PyError.typeError("cannot evaluate this tensor") }
        let s = try sessionFor(session, graph: g.graph)
        return try sessionRun(s, fetches: .object(t), feedDict: feedDict)
    }

    /// `sess.run(fetches, feed_dict)` with single, list, tuple, dict and nested fetches.
    func sessionRun(_ sess: PyTFSession, fetches: Value, feedDict: Value?) throws -> Value {
        let tensors: [GraphTensor]
        let targets: [Operation]
        let shape: FetchShape
        if let memo = sess.fetchMemo, memo.matches(fetches) {
            tensors = memo.tensors
            targets = memo.targets
            shape = memo.shape
        } else {
            var ts: [GraphTensor] = [], ops: [Operation] = []
            shape = try flattenFetch(fetches, sess, &ts, &ops)
            (tensors, targets) = (ts, ops)
            sess.fetchMemo = FetchMemo.make(fetches, tensors: tensors, targets: targets, shape: shape)
        }
        var feeds = Feeds()
        if let fd = feedDict, !fd.isNone {
            if case .object(let o) = fd, let d = o as? PyDict {
                // The table read once (each `d.table` access is an exclusive access to the dict).
                let table = d.table
                feeds.reserveCapacity(table.count)
                for i in 0..<table.entryBound {
                    if let k = table.key(at: i) { try addFeed(k, table.value(at: i), sess, &feeds) }
                }
            } else {
                for (k, v) in try mappingItems(fd) { try addFeed(k, v, sess, &feeds) }
            }
        }
        let results = try tfCall(self) { try sess.session.run(fetches: tensors, targets: targets, feeds: feeds) }
        return try rebuildFetch(shape, results)
    }

    /// Flattens a fetch argument into the tensors and ops to run; returns its shape.
    private func flattenFetch(_ v: Value, _ sess: PyTFSession, _ tensors: inout [GraphTensor],
                              _ targets: inout [Operation]) throws -> FetchShape {
        if case .object(let o) = v {
            switch o {
            case let t as PyTFTensor:
                guard let g = t.handle.graphTensor else {
                    throw PyError.typeError("Fetch argument \(try repr(v)) has invalid type \(v.pyType.reprString), must be a string or Tensor. (Can not convert a EagerTensor into a Tensor or Operation.)")
                }
                try checkGraph(g.graph, sess)
                tensors.append(g)
                return .tensor(tensors.count - 1)
            case let op as PyTFOperation:
                try checkGraph(op.op.graph, sess)
                targets.append(op.op)
                return .op
            case let variable as PyTFVariable:
                guard let read = variable.readValue else { throw PyError.typeError("cannot fetch an eager variable") }
                try checkGraph(read.graph, sess)
                tensors.append(read)
                return .tensor(tensors.count - 1)
            case let l as PyList:
                var shapes: [FetchShape] = []
                for x in l.items { shapes.append(try flattenFetch(x, sess, &tensors, &targets)) }
                return .list(shapes)
            case let t as PyTuple:
                var shapes: [FetchShape] = []
                for x in t.items { shapes.append(try flattenFetch(x, sess, &tensors, &targets)) }
                return .tuple(shapes)
            case let d as PyDict:
                var pairs: [(Value, FetchShape)] = []
                for e in d.table.entries { pairs.append((e.key, try flattenFetch(e.value, sess, &tensors, &targets))) }
                return .dict(pairs)
            case let s as PyStr:
                let g = try tfCall(self) { try sess.session.graph.tensor(named: s.value) }
                tensors.append(g)
                return .tensor(tensors.count - 1)
            default:
                break
            }
        }
        throw PyError.typeError("Fetch argument \(try repr(v)) has invalid type \(v.pyType.reprString), must be a string or Tensor. (Can not convert a \(v.typeName) into a Tensor or Operation.)")
    }

    /// One `feed_dict` entry: the tensor fed (or its name) and the value.
    private func addFeed(_ k: Value, _ v: Value, _ sess: PyTFSession, _ feeds: inout Feeds) throws {
        let target: GraphTensor
        if case .object(let o) = k, let t = o as? PyTFTensor, let g = t.handle.graphTensor {
            target = g
        } else if let s = k.asString {
            target = try tfCall(self) { try sess.session.graph.tensor(named: s) }
        } else {
            throw PyError.typeError("Cannot interpret feed_dict key as Tensor: Can not convert a \(k.typeName) into a Tensor.")
        }
        feeds.set(ObjectIdentifier(target), try feedValue(v, for: target))
    }

    /// The fetched values in the shape of the fetch argument.
    private func rebuildFetch(_ s: FetchShape, _ results: [Tensor]) throws -> Value {
        switch s {
        case .tensor(let i): return numpyValue(results[i])
        case .op: return .none
        case .list(let xs):
            var items: [Value] = []
            items.reserveCapacity(xs.count)
            for x in xs { items.append(try rebuildFetch(x, results)) }
            return .object(PyList(items))
        case .tuple(let xs):
            var items: [Value] = []
            items.reserveCapacity(xs.count)
            for x in xs { items.append(try rebuildFetch(x, results)) }
            return .object(PyTuple(items))
        case .dict(let pairs):
            let d = PyDict()
            for (k, x) in pairs { try dictSet(d, k, try rebuildFetch(x, results)) }
            return .object(d)
        }
    }

    private func checkGraph(_ g: Graph, _ sess: PyTFSession) throws {
        if g !== sess.session.graph {
            throw PyError.valueError("Fetch argument cannot be interpreted as a Tensor. (Tensor is not an element of this graph.)")
        }
    }

    /// A fed value, converted to the tensor's dtype and checked against its shape.
    private func feedValue(_ v: Value, for t: GraphTensor) throws -> Tensor {
        var value: Tensor
        if case .float(let d) = v, t.dtype == .float32 {
            // A Python float fed to a float32 tensor (a learning rate): what converting it to a
            // float64 array and casting gives.
            value = Tensor(scalar: Float(d))
        } else if let np = NumpyBridge.tensorIfNumpy(v) {
            value = np
        } else if case .object(let o) = v, let tt = o as? PyTFTensor, let ev = tt.handle.eagerValue {
            value = ev
        } else {
            value = try NumpyBridge.tensor(from: v, interp: self)
        }
        if value.dtype != t.dtype {
            value = try Conversion.cast(value, to: t.dtype, flavor: .numpy)
        }
        // Compatible shapes, checked without building a TensorShape.
        guard let dims = t.shape.dims else { return value }
        if dims.count == value.shape.count, zip(dims, value.shape).allSatisfy({ $0 == nil || $0 == $1 }) {
            return value
        }
        let given = TensorShape(value.shape)
        if !given.isCompatible(with: t.shape) {
            throw PyError.valueError("Cannot feed value of shape \(given) for Tensor \(t.name), which has shape \(t.shape)")
        }
        return value
    }
}
