import BigInt
import Foundation
import Python
import TensorCore

/// Python's `random`: CPython's Mersenne Twister seeding (`init_by_array` of the seed's 32-bit
/// words), `getrandbits` and the algorithms of `random.py` (3.11), so seeded programs draw
/// what CPython draws.
final class PythonRandomState {
    var mt: MT19937
    var gaussNext: Double?

    init() { mt = MT19937(seed: 5489); seedFromClock() }

    func seedFromClock() {
        let t = UInt64(Date().timeIntervalSince1970 * 1e6)
        mt = MT19937(keyArray: [UInt32(truncatingIfNeeded: t), UInt32(truncatingIfNeeded: t >> 32)])
        gaussNext = nil
    }

    /// `random.seed(n)` for an int: the words of `abs(n)`, least significant first.
    func seed(_ n: BigIntValue) {
        var key: [UInt32] = []
        var x = n.magnitude
        repeat {
            key.append(UInt32(truncatingIfNeeded: UInt64(x & 0xffff_ffff)))
            x >>= 32
        } while x > 0
        mt = MT19937(keyArray: key)
        gaussNext = nil
    }

    /// `random.seed(a)` for any supported value.
    func seed(_ v: Value, _ i: Interpreter) throws {
        switch v {
        case .none: seedFromClock()
        case .bool, .int: seed(v.asBigInt ?? 0)
        case .float: seed(BigIntValue(try i.hash(v)))
        case .object(let o):
            if let b = v.asBigInt { seed(b); return }
            var bytes: [UInt8]
            if let s = o as? PyStr { bytes = Array(s.value.utf8) }
            else if let b = o as? PyBytes { bytes = b.bytes }
            else {
                throw PyError.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
            }
            bytes += SHA512.hash(bytes)
            var n = BigIntValue(0)
            for byte in bytes { n = (n << 8) | BigIntValue(byte) }
            seed(n)
        }
    }

    func random() -> Double { mt.nextDouble() }

    func getrandbits(_ k: Int) -> BigIntValue {
        if k <= 0 { return 0 }
        if k <= 32 { return BigIntValue(mt.next32() >> UInt32(32 - k)) }
        var v = BigIntValue(0)
        var left = k, shift = 0
        while left > 0 {
            var r = mt.next32()
            if left < 32 { r >>= UInt32(32 - left) }
            v |= BigIntValue(r) << shift
            shift += 32
            left -= 32
        }
        return v
    }

    /// CPython's `_randbelow_with_getrandbits`.
    func below(_ n: BigIntValue) -> BigIntValue {
        if n <= 0 { return 0 }
        let k = Int(exactly: n).map { Int.bitWidth - $0.leadingZeroBitCount } ?? String(n.magnitude, radix: 2).count
        var r = getrandbits(k)
        while r >= n { r = getrandbits(k) }
        return r
    }

    func below(_ n: Int) -> Int { Int(below(BigIntValue(n))) }

    func gauss(_ mu: Double, _ sigma: Double) -> Double {
        var z = gaussNext
        gaussNext = nil
        if z == nil {
            let x2pi = random() * 2 * Double.pi
            let g2rad = (-2.0 * Foundation.log(1.0 - random())).squareRoot()
            z = Foundation.cos(x2pi) * g2rad
            gaussNext = Foundation.sin(x2pi) * g2rad
        }
        return mu + (z ?? 0) * sigma
    }
}

/// `random.Random`: an independent generator.
final class PyPythonRandom: PyObject {
    let state: PythonRandomState
    init(_ s: PythonRandomState) { state = s }
    override var pyType: PyType { PyPythonRandom.type }
    nonisolated(unsafe) static let type: PyType = {
        let t = PyType(name: "Random", module: "random", bases: [PyType.object])
        t.newHook = { i, _, a in
            let s = PythonRandomState()
            if let v = a.positional.first { try s.seed(v, i) }
            return .object(PyPythonRandom(s))
        }
        for (name, fn) in PythonRandomModule.functions {
            t.checkedMethod(name) { i, a in
                guard let r = a.positional.first?.asObject as? PyPythonRandom else { throw PyError.typeError("descriptor requires a 'Random' object") }
                return try fn(i, r.state, Args(Array(a.positional.dropFirst()), keywords: a.keywords))
            }
        }
        return t
    }()
}

enum PythonRandomModule {
    typealias Function = (Interpreter, PythonRandomState, Args) throws -> Value

    static func integer(_ v: Value?, _ i: Interpreter) throws -> BigIntValue {
        guard let v else { throw PyError.typeError("an integer is required") }
        if let b = v.asBigInt { return b }
        if case .float = v { throw PyError.typeError("'float' object cannot be interpreted as an integer") }
        return BigIntValue(try i.index(v))
    }

