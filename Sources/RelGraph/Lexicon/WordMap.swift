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

    /// The map of `dictionary`, with its lookups.
    init(_ dictionary: [String: Value]) {
        otherWords = dictionary.filter { WordKey($0.key).hash == nil }
        let asciiCount = dictionary.count - otherWords.count
        // At most half full, so that a miss ends after a probe or two. An empty map (a trie's
        // leaves, most of its nodes) keeps a single empty slot.
        var capacity = 1
        while capacity < asciiCount * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        for (word, value) in dictionary {
            guard let hash = WordKey(word).hash else { continue }
            slots[freeSlot(for: hash)] = Slot(hash: hash, word: word, value: value)
        }
    }

    /// Every word and value, in no particular order.
    var entries: [(word: String, value: Value)] {
        slots.compactMap { $0.map { ($0.word, $0.value) } } + otherWords.map { ($0.key, $0.value) }
    }

    /// True when the map has no word; answered without listing the entries.
    var isEmpty: Bool { otherWords.isEmpty && slots.allSatisfy { $0 == nil } }

    subscript(_ word: String) -> Value? {
        self[WordKey(word)]
    }

    subscript(_ key: WordKey) -> Value? {
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
