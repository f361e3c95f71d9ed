import BigInt
import Python
import TensorCore

/// numpy's binary and unary operators with numpy 2's type promotion (NEP 50): arrays and numpy
/// scalars are "strong", Python scalars "weak" (`float32_array * 2.5` stays float32).
/// https://numpy.org/neps/nep-0050-scalar-promotion.html
enum NumpyArithmetic {
    /// An operand: its value, and for a Python scalar the kind that promotes weakly.
    struct Operand {
        var tensor: Tensor
        var weak: PythonScalarKind?
        var pythonInt: BigIntValue?
    }

    enum Op: String, CaseIterable {
        case add, subtract, multiply, divide, floorDivide = "floor_divide", remainder, power, matmul
        case bitwiseAnd = "bitwise_and", bitwiseOr = "bitwise_or", bitwiseXor = "bitwise_xor"
        case leftShift = "left_shift", rightShift = "right_shift"
        case maximum, minimum

        /// The Python operator methods (`__add__`), nil for functions only.
        var dunder: String? {
            switch self {
            case .add: return "add"
            case .subtract: return "sub"
            case .multiply: return "mul"
            case .divide: return "truediv"
            case .floorDivide: return "floordiv"
            case .remainder: return "mod"
            case .power: return "pow"
            case .matmul: return "matmul"
            case .bitwiseAnd: return "and"
            case .bitwiseOr: return "or"
            case .bitwiseXor: return "xor"
            case .leftShift: return "lshift"
            case .rightShift: return "rshift"
            case .maximum, .minimum: return nil
            }
        }
    }

    // MARK: Operands

    /// The operand a Python value gives, or nil when numpy defers (`NotImplemented`).
    static func operand(_ v: Value, _ interp: Interpreter) throws -> Operand? {
        switch v {
        case .bool(let b): return Operand(tensor: Tensor(scalar: b), weak: .bool)
        case .int(let i): return Operand(tensor: Tensor(scalar: Int64(i)), weak: .int, pythonInt: BigIntValue(i))
        case .float(let d): return Operand(tensor: Tensor(scalar: d), weak: .float)
        case .none: return nil
        case .object(let o):
            if let a = o as? PyNDArray { return Operand(tensor: a.tensor) }
            if let s = o as? PyNumpyScalar { return Operand(tensor: Tensor(s.value)) }
            if let b = o as? PyBigInt {
                // Too large for int64: only a float array can take it.
                return Operand(tensor: Tensor(scalar: Double(b.value.description) ?? .infinity), weak: .int, pythonInt: b.value)
            }
            if o is PyList || o is PyTuple { return Operand(tensor: try NumpyConvert.tensor(v, interp)) }
            // Anything else (a TF tensor, a user's class) gets its reflected operator, as numpy
            // defers to objects with `__array_priority__` (TF tensors have 100).
            return nil
        }
    }

    /// A Python int that must fit the array's integer dtype (`np.uint8(200) + 300` raises).
    static func checkFits(_ i: BigIntValue, _ d: DType) throws {
        let range: ClosedRange<BigIntValue>
        switch d {
        case .int32: range = BigIntValue(Int32.min)...BigIntValue(Int32.max)
        case .int64: range = BigIntValue(Int64.min)...BigIntValue(Int64.max)
        case .uint8: range = 0...255
        default: return
        }
        if !range.contains(i) { throw PyError.overflow("Python integer \(i) out of bounds for \(d.numpyName)") }
    }

    /// The common dtype of two operands (NEP 50), both cast to it.
    static func promote(_ a: Operand, _ b: Operand, ufunc: String) throws -> (Tensor, Tensor) {
        let target: DType?
        switch (a.weak, b.weak) {
        case (nil, nil): target = DType.numpyResultType(a.tensor.dtype, b.tensor.dtype)
        case (let k?, nil):
            target = DType.numpyWeakResultType(array: b.tensor.dtype, pythonScalar: k)
            if let i = a.pythonInt, let t = target { try checkFits(i, t) }
        case (nil, let k?):
            target = DType.numpyWeakResultType(array: a.tensor.dtype, pythonScalar: k)
            if let i = b.pythonInt, let t = target { try checkFits(i, t) }
        case (_?, _?): target = DType.numpyResultType(a.tensor.dtype, b.tensor.dtype)
        }
        guard let t = target else {
            throw NumpyErrors.noLoop(ufunc, [NumpyErrors.dtypeRepr(a.tensor.dtype), NumpyErrors.dtypeRepr(b.tensor.dtype)])
        }
        return (try NumpyConvert.cast(a.tensor, t), try NumpyConvert.cast(b.tensor, t))
    }

