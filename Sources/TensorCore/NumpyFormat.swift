// numpy 2.x printing: `str(array)`, `repr(array)`, and numpy scalars.
// A port of numpy/_core/arrayprint.py (FloatingFormat, IntegerFormat,
// BoolFormat, _formatArray, _leading_trailing, array_repr) and of the scalar
// reprs in scalartypes.c.src, on top of the Dragon4 port. TF's tensor
// printing (`tf.Tensor([1. 2.], shape=(2,), dtype=float32)`) is numpy's str
// of the value, so the TF layer uses these functions too.

/// numpy's print options (`np.set_printoptions`), defaults as in numpy 2.x.
public struct NumpyPrintOptions: Sendable, Equatable {
    /// How floats are printed (`floatmode`).
    public enum FloatMode: Sendable, Equatable {
        case fixed, unique, maxprec, maxprecEqual
    }

    public var precision = 8
    public var threshold = 1000
    public var edgeItems = 3
    public var lineWidth = 75
    public var suppressSmall = false
    /// String elements are shown as they are, unquoted: they are already the reprs of the bytes
    /// objects in a numpy object array (how TF shows a string tensor: `[b'a' b'bc']`).
    public var stringsAreReprs = false
    public var nanStr = "nan"
    public var infStr = "inf"
    /// `"-"`, `"+"` or `" "`.
    public var sign: Character = "-"
    public var floatMode: FloatMode = .maxprec

    public init() {}

    /// numpy's defaults.
    public static let standard = NumpyPrintOptions()
}

/// Text forms of arrays and scalars exactly as numpy 2.x prints them.
public enum NumpyFormat {
    // MARK: scalars

    /// `str()` of a numpy scalar: `6.0`, `1e-05`, `1.6777216e+07` (float32
    /// switches to scientific at 1e6, float64 at 1e16, both below 1e-4),
    /// `3`, `True`, the string itself.
    public static func scalarStr(_ v: ScalarValue) -> String {
        switch v {
        case let .float32(x): return floatScalarText(x, maxPositional: 1e6)
        case let .float64(x): return floatScalarText(x, maxPositional: 1e16)
        case let .int32(x): return String(x)
        case let .int64(x): return String(x)
        case let .uint8(x): return String(x)
        case let .bool(x): return x ? "True" : "False"
        case let .string(s): return s
        }
    }

    /// `repr()` of a numpy scalar (numpy 2 style): `np.float32(6.0)`,
    /// `np.float64(0.1)`, `np.int64(3)`, `np.True_`, `np.str_('a')`.
    public static func scalarRepr(_ v: ScalarValue) -> String {
        switch v {
        case .float32: return "np.float32(\(scalarStr(v)))"
        case .float64: return "np.float64(\(scalarStr(v)))"
        case .int32: return "np.int32(\(scalarStr(v)))"
        case .int64: return "np.int64(\(scalarStr(v)))"
        case .uint8: return "np.uint8(\(scalarStr(v)))"
        case let .bool(b): return b ? "np.True_" : "np.False_"
        case let .string(s): return "np.str_(\(pythonStringRepr(s)))"
        }
    }

    /// Python's `repr(float)` (identical to numpy's float64 `str`).
    public static func pythonFloatRepr(_ x: Double) -> String {
        floatScalarText(x, maxPositional: 1e16)
    }

    static func floatScalarText<T: Dragon4Float>(_ x: T, maxPositional: Double) -> String {
        let a = Swift.abs(Double(x))
        let positional = x.isNaN || x == 0 || (a < maxPositional && a >= 1e-4)
        if positional {
            return Dragon4.positional(x, trim: .leaveOneZero)
        }
        return Dragon4.scientific(x, trim: .dptZeros)
    }

