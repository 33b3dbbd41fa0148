/// A trained classifier's weights: for each feature key, the classes it votes for and how strongly.
///
/// Stored as an open-addressing hash table probed in place (see `SyntaxModel` for the whole file):
///
///     u32 classCount, u32 slotCount (a power of two), u32 entryBytes, f32 scale
///     slotCount × (u32 fingerprint, u32 entry offset)   fingerprint 0 marks an empty slot
///     entries: u16 pair count, then that many (u16 class, i16 weight)
///
/// A key's low bits choose its first slot and its high 32 bits are the fingerprint kept there: two
/// features share a fingerprint and a probe sequence about once in four billion lookups, a cost far
/// below the accuracy that the halved table size buys room for. Weights are quantised to 16 bits with
/// one scale per table; a class's score is the integer sum of its weights, which ranks classes as the
/// real-valued sum would up to rounding.
struct WeightTable: Sendable {
    let bytes: ModelBytes
    let offset: Int
    let classCount: Int
    private let mask: Int
    private let slotsOffset: Int
    private let entriesOffset: Int
    /// Bytes the table takes, from `offset`.
    let byteCount: Int

    init(bytes: ModelBytes, offset: Int) throws {
        guard offset >= 0, offset + 16 <= bytes.count else { throw SyntaxError.malformedModel("weight table out of bounds") }
        self.bytes = bytes
        self.offset = offset
        classCount = Int(bytes.u32(at: offset))
        let slotCount = Int(bytes.u32(at: offset + 4))
        let entryBytes = Int(bytes.u32(at: offset + 8))
        guard slotCount > 0, slotCount & (slotCount - 1) == 0, classCount > 0, classCount <= 4096 else {
            throw SyntaxError.malformedModel("weight table header")
        }
        mask = slotCount - 1
        slotsOffset = offset + 16
        entriesOffset = slotsOffset + slotCount * 8
        byteCount = 16 + slotCount * 8 + ((entryBytes + 7) & ~7)
        guard offset + byteCount <= bytes.count else { throw SyntaxError.malformedModel("weight table truncated") }
        // Every entry must lie inside the table and name real classes: checked once, so probing need not.
        for slot in 0..<slotCount where bytes.u32(at: slotsOffset + slot * 8) != 0 {
            let entry = Int(bytes.u32(at: slotsOffset + slot * 8 + 4))
            guard entry + 2 <= entryBytes else { throw SyntaxError.malformedModel("weight table entry out of bounds") }
            let count = Int(bytes.u16(at: entriesOffset + entry))
            guard entry + 2 + count * 4 <= entryBytes else { throw SyntaxError.malformedModel("weight table entry truncated") }
            for pair in 0..<count where Int(bytes.u16(at: entriesOffset + entry + 2 + pair * 4)) >= classCount {
                throw SyntaxError.malformedModel("weight table class out of range")
            }
        }
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    /// Adds the weights of `key` to `scores` (one per class); a key the table does not hold adds nothing.
    @inline(__always)
    func addWeights(of key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        let fingerprint = Self.fingerprint(key)
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let at = slotsOffset + slot * 8
            let stored = bytes.u32(at: at)
            if stored == fingerprint {
                var entry = entriesOffset + Int(bytes.u32(at: at + 4))
                let count = Int(bytes.u16(at: entry))
                entry += 2
                for _ in 0..<count {
                    scores[Int(bytes.u16(at: entry))] &+= Int32(bytes.i16(at: entry + 2))
                    entry += 4
                }
                return
            }
            if stored == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// The table's bytes for `weights`, averaged real-valued weights per feature key, in at most
    /// `budget` bytes.
    ///
    /// Features are kept strongest first (by their largest weight) while the table fits the budget: most
    /// of a perceptron's features are rare words and word pairs whose averaged votes are tiny, and dropping
    /// them shrinks a model several times at little cost. Ties go to the smaller key, so the same weights
    /// give the same bytes.
    static func encode(_ weights: [UInt64: [Float]], classCount: Int, budget: Int) -> [UInt8] {
        let largest = weights.values.lazy.flatMap { $0 }.map { abs($0) }.max() ?? 1
        let scale = largest > 0 ? 32_767 / largest : 1
        var candidates: [(key: UInt64, strength: Float, pairs: [(UInt16, Int16)])] = []
        for (key, row) in weights {
            let pairs = row.enumerated().compactMap { index, weight -> (UInt16, Int16)? in
                let quantised = Int16((weight * scale).rounded())
                return quantised != 0 ? (UInt16(index), quantised) : nil
            }
            if !pairs.isEmpty { candidates.append((key, row.map { abs($0) }.max() ?? 0, pairs)) }
        }
        candidates.sort { $0.strength != $1.strength ? $0.strength > $1.strength : $0.key < $1.key }
        var kept = 0, entryBytes = 0
        while kept < candidates.count {
            let entries = entryBytes + 2 + candidates[kept].pairs.count * 4
            guard 16 + slotCount(for: kept + 1) * 8 + entries <= budget else { break }
            entryBytes = entries
            kept += 1
        }
        return layout(candidates[..<kept].sorted { $0.key < $1.key }.map { ($0.key, $0.pairs) }, classCount: classCount,
                      scale: scale)
    }

    /// Slots for `count` keys: a power of two at least one and a half times as many, so probes stay short.
    private static func slotCount(for count: Int) -> Int {
        var slots = 16
        while slots < count * 3 / 2 { slots *= 2 }
        return slots
    }

    private static func layout(_ kept: [(key: UInt64, pairs: [(UInt16, Int16)])], classCount: Int, scale: Float) -> [UInt8] {
        let slotCount = slotCount(for: kept.count)
        var slots = [(fingerprint: UInt32, entry: UInt32)](repeating: (0, 0), count: slotCount)
        var entries = ByteWriter()
        for item in kept {
            var slot = Int(truncatingIfNeeded: item.key) & (slotCount - 1)
            while slots[slot].fingerprint != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = (fingerprint(item.key), UInt32(entries.bytes.count))
            entries.u16(UInt16(item.pairs.count))
            for (label, weight) in item.pairs {
                entries.u16(label)
                entries.i16(weight)
            }
        }
        var writer = ByteWriter()
        writer.u32(UInt32(classCount))
        writer.u32(UInt32(slotCount))
        writer.u32(UInt32(entries.bytes.count))
        writer.u32(scale.bitPattern)
        for slot in slots {
            writer.u32(slot.fingerprint)
            writer.u32(slot.entry)
        }
        writer.append(entries.bytes)
        writer.align()
        return writer.bytes
    }
}
