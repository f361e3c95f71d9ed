import Foundation

// numpy's legacy random generator (`np.random.seed`, `np.random.rand`, ...)
// bit for bit: MT19937 and the legacy RandomState distributions
// (numpy/random/_mt19937.pyx, mtrand.pyx, src/mt19937, src/legacy,
// src/distributions).

/// The Mersenne Twister MT19937 as numpy implements it.
public struct MT19937: Sendable, Equatable {
    static let n = 624
    static let m = 397

    /// The 624-word state (`get_state()[1]`).
    public private(set) var key: [UInt32]
    /// The position in the state (`get_state()[2]`).
    public private(set) var pos: Int

    /// numpy's `mt19937_seed` (Knuth's linear initialisation), used by
    /// `np.random.seed(int)`.
    public init(seed: UInt32) {
        var k = [UInt32](repeating: 0, count: MT19937.n)
        var s = seed
        for i in 0..<MT19937.n {
            k[i] = s
            s = 1812433253 &* (s ^ (s >> 30)) &+ UInt32(i + 1)
        }
        key = k
        pos = MT19937.n
    }

    /// numpy's `mt19937_init_by_array`, used by `np.random.seed([a, b, ...])`.
    public init(keyArray initKey: [UInt32]) {
        self.init(seed: 19650218)
        let n = MT19937.n
        guard !initKey.isEmpty else { return }
        var mt = key
        var i = 1, j = 0
        var k = Swift.max(n, initKey.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ initKey[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
            if j >= initKey.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n {
                mt[0] = mt[n - 1]
                i = 1
            }
            k -= 1
        }
        mt[0] = 0x8000_0000
        key = mt
        pos = n
    }

    /// Restores a state from `get_state()`'s key and position.
    public init(key: [UInt32], pos: Int) throws {
        guard key.count == MT19937.n, pos >= 0, pos <= MT19937.n else {
            throw TensorError.invalidArgument("state must be 624 elements")
        }
        self.key = key
        self.pos = pos
    }

    mutating func generate() {
        let n = MT19937.n, m = MT19937.m
        let matrixA: UInt32 = 0x9908_b0df, upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff
        var i = 0
        while i < n - m {
            let y = (key[i] & upper) | (key[i + 1] & lower)
            key[i] = key[i + m] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
            i += 1
        }
        while i < n - 1 {
            let y = (key[i] & upper) | (key[i + 1] & lower)
            key[i] = key[i + m - n] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
            i += 1
        }
        let y = (key[n - 1] & upper) | (key[0] & lower)
        key[n - 1] = key[m - 1] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
        pos = 0
    }

    /// The next 32 random bits.
    public mutating func next32() -> UInt32 {
        if pos >= MT19937.n { generate() }
        var y = key[pos]
        pos += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// Two draws as one 64-bit value (first draw in the high half).
    public mutating func next64() -> UInt64 {
        let hi = UInt64(next32())
        return (hi << 32) | UInt64(next32())
    }

    /// A double in [0, 1) with 53 random bits: `(a >> 5, b >> 6)`.
    public mutating func nextDouble() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67108864.0 + b) / 9007199254740992.0
    }
}

/// numpy's legacy `np.random.RandomState` (what the `np.random.*`
/// functions use): the same seeds give the same numbers as numpy.
public struct NumpyRandomState: Sendable, Equatable {
    public private(set) var mt: MT19937
    /// The cached second value of the polar Box-Muller method.
    public private(set) var gauss: Double = 0
    public private(set) var hasGauss = false

    /// `np.random.RandomState(seed)` / `np.random.seed(seed)` for an integer
    /// seed in `[0, 2**32)`.
    public init(seed: Int64) throws {
        guard seed >= 0, seed <= 0xFFFF_FFFF else {
            throw TensorError.invalidArgument("Seed must be between 0 and 2**32 - 1")
        }
        mt = MT19937(seed: UInt32(seed))
    }

    /// `np.random.seed([a, b, ...])`.
    public init(seedArray: [Int64]) throws {
        guard !seedArray.isEmpty else { throw TensorError.invalidArgument("Seed must be non-empty") }
        guard seedArray.allSatisfy({ $0 >= 0 && $0 <= 0xFFFF_FFFF }) else {
            throw TensorError.invalidArgument("Seed must be between 0 and 2**32 - 1")
        }
        mt = MT19937(keyArray: seedArray.map { UInt32($0) })
    }

    /// Restores `set_state(('MT19937', key, pos, has_gauss, cached_gaussian))`.
    public init(mt: MT19937, hasGauss: Bool = false, gauss: Double = 0) {
        self.mt = mt
        self.hasGauss = hasGauss
        self.gauss = hasGauss ? gauss : 0
    }

    /// Re-seeds (`np.random.seed(n)`), clearing the cached gaussian.
    public mutating func seed(_ seed: Int64) throws {
        self = try NumpyRandomState(seed: seed)
    }

