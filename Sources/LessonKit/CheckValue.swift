import Foundation
import Python
import PyTF
import TensorCore

/// A value a check expression gave, in a form two programs' values can be compared in.
public indirect enum CheckValue: Sendable, Equatable {
    /// Numbers: a scalar (shape []) or an array, as doubles in row-major order.
    case array(NumericArray)
    case string(String)
    case none
    /// A list, tuple or dict that is not a numeric array, item by item (dict items keyed).
    case list([CheckValue])
    case keyed([String: CheckValue], order: [String])
    /// Names and shapes of variables (a `kind: variables` check).
    case variables([VariableSignature])

    /// Short text for tables: `6.0`, `[1.0, 2.0]`, `float32[3, 4]`.
    public var summary: String {
        switch self {
        case .array(let a): return a.summary
        case .string(let s): return "'\(s)'"
        case .none: return "None"
        case .list(let items): return "[" + items.map(\.summary).joined(separator: ", ") + "]"
        case .keyed(let d, let order): return "{" + order.map { "\($0): \(d[$0]?.summary ?? "")" }.joined(separator: ", ") + "}"
        case .variables(let vs): return vs.map(\.description).joined(separator: ", ")
        }
    }
}

/// A variable's name and shape.
public struct VariableSignature: Sendable, Equatable, CustomStringConvertible {
    public var name: String
    /// nil entries are unknown dimensions.
    public var shape: [Int?]
    public var description: String {
        "\(name) (" + shape.map { $0.map(String.init) ?? "None" }.joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
    }
}

/// Numbers with a shape and a dtype family.
public struct NumericArray: Sendable, Equatable {
    public enum Family: String, Sendable { case float, int, bool }
    public var shape: [Int]
    public var family: Family
    /// The dtype it came from (`float32`, `int`, ...), for messages.
    public var dtype: String
    public var values: [Double]

    public init(shape: [Int], family: Family, dtype: String, values: [Double]) {
        self.shape = shape
        self.family = family
        self.dtype = dtype
        self.values = values
    }

    public var isScalar: Bool { shape.isEmpty }

    public var summary: String {
        if isScalar, let v = values.first { return NumericArray.format(v, family) }
        if values.count <= 6 { return nested(0, 0).text }
        return "\(dtype)[" + shape.map(String.init).joined(separator: ", ") + "]"
    }

    static func format(_ v: Double, _ family: Family) -> String {
        switch family {
        case .bool: return v != 0 ? "True" : "False"
        case .int: return v.isFinite ? String(Int64(v)) : "\(v)"
        case .float:
            if v.isNaN { return "nan" }
            if v.isInfinite { return v > 0 ? "inf" : "-inf" }
            // Up to 7 significant digits: enough to tell float32 values apart in a table.
            let s = String(format: "%.7g", v)
            return s.contains(".") || s.contains("e") ? s : s + ".0"
        }
    }

    private func nested(_ dim: Int, _ offset: Int) -> (text: String, count: Int) {
        if dim == shape.count { return (NumericArray.format(values[offset], family), 1) }
        var parts: [String] = []
        var used = 0
        for _ in 0..<shape[dim] {
            let (t, c) = nested(dim + 1, offset + used)
            parts.append(t)
            used += c
        }
        return ("[" + parts.joined(separator: ", ") + "]", used)
    }
}

public struct CheckValueError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Turns what a check expression gave into a `CheckValue`.
struct CheckValueConverter {
    let interpreter: Interpreter

    func convert(_ v: Value) -> Result<CheckValue, CheckValueError> {
        do { return .success(try value(v, depth: 0)) } catch let e as CheckValueError {
            return .failure(e)
        } catch {
            return .failure(CheckValueError("\(error)"))
        }
    }

