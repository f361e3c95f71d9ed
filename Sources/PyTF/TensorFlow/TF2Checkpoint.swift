import Foundation
import Python
import TFRuntime
import TensorCore

/// `tf.train.Checkpoint(**objects)`: saves the variables it can reach, keyed by attribute path.
final class PyTFCheckpoint: PyObject {
    var objects: [(String, Value)]
    var saveCounter = 0
    /// TF makes the `save_counter` variable on the first save() or restore(), so a write() before
    /// either leaves it out of the file.
    var hasSaveCounter = false
    init(objects: [(String, Value)]) { self.objects = objects }
    override var pyType: PyType { PyTFCheckpoint.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Checkpoint", module: "tensorflow", bases: [PyType.object])
        t.newHook = { _, _, a in .object(PyTFCheckpoint(objects: a.keywords.map { ($0.name, $0.value) })) }
        func ck(_ v: Value) throws -> PyTFCheckpoint {
            guard let c = v.asObject as? PyTFCheckpoint else { throw PyError.typeError("expected a Checkpoint") }
            return c
        }
        t.method("save") { i, a in
            let c = try ck(a[0])
            guard a.count >= 2, let prefix = a[1].asString else { throw PyError.typeError("save() needs a file prefix") }
            c.saveCounter += 1
            c.hasSaveCounter = true
            let path = "\(prefix)-\(c.saveCounter)"
            try i.checkFileAccess(path, write: true)
            try c.write(i, path)
            // save() (not write()) names the newest checkpoint in the folder's `checkpoint` file,
            // relative to the folder, as TF 2 does.
            let base = (path as NSString).lastPathComponent
            try tfCall(i) { try CheckpointFile.writeState(directory: (path as NSString).deletingLastPathComponent, latest: base, all: [base]) }
            return .str(path)
        }
        t.method("write") { i, a in
            let c = try ck(a[0])
            guard a.count >= 2, let path = a[1].asString else { throw PyError.typeError("write() needs a file path") }
            try i.checkFileAccess(path, write: true)
            try c.write(i, path)
            return .str(path)
        }
        t.method("restore") { i, a in
            let c = try ck(a[0])
            guard a.count >= 2, let path = a[1].asString else { throw PyError.typeError("restore() needs a save path") }
            try i.checkFileAccess(path, write: false)
            let values = try tfCall(i) { try CheckpointFile.read(prefix: path) }
            c.hasSaveCounter = true
            if let counter = values["save_counter" + PyTFCheckpoint.valueSuffix], let n = counter.doubles?.first { c.saveCounter = Int(n) }
            for (key, variable) in try c.variables(i) {
                guard let value = values[key + PyTFCheckpoint.valueSuffix] else { continue }
                guard let r = variable.resource else { throw PyError.typeError("Checkpoint restores eager variables") }
                r.value = value
            }
            return .object(PyCheckpointStatus())
        }
        t.property("save_counter", get: { _, v in .int((try ck(v)).saveCounter) })
        return t
    }()

    /// Variables reachable from the checkpointed objects, keyed by their path (`model/dense1/kernel`).
    func variables(_ i: Interpreter) throws -> [(String, PyTFVariable)] {
        var out: [(String, PyTFVariable)] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ v: Value, _ path: String, _ depth: Int) throws {
            guard depth < 16, case .object(let o) = v else { return }
            if let variable = o as? PyTFVariable {
                if seen.insert(ObjectIdentifier(variable)).inserted { out.append((path, variable)) }
                return
            }
            if seen.contains(ObjectIdentifier(o)) { return }
            seen.insert(ObjectIdentifier(o))
            if let l = o as? PyList { for (k, x) in l.items.enumerated() { try visit(x, "\(path)/\(k)", depth + 1) }; return }
            if let t = o as? PyTuple { for (k, x) in t.items.enumerated() { try visit(x, "\(path)/\(k)", depth + 1) }; return }
            if let d = o as? PyDict {
                for (k, x) in d.table.entries { try visit(x, "\(path)/\(try i.str(k))", depth + 1) }
                return
            }
            if let c = o as? PyTFCheckpoint {
                for (k, x) in c.objects { try visit(x, "\(path)/\(k)", depth + 1) }
                return
            }
            if let inst = o as? PyInstance {
                // A Keras layer's own weight lists are bookkeeping that tf-keras does not track:
                // its weights are reached through the attributes that hold them (`dense/kernel`).
                for (k, x) in inst.dict where !k.hasPrefix("__") && !PyTFCheckpoint.untracked.contains(k) {
                    try visit(x, "\(path)/\(k)", depth + 1)
                }
            }
        }
        for (name, v) in objects { try visit(v, name, 0) }
        return out
    }

    /// Attributes of the built-in Keras classes that tf-keras keeps out of checkpoints.
    static let untracked: Set<String> = ["_trainable_weights", "_non_trainable_weights"]

    /// TF 2's key suffix for a variable's value (`v/.ATTRIBUTES/VARIABLE_VALUE`).
    static let valueSuffix = "/.ATTRIBUTES/VARIABLE_VALUE"

    func write(_ i: Interpreter, _ path: String) throws {
        var tensors: [(name: String, value: Tensor)] = []
        for (key, variable) in try variables(i) {
            guard let value = variable.resource?.value else { throw PyError.typeError("Checkpoint saves eager variables") }
            tensors.append((key + PyTFCheckpoint.valueSuffix, value))
        }
        // What else TF 2 puts in every checkpoint: the save counter and the object graph.
        if hasSaveCounter { tensors.append(("save_counter" + PyTFCheckpoint.valueSuffix, Tensor(scalar: Int64(saveCounter)))) }
        tensors.append(("_CHECKPOINTABLE_OBJECT_GRAPH", Tensor(.string(objects.map(\.0).joined(separator: ",")))))
        try tfCall(i) { try CheckpointFile.write(prefix: path, tensors: tensors) }
    }
}

