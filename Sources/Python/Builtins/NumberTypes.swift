import Foundation

extension Interpreter {
    static func installNumberTypes() {
        PyType.int.newHook = { i, cls, a in
            if a.positional.count > 2 { throw PyError.typeError("int() takes at most 2 arguments (\(a.positional.count) given)") }
            let p = try a.bind("int", ["x", "base"], required: 0)
            guard let x = p[0] else { return .int(0) }
            if let baseV = p[1] {
                guard let s = x.asString else {
                    throw PyError.typeError("int() can't convert non-string with explicit base")
                }
                let base = try i.index(baseV)
                if base != 0 && (base < 2 || base > 36) { throw PyError.valueError("int() base must be >= 2 and <= 36, or 0") }
                guard let v = parsePythonInt(s, base: base) else {
                    throw PyError.valueError("invalid literal for int() with base \(base): \(pyReprString(s))")
                }
                return .bigint(v)
            }
            return try i.toInt(x)
        }
        PyType.bool.newHook = { i, _, a in
            try a.expect("bool", min: 0, max: 1)
            return .bool(try a.positional.first.map { try i.truthy($0) } ?? false)
        }
        PyType.float.newHook = { i, _, a in
            try a.expect("float", min: 0, max: 1)
            guard let x = a.positional.first else { return .float(0) }
            return .float(try i.toDouble(x, forFloat: true))
        }

        let int = PyType.int
        int.method("bit_length") { _, a in
            guard let v = a.positional.first?.asBigInt else { return .int(0) }
            if let i = Int(exactly: v) { return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount) }
            return .int(String(v.magnitude, radix: 2).count)
        }
        int.method("conjugate") { _, a in a[0] }
        int.method("__index__") { _, a in .bigint(a[0].asBigInt ?? 0) }
        int.method("__int__") { _, a in .bigint(a[0].asBigInt ?? 0) }
        int.method("__float__") { i, a in .float(try i.numberAsDouble(a[0]) ?? 0) }
        int.method("__repr__") { i, a in .str(try i.repr(.bigint(a[0].asBigInt ?? 0))) }
        int.method("__format__") { i, a in
            guard a.count == 2, let spec = a[1].asString else { throw PyError.typeError("__format__ expects a str") }
            return .str(try i.format(.bigint(a[0].asBigInt ?? 0), spec))
        }
        int.method("__hash__") { i, a in .int(try i.hash(a[0])) }
        int.property("real", get: { _, v in .bigint(v.asBigInt ?? 0) })
        int.property("imag", get: { _, _ in .int(0) })
        int.property("numerator", get: { _, v in .bigint(v.asBigInt ?? 0) })
        int.property("denominator", get: { _, _ in .int(1) })
        for (name, op) in [("__add__", BinaryOpName.add), ("__sub__", .sub), ("__mul__", .mul), ("__truediv__", .div),
                           ("__floordiv__", .floorDiv), ("__mod__", .mod), ("__pow__", .pow)] {
            int.method(name) { i, a in
                guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
                return try i.numericBinary(op.op, a[0], a[1]) ?? .notImplemented
            }
            PyType.float.method(name) { i, a in
                guard a.count == 2 else { throw PyError.typeError("expected 1 argument") }
                return try i.numericBinary(op.op, a[0], a[1]) ?? .notImplemented
            }
        }
        PyType.bool.method("__repr__") { _, a in .str(a[0].asInt == 1 ? "True" : "False") }

        let float = PyType.float
        float.method("is_integer") { _, a in
            guard case .float(let d) = a[0] else { return .false }
            return .bool(d.isFinite && d == d.rounded())
        }
        float.method("as_integer_ratio") { _, a in
            guard case .float(let d) = a[0] else { throw PyError.typeError("descriptor needs a float") }
            if d.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyError.overflow("cannot convert Infinity to integer ratio") }
            var m = d
            var den = BigIntValue(1)
            while m != m.rounded() {
                m *= 2
                den *= 2
            }
            return .object(PyTuple([.bigint(doubleToBig(m) ?? 0), .bigint(den)]))
        }
        float.method("conjugate") { _, a in a[0] }
        float.method("__int__") { i, a in try i.toInt(a[0]) }
        float.method("__float__") { _, a in a[0] }
        float.method("__repr__") { i, a in .str(try i.repr(a[0])) }
        float.method("__format__") { i, a in
            guard a.count == 2, let spec = a[1].asString else { throw PyError.typeError("__format__ expects a str") }
            return .str(try i.format(a[0], spec))
        }
        float.method("__hash__") { i, a in .int(try i.hash(a[0])) }
        float.property("real", get: { _, v in v })
        float.property("imag", get: { _, _ in .float(0) })
    }

    /// Python `int(x)` for one argument.
    func toInt(_ x: Value) throws -> Value {
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            if Swift.abs(d) < 9.0e18 { return .int(Int(d)) }
            return .bigint(doubleToBig(d) ?? 0)
        case .object(let o):
            if o is PyBigInt { return x }
            if let s = o as? PyStr {
                guard let v = parsePythonInt(s.value, base: 10) else {
                    throw PyError.valueError("invalid literal for int() with base 10: \(pyReprString(s.value))")
                }
                return .bigint(v)
            }
            let t = o.pyType
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = t.lookup(name) {
                    let r = try call(bind(m, to: x, type: t), Args())
                    if r.asBigInt != nil { return r.asInt.map { .int($0) } ?? r }
                    throw PyError.typeError("\(name) returned non-int (type \(r.typeName))")
                }
            }
        default: break
        }
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
    }

    /// Python `float(x)`; `forFloat` selects `float()`'s error messages.
    public func toDouble(_ x: Value, forFloat: Bool = false) throws -> Double {
        switch x {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if let b = o as? PyBigInt {
                guard let d = bigToDouble(b.value) else { throw PyError.overflow("int too large to convert to float") }
                return d
            }
            if let s = o as? PyStr {
                guard forFloat else { break }
                guard let d = parsePythonFloat(s.value) else {
                    throw PyError.valueError("could not convert string to float: \(pyReprString(s.value))")
                }
                return d
            }
            let t = o.pyType
            if let m = t.lookup("__float__") {
                let r = try call(bind(m, to: x, type: t), Args())
                guard case .float(let d) = r else { throw PyError.typeError("\(t.name).__float__ returned non-float (type \(r.typeName))") }
                return d
            }
            if let m = t.lookup("__index__") {
                let r = try call(bind(m, to: x, type: t), Args())
                if let v = r.asInt { return Double(v) }
            }
        default: break
        }
        if forFloat {
            throw PyError.typeError("float() argument must be a string or a real number, not '\(x.typeName)'")
        }
        throw PyError.typeError("must be real number, not \(x.typeName)")
    }
}

/// The arithmetic dunders of int and float, for explicit calls such as `int.__add__(1, 2)`.
enum BinaryOpName {
    case add, sub, mul, div, floorDiv, mod, pow
    var op: PythonSyntax.BinaryOp {
        switch self {
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .div: return .div
        case .floorDiv: return .floorDiv
        case .mod: return .mod
        case .pow: return .pow
        }
    }
}

import PythonSyntax
