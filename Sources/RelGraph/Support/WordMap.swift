/// A fixed map from folded words to values, looked up for every token of a document.
///
/// `Dictionary<String, _>` hashes every query with SipHash through String's
/// normalisation-aware hashing, a few hundred instructions for a three-letter
/// word. Folded tokens are nearly always ASCII, and for ASCII text byte
/// equality is String equality, so ASCII words live in an open-addressing
/// table keyed by a byte hash (FNV-1a). The rare other words keep String
/// semantics in a plain dictionary: answers are the same as `Dictionary`'s.
struct WordMap<Value: Sendable>: Sendable {
    /// The ASCII table, a power of two of slots: each holds 0 when empty, else one more than the position of its
    /// word in the arrays below. A probe reads plain integers: copying a slot that held the word and value
    /// retained and released the word's String on every probe.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var words: [String]
    private var values: [Value]
    private var otherWords: [String: Value]

    /// The map of `dictionary`, with its lookups.
    init(_ dictionary: [String: Value]) {
        otherWords = dictionary.filter { WordKey($0.key).hash == nil }
        let asciiCount = dictionary.count - otherWords.count
        // At most a quarter full, so that most misses end at their first slot, read inline without a call to
        // `probe`: most words asked about are in no list. An empty map (a trie's leaves, most of its nodes) keeps
        // a single empty slot.
        let capacity = Self.capacity(for: asciiCount)
        slots = Array(repeating: 0, count: capacity)
        hashes = []
        words = []
        values = []
        hashes.reserveCapacity(asciiCount)
        words.reserveCapacity(asciiCount)
        values.reserveCapacity(asciiCount)
        for (word, value) in dictionary {
            guard let hash = WordKey(word).hash else { continue }
            hashes.append(hash)
            words.append(word)
            values.append(value)
            slots[freeSlot(for: hash)] = Int32(hashes.count)
        }
    }

    /// An empty map, to fill with `insert(_:for:)`.
    init() {
        self.init([:])
    }

    /// Adds `value` for `key`, or replaces the value the word has. The table grows when a quarter full, so a
    /// trie can grow its nodes' maps word by word without a `Dictionary` (and its SipHash) in between.
    mutating func insert(_ value: Value, for key: WordKey) {
        guard let hash = key.hash else { return otherWords[key.word] = value }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 {
            let entry = Int(slots[index]) - 1
            if hashes[entry] == hash && words[entry] == key.word { return values[entry] = value }
            index = (index + 1) & mask
        }
        hashes.append(hash)
        words.append(key.word)
        values.append(value)
        if hashes.count * Self.slotsPerWord > slots.count {
            rehash(capacity: Self.capacity(for: hashes.count))
        } else {
            slots[index] = Int32(hashes.count)
        }
    }

    /// Slots for each word at least: the table is at most a quarter full.
    private static var slotsPerWord: Int { 4 }

    /// The power of two of slots that holds `count` words at most a quarter full.
    private static func capacity(for count: Int) -> Int {
        var capacity = 1
        while capacity < count * slotsPerWord { capacity *= 2 }
        return capacity
    }

    /// Spreads every word over a table of `capacity` slots.
    private mutating func rehash(capacity: Int) {
        slots = Array(repeating: 0, count: capacity)
        for (position, hash) in hashes.enumerated() { slots[freeSlot(for: hash)] = Int32(position + 1) }
    }

    /// Every word and value, in no particular order.
    var entries: [(word: String, value: Value)] {
        slots.compactMap { $0 == 0 ? nil : (words[Int($0) - 1], values[Int($0) - 1]) } + otherWords.map { ($0.key, $0.value) }
    }

    /// True when the map has no word; answered without listing the entries.
    var isEmpty: Bool { otherWords.isEmpty && words.isEmpty }

    subscript(_ word: String) -> Value? {
        self[WordKey(word)]
    }

    /// Always inlined, as `value(of:)` is: the probe loop is the one call a lookup makes.
    @inline(__always)
    subscript(_ key: WordKey) -> Value? {
        guard let hash = key.hash else { return otherWords[key.word] }
        return value(hash: hash, word: key.word)
    }

    /// The value of a folded word whose hash (`WordKey.asciiHash`) the caller already holds, nil for a word that is
    /// not ASCII: a token keeps both fields, and building a `WordKey` from them would copy the String.
    @inline(__always)
    func value(folded word: String, hash: UInt64?) -> Value? {
        guard let hash else { return otherWords[word] }
        return value(hash: hash, word: word)
    }

    /// The value of an ASCII word with its hash. The first slot is read inline: most words asked about are in
    /// no list, and a table at most a quarter full answers them there, without a call.
    @inline(__always)
    private func value(hash: UInt64, word: String) -> Value? {
        let index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        guard slots[index] != 0 else { return nil }
        return probe(from: index, hash: hash, word: word)
    }

    /// The probe from an occupied slot: the String is compared only when a slot's hash is the same.
    /// Never inlined: one probe loop, not one per word-list question in the rules.
    @inline(never)
    private func probe(from start: Int, hash: UInt64, word: String) -> Value? {
        let mask = slots.count - 1
        var index = start
        while true {
            let entry = Int(slots[index])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash && words[entry - 1] == word { return values[entry - 1] }
            index = (index + 1) & mask
        }
    }

    private func freeSlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        return index
    }
}
