internal import CSyntaxModels

/// A trained classifier's weights: for each feature key, the classes it votes for and how strongly.
///
/// Stored as an open-addressing hash table probed in place (see `SyntaxModel` for the whole file):
///
///     u32 classCount, u32 slotCount (a power of two), u32 entryBytes, u32 layout
///     layout 0, sparse, for up to 256 classes (the tagger, the labeller):
///       slotCount × (u32 fingerprint, u32 entry offset)   fingerprint 0 marks an empty slot
///       entries: u16 pair count, then that many (u8 class, i16 weight)
///     layout 1, dense, for a few classes (the parser's three moves):
///       slotCount × (u16 fingerprint, classCount × i16 weight)
///
/// A key's low bits choose its first slot and its high bits are the fingerprint kept there instead of the
/// key. Two features are confused only when they share both: with 32 bits about once in four billion
/// probes, with the parser's 16 bits once in 65,536 probes of a full slot, a few times per thousand
/// sentences — a cost far below the accuracy that the room saved buys, since it keeps more features.
/// Weights are quantised to 16 bits with one scale per
/// table; a class's score is the integer sum of its weights, which ranks classes as the real-valued sum
/// would up to rounding.
struct WeightTable: Sendable {
    enum Layout: UInt32 {
        case sparse, dense
    }

    let bytes: ModelBytes
    let classCount: Int
    let layout: Layout
    private let mask: Int
    private let slotsOffset: Int
    private let slotBytes: Int
    private let entriesOffset: Int
    /// Bytes the table takes from its offset.
    let byteCount: Int

    init(bytes: ModelBytes, offset: Int) throws {
        guard offset >= 0, offset + 16 <= bytes.count else { throw SyntaxError.malformedModel("weight table out of bounds") }
        self.bytes = bytes
        classCount = Int(bytes.u32(at: offset))
        let slotCount = Int(bytes.u32(at: offset + 4))
        let entryBytes = Int(bytes.u32(at: offset + 8))
        guard let layout = Layout(rawValue: bytes.u32(at: offset + 12)), slotCount > 0, slotCount & (slotCount - 1) == 0,
              classCount > 0, classCount <= 256 else {
            throw SyntaxError.malformedModel("weight table header")
        }
        self.layout = layout
        mask = slotCount - 1
        slotBytes = Self.slotBytes(layout, classCount: classCount)
        slotsOffset = offset + 16
        entriesOffset = slotsOffset + slotCount * slotBytes
        byteCount = Self.aligned(16 + slotCount * slotBytes + entryBytes)
        guard offset + byteCount <= bytes.count else { throw SyntaxError.malformedModel("weight table truncated") }
        guard layout == .sparse else { return }
        // Every entry must lie inside the table and name real classes: checked once, so probing need not.
        for slot in 0..<slotCount where bytes.u32(at: slotsOffset + slot * 8) != 0 {
            let entry = Int(bytes.u32(at: slotsOffset + slot * 8 + 4))
            guard entry + 2 <= entryBytes else { throw SyntaxError.malformedModel("weight table entry out of bounds") }
            let count = Int(bytes.u16(at: entriesOffset + entry))
            guard entry + 2 + count * 3 <= entryBytes else { throw SyntaxError.malformedModel("weight table entry truncated") }
            for pair in 0..<count where Int(bytes.u8(at: entriesOffset + entry + 2 + pair * 3)) >= classCount {
                throw SyntaxError.malformedModel("weight table class out of range")
            }
        }
    }

    private static func slotBytes(_ layout: Layout, classCount: Int) -> Int {
        layout == .sparse ? 8 : 2 + 2 * classCount
    }

    private static func aligned(_ count: Int) -> Int { (count + 7) & ~7 }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt32 {
        let high = UInt32(truncatingIfNeeded: key >> 32)
        return high == 0 ? 1 : high
    }

    @inline(__always)
    static func shortFingerprint(_ key: UInt64) -> UInt16 {
        let high = UInt16(truncatingIfNeeded: key >> 48)
        return high == 0 ? 1 : high
    }

