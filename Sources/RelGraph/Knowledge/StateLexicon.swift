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
        for row in aliasTables[language]?.rows ?? [] {
            for surface in LexiconTable.values(row[1]) { add(surface, row[0], .stateName) }
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
        guard name.utf8.contains(where: isVariantMark) else { return [name] }
        var forms: [String] = []
        var pieces = [name]
        if let open = name.firstIndex(of: "("), let close = name.firstIndex(of: ")"), open < close {
            let outside = name[..<open] + name[name.index(after: close)...]
            pieces = [outside.trimmingCharacters(in: .whitespaces),
                      String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)]
        }
        let and = ["fr": "et", "en": "and", "es": "y"][language.rawValue] ?? "and"
        for piece in pieces {
            var spelled = [piece, replacing(" - ", with: "-", in: piece), replacing("’", with: "'", in: piece)]
            spelled.append(contentsOf: spelled.map { replacing(" & ", with: " \(and) ", in: $0) })
            spelled.append(contentsOf: spelled.map { replacing("St. ", with: "Saint ", in: $0) })
            for form in spelled where !form.isEmpty && !forms.contains(form) { forms.append(form) }
        }
        return forms
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

    /// French: -e is epicene (russe, russes); -s/-x/-z keep the masculine
    /// plural (français, française, françaises); -en/-on double the n
    /// (vénézuélienne, lettonne); anything else adds -e, -s, -es
    /// (américaine, marocains, émiraties).
    static func inflectFrench(_ base: String) -> [String] {
        if base.hasSuffix("e") { return [base, base + "s"] }
        if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") {
            return [base, base + "e", base + "es"]
        }
        if base.hasSuffix("en") || base.hasSuffix("on") {
            return [base, base + "ne", base + "s", base + "nes"]
        }
        return [base, base + "e", base + "s", base + "es"]
    }

    /// Spanish: -o → -a/-os/-as; -a and -e only take -s (belga, estadounidense);
    /// stressed -í/-ú take -es (marroquíes); -és/-án/-ín/-ón lose the accent
    /// when a syllable is added (francesa, alemanes, letonas); other
    /// consonants add -a/-es/-as (española, mongoles).
    static func inflectSpanish(_ base: String) -> [String] {
        if base.hasSuffix("o") {
            let stem = String(base.dropLast())
            return [base, stem + "a", base + "s", stem + "as"]
        }
        if base.hasSuffix("a") || base.hasSuffix("e") { return [base, base + "s"] }
        if base.hasSuffix("í") || base.hasSuffix("ú") { return [base, base + "es"] }
        let accented: [(String, String)] = [("és", "es"), ("án", "an"), ("ín", "in"), ("ón", "on")]
        for (suffix, plain) in accented where base.hasSuffix(suffix) {
            let stem = String(base.dropLast(2)) + plain
            return [base, stem + "a", stem + "es", stem + "as"]
        }
        return [base, base + "a", base + "es", base + "as"]
    }

    /// English: adjectives do not inflect; those that double as nouns take
    /// -s (Russians, Iraqis). Adjective-only endings (-ese, -ish, -ch, -ss,
    /// -ic, -z) do not.
    static func inflectEnglish(_ base: String) -> [String] {
        let adjectiveOnly = ["ese", "sh", "ch", "ss", "ic", "z", "y"]
        if adjectiveOnly.contains(where: { base.hasSuffix($0) }) { return [base] }
        return [base, base + "s"]
    }

    // MARK: - Tables

    /// CLDR names not to use as state names in a language because they are
    /// far more often a first name, a word or another place:
    /// `language | names | codes (optional: withhold only for these)`.
    /// (fr "Maurice" is a first name, "Dominique" too, "Grenade" a grenade;
    /// en "Jersey" is mostly New Jersey; es "Granada" a Spanish city; fr
    /// "Saint-Martin (partie néerlandaise)" would otherwise split into a
    /// second "Saint-Martin"; Antarctica is a region, never an actor.) The alias tables give unambiguous forms instead.
    static let cldrStoplist = LexiconTable("StateLexicon.cldrStoplist", """
fr|Maurice; Dominique; Grenade; Antarctique
fr|Saint-Martin|SXM
en|Jersey; Antarctica
es|Granada; Antártida
""", columns: 2...3)

    /// Press names beyond CLDR's: `ISO3 | surfaces`. Articles are left out
    /// (the matcher skips them) unless they are part of the name.
    /// Bare "Congo" and "Corée"/"Korea" are left out on purpose: ambiguous.
    static let aliasTables: [Language: LexiconTable] = [
        .fr: LexiconTable("StateLexicon.aliases.fr", """
USA|États-Unis; Etats-Unis; États-Unis d'Amérique; USA; US
GBR|Royaume-Uni; Grande-Bretagne
RUS|Russie; Fédération de Russie
SUN|URSS; Union soviétique; Union des républiques socialistes soviétiques
CHN|Chine; République populaire de Chine; RPC; Chine populaire
TWN|Taïwan; Taiwan; République de Chine
KOR|Corée du Sud; République de Corée
PRK|Corée du Nord; République populaire démocratique de Corée; RPDC
CZE|République tchèque; Tchéquie
CSK|Tchécoslovaquie
COD|RDC; RD Congo; République démocratique du Congo; Congo-Kinshasa; Congo Kinshasa
COG|Congo-Brazzaville; Congo Brazzaville; République du Congo
MMR|Myanmar; Birmanie
VAT|Vatican; Saint-Siège; Cité du Vatican
PSE|Palestine; État de Palestine; Etat de Palestine; Autorité palestinienne
IRN|Iran; République islamique d'Iran
SYR|Syrie
VEN|Venezuela; Vénézuela; République bolivarienne du Venezuela
NLD|Pays-Bas; Hollande
ARE|Émirats arabes unis; Emirats arabes unis; EAU; Émirats; Emirats
SAU|Arabie saoudite; Arabie Saoudite
MKD|Macédoine du Nord; Macédoine
BLR|Biélorussie; Bélarus; Belarus
MDA|Moldavie; Moldova
CIV|Côte d'Ivoire; Cote d'Ivoire
TLS|Timor oriental; Timor-Leste
DEU|Allemagne; RFA; Allemagne de l'Ouest; République fédérale d'Allemagne
DDR|RDA; Allemagne de l'Est; République démocratique allemande
YUG|Yougoslavie
BIH|Bosnie; Bosnie-Herzégovine
VNM|Viêt Nam; Vietnam; Viet Nam
IRQ|Irak; Iraq
KWT|Koweït; Koweit
BHR|Bahreïn; Bahrein
QAT|Qatar
YEM|Yémen; Yemen
ISR|Israël; Israel; État hébreu; Etat hébreu
EGY|Égypte; Egypte
ETH|Éthiopie; Ethiopie
ERI|Érythrée; Erythrée
ECU|Équateur; Equateur
DZA|Algérie
MAR|Maroc; Royaume chérifien
KGZ|Kirghizstan; Kirghizie
SSD|Soudan du Sud; Sud-Soudan
CAF|Centrafrique; République centrafricaine
GNQ|Guinée équatoriale
SWZ|Eswatini; Swaziland
MUS|île Maurice; Île Maurice
SLV|Salvador; El Salvador
HTI|Haïti; Haiti
CPV|Cap-Vert; Cabo Verde
XKX|Kosovo
TUR|Turquie
ZAF|Afrique du Sud
USA|Etats-Unis d'Amérique
""", columns: 2...2),
        .en: LexiconTable("StateLexicon.aliases.en", """
USA|United States; United States of America; U.S.; US; USA; U.S.A.
GBR|United Kingdom; UK; U.K.; Britain; Great Britain
RUS|Russia; Russian Federation
SUN|USSR; U.S.S.R.; Soviet Union
CHN|China; People's Republic of China; PRC; mainland China
TWN|Taiwan; Republic of China
KOR|South Korea; Republic of Korea; ROK
PRK|North Korea; DPRK; Democratic People's Republic of Korea
CZE|Czech Republic; Czechia
CSK|Czechoslovakia
COD|DRC; DR Congo; Democratic Republic of Congo; Democratic Republic of the Congo; Congo-Kinshasa
COG|Republic of Congo; Republic of the Congo; Congo-Brazzaville
MMR|Myanmar; Burma
VAT|Vatican; Holy See; Vatican City
PSE|Palestine; State of Palestine; Palestinian Authority; Palestinian Territories
IRN|Iran; Islamic Republic of Iran
SYR|Syria
VEN|Venezuela
NLD|Netherlands; Holland
ARE|United Arab Emirates; UAE; U.A.E.
SAU|Saudi Arabia
MKD|North Macedonia; Macedonia
BLR|Belarus
MDA|Moldova
CIV|Ivory Coast; Côte d'Ivoire; Cote d'Ivoire
TLS|East Timor; Timor-Leste
DEU|Germany; West Germany; Federal Republic of Germany; FRG
DDR|East Germany; GDR; German Democratic Republic
YUG|Yugoslavia
BIH|Bosnia; Bosnia and Herzegovina; Bosnia-Herzegovina
VNM|Vietnam; Viet Nam
TUR|Turkey; Türkiye; Turkiye
SWZ|Eswatini; Swaziland
CPV|Cape Verde; Cabo Verde
GMB|Gambia
ISR|Israel
IRQ|Iraq
KWT|Kuwait
QAT|Qatar
BHR|Bahrain
YEM|Yemen
EGY|Egypt
SSD|South Sudan
CAF|Central African Republic
MUS|Mauritius
XKX|Kosovo
ZAF|South Africa
KGZ|Kyrgyzstan; Kirghizia
TTO|Trinidad and Tobago
""", columns: 2...2),
        .es: LexiconTable("StateLexicon.aliases.es", """
USA|Estados Unidos; EE.UU.; EE. UU.; EEUU; USA
GBR|Reino Unido; Gran Bretaña
RUS|Rusia; Federación de Rusia; Federación Rusa
SUN|URSS; Unión Soviética
CHN|China; República Popular China; República Popular de China
TWN|Taiwán; Taiwan
KOR|Corea del Sur; República de Corea
PRK|Corea del Norte; República Popular Democrática de Corea; RPDC
CZE|República Checa; Chequia
CSK|Checoslovaquia
COD|RDC; RD Congo; República Democrática del Congo; Congo-Kinshasa
COG|República del Congo; Congo-Brazzaville
MMR|Myanmar; Birmania
VAT|Vaticano; Santa Sede; Ciudad del Vaticano
PSE|Palestina; Estado de Palestina; Autoridad Palestina; Autoridad Nacional Palestina
IRN|Irán; Iran; República Islámica de Irán
SYR|Siria
VEN|Venezuela; República Bolivariana de Venezuela
NLD|Países Bajos; Holanda
ARE|Emiratos Árabes Unidos; Emiratos Arabes Unidos; EAU; Emiratos
SAU|Arabia Saudí; Arabia Saudita
MKD|Macedonia del Norte; Macedonia
BLR|Bielorrusia; Belarús
MDA|Moldavia; Moldova
CIV|Costa de Marfil; Côte d'Ivoire
TLS|Timor Oriental
DEU|Alemania; RFA; Alemania Occidental; República Federal de Alemania
DDR|RDA; Alemania Oriental; Alemania del Este; República Democrática Alemana
YUG|Yugoslavia
BIH|Bosnia; Bosnia-Herzegovina
VNM|Vietnam
TUR|Turquía
IRQ|Irak; Iraq
QAT|Catar; Qatar
KWT|Kuwait
BHR|Baréin; Bahréin; Bahrein
ISR|Israel; Estado hebreo; Estado judío
ZAF|Sudáfrica
CAF|República Centroafricana; Centroáfrica
SLV|El Salvador
MEX|México
PER|Perú
BRA|Brasil
JPN|Japón
SWZ|Esuatini; Suazilandia
CPV|Cabo Verde
KEN|Kenia; Kenya
RWA|Ruanda; Rwanda
BGD|Bangladés; Bangladesh
MAR|Marruecos
SSD|Sudán del Sur
XKX|Kosovo
""", columns: 2...2),
    ]

    /// Demonym base forms: `ISO3 | bases`. Each base is inflected by the
    /// language's rule; a base written `=form` is irregular and listed as is.
    /// Left out on purpose: bare "Korean"/"coréen"/"coreano" (North or
    /// South?), "Congolese"/"congolais"/"congoleño" (which Congo?), en
    /// "Pole(s)" and "Finn" (common words and names), "English"/"anglais".
    static let demonymTables: [Language: LexiconTable] = [
        .fr: LexiconTable("StateLexicon.demonyms.fr", """
RUS|russe
SUN|soviétique
USA|américain; états-unien; étatsunien
GBR|britannique
FRA|français
DEU|allemand; ouest-allemand
DDR|est-allemand
ESP|espagnol
ITA|italien
PRT|portugais
NLD|néerlandais; hollandais
BEL|belge
LUX|luxembourgeois
CHE|suisse; helvétique
AUT|autrichien
IRL|irlandais
DNK|danois
SWE|suédois
NOR|norvégien
FIN|finlandais
ISL|islandais
POL|polonais
CZE|tchèque
CSK|tchécoslovaque
SVK|slovaque
HUN|hongrois
ROU|roumain
BGR|bulgare
GRC|=grec; =grecque; =grecs; =grecques
CYP|chypriote; cypriote
MLT|maltais
SRB|serbe
HRV|croate
BIH|bosnien
SVN|slovène
MNE|monténégrin
MKD|macédonien; nord-macédonien
ALB|albanais
XKX|kosovar
YUG|yougoslave
LTU|lituanien
LVA|letton
EST|estonien
BLR|biélorusse; bélarusse
UKR|ukrainien
MDA|moldave
GEO|géorgien
ARM|arménien
AZE|azerbaïdjanais; azéri
KAZ|kazakh; kazakhstanais
UZB|=ouzbek; =ouzbèke; =ouzbeks; =ouzbèkes
KGZ|kirghiz
TJK|tadjik
TKM|turkmène
TUR|=turc; =turque; =turcs; =turques
IRN|iranien
IRQ|irakien
SYR|syrien
LBN|libanais
ISR|israélien
PSE|palestinien
JOR|jordanien
SAU|saoudien
YEM|yéménite
OMN|omanais
ARE|émirati; émirien
QAT|qatari; qatarien
KWT|koweïtien; koweitien
BHR|bahreïni; bahreïnien
EGY|égyptien
LBY|libyen
TUN|tunisien
DZA|algérien
MAR|marocain
MRT|mauritanien
MLI|malien
NER|nigérien
NGA|nigérian
TCD|tchadien
SDN|soudanais
SSD|sud-soudanais
ETH|éthiopien
ERI|érythréen
SOM|somalien
DJI|djiboutien
KEN|kényan; kenyan
UGA|ougandais
TZA|tanzanien
RWA|rwandais
BDI|burundais
GAB|gabonais
CMR|camerounais
CAF|centrafricain
SEN|sénégalais
CIV|ivoirien
GHA|ghanéen
BFA|burkinabé; =burkinabè
GIN|guinéen
BEN|béninois
TGO|togolais
LBR|libérien
SLE|sierra-léonais
AGO|angolais
MOZ|mozambicain
ZWE|zimbabwéen
ZMB|zambien
ZAF|sud-africain
NAM|namibien
BWA|botswanais
MDG|malgache
MUS|mauricien
AFG|afghan
PAK|pakistanais
IND|indien
BGD|bangladais
LKA|sri-lankais
NPL|népalais
CHN|chinois
JPN|japonais; nippon
PRK|nord-coréen
KOR|sud-coréen
MNG|mongol
VNM|vietnamien
THA|thaïlandais
KHM|cambodgien
LAO|laotien
MMR|birman
MYS|malaisien
IDN|indonésien
PHL|philippin
SGP|singapourien
TWN|taïwanais; taiwanais
AUS|australien
NZL|néo-zélandais
CAN|canadien
MEX|mexicain
CUB|cubain
VEN|vénézuélien; venezuelien
COL|colombien
BRA|brésilien
ARG|argentin
CHL|chilien
PER|péruvien
BOL|bolivien
ECU|équatorien
URY|uruguayen
PRY|paraguayen
NIC|nicaraguayen
HND|hondurien
GTM|guatémaltèque
SLV|salvadorien
CRI|costaricien; costaricain
PAN|panaméen
HTI|haïtien
DOM|dominicain
JAM|jamaïcain
MCO|monégasque
AND|andorran
""", columns: 2...2),
        .en: LexiconTable("StateLexicon.demonyms.en", """
RUS|Russian
SUN|Soviet
USA|American
GBR|British; Briton
FRA|French; =Frenchman; =Frenchmen; =Frenchwoman; =Frenchwomen
DEU|German; West German
DDR|East German
ESP|Spanish; Spaniard
ITA|Italian
PRT|Portuguese
NLD|Dutch; =Dutchman; =Dutchmen
BEL|Belgian
LUX|Luxembourgish; Luxembourger
CHE|Swiss
AUT|Austrian
IRL|Irish
DNK|Danish; Dane
SWE|Swedish; Swede
NOR|Norwegian
FIN|Finnish; =Finns
ISL|Icelandic; Icelander
POL|Polish
CZE|Czech; =Czechs
CSK|Czechoslovak
SVK|Slovak
HUN|Hungarian
ROU|Romanian
BGR|Bulgarian
GRC|Greek
CYP|Cypriot
MLT|Maltese
SRB|Serbian; Serb
HRV|Croatian; Croat
BIH|Bosnian
SVN|Slovenian; Slovene
MNE|Montenegrin
MKD|Macedonian; North Macedonian
ALB|Albanian
XKX|Kosovar; Kosovan
YUG|Yugoslav
LTU|Lithuanian
LVA|Latvian
EST|Estonian
BLR|Belarusian
UKR|Ukrainian
MDA|Moldovan
GEO|Georgian
ARM|Armenian
AZE|Azerbaijani; Azeri
KAZ|Kazakh
UZB|Uzbek
KGZ|Kyrgyz
TJK|Tajik
TKM|Turkmen
TUR|Turkish; Turk
IRN|Iranian
IRQ|Iraqi
SYR|Syrian
LBN|Lebanese
ISR|Israeli
PSE|Palestinian
JOR|Jordanian
SAU|Saudi
YEM|Yemeni
OMN|Omani
ARE|Emirati
QAT|Qatari
KWT|Kuwaiti
BHR|Bahraini
EGY|Egyptian
LBY|Libyan
TUN|Tunisian
DZA|Algerian
MAR|Moroccan
MRT|Mauritanian
MLI|Malian
NER|Nigerien
NGA|Nigerian
TCD|Chadian
SDN|Sudanese
SSD|South Sudanese
ETH|Ethiopian
ERI|Eritrean
SOM|Somali
DJI|Djiboutian
KEN|Kenyan
UGA|Ugandan
TZA|Tanzanian
RWA|Rwandan
BDI|Burundian
GAB|Gabonese
CMR|Cameroonian
CAF|Central African
SEN|Senegalese
CIV|Ivorian
GHA|Ghanaian
BFA|Burkinabe; Burkinabè
GIN|Guinean
BEN|Beninese
TGO|Togolese
LBR|Liberian
SLE|Sierra Leonean
AGO|Angolan
MOZ|Mozambican
ZWE|Zimbabwean
ZMB|Zambian
ZAF|South African
NAM|Namibian
MDG|=Malagasy
MUS|Mauritian
AFG|Afghan
PAK|Pakistani
IND|Indian
BGD|Bangladeshi
LKA|Sri Lankan
NPL|Nepali; Nepalese
CHN|Chinese
JPN|Japanese
PRK|North Korean
KOR|South Korean
MNG|Mongolian
VNM|Vietnamese
THA|Thai
KHM|Cambodian
LAO|Laotian
MMR|Burmese
MYS|Malaysian
IDN|Indonesian
PHL|Filipino; =Philippine
SGP|Singaporean
TWN|Taiwanese
AUS|Australian
NZL|New Zealander
CAN|Canadian
MEX|Mexican
CUB|Cuban
VEN|Venezuelan
COL|Colombian
BRA|Brazilian
ARG|Argentine; Argentinian
CHL|Chilean
PER|Peruvian
BOL|Bolivian
ECU|Ecuadorian; Ecuadorean
URY|Uruguayan
PRY|Paraguayan
NIC|Nicaraguan
HND|Honduran
GTM|Guatemalan
SLV|Salvadoran; Salvadorean
CRI|Costa Rican
PAN|Panamanian
HTI|Haitian
DOM|Dominican
JAM|Jamaican
MCO|Monegasque
AND|Andorran
""", columns: 2...2),
        .es: LexiconTable("StateLexicon.demonyms.es", """
RUS|ruso
SUN|soviético
USA|estadounidense; norteamericano
GBR|británico
FRA|francés
DEU|alemán; germano
ESP|español
ITA|italiano
PRT|portugués; luso
NLD|neerlandés; holandés
BEL|belga
LUX|luxemburgués
CHE|suizo; helvético
AUT|austriaco; austríaco
IRL|irlandés
DNK|danés
SWE|sueco
NOR|noruego
FIN|finlandés
ISL|islandés
POL|polaco
CZE|checo
CSK|checoslovaco
SVK|eslovaco
HUN|húngaro
ROU|rumano
BGR|búlgaro
GRC|griego
CYP|chipriota
MLT|maltés
SRB|serbio
HRV|croata
BIH|bosnio
SVN|esloveno
MNE|montenegrino
MKD|macedonio
ALB|albanés
XKX|=kosovar; =kosovares
YUG|yugoslavo
LTU|lituano
LVA|letón
EST|estonio
BLR|bielorruso
UKR|ucraniano
MDA|moldavo
GEO|georgiano
ARM|armenio
AZE|azerbaiyano; azerí
KAZ|kazajo
UZB|uzbeko
KGZ|=kirguís; =kirguises; kirguiso
TJK|tayiko
TKM|turkmeno
TUR|turco
IRN|iraní
IRQ|iraquí
SYR|sirio
LBN|libanés
ISR|israelí
PSE|palestino
JOR|jordano
SAU|saudí; saudita
YEM|yemení
OMN|omaní
ARE|emiratí
QAT|catarí; qatarí
KWT|kuwaití
BHR|bareiní; bahreiní
EGY|egipcio
LBY|libio
TUN|tunecino
DZA|argelino
MAR|marroquí
MRT|mauritano
MLI|maliense
NER|nigerino
NGA|nigeriano
TCD|chadiano
SDN|sudanés
SSD|sursudanés
ETH|etíope
ERI|eritreo
SOM|somalí
DJI|yibutiano
KEN|keniano; keniata
UGA|ugandés
TZA|tanzano
RWA|ruandés
BDI|burundés
GAB|gabonés
CMR|camerunés
CAF|centroafricano
SEN|senegalés
CIV|marfileño
GHA|ghanés
BFA|burkinés
GIN|guineano
BEN|beninés
TGO|togolés
LBR|liberiano
SLE|sierraleonés
AGO|angoleño
MOZ|mozambiqueño
ZWE|zimbabuense
ZMB|zambiano
ZAF|sudafricano
NAM|namibio
MDG|malgache
MUS|mauriciano
AFG|afgano
PAK|paquistaní; pakistaní
IND|indio
BGD|bangladesí
LKA|esrilanqués; ceilandés
NPL|nepalí; nepalés
CHN|chino
JPN|japonés; nipón
PRK|norcoreano
KOR|surcoreano
MNG|mongol
VNM|vietnamita
THA|tailandés
KHM|camboyano
LAO|laosiano
MMR|birmano
MYS|malasio
IDN|indonesio
PHL|filipino
SGP|singapurense
TWN|taiwanés
AUS|australiano
NZL|neozelandés
CAN|canadiense
MEX|mexicano
CUB|cubano
VEN|venezolano
COL|colombiano
BRA|brasileño
ARG|argentino
CHL|chileno
PER|peruano
BOL|boliviano
ECU|ecuatoriano
URY|uruguayo
PRY|paraguayo
NIC|nicaragüense
HND|hondureño
GTM|guatemalteco
SLV|salvadoreño
CRI|costarricense
PAN|panameño
HTI|haitiano
DOM|dominicano
JAM|jamaicano; jamaiquino
PRI|puertorriqueño
MCO|monegasco
AND|andorrano
""", columns: 2...2),
    ]

    /// Capitals and seats of power used as metonyms for their state:
    /// `ISO3 | surfaces`. Left out: capitals that equal the country's name
    /// (Mexico, Singapour, Panama, Koweït, Túnez...), that are common first
    /// names or other places (Sofia, Kingston, San José; es "Santiago"),
    /// Jérusalem (status disputed), Brussels (mostly stands for the EU) and
    /// parliaments (Knesset, Capitol: not the executive).
    static let seatTables: [Language: LexiconTable] = [
        .fr: LexiconTable("StateLexicon.seats.fr", """
RUS|Moscou; Kremlin
USA|Washington; Maison Blanche; Maison-Blanche; Département d'État; Département d'Etat; Pentagone
CHN|Pékin; Beijing; Zhongnanhai
FRA|Paris; Élysée; Elysée; palais de l'Élysée; Matignon; Quai d'Orsay
GBR|Londres; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa; palais de la Moncloa
VEN|Caracas; Miraflores; palais de Miraflores
ARG|Buenos Aires; Casa Rosada
BRA|Brasilia; Planalto
CUB|La Havane; Havane
NIC|Managua
RWA|Kigali
SRB|Belgrade
PRK|Pyongyang
KOR|Séoul
JPN|Tokyo
MAR|Rabat
QAT|Doha
SAU|Riyad; Ryad
IRN|Téhéran
UKR|Kiev; Kyiv
TUR|Ankara
EGY|Le Caire; Caire
CAN|Ottawa
AUS|Canberra
CHL|Santiago; Santiago du Chili
COL|Bogota; Bogotá
DEU|Berlin
ITA|Rome
POL|Varsovie
HUN|Budapest
AUT|Vienne
NLD|Amsterdam
CHE|Berne
SWE|Stockholm
NOR|Oslo
DNK|Copenhague
FIN|Helsinki
ISL|Reykjavik
IRL|Dublin
PRT|Lisbonne
GRC|Athènes
CYP|Nicosie
ROU|Bucarest
HRV|Zagreb
BIH|Sarajevo
SVN|Ljubljana
SVK|Bratislava
CZE|Prague
MKD|Skopje
ALB|Tirana
XKX|Pristina
MNE|Podgorica
MDA|Chisinau
BLR|Minsk
LTU|Vilnius
LVA|Riga
EST|Tallinn
GEO|Tbilissi
ARM|Erevan
AZE|Bakou
KAZ|Astana
UZB|Tachkent
TKM|Achgabat
KGZ|Bichkek
TJK|Douchanbé
AFG|Kaboul
PAK|Islamabad
IND|New Delhi
BGD|Dacca; Dhaka
LKA|Colombo
NPL|Katmandou
MMR|Naypyidaw
THA|Bangkok
VNM|Hanoï
KHM|Phnom Penh
LAO|Vientiane
MYS|Kuala Lumpur
IDN|Jakarta
PHL|Manille
TWN|Taipei; Taïpei
MNG|Oulan-Bator
IRQ|Bagdad
SYR|Damas
LBN|Beyrouth
JOR|Amman
PSE|Ramallah
YEM|Sanaa
OMN|Mascate
ARE|Abou Dhabi; Abu Dhabi
BHR|Manama
LBY|Tripoli
TUN|Tunis
DZA|Alger
MRT|Nouakchott
MLI|Bamako
NER|Niamey
TCD|N'Djamena
SDN|Khartoum
SSD|Juba
ETH|Addis-Abeba; Addis Abeba
ERI|Asmara
SOM|Mogadiscio
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Bujumbura
COD|Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaoundé
CAF|Bangui
NGA|Abuja
GHA|Accra
CIV|Abidjan; Yamoussoukro
SEN|Dakar
BFA|Ouagadougou
GIN|Conakry
BEN|Cotonou; Porto-Novo
TGO|Lomé
LBR|Monrovia
SLE|Freetown
AGO|Luanda
MOZ|Maputo
ZWE|Harare
ZMB|Lusaka
ZAF|Pretoria
NAM|Windhoek
MDG|Antananarivo
HTI|Port-au-Prince
DOM|Saint-Domingue
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asuncion; Asunción
NZL|Wellington
""", columns: 2...2),
        .en: LexiconTable("StateLexicon.seats.en", """
RUS|Moscow; Kremlin
USA|Washington; White House; State Department; Pentagon; Foggy Bottom
CHN|Beijing; Peking; Zhongnanhai
FRA|Paris; Élysée; Elysee; Élysée Palace; Elysee Palace; Matignon; Quai d'Orsay
GBR|London; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa
VEN|Caracas; Miraflores; Miraflores Palace
ARG|Buenos Aires; Casa Rosada
BRA|Brasília; Brasilia; Planalto
CUB|Havana
NIC|Managua
RWA|Kigali
SRB|Belgrade
PRK|Pyongyang
KOR|Seoul
JPN|Tokyo
MAR|Rabat
QAT|Doha
SAU|Riyadh
IRN|Tehran; Teheran
UKR|Kyiv; Kiev
TUR|Ankara
EGY|Cairo
CAN|Ottawa
AUS|Canberra
CHL|Santiago
COL|Bogotá; Bogota
MEX|Mexico City
DEU|Berlin
ITA|Rome
POL|Warsaw
HUN|Budapest
AUT|Vienna
NLD|Amsterdam
CHE|Bern; Berne
SWE|Stockholm
NOR|Oslo
DNK|Copenhagen
FIN|Helsinki
ISL|Reykjavik
IRL|Dublin
PRT|Lisbon
GRC|Athens
CYP|Nicosia
ROU|Bucharest
HRV|Zagreb
BIH|Sarajevo
SVN|Ljubljana
SVK|Bratislava
CZE|Prague
MKD|Skopje
ALB|Tirana
XKX|Pristina
MNE|Podgorica
MDA|Chisinau
BLR|Minsk
LTU|Vilnius
LVA|Riga
EST|Tallinn
GEO|Tbilisi
ARM|Yerevan
AZE|Baku
KAZ|Astana
UZB|Tashkent
TKM|Ashgabat
KGZ|Bishkek
TJK|Dushanbe
AFG|Kabul
PAK|Islamabad
IND|New Delhi
BGD|Dhaka
LKA|Colombo
NPL|Kathmandu
MMR|Naypyidaw; Naypyitaw
THA|Bangkok
VNM|Hanoi
KHM|Phnom Penh
LAO|Vientiane
MYS|Kuala Lumpur
IDN|Jakarta
PHL|Manila
TWN|Taipei
MNG|Ulaanbaatar
IRQ|Baghdad
SYR|Damascus
LBN|Beirut
JOR|Amman
PSE|Ramallah
YEM|Sanaa; Sana'a
OMN|Muscat
ARE|Abu Dhabi
BHR|Manama
LBY|Tripoli
TUN|Tunis
DZA|Algiers
MRT|Nouakchott
MLI|Bamako
NER|Niamey
TCD|N'Djamena
SDN|Khartoum
SSD|Juba
ETH|Addis Ababa
ERI|Asmara
SOM|Mogadishu
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Bujumbura
COD|Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaoundé; Yaounde
CAF|Bangui
NGA|Abuja
GHA|Accra
CIV|Abidjan; Yamoussoukro
SEN|Dakar
BFA|Ouagadougou
GIN|Conakry
BEN|Cotonou; Porto-Novo
TGO|Lomé; Lome
LBR|Monrovia
SLE|Freetown
AGO|Luanda
MOZ|Maputo
ZWE|Harare
ZMB|Lusaka
ZAF|Pretoria
NAM|Windhoek
MDG|Antananarivo
HTI|Port-au-Prince
DOM|Santo Domingo
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asunción; Asuncion
NZL|Wellington
""", columns: 2...2),
        .es: LexiconTable("StateLexicon.seats.es", """
RUS|Moscú; Kremlin
USA|Washington; Casa Blanca; Departamento de Estado; Pentágono
CHN|Pekín; Beijing; Zhongnanhai
FRA|París; Elíseo; palacio del Elíseo; Matignon; Quai d'Orsay
GBR|Londres; Downing Street; Whitehall; Foreign Office
ESP|Madrid; Moncloa; palacio de la Moncloa
VEN|Caracas; Miraflores; palacio de Miraflores
ARG|Buenos Aires; Casa Rosada
BRA|Brasilia; Planalto; palacio del Planalto
CUB|La Habana; Habana
NIC|Managua
RWA|Kigali
SRB|Belgrado
PRK|Pyongyang; Pionyang
KOR|Seúl
JPN|Tokio
MAR|Rabat
QAT|Doha
SAU|Riad
IRN|Teherán
UKR|Kiev; Kyiv
TUR|Ankara
EGY|El Cairo; Cairo
CAN|Ottawa
AUS|Canberra
COL|Bogotá
MEX|Ciudad de México
DEU|Berlín
ITA|Roma
POL|Varsovia
HUN|Budapest
AUT|Viena
NLD|Ámsterdam
CHE|Berna
SWE|Estocolmo
NOR|Oslo
DNK|Copenhague
FIN|Helsinki
ISL|Reikiavik
IRL|Dublín
PRT|Lisboa
GRC|Atenas
CYP|Nicosia
ROU|Bucarest
HRV|Zagreb
BIH|Sarajevo
SVN|Liubliana
SVK|Bratislava
CZE|Praga
MKD|Skopie
ALB|Tirana
XKX|Pristina
MNE|Podgorica
MDA|Chisináu
BLR|Minsk
LTU|Vilna
LVA|Riga
EST|Tallin
GEO|Tiflis
ARM|Ereván
AZE|Bakú
KAZ|Astaná
UZB|Taskent
TKM|Asjabad
KGZ|Biskek
TJK|Dusambé
AFG|Kabul
PAK|Islamabad
IND|Nueva Delhi
BGD|Daca
LKA|Colombo
NPL|Katmandú
MMR|Naipyidó
THA|Bangkok
VNM|Hanói
KHM|Nom Pen
LAO|Vientián
MYS|Kuala Lumpur
IDN|Yakarta
PHL|Manila
TWN|Taipéi; Taipei
MNG|Ulán Bator
IRQ|Bagdad
SYR|Damasco
LBN|Beirut
JOR|Amán
PSE|Ramala
YEM|Saná
OMN|Mascate
ARE|Abu Dabi; Abu Dhabi
BHR|Manama
LBY|Trípoli
DZA|Argel
MRT|Nuakchot
MLI|Bamako
NER|Niamey
TCD|Yamena
SDN|Jartum
SSD|Yuba
ETH|Adís Abeba; Addis Abeba
ERI|Asmara
SOM|Mogadiscio
KEN|Nairobi
UGA|Kampala
TZA|Dodoma
BDI|Gitega; Buyumbura
COD|Kinsasa; Kinshasa
COG|Brazzaville
GAB|Libreville
CMR|Yaundé
CAF|Bangui
NGA|Abuya
GHA|Acra
CIV|Abiyán; Yamusukro
SEN|Dakar
BFA|Uagadugú
GIN|Conakri
BEN|Cotonú; Porto Novo
TGO|Lomé
LBR|Monrovia
SLE|Freetown
AGO|Luanda
MOZ|Maputo
ZWE|Harare
ZMB|Lusaka
ZAF|Pretoria
NAM|Windhoek
MDG|Antananarivo
HTI|Puerto Príncipe
DOM|Santo Domingo
HND|Tegucigalpa
SLV|San Salvador
ECU|Quito
PER|Lima
BOL|La Paz
URY|Montevideo
PRY|Asunción
NZL|Wellington
""", columns: 2...2),
    ]

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
