/// One word of a trigger, compiled once for the matcher: its bytes, and whether it is a stem ("sanction*").
///
/// The matcher asks every candidate trigger about every word of a sentence.
/// For ASCII words and patterns, byte comparison is what String comparison
/// and `Trigger.matches` answer; the rare case that is not plain ASCII is
/// handed to `Trigger.matches`, so answers never differ from it.
///
/// A class: the matcher reads a candidate's patterns one by one, and a struct was copied out of the array each time,
/// with its String and its bytes retained and released.
final class TriggerPattern: Sendable {
    /// The pattern as written in the lexicon, with its `*`.
    let source: String
    /// The bytes to compare: the word, or the stem without its `*`.
    private let bytes: [UInt8]
    private let isStem: Bool
    private let isASCII: Bool
    /// The compared bytes packed, for a quick rejection.
    let quickCheck: PatternPrefix
    /// The place of a phrase where its object stands ("declar* _ persona non grata"): one word or more, not matched.
    let isObjectSlot: Bool

    /// How a lexicon phrase writes the place of its object.
    static let objectSlot = "_"

    init(_ source: String) {
        self.source = source
        isObjectSlot = source == Self.objectSlot
        isStem = source.utf8.last == UInt8(ascii: "*")
        bytes = Array(source.utf8.dropLast(isStem ? 1 : 0))
        isASCII = source.utf8.allSatisfy { $0 < 0x80 }
        quickCheck = PatternPrefix(prefix: WordPrefix(String(decoding: bytes, as: UTF8.self)), isStem: isStem, isASCII: isASCII)
    }

    /// Whether `folded` matches, as `Trigger.matches(source, folded)` says.
    func matches(_ folded: String, of trigger: Trigger) -> Bool {
        guard isASCII else { return trigger.matches(source, folded) }
        let answer = folded.utf8.withContiguousStorageIfAvailable(bytewiseAnswer) ?? nil
        return answer ?? trigger.matches(source, folded)
    }

    /// The answer from the bytes alone, or nil when a non-ASCII byte makes Character rules matter.
    private func bytewiseAnswer(_ word: UnsafeBufferPointer<UInt8>) -> Bool? {
        if isStem {
            guard word.count >= bytes.count else { return false }
            for offset in bytes.indices where word[offset] != bytes[offset] { return false }
            // A non-ASCII scalar right after the stem might extend its last Character.
            return word.count > bytes.count && word[bytes.count] >= 0x80 ? nil : true
        }
        if word.count == bytes.count && word.elementsEqual(bytes) { return true }
        return word.contains { $0 >= 0x80 } ? nil : false
    }
}
