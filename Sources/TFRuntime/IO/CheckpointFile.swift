import Foundation
import TensorCore

/// Saved variable values: `PREFIX.index` (names, dtypes, shapes, offsets, as JSON) and
/// `PREFIX.data-00000-of-00001` (raw little-endian values), and the `checkpoint` file TF keeps
/// beside them. The file names and the `checkpoint` file are TF's; the encoding inside is
/// tflearn's own (not TF's tensor bundle): tflearn reads what it wrote, real TF cannot.
public enum CheckpointFile {
    struct Entry: Codable {
        var name: String
        var dtype: String
        var shape: [Int]
        var offset: Int
        var length: Int
    }

    /// Writes `PREFIX.index` and `PREFIX.data-00000-of-00001` (creating the folder).
    public static func write(prefix: String, tensors: [(name: String, value: Tensor)]) throws {
        var data = Data()
        var entries: [Entry] = []
        for (name, t) in tensors.sorted(by: { $0.name < $1.name }) {
            let bytes = try encode(t)
            entries.append(Entry(name: name, dtype: t.dtype.name, shape: t.shape, offset: data.count, length: bytes.count))
            data.append(contentsOf: bytes)
        }
        let dir = (prefix as NSString).deletingLastPathComponent
        do {
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            try data.write(to: URL(fileURLWithPath: prefix + ".data-00000-of-00001"))
            try JSONEncoder().encode(entries).write(to: URL(fileURLWithPath: prefix + ".index"))
        } catch {
            throw TFError(.notFound, "\(prefix); No such file or directory")
        }
    }

    public static func read(prefix: String) throws -> [String: Tensor] {
        let (entries, data) = try load(prefix)
        var out: [String: Tensor] = [:]
        for e in entries {
            guard let dtype = DType(tensorflowName: e.dtype), e.offset >= 0, e.offset + e.length <= data.count else {
                throw TFError(.dataLoss, "Corrupted checkpoint entry \(e.name)")
            }
            out[e.name] = try decode(Array(data[e.offset..<(e.offset + e.length)]), dtype: dtype, shape: e.shape)
        }
        return out
    }

    /// The names, dtypes and shapes saved under `prefix`, sorted by name (`tf.train.list_variables`).
    public static func list(prefix: String) throws -> [(name: String, dtype: DType, shape: [Int])] {
        try load(prefix).entries.compactMap { e in DType(tensorflowName: e.dtype).map { (e.name, $0, e.shape) } }
            .sorted { $0.name < $1.name }
    }

    private static func load(_ prefix: String) throws -> (entries: [Entry], data: Data) {
        guard let index = FileManager.default.contents(atPath: prefix + ".index"),
              let data = FileManager.default.contents(atPath: prefix + ".data-00000-of-00001") else {
            throw TFError(.notFound, "Unsuccessful TensorSliceReader constructor: Failed to find any matching files for \(prefix)")
        }
        guard let entries = try? JSONDecoder().decode([Entry].self, from: index) else {
            throw TFError(.dataLoss, "Unable to read the checkpoint index \(prefix).index")
        }
        return (entries, data)
    }

    /// Whether a checkpoint exists under `prefix`.
    public static func exists(prefix: String) -> Bool {
        FileManager.default.fileExists(atPath: prefix + ".index")
    }

    /// Deletes a checkpoint's files (`.index`, `.data-*`, `.meta`).
    public static func remove(prefix: String) {
        for suffix in [".index", ".data-00000-of-00001", ".meta"] {
            try? FileManager.default.removeItem(atPath: prefix + suffix)
        }
    }

    /// The `checkpoint` file TF keeps in a checkpoint folder: the latest path, then all kept paths.
    public static func writeState(directory: String, latest: String, all: [String]) throws {
        var text = "model_checkpoint_path: \"\(latest)\"\n"
        for p in all { text += "all_model_checkpoint_paths: \"\(p)\"\n" }
        do {
            try text.write(toFile: (directory.isEmpty ? "." : directory) + "/checkpoint", atomically: true, encoding: .utf8)
        } catch {
            throw TFError(.notFound, "\(directory); No such file or directory")
        }
    }

    /// The latest checkpoint path the `checkpoint` file of `directory` names (made absolute when
    /// it is relative), nil when there is none.
    public static func latest(directory: String) -> String? {
        guard let text = try? String(contentsOfFile: (directory as NSString).appendingPathComponent("checkpoint"), encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model_checkpoint_path:") }),
              let first = line.firstIndex(of: "\""), let last = line.lastIndex(of: "\""), first < last else { return nil }
        let name = String(line[line.index(after: first)..<last])
        return name.hasPrefix("/") ? name : (directory as NSString).appendingPathComponent(name)
    }

    private static func encode(_ t: Tensor) throws -> [UInt8] {
        var out: [UInt8] = []
        func append<T>(_ xs: [T], _ bits: (T) -> UInt64, _ width: Int) {
            for x in xs {
                let b = bits(x)
                for k in 0..<width { out.append(UInt8(truncatingIfNeeded: b >> (8 * k))) }
            }
        }
        switch t.storage {
        case .float32(let xs): append(xs, { UInt64($0.bitPattern) }, 4)
        case .float64(let xs): append(xs, { $0.bitPattern }, 8)
        case .int32(let xs): append(xs, { UInt64(UInt32(bitPattern: $0)) }, 4)
        case .int64(let xs): append(xs, { UInt64(bitPattern: $0) }, 8)
        case .uint8(let xs): out = xs
        case .bool(let xs): out = xs.map { $0 ? 1 : 0 }
        case .string(let xs):
            // Each string as an 8-byte length and its UTF-8 bytes.
            for x in xs {
                let bytes = Array(x.utf8)
                for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: UInt64(bytes.count) >> (8 * k))) }
                out += bytes
            }
        }
        return out
    }

    private static func decode(_ b: [UInt8], dtype: DType, shape: [Int]) throws -> Tensor {
        func words(_ width: Int) -> [UInt64] {
            stride(from: 0, to: b.count - width + 1, by: width).map { i in
                (0..<width).reduce(UInt64(0)) { $0 | UInt64(b[i + $1]) << (8 * UInt64($1)) }
            }
        }
        let storage: TensorStorage
        switch dtype {
        case .float32: storage = .float32(words(4).map { Float(bitPattern: UInt32($0)) })
        case .float64: storage = .float64(words(8).map { Double(bitPattern: $0) })
        case .int32: storage = .int32(words(4).map { Int32(bitPattern: UInt32($0)) })
        case .int64: storage = .int64(words(8).map { Int64(bitPattern: $0) })
        case .uint8: storage = .uint8(b)
        case .bool: storage = .bool(b.map { $0 != 0 })
        case .string:
            var strings: [String] = []
            var i = 0
            while i + 8 <= b.count {
                let n = (0..<8).reduce(0) { $0 | Int(b[i + $1]) << (8 * $1) }
                i += 8
                guard n >= 0, i + n <= b.count else { throw TFError(.dataLoss, "Corrupted string in checkpoint") }
                strings.append(String(decoding: b[i..<(i + n)], as: UTF8.self))
                i += n
            }
            storage = .string(strings)
        }
        return try Tensor(shape: shape, storage: storage)
    }
}
