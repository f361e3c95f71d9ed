// The concrete n-dimensional array: contiguous row-major storage per dtype.

/// The elements of a tensor, in row-major order, typed by dtype.
///
/// float32 is held (and computed) in `Float`, float64 in `Double`, int32 in
/// `Int32`, int64 in `Int64`: results follow the dtype's arithmetic, not
/// Swift's default `Double`.
public enum TensorStorage: Sendable, Equatable {
    case float32([Float])
    case float64([Double])
    case int32([Int32])
    case int64([Int64])
    case uint8([UInt8])
    case bool([Bool])
    case string([String])

    public var dtype: DType {
        switch self {
        case .float32: return .float32
        case .float64: return .float64
        case .int32: return .int32
        case .int64: return .int64
        case .uint8: return .uint8
        case .bool: return .bool
        case .string: return .string
        }
    }

    public var count: Int {
        switch self {
        case let .float32(v): return v.count
        case let .float64(v): return v.count
        case let .int32(v): return v.count
        case let .int64(v): return v.count
        case let .uint8(v): return v.count
        case let .bool(v): return v.count
        case let .string(v): return v.count
        }
    }

    /// The element at a flat index, or `nil` when out of range.
    public func element(at i: Int) -> ScalarValue? {
        guard i >= 0, i < count else { return nil }
        switch self {
        case let .float32(v): return .float32(v[i])
        case let .float64(v): return .float64(v[i])
        case let .int32(v): return .int32(v[i])
        case let .int64(v): return .int64(v[i])
        case let .uint8(v): return .uint8(v[i])
        case let .bool(v): return .bool(v[i])
        case let .string(v): return .string(v[i])
        }
    }

    /// Storage of `count` copies of the zero of `dtype` (`0`, `False`, `""`).
    public static func zeros(_ dtype: DType, count: Int) -> TensorStorage {
        let n = max(0, count)
        switch dtype {
        case .float32: return .float32(Array(repeating: 0, count: n))
        case .float64: return .float64(Array(repeating: 0, count: n))
        case .int32: return .int32(Array(repeating: 0, count: n))
        case .int64: return .int64(Array(repeating: 0, count: n))
        case .uint8: return .uint8(Array(repeating: 0, count: n))
        case .bool: return .bool(Array(repeating: false, count: n))
        case .string: return .string(Array(repeating: "", count: n))
        }
    }

    /// Storage of `count` copies of `value`.
    public static func repeating(_ value: ScalarValue, count: Int) -> TensorStorage {
        let n = max(0, count)
        func filled<T>(_ v: T) -> [T] { [T](count: n) { $0.initialize(repeating: v, count: n) } }
        switch value {
        case let .float32(v): return .float32(n == 1 ? [v] : filled(v))
        case let .float64(v): return .float64(n == 1 ? [v] : filled(v))
        case let .int32(v): return .int32(n == 1 ? [v] : filled(v))
        case let .int64(v): return .int64(n == 1 ? [v] : filled(v))
        case let .uint8(v): return .uint8(filled(v))
        case let .bool(v): return .bool(Array(repeating: v, count: n))
        case let .string(v): return .string(Array(repeating: v, count: n))
        }
    }

    /// The elements at the given flat indices (which must be in range).
    func gathered(_ indices: [Int]) -> TensorStorage {
        switch self {
        case let .float32(v): return .float32(indices.map { v[$0] })
        case let .float64(v): return .float64(indices.map { v[$0] })
        case let .int32(v): return .int32(indices.map { v[$0] })
        case let .int64(v): return .int64(indices.map { v[$0] })
        case let .uint8(v): return .uint8(indices.map { v[$0] })
        case let .bool(v): return .bool(indices.map { v[$0] })
        case let .string(v): return .string(indices.map { v[$0] })
        }
    }
}

/// A concrete n-dimensional array of one dtype: TF's eager tensor value and
/// numpy's `ndarray`. A value type; scalars are rank-0 tensors.
public struct Tensor: Sendable, Equatable, CustomStringConvertible {
    /// The dimensions (empty for a scalar).
    public let shape: [Int]
    /// The elements in row-major order; `storage.count == elementCount`.
    public private(set) var storage: TensorStorage

