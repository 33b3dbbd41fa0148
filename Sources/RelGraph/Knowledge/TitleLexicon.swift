/// Titles and functions, per language, keyed by a canonical English role.
///
/// The key is what the graph shows and what the extractor compares across
/// languages: "ministre des Affaires étrangères", "canciller" and "top
/// diplomat" are all "foreign minister". Multi-word titles are single entries
/// because the matcher takes the longest match ("secrétaire général" over
/// "secrétaire", "vice-Premier ministre" over "Premier ministre").
///
/// Feminine forms are listed explicitly. Plurals are not, nor "ancien",
/// "former" or "ex-": the extractor handles those around the title.
/// Some surfaces are also ordinary words ("général", "general", "official",
/// "responsable", "diplomático"); they stay because the press uses them as
/// titles before names, and the extractor only trusts a title next to a name.
/// Left out on purpose: "sheikh"/"cheikh" (an honorific, part of names),
/// en "PM" (clock times), es "política" (mostly "policy"), bare es "fiscal"
/// (mostly the adjective).
///
/// es "canciller" is the foreign minister (Latin American and Spanish
/// usage); Germany's chancellor is "canciller federal" or needs context.
enum TitleLexicon {
    /// `role | surfaces`, per language.
    static let tablesByLanguage: [Language: LexiconTable] = [.fr: frenchTitles, .en: englishTitles, .es: spanishTitles]

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        Language.allCases.compactMap { tablesByLanguage[$0] }
    }

    /// Parsed once per language, on first use.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        guard let table = tablesByLanguage[language] else { return [] }
        // A suffixed form the table writes as a title of its own ("president-elect") keeps that title.
        let written = Set(table.rows.flatMap { LexiconTable.values($0[1]) })
        return table.entries(.title) { title in
            [title, plural(title, language)] + formerPrefixes(language).map { $0 + title }
                + pendingSuffixes(language).map { title + $0 }.filter { !written.contains($0) }
        }
    }

    /// "Foreign Minister-Designate", "foreign minister-elect": an office about to be taken, written on the title's
    /// last word. The holder acts for the office's state already.
    static func pendingSuffixes(_ language: Language) -> [String] {
        language == .en ? ["-designate", "-elect"] : []
    }

    /// "ex-président", "exministro", "ex-minister": a former office written as one word. "ancien", "former" and a
    /// separate "ex" stand before the title and are read there; these prefixes make the title a word of its own.
    static func formerPrefixes(_ language: Language) -> [String] {
        switch language {
        case .fr: ["ex-"]
        // "then-President X": the office held at the time told of, as a former one is.
        case .en: ["ex-", "then-"]
        case .es: ["ex", "ex-"]
        }
    }

    /// The plural of a title, so that "les responsables russes" or "Arab foreign ministers" read as officials.
    /// French and Spanish inflect the head noun, which comes first; English inflects the last word.
    static func plural(_ title: String, _ language: Language) -> String {
        var words = title.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return title }
        let index = language == .en ? words.count - 1 : 0
        words[index] = pluralWord(words[index], language)
        return words.joined(separator: " ")
    }

    private static func pluralWord(_ word: String, _ language: Language) -> String {
        guard let last = word.last, !"sxz".contains(last) || (language == .es && last == "z") else { return word }
        switch language {
        case .fr where word.hasSuffix("al"): return word.dropLast(2) + "aux"
        case .es where last == "z": return word.dropLast() + "ces"
        case .es where !"aeiouáéó".contains(last): return word + "es"
        case .en where last == "y" && word.count > 3: return word.dropLast() + "ies"
        default: return word + "s"
        }
    }

    /// Whether `surface` is the plural of a title of `language` and not itself a title: "ministres", "contrapartes".
    static func isPlural(_ surface: String, _ language: Language) -> Bool {
        pluralSurfaces(language).contains(surface)
    }

    /// The plurals the tables do not list as singulars, built once per language when first asked: an article
    /// reads one language, and building the others would cost as much again.
    private static func pluralSurfaces(_ language: Language) -> Set<String> {
        switch language {
        case .fr: frenchPlurals
        case .en: englishPlurals
        case .es: spanishPlurals
        }
    }

    private static let frenchPlurals = buildPlurals(.fr)
    private static let englishPlurals = buildPlurals(.en)
    private static let spanishPlurals = buildPlurals(.es)

    private static func buildPlurals(_ language: Language) -> Set<String> {
        guard let table = tablesByLanguage[language] else { return [] }
        let singulars = Set(table.rows.flatMap { LexiconTable.values($0[1]) })
        return Set(singulars.map { plural($0, language) }).subtracting(singulars)
    }

    /// Every title surface for `language`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    /// Every canonical role the tables know.
    static var roles: Set<String> {
        Set(tables.flatMap { $0.rows.map { $0[0] } })
    }
}
