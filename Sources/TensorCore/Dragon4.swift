// numpy's float-to-text algorithm (numpy/_core/src/multiarray/dragon4.c),
// ported: Dragon4 digit generation (unique/shortest or exact, with a maximum
// and minimum number of digits), then numpy's positional and scientific
// layouts with their trim and padding rules. This is what `repr(np.float32)`,
// `np.format_float_positional` and array printing use, so reproducing it is
// the only way to print exactly what numpy prints.
//
// The algorithm is Ryan Juckett's Dragon4 as modified by numpy (IEEE
// unbiased rounding of the margins, min-digits cutoff); the arithmetic uses
// a small arbitrary-precision unsigned integer.

/// A minimal arbitrary-precision unsigned integer (little-endian 32-bit blocks).
struct BigUInt: Comparable {
    var blocks: [UInt32]

    init() { blocks = [] }

    init(_ v: UInt64) {
        blocks = []
        if v != 0 {
            blocks.append(UInt32(truncatingIfNeeded: v))
            let hi = UInt32(truncatingIfNeeded: v >> 32)
            if hi != 0 { blocks.append(hi) }
        }
    }

    var isZero: Bool { blocks.isEmpty }
    var isEven: Bool { blocks.first.map { $0 & 1 == 0 } ?? true }

    mutating func normalize() {
        while let last = blocks.last, last == 0 { blocks.removeLast() }
    }

    static func pow2(_ n: Int) -> BigUInt {
        var r = BigUInt(1)
        r.shiftLeft(n)
        return r
    }

    static func pow10(_ n: Int) -> BigUInt {
        var r = BigUInt(1)
        var k = n
        while k >= 9 {
            r.multiply(by: 1_000_000_000)
            k -= 9
        }
        var small: UInt32 = 1
        for _ in 0..<k { small *= 10 }
        r.multiply(by: small)
        return r
    }

    mutating func shiftLeft(_ n: Int) {
        guard !isZero, n > 0 else { return }
        let blockShift = n / 32, bitShift = n % 32
        var out = [UInt32](repeating: 0, count: blockShift)
        if bitShift == 0 {
            out.append(contentsOf: blocks)
        } else {
            var carry: UInt32 = 0
            for b in blocks {
                out.append((b << UInt32(bitShift)) | carry)
                carry = b >> UInt32(32 - bitShift)
            }
            if carry != 0 { out.append(carry) }
        }
        blocks = out
    }

    mutating func multiply(by m: UInt32) {
        var carry: UInt64 = 0
        for i in 0..<blocks.count {
            let p = UInt64(blocks[i]) * UInt64(m) + carry
            blocks[i] = UInt32(truncatingIfNeeded: p)
            carry = p >> 32
        }
        if carry != 0 { blocks.append(UInt32(carry)) }
        normalize()
    }

