import TensorCore

/// Element-level access to tensor storage that numpy's views and item assignment need.
enum NumpyStorage {
    /// A placeholder value (an empty float64 vector).
    static let empty = Tensor([Double]())

    /// A tensor of `shape` over `storage`, whose count the caller has made match; a flat vector if not.
    static func tensor(_ shape: [Int], _ storage: TensorStorage) -> Tensor {
        if let t = try? Tensor(shape: shape, storage: storage) { return t }
        return flat(storage)
    }

    /// The storage as a 1-D tensor.
    static func flat(_ storage: TensorStorage) -> Tensor {
        switch storage {
        case let .float32(v): return Tensor(v)
        case let .float64(v): return Tensor(v)
        case let .int32(v): return Tensor(v)
        case let .int64(v): return Tensor(v)
        case let .uint8(v): return Tensor(v)
        case let .bool(v): return Tensor(v)
        case let .string(v): return Tensor(v)
        }
    }

    /// `values` repeated to `count` elements (a single value broadcast), or as they are.
    static func repeated(_ values: TensorStorage, count: Int) -> TensorStorage {
        guard values.count == 1, count != 1, let v = values.element(at: 0) else { return values }
        return TensorStorage.repeating(v, count: count)
    }
}

extension TensorStorage {
    /// The elements at flat positions, which callers have checked are in range.
    func numpyGather(_ indices: [Int]) -> TensorStorage {
        let n = count
        func pick<T>(_ v: [T], _ zero: T) -> [T] {
            indices.map { $0 >= 0 && $0 < n ? v[$0] : zero }
        }
        switch self {
        case let .float32(v): return .float32(pick(v, 0))
        case let .float64(v): return .float64(pick(v, 0))
        case let .int32(v): return .int32(pick(v, 0))
        case let .int64(v): return .int64(pick(v, 0))
        case let .uint8(v): return .uint8(pick(v, 0))
        case let .bool(v): return .bool(pick(v, false))
        case let .string(v): return .string(pick(v, ""))
        }
    }

    /// Writes `values` (same dtype; one value per position, or a single value for all) at flat
    /// positions, in place when the storage is uniquely referenced. Later positions win.
    mutating func numpyScatter(_ values: TensorStorage, at indices: [Int]) {
        let n = count
        func put<T>(_ target: inout [T], _ source: [T]) {
            if source.count == 1, indices.count != 1 {
                let x = source[0]
                for i in indices where i >= 0 && i < n { target[i] = x }
                return
            }
            for (k, i) in indices.enumerated() where k < source.count && i >= 0 && i < n { target[i] = source[k] }
        }
        switch self {
        case .float32(var a):
            guard case let .float32(v) = values else { return }
            self = .bool([]); put(&a, v); self = .float32(a)
        case .float64(var a):
            guard case let .float64(v) = values else { return }
            self = .bool([]); put(&a, v); self = .float64(a)
        case .int32(var a):
            guard case let .int32(v) = values else { return }
            self = .bool([]); put(&a, v); self = .int32(a)
        case .int64(var a):
            guard case let .int64(v) = values else { return }
            self = .bool([]); put(&a, v); self = .int64(a)
        case .uint8(var a):
            guard case let .uint8(v) = values else { return }
            self = .bool([]); put(&a, v); self = .uint8(a)
        case .bool(var a):
            guard case let .bool(v) = values else { return }
            self = .int32([]); put(&a, v); self = .bool(a)
        case .string(var a):
            guard case let .string(v) = values else { return }
            self = .bool([]); put(&a, v); self = .string(a)
        }
    }
}