    /// Starts loading the slot where the lookup of `key` begins, so that a later `addWeights(of:to:)` finds
    /// it in cache.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        guard let base = bytes.base.baseAddress else { return }
        relgraph_prefetch(base + slotsOffset + (Int(truncatingIfNeeded: key) & mask) * slotBytes)
    }

    /// Adds the weights of every key to `scores`, all slots requested from memory before any is read.
    @inline(__always)
    func addWeights(of keys: [UInt64], to scores: UnsafeMutableBufferPointer<Int32>) {
        // The classes were checked against the table once, when it was opened: no need to check them per weight.
        guard let scores = scores.baseAddress else { return }
        for key in keys { prefetch(key) }
        for key in keys { addWeights(of: key, to: scores) }
    }

    /// Adds the weights of `key` to `scores` (one per class); a key the table does not hold adds nothing.
    @inline(__always)
    func addWeights(of key: UInt64, to scores: UnsafeMutablePointer<Int32>) {
        var slot = Int(truncatingIfNeeded: key) & mask
        if layout == .dense {
            let fingerprint = Self.shortFingerprint(key)
            while true {
                let at = slotsOffset + slot * slotBytes
                let stored = bytes.u16(at: at)
                if stored == fingerprint {
                    for label in 0..<classCount { scores[label] &+= Int32(bytes.i16(at: at + 2 + label * 2)) }
                    return
                }
                if stored == 0 { return }
                slot = (slot + 1) & mask
            }
        }
        let fingerprint = Self.fingerprint(key)
        while true {
            let at = slotsOffset + slot * 8
            let stored = bytes.u32(at: at)
            if stored == fingerprint {
                var entry = entriesOffset + Int(bytes.u32(at: at + 4))
                let count = Int(bytes.u16(at: entry))
                entry += 2
                for _ in 0..<count {
                    scores[Int(bytes.u8(at: entry))] &+= Int32(bytes.i16(at: entry + 1))
                    entry += 3
                }
                return
            }
            if stored == 0 { return }
            slot = (slot + 1) & mask
        }
    }

    /// The table's bytes for `weights`, averaged real-valued weights per feature key, in at most
    /// `budget` bytes; dense when there are at most four classes.
    ///
    /// Features are kept strongest first (by their largest weight) while the table fits the budget: most
    /// of a perceptron's features are rare words and word pairs whose averaged votes are tiny, and dropping
    /// them shrinks a model several times at little cost. Ties go to the smaller key, so the same weights
    /// give the same bytes.
    static func encode(_ weights: [UInt64: [Float]], classCount: Int, budget: Int) -> [UInt8] {
        let layout: Layout = classCount <= 4 ? .dense : .sparse
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
        let slotBytes = slotBytes(layout, classCount: classCount)
        var kept = 0, entryBytes = 0
        while kept < candidates.count {
            let entries = layout == .dense ? 0 : entryBytes + 2 + candidates[kept].pairs.count * 3
            guard aligned(16 + slotCount(for: kept + 1) * slotBytes + entries) <= budget else { break }
            entryBytes = entries
            kept += 1
        }
        let chosen = candidates[..<kept].sorted { $0.key < $1.key }.map { ($0.key, $0.pairs) }
        return write(chosen, classCount: classCount, layout: layout)
    }

    /// Slots for `count` keys: a power of two at least one and a half times as many, so probes stay short.
    private static func slotCount(for count: Int) -> Int {
        var slots = 16
        while slots < count * 3 / 2 { slots *= 2 }
        return slots
    }

    private static func write(_ kept: [(key: UInt64, pairs: [(UInt16, Int16)])], classCount: Int, layout: Layout) -> [UInt8] {
        let slotCount = slotCount(for: kept.count)
        var slots = [(fingerprint: UInt32, item: Int)](repeating: (0, -1), count: slotCount)
        for (index, item) in kept.enumerated() {
            var slot = Int(truncatingIfNeeded: item.key) & (slotCount - 1)
            while slots[slot].fingerprint != 0 { slot = (slot + 1) & (slotCount - 1) }
            slots[slot] = (layout == .dense ? UInt32(shortFingerprint(item.key)) : fingerprint(item.key), index)
        }
        var entries = ByteWriter()
        var body = ByteWriter()
        for slot in slots {
            switch layout {
            case .dense:
                body.u16(UInt16(truncatingIfNeeded: slot.fingerprint))
                var row = [Int16](repeating: 0, count: classCount)
                if slot.item >= 0 { for (label, weight) in kept[slot.item].pairs { row[Int(label)] = weight } }
                for weight in row { body.i16(weight) }
            case .sparse:
                body.u32(slot.fingerprint)
                body.u32(UInt32(entries.bytes.count))
                guard slot.item >= 0 else { continue }
                entries.u16(UInt16(kept[slot.item].pairs.count))
                for (label, weight) in kept[slot.item].pairs {
                    entries.u8(UInt8(label))
                    entries.i16(weight)
                }
            }
        }
        var writer = ByteWriter()
        writer.u32(UInt32(classCount))
        writer.u32(UInt32(slotCount))
        writer.u32(UInt32(entries.bytes.count))
        writer.u32(layout.rawValue)
        writer.append(body.bytes)
        writer.append(entries.bytes)
        writer.align()
        return writer.bytes
    }
}
