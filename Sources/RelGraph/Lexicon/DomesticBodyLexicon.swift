import Foundation

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

    private static let keys = Set(Language.allCases.flatMap { entries($0).map(\.key) })

    static func entries(_ language: Language) -> [LexiconEntry] {
        table.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 2, fields[0] == language.rawValue || fields[0] == "*" else { return nil }
            let parts = fields[1].split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { return nil }
            return LexiconEntry(surface: parts[0], key: parts[1], form: .organization)
        }
    }

    private static let table = """
        fr | Assemblée nationale = national-assembly
        fr | Parlement = parliament
        fr | Congrès = congress
        fr | Sénat = senate
        fr | Conseil d'État = council-of-state
        fr | Cour suprême = supreme-court
        fr | Tribunal suprême = supreme-court
        en | National Assembly = national-assembly
        en | Parliament = parliament
        en | Congress = congress
        en | Senate = senate
        en | Supreme Court = supreme-court
        en | House of Representatives = house-of-representatives
        en | House of Commons = house-of-commons
        es | Asamblea Nacional = national-assembly
        es | Parlamento = parliament
        es | Congreso = congress
        es | Senado = senate
        es | Corte Suprema = supreme-court
        es | Tribunal Supremo = supreme-court
        """
}
