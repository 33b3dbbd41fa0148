/// A fixed set of folded words, asked "is this token one of them?" thousands of times a sentence.
///
/// A `WordMap` without values: ASCII words are found by a byte hash instead
/// of String's SipHash, with the same answers as `Set<String>`.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let map: WordMap<Bool>

    init(_ words: some Sequence<String>) {
        map = WordMap(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    /// No word. Shared: an empty literal builds its tables anew each time, as a default argument does per call.
    static let empty: WordSet = []

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Every word of the set, in no particular order.
    var words: [String] { map.entries.map(\.word) }

    func union(_ other: WordSet) -> WordSet {
        WordSet(words + other.words)
    }

    func contains(_ word: String) -> Bool {
        map[word] != nil
    }

    func contains(_ key: WordKey) -> Bool {
        map[key] != nil
    }

    /// Whether a folded word is in the set, with its hash (`WordKey.asciiHash`) already computed.
    @inline(__always)
    func contains(folded word: String, hash: UInt64?) -> Bool {
        map.value(folded: word, hash: hash) != nil
    }
}
