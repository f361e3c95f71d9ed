import Foundation
import Python
import TFRuntime
import TensorCore

/// `tf.compat.v1.train.Saver`.
final class PyTFSaver: PyObject {
    /// Checkpoint key and variable, in the order given.
    let entries: [(key: String, variable: PyTFVariable)]
    /// How many recent checkpoints to keep (nil or 0: all), and the kept ones, oldest first.
    let maxToKeep: Int?
    var lastCheckpoints: [String] = []
    init(entries: [(key: String, variable: PyTFVariable)], maxToKeep: Int?) {
        self.entries = entries
        self.maxToKeep = maxToKeep
    }
    override var pyType: PyType { PyTFSaver.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Saver", module: "tensorflow", bases: [PyType.object])
        t.newHook = { i, _, a in
            let p = try a.bind("Saver", ["var_list", "reshape", "sharded", "max_to_keep", "keep_checkpoint_every_n_hours", "name"])
            var entries: [(key: String, variable: PyTFVariable)] = []
            if let vl = p[0], !vl.isNone {
                if let d = vl.asObject as? PyDict {
                    for (k, v) in d.table.entries {
                        guard let key = k.asString, let variable = v.asObject as? PyTFVariable else {
                            throw PyError.typeError("Variables to save should be passed in a dict or a list")
                        }
                        entries.append((key, variable))
                    }
                } else {
                    for v in try i.collect(vl) {
                        guard let variable = v.asObject as? PyTFVariable else {
                            throw PyError.typeError("Variable to save is not a Variable: \(try i.repr(v))")
                        }
                        entries.append((variable.name, variable))
                    }
                }
            } else {
                entries = i.graphVariables("variables").map { ($0.name, $0) }
                if entries.isEmpty { throw PyError.valueError("No variables to save") }
            }
            var keep: Int? = 5
            if let m = p[3] { keep = m.isNone ? nil : try i.index(m) }
            return .object(PyTFSaver(entries: entries, maxToKeep: keep))
        }
        t.method("save") { i, a in
            let p = try a.bind("save", ["self", "sess", "save_path", "global_step", "latest_filename", "meta_graph_suffix", "write_meta_graph", "write_state", "strip_default_attrs", "save_debug_info"], required: 3)
            guard let saver = a[0].asObject as? PyTFSaver, let sess = p[1]?.asObject as? PyTFSession, var path = p[2]?.asString else {
                throw PyError.typeError("save(sess, save_path) needs a session and a path")
            }
            if let step = p[3], !step.isNone {
                if let v = step.asObject as? PyTFVariable {
                    let value = try i.sessionRun(sess, fetches: .object(v), feedDict: nil)
                    path += "-\(try i.str(value))"
                } else {
                    path += "-\(try i.index(step))"
                }
            }
            var tensors: [(name: String, value: Tensor)] = []
            for (key, variable) in saver.entries {
                guard let handle = variable.handle else { throw PyError.typeError("Saver needs graph variables") }
                let res = sess.session.resource(named: handle.op.attrs["shared_name"]?.string ?? variable.name, dtype: variable.dtype, shape: variable.shape)
                guard let value = res.value else {
                    throw i.pythonError(TFError(.failedPrecondition, "Attempting to use uninitialized value \(variable.name)"))
                }
                tensors.append((key, value))
            }
            try i.checkFileAccess(path, write: true)
            try tfCall(i) { try CheckpointFile.write(prefix: path, tensors: tensors) }
            let writeMeta = try p[6].map { try i.truthy($0) } ?? true
            if writeMeta, let graph = saver.entries.first?.variable.graph {
                // The graph beside the values, as TF's .meta file is (in tflearn's own text form).
                let text = "# tflearn graph (not TF's MetaGraphDef)\n" + GraphDescription(graph).text
                try? text.write(toFile: path + ".meta", atomically: true, encoding: .utf8)
            }
            // TF's checkpoint bookkeeping: keep the newest max_to_keep, delete the older ones,
            // and name them in the folder's `checkpoint` file.
            saver.lastCheckpoints.removeAll { $0 == path }
            saver.lastCheckpoints.append(path)
            if let keep = saver.maxToKeep, keep > 0 {
                while saver.lastCheckpoints.count > keep {
                    CheckpointFile.remove(prefix: saver.lastCheckpoints.removeFirst())
                }
            }
            if try p[7].map({ try i.truthy($0) }) ?? true {
                let dir = (path as NSString).deletingLastPathComponent
                try tfCall(i) { try CheckpointFile.writeState(directory: dir, latest: path, all: saver.lastCheckpoints) }
            }
            return .str(path)
        }
        t.property("last_checkpoints", get: { _, v in
            .object(PyList(((v.asObject as? PyTFSaver)?.lastCheckpoints ?? []).map { .str($0) }))
        })
        t.method("restore") { i, a in
            let p = try a.bind("restore", ["self", "sess", "save_path"], required: 3)
            guard let saver = a[0].asObject as? PyTFSaver, let sess = p[1]?.asObject as? PyTFSession, let path = p[2]?.asString else {
                throw PyError.typeError("restore(sess, save_path) needs a session and a path")
            }
            try i.checkFileAccess(path, write: false)
            let values = try tfCall(i) { try CheckpointFile.read(prefix: path) }
            for (key, variable) in saver.entries {
                guard let handle = variable.handle else { continue }
                guard let t = values[key] else {
                    throw i.pythonError(TFError(.notFound, "Key \(key) not found in checkpoint"))
                }
                let res = sess.session.resource(named: handle.op.attrs["shared_name"]?.string ?? variable.name, dtype: variable.dtype, shape: variable.shape)
                res.value = t
            }
            return .none
        }
        return t
    }()
}

