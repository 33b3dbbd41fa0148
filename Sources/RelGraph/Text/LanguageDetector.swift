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

    /// The languages each function word belongs to: one hash per token instead of one per language.
    private static let languagesByWord: [String: [Language]] = {
        var table: [String: [Language]] = [:]
        for (language, words) in functionWords {
            for word in words { table[word, default: []].append(language) }
        }
        return table
    }()

    static func detect(_ tokens: [Token]) -> Language {
        var counts: [Language: Int] = [:]
        for token in tokens.prefix(4000) {
            if token.text == "¿" || token.text == "¡" { counts[.es, default: 0] += 2 }
            guard token.isWord else { continue }
            for language in languagesByWord[token.folded] ?? [] {
                counts[language, default: 0] += 1
            }
            // Distinctive letters are all non-ASCII.
            guard !token.text.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
            for (language, letters) in distinctiveLetters where token.text.unicodeScalars.contains(where: letters.contains) {
                counts[language, default: 0] += 1
            }
        }
        let ranked = Language.allCases.map { ($0, counts[$0] ?? 0) }
        return ranked.max { $0.1 < $1.1 }?.0 ?? .en
    }
}