    /// Creates a tensor, checking that the storage has as many elements as
    /// the shape and that no dimension is negative.
    public init(shape: [Int], storage: TensorStorage) throws {
        let n = try ShapeFormat.checkedElementCount(shape)
        guard n == storage.count else {
            throw TensorError.invalidArgument(
                "Expected \(n) values for shape \(ShapeFormat.brackets(shape)), got \(storage.count)")
        }
        self.shape = shape
        self.storage = storage
    }

    /// Changes the float32 elements in place (copying them first only when another value shares
    /// them); false, with nothing called, for other dtypes. A training step that updates a
    /// variable with the same shape allocates nothing.
    @discardableResult
    public mutating func updateFloat32(_ body: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows -> Bool {
        guard case .float32(var a) = storage else { return false }
        // Let go of this tensor's reference first, so that `a` is the only one if nothing else shares it.
        storage = .float32([])
        defer { storage = .float32(a) }
        try a.withUnsafeMutableBufferPointer { try body($0) }
        return true
    }

    /// `updateFloat32` for int64 elements.
    @discardableResult
    public mutating func updateInt64(_ body: (UnsafeMutableBufferPointer<Int64>) throws -> Void) rethrows -> Bool {
        guard case .int64(var a) = storage else { return false }
        storage = .int64([])
        defer { storage = .int64(a) }
        try a.withUnsafeMutableBufferPointer { try body($0) }
        return true
    }

    /// Creates a tensor whose storage is known to match the shape.
    @usableFromInline
    init(unchecked shape: [Int], _ storage: TensorStorage) {
        self.shape = shape
        self.storage = storage
    }

    /// A tensor from row-major values and a shape.
    @inlinable
    public init<T: TensorScalar>(_ values: [T], shape: [Int]) throws {
        try self.init(shape: shape, storage: T.wrap(values))
    }

    /// A 1-D tensor.
    @inlinable
    public init<T: TensorScalar>(_ values: [T]) {
        self.init(unchecked: [values.count], T.wrap(values))
    }

    /// A rank-0 tensor.
    @inlinable
    public init<T: TensorScalar>(scalar: T) {
        self.init(unchecked: [], T.wrap([scalar]))
    }

    /// A rank-0 tensor holding a boxed scalar.
    public init(_ scalar: ScalarValue) {
        self.init(unchecked: [], TensorStorage.repeating(scalar, count: 1))
    }

    /// A tensor of the given shape with every element equal to `value`.
    public init(repeating value: ScalarValue, shape: [Int]) throws {
        let n = try ShapeFormat.checkedElementCount(shape)
        self.init(unchecked: shape, TensorStorage.repeating(value, count: n))
    }

    public var dtype: DType { storage.dtype }
    public var rank: Int { shape.count }
    public var elementCount: Int { storage.count }
    public var isScalar: Bool { shape.isEmpty }

    /// The fully known shape as a ``TensorShape``.
    public var tensorShape: TensorShape { TensorShape(shape) }

    /// The elements if they are of type `T`.
    @inlinable
    public func values<T: TensorScalar>(as type: T.Type) -> [T]? { T.unwrap(storage) }

    /// The element at a flat (row-major) index.
    public func element(flat index: Int) throws -> ScalarValue {
        guard let v = storage.element(at: index) else {
            throw TensorError.indexOutOfBounds(index: index, axis: 0, size: elementCount)
        }
        return v
    }

    /// The element at a multi-index (negative indices count from the end).
    public func element(at index: [Int]) throws -> ScalarValue {
        guard index.count == rank else {
            if index.count > rank { throw TensorError.tooManyIndices(rank: rank, given: index.count) }
            throw TensorError.invalidArgument("Expected \(rank) indices, got \(index.count)")
        }
        var flat = 0
        for (axis, i) in index.enumerated() {
            let d = shape[axis]
            let j = i < 0 ? i + d : i
            guard j >= 0, j < d else { throw TensorError.indexOutOfBounds(index: i, axis: axis, size: d) }
            flat = flat * d + j
        }
        return try element(flat: flat)
    }

    /// The single element of a size-1 tensor (numpy's `.item()`, TF's
    /// conversion of a scalar tensor to a Python number).
    public func item() throws -> ScalarValue {
        guard elementCount == 1, let v = storage.element(at: 0) else {
            throw TensorError.described(
                .invalidArgument,
                tensorflow: "only size-1 arrays can be converted to Python scalars",
                numpy: "can only convert an array of size 1 to a Python scalar")
        }
        return v
    }

    /// All elements as boxed scalars (slow; for printing and conversions).
    public var scalars: [ScalarValue] {
        (0..<elementCount).compactMap { storage.element(at: $0) }
    }

    /// All elements converted to Double (`nil` for strings).
    public var doubles: [Double]? {
        switch storage {
        case let .float32(v): return v.map(Double.init)
        case let .float64(v): return v
        case let .int32(v): return v.map(Double.init)
        case let .int64(v): return v.map(Double.init)
        case let .uint8(v): return v.map(Double.init)
        case let .bool(v): return v.map { $0 ? 1 : 0 }
        case .string: return nil
        }
    }

    /// The same elements with another shape of the same element count.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        try Tensor(shape: newShape, storage: storage)
    }

