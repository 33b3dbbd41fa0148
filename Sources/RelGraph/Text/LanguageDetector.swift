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

    /// Letters only one of the three languages uses.
    private static let distinctiveLetters: [Language: Set<Unicode.Scalar>] = [
        .es: ["ñ", "Ñ"],
        .fr: ["ç", "è", "ê", "œ", "â", "û", "ô", "ë", "î", "à"],
    ]

    /// The function words of each language in `Language.allCases` order, as byte-hashed sets.
    private static let functionWordSets: [(language: Language, words: WordSet)] =
        Language.allCases.map { ($0, WordSet(functionWords[$0] ?? [])) }

    static func detect(_ tokens: [Token]) -> Language {
        // Counts in `Language.allCases` order: an array, not a dictionary hashed per function word.
        var counts = Array(repeating: 0, count: Language.allCases.count)
        func count(_ language: Language, _ amount: Int = 1) {
            counts[Language.allCases.firstIndex(of: language)!] += amount
        }
        for token in tokens.prefix(4000) {
            if token.kind == .punctuation && (token.text == "¿" || token.text == "¡") { count(.es, 2) }
            guard token.isWord else { continue }
            for (language, words) in functionWordSets where words.contains(token) {
                count(language)
            }
            // Distinctive letters are all non-ASCII.
            guard !token.text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            for (language, letters) in distinctiveLetters where token.text.unicodeScalars.contains(where: letters.contains) {
                count(language)
            }
        }
        let ranked = zip(Language.allCases, counts).map { ($0, $1) }
        return ranked.max { $0.1 < $1.1 }?.0 ?? .en
    }
}
