import Foundation
import PythonSyntax

extension BinaryOp {
    /// The dunder methods Python tries: `__add__`, then `__radd__` on the right operand.
    /// The method and its reflected form, as `SpecialName`s (`SpecialName.all` lists the pairs in
    /// this order).
    var specialDunders: (SpecialName, SpecialName) {
        let k: Int
        switch self {
        case .add: k = 0
        case .sub: k = 1
        case .mul: k = 2
        case .matmul: k = 3
        case .div: k = 4
        case .floorDiv: k = 5
        case .mod: k = 6
        case .pow: k = 7
        case .lshift: k = 8
        case .rshift: k = 9
        case .bitAnd: k = 10
        case .bitOr: k = 11
        case .bitXor: k = 12
        }
        return (SpecialName.all[2 * k], SpecialName.all[2 * k + 1])
    }

    var dunders: (String, String, String) {
        switch self {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .sub: return ("__sub__", "__rsub__", "__isub__")
        case .mul: return ("__mul__", "__rmul__", "__imul__")
        case .matmul: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .div: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDiv: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .mod: return ("__mod__", "__rmod__", "__imod__")
        case .pow: return ("__pow__", "__rpow__", "__ipow__")
        case .lshift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rshift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        }
    }
}

extension Interpreter {
    // MARK: Binary operators

