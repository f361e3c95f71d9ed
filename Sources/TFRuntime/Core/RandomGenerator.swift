import Foundation

/// The random stream of one random op. Deterministic for a given (seed, seed2); a stream
/// continues across runs of the same op, as TF's stateful random ops do.
/// (TF's own Philox streams are not reproduced yet: values differ from real TF's, with the
/// same distributions.)
public final class RandomStream {
    private var state: UInt64

    init(seed: Int, seed2: Int) {
        state = UInt64(bitPattern: Int64(seed)) &* 0x9E3779B97F4A7C15 ^ UInt64(bitPattern: Int64(seed2)) &+ 0xD1B54A32D192ED03
    }

    private func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    public func nextUniform() -> Double {
        Double(next() >> 11) * (1.0 / 9007199254740992.0)
    }

    /// Standard normal (Box–Muller).
    public func nextNormal() -> Double {
        var u = nextUniform()
        while u <= 0 { u = nextUniform() }
        let v = nextUniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }
}

extension TFRuntime {
    /// The stream for a random op: seeded ops get their own reproducible stream; unseeded
    /// ops draw from the system generator.
    public func generator(seed: Int, seed2: Int, key: String) -> RandomStream {
        if seed == 0 && seed2 == 0 {
            return RandomStream(seed: Int.random(in: 1...Int.max), seed2: Int.random(in: 1...Int.max))
        }
        let k = "\(key)#\(seed)#\(seed2)"
        if let s = randomStreams[k] { return s }
        let s = RandomStream(seed: seed, seed2: seed2)
        randomStreams[k] = s
        return s
    }
}