    /// Element-wise equality that treats NaN as equal to NaN and compares
    /// floats by bit pattern (so `-0.0` differs from `0.0`).
    public func isIdentical(to other: Tensor) -> Bool {
        guard shape == other.shape else { return false }
        switch (storage, other.storage) {
        case let (.float32(a), .float32(b)): return a.map(\.bitPattern) == b.map(\.bitPattern)
        case let (.float64(a), .float64(b)): return a.map(\.bitPattern) == b.map(\.bitPattern)
        default: return storage == other.storage
        }
    }

    /// numpy's `str(array)`.
    public var description: String { NumpyFormat.arrayStr(self) }

    // MARK: construction from nested values

    /// Builds a tensor from nested lists of Python scalars, numpy scalars
    /// and arrays, as `np.array(value)` (flavor `.numpy`) or
    /// `tf.constant(value)` (flavor `.tensorflow`) do.
    ///
    /// - Parameters:
    ///   - dtype: the requested dtype; `nil` infers it (numpy: the result
    ///     type of all elements, Python ints int64, floats float64; TF: Python
    ///     ints int32 (int64 when too large), floats float32, typed values
    ///     keep their dtype).
    /// - Throws: for ragged nesting, mixed strings and numbers, or values
    ///   that cannot be converted to `dtype`.
    public init(nested value: NestedValue, dtype: DType? = nil, flavor: Flavor) throws {
        // An array converted to its own dtype, or between float widths (what every step of a
        // training loop that feeds numpy float64 data to float32 ops does): no per-element boxing.
        if case let .array(t) = value {
            if dtype == nil || dtype == t.dtype {
                self = t
                return
            }
            if let dtype, dtype.isFloating, t.dtype.isFloating {
                self = try Conversion.cast(t, to: dtype, flavor: flavor)
                return
            }
        }
        let shape = try Tensor.nestedShape(value, flavor: flavor)
        var leaves: [ScalarValue] = []
        var pythonLeaves: [PythonScalar?] = []
        Tensor.collectLeaves(value, into: &leaves, python: &pythonLeaves)
        let target = try dtype ?? Tensor.inferDType(leaves: leaves, python: pythonLeaves, flavor: flavor)
        var converted: [ScalarValue] = []
        converted.reserveCapacity(leaves.count)
        for (leaf, py) in zip(leaves, pythonLeaves) {
            converted.append(try Tensor.convert(leaf, python: py, to: target, flavor: flavor))
        }
        self.init(unchecked: shape, TensorStorage.from(converted, dtype: target))
    }

    private static func nestedShape(_ value: NestedValue, flavor: Flavor) throws -> [Int] {
        switch value {
        case .python, .typed: return []
        case let .array(t): return t.shape
        case let .list(items):
            guard let first = items.first else { return [0] }
            let inner = try nestedShape(first, flavor: flavor)
            for item in items.dropFirst() {
                guard try nestedShape(item, flavor: flavor) == inner else {
                    throw TensorError.described(
                        .invalidArgument,
                        tensorflow: "Can't convert non-rectangular Python sequence to Tensor.",
                        numpy: "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (\(items.count),) + inhomogeneous part.")
                }
            }
            return [items.count] + inner
        }
    }

