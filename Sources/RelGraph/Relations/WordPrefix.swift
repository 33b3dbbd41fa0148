/// The first sixteen bytes of a word packed in two integers, for a quick "certainly not" before matching a trigger.
///
/// The matcher tries every trigger of a bucket at every word; most fail on
/// their first word. Comparing packed bytes rejects them without touching
/// Strings or arrays (whose retains and releases dominated the matcher's
/// profile); whatever is not rejected is matched exactly by `TriggerPattern`.
struct WordPrefix: Sendable {
    fileprivate private(set) var low: UInt64 = 0
    fileprivate private(set) var high: UInt64 = 0
    /// The word's length in bytes.
    fileprivate private(set) var count = 0

    /// Words of more bytes are never rejected.
    static let capacity = 16

    init(_ word: String) {
        if word.utf8.withContiguousStorageIfAvailable({ pack($0) }) == nil {
            Array(word.utf8).withUnsafeBufferPointer { pack($0) }
        }
    }

    /// The third byte, which sorts the candidates of a bucket further (`TriggerMatcher.Bucket`); nil for a shorter word.
    var thirdByte: UInt8? { count >= 3 ? UInt8(truncatingIfNeeded: low >> 16) : nil }

    /// All the word's bytes are packed: only then does `PatternPrefix.rejects` compare them.
    var isWhole: Bool { count <= Self.capacity }

    /// Copies the first bytes into the two integers at once: byte `i` lands in bits `8 * i` of them, as shifting
    /// each byte into place would put it, in a fraction of the instructions of a loop per byte.
    private mutating func pack(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes).prefix(Self.capacity)))
        }
        low = UInt64(littleEndian: words.0)
        high = UInt64(littleEndian: words.1)
    }

    /// The masks that keep the first `length` packed bytes of each integer.
    fileprivate static func masks(forFirst length: Int) -> (low: UInt64, high: UInt64) {
        let low: UInt64 = length >= 8 ? .max : (1 << (8 * UInt64(length))) - 1
        let high: UInt64 = length >= 16 ? .max : length <= 8 ? 0 : (1 << (8 * UInt64(length - 8))) - 1
        return (low, high)
    }

    /// Whether this word's bytes kept by `masks` differ from `other`'s: then neither starts with the other's prefix.
    fileprivate func differs(from other: WordPrefix, masks: (low: UInt64, high: UInt64)) -> Bool {
        (low ^ other.low) & masks.low | (high ^ other.high) & masks.high != 0
    }
}

/// A trigger pattern's packed first bytes: a plain value, read without retaining the pattern's String and array.
struct PatternPrefix: Sendable {
    let prefix: WordPrefix
    let isStem: Bool
    let isASCII: Bool
    /// The masks of the pattern's bytes, computed once: `rejects` runs for most candidates of every word, and
    /// computing them there took more instructions than the comparison.
    private let masks: (low: UInt64, high: UInt64)
    /// Whether `rejects` compares bytes at all: only for an ASCII pattern packed whole.
    private let isComparable: Bool

    init(prefix: WordPrefix, isStem: Bool, isASCII: Bool) {
        self.prefix = prefix
        self.isStem = isStem
        self.isASCII = isASCII
        masks = WordPrefix.masks(forFirst: min(prefix.count, WordPrefix.capacity))
        isComparable = isASCII && prefix.isWhole
    }

    /// The third byte of every ASCII word this pattern may match, when `rejects` rules out all the others: the pattern
    /// is ASCII, of three bytes at least and packed whole. Nil when a word of any third byte may match.
    var requiredThirdByte: UInt8? {
        guard isASCII, prefix.isWhole else { return nil }
        return prefix.thirdByte
    }

    /// True when the ASCII pattern word (or stem, without its `*`) certainly does not match the folded word `word`
    /// (`wordIsASCII`: all its bytes are); false when only a full match can tell.
    func rejects(_ word: WordPrefix, wordIsASCII: Bool) -> Bool {
        guard isComparable else { return false }
        if isStem {
            // A shorter word, or a different byte within the stem: `Trigger.hasStem` says no at that byte.
            return word.count < prefix.count || word.differs(from: prefix, masks: masks)
        }
        // Byte inequality is String inequality only when both words are ASCII.
        guard wordIsASCII else { return false }
        return word.count != prefix.count || word.differs(from: prefix, masks: masks)
    }
}
