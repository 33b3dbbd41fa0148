import Foundation

/// ISO 3166 country codes and their display names.
///
/// Nodes for states are keyed by ISO 3166-1 alpha-3 codes, because alpha-3
/// codes are stable, unambiguous and readable ("VEN", "RUS"). Foundation's
/// CLDR data is keyed by alpha-2 codes, so this table bridges the two. It
/// also carries the former states of ISO 3166-3 that still appear in news
/// about history (Soviet Union, Yugoslavia, Czechoslovakia, East Germany) and
/// Kosovo's user-assigned code, which CLDR knows but ISO does not list.
enum CountryCodes {
    /// Whether a code stands for a sovereign (or widely treated as sovereign)
    /// state, a dependent territory, or a state that no longer exists.
    enum Status: String, Sendable {
        case state, territory, former
    }

    /// `alpha-2 | alpha-3 | status`, one row per code. Current codes follow
    /// ISO 3166-1; XK is Kosovo's user-assigned code; the last rows are
    /// ISO 3166-3 former states (CS here is Czechoslovakia, not the later
    /// Serbia and Montenegro, which news rarely names).
    static let table = LexiconTable("CountryCodes", """
AD|AND|state
AE|ARE|state
AF|AFG|state
AG|ATG|state
AI|AIA|territory
AL|ALB|state
AM|ARM|state
AO|AGO|state
AQ|ATA|territory
AR|ARG|state
AS|ASM|territory
AT|AUT|state
AU|AUS|state
AW|ABW|territory
AX|ALA|territory
AZ|AZE|state
BA|BIH|state
BB|BRB|state
BD|BGD|state
BE|BEL|state
BF|BFA|state
BG|BGR|state
BH|BHR|state
BI|BDI|state
BJ|BEN|state
BL|BLM|territory
BM|BMU|territory
BN|BRN|state
BO|BOL|state
BQ|BES|territory
BR|BRA|state
BS|BHS|state
BT|BTN|state
BV|BVT|territory
BW|BWA|state
BY|BLR|state
BZ|BLZ|state
CA|CAN|state
CC|CCK|territory
CD|COD|state
CF|CAF|state
CG|COG|state
CH|CHE|state
CI|CIV|state
CK|COK|territory
CL|CHL|state
CM|CMR|state
CN|CHN|state
CO|COL|state
CR|CRI|state
CU|CUB|state
CV|CPV|state
CW|CUW|territory
CX|CXR|territory
CY|CYP|state
CZ|CZE|state
DE|DEU|state
DJ|DJI|state
DK|DNK|state
DM|DMA|state
DO|DOM|state
DZ|DZA|state
EC|ECU|state
EE|EST|state
EG|EGY|state
EH|ESH|territory
ER|ERI|state
ES|ESP|state
ET|ETH|state
FI|FIN|state
FJ|FJI|state
FK|FLK|territory
FM|FSM|state
FO|FRO|territory
FR|FRA|state
GA|GAB|state
GB|GBR|state
GD|GRD|state
GE|GEO|state
GF|GUF|territory
GG|GGY|territory
GH|GHA|state
GI|GIB|territory
GL|GRL|territory
GM|GMB|state
GN|GIN|state
GP|GLP|territory
GQ|GNQ|state
GR|GRC|state
GS|SGS|territory
GT|GTM|state
GU|GUM|territory
GW|GNB|state
GY|GUY|state
HK|HKG|territory
HM|HMD|territory
HN|HND|state
HR|HRV|state
HT|HTI|state
HU|HUN|state
ID|IDN|state
IE|IRL|state
IL|ISR|state
IM|IMN|territory
IN|IND|state
IO|IOT|territory
IQ|IRQ|state
IR|IRN|state
IS|ISL|state
IT|ITA|state
JE|JEY|territory
JM|JAM|state
JO|JOR|state
JP|JPN|state
KE|KEN|state
KG|KGZ|state
KH|KHM|state
KI|KIR|state
KM|COM|state
KN|KNA|state
KP|PRK|state
KR|KOR|state
KW|KWT|state
KY|CYM|territory
KZ|KAZ|state
LA|LAO|state
LB|LBN|state
LC|LCA|state
LI|LIE|state
LK|LKA|state
LR|LBR|state
LS|LSO|state
LT|LTU|state
LU|LUX|state
LV|LVA|state
LY|LBY|state
MA|MAR|state
MC|MCO|state
MD|MDA|state
ME|MNE|state
MF|MAF|territory
MG|MDG|state
MH|MHL|state
MK|MKD|state
ML|MLI|state
MM|MMR|state
MN|MNG|state
MO|MAC|territory
MP|MNP|territory
MQ|MTQ|territory
MR|MRT|state
MS|MSR|territory
MT|MLT|state
MU|MUS|state
MV|MDV|state
MW|MWI|state
MX|MEX|state
MY|MYS|state
MZ|MOZ|state
NA|NAM|state
NC|NCL|territory
NE|NER|state
NF|NFK|territory
NG|NGA|state
NI|NIC|state
NL|NLD|state
NO|NOR|state
NP|NPL|state
NR|NRU|state
NU|NIU|territory
NZ|NZL|state
OM|OMN|state
PA|PAN|state
PE|PER|state
PF|PYF|territory
PG|PNG|state
PH|PHL|state
PK|PAK|state
PL|POL|state
PM|SPM|territory
PN|PCN|territory
PR|PRI|territory
PS|PSE|state
PT|PRT|state
PW|PLW|state
PY|PRY|state
QA|QAT|state
RE|REU|territory
RO|ROU|state
RS|SRB|state
RU|RUS|state
RW|RWA|state
SA|SAU|state
SB|SLB|state
SC|SYC|state
SD|SDN|state
SE|SWE|state
SG|SGP|state
SH|SHN|territory
SI|SVN|state
SJ|SJM|territory
SK|SVK|state
SL|SLE|state
SM|SMR|state
SN|SEN|state
SO|SOM|state
SR|SUR|state
SS|SSD|state
ST|STP|state
SV|SLV|state
SX|SXM|territory
SY|SYR|state
SZ|SWZ|state
TC|TCA|territory
TD|TCD|state
TF|ATF|territory
TG|TGO|state
TH|THA|state
TJ|TJK|state
TK|TKL|territory
TL|TLS|state
TM|TKM|state
TN|TUN|state
TO|TON|state
TR|TUR|state
TT|TTO|state
TV|TUV|state
TW|TWN|state
TZ|TZA|state
UA|UKR|state
UG|UGA|state
UM|UMI|territory
US|USA|state
UY|URY|state
UZ|UZB|state
VA|VAT|state
VC|VCT|state
VE|VEN|state
VG|VGB|territory
VI|VIR|territory
VN|VNM|state
VU|VUT|state
WF|WLF|territory
WS|WSM|state
YE|YEM|state
YT|MYT|territory
ZA|ZAF|state
ZM|ZMB|state
ZW|ZWE|state
XK|XKX|state
SU|SUN|former
YU|YUG|former
CS|CSK|former
DD|DDR|former
""", columns: 3...3)

