import Python
import TensorCore

/// An operand of a numpy operation: strong (an array or numpy scalar) or weak (a Python scalar).
struct NumpyOperand {
    var tensor: Tensor
    var weak: PythonScalarKind?
}

extension Interpreter {
    func numpyOperand(_ v: Value) throws -> NumpyOperand {
        switch v {
        case .bool(let b): return NumpyOperand(tensor: Tensor(scalar: b), weak: .bool)
        case .int(let i): return NumpyOperand(tensor: Tensor(scalar: Int64(i)), weak: .int)
        case .float(let d): return NumpyOperand(tensor: Tensor(scalar: d), weak: .float)
        default: return NumpyOperand(tensor: try NumpyBridge.tensor(from: v, interp: self), weak: nil)
        }
    }

    /// numpy 2's promotion (NEP 50) of two operands, both cast to the result type.
    func numpyPromote(_ a: NumpyOperand, _ b: NumpyOperand) throws -> (Tensor, Tensor) {
        let target: DType?
        switch (a.weak, b.weak) {
        case (nil, nil): target = DType.numpyResultType(a.tensor.dtype, b.tensor.dtype)
        case (let k?, nil): target = DType.numpyWeakResultType(array: b.tensor.dtype, pythonScalar: k)
        case (nil, let k?): target = DType.numpyWeakResultType(array: a.tensor.dtype, pythonScalar: k)
        case (_?, _?): target = DType.numpyResultType(a.tensor.dtype, b.tensor.dtype)
        }
        guard let t = target else {
            throw PyError.typeError("unsupported operand types for numpy: \(a.tensor.dtype.numpyName) and \(b.tensor.dtype.numpyName)")
        }
        return try numpyCall {
            (a.tensor.dtype == t ? a.tensor : try Conversion.cast(a.tensor, to: t, flavor: .numpy),
             b.tensor.dtype == t ? b.tensor : try Conversion.cast(b.tensor, to: t, flavor: .numpy))
        }
    }

    /// A binary numpy ufunc on two Python values.
    func numpyBinary(_ a: Value, _ b: Value, _ op: (Tensor, Tensor) throws -> Tensor) throws -> Value {
        let (x, y) = try numpyPromote(try numpyOperand(a), try numpyOperand(b))
        return NumpyBridge.value(try numpyCall { try op(x, y) })
    }

    func numpyArray(_ v: Value) throws -> Tensor { try NumpyBridge.tensor(from: v, interp: self) }
}

/// Installs operators shared by ndarray and numpy scalars.
func installNumpyOperators(_ t: PyType) {
    let ops: [(String, Bool, (Tensor, Tensor) throws -> Tensor)] = [
        ("add", false, { try Kernels.add($0, $1) }), ("sub", false, { try Kernels.subtract($0, $1) }),
        ("mul", false, { try Kernels.multiply($0, $1) }), ("truediv", false, { try Kernels.divide($0, $1, flavor: .numpy) }),
        ("floordiv", false, { try Kernels.floorDiv($0, $1, flavor: .numpy) }), ("mod", false, { try Kernels.mod($0, $1, flavor: .numpy) }),
        ("pow", false, { try Kernels.pow($0, $1) }),
        ("matmul", false, { try Kernels.matmul($0, $1, flavor: .numpy) }),
    ]
    for (name, _, op) in ops {
        t.method("__\(name)__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            if a[1].asObject is PyStr || a[1].isNone { return .notImplemented }
            if case .object(let o) = a[1], !(o is PyNDArray || o is PyNumpyScalar || o is PyList || o is PyTuple || o is PyBigInt) { return .notImplemented }
            return try i.numpyBinary(a[0], a[1], op)
        }
        t.method("__r\(name)__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            if case .object(let o) = a[1], !(o is PyNDArray || o is PyNumpyScalar || o is PyList || o is PyTuple || o is PyBigInt) { return .notImplemented }
            return try i.numpyBinary(a[1], a[0], op)
        }
    }
    let comparisons: [(String, ComparisonOp)] = [("lt", .less), ("le", .lessEqual), ("gt", .greater), ("ge", .greaterEqual), ("eq", .equal), ("ne", .notEqual)]
    for (name, op) in comparisons {
        t.method("__\(name)__") { i, a in
            guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
            if a[1].isNone || a[1].asObject is PyStr { return name == "eq" ? .false : (name == "ne" ? .true : .notImplemented) }
            if case .object(let o) = a[1], !(o is PyNDArray || o is PyNumpyScalar || o is PyList || o is PyTuple || o is PyBigInt) { return .notImplemented }
            return try i.numpyBinary(a[0], a[1]) { try Kernels.compare($0, $1, op) }
        }
    }
    t.method("__neg__") { i, a in NumpyBridge.value(try numpyCall { try Kernels.negative(try i.numpyArray(a[0])) }) }
    t.method("__pos__") { _, a in a[0] }
    t.method("__abs__") { i, a in NumpyBridge.value(try numpyCall { try Kernels.abs(try i.numpyArray(a[0])) }) }
}