    // MARK: Operations

    /// A binary ufunc on two Python values; `.notImplemented` when numpy defers to the other operand.
    static func binary(_ op: Op, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        if let s = a.asString ?? b.asString {
            let other = a.asString == nil ? a : b
            guard let x = try operand(other, interp) else { return .notImplemented }
            let types = [NumpyErrors.dtypeRepr(x.tensor.dtype), NumpyErrors.dtypeRepr(.string, width: s.unicodeScalars.count)]
            throw NumpyErrors.noLoop(op.rawValue, a.asString == nil ? types : types.reversed())
        }
        if let r = try scalarFastPath(op, a, b) { return r }
        guard let x = try operand(a, interp), let y = try operand(b, interp) else { return .notImplemented }
        return NumpyBridge.value(try apply(op, x, y))
    }

    /// A scalar operand without building a tensor: its value and, for a Python scalar, its kind.
    private static func scalarOperand(_ v: Value) -> (ScalarValue, PythonScalarKind?)? {
        switch v {
        case .int(let i): return (.int64(Int64(i)), .int)
        case .float(let d): return (.float64(d), .float)
        case .object(let o):
            guard let s = o as? PyNumpyScalar else { return nil }
            return (s.value, nil)
        default: return nil
        }
    }

    /// `+ - * /` of two scalars (at least one a numpy scalar) in float32, float64 or int64, computed
    /// directly: the same IEEE operations the kernels use, without building tensors.
    static func scalarFastPath(_ op: Op, _ a: Value, _ b: Value) throws -> Value? {
        guard op == .add || op == .subtract || op == .multiply || op == .divide,
              let (x, kx) = scalarOperand(a), let (y, ky) = scalarOperand(b), kx == nil || ky == nil else { return nil }
        let target: DType?
        switch (kx, ky) {
        case (let k?, nil): target = DType.numpyWeakResultType(array: y.dtype, pythonScalar: k)
        case (nil, let k?): target = DType.numpyWeakResultType(array: x.dtype, pythonScalar: k)
        default: target = DType.numpyResultType(x.dtype, y.dtype)
        }
        guard let t = target, t == .float32 || t == .float64 || (t == .int64 && op != .divide) else { return nil }
        guard let p = try? Conversion.castScalar(x, to: t), let q = try? Conversion.castScalar(y, to: t) else { return nil }
        let r: ScalarValue
        switch (p, q) {
        case let (.float32(u), .float32(v)):
            switch op {
            case .add: r = .float32(u + v)
            case .subtract: r = .float32(u - v)
            case .multiply: r = .float32(u * v)
            default: r = .float32(u / v)
            }
        case let (.float64(u), .float64(v)):
            switch op {
            case .add: r = .float64(u + v)
            case .subtract: r = .float64(u - v)
            case .multiply: r = .float64(u * v)
            default: r = .float64(u / v)
            }
        case let (.int64(u), .int64(v)):
            switch op {
            case .add: r = .int64(u &+ v)
            case .subtract: r = .int64(u &- v)
            default: r = .int64(u &* v)
            }
        default:
            return nil
        }
        return .object(PyNumpyScalar(r))
    }

    static func apply(_ op: Op, _ x: Operand, _ y: Operand) throws -> Tensor {
        let (a, b) = try promote(x, y, ufunc: op.rawValue)
        return try compute(op, a, b)
    }

    /// The operation on two tensors of one dtype.
    static func compute(_ op: Op, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let isBool = a.dtype == .bool
        return try numpyCall {
            switch op {
            case .add: return isBool ? try Kernels.logicalOr(a, b) : try Kernels.add(a, b)
            case .multiply: return isBool ? try Kernels.logicalAnd(a, b) : try Kernels.multiply(a, b)
            case .subtract:
                if isBool {
                    throw PyError.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
                }
                return try Kernels.subtract(a, b)
            case .divide: return try Kernels.divide(a, b, flavor: .numpy)
            case .floorDivide:
                return try Kernels.floorDiv(isBool ? try Conversion.cast(a, to: .int64) : a, isBool ? try Conversion.cast(b, to: .int64) : b, flavor: .numpy)
            case .remainder:
                return try Kernels.mod(isBool ? try Conversion.cast(a, to: .int64) : a, isBool ? try Conversion.cast(b, to: .int64) : b, flavor: .numpy)
            case .power:
                return try Kernels.pow(isBool ? try Conversion.cast(a, to: .int64) : a, isBool ? try Conversion.cast(b, to: .int64) : b)
            case .matmul:
                if isBool {
                    let r = try Kernels.matmul(try Conversion.cast(a, to: .int64), try Conversion.cast(b, to: .int64), flavor: .numpy)
                    return try Conversion.cast(r, to: .bool)
                }
                return try Kernels.matmul(a, b, flavor: .numpy)
            case .maximum:
                return isBool ? try Kernels.logicalOr(a, b) : try Kernels.maximum(a, b)
            case .minimum:
                return isBool ? try Kernels.logicalAnd(a, b) : try Kernels.minimum(a, b)
            case .bitwiseAnd, .bitwiseOr, .bitwiseXor, .leftShift, .rightShift:
                return try bitwise(op, a, b)
            }
        }
    }