    private struct Index: Sendable {
        var alpha3ByAlpha2: [String: String] = [:]
        var alpha2ByAlpha3: [String: String] = [:]
        var statusByAlpha3: [String: Status] = [:]
        var ordered: [String] = []
    }

    /// Parsed once, on first use.
    private static let index: Index = {
        var index = Index()
        for row in table.rows {
            let alpha2 = row[0].uppercased(), alpha3 = row[1].uppercased()
            guard index.alpha3ByAlpha2[alpha2] == nil, index.alpha2ByAlpha3[alpha3] == nil else { continue }
            index.alpha3ByAlpha2[alpha2] = alpha3
            index.alpha2ByAlpha3[alpha3] = alpha2
            index.statusByAlpha3[alpha3] = Status(rawValue: row[2]) ?? .state
            index.ordered.append(alpha3)
        }
        return index
    }()

    /// The alpha-3 code for an alpha-2 code ("VE" → "VEN"), case-insensitive.
    static func alpha3(_ alpha2: String) -> String? {
        index.alpha3ByAlpha2[alpha2.uppercased()]
    }

    /// The alpha-2 code for an alpha-3 code ("VEN" → "VE"): the key into CLDR.
    static func alpha2(_ alpha3: String) -> String? {
        index.alpha2ByAlpha3[alpha3.uppercased()]
    }

    /// Every alpha-3 code the table knows, current and former, in table order.
    static var allAlpha3: [String] {
        index.ordered
    }

    /// Whether `code` is an alpha-3 code of this table (state, territory or
    /// former state), as opposed to an organization id such as "NATO" or "OAS".
    static func isStateCode(_ code: String) -> Bool {
        index.statusByAlpha3[code] != nil
    }

