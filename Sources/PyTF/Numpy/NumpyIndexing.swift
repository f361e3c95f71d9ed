import Python
import TensorCore

/// numpy indexing (`a[key]`, `a[key] = v`): basic indexing (ints, slices, `None`, `...`) makes a
/// view; advanced indexing (integer arrays, boolean masks) makes a copy, with numpy's rules for
/// broadcasting index arrays and placing their dimensions.
/// See https://numpy.org/doc/stable/user/basics.indexing.html
enum NumpyIndexing {
    /// One item of a subscript.
    enum Item {
        case int(Int)
        case slice(PySlice)
        case newAxis
        case ellipsis
        /// Integer index array (int64 values).
        case array(Tensor)
        /// Boolean mask (rank 0 for a Python bool).
        case mask(Tensor)
    }

    /// What a subscript selects.
    enum Selection {
        /// Basic indexing: a window over the same owner; `scalar` when every axis took an integer.
        case basic(NumpyLayout, scalar: Bool)
        /// Advanced indexing: the row-major positions (in the indexed array) of the result's elements.
        case advanced(shape: [Int], positions: [Int])
    }

    static let invalidIndexMessage = "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices"

    // MARK: Parsing

    static func items(_ key: Value, _ interp: Interpreter) throws -> [Item] {
        if case .object(let o) = key, let t = o as? PyTuple { return try t.items.map { try item($0, interp) } }
        return [try item(key, interp)]
    }