/// `tf.compat.v1.summary.FileWriter`.
final class PyTFFileWriter: PyObject {
    let writer: EventFileWriter
    init(_ w: EventFileWriter) { writer = w }
    override var pyType: PyType { PyTFFileWriter.type }

    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "FileWriter", module: "tensorflow", bases: [PyType.object])
        t.newHook = { i, _, a in
            let p = try a.bind("FileWriter", ["logdir", "graph", "max_queue", "flush_secs", "graph_def", "filename_suffix", "session"], required: 1)
            guard let dir = p[0]?.asString else { throw PyError.typeError("logdir must be a string") }
            try i.checkFileAccess(dir, write: true)
            let w = try tfCall(i) { try EventFileWriter(logdir: dir, suffix: p[5]?.asString ?? "") }
            if let g = p[1]?.asObject as? PyTFGraph { w.addGraph(g.graph) }
            return .object(PyTFFileWriter(w))
        }
        func writer(_ v: Value) throws -> EventFileWriter {
            guard let w = v.asObject as? PyTFFileWriter else { throw PyError.typeError("expected a FileWriter") }
            return w.writer
        }
        t.method("add_summary") { i, a in
            let p = try a.bind("add_summary", ["self", "summary", "global_step"], required: 2)
            let bytes: [UInt8]
            if let b = p[1]?.asObject as? PyBytes { bytes = b.bytes }
            else if let t = p[1]?.asObject as? PyTFTensor, let ev = t.handle.eagerValue, case .string(let s) = try ev.item() { bytes = ByteString.decode(s) }
            else { throw PyError.typeError("add_summary() needs a serialized Summary (bytes)") }
            let step = try p[2].flatMap { $0.isNone ? nil : try i.index($0) } ?? 0
            try writer(a[0]).addSummary(bytes, step: Int64(step))
            return .none
        }
        t.method("add_graph") { _, a in
            if let g = a.positional.dropFirst().first?.asObject as? PyTFGraph { try writer(a[0]).addGraph(g.graph) }
            return .none
        }
        t.method("flush") { _, a in
            try writer(a[0]).flush()
            return .none
        }
        t.method("close") { _, a in
            try writer(a[0]).close()
            return .none
        }
        t.method("__enter__") { _, a in a[0] }
        t.method("__exit__") { _, a in
            try writer(a[0]).close()
            return .false
        }
        t.property("logdir", get: { _, v in .str(((try writer(v)).path as NSString).deletingLastPathComponent) })
        return t
    }()
}

func installSaverAndSummaries(_ m: PyModule, v1: Bool) {
    if case .object(let o)? = m["train"], let train = o as? PyModule {
        train["Saver"] = .object(PyTFSaver.type)
    }
    guard v1 else { return }
    let summary = PyModule(name: "\(m.name).summary")
    summary["FileWriter"] = .object(PyTFFileWriter.type)
    summary.function("scalar") { i, a in
        let p = try a.bind("scalar", ["name", "tensor", "collections", "family"], required: 2)
        guard let name = p[0]?.asString else { throw PyError.typeError("summary name must be a string") }
        let out = try i.tfOp1("ScalarSummary", name: .str(name), inputs: [(.str(name), "tags"), (p[1] ?? .none, "values")], matchFirstDType: false)
        if let t = out.asObject as? PyTFTensor, let g = t.handle.graphTensor {
            g.graph.addToCollection("summaries", t)
        }
        return out
    }
    summary.function("merge_all") { i, a in
        let tensors = i.tf.runtime.defaultGraph.collection("summaries").compactMap { $0 as? PyTFTensor }
        if tensors.isEmpty { return .none }
        return try i.tfOp1("MergeSummary", name: a.keyword("name") ?? .str("Merge/MergeSummary"),
                           inputs: tensors.enumerated().map { (.object($0.element), "inputs_\($0.offset)") }, matchFirstDType: false)
    }
    summary.function("merge") { i, a in
        let p = try a.bind("merge", ["inputs", "collections", "name"], required: 1)
        let items = try i.collect(p[0] ?? .none)
        return try i.tfOp1("MergeSummary", name: p[2], inputs: items.enumerated().map { ($0.element, "inputs_\($0.offset)") }, matchFirstDType: false)
    }
    m["summary"] = .object(summary)
}
