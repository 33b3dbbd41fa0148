/// A fixed set of folded words, asked "is this token one of them?" thousands of times a sentence.
///
/// `Set<String>` hashes every query with SipHash through String's
/// normalisation-aware hashing, a few hundred instructions for a three-letter
/// word. Folded tokens are nearly always ASCII, and for ASCII text byte
/// equality is String equality, so ASCII words live in an open-addressing
/// table keyed by a byte hash (FNV-1a). The rare other words keep String
/// semantics in a plain `Set<String>`: answers are the same as `Set<String>`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Slots of the ASCII table, a power of two of them; empty slots hold nil.
    private var slots: [Slot?]
    private var otherWords: Set<String>

    private struct Slot: Sendable {
        var hash: UInt64
        var word: String
    }

    init(_ words: some Sequence<String>) {
        let words = Array(words)
        let ascii = Set(words.filter(Self.isASCII))
        otherWords = Set(words.filter { !Self.isASCII($0) })
        // At most half full, so that a miss ends after a probe or two.
        var capacity = 8
        while capacity < ascii.count * 2 { capacity *= 2 }
        slots = Array(repeating: nil, count: capacity)
        for word in ascii.sorted() { insert(word) }
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Every word of the set, in no particular order.
    var words: [String] { slots.compactMap { $0?.word } + Array(otherWords) }

    func union(_ other: WordSet) -> WordSet {
        WordSet(words + other.words)
    }

    /// A word with its hash, for asking several sets about the same word.
    struct Key {
        let word: String
        /// The FNV-1a hash of an ASCII word; nil for any other.
        let hash: UInt64?

        init(_ word: String) {
            self.word = word
            hash = WordSet.asciiHash(word)
        }
    }

    func contains(_ word: String) -> Bool {
        contains(Key(word))
    }

    func contains(_ key: Key) -> Bool {
        guard let hash = key.hash else { return otherWords.contains(key.word) }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.hash == hash && slot.word == key.word { return true }
            index = (index + 1) & mask
        }
        return false
    }

    private mutating func insert(_ word: String) {
        guard let hash = Self.asciiHash(word) else { return }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[index] {
            if slot.word == word { return }
            index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, word: word)
    }

    /// FNV-1a over the word's bytes, or nil when a byte is not ASCII. Reads the bytes in place:
    /// iterating `String.UTF8View` costs several times more per byte.
    static func asciiHash(_ word: String) -> UInt64? {
        var word = word
        return word.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    private static func isASCII(_ word: String) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
    }
}
