/// Continents, regions and blocs of opinion that are not actors.
///
/// They matter to the matcher in two ways: a region is never turned into a
/// node, and a longer region name blocks a shorter match inside it ("Europe"
/// in "Europe de l'Est", "américain" in "latino-américain", "African" in
/// "South African" is a demonym, but "West African" is a region). Regional
/// adjectives are listed in their inflected forms for the same reason.
/// The key is the English name of the region.
enum RegionLexicon {
    /// `key | surfaces`, per language.
    static let tablesByLanguage: [Language: LexiconTable] = [.fr: frenchRegions, .en: englishRegions, .es: spanishRegions]

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        Language.allCases.compactMap { tablesByLanguage[$0] }
    }

    /// Parsed once per language, on first use.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        tablesByLanguage[language]?.entries(.region) ?? []
    }

    /// Every region surface for `language`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }
}