    /// Python's `repr(str)`: single quotes unless the text contains a single
    /// quote and no double quote; backslash escapes for `\\`, the quote,
    /// `\n`, `\r`, `\t` and other control characters.
    public static func pythonStringRepr(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == quote {
                    out += "\\" + String(quote)
                } else if u.value < 0x20 || u.value == 0x7F {
                    out += "\\x" + hex(u.value, width: 2)
                } else if (0x80..<0xA0).contains(u.value) {
                    out += "\\x" + hex(u.value, width: 2)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func hex(_ v: UInt32, width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: Swift.max(0, width - h.count)) + h
    }

    // MARK: arrays

    /// `str(array)`: `[1. 2. 3.]`, `[[1 2]\n [3 4]]`; a 0-d array prints as
    /// its scalar's `str`.
    public static func arrayStr(_ t: Tensor, options: NumpyPrintOptions = .standard) -> String {
        if t.rank == 0, let v = t.storage.element(at: 0) { return scalarStr(v) }
        return array2string(t, separator: " ", prefix: "", suffix: "", options: options)
    }

    /// `repr(array)`: `array([1., 2.], dtype=float32)`, wrapped at the line
    /// width with `array(`'s indentation; the dtype is omitted for float64,
    /// int64 and bool; summarised and empty arrays also show their shape.
    public static func arrayRepr(_ t: Tensor, options: NumpyPrintOptions = .standard) -> String {
        let prefix = "array("
        let lst = array2string(t, separator: ", ", prefix: prefix, suffix: ")", options: options)
        var extras: [String] = []
        if (t.elementCount == 0 && t.shape != [0]) || t.elementCount > options.threshold {
            extras.append("shape=\(ShapeFormat.tuple(t.shape))")
        }
        let implied = t.dtype == .float64 || t.dtype == .int64 || t.dtype == .bool
        if !implied || t.elementCount == 0 {
            extras.append("dtype=\(options.stringsAreReprs && t.dtype == .string ? "object" : dtypeShortRepr(t))")
        }
        if extras.isEmpty { return prefix + lst + ")" }
        let arrStr = prefix + lst + ","
        let extraStr = extras.joined(separator: ", ") + ")"
        let lastLineLen: Int
        if let nl = arrStr.lastIndex(of: "\n") {
            lastLineLen = arrStr[arrStr.index(after: nl)...].unicodeScalars.count
        } else {
            lastLineLen = arrStr.unicodeScalars.count
        }
        let spacer = lastLineLen + extraStr.unicodeScalars.count + 1 > options.lineWidth
            ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return arrStr + spacer + extraStr
    }

    /// numpy's `dtype_short_repr`: `float32`, `int32`, `'<U3'`.
    public static func dtypeShortRepr(_ t: Tensor) -> String {
        if case let .string(v) = t.storage {
            let width = Swift.max(1, v.map { $0.unicodeScalars.count }.max() ?? 1)
            return "'<U\(width)'"
        }
        return t.dtype.numpyName
    }

    /// numpy's `array2string(a, separator=, prefix=, suffix=)`.
    public static func array2string(_ t: Tensor, separator: String, prefix: String, suffix: String,
                                    options: NumpyPrintOptions = .standard) -> String {
        if t.elementCount == 0 { return "[]" }
        var options = options
        options.edgeItems = Swift.max(0, options.edgeItems)
        let lineWidth = options.lineWidth - suffix.unicodeScalars.count
        let summarize = t.elementCount > options.threshold
        let shown = summarize ? leadingTrailingIndices(t.shape, edgeItems: options.edgeItems) : nil
        let format = ElementFormatter(t, shown: shown, options: options)
        let nextLinePrefix = " " + String(repeating: " ", count: prefix.unicodeScalars.count)
        let strides = ShapeFormat.strides(t.shape)
        let sepTrimmed = rstrip(separator)

        func recurse(_ index: [Int], _ hangingIndent: String, _ currWidth: Int) -> String {
            let axis = index.count
            let axesLeft = t.rank - axis
            if axesLeft == 0 {
                var flat = 0
                for (d, i) in index.enumerated() { flat += i * strides[d] }
                return format.format(flat)
            }
            let nextHangingIndent = hangingIndent + " "
            let nextWidth = currWidth - 1
            let aLen = t.shape[axis]
            let showSummary = summarize && 2 * options.edgeItems < aLen
            let leading = showSummary ? options.edgeItems : 0
            let trailing = showSummary ? options.edgeItems : aLen
            var s = ""
            if axesLeft == 1 {
                let elemWidth = currWidth - Swift.max(sepTrimmed.unicodeScalars.count, 1)
                var line = hangingIndent
                for i in 0..<leading {
                    let word = recurse(index + [i], nextHangingIndent, nextWidth)
                    extendLine(&s, &line, word, elemWidth, hangingIndent)
                    line += separator
                }
                if showSummary {
                    extendLine(&s, &line, "...", elemWidth, hangingIndent)
                    line += separator
                }
                var i = trailing
                while i > 1 {
                    let word = recurse(index + [aLen - i], nextHangingIndent, nextWidth)
                    extendLine(&s, &line, word, elemWidth, hangingIndent)
                    line += separator
                    i -= 1
                }
                let word = recurse(index + [aLen - 1], nextHangingIndent, nextWidth)
                extendLine(&s, &line, word, elemWidth, hangingIndent)
                s += line
            } else {
                let lineSep = sepTrimmed + String(repeating: "\n", count: axesLeft - 1)
                for i in 0..<leading {
                    let nested = recurse(index + [i], nextHangingIndent, nextWidth)
                    s += hangingIndent + nested + lineSep
                }
                if showSummary {
                    s += hangingIndent + "..." + lineSep
                }
                var i = trailing
                while i > 1 {
                    let nested = recurse(index + [aLen - i], nextHangingIndent, nextWidth)
                    s += hangingIndent + nested + lineSep
                    i -= 1
                }
                let nested = recurse(index + [aLen - 1], nextHangingIndent, nextWidth)
                s += hangingIndent + nested
            }
            let body = s.unicodeScalars.dropFirst(hangingIndent.unicodeScalars.count)
            return "[" + String(String.UnicodeScalarView(body)) + "]"
        }
        return recurse([], nextLinePrefix, lineWidth)
    }

    /// numpy's `_extendLine` (words are single lines here).
    static func extendLine(_ s: inout String, _ line: inout String, _ word: String, _ lineWidth: Int, _ nextLinePrefix: String) {
        let lineLen = line.unicodeScalars.count
        var needsWrap = lineLen + word.unicodeScalars.count > lineWidth
        if lineLen <= nextLinePrefix.unicodeScalars.count { needsWrap = false }
        if needsWrap {
            s += rstrip(line) + "\n"
            line = nextLinePrefix
        }
        line += word
    }

    static func rstrip(_ s: String) -> String {
        var v = s.unicodeScalars[...]
        while let last = v.last, last == " " || last == "\t" || last == "\n" { v = v.dropLast() }
        return String(String.UnicodeScalarView(v))
    }

    /// The flat indices of the elements numpy's `_leading_trailing` keeps
    /// (the first and last `edgeItems` along every axis longer than twice that).
    static func leadingTrailingIndices(_ shape: [Int], edgeItems: Int) -> [Int] {
        let strides = ShapeFormat.strides(shape)
        var perAxis: [[Int]] = []
        for d in shape {
            if d > 2 * edgeItems {
                perAxis.append(Array(0..<edgeItems) + Array((d - edgeItems)..<d))
            } else {
                perAxis.append(Array(0..<d))
            }
        }
        var result = [0]
        for (axis, list) in perAxis.enumerated() {
            var next: [Int] = []
            next.reserveCapacity(result.count * list.count)
            for base in result {
                for i in list { next.append(base + i * strides[axis]) }
            }
            result = next
        }
        return result
    }
}

/// numpy's per-dtype element formatter, built from the elements shown.
struct ElementFormatter {
    private let formatFn: (Int) -> String