    static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        var out = [UInt32](repeating: 0, count: a.blocks.count + b.blocks.count)
        for i in 0..<a.blocks.count {
            var carry: UInt64 = 0
            let x = UInt64(a.blocks[i])
            for j in 0..<b.blocks.count {
                let t = x * UInt64(b.blocks[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + b.blocks.count
            while carry != 0 {
                let t = UInt64(out[k]) + carry
                out[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        var r = BigUInt()
        r.blocks = out
        r.normalize()
        return r
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let n = Swift.max(a.blocks.count, b.blocks.count)
        var out: [UInt32] = []
        out.reserveCapacity(n + 1)
        var carry: UInt64 = 0
        for i in 0..<n {
            let x = i < a.blocks.count ? UInt64(a.blocks[i]) : 0
            let y = i < b.blocks.count ? UInt64(b.blocks[i]) : 0
            let t = x + y + carry
            out.append(UInt32(truncatingIfNeeded: t))
            carry = t >> 32
        }
        if carry != 0 { out.append(UInt32(carry)) }
        var r = BigUInt()
        r.blocks = out
        r.normalize()
        return r
    }

    /// `self -= b`; requires `self >= b`.
    mutating func subtract(_ b: BigUInt) {
        var borrow: Int64 = 0
        for i in 0..<blocks.count {
            let y = i < b.blocks.count ? Int64(b.blocks[i]) : 0
            var t = Int64(blocks[i]) - y - borrow
            if t < 0 {
                t += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            blocks[i] = UInt32(truncatingIfNeeded: t)
        }
        normalize()
    }

    static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
        if a.blocks.count != b.blocks.count { return a.blocks.count < b.blocks.count ? -1 : 1 }
        var i = a.blocks.count - 1
        while i >= 0 {
            if a.blocks[i] != b.blocks[i] { return a.blocks[i] < b.blocks[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool { compare(a, b) < 0 }
    static func == (a: BigUInt, b: BigUInt) -> Bool { a.blocks == b.blocks }

    /// Divides `self` by `d` when the quotient is known to be below 10,
    /// leaving the remainder in `self`.
    mutating func divideSmallQuotient(by d: BigUInt) -> UInt8 {
        var q: UInt8 = 0
        while BigUInt.compare(self, d) >= 0 {
            subtract(d)
            q += 1
        }
        return q
    }
}

/// A binary float decomposed the way Dragon4 needs it.
public protocol Dragon4Float: BinaryFloatingPoint {
    /// `(mantissa, exponent, mantissaBit, hasUnequalMargins)` with value
    /// `mantissa * 2^exponent` (sign dropped).
    var dragon4Parts: (mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool) { get }
}

extension Double: Dragon4Float {
    public var dragon4Parts: (mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool) {
        let bits = bitPattern
        let fm = bits & ((1 << 52) - 1)
        let fe = Int((bits >> 52) & 0x7FF)
        if fe != 0 {
            return ((1 << 52) | fm, fe - 1023 - 52, 52, fe != 1 && fm == 0)
        }
        let bit = fm == 0 ? 0 : 63 - fm.leadingZeroBitCount
        return (fm, 1 - 1023 - 52, bit, false)
    }
}

extension Float: Dragon4Float {
    public var dragon4Parts: (mantissa: UInt64, exponent: Int, mantissaBit: Int, unequalMargins: Bool) {
        let bits = bitPattern
        let fm = UInt64(bits & ((1 << 23) - 1))
        let fe = Int((bits >> 23) & 0xFF)
        if fe != 0 {
            return ((1 << 23) | fm, fe - 127 - 23, 23, fe != 1 && fm == 0)
        }
        let bit = fm == 0 ? 0 : 63 - fm.leadingZeroBitCount
        return (fm, 1 - 127 - 23, bit, false)
    }
}

/// numpy's Dragon4 options and layouts.
public enum Dragon4 {
    /// How trailing zeros and the decimal point are treated (numpy's
    /// `trim` argument: `'k'`, `'.'`, `'0'`, `'-'`).
    public enum TrimMode: Sendable {
        /// `'k'`: keep trailing zeros (pad to `minDigits`/`precision`).
        case none
        /// `'.'`: trim trailing zeros, keep the point (`1.`).
        case zeros
        /// `'0'`: trim trailing zeros but keep one after the point (`1.0`).
        case leaveOneZero
        /// `'-'`: trim trailing zeros and the point (`1`).
        case dptZeros

        /// From numpy's one-character code.
        public init?(code: Character) {
            switch code {
            case "k": self = .none
            case ".": self = .zeros
            case "0": self = .leaveOneZero
            case "-": self = .dptZeros
            default: return nil
            }
        }
    }

    enum CutoffMode { case totalLength, fractionLength }

    /// The Dragon4 digit generator: decimal digits and the exponent of the
    /// first digit. `cutoffMax`/`cutoffMin` of -1 mean none.
    static func digits<T: Dragon4Float>(_ value: T, unique: Bool, cutoffMode: CutoffMode,
                                        cutoffMax: Int, cutoffMin: Int) -> ([UInt8], Int) {
        let (mantissa, exponent, mantissaBit, unequal) = value.dragon4Parts
        if mantissa == 0 { return ([0], 0) }
        let isEven = mantissa % 2 == 0
        var scaledValue = BigUInt(mantissa)
        var scale: BigUInt
        var marginLow: BigUInt
        var marginHigh: BigUInt
        if unequal {
            if exponent > 0 {
                scaledValue.shiftLeft(exponent + 2)
                scale = BigUInt(4)
                marginLow = BigUInt.pow2(exponent)
                marginHigh = BigUInt.pow2(exponent + 1)
            } else {
                scaledValue.shiftLeft(2)
                scale = BigUInt.pow2(-exponent + 2)
                marginLow = BigUInt(1)
                marginHigh = BigUInt(2)
            }
        } else {
            if exponent > 0 {
                scaledValue.shiftLeft(exponent + 1)
                scale = BigUInt(2)
                marginLow = BigUInt.pow2(exponent)
            } else {
                scaledValue.shiftLeft(1)
                scale = BigUInt.pow2(-exponent + 1)
                marginLow = BigUInt(1)
            }
            marginHigh = marginLow
        }
        let log10_2 = 0.30102999566398119521373889472449
        var digitExponent = Int((Double(mantissaBit + exponent) * log10_2 - 0.69).rounded(.up))
        if cutoffMax >= 0 && cutoffMode == .fractionLength && digitExponent <= -cutoffMax {
            digitExponent = -cutoffMax + 1
        }
        if digitExponent > 0 {
            scale = scale * BigUInt.pow10(digitExponent)
        } else if digitExponent < 0 {
            let p = BigUInt.pow10(-digitExponent)
            scaledValue = scaledValue * p
            marginLow = marginLow * p
            if unequal {
                marginHigh = marginLow
                marginHigh.shiftLeft(1)
            } else {
                marginHigh = marginLow
            }
        }
        if BigUInt.compare(scaledValue, scale) >= 0 {
            digitExponent += 1
        } else {
            scaledValue.multiply(by: 10)
            marginLow.multiply(by: 10)
            if unequal {
                marginHigh = marginLow
                marginHigh.shiftLeft(1)
            } else {
                marginHigh = marginLow
            }
        }
        let bufferSize = 16384
        var cutoffMaxExponent = digitExponent - bufferSize
        if cutoffMax >= 0 {
            let desired = cutoffMode == .totalLength ? digitExponent - cutoffMax : -cutoffMax
            if desired > cutoffMaxExponent { cutoffMaxExponent = desired }
        }
        var cutoffMinExponent = digitExponent
        if cutoffMin >= 0 {
            let desired = cutoffMode == .totalLength ? digitExponent - cutoffMin : -cutoffMin
            if desired < cutoffMinExponent { cutoffMinExponent = desired }
        }
        var outExponent = digitExponent - 1
        var out: [UInt8] = []
        var low = false, high = false
        var outputDigit: UInt8 = 0
        if unique {
            while true {
                digitExponent -= 1
                outputDigit = scaledValue.divideSmallQuotient(by: scale)
                let scaledValueHigh = scaledValue + marginHigh
                var cmp = BigUInt.compare(scaledValue, marginLow)
                low = isEven ? cmp <= 0 : cmp < 0
                cmp = BigUInt.compare(scaledValueHigh, scale)
                high = isEven ? cmp >= 0 : cmp > 0
                if ((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent {
                    break
                }
                out.append(outputDigit)
                scaledValue.multiply(by: 10)
                marginLow.multiply(by: 10)
                if unequal {
                    marginHigh = marginLow
                    marginHigh.shiftLeft(1)
                } else {
                    marginHigh = marginLow
                }
            }
        } else {
            while true {
                digitExponent -= 1
                outputDigit = scaledValue.divideSmallQuotient(by: scale)
                if scaledValue.isZero || digitExponent == cutoffMaxExponent { break }
                out.append(outputDigit)
                scaledValue.multiply(by: 10)
            }
        }
        var roundDown = low
        if low == high {
            scaledValue.shiftLeft(1)
            let c = BigUInt.compare(scaledValue, scale)
            roundDown = c < 0
            if c == 0 { roundDown = outputDigit & 1 == 0 }
        }
        if roundDown {
            out.append(outputDigit)
        } else if outputDigit == 9 {
            while true {
                guard let last = out.popLast() else {
                    out = [1]
                    outExponent += 1
                    break
                }
                if last != 9 {
                    out.append(last + 1)
                    break
                }
            }
        } else {
            out.append(outputDigit + 1)
        }
        return (out, outExponent)
    }

    static func zeros(_ n: Int) -> String { n > 0 ? String(repeating: "0", count: n) : "" }
    static func spaces(_ n: Int) -> String { n > 0 ? String(repeating: " ", count: n) : "" }

    /// numpy's `dragon4_positional` (`np.format_float_positional`).
    ///
    /// - Parameters:
    ///   - precision: maximum digits after the point (fractional) or in
    ///     total; -1 for none.
    ///   - unique: shortest digits that round-trip (else exact digits).
    ///   - fractional: whether `precision` counts digits after the point.
    ///   - sign: always print a sign.
    ///   - padLeft/padRight: pad with spaces to this many characters
    ///     left/right of the point; -1 for none.
    ///   - minDigits: minimum digits (unique mode); -1 for none.
    public static func positional<T: Dragon4Float>(_ value: T, precision: Int = -1, unique: Bool = true,
                                                   fractional: Bool = true, trim: TrimMode = .none,
                                                   sign: Bool = false, padLeft: Int = -1, padRight: Int = -1,
                                                   minDigits: Int = -1) -> String {
        if let special = infNan(value, sign: sign) { return special }
        let signStr = value.sign == .minus ? "-" : (sign ? "+" : "")
        let cutoffMode: CutoffMode = fractional ? .fractionLength : .totalLength
        let (digits, printExponent) = Self.digits(Swift.abs(value), unique: unique, cutoffMode: cutoffMode,
                                                  cutoffMax: precision, cutoffMin: minDigits)
        let ds = digits.map { Character(Unicode.Scalar($0 + 48)) }
        let numDigits = ds.count
        var body = ""
        var numWholeDigits: Int
        var numFractionDigits = 0
        if printExponent >= 0 {
            numWholeDigits = printExponent + 1
            if numDigits <= numWholeDigits {
                body = String(ds) + zeros(numWholeDigits - numDigits)
            } else {
                numFractionDigits = numDigits - numWholeDigits
                body = String(ds[..<numWholeDigits]) + "." + String(ds[numWholeDigits...])
            }
        } else {
            let numFractionZeros = -(printExponent + 1)
            body = "0." + zeros(numFractionZeros) + String(ds)
            numFractionDigits = numFractionZeros + numDigits
            numWholeDigits = 1
        }
        if trim != .dptZeros && numFractionDigits == 0 { body += "." }
        let addDigits = unique ? minDigits : precision
        var desiredFractionalDigits = addDigits < 0 ? 0 : addDigits
        if cutoffMode == .totalLength { desiredFractionalDigits = addDigits - numWholeDigits }
        if trim == .leaveOneZero {
            if numFractionDigits == 0 {
                body += "0"
                numFractionDigits += 1
            }
        } else if trim == .none && desiredFractionalDigits > numFractionDigits {
            body += zeros(desiredFractionalDigits - numFractionDigits)
            numFractionDigits = desiredFractionalDigits
        }
        if trim != .none && numFractionDigits > 0 {
            while body.last == "0" {
                body.removeLast()
                numFractionDigits -= 1
            }
            if body.last == "." {
                if trim == .leaveOneZero {
                    body += "0"
                    numFractionDigits += 1
                } else if trim == .dptZeros {
                    body.removeLast()
                }
            }
        }
        if padRight >= numFractionDigits {
            if trim == .dptZeros && numFractionDigits == 0 { body += " " }
            body += spaces(padRight - numFractionDigits)
        }
        var result = signStr + body
        let hasSign = signStr.isEmpty ? 0 : 1
        if padLeft > numWholeDigits + hasSign {
            result = spaces(padLeft - (numWholeDigits + hasSign)) + result
        }
        return result
    }

    /// numpy's `dragon4_scientific` (`np.format_float_scientific`).
    ///
    /// - Parameters:
    ///   - precision: maximum digits after the point; -1 for none.
    ///   - expDigits: minimum exponent digits (-1: 2).
    public static func scientific<T: Dragon4Float>(_ value: T, precision: Int = -1, unique: Bool = true,
                                                   trim: TrimMode = .none, sign: Bool = false,
                                                   padLeft: Int = -1, expDigits: Int = -1,
                                                   minDigits: Int = -1) -> String {
        if let special = infNan(value, sign: sign) { return special }
        let signStr = value.sign == .minus ? "-" : (sign ? "+" : "")
        var result = ""
        let leftChars = 1 + (signStr.isEmpty ? 0 : 1)
        if padLeft > leftChars { result += spaces(padLeft - leftChars) }
        result += signStr
        let (digits, printExponent) = Self.digits(Swift.abs(value), unique: unique, cutoffMode: .totalLength,
                                                  cutoffMax: precision < 0 ? -1 : precision + 1,
                                                  cutoffMin: minDigits < 0 ? -1 : minDigits + 1)
        let ds = digits.map { Character(Unicode.Scalar($0 + 48)) }
        var body = String(ds[0])
        var numFractionDigits = ds.count - 1
        if numFractionDigits > 0 { body += "." + String(ds[1...]) }
        if trim != .dptZeros && numFractionDigits == 0 { body += "." }
        var addDigits = unique ? minDigits : precision
        if addDigits < 0 { addDigits = 0 }
        if trim == .leaveOneZero {
            if numFractionDigits == 0 {
                body += "0"
                numFractionDigits += 1
            }
        } else if trim == .none {
            if addDigits > numFractionDigits {
                body += zeros(addDigits - numFractionDigits)
                numFractionDigits = addDigits
            }
        }
        if trim != .none && numFractionDigits > 0 {
            while body.last == "0" {
                body.removeLast()
                numFractionDigits -= 1
            }
            if trim == .leaveOneZero && body.last == "." {
                body += "0"
                numFractionDigits += 1
            }
        }
        var e = expDigits
        if e > 5 { e = 5 }
        if e < 0 { e = 2 }
        let expValue = Swift.abs(printExponent)
        var expStr = String(expValue)
        if expStr.count < e { expStr = zeros(e - expStr.count) + expStr }
        return result + body + "e" + (printExponent >= 0 ? "+" : "-") + expStr
    }

    static func infNan<T: Dragon4Float>(_ value: T, sign: Bool) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : (sign ? "+inf" : "inf") }
        return nil
    }
}
