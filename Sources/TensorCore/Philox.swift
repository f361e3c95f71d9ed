import Foundation

// TensorFlow's random number generator: Philox4x32-10 with TF's seeding,
// stream reservation and float conversions (tsl/lib/random/philox_random.h,
// random_distributions.h, core/util/guarded_philox_random.cc,
// core/kernels/random_op.cc). The Philox rounds are checked against the
// Random123 known-answer vectors; the rest follows TF's source but has not
// been compared with a running TF here.

/// Philox4x32-10 as TF's `random::PhiloxRandom`: a 128-bit counter and a
/// 64-bit key; each call returns four 32-bit words and advances the counter.
public struct PhiloxRandom: Sendable, Equatable {
    /// The 128-bit counter, low word first.
    public private(set) var counter: [UInt32]
    /// The 64-bit key, low word first.
    public private(set) var key: [UInt32]

    /// `PhiloxRandom(counter, key)` (both read as given).
    public init(counter: [UInt32], key: [UInt32]) throws {
        guard counter.count == 4, key.count == 2 else {
            throw TensorError.invalidArgument("Philox needs a 4-word counter and a 2-word key")
        }
        self.counter = counter
        self.key = key
    }

    /// `PhiloxRandom(seed_lo, seed_hi)`: the key from `seed`, the high half
    /// of the counter from `seed2` (TF's op attributes `seed` and `seed2`).
    public init(seed: UInt64, seed2: UInt64) {
        key = [UInt32(truncatingIfNeeded: seed), UInt32(truncatingIfNeeded: seed >> 32)]
        counter = [0, 0, UInt32(truncatingIfNeeded: seed2), UInt32(truncatingIfNeeded: seed2 >> 32)]
    }

    static let w32A: UInt32 = 0x9E37_79B9
    static let w32B: UInt32 = 0xBB67_AE85
    static let m4x32A: UInt32 = 0xD251_1F53
    static let m4x32B: UInt32 = 0xCD9E_8D57

    /// The ten Philox rounds on one counter/key (no state change); missing
    /// words count as zero.
    public static func block(counter c: [UInt32], key k: [UInt32]) -> [UInt32] {
        func word(_ a: [UInt32], _ i: Int) -> UInt32 { i < a.count ? a[i] : 0 }
        var c0 = word(c, 0), c1 = word(c, 1), c2 = word(c, 2), c3 = word(c, 3)
        var k0 = word(k, 0), k1 = word(k, 1)
        for round in 0..<10 {
            if round > 0 {
                k0 &+= w32A
                k1 &+= w32B
            }
            let p0 = UInt64(m4x32A) * UInt64(c0)
            let p1 = UInt64(m4x32B) * UInt64(c2)
            let n0 = UInt32(truncatingIfNeeded: p1 >> 32) ^ c1 ^ k0
            let n1 = UInt32(truncatingIfNeeded: p1)
            let n2 = UInt32(truncatingIfNeeded: p0 >> 32) ^ c3 ^ k1
            let n3 = UInt32(truncatingIfNeeded: p0)
            c0 = n0; c1 = n1; c2 = n2; c3 = n3
        }
        return [c0, c1, c2, c3]
    }

    /// The next four words.
    public mutating func next() -> [UInt32] {
        let r = PhiloxRandom.block(counter: counter, key: key)
        skip(1)
        return r
    }

    /// Skips `count` 128-bit samples (TF's `Skip`).
    public mutating func skip(_ count: UInt64) {
        let lo = UInt32(truncatingIfNeeded: count)
        var hi = UInt32(truncatingIfNeeded: count >> 32)
        counter[0] &+= lo
        if counter[0] < lo { hi &+= 1 }
        counter[1] &+= hi
        if counter[1] < hi {
            counter[2] &+= 1
            if counter[2] == 0 { counter[3] &+= 1 }
        }
    }
}

/// TF's conversions of Philox words to floats and its sampling kernels.
public enum TFRandom {
    /// `Uint32ToFloat`: 23 random mantissa bits with exponent 0, minus 1:
    /// a float in [0, 1).
    public static func uint32ToFloat(_ x: UInt32) -> Float {
        Float(bitPattern: (127 << 23) | (x & 0x7F_FFFF)) - 1
    }

    /// `Uint64ToDouble`: 52 mantissa bits from two words, minus 1.
    public static func uint64ToDouble(_ x0: UInt32, _ x1: UInt32) -> Double {
        let man = (UInt64(x0 & 0xF_FFFF) << 32) | UInt64(x1)
        return Double(bitPattern: (1023 << 52) | man) - 1
    }

    /// `BoxMullerFloat`: two normal floats from two words.
    public static func boxMullerFloat(_ x0: UInt32, _ x1: UInt32) -> (Float, Float) {
        var u1 = uint32ToFloat(x0)
        if u1 < 1.0e-7 { u1 = 1.0e-7 }
        // 2.0f * M_PI is a double, so the angle is computed in double.
        let v1 = Float(2.0 * Double.pi * Double(uint32ToFloat(x1)))
        let u2 = (-2 * Foundation.log(u1)).squareRoot()
        return (Foundation.sin(v1) * u2, Foundation.cos(v1) * u2)
    }

