import Python
import TensorCore

/// The methods and attributes of `numpy.ndarray`.
enum NumpyArrayType {
    static func array(_ v: Value) throws -> PyNDArray {
        guard let a = v.asObject as? PyNDArray else { throw PyError.typeError("descriptor requires a 'numpy.ndarray' object") }
        return a
    }

    static func tensor(_ v: Value) throws -> Tensor { try array(v).tensor }

    /// Self and the remaining arguments of a method call.
    static func split(_ a: Args, _ name: String) throws -> (PyNDArray, Args) {
        (try array(try numpyArg(a, 0, name)), Args(Array(a.positional.dropFirst()), keywords: a.keywords))
    }

    /// Dimensions given as `f(2, 3)` or `f((2, 3))`.
    static func dims(_ args: [Value], _ i: Interpreter) throws -> [Int] {
        if args.count == 1, case .object(let o) = args[0], o is PyTuple || o is PyList {
            return try i.collect(args[0]).map { try NumpyConvert.integer($0, i) }
        }
        if args.count == 1, args[0].isNone { return [] }
        return try args.map { try NumpyConvert.integer($0, i) }
    }

    /// numpy's `reshape` shape: one -1 is inferred; sizes must agree.
    static func resolveShape(_ requested: [Int], count: Int) throws -> [Int] {
        var shape = requested
        let unknown = shape.indices.filter { shape[$0] < 0 }
        if unknown.count > 1 { throw PyError.valueError("can only specify one unknown dimension") }
        if let u = unknown.first {
            if shape[u] != -1 { throw PyError.valueError("negative dimensions not allowed") }
            let known = try NumpyConvert.elementCount(shape.enumerated().filter { $0.offset != u }.map(\.element))
            if known == 0 || count % known != 0 {
                throw PyError.valueError("cannot reshape array of size \(count) into shape \(shapeText(requested))")
            }
            shape[u] = count / known
        }
        if (try? NumpyConvert.elementCount(shape)) != count {
            throw PyError.valueError("cannot reshape array of size \(count) into shape \(shapeText(requested))")
        }
        return shape
    }

    /// numpy's `convert_shape_to_string`: negative dimensions print as `newaxis`, leading ones not
    /// at all (`(4,newaxis)`, `(4)` for `(-1, 4)`).
    static func shapeText(_ s: [Int]) -> String {
        var i = 0
        while i < s.count && s[i] < 0 { i += 1 }
        if i == s.count { return "()" }
        var text = String(s[i])
        i += 1
        while i < s.count {
            text += s[i] < 0 ? ",newaxis" : ",\(s[i])"
            i += 1
        }
        return s.count == 1 ? "(\(text),)" : "(\(text))"
    }

    /// `a.reshape(shape)`: a view when the elements are contiguous, else a copy.
    static func reshape(_ a: PyNDArray, _ requested: [Int]) throws -> Value {
        let layout = a.layout
        let shape = try resolveShape(requested, count: layout.elementCount)
        if layout.isContiguous {
            return .object(PyNDArray(view: NumpyLayout(owner: layout.owner, offset: layout.offset, shape: shape,
                                                       strides: NumpyLayout.rowMajorStrides(shape))))
        }
        return .object(PyNDArray(NumpyStorage.tensor(shape, a.tensor.storage)))
    }

    /// `a.transpose(axes)` / `a.T`: a view with permuted strides.
    static func transpose(_ a: PyNDArray, _ axes: [Int]?) throws -> Value {
        let layout = a.layout
        let rank = layout.shape.count
        let perm: [Int]
        if let axes, !axes.isEmpty {
            guard axes.count == rank else { throw PyError.valueError("axes don't match array") }
            perm = try axes.map { try NumpyConvert.axis($0, rank: rank) }
            if Set(perm).count != rank { throw PyError.valueError("repeated axis in transpose") }
        } else {
            perm = Array((0..<rank).reversed())
        }
        return .object(PyNDArray(view: NumpyLayout(owner: layout.owner, offset: layout.offset,
                                                   shape: perm.map { layout.shape[$0] }, strides: perm.map { layout.strides[$0] })))
    }

