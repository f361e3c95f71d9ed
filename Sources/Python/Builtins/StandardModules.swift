import Foundation

extension Interpreter {
    /// `sys` and `math`: the parts of the standard library plain Python programs here use.
    func installStandardModules() {
        registerModule("sys") { i in
            let m = PyModule(name: "sys")
            m["stdout"] = .object(PyStream(sink: i.stdout, name: "<stdout>"))
            m["stderr"] = .object(PyStream(sink: i.stderr, name: "<stderr>"))
            m["argv"] = .object(PyList(i.argv.map { .str($0) }))
            m["version"] = .str("3.11.7 (tflearn)")
            m["version_info"] = .object(PyTuple([.int(3), .int(11), .int(7), .str("final"), .int(0)]))
            m["platform"] = .str("linux")
            m["maxsize"] = .int(Int.max)
            m["float_info"] = .object(PyTuple([.float(Double.greatestFiniteMagnitude)]))
            m["modules"] = .object(PyDict())
            m.function("exit") { _, a in
                throw PyError(PyBaseException(cls: PyType.SystemExit, args: a.positional))
            }
            m.function("getrecursionlimit") { i, _ in .int(i.recursionLimit) }
            m.function("setrecursionlimit") { i, a in
                try a.expect("setrecursionlimit", min: 1, max: 1)
                i.recursionLimit = min(try i.index(a[0]), 20000)
                return .none
            }
            return m
        }
        registerModule("math") { _ in makeMathModule() }
    }
}

