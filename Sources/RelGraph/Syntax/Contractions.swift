/// How the Universal Dependencies treebanks the syntax models learnt from write a contracted token
/// as several syntactic words: French "du" is "de le", English "don't" is "do n't".
///
/// The parser only knows the treebanks' words, so a token is cut the same way before it is parsed.
/// The knowledge is data, one table per language:
///
///     token   du      de le           the whole token, whatever precedes it
///     content des     de les          only after a content word ("la plupart des pays"),
///                                     not where it is the plural article ("signer des accords")
///     suffix  n't                     cut off the end of a longer token ("did" + "n't")
///
/// Spanish verbs with attached pronouns ("apoyarlos") are cut by `Enclitics`.
struct Contractions: Sendable {
    /// When a listed token is cut.
    enum Condition: Sendable, Equatable {
        case always
        /// After a word the tagger takes for a content word (`ParserWords.contentTags`).
        case afterContentWord
    }

    struct Entry: Sendable, Equatable {
        var words: [String]
        var condition: Condition
    }

    /// Tokens cut whole, keyed by their lower-cased text with plain apostrophes.
    let tokens: [String: Entry]
    /// The same entries by byte hash: asked for nearly every word of a parsed sentence, where hashing the String for
    /// the dictionary cost more than cutting the word.
    private let entries: WordMap<Entry>
    /// Endings cut off as a word of their own, lower case with plain apostrophes, longest first.
    let suffixes: [String]
    /// The length in bytes of the longest key of `tokens`.
    let longestToken: Int
    /// Every key of `tokens` is ASCII lower-case letters and apostrophes, which no string with a non-ASCII scalar
    /// equals.
    let keysAreASCIILetters: Bool
    /// For each ASCII byte, whether a key of `tokens` starts with it.
    private let keyInitials: [Bool]
    /// Every suffix holds an apostrophe ("n't", "'re"): a word without one ends with none of them.
    private let suffixesHoldApostrophe: Bool

    /// The table for `language`, parsed once.
    static func table(for language: Language) -> Contractions {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = Contractions(parsing: """
        token\tdu\tde le
        token\tau\tà le
        token\taux\tà les
        token\tduquel\tde lequel
        token\tauquel\tà lequel
        token\tauxquels\tà lesquels
        token\tauxquelles\tà lesquelles
        token\tdesquels\tde lesquels
        token\tdesquelles\tde lesquelles
        content\tdes\tde les
        """)

    private static let english = Contractions(parsing: """
        token\tcannot\tcan not
        token\tgonna\tgon na
        token\twanna\twan na
        token\tgotta\tgot ta
        suffix\tn't
        suffix\t're
        suffix\t've
        suffix\t'll
        suffix\t'm
        suffix\t'd
        """)

    private static let spanish = Contractions(parsing: """
        token\tal\ta el
        token\tdel\tde el
        """)

    /// The entry of a lower-case token, as `tokens` has it.
    func entry(for token: String) -> Entry? {
        entries[token]
    }

    /// Whether the ASCII word `bytes`, lowered, may be a key of `tokens` or end with one of the `suffixes`. Most words
    /// start with a letter no key starts with or are longer than every key, and hold no apostrophe: answered from the
    /// bytes, such a word is neither lowered nor looked up.
    func mayCut(asciiWord bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        let initial = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") ? first + 32 : first
        if bytes.count <= longestToken && Int(initial) < keyInitials.count && keyInitials[Int(initial)] { return true }
        return !suffixes.isEmpty && (!suffixesHoldApostrophe || bytes.contains(UInt8(ascii: "'")))
    }

    /// Reads a table written as above: tab-separated kind, form and words, one entry a line.
    /// The tables are compiled in, so a line of another shape is a mistake caught by the tests, skipped here.
    init(parsing table: String) {
        var tokens: [String: Entry] = [:]
        var suffixes: [String] = []
        for line in table.split(separator: "\n") {
            let columns = line.split(separator: "\t").map(String.init)
            guard columns.count >= 2 else { continue }
            let words = columns.count > 2 ? columns[2].split(separator: " ").map(String.init) : []
            switch columns[0] {
            case "token": tokens[columns[1]] = Entry(words: words, condition: .always)
            case "content": tokens[columns[1]] = Entry(words: words, condition: .afterContentWord)
            case "suffix": suffixes.append(columns[1])
            default: continue
            }
        }
        self.tokens = tokens
        entries = WordMap(tokens)
        self.suffixes = suffixes.sorted { $0.count > $1.count }
        longestToken = tokens.keys.map(\.utf8.count).max() ?? 0
        var keyInitials = [Bool](repeating: false, count: 128)
        for key in tokens.keys {
            if let first = key.utf8.first, first < 0x80 { keyInitials[Int(first)] = true }
        }
        self.keyInitials = keyInitials
        suffixesHoldApostrophe = suffixes.allSatisfy { $0.utf8.contains(UInt8(ascii: "'")) }
        keysAreASCIILetters = tokens.keys.allSatisfy { key in
            key.utf8.allSatisfy { $0 == UInt8(ascii: "'") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
        }
    }
}
