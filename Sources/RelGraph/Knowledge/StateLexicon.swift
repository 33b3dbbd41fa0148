import Foundation

/// Everything that names a state: names, demonyms, capitals and seats of power.
///
/// State names come from two sources. Foundation's CLDR data gives the
/// official short name of every ISO code in each language, so no state is
/// ever missing; the compiled alias tables add what the press writes instead
/// or as well ("URSS", "EE. UU.", "Birmanie", "Holy See", "l'État hébreu").
/// Demonyms are listed once per state as base forms and inflected by small
/// per-language rules, so every gender and number is covered without
/// listing hundreds of forms by hand.
enum StateLexicon {
    // MARK: - Public surface

    /// Every state-related entry for `language`: `.stateName`, `.demonym` and `.seat`.
    static func entries(_ language: Language) -> [LexiconEntry] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    /// The state a hyphenated compound's part stands for ("russo" → "RUS",
    /// "sino" → "CHN", "américano" → "USA"), matched without regard to case
    /// or accents. Only prefixes that do not stand alone are listed here; the
    /// matcher also tries each part as a demonym or a state name.
    static func combiningForm(_ prefix: String, _ language: Language) -> String? {
        combining[language]?[TextFolding.fold(prefix)]
    }

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        [combiningTable, cldrStoplist]
            + Language.allCases.flatMap { [aliasTables[$0], demonymTables[$0], seatTables[$0]].compactMap { $0 } }
    }

    // MARK: - Building

    /// Built once per language on first use: a document in one language
    /// does not pay for the CLDR names and tables of the other two.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        var seen = Set<LexiconEntry>()
        func add(_ surface: String, _ key: String, _ form: LexiconEntry.Form) {
            let entry = LexiconEntry(surface: surface, key: key, form: form)
            if !surface.isEmpty && seen.insert(entry).inserted { entries.append(entry) }
        }
        for (surface, key) in cldrNames(language) { add(surface, key, .stateName) }
        // "Guinea Bissau" for the table's "Guinea-Bissau": the press's names are written with the same variants as CLDR's.
        for row in aliasTables[language]?.rows ?? [] {
            for surface in LexiconTable.values(row[1]) {
                for variant in variants(of: surface, language) { add(variant, row[0], .stateName) }
            }
        }
        for row in demonymTables[language]?.rows ?? [] {
            for base in LexiconTable.values(row[1]) {
                for form in inflect(base, language) { add(form, row[0], .demonym) }
            }
        }
        for row in seatTables[language]?.rows ?? [] {
            for surface in LexiconTable.values(row[1]) { add(surface, row[0], .seat) }
        }
        return entries
    }

    /// CLDR's name of every code in `language`, with the variants a writer
    /// would type: parenthesised alternatives split out ("Myanmar (Birmanie)"
    /// gives both), straight apostrophes, "&" spelled out, "St." expanded.
    /// Former states and the display overrides come from `CountryCodes`.
    static func cldrNames(_ language: Language) -> [(String, String)] {
        let cldrNames = CountryCodes.cldrNames(language)
        var withheld: [String: Set<String>] = [:]   // surface → codes it is withheld for ("*" = all)
        for row in cldrStoplist.rows where row[0] == language.rawValue {
            let codes = LexiconTable.values(LexiconTable.field(row, 2))
            for surface in LexiconTable.values(row[1]) {
                withheld[surface, default: []].formUnion(codes.isEmpty ? ["*"] : codes)
            }
        }
        let column = (Language.allCases.firstIndex(of: language) ?? 0) + 1
        var overridden: [String: String] = [:]
        for row in CountryCodes.overrides.rows where column < row.count { overridden[row[0]] = row[column] }
        var result: [(String, String)] = []
        for code in CountryCodes.allAlpha3 {
            if let name = overridden[code] { result.append((name, code)) }
            // CLDR maps the former codes to their successors (SU → Russia): skip them.
            guard CountryCodes.status(of: code) != .former,
                  let cldr = cldrNames[code] else { continue }
            for variant in variants(of: cldr, language) {
                if let codes = withheld[variant], codes.contains("*") || codes.contains(code) { continue }
                result.append((variant, code))
            }
        }
        return result
    }

    /// Spelling variants of one CLDR name.
    private static func variants(of name: String, _ language: Language) -> [String] {
        // Nearly every name has none of the marks below, and is its only spelling: one byte scan.
        guard name.utf8.contains(where: isVariantMark) else { return [name] + joinedWithHyphen(name) }
        var forms: [String] = []
        var pieces = [name]
        if let open = name.firstIndex(of: "("), let close = name.firstIndex(of: ")"), open < close {
            let outside = name[..<open] + name[name.index(after: close)...]
            pieces = [outside.trimmingCharacters(in: .whitespaces),
                      String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)]
        }
        let and = ["fr": "et", "en": "and", "es": "y"][language.rawValue] ?? "and"
        for piece in pieces {
            var spelled = [piece, replacing(" - ", with: "-", in: piece), replacing("’", with: "'", in: piece), spacedHyphens(piece)]
            spelled.append(contentsOf: spelled.map { replacing(" & ", with: " \(and) ", in: $0) })
            spelled.append(contentsOf: spelled.map { replacing("St. ", with: "Saint ", in: $0) })
            for form in spelled where !form.isEmpty && !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// "Burkina-Faso", "Sierra-Leone": a name of two capitalised words is often written with a hyphen between them,
    /// which makes one token of it.
    private static func joinedWithHyphen(_ name: String) -> [String] {
        let words = name.split(separator: " ")
        guard words.count == 2, words.allSatisfy({ $0.first?.isUppercase == true }) else { return [] }
        return [words.joined(separator: "-")]
    }

    /// "Guinée Bissau", "Timor Leste": a hyphen between two capitalised words of a name is often written as a space.
    private static func spacedHyphens(_ name: String) -> String {
        var result = ""
        var previous: Character?
        for character in name {
            if previous == "-", character.isUppercase, result.last == "-" {
                result.removeLast()
                result.append(" ")
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// A byte of each spelling `variants` rewrites: "(", " - ", "’" (its first UTF-8 byte), " & ", "St. ".
    private static func isVariantMark(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "(") || byte == UInt8(ascii: "-") || byte == 0xE2 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: ".")
    }

    /// `text.replacingOccurrences(of:with:)`, skipping Foundation when the
    /// target's bytes do not occur, which is nearly always: the targets have
    /// no other canonically equivalent spelling, so the result is the same.
    private static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        let bytes = Array(target.utf8)
        let haystack = Array(text.utf8)
        guard haystack.count >= bytes.count,
              (0...(haystack.count - bytes.count)).contains(where: { haystack[$0..<($0 + bytes.count)].elementsEqual(bytes) })
        else { return text }
        return text.replacingOccurrences(of: target, with: replacement)
    }

    // MARK: - Inflection

    /// Every gender and number of a demonym base form. A base written with a
    /// leading `=` is irregular and taken literally, without inflection.
    static func inflect(_ base: String, _ language: Language) -> [String] {
        if base.hasPrefix("=") { return [String(base.dropFirst())] }
        switch language {
        case .fr: return inflectFrench(base)
        case .es: return inflectSpanish(base)
        case .en: return inflectEnglish(base)
        }
    }

    // MARK: - Tables

    /// CLDR names not to use as state names in a language because they are
    /// far more often a first name, a word or another place:
    /// `language | names | codes (optional: withhold only for these)`.
    /// (fr "Dominique" is a first name, "Grenade" a grenade, "Réunion" and es "Reunión" a meeting
    /// in the capitals of a title ("la Primera Reunión del Consejo");
    /// en "Jersey" is mostly New Jersey; es "Granada" a Spanish city, "San Martín" a liberator and a province; fr
    /// "Saint-Martin (partie néerlandaise)" would otherwise split into a
    /// second "Saint-Martin" or "Saint Martin"; Antarctica is a region, never an actor.) The alias tables give unambiguous forms instead.
    static let cldrStoplist = LexiconTable("StateLexicon.cldrStoplist", """
fr|Dominique; Grenade; Antarctique; Réunion; La Réunion
fr|Saint-Martin; Saint Martin|SXM
en|Jersey; Antarctica
es|Granada; Antártida; Reunión; San Martín
""", columns: 2...3)

    /// The kingdoms, which the press names again as "the kingdom", "le royaume", "el reino".
    static let kingdoms: Set<String> = ["BEL", "BHR", "BTN", "DNK", "ESP", "GBR", "JOR", "KHM", "LSO", "MAR", "NLD", "NOR",
                                        "SAU", "SWE", "SWZ", "THA", "TON"]

    /// Press names beyond CLDR's: `ISO3 | surfaces`. Articles are left out
    /// (the matcher skips them) unless they are part of the name.
    /// Bare "Congo" and "Corée"/"Korea" are left out on purpose: ambiguous.
    static let aliasTables: [Language: LexiconTable] = [.fr: frenchStateNames, .en: englishStateNames, .es: spanishStateNames]

    /// Demonym base forms: `ISO3 | bases`. Each base is inflected by the
    /// language's rule; a base written `=form` is irregular and listed as is.
    /// Left out on purpose: bare "Korean"/"coréen"/"coreano" (North or
    /// South?), "Congolese"/"congolais"/"congoleño" (which Congo?), en
    /// "Pole(s)" and "Finn" (common words and names), "English"/"anglais".
    static let demonymTables: [Language: LexiconTable] = [.fr: frenchDemonyms, .en: englishDemonyms, .es: spanishDemonyms]

    /// Capitals and seats of power used as metonyms for their state:
    /// `ISO3 | surfaces`. Left out: capitals that equal the country's name
    /// (Mexico, Singapour, Panama, Koweït, Túnez...), that are common first
    /// names or other places (Sofia, Kingston, San José; es "Santiago"),
    /// Jérusalem (status disputed), Brussels (mostly stands for the EU) and
    /// parliaments (Knesset, Capitol: not the executive).
    static let seatTables: [Language: LexiconTable] = [.fr: frenchSeats, .en: englishSeats, .es: spanishSeats]

    /// Prefixes of hyphenated compounds ("russo-ukrainien", "Sino-American",
    /// "hispano-marroquí"): `ISO3 | fr | en | es`, several forms per field.
    static let combiningTable = LexiconTable("StateLexicon.combining", """
RUS|russo|Russo|ruso; russo
SUN|soviéto; soviétique|Soviet|soviético; sovieto
CHN|sino; chinois|Sino; Chinese|sino; chino
FRA|franco; français|Franco; French|franco; francés
GBR|anglo; britannique; britannico|Anglo; British|anglo; británico
USA|américano; américain; états-unien; US|American; US; U.S.|americano; estadounidense; norteamericano; EEUU
DEU|germano; allemand|German; Germano|germano; alemán
IND|indo|Indo|indo
ITA|italo|Italo|italo
ESP|hispano|Hispano; Spanish|hispano
JPN|nippo; japono; japonais|Japanese; Nippo|nipo; japonés
TUR|turco|Turco; Turkish|turco
IRN|irano; iranien|Irano; Iranian|irano; iraní
ISR|israélo; israélien|Israeli; Israelo|israelo; israelí
SYR|syro; syrien|Syro; Syrian|sirio
UKR|ukraino; ukrainien|Ukrainian|ucraniano; ucranio
POL|polono; polonais|Polish; Polono|polaco
AUT|austro; autrichien|Austro; Austrian|austro; austriaco
BEL|belgo; belge|Belgo; Belgian|belga
CHE|helvéto; suisse|Swiss; Helveto|helvético; suizo
GRC|gréco; greco|Greco; Greek|greco; griego
PRT|luso; portugais|Luso; Portuguese|luso; portugués
PRK|nord-coréano; nord-coréen|North Korean|norcoreano
KOR|sud-coréano; sud-coréen|South Korean|surcoreano
PAK|pakistano; pakistanais|Pakistani|paquistaní; pakistaní
AFG|afghano; afghan|Afghan|afgano
SAU|saoudo; saoudien|Saudi|saudí; saudita
EGY|égypto; égyptien|Egyptian|egipcio
ARM|arméno; arménien|Armenian|armenio
AZE|azéro; azerbaïdjanais|Azerbaijani; Azeri|azerbaiyano; azerí
SRB|serbo; serbe|Serbo; Serbian|serbo; serbio
HRV|croato; croate|Croatian|croata
VEN|vénézuélo; vénézuélien|Venezuelan|venezolano
CUB|cubano; cubain|Cuban|cubano
MEX|mexicano; mexicain|Mexican|mexicano
ARG|argentino; argentin|Argentine; Argentinian|argentino
BRA|brésilo; brasilo; brésilien|Brazilian|brasileño
CAN|canado; canadien|Canadian|canadiense
PSE|palestino; palestinien|Palestinian|palestino
LBN|libano; libanais|Lebanese|libanés
IRQ|irako; irakien|Iraqi|iraquí
CZE|tchéco; tchèque|Czech|checo
""", columns: 4...4)

    /// fold(prefix) → ISO3, per language.
    private static let combining: [Language: [String: String]] = {
        var table: [Language: [String: String]] = [:]
        for (column, language) in Language.allCases.enumerated() {
            var forms: [String: String] = [:]
            for row in combiningTable.rows {
                for form in LexiconTable.values(row[column + 1]) where forms[TextFolding.fold(form)] == nil {
                    forms[TextFolding.fold(form)] = row[0]
                }
            }
            table[language] = forms
        }
        return table
    }()
}