/// What `Checkpoint.restore` returns.
final class PyCheckpointStatus: PyObject {
    override var pyType: PyType { PyCheckpointStatus.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "CheckpointLoadStatus", module: "tensorflow", bases: [PyType.object])
        for name in ["assert_consumed", "assert_existing_objects_matched", "expect_partial", "assert_nontrivial_match"] {
            t.method(name) { _, a in a[0] }
        }
        return t
    }()
}

/// `tf.summary.create_file_writer(logdir)`: a writer made default with `as_default()`.
final class PySummaryWriter: PyObject {
    let writer: EventFileWriter
    var closed = false
    init(_ w: EventFileWriter) { writer = w }
    override var pyType: PyType { PySummaryWriter.type }

    /// TF's error for using a closed writer (its repr names TF's class and an address).
    func checkOpen() throws {
        guard closed else { return }
        let address = String(UInt(bitPattern: ObjectIdentifier(self)), radix: 16)
        throw PyError.runtimeError("SummaryWriter <tensorflow.python.ops.summary_ops_v2._ResourceSummaryWriter object at 0x\(address)> is already closed")
    }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "SummaryWriter", module: "tensorflow", bases: [PyType.object])
        func w(_ v: Value) throws -> PySummaryWriter {
            guard let x = v.asObject as? PySummaryWriter else { throw PyError.typeError("expected a summary writer") }
            return x
        }
        t.method("as_default") { _, a in
            let p = try a.bind("as_default", ["self", "step"], required: 1)
            let x = try w(a[0])
            try x.checkOpen()
            let step = p[1] ?? .none
            var savedStep: Value = .none
            return .object(PyContextManager(enter: { i in
                i.tf.summaryWriters.append(x)
                savedStep = i.tf.summaryStep
                if !step.isNone { i.tf.summaryStep = step }
                return a[0]
            }, exit: { i in
                if let k = i.tf.summaryWriters.lastIndex(where: { $0 === x }) { i.tf.summaryWriters.remove(at: k) }
                if !step.isNone { i.tf.summaryStep = savedStep }
            }))
        }
        t.method("set_as_default") { i, a in
            let p = try a.bind("set_as_default", ["self", "step"], required: 1)
            let x = try w(a[0])
            try x.checkOpen()
            i.tf.summaryWriters.append(x)
            if let step = p[1], !step.isNone { i.tf.summaryStep = step }
            return .none
        }
        t.method("flush") { _, a in
            (try w(a[0])).writer.flush()
            return .none
        }
        t.method("close") { _, a in
            let x = try w(a[0])
            x.closed = true
            x.writer.close()
            return .none
        }
        return t
    }()
}

/// `tf.train.Checkpoint` and the functions that read checkpoints, in `tf.train` and `tf.compat.v1.train`.
func installCheckpointReaders(_ m: PyModule) {
    if case .object(let o)? = m["train"], let train = o as? PyModule {
        train["Checkpoint"] = .object(PyTFCheckpoint.type)
        train.function("latest_checkpoint") { i, a in
            guard let dir = a.positional.first?.asString else { throw PyError.typeError("latest_checkpoint() needs a directory") }
            try i.checkFileAccess(dir, write: false)
            return CheckpointFile.latest(directory: dir).map { .str($0) } ?? .none
        }
        train.function("list_variables") { i, a in
            let prefix = try checkpointPrefix(i, a, "list_variables")
            let entries = try tfCall(i) { try CheckpointFile.list(prefix: prefix) }
            return .object(PyList(entries.map { e in
                .object(PyTuple([.str(e.name), .object(PyList(e.shape.map { .int($0) }))]))
            }))
        }
        train.function("load_checkpoint") { i, a in
            let prefix = try checkpointPrefix(i, a, "load_checkpoint")
            let values = try tfCall(i) { try CheckpointFile.read(prefix: prefix) }
            return .object(PyCheckpointReader(values))
        }
        train.function("checkpoint_exists") { i, a in
            guard let p = a.positional.first?.asString else { throw PyError.typeError("checkpoint_exists() needs a path") }
            return .bool(CheckpointFile.exists(prefix: p))
        }
    }
}

