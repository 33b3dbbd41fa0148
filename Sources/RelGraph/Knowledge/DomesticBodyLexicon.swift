/// Domestic political bodies that act in the news: parliaments, governments' arms, oppositions.
///
/// They become organizations whose id is the English slug ("national-assembly");
/// the state they belong to comes from the words around them.
enum DomesticBodyLexicon {
    /// Whether an organization id is a domestic body, which then takes its state into its id.
    static func isBody(_ key: String) -> Bool { keys.contains(key) }

    /// "parliament" of Kosovo -> "parliament-xkx": one node per state's body.
    static func id(_ key: String, country: String) -> String { key + "-" + country.lowercased() }

    /// The body and state of an id made by `id(_:country:)`.
    static func parse(_ id: String) -> (key: String, country: String)? {
        guard let dash = id.lastIndex(of: "-") else { return nil }
        let key = String(id[..<dash])
        let country = id[id.index(after: dash)...].uppercased()
        guard keys.contains(key), CountryCodes.isStateCode(country) else { return nil }
        return (key, country)
    }

    private static let keys = Set(table.rows.map { $0[2] })

    static func entries(_ language: Language) -> [LexiconEntry] {
        table.rows.filter { $0[0] == language.rawValue || $0[0] == "*" }.map {
            LexiconEntry(surface: $0[1], key: $0[2], form: .organization)
        }
    }

    /// `language | surface | key`; the key is the English slug of the node id.
    static let table = LexiconTable("DomesticBodyLexicon", """
fr|Assemblée nationale|national-assembly
fr|Parlement|parliament
fr|Congrès|congress
fr|Sénat|senate
fr|Conseil d'État|council-of-state
fr|Cour suprême|supreme-court
fr|Tribunal suprême|supreme-court
fr|Conseil de sécurité nationale|national-security-council
en|National Assembly|national-assembly
en|Parliament|parliament
en|Congress|congress
en|Senate|senate
en|Supreme Court|supreme-court
en|House of Representatives|house-of-representatives
en|House of Commons|house-of-commons
en|National Security Council|national-security-council
es|Asamblea Nacional|national-assembly
es|Parlamento|parliament
es|Congreso|congress
es|Senado|senate
es|Corte Suprema|supreme-court
es|Tribunal Supremo|supreme-court
es|Consejo de Seguridad Nacional|national-security-council
""", columns: 3...3)
}