    static func item(_ v: Value, _ interp: Interpreter) throws -> Item {
        switch v {
        case .none: return .newAxis
        case .bool(let b): return .mask(Tensor(scalar: b))
        case .int(let i): return .int(i)
        case .float: throw PyError.indexError(invalidIndexMessage)
        case .object(let o):
            if o === PySingleton.ellipsis { return .ellipsis }
            if let s = o as? PySlice { return .slice(s) }
            if let s = o as? PyNumpyScalar {
                if s.value.dtype == .bool { return .mask(Tensor(s.value)) }
                guard s.value.dtype.isInteger, let i = s.value.int64Value else { throw PyError.indexError(invalidIndexMessage) }
                return .int(Int(i))
            }
            if o is PyBigInt { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
            if let a = o as? PyNDArray { return try arrayItem(a.tensor) }
            if o is PyList {
                let t = try NumpyConvert.tensor(v, interp)
                return try arrayItem(t.elementCount == 0 ? try NumpyConvert.cast(t, .int64) : t)
            }
            if o is PyStr { throw PyError.indexError(invalidIndexMessage) }
            if let i = try? interp.index(v) { return .int(i) }
        }
        throw PyError.indexError(invalidIndexMessage)
    }

    private static func arrayItem(_ t: Tensor) throws -> Item {
        if t.dtype == .bool { return .mask(t) }
        guard t.dtype.isInteger else { throw PyError.indexError("arrays used as indices must be of integer (or boolean) type") }
        return .array(try NumpyConvert.cast(t, .int64))
    }

    // MARK: Selecting

    static func select(_ layout: NumpyLayout, _ items: [Item]) throws -> Selection {
        let rank = layout.shape.count
        var consumed = 0, ellipses = 0
        var advanced = false
        for item in items {
            switch item {
            case .int, .slice: consumed += 1
            case .array: consumed += 1; advanced = true
            case .mask(let m): consumed += m.rank; advanced = true
            case .newAxis: break
            case .ellipsis: ellipses += 1
            }
        }
        if ellipses > 1 { throw PyError.indexError("an index can only have a single ellipsis ('...')") }
        if consumed > rank {
            throw PyError.indexError("too many indices for array: array is \(rank)-dimensional, but \(consumed) were indexed")
        }
        // `...` stands for the full slices the other items leave.
        var expanded: [Item] = []
        for item in items {
            if case .ellipsis = item {
                for _ in 0..<(rank - consumed) { expanded.append(.slice(fullSlice)) }
            } else {
                expanded.append(item)
            }
        }
        if advanced { return try selectAdvanced(layout.shape, expanded) }
        return .basic(try selectBasic(layout, expanded), scalar: ellipses == 0 && items.allSatisfy { if case .int = $0 { return true }; return false } && consumed == rank)
    }

    nonisolated(unsafe) static let fullSlice = PySlice(start: .none, stop: .none, step: .none)

    private static func selectBasic(_ layout: NumpyLayout, _ items: [Item]) throws -> NumpyLayout {
        var out = NumpyLayout(owner: layout.owner, offset: layout.offset, shape: [], strides: [])
        var d = 0
        for item in items {
            switch item {
            case .int(let k):
                let n = layout.shape[d]
                let i = try normalize(k, axis: d, size: n)
                out.offset += i * layout.strides[d]
                d += 1
            case .slice(let s):
                let r = try s.indices(length: layout.shape[d])
                out.shape.append(r.count)
                out.strides.append(r.step * layout.strides[d])
                if r.count > 0 { out.offset += r.start * layout.strides[d] }
                d += 1
            case .newAxis:
                out.shape.append(1)
                out.strides.append(0)
            default:
                break
            }
        }
        while d < layout.shape.count {
            out.shape.append(layout.shape[d])
            out.strides.append(layout.strides[d])
            d += 1
        }
        return out
    }

    static func normalize(_ k: Int, axis: Int, size: Int) throws -> Int {
        guard k >= -size, k < size else {
            throw PyError.indexError("index \(k) is out of bounds for axis \(axis) with size \(size)")
        }
        return k < 0 ? k + size : k
    }

    /// One output dimension group of advanced indexing.
    private enum Part {
        /// A basic dimension: `count` positions `start + i * step` along a source axis of row-major `stride`.
        case basic(start: Int, step: Int, count: Int, stride: Int)
        /// An index array over a source axis of row-major `stride`.
        case index(values: [Int], shape: [Int], stride: Int)
    }

    private static func selectAdvanced(_ shape: [Int], _ items: [Item]) throws -> Selection {
        let strides = NumpyLayout.rowMajorStrides(shape)
        var parts: [Part] = []
        var d = 0
        for item in items {
            switch item {
            case .int(let k):
                let i = try normalize(k, axis: d, size: shape[d])
                parts.append(.index(values: [i], shape: [], stride: strides[d]))
                d += 1
            case .slice(let s):
                let r = try s.indices(length: shape[d])
                parts.append(.basic(start: r.start, step: r.step, count: r.count, stride: strides[d]))
                d += 1
            case .newAxis:
                parts.append(.basic(start: 0, step: 0, count: 1, stride: 0))
            case .array(let t):
                let raw = t.values(as: Int64.self) ?? []
                let values = try raw.map { try normalize(Int($0), axis: d, size: shape[d]) }
                parts.append(.index(values: values, shape: t.shape, stride: strides[d]))
                d += 1
            case .mask(let m):
                if m.rank == 0 {
                    // A Python bool: a new axis of length 1, kept (True) or emptied (False).
                    let keep = m.storage.element(at: 0)?.boolValue ?? false
                    parts.append(.index(values: keep ? [0] : [], shape: [keep ? 1 : 0], stride: 0))
                    continue
                }
                for j in 0..<m.rank where m.shape[j] != shape[d + j] {
                    throw PyError.indexError("boolean index did not match indexed array along axis \(d + j); size of axis is \(shape[d + j]) but size of corresponding boolean axis is \(m.shape[j])")
                }
                let coords = nonzero(m)
                for j in 0..<m.rank {
                    parts.append(.index(values: coords[j], shape: [coords[j].count], stride: strides[d + j]))
                }
                d += m.rank
            case .ellipsis:
                break
            }
        }
        while d < shape.count {
            parts.append(.basic(start: 0, step: 1, count: shape[d], stride: strides[d]))
            d += 1
        }

        // Broadcast the index arrays together.
        var indexShapes: [[Int]] = []
        var positionsOfIndex: [Int] = []
        for (p, part) in parts.enumerated() {
            if case .index(_, let s, _) = part {
                indexShapes.append(s)
                positionsOfIndex.append(p)
            }
        }
        let b: [Int]
        do {
            b = try Broadcast.shapes(indexShapes)
        } catch {
            let shapes = indexShapes.map { ShapeFormat.compactTuple($0) }.joined(separator: " ")
            throw PyError.indexError("shape mismatch: indexing arrays could not be broadcast together with shapes \(shapes) ")
        }
        let bCount = try NumpyConvert.elementCount(b)
        var advancedFlat = [Int](repeating: 0, count: bCount)
        for part in parts {
            guard case .index(let values, let s, let stride) = part else { continue }
            let src = broadcastSource(s, to: b)
            for k in 0..<bCount { advancedFlat[k] += values[src[k]] * stride }
        }
        // Adjacent index arrays put their dimensions where they are; otherwise first.
        let first = positionsOfIndex.first ?? 0, last = positionsOfIndex.last ?? 0
        let adjacent = last - first + 1 == positionsOfIndex.count
        let pre = adjacent ? Array(parts[..<first]) : []
        let post = adjacent ? Array(parts[(last + 1)...]) : parts.filter { if case .basic = $0 { return true }; return false }
        let basicShape = pre.compactMap { part -> Int? in if case .basic(_, _, let c, _) = part { return c }; return nil }
            + post.compactMap { part -> Int? in if case .basic(_, _, let c, _) = part { return c }; return nil }
        _ = try NumpyConvert.elementCount(basicShape + b)
        let (preShape, preOffsets) = basicOffsets(pre)
        let (postShape, postOffsets) = basicOffsets(post)
        var positions: [Int] = []
        positions.reserveCapacity(preOffsets.count * bCount * postOffsets.count)
        for p in preOffsets {
            for a in advancedFlat {
                for q in postOffsets { positions.append(p + a + q) }
            }
        }
        return .advanced(shape: preShape + b + postShape, positions: positions)
    }

    /// The shape and row-major offsets of a run of basic dimensions.
    private static func basicOffsets(_ parts: [Part]) -> ([Int], [Int]) {
        var shape: [Int] = []
        var offsets = [0]
        for part in parts {
            guard case .basic(let start, let step, let count, let stride) = part else { continue }
            shape.append(count)
            var next: [Int] = []
            next.reserveCapacity(offsets.count * count)
            for o in offsets {
                for i in 0..<count { next.append(o + (start + i * step) * stride) }
            }
            offsets = next
        }
        return (shape, offsets)
    }

    /// For each row-major position of `out`, the position in an array of `shape` broadcast to it.
    static func broadcastSource(_ shape: [Int], to out: [Int]) -> [Int] {
        let n = out.reduce(1, *)
        let pad = out.count - shape.count
        let full = [Int](repeating: 1, count: max(pad, 0)) + shape
        let srcStrides = NumpyLayout.rowMajorStrides(full)
        let strides = zip(full, srcStrides).map { $0.0 == 1 ? 0 : $0.1 }
        return Array(NumpyLayout.stridedIndices(offset: 0, shape: out, strides: strides).prefix(n))
    }

    /// The coordinates of the true elements of a mask, one list per axis (numpy's `nonzero`).
    static func nonzero(_ m: Tensor) -> [[Int]] {
        let flags = m.scalars.map(\.boolValue)
        let strides = NumpyLayout.rowMajorStrides(m.shape)
        var coords = [[Int]](repeating: [], count: m.rank)
        for (k, f) in flags.enumerated() where f {
            var rest = k
            for j in 0..<m.rank {
                let s = max(strides[j], 1)
                coords[j].append(rest / s)
                rest %= s
            }
        }
        return coords
    }

    // MARK: Reading and writing

    /// `a[key]`.
    static func get(_ array: PyNDArray, _ key: Value, _ interp: Interpreter) throws -> Value {
        // Fast path: an integer into a 1-d array.
        if case .int(let k) = key {
            let t = array.tensor
            if t.rank == 1 {
                let i = try normalize(k, axis: 0, size: t.shape[0])
                if let v = t.storage.element(at: i) { return PyNumpyScalar.make(v) }
            }
        }
        // Fast path: a 1-d integer array of in-range indices into a 1-d array (a gather).
        if case .object(let o) = key, let ka = o as? PyNDArray {
            let t = array.tensor, k = ka.tensor
            if t.rank == 1, k.rank == 1, let picked = gather1D(t, k) {
                return .object(PyNDArray(NumpyStorage.tensor(k.shape, picked)))
            }
        }
        let layout = array.layout
        switch try select(layout, try items(key, interp)) {
        case .basic(let sub, let scalar):
            if scalar {
                let owner = sub.owner.tensor
                guard let v = owner.storage.element(at: sub.offset) else { throw PyError.indexError("index out of range") }
                return PyNumpyScalar.make(v)
            }
            return .object(PyNDArray(view: sub))
        case .advanced(let shape, let positions):
            let t = array.tensor
            return .object(PyNDArray(NumpyStorage.tensor(shape, t.storage.numpyGather(positions))))
        }
    }

    /// `t[k]` for 1-d `t` and a 1-d int32/int64 `k`, nil when an index is out of range (the
    /// general path then raises numpy's IndexError).
    private static func gather1D(_ t: Tensor, _ k: Tensor) -> TensorStorage? {
        let n = t.shape[0]
        var positions: [Int] = []
        positions.reserveCapacity(k.elementCount)
        switch k.storage {
        case .int64(let v):
            for x in v {
                let i = Int(x)
                guard i >= -n, i < n else { return nil }
                positions.append(i < 0 ? i + n : i)
            }
        case .int32(let v):
            for x in v {
                let i = Int(x)
                guard i >= -n, i < n else { return nil }
                positions.append(i < 0 ? i + n : i)
            }
        default:
            return nil
        }
        return t.storage.numpyGather(positions)
    }

    /// `a[key] = value`.
    static func set(_ array: PyNDArray, _ key: Value, _ value: Value, _ interp: Interpreter) throws {
        let layout = array.layout
        let dtype = layout.owner.tensor.dtype
        let selection = try select(layout, try items(key, interp))
        let source = try assignedValue(value, dtype: dtype, interp)
        switch selection {
        case .basic(let sub, _):
            let values = try broadcastForAssignment(source, to: sub.shape, advanced: false)
            layout.owner.write(values.storage, at: sub.indices)
        case .advanced(let shape, let positions):
            let values = try broadcastForAssignment(source, to: shape, advanced: true)
            let targets: [Int]
            if array.isView {
                let all = layout.indices
                targets = positions.map { all[$0] }
            } else {
                targets = positions
            }
            layout.owner.write(values.storage, at: targets)
        }
    }

    /// The value of an assignment, cast to the array's dtype (numpy's unsafe casting, but Python
    /// scalars that do not fit raise as numpy does).
    static func assignedValue(_ v: Value, dtype: DType, _ interp: Interpreter) throws -> Tensor {
        if dtype.isInteger {
            if case .float(let d) = v {
                if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            }
            if let i = v.asBigInt, !(v.asObject is PyNumpyScalar) {
                try NumpyArithmetic.checkFits(i, dtype)
            }
        }
        let t = try NumpyConvert.tensor(v, interp)
        return try NumpyConvert.cast(t, dtype)
    }

    /// numpy's broadcasting of an assigned value (which may have extra leading length-1 axes).
    static func broadcastForAssignment(_ t: Tensor, to shape: [Int], advanced: Bool) throws -> Tensor {
        var v = t
        while v.rank > shape.count, v.shape.first == 1 {
            v = NumpyStorage.tensor(Array(v.shape.dropFirst()), v.storage)
        }
        if v.shape == shape { return v }
        guard v.rank <= shape.count, Broadcast.canBroadcast(v.shape, to: shape),
              let b = try? Broadcast.broadcast(v, to: shape) else {
            if advanced {
                throw PyError.valueError("shape mismatch: value array of shape \(ShapeFormat.compactTuple(t.shape)) could not be broadcast to indexing result of shape \(ShapeFormat.compactTuple(shape))")
            }
            throw PyError.valueError("could not broadcast input array from shape \(ShapeFormat.compactTuple(t.shape)) into shape \(ShapeFormat.compactTuple(shape))")
        }
        return b
    }
}
