/// News agencies, outlets and photo agencies.
///
/// They are cited in every article ("a déclaré à l'AFP", "told Reuters",
/// "Photo: Getty Images") and must never become actors of the graph, nor let
/// their names be read as states ("France 24", "Kuwait News Agency",
/// "Russia Today"). The same names are used in every language, so this
/// lexicon is language independent.
enum MediaLexicon {
    /// One outlet per row: `id | surfaces`; the id is the usual short name.
    static let table = LexiconTable("MediaLexicon", """
AFP|AFP; Agence France-Presse; Agence France Presse; France-Presse
AP|AP; Associated Press
Reuters|Reuters
EFE|EFE; Agencia EFE; Agence EFE
ANSA|ANSA; Ansa
DPA|DPA; dpa
Xinhua|Xinhua; Chine nouvelle; Xinhua News Agency
TASS|TASS; Tass; Itar-Tass; ITAR-TASS
RIA Novosti|RIA Novosti; RIA
Interfax|Interfax
Sputnik|Sputnik
RT|RT; Russia Today
RTVI|RTVI
Kyodo|Kyodo; Kyodo News
Yonhap|Yonhap
KCNA|KCNA; Korean Central News Agency
IRNA|IRNA
Tasnim|Tasnim
Anadolu|Anadolu; Anadolu Agency; agence Anadolu
WAFA|WAFA; Wafa
SANA|SANA
SPA|Saudi Press Agency
WAM|WAM
QNA|QNA; Qatar News Agency
KUNA|KUNA; Kuwait News Agency
Prensa Latina|Prensa Latina
Europa Press|Europa Press
Getty Images|Getty Images; Getty
Bloomberg|Bloomberg
CNN|CNN
BBC|BBC; BBC News
Al Jazeera|Al Jazeera; Al-Jazeera; Al Jazira; Al-Jazira; Al Yazira
Al Arabiya|Al Arabiya; Al-Arabiya
France 24|France 24; France24
RFI|RFI; Radio France Internationale
France Info|France Info; franceinfo; Franceinfo
TV5Monde|TV5Monde; TV5 Monde
Euronews|Euronews
Deutsche Welle|Deutsche Welle; DW
Sky News|Sky News
Fox News|Fox News
NBC|NBC; NBC News
CBS|CBS; CBS News
ABC|ABC News
NPR|NPR
CCTV|CCTV
CGTN|CGTN
NHK|NHK
Telesur|Telesur; teleSUR; TeleSUR
Newsweek|Newsweek
Time|Time magazine
Politico|Politico
Axios|Axios
Financial Times|Financial Times; FT
The Economist|The Economist; Economist
Wall Street Journal|Wall Street Journal; The Wall Street Journal; WSJ
New York Times|The New York Times; New York Times; NYT
Washington Post|The Washington Post; Washington Post
The Guardian|The Guardian; Guardian
The Times|The Times
The Telegraph|The Telegraph; Daily Telegraph
The Independent|The Independent
Le Monde|Le Monde
Le Figaro|Le Figaro
Libération|Libération; Libé
Les Echos|Les Echos; Les Échos
Le Parisien|Le Parisien
Le Point|Le Point
L'Express|L'Express
Ouest-France|Ouest-France
Jeune Afrique|Jeune Afrique
Le Temps|Le Temps
Le Soir|Le Soir
El País|El País; El Pais
El Mundo|El Mundo
ABC (España)|diario ABC
La Vanguardia|La Vanguardia
El Universal|El Universal
La Jornada|La Jornada
Clarín|Clarín
La Nación|La Nación
Infobae|Infobae
Granma|Granma
Der Spiegel|Der Spiegel; Spiegel
Bild|Bild
Süddeutsche Zeitung|Süddeutsche Zeitung
Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine Zeitung; FAZ
Corriere della Sera|Corriere della Sera
La Repubblica|La Repubblica
Haaretz|Haaretz
Times of Israel|Times of Israel; The Times of Israel
Jerusalem Post|Jerusalem Post; The Jerusalem Post
Al-Ahram|Al-Ahram; Al Ahram
Global Times|Global Times
People's Daily|People's Daily; Quotidien du peuple; Diario del Pueblo
Izvestia|Izvestia
Kommersant|Kommersant
Pravda|Pravda
Novaya Gazeta|Novaya Gazeta
Twitter|Twitter
Telegram|Telegram
Facebook|Facebook
YouTube|YouTube
Instagram|Instagram
TikTok|TikTok
Truth Social|Truth Social
""", columns: 2...2)

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] { [table] }

    /// Parsed once, on first use.
    private static let all: [LexiconEntry] = {
        var seen = Set<LexiconEntry>()
        var entries: [LexiconEntry] = []
        for row in table.rows {
            for surface in LexiconTable.values(row[1]) {
                let entry = LexiconEntry(surface: surface, key: row[0], form: .media)
                if seen.insert(entry).inserted { entries.append(entry) }
            }
        }
        return entries
    }()

    /// Every media surface; the same for all languages.
    static func entries(_ language: Language? = nil) -> [LexiconEntry] {
        all
    }
}