    private static func collectLeaves(_ value: NestedValue, into leaves: inout [ScalarValue], python: inout [PythonScalar?]) {
        switch value {
        case let .python(p):
            switch p {
            case let .bool(b): leaves.append(.bool(b))
            case let .int(i): leaves.append(.int64(i))
            case let .float(f): leaves.append(.float64(f))
            case let .string(s): leaves.append(.string(s))
            }
            python.append(p)
        case let .typed(s):
            leaves.append(s)
            python.append(nil)
        case let .array(t):
            leaves.append(contentsOf: t.scalars)
            python.append(contentsOf: Array(repeating: nil, count: t.elementCount))
        case let .list(items):
            for item in items { collectLeaves(item, into: &leaves, python: &python) }
        }
    }

    private static func inferDType(leaves: [ScalarValue], python: [PythonScalar?], flavor: Flavor) throws -> DType {
        guard !leaves.isEmpty else { return flavor == .numpy ? .float64 : .float32 }
        switch flavor {
        case .numpy:
            var result: DType? = nil
            for leaf in leaves {
                guard let r = result else { result = leaf.dtype; continue }
                guard let next = DType.numpyResultType(r, leaf.dtype) else {
                    throw TensorError.invalidArgument("cannot mix strings and numbers in one array")
                }
                result = next
            }
            return result ?? .float64
        case .tensorflow:
            // Typed values (numpy arrays/scalars) keep their dtype; Python
            // values take TF's defaults, the widest kind present winning.
            var typed: DType? = nil
            var sawFloat = false, sawInt = false, sawBool = false, sawString = false
            var intTooBig = false
            for (leaf, py) in zip(leaves, python) {
                if let py {
                    switch py {
                    case .bool: sawBool = true
                    case let .int(i):
                        sawInt = true
                        if i < Int64(Int32.min) || i > Int64(Int32.max) { intTooBig = true }
                    case .float: sawFloat = true
                    case .string: sawString = true
                    }
                } else if typed == nil {
                    typed = leaf.dtype
                }
            }
            if let typed { return typed }
            if sawString {
                if sawFloat || sawInt || sawBool {
                    throw TensorError.invalidArgument("Can't convert Python sequence with mixed types to Tensor.")
                }
                return .string
            }
            if sawFloat { return .float32 }
            if sawInt { return intTooBig ? .int64 : .int32 }
            return .bool
        }
    }

    private static func convert(_ leaf: ScalarValue, python: PythonScalar?, to dtype: DType, flavor: Flavor) throws -> ScalarValue {
        if leaf.dtype == dtype { return leaf }
        // TF refuses to turn a Python float into an integer tensor.
        if flavor == .tensorflow, let python, case .float = python, dtype.isInteger {
            throw TensorError.described(
                .type,
                tensorflow: "Cannot convert \(leaf) to EagerTensor of dtype \(dtype.name)",
                numpy: "")
        }
        return try Conversion.castScalar(leaf, to: dtype)
    }
}

extension TensorStorage {
    /// Storage from boxed scalars that all have dtype `dtype` (others are cast).
    static func from(_ values: [ScalarValue], dtype: DType) -> TensorStorage {
        switch dtype {
        case .float32:
            return .float32(values.map { if case let .float32(v) = $0 { return v }; return Float($0.doubleValue ?? .nan) })
        case .float64:
            return .float64(values.map { if case let .float64(v) = $0 { return v }; return $0.doubleValue ?? .nan })
        case .int32:
            return .int32(values.map { if case let .int32(v) = $0 { return v }; return Int32(truncatingIfNeeded: $0.int64Value ?? 0) })
        case .int64:
            return .int64(values.map { if case let .int64(v) = $0 { return v }; return $0.int64Value ?? 0 })
        case .uint8:
            return .uint8(values.map { if case let .uint8(v) = $0 { return v }; return UInt8(truncatingIfNeeded: $0.int64Value ?? 0) })
        case .bool:
            return .bool(values.map { $0.boolValue })
        case .string:
            return .string(values.map { if case let .string(v) = $0 { return v }; return $0.description })
        }
    }
}
