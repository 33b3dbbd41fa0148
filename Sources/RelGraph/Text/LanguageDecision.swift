/// The language a document is read in and why: `--explain` prints it, so a short text read in the
/// wrong language is seen at once rather than giving an empty graph.
public struct LanguageDecision: Sendable, Hashable, CustomStringConvertible {
    /// Where the language came from.
    public enum Basis: Sendable, Hashable {
        /// The caller named it (`--lang`, a JSON Lines record's `lang`).
        case given
        /// The document's own cues point to it.
        case detected
        /// The cues were unclear; the language most of the corpus is in so far.
        case corpus
        /// The cues were unclear and nothing else was known: English, the language of most international news.
        case englishByDefault
    }

    public var language: Language
    public var basis: Basis
    /// How many cues of each language the detector counted; empty when the language was given.
    public var cues: [Language: Int]

    public init(language: Language, basis: Basis, cues: [Language: Int] = [:]) {
        self.language = language
        self.basis = basis
        self.cues = cues
    }

    /// A language the caller named.
    public static func given(_ language: Language) -> LanguageDecision {
        LanguageDecision(language: language, basis: .given)
    }

    /// True when the document's own words decided, or the caller did: such a decision may inform
    /// the documents after it.
    public var isCertain: Bool { basis == .given || basis == .detected }

    /// "en (detected: cues en 3, fr 0, es 1)", "en (unsure: cues en 0, fr 0, es 0; English by default)".
    public var description: String {
        let counts = "cues " + [Language.en, .fr, .es].map { "\($0.rawValue) \(cues[$0] ?? 0)" }.joined(separator: ", ")
        switch basis {
        case .given: return "\(language.rawValue) (given)"
        case .detected: return "\(language.rawValue) (detected: \(counts))"
        case .corpus: return "\(language.rawValue) (unsure: \(counts); the language of the documents before it)"
        case .englishByDefault: return "\(language.rawValue) (unsure: \(counts); English by default)"
        }
    }
}