    /// `np.squeeze` / `a.squeeze(axis)`: a view without length-1 axes.
    static func squeeze(_ a: PyNDArray, _ axes: [Int]?) throws -> Value {
        let layout = a.layout
        var keep: [Int] = []
        for d in 0..<layout.shape.count {
            if let axes, axes.contains(d) {
                if layout.shape[d] != 1 { throw PyError.valueError("cannot select an axis to squeeze out which has size not equal to one") }
                continue
            }
            if axes == nil && layout.shape[d] == 1 { continue }
            keep.append(d)
        }
        return .object(PyNDArray(view: NumpyLayout(owner: layout.owner, offset: layout.offset,
                                                   shape: keep.map { layout.shape[$0] }, strides: keep.map { layout.strides[$0] })))
    }

    /// `np.expand_dims`: a view with a length-1 axis inserted.
    static func expandDims(_ a: PyNDArray, _ axis: Int) throws -> Value {
        let layout = a.layout
        let ax = try NumpyConvert.axis(axis, rank: layout.shape.count + 1)
        var shape = layout.shape, strides = layout.strides
        shape.insert(1, at: ax)
        strides.insert(0, at: ax)
        return .object(PyNDArray(view: NumpyLayout(owner: layout.owner, offset: layout.offset, shape: shape, strides: strides)))
    }

    /// `a.ravel()`: a view when contiguous, else a copy.
    static func ravel(_ a: PyNDArray) throws -> Value {
        try reshape(a, [-1])
    }

    /// `a.tolist()`.
    static func toList(_ t: Tensor) -> Value {
        if t.rank == 0, let v = t.storage.element(at: 0) { return NumpyConvert.python(v) }
        let values = t.scalars.map(NumpyConvert.python)
        func build(_ dim: Int, _ start: Int) -> Value {
            let n = t.shape[dim]
            if dim == t.rank - 1 { return .object(PyList(Array(values[start..<(start + n)]))) }
            let inner = t.shape[(dim + 1)...].reduce(1, *)
            return .object(PyList((0..<n).map { build(dim + 1, start + $0 * inner) }))
        }
        if t.shape.contains(0) {
            return t.shape.first == 0 ? .object(PyList()) : .object(PyList((0..<(t.shape.first ?? 0)).map { _ in .object(PyList()) }))
        }
        return build(0, 0)
    }

    /// `a.item(*args)`.
    static func item(_ t: Tensor, _ args: [Value], _ i: Interpreter) throws -> Value {
        if args.isEmpty {
            guard t.elementCount == 1, let v = t.storage.element(at: 0) else {
                throw PyError.valueError("can only convert an array of size 1 to a Python scalar")
            }
            return NumpyConvert.python(v)
        }
        var flat: Int
        if args.count == 1 {
            flat = try NumpyConvert.integer(args[0], i)
            let n = t.elementCount
            guard flat >= -n, flat < n else { throw PyError.indexError("index \(flat) is out of bounds for size \(n)") }
            if flat < 0 { flat += n }
        } else {
            guard args.count == t.rank else { throw PyError.valueError("incorrect number of indices for array") }
            let strides = NumpyLayout.rowMajorStrides(t.shape)
            flat = 0
            for (d, v) in args.enumerated() {
                flat += try NumpyIndexing.normalize(try NumpyConvert.integer(v, i), axis: d, size: t.shape[d]) * strides[d]
            }
        }
        guard let v = t.storage.element(at: flat) else { throw PyError.indexError("index out of range") }
        return NumpyConvert.python(v)
    }

    /// A 0-d array or numpy scalar as a Python number for `float()`, `int()`, `operator.index()`.
    static func scalarValue(_ t: Tensor) throws -> ScalarValue {
        guard t.rank == 0, let v = t.storage.element(at: 0) else {
            throw PyError.typeError("only 0-dimensional arrays can be converted to Python scalars")
        }
        return v
    }