    /// `& | ^ << >>`: logical on bools, bitwise on integers, undefined on floats.
    static func bitwise(_ op: Op, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        if a.dtype == .bool {
            switch op {
            case .bitwiseAnd: return try numpyCall { try Kernels.logicalAnd(a, b) }
            case .bitwiseOr: return try numpyCall { try Kernels.logicalOr(a, b) }
            case .bitwiseXor: return try numpyCall { try Kernels.logicalXor(a, b) }
            default: return try bitwise(op, try NumpyConvert.cast(a, .int64), try NumpyConvert.cast(b, .int64))
            }
        }
        guard a.dtype.isInteger else { throw NumpyErrors.notSupported(op.rawValue) }
        let shape = try numpyCall { try Broadcast.shapes(a.shape, b.shape) }
        let x = try numpyCall { try Broadcast.broadcast(a, to: shape) }, y = try numpyCall { try Broadcast.broadcast(b, to: shape) }
        func run<T: FixedWidthInteger>(_ p: [T], _ q: [T]) -> [T] {
            zip(p, q).map { u, v in
                switch op {
                case .bitwiseAnd: return u & v
                case .bitwiseOr: return u | v
                case .bitwiseXor: return u ^ v
                case .leftShift: return v < 0 || v >= T.bitWidth ? 0 : u << v
                default: return v < 0 || v >= T.bitWidth ? (u < 0 ? -1 : 0) : u >> v
                }
            }
        }
        switch (x.storage, y.storage) {
        case let (.int32(p), .int32(q)): return NumpyStorage.tensor(shape, .int32(run(p, q)))
        case let (.int64(p), .int64(q)): return NumpyStorage.tensor(shape, .int64(run(p, q)))
        case let (.uint8(p), .uint8(q)): return NumpyStorage.tensor(shape, .uint8(run(p, q)))
        default: throw NumpyErrors.notSupported(op.rawValue)
        }
    }

    /// A comparison; `==`/`!=` against None or a string compare element-wise as unequal.
    static func compare(_ op: ComparisonOp, _ a: Value, _ b: Value, _ interp: Interpreter) throws -> Value {
        let aStr = a.asString != nil, bStr = b.asString != nil
        if a.isNone || b.isNone || ((aStr || bStr) && (op == .equal || op == .notEqual)) {
            let other = (a.isNone || aStr) ? b : a
            guard let x = try operand(other, interp) else { return .notImplemented }
            if x.tensor.dtype != .string || a.isNone || b.isNone {
                guard op == .equal || op == .notEqual else {
                    throw PyError.typeError("'\(symbol(op))' not supported between instances of 'numpy.ndarray' and 'NoneType'")
                }
                let fill = TensorStorage.repeating(.bool(op == .notEqual), count: x.tensor.elementCount)
                return NumpyBridge.value(NumpyStorage.tensor(x.tensor.shape, fill))
            }
        }
        guard let x = try stringAware(a, interp), let y = try stringAware(b, interp) else { return .notImplemented }
        let (p, q) = try promote(x, y, ufunc: ufuncName(op))
        return NumpyBridge.value(try numpyCall { try Kernels.compare(p, q, op) })
    }

    private static func stringAware(_ v: Value, _ interp: Interpreter) throws -> Operand? {
        if let s = v.asString { return Operand(tensor: try numpyCall { try Tensor([s], shape: []) }) }
        return try operand(v, interp)
    }

    static func ufuncName(_ op: ComparisonOp) -> String {
        switch op {
        case .equal: return "equal"
        case .notEqual: return "not_equal"
        case .less: return "less"
        case .lessEqual: return "less_equal"
        case .greater: return "greater"
        case .greaterEqual: return "greater_equal"
        }
    }

    static func symbol(_ op: ComparisonOp) -> String {
        switch op {
        case .equal: return "=="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        }
    }

    // MARK: Unary