    /// `a op b`.
    public func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let r = try numericBinary(op, a, b) { return r }
        if let r = try builtinBinary(op, a, b) { return r }
        if let r = try dunderBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b, symbol: op.rawValue)
    }

    /// `a op= b`: `__iop__` first (lists extend in place), then the binary operator.
    public func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let r = try numericBinary(op, a, b) { return r }
        if case .object(let o) = a {
            if let l = o as? PyList {
                if op == .add {
                    l.items.append(contentsOf: try collect(b))
                    return a
                }
                if op == .mul, let n = b.asInt {
                    let items = l.items
                    l.items = []
                    for _ in 0..<max(0, n) { l.items.append(contentsOf: items) }
                    return a
                }
            }
            if !(o is PyStr || o is PyTuple), let m = o.pyType.lookup(op.dunders.2) {
                let r = try call(bind(m, to: a, type: o.pyType), Args([b]))
                if !r.isNotImplemented { return r }
            }
        }
        if let r = try builtinBinary(op, a, b) { return r }
        if let r = try dunderBinary(op, a, b) { return r }
        throw binaryTypeError(op, a, b, symbol: op.rawValue + "=")
    }

    private func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value, symbol: String) -> PyError {
        if op == .mul {
            for (seq, other) in [(a, b), (b, a)] {
                if case .object(let o) = seq, o is PyStr || o is PyList || o is PyTuple {
                    return .typeError("can't multiply sequence by non-int of type '\(other.typeName)'")
                }
            }
        }
        if op == .add, case .object(let o) = a {
            if o is PyStr { return .typeError("can only concatenate str (not \"\(b.typeName)\") to str") }
            if o is PyList { return .typeError("can only concatenate list (not \"\(b.typeName)\") to list") }
            if o is PyTuple { return .typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple") }
        }
        if op == .pow {
            return .typeError("unsupported operand type(s) for \(symbol == "**=" ? "**=" : "** or pow()"): '\(a.typeName)' and '\(b.typeName)'")
        }
        return .typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    /// Tries `a.__op__(b)` and `b.__rop__(a)` with Python's subclass-first rule.
    private func dunderBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        let (name, rname) = op.specialDunders
        let ta = a.pyType, tb = b.pyType
        // The reflected method is looked up only when it may be called: first for a proper
        // subclass on the right, else after the left operand's method declined.
        let rightFirst = ta !== tb && tb.isSubtype(of: ta)
        if rightFirst, let right = tb.lookup(rname) {
            let r = try callBinaryDunder(right, b, a, tb)
            if !r.isNotImplemented { return r }
        }
        if let left = ta.lookup(name) {
            let r = try callBinaryDunder(left, a, b, ta)
            if !r.isNotImplemented { return r }
        }
        if ta !== tb, !rightFirst, let right = tb.lookup(rname) {
            let r = try callBinaryDunder(right, b, a, tb)
            if !r.isNotImplemented { return r }
        }
        return nil
    }

    /// Calls a binary dunder method found on `type` as `receiver.method(other)`, without making a
    /// bound-method object for the common kinds (every tensor operator goes through here).
    private func callBinaryDunder(_ method: Value, _ receiver: Value, _ other: Value, _ type: PyType) throws -> Value {
        if case .object(let o) = method {
            if let b = o as? PyBuiltinFunction, b.binds { return try b.fn(self, Args([receiver, other])) }
            if let f = o as? PyFunction { return try invoke(f, Args([receiver, other])) }
        }
        return try call(bind(method, to: receiver, type: type), Args([other]))
    }

    /// int, float and bool arithmetic; nil when either side is not a number.
    func numericBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return try intBinary(op, x, y)
        case (.float(let x), .float(let y)):
            return try floatBinary(op, x, y)
        case (.float(let x), _):
            if let y = try numberAsDouble(b) { return try floatBinary(op, x, y) }
            return nil
        case (_, .float(let y)):
            if let x = try numberAsDouble(a) { return try floatBinary(op, x, y) }
            return nil
        default:
            guard let x = a.asBigInt, let y = b.asBigInt else { return nil }
            if case .bool(let p) = a, case .bool(let q) = b {
                switch op {
                case .bitAnd: return .bool(p && q)
                case .bitOr: return .bool(p || q)
                case .bitXor: return .bool(p != q)
                default: break
                }
            }
            if let i = Int(exactly: x), let j = Int(exactly: y) { return try intBinary(op, i, j) }
            return try bigBinary(op, x, y)
        }
    }

    /// An int or bool as a Double (for mixed arithmetic); nil for non-numbers.
    func numberAsDouble(_ v: Value) throws -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        case .object(let o):
            if let b = o as? PyBigInt {
                guard let d = bigToDouble(b.value) else { throw PyError.overflow("int too large to convert to float") }
                return d
            }
            return nil
        default: return nil
        }
    }

    func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws -> Value {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? .bigint(BigIntValue(x) + BigIntValue(y)) : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? .bigint(BigIntValue(x) - BigIntValue(y)) : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? .bigint(BigIntValue(x) * BigIntValue(y)) : .int(r)
        case .div:
            if y == 0 { throw PyError.zeroDivision("division by zero") }
            if x.magnitude < (1 << 53) && y.magnitude < (1 << 53) { return .float(Double(x) / Double(y)) }
            return .float(try bigTrueDivide(BigIntValue(x), BigIntValue(y)))
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .bigint(-BigIntValue(x)) }
            let q = x / y
            return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
        case .pow:
            if y < 0 {
                if x == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(pow(Double(x), Double(y)))
            }
            return .bigint(BigIntValue(x).power(y))
        case .lshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y < 63 {
                let r = x << y
                if r >> y == x { return .int(r) }
            }
            return .bigint(BigIntValue(x) << y)
        case .rshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matmul:
            throw PyError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    func bigBinary(_ op: BinaryOp, _ x: BigIntValue, _ y: BigIntValue) throws -> Value {
        switch op {
        case .add: return .bigint(x + y)
        case .sub: return .bigint(x - y)
        case .mul: return .bigint(x * y)
        case .div:
            if y.isZero { throw PyError.zeroDivision("division by zero") }
            return .float(try bigTrueDivide(x, y))
        case .floorDiv:
            if y.isZero { throw PyError.zeroDivision("integer division or modulo by zero") }
            return .bigint(bigFloorDivMod(x, y).0)
        case .mod:
            if y.isZero { throw PyError.zeroDivision("integer modulo by zero") }
            return .bigint(bigFloorDivMod(x, y).1)
        case .pow:
            if y.signum() < 0 {
                if x.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                guard let bx = bigToDouble(x), let by = bigToDouble(y) else { throw PyError.overflow("int too large to convert to float") }
                return .float(pow(bx, by))
            }
            if x.isZero || x == 1 { return .bigint(x) }
            if x == -1 { return .int((y % 2).isZero ? 1 : -1) }
            guard let e = Int(exactly: y), e < 100_000_000 else { throw PyError(PyType.MemoryError, "") }
            return .bigint(x.power(e))
        case .lshift:
            if y.signum() < 0 { throw PyError.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { throw PyError.overflow("too many digits in integer") }
            return .bigint(x << s)
        case .rshift:
            if y.signum() < 0 { throw PyError.valueError("negative shift count") }
            guard let s = Int(exactly: y) else { return .int(x.signum() < 0 ? -1 : 0) }
            // Floor division by 2**s, as Python's arithmetic shift.
            return .bigint(bigFloorDivMod(x, BigIntValue(1) << s).0)
        case .bitAnd: return .bigint(x & y)
        case .bitOr: return .bigint(x | y)
        case .bitXor: return .bigint(x ^ y)
        case .matmul:
            throw PyError.typeError("unsupported operand type(s) for @: 'int' and 'int'")
        }
    }

    func bigFloorDivMod(_ x: BigIntValue, _ y: BigIntValue) -> (BigIntValue, BigIntValue) {
        var (q, r) = x.quotientAndRemainder(dividingBy: y)
        if !r.isZero && (r.signum() < 0) != (y.signum() < 0) {
            q -= 1
            r += y
        }
        return (q, r)
    }

    /// Float arithmetic; nil for operators floats do not support (bit operations, `@`).
    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(pyFloatDivmod(x, y).0)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(pyFloatDivmod(x, y).1)
        case .pow:
            return .float(try floatPow(x, y))
        default:
            return nil
        }
    }

    func floatPow(_ x: Double, _ y: Double) throws -> Double {
        if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
        if x < 0 && y != y.rounded() && y.isFinite {
            throw PyError.valueError("complex results are not supported")
        }
        let r = pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyError(PyType.OverflowError, "(34, 'Numerical result out of range')") }
        return r
    }

    /// Non-numeric built-in operators: sequences, strings, sets, dicts.
    private func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let oa) = a else {
            if op == .mul, let n = a.asInt, case .object(let ob) = b { return try repeatSequence(ob, n) }
            return nil
        }
        switch op {
        case .add:
            if let s = oa as? PyStr, let t = b.asString { return .str(s.value + t) }
            if let l = oa as? PyList, case .object(let ob) = b, let r = ob as? PyList { return .object(PyList(l.items + r.items)) }
            if let l = oa as? PyTuple, case .object(let ob) = b, let r = ob as? PyTuple { return .object(PyTuple(l.items + r.items)) }
        case .mul:
            if let n = b.asInt { return try repeatSequence(oa, n) }
        case .mod:
            if let s = oa as? PyStr { return .str(try percentFormat(s.value, b)) }
        case .bitOr, .bitAnd, .sub, .bitXor:
            if let s = oa as? PySet, case .object(let ob) = b, let t = ob as? PySet {
                return .object(try setOperation(op, s, t))
            }
            if op == .bitOr, let d = oa as? PyDict, case .object(let ob) = b, ob is PyDict {
                let r = PyDict()
                try dictUpdate(r, from: a)
                try dictUpdate(r, from: b)
                return .object(r)
            }
            if let view = oa as? PyDictView, view.kind != .values, case .object(let ob) = b, ob is PySet || ob is PyDictView {
                let s = PySet()
                for x in try collect(a) { try setAdd(s, x) }
                let t = PySet()
                for x in try collect(b) { try setAdd(t, x) }
                return .object(try setOperation(op, s, t))
            }
        default:
            break
        }
        return nil
    }

    private func repeatSequence(_ o: PyObject, _ n: Int) throws -> Value? {
        let count = max(0, n)
        if let s = o as? PyStr { return .str(String(repeating: s.value, count: count)) }
        if let l = o as? PyList {
            var out: [Value] = []
            out.reserveCapacity(l.items.count * count)
            for _ in 0..<count { out.append(contentsOf: l.items) }
            return .object(PyList(out))
        }
        if let t = o as? PyTuple {
            var out: [Value] = []
            for _ in 0..<count { out.append(contentsOf: t.items) }
            return .object(PyTuple(out))
        }
        return nil
    }

    // MARK: Unary operators

    public func unary(_ op: UnaryOp, _ a: Value) throws -> Value {
        switch (op, a) {
        case (.not, _): return .bool(try !truthy(a))
        case (.neg, .int(let i)): return i == Int.min ? .bigint(-BigIntValue(i)) : .int(-i)
        case (.neg, .bool(let b)): return .int(b ? -1 : 0)
        case (.neg, .float(let d)): return .float(-d)
        case (.pos, .int), (.pos, .float): return a
        case (.pos, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        default: break
        }
        if case .object(let o) = a, let big = o as? PyBigInt {
            switch op {
            case .neg: return .bigint(-big.value)
            case .pos: return a
            case .invert: return .bigint(-big.value - 1)
            case .not: break
            }
        }
        let name: String
        switch op {
        case .neg: name = "__neg__"
        case .pos: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = "__bool__"
        }
        let t = a.pyType
        if let m = t.lookup(name) { return try call(bind(m, to: a, type: t), Args()) }
        throw PyError.typeError("bad operand type for unary \(op.rawValue): '\(t.name)'")
    }
}