    init(_ t: Tensor, shown: [Int]?, options: NumpyPrintOptions) {
        let isScalar = t.rank == 0
        switch t.storage {
        case let .float32(v):
            let data = shown.map { $0.map { v[$0] } } ?? v
            let f = FloatingFormat(data, options: options, maxDecimalExponent: 6)
            formatFn = { f.format(v[$0]) }
        case let .float64(v):
            let data = shown.map { $0.map { v[$0] } } ?? v
            let f = FloatingFormat(data, options: options, maxDecimalExponent: 8)
            formatFn = { f.format(v[$0]) }
        case let .int32(v):
            let data = shown.map { $0.map { Int64(v[$0]) } } ?? v.map(Int64.init)
            let f = IntegerFormat(data, sign: options.sign)
            formatFn = { f.format(Int64(v[$0])) }
        case let .int64(v):
            let data = shown.map { $0.map { v[$0] } } ?? v
            let f = IntegerFormat(data, sign: options.sign)
            formatFn = { f.format(v[$0]) }
        case let .uint8(v):
            let data = shown.map { $0.map { Int64(v[$0]) } } ?? v.map(Int64.init)
            let f = IntegerFormat(data, sign: options.sign)
            formatFn = { f.format(Int64(v[$0])) }
        case let .bool(v):
            let trueStr = isScalar ? "True" : " True"
            formatFn = { v[$0] ? trueStr : "False" }
        case let .string(v):
            formatFn = options.stringsAreReprs ? { v[$0] } : { NumpyFormat.pythonStringRepr(v[$0]) }
        }
    }

    /// The text of the element at a flat index.
    func format(_ flat: Int) -> String { formatFn(flat) }
}

/// numpy's `IntegerFormat`: right-aligned to the widest of max and min.
struct IntegerFormat {
    let width: Int
    let sign: Character

    init(_ data: [Int64], sign: Character) {
        var s = sign
        if let mx = data.max(), let mn = data.min() {
            var maxLen = String(mx).count
            if s == " " && mn < 0 { s = "-" }
            if mx >= 0 && (s == "+" || s == " ") { maxLen += 1 }
            width = Swift.max(maxLen, String(mn).count)
        } else {
            width = 0
        }
        self.sign = s
    }