    /// The status of an alpha-3 code, or nil for codes the table lacks.
    static func status(of alpha3: String) -> Status? {
        index.statusByAlpha3[alpha3.uppercased()]
    }

    /// Names CLDR lacks or gets wrong for our purpose: CLDR aliases SU to
    /// Russia and has no names for the other former states; Foundation names
    /// CN "Chine continentale" and PS "Territoires palestiniens", which are
    /// not what a graph label about states should say.
    /// `alpha-3 | fr | en | es`.
    static let overrides = LexiconTable("CountryCodes.overrides", """
SUN|Union soviétique|Soviet Union|Unión Soviética
YUG|Yougoslavie|Yugoslavia|Yugoslavia
CSK|Tchécoslovaquie|Czechoslovakia|Checoslovaquia
DDR|Allemagne de l'Est|East Germany|Alemania Oriental
XKX|Kosovo|Kosovo|Kosovo
CHN|Chine|China|China
PSE|Palestine|Palestine|Palestina
""", columns: 4...4)

    /// Display names, computed once per language (on first use: CLDR
    /// lookups are slow) from CLDR and the overrides.
    private static let frenchNames = names(.fr)
    private static let englishNames = names(.en)
    private static let spanishNames = names(.es)

    private static func names(_ language: Language) -> [String: String] {
        let column = (Language.allCases.firstIndex(of: language) ?? 0) + 1
        var overridden: [String: String] = [:]
        for row in overrides.rows { overridden[row[0]] = row[column] }
        let cldr = cldrNames(language)
        var table: [String: String] = [:]
        for code in index.ordered {
            if let name = overridden[code] ?? cldr[code].map(displayForm) { table[code] = name }
        }
        return table
    }

    /// CLDR's name of every code with an alpha-2 code, as Foundation gives it, by alpha-3 code.
    /// Keyed once per language and shared by the display names and the state lexicon.
    static func cldrNames(_ language: Language) -> [String: String] {
        switch language {
        case .fr: frenchCLDR
        case .en: englishCLDR
        case .es: spanishCLDR
        }
    }

    private static let frenchCLDR = byAlpha3(CLDRCountryNames.french)
    private static let englishCLDR = byAlpha3(CLDRCountryNames.english)
    private static let spanishCLDR = byAlpha3(CLDRCountryNames.spanish)

    /// Names keyed by alpha-2 code (`CLDRCountryNames`), keyed by alpha-3 code instead.
    private static func byAlpha3(_ namesByAlpha2: [String: String]) -> [String: String] {
        var names: [String: String] = [:]
        for code in index.ordered {
            if let alpha2 = index.alpha2ByAlpha3[code], let name = namesByAlpha2[alpha2] { names[code] = name }
        }
        return names
    }

    /// What `cldrNames` holds, looked up in Foundation's CLDR data now: what `CLDRCountryNames` was written from.
    static func foundationCLDRNames(_ language: Language) -> [String: String] {
        let locale = Locale(identifier: language.rawValue)
        var names: [String: String] = [:]
        for code in index.ordered {
            if let alpha2 = index.alpha2ByAlpha3[code], let name = locale.localizedString(forRegionCode: alpha2) {
                names[code] = name
            }
        }
        return names
    }

    /// The display name of a state in `language` ("VEN", .fr → "Venezuela").
    /// Falls back to the code itself for codes nobody can name.
    static func name(of alpha3: String, in language: Language) -> String {
        let names = switch language {
        case .fr: frenchNames
        case .en: englishNames
        case .es: spanishNames
        }
        return names[alpha3.uppercased()] ?? alpha3
    }

    /// The CLDR name as a graph label: CLDR's parenthesised variants are
    /// dropped ("Myanmar (Birmanie)" → "Myanmar") and its spaced dashes
    /// closed up ("Congo - Kinshasa" → "Congo-Kinshasa").
    static func displayForm(of cldrName: String) -> String {
        // Most names have no parenthesis, no dash and no space at either end: their own display form.
        let edges = [cldrName.unicodeScalars.first, cldrName.unicodeScalars.last].compactMap { $0 }
        guard cldrName.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "-") })
                || edges.contains(where: CharacterSet.whitespaces.contains)
        else { return cldrName }
        var name = cldrName
        if let open = name.firstIndex(of: "(") {
            name = String(name[..<open])
        }
        name = name.replacingOccurrences(of: " - ", with: "-")
        return name.trimmingCharacters(in: .whitespaces)
    }
}