func installTF2IO(_ m: PyModule) {
    installCheckpointReaders(m)
    let summary: PyModule
    if case .object(let o)? = m["summary"], let s = o as? PyModule { summary = s } else {
        summary = PyModule(name: "\(m.name).summary")
        m["summary"] = .object(summary)
    }
    summary.function("create_file_writer") { i, a in
        let p = try a.bind("create_file_writer", ["logdir", "max_queue", "flush_millis", "filename_suffix", "name", "experimental_trackable", "experimental_mesh"], required: 1)
        guard let dir = p[0]?.asString else { throw PyError.typeError("logdir must be a string") }
        try i.checkFileAccess(dir, write: true)
        return .object(PySummaryWriter(try tfCall(i) { try EventFileWriter(logdir: dir, suffix: p[3]?.asString ?? ".v2") }))
    }
    let experimental = PyModule(name: "tensorflow.summary.experimental")
    experimental.function("set_step") { i, a in
        let p = try a.bind("set_step", ["step"], required: 1)
        i.tf.summaryStep = p[0] ?? .none
        return .none
    }
    experimental.function("get_step") { i, _ in i.tf.summaryStep }
    summary["experimental"] = .object(experimental)
    summary.function("scalar") { i, a in
        let p = try a.bind("scalar", ["name", "data", "step", "description"], required: 2)
        guard let name = p[0]?.asString else { throw PyError.typeError("summary name must be a string") }
        guard let writer = i.tf.summaryWriters.last else { return i.wrap(.eager(EagerTensor(Tensor(scalar: false)))) }
        guard let stepValue = p[2].flatMap({ $0.isNone ? nil : $0 }) ?? (i.tf.summaryStep.isNone ? nil : i.tf.summaryStep) else {
            throw PyError.valueError("No step set. Please specify one either through the `step` argument or through tf.summary.experimental.set_step()")
        }
        let step = try i.index(i.tfHandle(stepValue).eagerValue.map { NumpyBridge.value($0) } ?? stepValue)
        let h = try i.tfHandle(p[1] ?? .none)
        guard let v = h.eagerValue, let d = v.storage.element(at: 0)?.doubleValue else {
            throw PyError.typeError("tf.summary.scalar needs an eager scalar value")
        }
        writer.writer.addSummary(scalarSummary(tag: name, value: Float(d)), step: Int64(step))
        return i.wrap(.eager(EagerTensor(Tensor(scalar: true))))
    }
}

/// A checkpoint prefix from a path or a folder (then its latest checkpoint), as
/// `tf.train.list_variables` and `load_checkpoint` take them.
private func checkpointPrefix(_ i: Interpreter, _ a: Args, _ fn: String) throws -> String {
    guard let path = a.positional.first?.asString else { throw PyError.typeError("\(fn)() needs a checkpoint path") }
    try i.checkFileAccess(path, write: false)
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
        guard let latest = CheckpointFile.latest(directory: path) else {
            throw PyError.valueError("Couldn't find 'checkpoint' file or checkpoints in given directory \(path)")
        }
        return latest
    }
    return path
}

/// What `tf.train.load_checkpoint` returns: a reader of saved values.
final class PyCheckpointReader: PyObject {
    let values: [String: Tensor]
    init(_ values: [String: Tensor]) { self.values = values }
    override var pyType: PyType { PyCheckpointReader.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "CheckpointReader", module: "tensorflow.python.training.py_checkpoint_reader", bases: [PyType.object])
        func reader(_ v: Value) throws -> PyCheckpointReader {
            guard let r = v.asObject as? PyCheckpointReader else { throw PyError.typeError("expected a CheckpointReader") }
            return r
        }
        t.method("get_tensor") { i, a in
            let r = try reader(a[0])
            guard a.count == 2, let name = a[1].asString else { throw PyError.typeError("get_tensor() needs a tensor name") }
            guard let value = r.values[name] else {
                throw i.pythonError(TFError(.notFound, "Key \(name) not found in checkpoint"))
            }
            return NumpyBridge.value(value)
        }
        t.method("has_tensor") { _, a in
            let r = try reader(a[0])
            return .bool(a.count == 2 && a[1].asString.map { r.values[$0] != nil } == true)
        }
        t.method("get_variable_to_shape_map") { i, a in
            let r = try reader(a[0])
            let d = PyDict()
            for (k, v) in r.values.sorted(by: { $0.key < $1.key }) {
                try i.dictSet(d, .str(k), .object(PyList(v.shape.map { .int($0) })))
            }
            return .object(d)
        }
        t.method("get_variable_to_dtype_map") { i, a in
            let r = try reader(a[0])
            let d = PyDict()
            for (k, v) in r.values.sorted(by: { $0.key < $1.key }) { try i.dictSet(d, .str(k), .object(PyTFDType.of(v.dtype))) }
            return .object(d)
        }
        return t
    }()
}
