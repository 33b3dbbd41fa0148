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
        Language.allCases.compactMap { tablesByLanguage[$0] } + [groupMembers]
    }

    /// Parsed once per language, on first use.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        tablesByLanguage[language]?.entries(.region) ?? []
    }

    /// The states a group of states' name stands for, by region key: "the Baltic states" are Estonia, Latvia and
    /// Lithuania. Only groups whose members the press never doubts are listed ("the Gulf states" are the Gulf
    /// Cooperation Council's six); a group's name written as an actor stands for each of them.
    static let groupMembers = LexiconTable("RegionLexicon.groups", """
Baltic states|EST; LVA; LTU
Nordic countries|DNK; FIN; ISL; NOR; SWE
Gulf states|SAU; ARE; QAT; KWT; BHR; OMN
Central Asian states|KAZ; KGZ; TJK; TKM; UZB
Koreas|PRK; KOR
""", columns: 2...2)

    /// Members by region key, parsed once on first use.
    private static let membersByKey: [String: [String]] = Dictionary(
        groupMembers.rows.map { ($0[0], LexiconTable.values($0[1])) }, uniquingKeysWith: { first, _ in first })

    /// The member states of the group of states `key` names, or nil for a region that is no such group.
    static func members(ofGroup key: String) -> [String]? {
        membersByKey[key]
    }

    /// The body a title serves when the region's adjective qualifies it ("European Commissioner", "le chef de la
    /// diplomatie européenne", "el comisario europeo" serve the EU), by region key.
    private static let titleBodies: [String: String] = ["Europe": "EU"]

    static func body(qualifyingTitlesAs key: String) -> String? {
        titleBodies[key]
    }

    /// The body a region's adjective names when it qualifies one of the body's acts ("European sanctions", "l'aide
    /// européenne", "la misión europea"): the same bodies as for titles, for the nouns of `actNouns`.
    static func body(of key: String, qualifyingAct noun: Token, in language: Language) -> String? {
        guard let body = titleBodies[key], actNouns[language]?.contains(noun) == true else { return nil }
        return body
    }

    /// Nouns of what a body does or sends, which a region's adjective qualifies as the body's.
    private static let actNouns: [Language: WordSet] = [
        .en: FunctionWords.set("sanctions sanction embargo aid mission missions mediation diplomacy delegation observers funding"),
        .fr: FunctionWords.set("sanctions sanction embargo aide mission missions médiation diplomatie délégation observateurs financement"),
        .es: FunctionWords.set("sanciones sanción embargo ayuda misión misiones mediación diplomacia delegación observadores financiación"),
    ]

    /// Every region surface for `language`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }
}
