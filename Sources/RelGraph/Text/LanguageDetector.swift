/// Guesses an article's language from its most frequent function words.
///
/// Function words are frequent, short and almost disjoint between French,
/// English and Spanish, so counting them over the first few thousand tokens
/// is enough for news text and costs nothing.
enum LanguageDetector {
    private static let functionWords: [Language: Set<String>] = [
        .fr: ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "qui", "avec", "au", "aux",
              "sur", "ont", "pas", "ce", "cette", "il", "elle", "ils", "sont", "par", "l'", "d'", "qu'", "selon",
              "un", "mais", "aussi", "tres", "ete", "avait", "leur", "ces", "dont", "ou", "apres"],
        .en: ["the", "and", "of", "to", "is", "was", "that", "with", "for", "has", "by", "on", "it", "its",
              "have", "had", "were", "are", "from", "which", "said", "this", "an", "at", "be", "their"],
        .es: ["el", "los", "las", "del", "y", "que", "por", "con", "una", "para", "es", "ha", "fue", "se",
              "su", "sus", "al", "como", "pero", "lo", "han", "sobre", "entre", "tras", "segun", "muy", "tambien",
              "hasta", "desde", "porque", "cuando", "nunca", "habia", "dijo", "ya", "donde", "sin", "asi", "esta", "este"],
    ]

    /// The language that alone uses `scalar`, for the letters only one of the three uses. A switch: one pass
    /// over a word's scalars answers for both languages, where scanning a list per language read them twice.
    private static func distinctiveLanguage(_ scalar: Unicode.Scalar) -> Language? {
        switch scalar {
        case "ñ", "Ñ": .es
        case "ç", "è", "ê", "œ", "â", "û", "ô", "ë", "î", "à": .fr
        default: nil
        }
    }

    /// Each function word with the languages it belongs to, one bit per `slot`: one lookup per token
    /// answers for all three languages, where a set per language took three.
    private static let functionWordLanguages: WordMap<Int> = {
        var bits: [String: Int] = [:]
        for language in Language.allCases {
            for word in functionWords[language] ?? [] { bits[word, default: 0] |= 1 << slot(language) }
        }
        return WordMap(bits)
    }()

    static func detect(_ tokens: [Token]) -> Language {
        // Counts in an array, not a dictionary hashed per function word.
        var counts = Array(repeating: 0, count: Language.allCases.count)
        /// Read once: a static's every access goes through its lazy initialisation check.
        let languagesOfWord = functionWordLanguages
        /// Indices, not `for token in tokens`: iterating copied every `Token` and retained its Strings.
        for index in tokens.indices.prefix(4000) {
            if tokens[index].kind == .punctuation && isInvertedMark(tokens[index].text) { counts[slot(.es)] += 2 }
            guard tokens[index].isWord else { continue }
            if let bits = languagesOfWord.value(of: tokens[index]) {
                for place in counts.indices where bits & (1 << place) != 0 { counts[place] += 1 }
            }
            // Distinctive letters are all non-ASCII.
            guard !tokens[index].isASCII else { continue }
            // A word counts once per language however many of its letters are distinctive.
            var languages = 0
            for scalar in tokens[index].text.unicodeScalars {
                if let language = distinctiveLanguage(scalar) { languages |= 1 << slot(language) }
            }
            for place in counts.indices where languages & (1 << place) != 0 { counts[place] += 1 }
        }
        let ranked = Language.allCases.map { ($0, counts[slot($0)]) }
        return ranked.max { $0.1 < $1.1 }?.0 ?? .en
    }

    /// "¿" or "¡". Both start with the byte 0xC2: other punctuation is answered from its first byte, where
    /// comparing it with a non-ASCII literal went through String's general comparison.
    static func isInvertedMark(_ text: String) -> Bool {
        text.utf8.first == 0xC2 && (text == "¿" || text == "¡")
    }

    /// A language's place in `counts`, without the String comparison a raw-value enum's `==` makes.
    private static func slot(_ language: Language) -> Int {
        switch language {
        case .fr: 0
        case .en: 1
        case .es: 2
        }
    }
}
