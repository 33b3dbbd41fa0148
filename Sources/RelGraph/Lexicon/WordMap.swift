/// A fixed map from folded words to values, looked up for every token of a document.
///
/// `Dictionary<String, _>` hashes every query with SipHash through String's
/// normalisation-aware hashing, a few hundred instructions for a three-letter
/// word. Folded tokens are nearly always ASCII, and for ASCII text byte
/// equality is String equality, so ASCII words live in an open-addressing
/// table keyed by a byte hash (FNV-1a). The rare other words keep String
/// semantics in a plain dictionary: answers are the same as `Dictionary`'s.
struct WordMap<Value: Sendable>: Sendable {
    /// Slots of the ASCII table, a power of two of them; empty slots hold nil.
    private var slots: [Slot?]
    private var otherWords: [String: Value]

    private struct Slot: Sendable {
        var hash: UInt64
        var word: String
        var value: Value
    }

    /// A word with its hash, for asking several maps about the same word.
    struct Key {
        let word: String
        /// The FNV-1a hash of an ASCII word; nil for any other.
        let hash: UInt64?

        init(_ word: String) {
            self.word = word
            hash = asciiHash(word)
        }
    }

    /// The map of `dictionary`, with its lookups.
    init(_ dictionary: [String: Value]) {
        otherWords = dictionary.filter { Key($0.key).hash == nil }
        let asciiCount = dictionary.count - otherWords.count
        // At most half full, so that a miss ends after a probe or two.
        var capacity = 8
        while capacity < asciiCount * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        for (word, value) in dictionary {
            guard let hash = Key(word).hash else { continue }
            slots[freeSlot(for: hash)] = Slot(hash: hash, word: word, value: value)
        }
    }

    /// Every word and value, in no particular order.
    var entries: [(word: String, value: Value)] {
        slots.compactMap { $0.map { ($0.word, $0.value) } } + otherWords.map { ($0.key, $0.value) }
    }

    var isEmpty: Bool { entries.isEmpty }

    subscript(_ word: String) -> Value? {
        self[Key(word)]
    }

    subscript(_ key: Key) -> Value? {
        guard let hash = key.hash else { return otherWords[key.word] }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.word == key.word { return slot.value }
            index = (index + 1) & mask
        }
        return nil
    }

    private func freeSlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != nil { index = (index + 1) & mask }
        return index
    }
}

/// FNV-1a over the word's bytes, or nil when a byte is not ASCII. Reads the bytes in place:
/// iterating `String.UTF8View` costs several times more per byte.
private func asciiHash(_ word: String) -> UInt64? {
    word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    } ?? nil
}
