import Foundation
import TensorCore

/// Saved variable values: `PREFIX.index` (names, dtypes, shapes, offsets, as JSON) and
/// `PREFIX.data-00000-of-00001` (raw little-endian values), plus the `checkpoint` file TF keeps
/// beside them. (Not TF's tensor-bundle encoding: tflearn reads what it wrote.)
public enum CheckpointFile {
    struct Entry: Codable {
        var name: String
        var dtype: String
        var shape: [Int]
        var offset: Int
        var length: Int
    }

    public static func write(prefix: String, tensors: [(name: String, value: Tensor)]) throws {
        var data = Data()
        var entries: [Entry] = []
        for (name, t) in tensors.sorted(by: { $0.name < $1.name }) {
            let bytes = try encode(t)
            entries.append(Entry(name: name, dtype: t.dtype.name, shape: t.shape, offset: data.count, length: bytes.count))
            data.append(contentsOf: bytes)
        }
        let dir = (prefix as NSString).deletingLastPathComponent
        if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        do {
            try data.write(to: URL(fileURLWithPath: prefix + ".data-00000-of-00001"))
            try JSONEncoder().encode(entries).write(to: URL(fileURLWithPath: prefix + ".index"))
            let base = (prefix as NSString).lastPathComponent
            let state = "model_checkpoint_path: \"\(base)\"\nall_model_checkpoint_paths: \"\(base)\"\n"
            try state.write(toFile: (dir.isEmpty ? "." : dir) + "/checkpoint", atomically: true, encoding: .utf8)
        } catch {
            throw TFError(.notFound, "\(prefix); No such file or directory")
        }
    }

    public static func read(prefix: String) throws -> [String: Tensor] {
        guard let index = FileManager.default.contents(atPath: prefix + ".index"),
              let data = FileManager.default.contents(atPath: prefix + ".data-00000-of-00001") else {
            throw TFError(.notFound, "Unsuccessful TensorSliceReader constructor: Failed to find any matching files for \(prefix)")
        }
        guard let entries = try? JSONDecoder().decode([Entry].self, from: index) else {
            throw TFError(.dataLoss, "Unable to read the checkpoint index \(prefix).index")
        }
        var out: [String: Tensor] = [:]
        for e in entries {
            guard let dtype = DType(tensorflowName: e.dtype), e.offset >= 0, e.offset + e.length <= data.count else {
                throw TFError(.dataLoss, "Corrupted checkpoint entry \(e.name)")
            }
            out[e.name] = try decode(Array(data[e.offset..<(e.offset + e.length)]), dtype: dtype, shape: e.shape)
        }
        return out
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
        case .string:
            throw TFError(.unimplemented, "saving string variables is not supported")
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
        case .string: throw TFError(.unimplemented, "string variables are not supported")
        }
        return try Tensor(shape: shape, storage: storage)
    }
}