    func format(_ x: Int64) -> String {
        var text = String(x)
        if x >= 0 {
            if sign == "+" { text = "+" + text } else if sign == " " { text = " " + text }
        }
        let pad = width - text.count
        return pad > 0 ? String(repeating: " ", count: pad) + text : text
    }
}

/// numpy's `FloatingFormat` (arrayprint.py): decides positional or
/// scientific layout and the paddings from all shown values, then formats
/// each value with Dragon4.
struct FloatingFormat<T: Dragon4Float> {
    var precision: Int
    var minDigits: Int
    var unique: Bool
    var trim: Dragon4.TrimMode
    var expFormat = false
    var padLeft = 0
    var padRight = 0
    var expSize = -1
    let sign: Character
    let options: NumpyPrintOptions

    /// - Parameter maxDecimalExponent: `min(8, np.finfo(dtype).precision)`
    ///   (6 for float32, 8 for float64): values from `10**that` up print in
    ///   scientific notation.
    init(_ data: [T], options: NumpyPrintOptions, maxDecimalExponent: Int) {
        self.options = options
        self.sign = options.sign
        precision = options.floatMode == .unique ? -1 : options.precision
        minDigits = -1
        unique = true
        trim = .zeros
        let finite = data.filter { $0.isFinite }
        let absNonZero = finite.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxVal = absNonZero.max(), let minVal = absNonZero.min() {
            // Compared in the array's dtype, as numpy compares its scalars
            // with Python floats (NEP 50).
            let cutoff = T(Kernels.powerOfTen(maxDecimalExponent))
            if maxVal >= cutoff || (!options.suppressSmall && (minVal < T(0.0001) || maxVal / minVal > T(1000))) {
                expFormat = true
            }
        }
        let plusSign = sign == "+"
        if finite.isEmpty {
            padLeft = 0
            padRight = 0
            trim = .zeros
            expSize = -1
            unique = true
            minDigits = -1
        } else if expFormat {
            var trimFirst: Dragon4.TrimMode = .zeros
            var uniqueFirst = true
            if options.floatMode == .fixed {
                trimFirst = .none
                uniqueFirst = false
            }
            var maxExp = 0, maxFrac = 0, maxInt = 0
            for x in finite {
                let s = Dragon4.scientific(x, precision: precision, unique: uniqueFirst, trim: trimFirst, sign: plusSign)
                let parts = s.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
                let mant = parts.first.map(String.init) ?? s
                let exp = parts.count > 1 ? String(parts[1]) : ""
                maxExp = Swift.max(maxExp, exp.count)
                let mp = mant.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                maxInt = Swift.max(maxInt, mp.first.map { $0.count } ?? 0)
                maxFrac = Swift.max(maxFrac, mp.count > 1 ? mp[1].count : 0)
            }
            expSize = maxExp - 1
            trim = .none
            precision = maxFrac
            minDigits = maxFrac
            unique = uniqueFirst
            padLeft = maxInt
            padRight = expSize + 2 + precision
        } else {
            var trimFirst: Dragon4.TrimMode = .zeros
            var uniqueFirst = true
            if options.floatMode == .fixed {
                trimFirst = .none
                uniqueFirst = false
            }
            var maxInt = 0, maxFrac = 0
            for x in finite {
                let s = Dragon4.positional(x, precision: precision, unique: uniqueFirst, fractional: true,
                                           trim: trimFirst, sign: plusSign)
                let mp = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                maxInt = Swift.max(maxInt, mp.first.map { $0.count } ?? 0)
                maxFrac = Swift.max(maxFrac, mp.count > 1 ? mp[1].count : 0)
            }
            padLeft = maxInt
            padRight = maxFrac
            expSize = -1
            unique = uniqueFirst
            if options.floatMode == .fixed || options.floatMode == .maxprecEqual {
                precision = padRight
                minDigits = padRight
                trim = .none
            } else {
                trim = .zeros
                minDigits = 0
            }
        }
        if sign == " " && !finite.contains(where: { $0.sign == .minus }) {
            padLeft += 1
        }
        if data.count != finite.count {
            let negInf = sign != "-" || data.contains { $0.isInfinite && $0 < 0 }
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, options.nanStr.count - offset, options.infStr.count + (negInf ? 1 : 0) - offset)
        }
    }

    func format(_ x: T) -> String {
        if !x.isFinite {
            let ret: String
            if x.isNaN {
                ret = (sign == "+" ? "+" : "") + options.nanStr
            } else {
                ret = (x < 0 ? "-" : (sign == "+" ? "+" : "")) + options.infStr
            }
            let pad = padLeft + padRight + 1 - ret.count
            return (pad > 0 ? String(repeating: " ", count: pad) : "") + ret
        }
        if expFormat {
            return Dragon4.scientific(x, precision: precision, unique: unique, trim: trim, sign: sign == "+",
                                      padLeft: padLeft, expDigits: expSize, minDigits: minDigits)
        }
        return Dragon4.positional(x, precision: precision, unique: unique, fractional: true, trim: trim,
                                  sign: sign == "+", padLeft: padLeft, padRight: padRight, minDigits: minDigits)
    }
}