    /// `BoxMullerDouble`: two normal doubles from four words.
    public static func boxMullerDouble(_ x0: UInt32, _ x1: UInt32, _ x2: UInt32, _ x3: UInt32) -> (Double, Double) {
        var u1 = uint64ToDouble(x0, x1)
        if u1 < 1.0e-20 { u1 = 1.0e-20 }
        let v1 = 2 * Double.pi * uint64ToDouble(x2, x3)
        let u2 = (-2 * Foundation.log(u1)).squareRoot()
        return (Foundation.sin(v1) * u2, Foundation.cos(v1) * u2)
    }

    /// TF's `RandomUniform` kernel: `count` values in [0, 1), generated in
    /// groups (4 floats or 2 doubles per Philox call) from `generator`.
    public static func uniform(count: Int, dtype: DType, generator: PhiloxRandom) throws -> Tensor {
        var gen = generator
        switch dtype {
        case .float32:
            var out: [Float] = []
            out.reserveCapacity(count)
            while out.count < count {
                for w in gen.next() where out.count < count { out.append(uint32ToFloat(w)) }
            }
            return Tensor(out)
        case .float64:
            var out: [Double] = []
            out.reserveCapacity(count)
            while out.count < count {
                let w = gen.next()
                out.append(uint64ToDouble(w[0], w[1]))
                if out.count < count { out.append(uint64ToDouble(w[2], w[3])) }
            }
            return Tensor(out)
        default:
            throw TensorError.unsupportedDType(op: "RandomUniform", dtype: dtype)
        }
    }

    /// TF's `RandomStandardNormal` kernel (Box-Muller; 4 floats or 2
    /// doubles per Philox call).
    public static func normal(count: Int, dtype: DType, generator: PhiloxRandom) throws -> Tensor {
        var gen = generator
        switch dtype {
        case .float32:
            var out: [Float] = []
            out.reserveCapacity(count)
            while out.count < count {
                let w = gen.next()
                let (a, b) = boxMullerFloat(w[0], w[1])
                let (c, d) = boxMullerFloat(w[2], w[3])
                for v in [a, b, c, d] where out.count < count { out.append(v) }
            }
            return Tensor(out)
        case .float64:
            var out: [Double] = []
            out.reserveCapacity(count)
            while out.count < count {
                let w = gen.next()
                let (a, b) = boxMullerDouble(w[0], w[1], w[2], w[3])
                out.append(a)
                if out.count < count { out.append(b) }
            }
            return Tensor(out)
        default:
            throw TensorError.unsupportedDType(op: "RandomStandardNormal", dtype: dtype)
        }
    }
}

extension TFRandom {
    /// TF's `TruncatedNormal` kernel: standard normal values (Box-Muller) with those of
    /// magnitude 2 or more drawn again. Outputs come in groups of 4 floats or 2 doubles; group `g`
    /// takes single words from `generator` skipped by `g * 256` (floats) or `g * 128` (doubles)
    /// samples, as `FillPhiloxRandomTask` does for distributions with variable samples per output.
    public static func truncatedNormal(count: Int, dtype: DType, generator: PhiloxRandom) throws -> Tensor {
        /// `SingleSampleAdapter`: one word at a time.
        struct Words {
            var gen: PhiloxRandom
            var block: [UInt32] = []
            var used = 0
            mutating func next() -> UInt32 {
                if used == block.count {
                    block = gen.next()
                    used = 0
                }
                used += 1
                return block[used - 1]
            }
        }
        /// Groups of `size` values, each drawn from the generator skipped by `skip` samples per
        /// group, normal pairs outside (-2, 2) thrown away.
        func groups<T: BinaryFloatingPoint>(size: Int, skip: UInt64, _ pair: (inout Words) -> (T, T)) -> [T] {
            var out: [T] = []
            out.reserveCapacity(count)
            var group: UInt64 = 0
            while out.count < count {
                var gen = generator
                gen.skip(group &* skip)
                var words = Words(gen: gen)
                var values: [T] = []
                while values.count < size {
                    let (a, b) = pair(&words)
                    if Swift.abs(a) < 2 { values.append(a) }
                    if values.count < size, Swift.abs(b) < 2 { values.append(b) }
                }
                for v in values where out.count < count { out.append(v) }
                group += 1
            }
            return out
        }
        switch dtype {
        case .float32:
            return Tensor(groups(size: 4, skip: 256) { (w: inout Words) -> (Float, Float) in boxMullerFloat(w.next(), w.next()) })
        case .float64:
            return Tensor(groups(size: 2, skip: 128) { (w: inout Words) -> (Double, Double) in
                boxMullerDouble(w.next(), w.next(), w.next(), w.next())
            })
        default:
            throw TensorError.unsupportedDType(op: "TruncatedNormal", dtype: dtype)
        }
    }
}

/// TF's `GuardedPhiloxRandom`: the per-op generator. Each run of a random
/// op reserves `outputCount * 256` 128-bit samples and starts from the
/// position before the reservation, so the op gives new numbers each run.
public struct GuardedPhilox: Sendable, Equatable {
    public private(set) var generator: PhiloxRandom

    /// From the op's `seed` and `seed2` attributes (TF replaces `(0, 0)`
    /// with random seeds; the caller supplies them in that case).
    public init(seed: Int64, seed2: Int64) {
        generator = PhiloxRandom(seed: UInt64(bitPattern: seed), seed2: UInt64(bitPattern: seed2))
    }

    /// `ReserveRandomOutputs(outputCount, 256)`.
    public mutating func reserve(outputCount: Int) -> PhiloxRandom {
        let start = generator
        generator.skip(UInt64(max(0, outputCount)) &* 256)
        return start
    }
}
