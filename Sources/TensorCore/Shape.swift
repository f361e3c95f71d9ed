// Shapes: fully known ones for concrete arrays ([Int]), partially known ones
// for graph tensors (TensorShape), and how TF and numpy print them.

/// A possibly partially known shape, as TensorFlow's `tf.TensorShape`:
/// unknown rank (`dims == nil`), or a list of dimensions each known or
/// unknown (`nil`).
public struct TensorShape: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The dimensions, or `nil` when even the rank is unknown.
    public var dims: [Int?]?

    /// A shape of unknown rank (`TensorShape(None)`).
    public static let unknown = TensorShape(dims: nil)

    /// A scalar shape (`TensorShape([])`).
    public static let scalar = TensorShape([Int]())

    public init(dims: [Int?]?) { self.dims = dims }

    /// A fully known shape.
    public init(_ dims: [Int]) { self.dims = dims.map { Optional($0) } }

    /// A shape of known rank whose dimensions may be unknown.
    public init(partial dims: [Int?]) { self.dims = dims }

    /// A shape of known rank with every dimension unknown.
    public static func unknown(rank: Int) -> TensorShape {
        TensorShape(dims: Array(repeating: nil, count: max(0, rank)))
    }

    /// The rank, or `nil` when unknown.
    public var rank: Int? { dims?.count }

    /// Every dimension known.
    public var isFullyDefined: Bool {
        guard let dims else { return false }
        return dims.allSatisfy { $0 != nil }
    }

    /// The dimensions when the shape is fully defined.
    public var knownDims: [Int]? {
        guard let dims else { return nil }
        var out: [Int] = []
        out.reserveCapacity(dims.count)
        for d in dims {
            guard let d else { return nil }
            out.append(d)
        }
        return out
    }

    /// The number of elements, when fully defined.
    public var elementCount: Int? { knownDims.map(ShapeFormat.elementCount) }

    /// Dimension `i` (negative counts from the end); `nil` when unknown or out of range.
    public subscript(i: Int) -> Int? {
        guard let dims else { return nil }
        let j = i < 0 ? i + dims.count : i
        guard j >= 0, j < dims.count else { return nil }
        return dims[j]
    }

    /// TF's `is_compatible_with`: same rank where both are known, and equal
    /// dimensions where both are known.
    public func isCompatible(with other: TensorShape) -> Bool {
        guard let a = dims, let b = other.dims else { return true }
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if let x, let y, x != y { return false }
        }
        return true
    }

    /// TF's `merge_with`: the most specific shape compatible with both, or
    /// `nil` when they are incompatible.
    public func merged(with other: TensorShape) -> TensorShape? {
        guard let a = dims else { return other }
        guard let b = other.dims else { return self }
        guard a.count == b.count else { return nil }
        var out: [Int?] = []
        for (x, y) in zip(a, b) {
            switch (x, y) {
            case let (x?, y?):
                if x != y { return nil }
                out.append(x)
            case let (x?, nil): out.append(x)
            case let (nil, y?): out.append(y)
            case (nil, nil): out.append(nil)
            }
        }
        return TensorShape(dims: out)
    }

    /// TF's `str(shape)`: `(10, 10)`, `(None, 3)`, `()`, `(5,)`, `<unknown>`.
    public var description: String {
        guard let dims else { return "<unknown>" }
        let parts = dims.map { $0.map(String.init) ?? "None" }
        if parts.count == 1 { return "(\(parts[0]),)" }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    /// TF's `repr(shape)`: `TensorShape([10, 10])`, `TensorShape([None, 3])`,
    /// `TensorShape([])`, `TensorShape(None)`.
    public var debugDescription: String {
        guard let dims else { return "TensorShape(None)" }
        return "TensorShape([" + dims.map { $0.map(String.init) ?? "None" }.joined(separator: ", ") + "])"
    }

    /// TF's `shape.as_list()` printed by Python: `[10, None]`.
    public var listDescription: String {
        guard let dims else { return "None" }
        return "[" + dims.map { $0.map(String.init) ?? "None" }.joined(separator: ", ") + "]"
    }

    /// A shape as TF's shape inference prints it in an error: `[2,3]`, `[?,2]`, `[]`, `?`.
    public var inferenceDescription: String {
        guard let dims else { return "?" }
        return "[" + dims.map { $0.map(String.init) ?? "?" }.joined(separator: ",") + "]"
    }

    /// Static broadcasting of two partial shapes (TF's `broadcast_static_shape`
    /// / the shape function of binary ops). Unknown rank gives unknown rank.
    /// Throws when two known dimensions differ and neither is 1; the message
    /// is TF's `Dimensions must be equal, but are 2 and 3`.
    public static func broadcast(_ a: TensorShape, _ b: TensorShape) throws -> TensorShape {
        guard let da = a.dims, let db = b.dims else { return .unknown }
        let n = max(da.count, db.count)
        var out = [Int?](repeating: nil, count: n)
        for i in 0..<n {
            let x: Int? = i < n - da.count ? 1 : da[i - (n - da.count)]
            let y: Int? = i < n - db.count ? 1 : db[i - (n - db.count)]
            switch (x, y) {
            case let (x?, y?):
                if x == y || y == 1 { out[i] = x }
                else if x == 1 { out[i] = y }
                else {
                    throw TensorError.described(
                        .invalidArgument,
                        tensorflow: "Dimensions must be equal, but are \(x) and \(y)",
                        numpy: "operands could not be broadcast together with shapes \(a.description) \(b.description) ")
                }
            case let (x?, nil): out[i] = x == 1 ? nil : x
            case let (nil, y?): out[i] = y == 1 ? nil : y
            case (nil, nil): out[i] = nil
            }
        }
        return TensorShape(dims: out)
    }
}

