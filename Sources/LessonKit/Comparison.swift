import Foundation

/// How two check values compare.
public struct Comparison: Sendable, Equatable {
    public var agree: Bool
    /// The largest |tf2 - tf1| over the elements (nil when the values are not numbers).
    public var maxAbsError: Double?
    /// The largest |tf2 - tf1| / |tf1| (infinite where tf1 is 0 and tf2 is not).
    public var maxRelError: Double?
    /// The index of the element with the largest error, for arrays.
    public var worstIndex: [Int]?
    /// Why they disagree, in words.
    public var reason: String?

    static func agreeing(abs: Double? = nil, rel: Double? = nil) -> Comparison {
        Comparison(agree: true, maxAbsError: abs, maxRelError: rel, worstIndex: nil, reason: nil)
    }

    static func differing(_ reason: String, abs: Double? = nil, rel: Double? = nil, at index: [Int]? = nil) -> Comparison {
        Comparison(agree: false, maxAbsError: abs, maxRelError: rel, worstIndex: index, reason: reason)
    }

    /// Compares `b` (TF2) with `a` (TF1) as DESIGN.md's check semantics say.
    public static func compare(_ a: CheckValue, _ b: CheckValue, tolerance: Tolerance) -> Comparison {
        switch (a, b) {
        case (.array(let x), .array(let y)):
            return compareArrays(x, y, tolerance)
        case (.string(let x), .string(let y)):
            return x == y ? .agreeing() : .differing("'\(x)' is not '\(y)'")
        case (.none, .none):
            return .agreeing()
        case (.variables(let x), .variables(let y)):
            if x == y { return .agreeing() }
            if x.count != y.count { return .differing("\(x.count) variables against \(y.count)") }
            for (p, q) in zip(x, y) where p != q {
                return .differing("\(p) is not \(q)")
            }
            return .agreeing()
        case (.list(let x), .list(let y)):
            guard x.count == y.count else { return .differing("\(x.count) items against \(y.count)") }
            var worst = Comparison.agreeing(abs: nil, rel: nil)
            for (i, (p, q)) in zip(x, y).enumerated() {
                var c = compare(p, q, tolerance: tolerance)
                if !c.agree {
                    c.reason = "item \(i): " + (c.reason ?? "differs")
                    c.worstIndex = [i] + (c.worstIndex ?? [])
                    return c
                }
                worst.maxAbsError = max(worst.maxAbsError ?? 0, c.maxAbsError ?? 0)
                worst.maxRelError = max(worst.maxRelError ?? 0, c.maxRelError ?? 0)
            }
            return worst
        case (.keyed(let x, let xo), .keyed(let y, _)):
            guard Set(x.keys) == Set(y.keys) else { return .differing("the keys differ") }
            return compare(.list(xo.compactMap { x[$0] }), .list(xo.compactMap { y[$0] }), tolerance: tolerance)
        default:
            return .differing("\(kindName(a)) against \(kindName(b))")
        }
    }

    /// Compares a value with the number a check expects every element to be.
    public static func compare(_ v: CheckValue, expected: Double, tolerance: Tolerance) -> Comparison {
        guard case .array(let x) = v, x.family != .bool else { return .differing("expected the number \(expected), got \(v.summary)") }
        let want = NumericArray(shape: x.shape, family: x.family, dtype: x.dtype, values: Array(repeating: expected, count: x.values.count))
        return compareArrays(want, x, tolerance)
    }

    private static func kindName(_ v: CheckValue) -> String {
        switch v {
        case .array(let a): return a.isScalar ? "a number" : "an array"
        case .string: return "a string"
        case .none: return "None"
        case .list: return "a list"
        case .keyed: return "a dict"
        case .variables: return "variables"
        }
    }

    private static func shapeText(_ s: [Int]) -> String {
        "(" + s.map(String.init).joined(separator: ", ") + (s.count == 1 ? ",)" : ")")
    }

    private static func compareArrays(_ x: NumericArray, _ y: NumericArray, _ tol: Tolerance) -> Comparison {
        let sx = tol.squeeze ? x.shape.filter { $0 != 1 } : x.shape
        let sy = tol.squeeze ? y.shape.filter { $0 != 1 } : y.shape
        guard sx == sy else { return .differing("shapes differ: \(shapeText(x.shape)) against \(shapeText(y.shape))") }
        guard (x.family == .bool) == (y.family == .bool) else {
            return .differing("\(x.dtype) against \(y.dtype): a bool is not a number")
        }
        if x.family != y.family {
            return .differing("\(x.dtype) against \(y.dtype): a float is not an integer")
        }
        var maxAbs = 0.0, maxRel = 0.0
        var worst = -1
        var firstBad: Int?
        for i in 0..<x.values.count {
            let a = x.values[i], b = y.values[i]
            if a.isNaN || b.isNaN {
                if a.isNaN && b.isNaN && tol.allowNaN { continue }
                if firstBad == nil { firstBad = i }
                if worst < 0 || !maxAbs.isNaN { worst = i }
                maxAbs = .nan
                maxRel = .nan
                continue
            }
            if a == b { continue }  // equal infinities too
            let abs = Swift.abs(a - b)
            let rel = a == 0 ? Double.infinity : abs / Swift.abs(a)
            if !maxAbs.isNaN, abs > maxAbs { maxAbs = abs; worst = i }
            if !maxRel.isNaN { maxRel = max(maxRel, rel) }
            if !(abs <= tol.atol + tol.rtol * Swift.abs(a)), firstBad == nil { firstBad = i }
        }
        let index = worst >= 0 ? unravel(worst, x.shape) : nil
        guard let bad = firstBad else { return Comparison(agree: true, maxAbsError: maxAbs, maxRelError: maxRel, worstIndex: nil, reason: nil) }
        let a = x.values[bad], b = y.values[bad]
        let place = x.isScalar ? "" : " at \(shapeText(unravel(bad, x.shape)).replacingOccurrences(of: ",)", with: ")"))"
        let reason = (a.isNaN || b.isNaN)
            ? "NaN\(place): \(NumericArray.format(a, x.family)) against \(NumericArray.format(b, y.family))"
            : "\(NumericArray.format(b, y.family)) is not \(NumericArray.format(a, x.family))\(place) (tolerance atol \(tol.atol) + rtol \(tol.rtol))"
        return .differing(reason, abs: maxAbs, rel: maxRel, at: index)
    }

    private static func unravel(_ flat: Int, _ shape: [Int]) -> [Int] {
        var rest = flat
        var out = Array(repeating: 0, count: shape.count)
        for d in stride(from: shape.count - 1, through: 0, by: -1) where shape[d] > 0 {
            out[d] = rest % shape[d]
            rest /= shape[d]
        }
        return out
    }
}
