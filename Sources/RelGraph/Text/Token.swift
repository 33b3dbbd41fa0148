/// A word, number or punctuation mark of a document, with where it stands.
///
/// Offsets count Unicode scalars from the start of the document. `folded`
/// is the lower-cased, accent-free form every lexicon lookup uses, computed
/// once here so the matchers never fold again.
struct Token: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case word
        case number
        case punctuation
    }

    var text: String
    var folded: String
    /// `WordKey`'s hash of `folded`, computed once here for the word lists' lookups.
    var foldedHash: UInt64?
    var kind: Kind
    var start: Int
    var end: Int
    /// A line break separates this token from the previous one: headlines and captions end there.
    var followsLineBreak: Bool
    /// Starts with an upper-case letter: the cheapest sign of a proper name.
    ///
    /// Set by the tokenizer from the scalar it already holds: the rules ask it of nearly every token,
    /// several times each, and would otherwise decode the first scalar of the text every time.
    var isCapitalized: Bool
    /// The text is all ASCII.
    ///
    /// Set by the tokenizer, whose pass over an ASCII token's scalars tells it for nothing: the language
    /// detector asks it of every word, and reading the bytes again cost more than the rest of its test.
    var isASCII: Bool
    /// The folded form has a hyphen: the only words that may be compounds such as "russo-ukrainien".
    ///
    /// Set by the tokenizer once (`Tokenizer.hasHyphen(folded:)`): the actor rules ask it of most words,
    /// several times each, and each asking scanned the folded bytes.
    var isHyphenated: Bool

    var isWord: Bool { kind == .word }

    /// The folded form as a word-list key.
    var key: WordKey { WordKey(word: folded, hash: foldedHash) }


    /// The text holds a full stop ("U.S", "EE.UU"): the only words that may be dotted acronyms. Reads the bytes in
    /// place: `text.contains(".")` is Foundation's substring search, which costs thousands of instructions a word.
    var hasFullStop: Bool {
        let stop = UInt8(ascii: ".")
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(stop) } ?? text.utf8.contains(stop)
    }

    /// Two or more letters, all upper case: an acronym such as "OTAN" or "U.S".
    var isAllCaps: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where ScalarClass.isLetter(scalar) {
            guard ScalarClass.isUppercase(scalar) else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
