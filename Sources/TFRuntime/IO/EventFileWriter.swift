import Foundation
import TensorCore

/// Writes an `events.out.tfevents.*` file: TFRecord-framed `Event` protos that TensorBoard reads.
public final class EventFileWriter {
    public let path: String
    private let handle: FileHandle
    private var closed = false

    /// Creates `logdir` if needed and opens a new events file in it.
    public init(logdir: String, suffix: String = "") throws {
        try FileManager.default.createDirectory(atPath: logdir, withIntermediateDirectories: true)
        let host = ProcessInfo.processInfo.hostName
        let stamp = Int(Date().timeIntervalSince1970)
        var name = "events.out.tfevents.\(stamp).\(host)\(suffix)"
        var n = 1
        while FileManager.default.fileExists(atPath: (logdir as NSString).appendingPathComponent(name)) {
            name = "events.out.tfevents.\(stamp).\(host).\(n)\(suffix)"
            n += 1
        }
        path = (logdir as NSString).appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
            throw TFError(.notFound, "Failed to create a new events file in \(logdir)")
        }
        handle = h
        write(event { $0.string(3, "brain.Event:2") })
    }

    private func event(step: Int64 = 0, _ body: (inout ProtoWriter) -> Void) -> [UInt8] {
        var w = ProtoWriter()
        w.double(1, Date().timeIntervalSince1970)
        if step != 0 { w.int64(2, step) }
        body(&w)
        return w.bytes
    }

    private func write(_ record: [UInt8]) {
        guard !closed else { return }
        var header: [UInt8] = []
        withUnsafeBytes(of: UInt64(record.count).littleEndian) { header.append(contentsOf: $0) }
        var out = header
        withUnsafeBytes(of: CRC32C.masked(header).littleEndian) { out.append(contentsOf: $0) }
        out.append(contentsOf: record)
        withUnsafeBytes(of: CRC32C.masked(record).littleEndian) { out.append(contentsOf: $0) }
        handle.write(Data(out))
    }

    /// Adds a serialized `Summary` at a step.
    public func addSummary(_ summary: [UInt8], step: Int64) {
        write(event(step: step) { $0.bytesField(5, summary) })
    }

    /// Adds the graph (as a `GraphDef` with each node's name, op and inputs).
    public func addGraph(_ graph: Graph) {
        var g = ProtoWriter()
        for op in graph.operations {
            g.message(1) { n in
                n.string(1, op.name)
                n.string(2, op.type)
                for t in op.inputs { n.string(3, t.index == 0 ? t.op.name : "\(t.op.name):\(t.index)") }
                for c in op.controlInputs { n.string(3, "^" + c.name) }
            }
        }
        write(event { $0.bytesField(4, g.bytes) })
    }

    public func flush() { try? handle.synchronize() }

    public func close() {
        guard !closed else { return }
        flush()
        try? handle.close()
        closed = true
    }

    deinit { close() }
}

/// A serialized `Summary` with one scalar value.
public func scalarSummary(tag: String, value: Float) -> [UInt8] {
    var w = ProtoWriter()
    w.message(1) { v in
        v.string(1, tag)
        v.float(2, value)
    }
    return w.bytes
}

func registerSummaryOps(_ r: OpRegistry) {
    r.register(OpDef("ScalarSummary", shape: { _ in [OutputSpec(.string, TensorShape([]))] }, kernel: { ctx in
        let tag = try ctx.tensor(0).item()
        let v = try ctx.tensor(1)
        guard case .string(let t) = tag, v.elementCount == 1, let d = v.storage.element(at: 0)?.doubleValue else {
            throw TFError.invalidArgument("tags and values are not the same shape")
        }
        return [.tensor(Tensor(scalar: ByteString.encode(scalarSummary(tag: t, value: Float(d)))))]
    }))
    r.register(OpDef("MergeSummary", shape: { _ in [OutputSpec(.string, TensorShape([]))] }, kernel: { ctx in
        var all: [UInt8] = []
        for i in 0..<ctx.inputs.count {
            if case .string(let s) = try ctx.tensor(i).item() { all += ByteString.decode(s) }
        }
        return [.tensor(Tensor(scalar: ByteString.encode(all)))]
    }))
}
