import Foundation

// Number and text conversions of the interpreter, on top of the Formatting functions:
// they turn Formatting's errors into Python exceptions and supply Python-level values.

extension PyError {
    init(_ e: PyFormatError) {
        let cls: PyType
        switch e.kind {
        case .valueError: cls = PyType.ValueError
        case .typeError: cls = PyType.TypeError
        case .overflowError: cls = PyType.OverflowError
        case .zeroDivisionError: cls = PyType.ZeroDivisionError
        case .indexError: cls = PyType.IndexError
        case .keyError: cls = PyType.KeyError
        case .memoryError: cls = PyType.MemoryError
        }
        self.init(cls, e.message)
    }
}

/// Runs a Formatting function, turning its error into the matching Python exception.
@inline(__always)
func pyFormatting<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as PyFormatError { throw PyError(e) }
}

func pyFloatRepr(_ d: Double) -> String { PyFloatFormat.repr(d) }
func pyReprString(_ s: String) -> String { pyStrRepr(s) }
func bigToDouble(_ b: BigIntValue) -> Double? { PyNumeric.bigIntToDouble(b) }
func doubleToBig(_ d: Double) -> BigIntValue? { PyNumeric.floatToBigInt(d) }
func bigTrueDivide(_ a: BigIntValue, _ b: BigIntValue) throws -> Double {
    try pyFormatting { try PyNumeric.bigIntTrueDivide(a, b) }
}
/// Python's float `divmod` for a non-zero divisor.
func pyFloatDivmod(_ x: Double, _ y: Double) -> (Double, Double) {
    (try? PyNumeric.floatDivmod(x, y)) ?? (.nan, .nan)
}
func parsePythonInt(_ s: String, base: Int) -> BigIntValue? { PyIntParse.parse(s, base: base) }
func parsePythonFloat(_ s: String) -> Double? { PyFloatParse.parse(s) }
func pyRoundDouble(_ d: Double, _ n: Int) -> Double { (try? PyRound.round(d, ndigits: n)) ?? d }

extension Interpreter {
    func formatIntSpec(_ v: BigIntValue, _ spec: String) throws -> String {
        try pyFormatting { try PyFormat.formatInt(v, spec: spec) }
    }
    func formatFloatSpec(_ d: Double, _ spec: String) throws -> String {
        try pyFormatting { try PyFormat.formatFloat(d, spec: spec) }
    }
    func formatStrSpec(_ s: String, _ spec: String) throws -> String {
        try pyFormatting { try PyFormat.formatString(s, spec: spec) }
    }

    // MARK: printf-style formatting: `format % args`

    func percentFormat(_ format: String, _ args: Value) throws -> String {
        var positional: [Value]
        let isTuple: Bool
        if case .object(let o) = args, let t = o as? PyTuple {
            positional = t.items
            isTuple = true
        } else {
            positional = [args]
            isTuple = false
        }
        let isMapping: Bool = {
            guard case .object(let o) = args, !isTuple else { return false }
            return !(o is PyStr) && o.pyType.lookup("__getitem__") != nil
        }()
        var next = 0
        func take() throws -> Value {
            guard next < positional.count else { throw PyError(PercentFormat.notEnoughArguments) }
            defer { next += 1 }
            return positional[next]
        }
        func resolveStars(_ spec: inout PercentSpec) throws {
            if spec.width == .star {
                guard let w = try take().asInt else { throw PyError(PercentFormat.starWantsInt) }
                spec.setStarWidth(w)
            }
            if spec.precision == .star {
                guard let p = try take().asInt else { throw PyError(PercentFormat.starWantsInt) }
                try pyFormatting { try spec.setStarPrecision(p) }
            }
        }
        var out = ""
        var usedMapping = false
        for piece in PercentFormat.parseLenient(format, mappingAvailable: isMapping) {
            switch piece {
            case .literal(let s):
                out += s
            case .error(let e):
                throw PyError(e)
            case .incompleteSpec(var spec, let e):
                try resolveStars(&spec)
                throw PyError(e)
            case .spec(var spec):
                try resolveStars(&spec)
                let value: Value
                if let key = spec.key {
                    guard isMapping || (!isTuple && args.pyType.lookup("__getitem__") != nil) else {
                        throw PyError(PercentFormat.requiresMapping)
                    }
                    usedMapping = true
                    value = try getItem(args, .str(key))
                } else {
                    value = try take()
                }
                out += try percentConvert(value, spec)
            }
        }
        if next < positional.count && !usedMapping && !(isMapping && next == 0) {
            throw PyError(PercentFormat.notAllConverted)
        }
        return out
    }