    /// CPython 3.11's `randrange`.
    static func randrange(_ s: PythonRandomState, _ start: BigIntValue, _ stop: BigIntValue?, _ step: BigIntValue) throws -> BigIntValue {
        guard let stop else {
            if start > 0 { return s.below(start) }
            throw PyError.valueError("empty range for randrange()")
        }
        let width = stop - start
        if step == 1 {
            if width > 0 { return start + s.below(width) }
            throw PyError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
        }
        let n: BigIntValue
        if step > 0 { n = floorDiv(width + step - 1, step) }
        else if step < 0 { n = floorDiv(width + step + 1, step) }
        else { throw PyError.valueError("zero step for randrange()") }
        if n <= 0 { throw PyError.valueError("empty range for randrange()") }
        return start + step * s.below(n)
    }

    static func floorDiv(_ a: BigIntValue, _ b: BigIntValue) -> BigIntValue {
        let (q, r) = a.quotientAndRemainder(dividingBy: b)
        return (r != 0 && (r < 0) != (b < 0)) ? q - 1 : q
    }

    static func sequence(_ v: Value, _ i: Interpreter) throws -> [Value] {
        if case .object(let o) = v, o is PySet || o is PyDict {
            throw PyError.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        }
        return try i.collect(v)
    }

    nonisolated(unsafe) static let functions: [(String, Function)] = [
        ("seed", { i, s, a in
            let p = try a.bind("seed", ["a", "version"])
            try s.seed(p[0] ?? .none, i)
            return .none
        }),
        ("random", { _, s, a in
            try a.expect("random", min: 0, max: 0)
            return .float(s.random())
        }),
        ("uniform", { i, s, a in
            let p = try a.bind("uniform", ["a", "b"], required: 2)
            let lo = p[0] ?? .none, hi = p[1] ?? .none
            let width = try i.binaryOp(.sub, hi, lo)
            return try i.binaryOp(.add, lo, try i.binaryOp(.mul, width, .float(s.random())))
        }),
        ("randint", { i, s, a in
            let p = try a.bind("randint", ["a", "b"], required: 2)
            let lo = try integer(p[0], i), hi = try integer(p[1], i)
            return .bigint(try randrange(s, lo, hi + 1, 1))
        }),
        ("randrange", { i, s, a in
            let p = try a.bind("randrange", ["start", "stop", "step"], required: 1)
            let start = try integer(p[0], i)
            let stop = try p[1].flatMap { $0.isNone ? nil : try integer($0, i) }
            let step = try p[2].map { try integer($0, i) } ?? 1
            if stop == nil && step != 1 { throw PyError.typeError("Missing a non-None stop argument") }
            return .bigint(try randrange(s, start, stop, step))
        }),
        ("getrandbits", { i, s, a in
            let p = try a.bind("getrandbits", ["k"], required: 1)
            let k = try i.index(p[0] ?? .none)
            if k < 0 { throw PyError.valueError("number of bits must be non-negative") }
            return .bigint(s.getrandbits(k))
        }),
        ("choice", { i, s, a in
            let p = try a.bind("choice", ["seq"], required: 1)
            let seq = p[0] ?? .none
            let n = try i.length(seq)
            if n == 0 { throw PyError.indexError("Cannot choose from an empty sequence") }
            return try i.getItem(seq, .int(s.below(n)))
        }),
        ("shuffle", { i, s, a in
            let p = try a.bind("shuffle", ["x"], required: 1)
            let x = p[0] ?? .none
            if let l = x.asObject as? PyList {
                var k = l.items.count - 1
                while k > 0 {
                    let j = s.below(k + 1)
                    l.items.swapAt(k, j)
                    k -= 1
                }
                return .none
            }
            var k = try i.length(x) - 1
            while k > 0 {
                let j = s.below(k + 1)
                let (u, v) = (try i.getItem(x, .int(k)), try i.getItem(x, .int(j)))
                try i.setItem(x, .int(k), v)
                try i.setItem(x, .int(j), u)
                k -= 1
            }
            return .none
        }),
        ("sample", { i, s, a in
            let p = try a.bind("sample", ["population", "k", "counts"], required: 2)
            let population = try sequence(p[0] ?? .none, i)
            let n = population.count
            let k = try i.index(p[1] ?? .none)
            if k < 0 || k > n { throw PyError.valueError("Sample larger than population or is negative") }
            var result: [Value] = []
            var setsize = 21
            if k > 5 {
                // 4 ** ceil(log(k * 3, 4))
                setsize += Int(Foundation.pow(4, Foundation.ceil(Foundation.log(Double(k * 3)) / Foundation.log(4))))
            }
            if n <= setsize {
                var pool = population
                for j in 0..<k {
                    let r = s.below(n - j)
                    result.append(pool[r])
                    pool[r] = pool[n - j - 1]
                }
            } else {
                var selected = Set<Int>()
                for _ in 0..<k {
                    var r = s.below(n)
                    while selected.contains(r) { r = s.below(n) }
                    selected.insert(r)
                    result.append(population[r])
                }
            }
            return .object(PyList(result))
        }),
        ("choices", { i, s, a in
            let p = try a.bind("choices", ["population", "weights", "cum_weights", "k"], required: 1)
            let population = try sequence(p[0] ?? .none, i)
            let n = population.count
            let k = try p[3].map { try i.index($0) } ?? 1
            var cumulative: [Double]
            if let cw = p[2], !cw.isNone {
                if let w = p[1], !w.isNone { throw PyError.typeError("Cannot specify both weights and cumulative weights") }
                cumulative = try i.collect(cw).map { try i.toDouble($0) }
            } else if let w = p[1], !w.isNone {
                var acc = 0.0
                cumulative = try i.collect(w).map { acc += try i.toDouble($0); return acc }
            } else {
                if n == 0 { throw PyError.indexError("list index out of range") }
                return .object(PyList((0..<max(k, 0)).map { _ in population[Int((s.random() * Double(n)).rounded(.down))] }))
            }
            if cumulative.count != n { throw PyError.valueError("The number of weights does not match the population") }
            let total = cumulative.last ?? 0
            if total <= 0 { throw PyError.valueError("Total of weights must be greater than zero") }
            if !total.isFinite { throw PyError.valueError("Total of weights must be finite") }
            return .object(PyList((0..<max(k, 0)).map { _ in
                let x = s.random() * total
                // bisect_right(cum_weights, x, 0, n - 1)
                var lo = 0, hi = n - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if x < cumulative[mid] { hi = mid } else { lo = mid + 1 }
                }
                return population[lo]
            }))
        }),
        ("gauss", { i, s, a in
            let p = try a.bind("gauss", ["mu", "sigma"])
            return .float(s.gauss(try p[0].map { try i.toDouble($0) } ?? 0, try p[1].map { try i.toDouble($0) } ?? 1))
        }),
        ("normalvariate", { i, s, a in
            let p = try a.bind("normalvariate", ["mu", "sigma"])
            let mu = try p[0].map { try i.toDouble($0) } ?? 0, sigma = try p[1].map { try i.toDouble($0) } ?? 1
            let magic = 4 * Foundation.exp(-0.5) / 2.0.squareRoot()
            var z = 0.0
            while true {
                let u1 = s.random()
                let u2 = 1.0 - s.random()
                z = magic * (u1 - 0.5) / u2
                if z * z / 4.0 <= -Foundation.log(u2) { break }
            }
            return .float(mu + z * sigma)
        }),
        ("expovariate", { i, s, a in
            let p = try a.bind("expovariate", ["lambd"])
            let l = try p[0].map { try i.toDouble($0) } ?? 1
            if l == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(-Foundation.log(1.0 - s.random()) / l)
        }),
    ]

    static func make() -> PyModule {
        let m = PyModule(name: "random")
        let state = PythonRandomState()
        for (name, fn) in functions {
            m.function(name) { i, a in try fn(i, state, a) }
        }
        m["Random"] = .object(PyPythonRandom.type)
        return m
    }
}

/// SHA-512 (FIPS 180-4), for CPython's seeding from strings and bytes.
enum SHA512 {
    private static let k: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt64] = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                           0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
        var data = message
        let bitLength = UInt64(message.count) &* 8
        data.append(0x80)
        while data.count % 128 != 112 { data.append(0) }
        data += [UInt8](repeating: 0, count: 8)
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        func rotr(_ x: UInt64, _ n: UInt64) -> UInt64 { (x >> n) | (x << (64 - n)) }
        var w = [UInt64](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 128) {
            for t in 0..<16 {
                var v: UInt64 = 0
                for b in 0..<8 { v = (v << 8) | UInt64(data[chunk + t * 8 + b]) }
                w[t] = v
            }
            for t in 16..<80 {
                let s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7)
                let s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for t in 0..<80 {
                let s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)
                let ch = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ ch &+ k[t] &+ w[t]
                let s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)
                let maj = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ maj
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
        var out: [UInt8] = []
        for v in h { for shift in stride(from: 56, through: 0, by: -8) { out.append(UInt8(truncatingIfNeeded: v >> UInt64(shift))) } }
        return out
    }
}