/// Helpers for fully known shapes (`[Int]`) and their printed forms.
public enum ShapeFormat {
    /// The number of elements of a shape (1 for a scalar).
    public static func elementCount(_ shape: [Int]) -> Int {
        var n = 1
        for d in shape { n &*= d }
        return n
    }

    /// The number of elements, or an error when a dimension is negative or
    /// the product overflows (numpy: `array is too big`).
    public static func checkedElementCount(_ shape: [Int]) throws -> Int {
        var n = 1
        for d in shape {
            guard d >= 0 else {
                throw TensorError.described(.invalidArgument, tensorflow: "Dimension \(d) must be >= 0",
                                            numpy: "negative dimensions are not allowed")
            }
            let (p, overflow) = n.multipliedReportingOverflow(by: d)
            guard !overflow, p <= maxElements else {
                throw TensorError.described(
                    .invalidArgument,
                    tensorflow: "Encountered overflow when multiplying \(n) with \(d), result: -1",
                    numpy: "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
            }
            n = p
        }
        return n
    }

    /// The largest element count TensorCore allocates (2^40).
    public static let maxElements = 1 << 40

    /// Row-major strides, in elements.
    public static func strides(_ shape: [Int]) -> [Int] {
        var s = [Int](repeating: 1, count: shape.count)
        var acc = 1
        var i = shape.count - 1
        while i >= 0 {
            s[i] = acc
            acc &*= shape[i]
            i -= 1
        }
        return s
    }

    /// Python tuple form, as numpy's `arr.shape` and TF's `str(shape)` print:
    /// `(2, 3)`, `(5,)`, `()`.
    public static func tuple(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The tuple without spaces numpy uses in some messages: `(2,3)`, `(5,)`.
    public static func compactTuple(_ shape: [Int]) -> String {
        if shape.count == 1 { return "(\(shape[0]),)" }
        return "(" + shape.map(String.init).joined(separator: ",") + ")"
    }

    /// TF's shape debug string used in kernel messages: `[2,3]`, `[]`.
    public static func brackets(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ",") + "]"
    }

    /// Python list form: `[2, 3]`.
    public static func list(_ shape: [Int]) -> String {
        "[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    /// Normalises an axis in `[-rank, rank)` to `[0, rank)`.
    public static func normalizeAxis(_ axis: Int, rank: Int) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0, a < rank else { throw TensorError.axisOutOfBounds(axis: axis, rank: rank) }
        return a
    }
}