    static func negative(_ t: Tensor) throws -> Tensor {
        if t.dtype == .bool {
            throw PyError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
        }
        return try numpyCall { try Kernels.negative(t) }
    }

    static func absolute(_ t: Tensor) throws -> Tensor {
        if t.dtype == .bool { return t }
        return try numpyCall { try Kernels.abs(t) }
    }

    static func invert(_ t: Tensor) throws -> Tensor {
        switch t.storage {
        case let .bool(v): return NumpyStorage.tensor(t.shape, .bool(v.map { !$0 }))
        case let .int32(v): return NumpyStorage.tensor(t.shape, .int32(v.map { ~$0 }))
        case let .int64(v): return NumpyStorage.tensor(t.shape, .int64(v.map { ~$0 }))
        case let .uint8(v): return NumpyStorage.tensor(t.shape, .uint8(v.map { ~$0 }))
        default: throw NumpyErrors.notSupported("invert")
        }
    }

    // MARK: In place

    /// `a op= b` on an array: the result is cast back into `a` (numpy's `same_kind` rule).
    static func inPlace(_ op: Op, _ target: PyNDArray, _ b: Value, _ interp: Interpreter) throws -> Value {
        if b.asString != nil { return try binary(op, .object(target), b, interp) }
        guard let y = try operand(b, interp) else { return .notImplemented }
        let current = target.tensor
        let r = try apply(op, Operand(tensor: current), y)
        if r.shape != current.shape {
            throw PyError.valueError("non-broadcastable output operand with shape \(ShapeFormat.compactTuple(current.shape)) doesn't match the broadcast shape \(ShapeFormat.compactTuple(r.shape))")
        }
        guard sameKind(r.dtype, current.dtype) else {
            throw NumpyErrors.outputCasting(op.rawValue, from: r.dtype, to: current.dtype)
        }
        target.tensor = try NumpyConvert.cast(r, current.dtype)
        return .object(target)
    }

    /// numpy's `can_cast(from, to, 'same_kind')`.
    static func sameKind(_ from: DType, _ to: DType) -> Bool {
        func kind(_ d: DType) -> Int {
            switch d {
            case .bool: return 0
            case .uint8: return 1
            case .int32, .int64: return 2
            case .float32, .float64: return 3
            case .string: return 4
            }
        }
        if from == to { return true }
        if from == .string || to == .string { return false }
        let (f, t) = (kind(from), kind(to))
        if f == 2 && t == 1 { return false }
        return f <= t || (f == 1 && t == 2)
    }

    // MARK: Installing the operators

    /// Installs the operators on ndarray (with in-place forms) or on the numpy scalar base type.
    static func install(on t: PyType, inPlace: Bool) {
        for op in Op.allCases {
            guard let d = op.dunder else { continue }
            t.checkedMethod("__\(d)__") { i, a in
                try binary(op, try numpyArg(a, 0, "__\(d)__"), try numpyArg(a, 1, "__\(d)__"), i)
            }
            t.checkedMethod("__r\(d)__") { i, a in
                try binary(op, try numpyArg(a, 1, "__r\(d)__"), try numpyArg(a, 0, "__r\(d)__"), i)
            }
            if inPlace {
                t.checkedMethod("__i\(d)__") { i, a in
                    guard let target = try numpyArg(a, 0, "__i\(d)__").asObject as? PyNDArray else { return .notImplemented }
                    return try NumpyArithmetic.inPlace(op, target, try numpyArg(a, 1, "__i\(d)__"), i)
                }
            }
        }
        let comparisons: [(String, ComparisonOp)] = [("lt", .less), ("le", .lessEqual), ("gt", .greater),
                                                      ("ge", .greaterEqual), ("eq", .equal), ("ne", .notEqual)]
        for (name, op) in comparisons {
            t.checkedMethod("__\(name)__") { i, a in
                try compare(op, try numpyArg(a, 0, "__\(name)__"), try numpyArg(a, 1, "__\(name)__"), i)
            }
        }
        t.checkedMethod("__neg__") { i, a in NumpyBridge.value(try negative(try NumpyConvert.tensor(try numpyArg(a, 0, "__neg__"), i))) }
        t.checkedMethod("__pos__") { i, a in NumpyBridge.value(try NumpyConvert.tensor(try numpyArg(a, 0, "__pos__"), i)) }
        t.checkedMethod("__abs__") { i, a in NumpyBridge.value(try absolute(try NumpyConvert.tensor(try numpyArg(a, 0, "__abs__"), i))) }
        t.checkedMethod("__invert__") { i, a in NumpyBridge.value(try invert(try NumpyConvert.tensor(try numpyArg(a, 0, "__invert__"), i))) }
    }
}
