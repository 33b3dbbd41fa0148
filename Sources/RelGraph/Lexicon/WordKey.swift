/// A folded word with its byte hash, the form in which `WordMap` and `WordSet` look words up.
///
/// Tokens carry the hash of their folded form, computed once by the
/// tokenizer, so that the dozens of word-list questions asked about a token
/// hash nothing again.
struct WordKey: Sendable {
    let word: String
    /// The FNV-1a hash of an ASCII word; nil for any other.
    let hash: UInt64?

    init(_ word: String) {
        self.word = word
        hash = Self.asciiHash(word)
    }

    init(word: String, hash: UInt64?) {
        self.word = word
        self.hash = hash
    }

    /// FNV-1a over the word's bytes, or nil when a byte is not ASCII. Reads the bytes in place:
    /// iterating `String.UTF8View` costs several times more per byte.
    static func asciiHash(_ word: String) -> UInt64? {
        word.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        } ?? nil
    }
}
