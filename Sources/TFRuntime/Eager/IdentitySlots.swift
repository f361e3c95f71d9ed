/// A map from object identities to small integers, for a tape's bookkeeping: open addressing with
/// a multiplicative hash of the address, which costs far less than hashing through `Hasher`
/// (a tape looks up every input and output of every op it records).
struct IdentitySlots {
    private struct Bucket {
        /// The address, 0 when the bucket is empty (no object lives at address 0).
        var key: UInt
        var value: Int32
    }
    private var buckets: [Bucket] = []
    private var shift = 64
    private(set) var count = 0

    init() {}

    @inline(__always)
    private func index(_ key: UInt) -> Int {
        // Fibonacci hashing: the top bits of the address times 2^64 / phi.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt(shift))
    }

    /// The integer stored for `id`, if any.
    func find(_ id: ObjectIdentifier) -> Int32? {
        guard count > 0 else { return nil }
        let key = UInt(bitPattern: id)
        let mask = buckets.count - 1
        var i = index(key)
        while true {
            let b = buckets[i]
            if b.key == key { return b.value }
            if b.key == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` for `id`, replacing any earlier value.
    mutating func set(_ id: ObjectIdentifier, _ value: Int32) {
        if (count + 1) * 2 > buckets.count { grow() }
        let key = UInt(bitPattern: id)
        let mask = buckets.count - 1
        var i = index(key)
        while true {
            let k = buckets[i].key
            if k == key {
                buckets[i].value = value
                return
            }
            if k == 0 {
                buckets[i] = Bucket(key: key, value: value)
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// Forgets every entry, keeping the storage.
    mutating func removeAll() {
        guard count > 0 else { return }
        for i in buckets.indices { buckets[i].key = 0 }
        count = 0
    }

    private mutating func grow() {
        let old = buckets
        // Room for 32 entries at first: a training step's tape records a few dozen tensors.
        let capacity = Swift.max(64, buckets.count * 2)
        buckets = Array(repeating: Bucket(key: 0, value: 0), count: capacity)
        shift = 64 - capacity.trailingZeroBitCount
        count = 0
        let mask = capacity - 1
        for b in old where b.key != 0 {
            var i = index(b.key)
            while buckets[i].key != 0 { i = (i + 1) & mask }
            buckets[i] = b
            count += 1
        }
    }
}
