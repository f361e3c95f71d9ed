import Foundation
import TensorCore

/// The random stream of one random op: TF's `GuardedPhiloxRandom`, seeded from the op's
/// (seed, seed2). Each run reserves `count * 256` Philox samples, as TF's `PhiloxRandomOp`
/// does, so a stream continues across runs of the same op and a seeded op gives the numbers
/// real TF gives.
public final class RandomStream {
    private var guarded: GuardedPhilox

    init(seed: Int, seed2: Int) {
        guarded = GuardedPhilox(seed: Int64(seed), seed2: Int64(seed2))
    }

    /// TF's `RandomUniform` kernel: `count` values in [0, 1).
    public func uniform(count: Int, dtype: DType) throws -> Tensor {
        let base: DType = dtype == .float64 ? .float64 : .float32
        let values = try TFRandom.uniform(count: count, dtype: base, generator: guarded.reserve(outputCount: count))
        return base == dtype ? values : try Conversion.cast(values, to: dtype, flavor: .tensorflow)
    }

    /// TF's `RandomUniformInt` kernel: `count` integers in [low, high), each the sample modulo
    /// the range (one 32-bit sample per int32, two per int64).
    public func uniformInt(count: Int, low: Int64, high: Int64, dtype: DType) throws -> Tensor {
        var gen = guarded.reserve(outputCount: count)
        switch dtype {
        case .int32:
            let range = UInt32(truncatingIfNeeded: high) &- UInt32(truncatingIfNeeded: low)
            var out: [Int32] = []
            out.reserveCapacity(count)
            while out.count < count {
                for w in gen.next() where out.count < count {
                    out.append(Int32(truncatingIfNeeded: low) &+ Int32(bitPattern: w % range))
                }
            }
            return Tensor(out)
        case .int64:
            let range = UInt64(bitPattern: high) &- UInt64(bitPattern: low)
            var out: [Int64] = []
            out.reserveCapacity(count)
            while out.count < count {
                let w = gen.next()
                for k in 0..<2 where out.count < count {
                    let bits = UInt64(w[2 * k]) | (UInt64(w[2 * k + 1]) << 32)
                    out.append(low &+ Int64(bitPattern: bits % range))
                }
            }
            return Tensor(out)
        default:
            throw TensorError.unsupportedDType(op: "RandomUniformInt", dtype: dtype)
        }
    }

    /// TF's `TruncatedNormal` kernel: `count` standard normal values within two of zero.
    public func truncatedNormal(count: Int, dtype: DType) throws -> Tensor {
        let base: DType = dtype == .float64 ? .float64 : .float32
        let values = try TFRandom.truncatedNormal(count: count, dtype: base, generator: guarded.reserve(outputCount: count))
        return base == dtype ? values : try Conversion.cast(values, to: dtype, flavor: .tensorflow)
    }

    /// TF's `RandomStandardNormal` kernel: `count` standard normal values.
    public func normal(count: Int, dtype: DType) throws -> Tensor {
        let base: DType = dtype == .float64 ? .float64 : .float32
        let values = try TFRandom.normal(count: count, dtype: base, generator: guarded.reserve(outputCount: count))
        return base == dtype ? values : try Conversion.cast(values, to: dtype, flavor: .tensorflow)
    }
}

extension TFRuntime {
    /// The stream for a random op: seeded ops get their own reproducible stream, one per op
    /// name, seeds and dtype, as TF keeps one kernel per op: a session's streams live in the
    /// session (a new session starts them again), eager ops and functions share the runtime's.
    /// Unseeded ops draw from the system generator.
    public func generator(seed: Int, seed2: Int, dtype: DType, key: String, session: Session? = nil) -> RandomStream {
        if seed == 0 && seed2 == 0 {
            return RandomStream(seed: Int.random(in: 1...Int.max), seed2: Int.random(in: 1...Int.max))
        }
        let k = "\(key)#\(seed)#\(seed2)#\(dtype.name)"
        if let session {
            if let s = session.randomStreams[k] { return s }
            let s = RandomStream(seed: seed, seed2: seed2)
            session.randomStreams[k] = s
            return s
        }
        if let s = randomStreams[k] { return s }
        let s = RandomStream(seed: seed, seed2: seed2)
        randomStreams[k] = s
        return s
    }

    /// Forgets the eager streams, as TF clears its kernel cache when `tf.random.set_seed` runs
    /// eagerly: seeded ops start their streams again.
    public func resetEagerRandomStreams() {
        randomStreams.removeAll()
    }
}