    private func value(_ v: Value, depth: Int) throws -> CheckValue {
        guard depth < 50 else { throw CheckValueError("the value is nested too deeply") }
        switch v {
        case .none: return .none
        case .bool(let b): return .array(NumericArray(shape: [], family: .bool, dtype: "bool", values: [b ? 1 : 0]))
        case .int(let i): return .array(NumericArray(shape: [], family: .int, dtype: "int", values: [Double(i)]))
        case .float(let d): return .array(NumericArray(shape: [], family: .float, dtype: "float", values: [d]))
        case .object(let o):
            if let s = o as? PyStr { return .string(s.value) }
            if o is PyBigInt, let d = try? interpreter.call(.object(PyType.float), Args([v])), case .float(let x) = d {
                return .array(NumericArray(shape: [], family: .int, dtype: "int", values: [x]))
            }
            if let inspected = PyTF.inspect(v) {
                switch inspected {
                case .tensor(let t): return try array(t)
                case .variable(let name, _, let value):
                    guard let value else {
                        throw CheckValueError("variable '\(name)' has no value here: in TF1 keep what sess.run returned in a global and check that")
                    }
                    return try array(value)
                case .symbolic(let name):
                    throw CheckValueError("Tensor(\"\(name)\") is symbolic: keep what sess.run returned in a global and check that")
                }
            }
            if let list = o as? PyList { return try sequence(list.items, depth: depth) }
            if let tuple = o as? PyTuple { return try sequence(tuple.items, depth: depth) }
            if let dict = o as? PyDict {
                var out: [String: CheckValue] = [:]
                var order: [String] = []
                for (k, item) in dict.table.entries {
                    let key = (try? interpreter.str(k)) ?? "?"
                    order.append(key)
                    out[key] = try value(item, depth: depth + 1)
                }
                return .keyed(out, order: order)
            }
            // Anything else with .numpy() (a Keras variable wrapper, a tensor-like object).
            if let numpy = try? interpreter.lookupAttribute(v, "numpy"), let r = try? interpreter.call(numpy, Args([])) {
                return try value(r, depth: depth + 1)
            }
            throw CheckValueError("a check gives numbers, arrays, strings or lists of them, not a '\(v.pyType.name)'")
        }
    }

    /// A list of numbers (or of equal-shaped arrays) is an array, as numpy would make it; else a list.
    private func sequence(_ items: [Value], depth: Int) throws -> CheckValue {
        let converted = try items.map { try value($0, depth: depth + 1) }
        var arrays: [NumericArray] = []
        for c in converted {
            guard case .array(let a) = c else { return .list(converted) }
            arrays.append(a)
        }
        guard let first = arrays.first, arrays.allSatisfy({ $0.shape == first.shape }) else { return .list(converted) }
        let family: NumericArray.Family = arrays.contains { $0.family == .float } ? .float
            : arrays.contains { $0.family == .int } ? .int : .bool
        let dtype = arrays.allSatisfy({ $0.dtype == first.dtype }) ? first.dtype : family.rawValue
        return .array(NumericArray(shape: [arrays.count] + first.shape, family: family, dtype: dtype,
                                   values: arrays.flatMap(\.values)))
    }

    /// Names and shapes of a list of variables (`kind: variables`).
    static func variables(_ v: Value, interpreter: Interpreter) throws -> CheckValue {
        var items: [Value] = []
        if case .object(let o) = v, let l = o as? PyList { items = l.items }
        else if case .object(let o) = v, let t = o as? PyTuple { items = t.items }
        else { items = [v] }
        var out: [VariableSignature] = []
        for item in items {
            guard case .variable(let name, let shape, _)? = PyTF.inspect(item) else {
                throw CheckValueError("a variables check needs a list of variables, and found a '\(item.pyType.name)'")
            }
            out.append(VariableSignature(name: name, shape: shape.dims ?? []))
        }
        return .variables(out)
    }

    private func array(_ t: Tensor) throws -> CheckValue {
        let family: NumericArray.Family
        switch t.dtype {
        case .float32, .float64: family = .float
        case .int32, .int64, .uint8: family = .int
        case .bool: family = .bool
        case .string:
            let strings = t.scalars.map { s -> String in
                if case .string(let text) = s { return text }
                return "\(s)"
            }
            if t.rank == 0, let s = strings.first { return .string(s) }
            return .list(strings.map { .string($0) })
        }
        guard let values = t.doubles else { throw CheckValueError("cannot read the values of a \(t.dtype.name) tensor") }
        return .array(NumericArray(shape: t.shape, family: family, dtype: t.dtype.name, values: values))
    }
}