    // MARK: uniform

    /// One `np.random.random_sample()`.
    public mutating func nextDouble() -> Double { mt.nextDouble() }

    /// `random_sample(size)` / `rand(*shape)`: `count` doubles in [0, 1).
    public mutating func randomSample(count: Int) -> [Double] {
        (0..<Swift.max(0, count)).map { _ in mt.nextDouble() }
    }

    /// `uniform(low, high, size)`: `low + (high - low) * random_sample()`.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) -> [Double] {
        let range = high - low
        return (0..<Swift.max(0, count)).map { _ in low + range * mt.nextDouble() }
    }

    // MARK: normal

    /// numpy's `legacy_gauss`: the polar Box-Muller method, caching the
    /// second value of each pair.
    public mutating func nextGauss() -> Double {
        if hasGauss {
            let t = gauss
            hasGauss = false
            gauss = 0
            return t
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * mt.nextDouble() - 1.0
            x2 = 2.0 * mt.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
        gauss = f * x1
        hasGauss = true
        return f * x2
    }

    /// `standard_normal(size)` / `randn(*shape)`.
    public mutating func standardNormal(count: Int) -> [Double] {
        (0..<Swift.max(0, count)).map { _ in nextGauss() }
    }

    /// `normal(loc, scale, size)`: `loc + scale * gauss`.
    public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) throws -> [Double] {
        guard scale >= 0 else { throw TensorError.invalidArgument("scale < 0") }
        return (0..<Swift.max(0, count)).map { _ in loc + scale * nextGauss() }
    }

    // MARK: integers

    /// numpy's masked rejection sampling of an integer in `[0, max]`.
    mutating func boundedMasked(_ rng: UInt64) -> UInt64 {
        if rng == 0 { return 0 }
        var mask = rng
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if rng <= 0xFFFF_FFFF {
            if rng == 0xFFFF_FFFF { return UInt64(mt.next32()) }
            var v: UInt64
            repeat { v = UInt64(mt.next32()) & mask } while v > rng
            return v
        }
        if rng == UInt64.max { return mt.next64() }
        var v: UInt64
        repeat { v = mt.next64() & mask } while v > rng
        return v
    }

    /// `randint(low, high, size)` (legacy: masked rejection sampling; for
    /// `high == nil` the range is `[0, low)`), as int64.
    public mutating func randint(low: Int64, high: Int64? = nil, count: Int) throws -> [Int64] {
        let lo = high == nil ? 0 : low
        let hi = high ?? low
        guard lo < hi else { throw TensorError.invalidArgument("low >= high") }
        let rng = UInt64(bitPattern: hi &- 1 &- lo)
        return (0..<Swift.max(0, count)).map { _ in lo &+ Int64(bitPattern: boundedMasked(rng)) }
    }

    /// numpy's `random_interval(max)`: uniform in `[0, max]` by masked
    /// rejection (used by `shuffle`).
    public mutating func interval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        var v: UInt64
        if max <= 0xFFFF_FFFF {
            repeat { v = UInt64(mt.next32()) & mask } while v > max
        } else {
            repeat { v = mt.next64() & mask } while v > max
        }
        return v
    }

    /// `shuffle(x)` for a sequence (along its first axis): legacy
    /// Fisher-Yates from the end.
    public mutating func shuffle<T>(_ values: inout [T]) {
        var i = values.count - 1
        while i >= 1 {
            let j = Int(interval(UInt64(i)))
            values.swapAt(i, j)
            i -= 1
        }
    }

    /// `shuffle(a)` for an array: permutes `a` along axis 0.
    public mutating func shuffled(_ t: Tensor) throws -> Tensor {
        guard t.rank > 0 else { throw TensorError.invalidArgument("x must be an integer or at least 1-dimensional") }
        var order = Array(0..<t.shape[0])
        shuffle(&order)
        return try Kernels.gather(t, indices: Tensor(order.map(Int64.init)))
    }

    /// `permutation(n)`: `arange(n)` shuffled.
    public mutating func permutation(_ n: Int) -> [Int64] {
        var v = (0..<Int64(Swift.max(0, n))).map { $0 }
        shuffle(&v)
        return v
    }

    /// `choice(n, size, replace)` without probabilities: with replacement it
    /// is `randint(0, n, size)`, without it `permutation(n)[:size]`.
    public mutating func choice(_ n: Int, count: Int, replace: Bool = true) throws -> [Int64] {
        guard n > 0 else { throw TensorError.invalidArgument("a must be greater than 0 unless no samples are taken") }
        if replace { return try randint(low: 0, high: Int64(n), count: count) }
        guard count <= n else {
            throw TensorError.invalidArgument("Cannot take a larger sample than population when 'replace=False'")
        }
        return Array(permutation(n).prefix(count))
    }
}