    /// Iterates over the first axis: views of rows, or scalars of a 1-D array.
    final class Iterator: PyIterObject {
        let array: PyNDArray
        let count: Int
        var position = 0
        init(_ a: PyNDArray, count: Int) {
            array = a
            self.count = count
        }
        override func next(_ interp: Interpreter) throws -> Value? {
            guard position < count else { return nil }
            defer { position += 1 }
            return try NumpyIndexing.get(array, .int(position), interp)
        }
    }

    static func install() {
        let t = NumpyTypes.ndarray
        t.newHook = { i, _, a in
            let p = try a.bind("ndarray", ["shape", "dtype", "buffer"], required: 1)
            let d = try NumpyConvert.dtype(p[1], i) ?? .float64
            return .object(PyNDArray(try numpyCall { try Kernels.zeros(try NumpyConvert.newShape(p[0], i), dtype: d) }))
        }
        t.checkedMethod("__repr__") { i, a in .str(NumpyFormat.arrayRepr(try tensor(a[0]), options: NumpyPrinting.options(i))) }
        t.checkedMethod("__str__") { i, a in .str(NumpyFormat.arrayStr(try tensor(a[0]), options: NumpyPrinting.options(i))) }
        t.checkedMethod("__format__") { i, a in
            let x = try tensor(a[0])
            let spec = (try numpyArg(a, 1, "__format__")).asString ?? ""
            if x.rank == 0, let v = x.storage.element(at: 0) { return .str(try i.format(NumpyConvert.python(v), spec)) }
            if spec.isEmpty { return .str(NumpyFormat.arrayStr(x, options: NumpyPrinting.options(i))) }
            throw PyError.typeError("unsupported format string passed to numpy.ndarray.__format__")
        }
        t.property("shape", get: { _, v in .object(PyTuple(try tensor(v).shape.map { .int($0) })) }, set: { i, v, new in
            let a = try array(v)
            let shape = try resolveShape(try NumpyConvert.shape(new, i), count: a.tensor.elementCount)
            if a.isView, !a.layout.isContiguous {
                throw PyError.attributeError("Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.")
            }
            a.tensor = NumpyStorage.tensor(shape, a.tensor.storage)
        })
        t.property("dtype", get: { _, v in
            let x = try tensor(v)
            return .object(PyNumpyDType(x.dtype, width: NumpyDTypeType.width(x)))
        })
        t.property("ndim", get: { _, v in .int(try tensor(v).rank) })
        t.property("size", get: { _, v in .int(try tensor(v).elementCount) })
        t.property("itemsize", get: { _, v in .int(try tensor(v).dtype.byteSize) })
        t.property("nbytes", get: { _, v in
            let x = try tensor(v)
            return .int(x.dtype.byteSize * x.elementCount)
        })
        t.property("strides", get: { _, v in
            let a = try array(v)
            let size = a.tensor.dtype.byteSize
            return .object(PyTuple(a.layout.strides.map { .int($0 * size) }))
        })
        t.property("T", get: { _, v in try transpose(try array(v), nil) })
        t.property("real", get: { _, v in v })
        t.property("imag", get: { _, v in
            let x = try tensor(v)
            return .object(PyNDArray(Kernels.zerosLike(x)))
        })
        t.property("base", get: { _, v in
            let a = try array(v)
            return a.isView ? .object(a.layout.owner) : .none
        })
        t.property("flat", get: { _, v in
            let x = try tensor(v)
            return .object(PyNDArray(NumpyStorage.tensor([x.elementCount], x.storage)))
        })
        t.checkedMethod("reshape") { i, a in
            let (x, rest) = try split(a, "reshape")
            if let order = rest.keyword("order"), order.asString != "C" {
                throw PyError.notImplemented("reshape(order=\(try i.repr(order))) is not supported")
            }
            let shapeArgs = rest.positional + (rest.keyword("shape").map { [$0] } ?? [])
            return try reshape(x, try dims(shapeArgs, i))
        }
        t.checkedMethod("transpose") { i, a in
            let (x, rest) = try split(a, "transpose")
            return try transpose(x, rest.positional.isEmpty ? nil : try dims(rest.positional, i))
        }
        t.checkedMethod("swapaxes") { i, a in
            let (x, rest) = try split(a, "swapaxes")
            let p = try rest.bind("swapaxes", ["axis1", "axis2"], required: 2)
            let rank = x.tensor.rank
            let a1 = try NumpyConvert.axis(try NumpyConvert.integer(p[0] ?? .none, i), rank: rank)
            let a2 = try NumpyConvert.axis(try NumpyConvert.integer(p[1] ?? .none, i), rank: rank)
            var perm = Array(0..<rank)
            perm.swapAt(a1, a2)
            return try transpose(x, perm)
        }
        t.checkedMethod("squeeze") { i, a in
            let (x, rest) = try split(a, "squeeze")
            let p = try rest.bind("squeeze", ["axis"])
            return try squeeze(x, try NumpyConvert.axes(p[0], rank: x.tensor.rank, i))
        }
        t.checkedMethod("ravel") { _, a in try ravel(try array(a[0])) }
        t.checkedMethod("flatten") { _, a in
            let x = try tensor(a[0])
            return .object(PyNDArray(NumpyStorage.tensor([x.elementCount], x.storage)))
        }
        t.checkedMethod("copy") { _, a in .object(PyNDArray(try tensor(a[0]))) }
        t.checkedMethod("__copy__") { _, a in .object(PyNDArray(try tensor(a[0]))) }
        t.checkedMethod("__deepcopy__") { _, a in .object(PyNDArray(try tensor(a[0]))) }
        t.checkedMethod("view") { i, a in
            let (x, rest) = try split(a, "view")
            let p = try rest.bind("view", ["dtype", "type"], required: 0)
            guard let d = try NumpyConvert.dtype(p[0], i), d != x.tensor.dtype else { return .object(PyNDArray(view: x.layout)) }
            // The same bytes read as another type of the same size. (A copy: writing to it does
            // not change the original, as a numpy view would.)
            guard let reread = Conversion.reinterpret(x.tensor, as: d) else {
                throw PyError(PyType.NotImplementedError, "view() as \(d.name) of an array of \(x.tensor.dtype.name) (a different item size) is not supported")
            }
            return .object(PyNDArray(reread))
        }
        t.checkedMethod("astype") { i, a in
            let (x, rest) = try split(a, "astype")
            let p = try rest.bind("astype", ["dtype", "order", "casting", "subok", "copy"], required: 1)
            guard let d = try NumpyConvert.dtype(p[0], i) else { return .object(PyNDArray(x.tensor)) }
            return .object(PyNDArray(try NumpyConvert.cast(x.tensor, d)))
        }
        t.checkedMethod("tolist") { _, a in toList(try tensor(a[0])) }
        t.checkedMethod("item") { i, a in try item(try tensor(a[0]), Array(a.positional.dropFirst()), i) }
        t.checkedMethod("fill") { i, a in
            let x = try array(a[0])
            let v = try NumpyIndexing.assignedValue(try numpyArg(a, 1, "fill"), dtype: x.tensor.dtype, i)
            guard let s = v.storage.element(at: 0) else { throw PyError.valueError("fill value must be a scalar") }
            x.tensor = NumpyStorage.tensor(x.tensor.shape, TensorStorage.repeating(s, count: x.tensor.elementCount))
            return .none
        }
        t.checkedMethod("dot") { i, a in try NumpyLinalg.dot(try numpyArg(a, 0, "dot"), try numpyArg(a, 1, "dot"), i) }
        t.checkedMethod("clip") { i, a in
            let (x, rest) = try split(a, "clip")
            let p = try rest.bind("clip", ["min", "max"])
            return try NumpyMath.clip(.object(x), p[0], p[1], i)
        }
        t.checkedMethod("round") { i, a in
            let (x, rest) = try split(a, "round")
            let p = try rest.bind("round", ["decimals"])
            return try NumpyMath.round(.object(x), p[0], i)
        }
        t.checkedMethod("nonzero") { _, a in NumpyMath.nonzero(try tensor(a[0])) }
        t.checkedMethod("argsort") { i, a in
            let (x, rest) = try split(a, "argsort")
            let p = try rest.bind("argsort", ["axis", "kind"])
            return .object(PyNDArray(try NumpyMath.sortAlongAxis(x.tensor, axis: p[0] ?? .int(-1), indices: true, i)))
        }
        t.checkedMethod("sort") { i, a in
            let (x, rest) = try split(a, "sort")
            let p = try rest.bind("sort", ["axis", "kind"])
            x.tensor = try NumpyMath.sortAlongAxis(x.tensor, axis: p[0] ?? .int(-1), indices: false, i)
            return .none
        }
        t.checkedMethod("repeat") { i, a in
            let (x, rest) = try split(a, "repeat")
            return try NumpyShapeFunctions.repeatArray(.object(x), rest, i)
        }
        t.checkedMethod("diagonal") { _, a in .object(PyNDArray(try NumpyShapeFunctions.diagonal(try tensor(a[0])))) }
        t.checkedMethod("trace") { _, a in
            NumpyBridge.value(try numpyCall { try Kernels.numpySum(try NumpyShapeFunctions.diagonal(try tensor(a[0]))) })
        }
        for name in NumpyReductions.names where !name.hasPrefix("nan") && name != "median" && name != "amax" && name != "amin" {
            t.checkedMethod(name) { i, a in try NumpyReductions.reduce(i, name, a) }
        }
        t.checkedMethod("__len__") { _, a in
            guard let n = try tensor(a[0]).shape.first else { throw PyError.typeError("len() of unsized object") }
            return .int(n)
        }
        t.checkedMethod("__iter__") { _, a in
            let x = try array(a[0])
            guard let n = x.tensor.shape.first else { throw PyError.typeError("iteration over a 0-d array") }
            return .object(Iterator(x, count: n))
        }
        t.checkedMethod("__contains__") { i, a in
            let eq = try NumpyArithmetic.compare(.equal, a[0], try numpyArg(a, 1, "__contains__"), i)
            guard let r = NumpyBridge.tensorIfNumpy(eq) else { return .false }
            return .bool(r.scalars.contains { $0.boolValue })
        }
        t.checkedMethod("__getitem__") { i, a in try NumpyIndexing.get(try array(a[0]), try numpyArg(a, 1, "__getitem__"), i) }
        t.checkedMethod("__setitem__") { i, a in
            try NumpyIndexing.set(try array(a[0]), try numpyArg(a, 1, "__setitem__"), try numpyArg(a, 2, "__setitem__"), i)
            return .none
        }
        t.checkedMethod("__bool__") { _, a in
            let x = try tensor(a[0])
            if x.elementCount == 0 {
                throw PyError.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
            }
            guard x.elementCount == 1, let v = x.storage.element(at: 0) else {
                throw PyError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return .bool(v.boolValue)
        }
        t.checkedMethod("__float__") { i, a in
            let v = try scalarValue(try tensor(a[0]))
            return .float(try i.toDouble(NumpyConvert.python(v)))
        }
        t.checkedMethod("__int__") { i, a in
            let v = try scalarValue(try tensor(a[0]))
            return try i.call(.object(PyType.int), Args([NumpyConvert.python(v)]))
        }
        t.checkedMethod("__index__") { _, a in
            let x = try tensor(a[0])
            guard x.rank == 0, x.dtype.isInteger || x.dtype == .bool, let v = x.storage.element(at: 0)?.int64Value else {
                throw PyError.typeError("only integer scalar arrays can be converted to a scalar index")
            }
            return .int(Int(v))
        }
        t.checkedMethod("__array__") { i, a in
            let (x, rest) = try split(a, "__array__")
            let p = try rest.bind("__array__", ["dtype", "copy"])
            if let d = try NumpyConvert.dtype(p[0], i), d != x.tensor.dtype {
                return .object(PyNDArray(try NumpyConvert.cast(x.tensor, d)))
            }
            return .object(x)
        }
        t.dict["__hash__"] = Value.none
        NumpyArithmetic.install(on: t, inPlace: true)
    }
}