private func makeMathModule() -> PyModule {
    let m = PyModule(name: "math")
    m["pi"] = .float(Double.pi)
    m["e"] = .float(M_E)
    m["tau"] = .float(2 * Double.pi)
    m["inf"] = .float(Double.infinity)
    m["nan"] = .float(Double.nan)
    func real(_ i: Interpreter, _ v: Value) throws -> Double { try i.toDouble(v) }
    func unary(_ name: String, domain: ((Double) -> Bool)? = nil, _ f: @escaping (Double) -> Double) {
        m.function(name) { i, a in
            try a.expect(name, min: 1, max: 1)
            let x = try real(i, a[0])
            if let domain, !domain(x) { throw PyError.valueError("math domain error") }
            let r = f(x)
            if r.isInfinite && x.isFinite { throw PyError.overflow("math range error") }
            if r.isNaN && !x.isNaN { throw PyError.valueError("math domain error") }
            return .float(r)
        }
    }
    unary("sqrt", domain: { $0 >= 0 || $0.isNaN }) { $0.squareRoot() }
    unary("exp") { Foundation.exp($0) }
    unary("expm1") { Foundation.expm1($0) }
    unary("log1p", domain: { $0 > -1 }) { Foundation.log1p($0) }
    unary("log10", domain: { $0 > 0 }) { Foundation.log10($0) }
    unary("log2", domain: { $0 > 0 }) { Foundation.log2($0) }
    unary("sin") { Foundation.sin($0) }
    unary("cos") { Foundation.cos($0) }
    unary("tan") { Foundation.tan($0) }
    unary("asin", domain: { abs($0) <= 1 }) { Foundation.asin($0) }
    unary("acos", domain: { abs($0) <= 1 }) { Foundation.acos($0) }
    unary("atan") { Foundation.atan($0) }
    unary("sinh") { Foundation.sinh($0) }
    unary("cosh") { Foundation.cosh($0) }
    unary("tanh") { Foundation.tanh($0) }
    unary("fabs") { Swift.abs($0) }
    unary("degrees") { $0 * 180 / Double.pi }
    unary("radians") { $0 * Double.pi / 180 }
    unary("erf") { Foundation.erf($0) }
    unary("erfc") { Foundation.erfc($0) }
    unary("gamma", domain: { !($0 <= 0 && $0 == $0.rounded()) }) { Foundation.tgamma($0) }
    unary("lgamma") { Foundation.lgamma($0) }
    m.function("log") { i, a in
        try a.expect("log", min: 1, max: 2)
        let x: Double
        if let big = a[0].asBigInt, Int(exactly: big) == nil {
            // log of a huge int: by its digits.
            let digits = big.magnitude.description.count
            guard big.signum() > 0 else { throw PyError.valueError("math domain error") }
            let lead = Double(String(big.magnitude.description.prefix(17))) ?? 1
            x = Foundation.exp(Foundation.log(lead) + Double(digits - 17) * Foundation.log(10.0))
        } else {
            x = try real(i, a[0])
        }
        if x <= 0 { throw PyError.valueError("math domain error") }
        var r = Foundation.log(x)
        if a.count == 2 {
            let b = try real(i, a[1])
            if b <= 0 || b == 1 { throw PyError.valueError(b == 1 ? "float division by zero" : "math domain error") }
            r /= Foundation.log(b)
        }
        return .float(r)
    }
    m.function("pow") { i, a in
        try a.expect("pow", min: 2, max: 2)
        let x = try real(i, a[0]), y = try real(i, a[1])
        if x == 0 && y < 0 { throw PyError.valueError("math domain error") }
        if x < 0 && y != y.rounded() && y.isFinite { throw PyError.valueError("math domain error") }
        let r = Foundation.pow(x, y)
        if r.isInfinite && x.isFinite && y.isFinite { throw PyError.overflow("math range error") }
        return .float(r)
    }
    m.function("atan2") { i, a in
        try a.expect("atan2", min: 2, max: 2)
        return .float(Foundation.atan2(try real(i, a[0]), try real(i, a[1])))
    }
    m.function("hypot") { i, a in
        .float(try a.positional.map { try real(i, $0) }.reduce(0) { $0 + $1 * $1 }.squareRoot())
    }
    m.function("copysign") { i, a in
        try a.expect("copysign", min: 2, max: 2)
        return .float(Foundation.copysign(try real(i, a[0]), try real(i, a[1])))
    }
    m.function("fmod") { i, a in
        try a.expect("fmod", min: 2, max: 2)
        let y = try real(i, a[1])
        if y == 0 { throw PyError.valueError("math domain error") }
        return .float(Foundation.fmod(try real(i, a[0]), y))
    }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
        m.function(name) { i, a in
            try a.expect(name, min: 1, max: 1)
            if let b = a[0].asBigInt { return .bigint(b) }
            if case .object(let o) = a[0], let f = o.pyType.lookup("__\(name)__") {
                return try i.call(i.bind(f, to: a[0], type: o.pyType), Args())
            }
            let x = try real(i, a[0])
            if x.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
            if x.isInfinite { throw PyError.overflow("cannot convert float infinity to integer") }
            return .bigint(doubleToBig(x.rounded(rule)) ?? 0)
        }
    }
    m.function("isnan") { i, a in .bool(try real(i, a.positional.first ?? .none).isNaN) }
    m.function("isinf") { i, a in .bool(try real(i, a.positional.first ?? .none).isInfinite) }
    m.function("isfinite") { i, a in .bool(try real(i, a.positional.first ?? .none).isFinite) }
    m.function("isclose") { i, a in
        let p = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2)
        let x = try real(i, p[0] ?? .none), y = try real(i, p[1] ?? .none)
        let rel = try p[2].map { try real(i, $0) } ?? 1e-9
        let abs = try p[3].map { try real(i, $0) } ?? 0
        if rel < 0 || abs < 0 { throw PyError.valueError("tolerances must be non-negative") }
        if x == y { return .true }
        if x.isInfinite || y.isInfinite { return .false }
        let diff = Swift.abs(y - x)
        return .bool(diff <= Swift.abs(rel * y) || diff <= Swift.abs(rel * x) || diff <= abs)
    }
    m.function("factorial") { i, a in
        try a.expect("factorial", min: 1, max: 1)
        if case .float = a[0] { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
        let n = try i.index(a[0])
        if n < 0 { throw PyError.valueError("factorial() not defined for negative values") }
        var r = BigIntValue(1)
        if n > 1 { for k in 2...n { r *= BigIntValue(k) } }
        return .bigint(r)
    }
    m.function("gcd") { i, a in
        var g = BigIntValue(0)
        for v in a.positional {
            var x = try i.integerValue(v).magnitude, y = g.magnitude
            while !y.isZero { (x, y) = (y, x % y) }
            g = BigIntValue(x)
        }
        return .bigint(g)
    }
    m.function("prod") { i, a in
        guard a.count >= 1 else { throw PyError.typeError("prod() missing required argument 'iterable' (pos 1)") }
        var r = a.keyword("start") ?? .int(1)
        for x in try i.collect(a[0]) { r = try i.binaryOp(.mul, r, x) }
        return r
    }
    m.function("fsum") { i, a in
        try a.expect("fsum", min: 1, max: 1)
        // Shewchuk's exact summation, as math.fsum.
        var partials: [Double] = []
        for v in try i.collect(a[0]) {
            var x = try real(i, v)
            var j = 0
            for var y in partials {
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let lo = y - (hi - x)
                if lo != 0 {
                    partials[j] = lo
                    j += 1
                }
                x = hi
            }
            partials.removeSubrange(j...)
            partials.append(x)
        }
        return .float(partials.reduce(0, +))
    }
    return m
}