    private func percentConvert(_ v: Value, _ spec: PercentSpec) throws -> String {
        let c = spec.conversion
        switch c {
        case "s": return try pyFormatting { try PercentFormat.formatString(try str(v), spec) }
        case "r": return try pyFormatting { try PercentFormat.formatString(try repr(v), spec) }
        case "a": return try pyFormatting { try PercentFormat.formatString(ascii(try repr(v)), spec) }
        case "c":
            let ch: Unicode.Scalar
            if let s = v.asString {
                ch = try pyFormatting { try PercentFormat.charFromString(s) }
            } else if let b = v.asBigInt {
                ch = try pyFormatting { try PercentFormat.charFromInt(b) }
            } else {
                throw PyError(PyType.TypeError, PercentFormat.charRequiredMessage)
            }
            return try pyFormatting { try PercentFormat.formatChar(ch, spec) }
        default:
            break
        }
        if spec.isIntConversion {
            let n: BigIntValue
            if let b = v.asBigInt {
                n = b
            } else if case .float(let d) = v, c != "o", c != "x", c != "X" {
                guard d.isFinite, let b = doubleToBig(d) else {
                    throw PyError.overflow(d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                n = b
            } else if case .object(let o) = v, o.pyType.lookup("__index__") != nil || (c != "o" && c != "x" && c != "X" && o.pyType.lookup("__int__") != nil) {
                guard let b = try toInt(v).asBigInt else { throw PyError(PercentFormat.numberRequired(conversion: c, typeName: v.typeName)) }
                n = b
            } else {
                throw PyError(PercentFormat.numberRequired(conversion: c, typeName: v.typeName))
            }
            return try pyFormatting { try PercentFormat.formatInt(n, spec) }
        }
        let d: Double
        do {
            d = try toDouble(v)
        } catch let e as PyError where e.isInstance(of: PyType.TypeError) {
            throw PyError(PercentFormat.realNumberRequired(typeName: v.typeName))
        }
        return try pyFormatting { try PercentFormat.formatFloat(d, spec) }
    }

    // MARK: str.format

    func strFormat(_ format: String, _ args: Args) throws -> String {
        var numbering = FormatFieldNumbering()
        return try renderFormat(format, args, depth: 2, numbering: &numbering)
    }

    private func renderFormat(_ format: String, _ args: Args, depth: Int, numbering: inout FormatFieldNumbering) throws -> String {
        var out = ""
        for piece in FormatString.parseLenient(format) {
            switch piece {
            case .literal(let s):
                out += s
            case .error(let e):
                throw PyError(e)
            case .field(let f):
                let name = try pyFormatting { try FormatString.parseFieldName(f.fieldName, numbering: &numbering) }
                var obj: Value
                switch name.first {
                case .index(let i):
                    guard i < args.positional.count else { throw PyError(FormatString.indexOutOfRange(i)) }
                    obj = args.positional[i]
                case .name(let n):
                    guard let v = args.keyword(n) else { throw PyError.keyError(.str(n)) }
                    obj = v
                }
                for acc in name.accessors {
                    switch acc {
                    case .attribute(let a): obj = try getAttribute(obj, a)
                    case .index(let i): obj = try getItem(obj, .int(i))
                    case .key(let k): obj = try getItem(obj, .str(k))
                    }
                }
                if let e = name.trailingError { throw PyError(e) }
                switch f.conversion {
                case nil: break
                case "r"?: obj = .str(try repr(obj))
                case "s"?: obj = .str(try str(obj))
                case "a"?: obj = .str(ascii(try repr(obj)))
                case let c?: throw PyError(FormatString.conversionError(c))
                }
                var spec = f.formatSpec
                if f.formatSpecNeedsExpanding {
                    guard depth > 1 else { throw PyError(FormatString.recursionError) }
                    spec = try renderFormat(spec, args, depth: depth - 1, numbering: &numbering)
                }
                out += try self.format(obj, spec)
            }
        }
        return out
    }
}
