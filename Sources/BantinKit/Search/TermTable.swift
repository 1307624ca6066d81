import Foundation

/// Gives each distinct byte string (a syllable, a spelling, a syllable pair) a small number, the
/// order it was first seen in, without making a `String` per lookup.
///
/// Indexing looks up every syllable of every text: on 10,000 articles, some nine million lookups.
/// A `Dictionary<String, _>` normalizes each non-ASCII key to hash it and allocates a `String` per
/// token; this table hashes the bytes the tokenizer already holds and keeps every term in one buffer.
struct TermTable {
    /// Every term's bytes, one after another.
    private var arena: [UInt8] = []
    /// Term `id` is `arena[ends[id - 1] ..< ends[id]]` (from 0 for the first).
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    /// Open addressing with linear probing: 0 for an empty slot, else the high half of the term's hash
    /// above its id + 1, so that a probe reads one slot, not a slot and then the term's hash.
    private var slots = [UInt64](repeating: 0, count: 64)

    /// How many distinct terms the table holds.
    var count: Int { ends.count }

    /// The bytes of term `id`.
    func bytes(of id: Int) -> ArraySlice<UInt8> {
        arena[(id == 0 ? 0 : ends[id - 1])..<ends[id]]
    }

    /// The id of `key`, or nil when the table does not hold it. Only reads: a lookup costs no check
    /// that the table's arrays are not shared, as a write would.
    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        probe(key, hash: Self.hash(key)).id
    }

    /// Where `key` is (its id), or the empty slot where it would go.
    private func probe(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (id: Int?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            let tag = hash >> 32
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 {
                let entry = slots[slot]
                if entry >> 32 == tag, equals(Int(entry & 0xFFFF_FFFF) - 1, key) { return (Int(entry & 0xFFFF_FFFF) - 1, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// The id of `key`, adding it when it is new.
    @discardableResult
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(key)
        let (found, slot) = probe(key, hash: hash)
        if let found { return (found, false) }
        let id = ends.count
        arena.append(contentsOf: key)
        ends.append(arena.count)
        hashes.append(hash)
        slots[slot] = Self.entry(id: id, hash: hash)
        if ends.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private static func entry(id: Int, hash: UInt64) -> UInt64 {
        (hash >> 32) << 32 | UInt64(id + 1)
    }

    /// The id of `key`, adding it when it is new.
    mutating func insert(_ key: ArraySlice<UInt8>) -> (id: Int, isNew: Bool) {
        key.withUnsafeBufferPointer { insert($0) }
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : ends[id - 1]
        guard ends[id] - start == key.count else { return false }
        guard !key.isEmpty else { return true }
        // Terms are a few bytes: a loop costs less than a call to memcmp.
        return arena.withUnsafeBufferPointer { arena in
            let term = arena.baseAddress! + start
            for offset in 0..<key.count where term[offset] != key[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Self.entry(id: id, hash: hash)
        }
    }

    /// FNV-1a, with the high bits folded down: the slot is taken from the low bits.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return value ^ (value >> 29)
    }
}

/// Gives each distinct pair of term ids a small number, the order it was first seen in: the syllable
/// pairs of phrases, looked up once per syllable of every text.
struct TermPairTable {
    private(set) var pairs: [(first: Int32, second: Int32)] = []
    /// Open addressing with linear probing: a pair's id + 1, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 64)

    /// How many distinct pairs the table holds.
    var count: Int { pairs.count }

    /// The id of the pair, or nil when the table does not hold it. Only reads, as `TermTable.find`.
    func find(_ first: Int32, _ second: Int32) -> Int? {
        let mask = slots.count - 1
        var slot = Self.slot(UInt64(UInt32(first)) << 32 | UInt64(UInt32(second)), mask)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if pairs[id].first == first, pairs[id].second == second { return id }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The id of the pair, adding it when it is new.
    mutating func insert(_ first: Int, _ second: Int) -> (id: Int, isNew: Bool) {
        let key = UInt64(first) << 32 | UInt64(second)
        let mask = slots.count - 1
        var slot = Self.slot(key, mask)
        while slots[slot] != 0 {
            let id = Int(slots[slot] - 1)
            if pairs[id].first == Int32(first), pairs[id].second == Int32(second) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = pairs.count
        pairs.append((Int32(first), Int32(second)))
        slots[slot] = Int32(id + 1)
        if pairs.count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, pair) in pairs.enumerated() {
            var slot = Self.slot(UInt64(UInt32(pair.first)) << 32 | UInt64(UInt32(pair.second)), mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// Fibonacci hashing: the multiply spreads neighbouring ids over the whole table.
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
