/// The storage of a `dict`: entries in insertion order, indexed by an open-addressing table once
/// there are more than `smallLimit` of them (a small dict, such as a `feed_dict` or keyword
/// arguments, is searched by hash in entry order: one array, no index to allocate).
/// Hashing and equality are passed in, since both may call Python code (`__hash__`, `__eq__`).
public struct HashTable {
    struct Entry {
        /// nil for a removed entry.
        var key: Value?
        var value: Value
        var hash: Int
    }
    private var slots: [Entry] = []
    private var index: [Int32] = []   // -1 empty, -2 deleted, else entry number; empty while small
    public private(set) var count = 0
    private var used = 0               // index slots that are not empty (live or deleted)
    static let smallLimit = 8

    public init() {}

    /// The live entries, in insertion order.
    public var entries: [(key: Value, value: Value)] {
        var out: [(key: Value, value: Value)] = []
        out.reserveCapacity(count)
        for e in slots { if let k = e.key { out.append((k, e.value)) } }
        return out
    }

    public var liveKeys: [Value] { slots.compactMap(\.key) }
    public var liveValues: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in slots where e.key != nil { out.append(e.value) }
        return out
    }

    /// Entry position bound: valid positions are `0..<capacityBound` where `key(at:)` is non-nil.
    public var entryBound: Int { slots.count }
    public func key(at i: Int) -> Value? { i < slots.count ? slots[i].key : nil }
    public func value(at i: Int) -> Value { slots[i].value }

    /// The entry holding `key`, searched in entry order (a table without an index).
    private func scan(_ hash: Int, _ key: Value, _ eq: (Value, Value) throws -> Bool) rethrows -> Int? {
        for e in 0..<slots.count where slots[e].hash == hash {
            guard let k = slots[e].key else { continue }
            if k.isIdentical(to: key) { return e }
            if try eq(k, key) { return e }
        }
        return nil
    }

    private func slotFor(_ hash: Int, _ key: Value, _ eq: (Value, Value) throws -> Bool) rethrows -> (found: Int?, insertAt: Int) {
        let mask = index.count - 1
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var perturb = UInt(bitPattern: hash)
        var firstDeleted = -1
        while true {
            let e = Int(index[i])
            if e == -1 { return (nil, firstDeleted >= 0 ? firstDeleted : i) }
            if e == -2 {
                if firstDeleted < 0 { firstDeleted = i }
            } else if slots[e].hash == hash, let k = slots[e].key {
                if k.isIdentical(to: key) { return (i, i) }
                if try eq(k, key) { return (i, i) }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public func find(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Int? {
        if index.isEmpty { return try scan(hash, key, eq) }
        if let s = try slotFor(hash, key, eq).found { return Int(index[s]) }
        return nil
    }

    public func get(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        if let e = try find(key, hash: hash, eq: eq) { return slots[e].value }
        return nil
    }

    /// Room for `n` entries in an empty table, so that filling it (a dict literal) allocates once.
    public mutating func reserveCapacity(_ n: Int) {
        guard slots.isEmpty, n > 0 else { return }
        slots.reserveCapacity(n)
        if n > HashTable.smallLimit {
            var size = 8
            while size * 2 <= n * 3 { size <<= 1 }
            rebuild(capacity: size)
        }
    }

    public mutating func set(_ key: Value, _ value: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows {
        if index.isEmpty {
            if let e = try scan(hash, key, eq) {
                slots[e].value = value
                return
            }
            slots.append(Entry(key: key, value: value, hash: hash))
            count += 1
            // Past the limit: indexed, or (after removals) compacted and still small.
            if slots.count > HashTable.smallLimit { rebuild(capacity: count > HashTable.smallLimit ? count * 4 : nil) }
            return
        }
        let (found, at) = try slotFor(hash, key, eq)
        if let s = found {
            slots[Int(index[s])].value = value
            return
        }
        if index[at] == -1 { used += 1 }
        index[at] = Int32(slots.count)
        slots.append(Entry(key: key, value: value, hash: hash))
        count += 1
        if used * 3 >= index.count * 2 { rebuild(capacity: max(8, count * 4)) }
    }

    @discardableResult
    public mutating func remove(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Value? {
        let e: Int
        if index.isEmpty {
            guard let found = try scan(hash, key, eq) else { return nil }
            e = found
        } else {
            guard let s = try slotFor(hash, key, eq).found else { return nil }
            e = Int(index[s])
            index[s] = -2
        }
        let v = slots[e].value
        slots[e].key = nil
        slots[e].value = .none
        count -= 1
        if slots.count > 16 && count * 2 < slots.count {
            if count <= HashTable.smallLimit { rebuild(capacity: nil) } else { rebuild(capacity: count * 4) }
        }
        return v
    }

    public mutating func removeAll() {
        self = HashTable()
    }

    /// Removes and returns the last entry (`popitem`).
    public mutating func popLast() -> (key: Value, value: Value)? {
        var i = slots.count - 1
        while i >= 0 {
            if let k = slots[i].key {
                let v = slots[i].value
                if !index.isEmpty {
                    // Locate the index slot that points at entry i.
                    let h = slots[i].hash
                    let mask = index.count - 1
                    var s = Int(UInt(bitPattern: h) & UInt(mask))
                    var perturb = UInt(bitPattern: h)
                    while Int(index[s]) != i {
                        perturb >>= 5
                        s = Int((UInt(s) &* 5 &+ 1 &+ perturb) & UInt(mask))
                    }
                    index[s] = -2
                }
                slots.removeLast(slots.count - i)
                count -= 1
                return (k, v)
            }
            i -= 1
        }
        return nil
    }

    /// Drops removed entries, and indexes the table with room for `capacity` slots (nil: no index).
    private mutating func rebuild(capacity: Int?) {
        if count < slots.count {
            var live: [Entry] = []
            live.reserveCapacity(count)
            for e in slots where e.key != nil { live.append(e) }
            slots = live
        }
        guard let capacity else {
            index = []
            used = 0
            return
        }
        var size = 8
        while size < capacity { size <<= 1 }
        index = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (e, entry) in slots.enumerated() {
            let h = entry.hash
            var i = Int(UInt(bitPattern: h) & UInt(mask))
            var perturb = UInt(bitPattern: h)
            while index[i] != -1 {
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
            index[i] = Int32(e)
        }
        used = count
    }
}

/// The storage of a `set`, following CPython's `setobject.c` (linear probes, then perturbation;
/// the same resize rule), so iteration order matches CPython wherever hashes do.
public struct SetTable {
    private var slotKeys: [Value?] = Array(repeating: nil, count: 8)
    private var slotHashes: [Int] = Array(repeating: 0, count: 8)
    private var dummy: [Bool] = Array(repeating: false, count: 8)
    public private(set) var count = 0
    private var fill = 0
    private static let linearProbes = 9

    public init() {}

    public var elements: [Value] { slotKeys.compactMap { $0 } }
    public var slotCount: Int { slotKeys.count }
    public func element(at i: Int) -> Value? { i < slotKeys.count ? slotKeys[i] : nil }

    private func lookup(_ key: Value, _ hash: Int, _ eq: (Value, Value) throws -> Bool) rethrows -> (found: Int?, free: Int) {
        let mask = slotKeys.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        var freeSlot = -1
        while true {
            let probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
            for j in 0...probes {
                let s = i + j
                if let k = slotKeys[s] {
                    if slotHashes[s] == hash, k.isIdentical(to: key) { return (s, s) }
                    if slotHashes[s] == hash, try eq(k, key) { return (s, s) }
                } else if dummy[s] {
                    if freeSlot < 0 { freeSlot = s }
                } else {
                    return (nil, freeSlot >= 0 ? freeSlot : s)
                }
            }
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
        }
    }

    public func contains(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        try lookup(key, hash, eq).found != nil
    }

    /// Adds the key; returns false if it was already present.
    @discardableResult
    public mutating func insert(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        let (found, free) = try lookup(key, hash, eq)
        if found != nil { return false }
        let reusedDummy = dummy[free]
        dummy[free] = false
        slotKeys[free] = key
        slotHashes[free] = hash
        count += 1
        if reusedDummy { return true }
        fill += 1
        let mask = slotKeys.count - 1
        if fill * 5 >= mask * 3 { resize(count > 50000 ? count * 2 : count * 4) }
        return true
    }

    @discardableResult
    public mutating func remove(_ key: Value, hash: Int, eq: (Value, Value) throws -> Bool) rethrows -> Bool {
        guard let s = try lookup(key, hash, eq).found else { return false }
        slotKeys[s] = nil
        dummy[s] = true
        count -= 1
        return true
    }

    /// Removes an arbitrary element, as `set.pop` does (the first occupied slot).
    public mutating func popFirst() -> Value? {
        for s in 0..<slotKeys.count {
            if let k = slotKeys[s] {
                slotKeys[s] = nil
                dummy[s] = true
                count -= 1
                return k
            }
        }
        return nil
    }

    private mutating func resize(_ minUsed: Int) {
        var size = 8
        while size <= minUsed { size <<= 1 }
        let oldKeys = slotKeys, oldHashes = slotHashes
        slotKeys = Array(repeating: nil, count: size)
        slotHashes = Array(repeating: 0, count: size)
        dummy = Array(repeating: false, count: size)
        fill = count
        let mask = size - 1
        for (s, k) in oldKeys.enumerated() {
            guard let k else { continue }
            let h = oldHashes[s]
            var perturb = UInt(bitPattern: h)
            var i = Int(UInt(bitPattern: h) & UInt(mask))
            placed: while true {
                let probes = i + SetTable.linearProbes <= mask ? SetTable.linearProbes : 0
                for j in 0...probes where slotKeys[i + j] == nil {
                    slotKeys[i + j] = k
                    slotHashes[i + j] = h
                    break placed
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ 1 &+ perturb) & UInt(mask))
            }
        }
    }
}
