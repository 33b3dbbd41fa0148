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
            var hash = emptyHash
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                hash = Self.hash(hash, adding: byte)
            }
            return hash
        } ?? nil
    }

    /// FNV-1a's offset basis, the hash of no bytes. Computed, not stored: a stored static is read through
    /// its lazy initialisation check.
    static var emptyHash: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// FNV-1a's step: `hash` followed by one more byte. The tokenizer hashes scalars with it as it reads them.
    @inline(__always)
    static func hash(_ hash: UInt64, adding byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
