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
    static let tablesByLanguage: [Language: LexiconTable] = [
        .fr: LexiconTable("TitleLexicon.fr", """
counterpart|homologue
president|président; présidente
vice president|vice-président; vice-présidente; vice président; vice présidente
president-elect|président élu; présidente élue
interim president|président par intérim; présidente par intérim; président intérimaire; présidente intérimaire
prime minister|Premier ministre; premier ministre; Première ministre; première ministre; président du gouvernement; présidente du gouvernement; président du Conseil; présidente du Conseil
deputy prime minister|vice-Premier ministre; vice-premier ministre; vice-Première ministre; vice-première ministre; vice-président du gouvernement; vice-présidente du gouvernement
head of state|chef de l'État; chef de l'Etat; chef d'État; chef d'Etat; cheffe de l'État; cheffe d'État
head of government|chef du gouvernement; cheffe du gouvernement; chef de gouvernement
chancellor|chancelier; chancelière
foreign minister|ministre des Affaires étrangères; ministre de l'Europe et des Affaires étrangères; ministre des Affaires étrangères et européennes; ministre des Relations extérieures; ministre des Relations internationales; chef de la diplomatie; cheffe de la diplomatie
deputy foreign minister|vice-ministre des Affaires étrangères; ministre adjoint des Affaires étrangères; ministre adjointe des Affaires étrangères; vice-ministre
defense minister|ministre de la Défense; ministre des Armées; ministre de la Défense nationale; secrétaire à la Défense; secrétaire à la Guerre
interior minister|ministre de l'Intérieur
finance minister|ministre des Finances; secrétaire au Trésor; chancelier de l'Échiquier; chancelière de l'Échiquier
economy minister|ministre de l'Économie; ministre de l'Economie; ministre de l'Économie et des Finances
trade minister|ministre du Commerce; ministre du Commerce extérieur; secrétaire au Commerce; représentant au Commerce; représentante au Commerce
energy minister|ministre de l'Énergie; ministre de l'Energie; ministre du Pétrole; secrétaire à l'Énergie
justice minister|ministre de la Justice; garde des Sceaux
health minister|ministre de la Santé
minister|ministre
secretary of state|secrétaire d'État; secrétaire d'Etat
national security adviser|conseiller à la sécurité nationale; conseillère à la sécurité nationale
adviser|conseiller; conseillère
secretary-general|secrétaire général; secrétaire générale
high representative|haut représentant; haute représentante
commissioner|commissaire; haut-commissaire; haute-commissaire; haut commissaire; haute commissaire
director-general|directeur général; directrice générale
ambassador|ambassadeur; ambassadrice
permanent representative|représentant permanent; représentante permanente
representative|représentant; représentante
envoy|envoyé spécial; envoyée spéciale; envoyé; envoyée; émissaire
diplomat|diplomate; haut diplomate
consul|consul; consule; consul général; consule générale
negotiator|négociateur; négociatrice; négociateur en chef; négociatrice en chef
spokesperson|porte-parole
king|roi
queen|reine
monarch|monarque; souverain; souveraine
emir|émir; emir
ruler|gouvernant; gouvernante
royal|membre de la famille royale
sultan|sultan
crown prince|prince héritier
prince|prince
supreme leader|guide suprême; Guide suprême; guide de la Révolution; Guide de la Révolution
pope|pape; souverain pontife; pontife
judge|juge
prosecutor|procureur; procureure; procureur général; procureure générale
general|général
admiral|amiral
commander|commandant; commandante; chef militaire
commander-in-chief|commandant en chef; chef des armées
army chief|chef d'état-major; chef d'état-major des armées; cheffe d'état-major; chef de l'armée
chief of staff|directeur de cabinet; directrice de cabinet; chef de cabinet; cheffe de cabinet
senator|sénateur; sénatrice
lawmaker|député; députée; parlementaire; eurodéputé; eurodéputée; membre du Congrès; élu du Congrès
mayor|maire
governor|gouverneur; gouverneure
leader|dirigeant; dirigeante; leader; numéro un; homme fort
opposition leader|chef de l'opposition; cheffe de l'opposition; leader de l'opposition; opposant; opposante; figure de l'opposition
politician|homme politique; femme politique; politicien; politicienne; responsable politique
official|responsable; haut responsable; haute responsable; haut fonctionnaire; haute fonctionnaire; fonctionnaire
dictator|dictateur; dictatrice
""", columns: 2...2),
        .en: LexiconTable("TitleLexicon.en", """
counterpart|counterpart; opposite number
president|president
vice president|vice president; vice-president
president-elect|president-elect; president elect
interim president|interim president; acting president
prime minister|prime minister; premier
deputy prime minister|deputy prime minister; vice premier; vice-premier; deputy premier
head of state|head of state
head of government|head of government
chancellor|chancellor
foreign minister|foreign minister; foreign secretary; minister of foreign affairs; foreign affairs minister; minister for foreign affairs; external affairs minister; minister of external affairs; top diplomat; chief diplomat
deputy foreign minister|deputy foreign minister; vice foreign minister
defense minister|defense minister; defence minister; defense secretary; defence secretary; secretary of defense; minister of defense; minister of defence; secretary of war; war secretary
interior minister|interior minister; home secretary; home minister; minister of the interior
finance minister|finance minister; minister of finance; treasury secretary; secretary of the treasury; chancellor of the exchequer
economy minister|economy minister; economic minister; economics minister; minister of economy; minister of the economy
trade minister|trade minister; commerce minister; commerce secretary; secretary of commerce; trade representative; minister of trade
energy minister|energy minister; oil minister; petroleum minister; energy secretary; secretary of energy
justice minister|justice minister; minister of justice; justice secretary; attorney general
health minister|health minister; health secretary; minister of health
minister|minister
secretary of state|secretary of state
national security adviser|national security adviser; national security advisor
adviser|adviser; advisor; aide
secretary-general|secretary-general; secretary general; general secretary
high representative|high representative
commissioner|commissioner; high commissioner
director-general|director-general; director general
ambassador|ambassador
permanent representative|permanent representative
representative|representative
envoy|envoy; special envoy; emissary
diplomat|diplomat; senior diplomat
consul|consul; consul general
negotiator|negotiator; chief negotiator
spokesperson|spokesperson; spokesman; spokeswoman
king|king
queen|queen
monarch|monarch; sovereign
emir|emir; amir
ruler|ruler
royal|royal; senior royal
sultan|sultan
crown prince|crown prince
prince|prince
supreme leader|supreme leader
pope|pope; pontiff
judge|judge
prosecutor|prosecutor; chief prosecutor; prosecutor general
general|general
admiral|admiral
commander|commander; military commander
commander-in-chief|commander-in-chief; commander in chief
army chief|army chief; military chief; chief of the general staff; chief of defence staff; chief of defense staff; chairman of the Joint Chiefs of Staff
chief of staff|chief of staff
senator|senator
lawmaker|lawmaker; legislator; congressman; congresswoman; member of parliament; member of Congress; parliamentarian; MP; MEP
mayor|mayor
governor|governor
leader|leader; strongman
opposition leader|opposition leader; leader of the opposition; opposition figure
politician|politician
official|official; senior official; top official; government official; civil servant
dictator|dictator
chair|chairman; chairwoman; chairperson
""", columns: 2...2),
        .es: LexiconTable("TitleLexicon.es", """
counterpart|homólogo; homóloga
president|presidente; presidenta
vice president|vicepresidente; vicepresidenta; vice presidente; vice presidenta
president-elect|presidente electo; presidenta electa
interim president|presidente interino; presidenta interina; presidente encargado; presidenta encargada; presidente en funciones; presidenta en funciones
prime minister|primer ministro; primera ministra; presidente del Gobierno; presidenta del Gobierno; premier
deputy prime minister|viceprimer ministro; viceprimera ministra; vice primer ministro; vice primera ministra; vicepresidente del Gobierno; vicepresidenta del Gobierno
head of state|jefe de Estado; jefa de Estado; jefe del Estado; jefa del Estado; mandatario; mandataria
head of government|jefe de Gobierno; jefa de Gobierno; jefe del Gobierno; jefa del Gobierno; jefe del Ejecutivo; jefa del Ejecutivo
chancellor|canciller federal
foreign minister|canciller; ministro de Asuntos Exteriores; ministra de Asuntos Exteriores; ministro de Exteriores; ministra de Exteriores; ministro de Relaciones Exteriores; ministra de Relaciones Exteriores; ministro del Exterior; ministra del Exterior; jefe de la diplomacia; jefa de la diplomacia; titular de Exteriores
deputy foreign minister|vicecanciller; viceministro de Exteriores; viceministra de Exteriores; viceministro de Relaciones Exteriores; viceministra de Relaciones Exteriores; viceministro de Asuntos Exteriores; viceministra de Asuntos Exteriores; viceministro; viceministra
defense minister|ministro de Defensa; ministra de Defensa; secretario de Defensa; secretaria de Defensa; secretario de Guerra; titular de Defensa
interior minister|ministro del Interior; ministra del Interior; ministro de Interior; ministra de Interior
finance minister|ministro de Finanzas; ministra de Finanzas; ministro de Hacienda; ministra de Hacienda; secretario del Tesoro; secretaria del Tesoro
economy minister|ministro de Economía; ministra de Economía
trade minister|ministro de Comercio; ministra de Comercio; secretario de Comercio; secretaria de Comercio; representante comercial
energy minister|ministro de Energía; ministra de Energía; ministro de Petróleo; ministro del Petróleo; ministra de Petróleo; secretario de Energía
justice minister|ministro de Justicia; ministra de Justicia
health minister|ministro de Sanidad; ministra de Sanidad; ministro de Salud; ministra de Salud
minister|ministro; ministra
secretary of state|secretario de Estado; secretaria de Estado
national security adviser|asesor de Seguridad Nacional; asesora de Seguridad Nacional
adviser|asesor; asesora; consejero; consejera
secretary-general|secretario general; secretaria general
high representative|alto representante; alta representante
commissioner|comisario; comisaria; alto comisionado; alta comisionada
director-general|director general; directora general
ambassador|embajador; embajadora
permanent representative|representante permanente
representative|representante
envoy|enviado; enviada; enviado especial; enviada especial; emisario; emisaria
diplomat|diplomático; diplomática
consul|cónsul; cónsul general
negotiator|negociador; negociadora; negociador jefe; negociadora jefa
spokesperson|portavoz; vocero; vocera
king|rey
queen|reina
monarch|monarca; soberano; soberana
emir|emir
ruler|gobernante
royal|miembro de la familia real
sultan|sultán
crown prince|príncipe heredero
prince|príncipe
supreme leader|líder supremo; guía supremo
pope|papa; pontífice; sumo pontífice
judge|juez; jueza
prosecutor|fiscal general; fiscal jefe; fiscala
general|general
admiral|almirante
commander|comandante; jefe militar
commander-in-chief|comandante en jefe
army chief|jefe del Ejército; jefe del Estado Mayor; jefe del Estado Mayor Conjunto; jefe de las Fuerzas Armadas
chief of staff|jefe de gabinete; jefa de gabinete
senator|senador; senadora
lawmaker|diputado; diputada; legislador; legisladora; parlamentario; parlamentaria; congresista; eurodiputado; eurodiputada
mayor|alcalde; alcaldesa
governor|gobernador; gobernadora
leader|líder; lideresa; dirigente
opposition leader|líder opositor; líder opositora; líder de la oposición; jefe de la oposición; jefa de la oposición; opositor; opositora
politician|político
official|funcionario; funcionaria; alto funcionario; alta funcionaria; alto cargo; responsable
dictator|dictador; dictadora
""", columns: 2...2),
    ]

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        Language.allCases.compactMap { tablesByLanguage[$0] }
    }

    /// Parsed once per language, on first use.
    private static let french = build(.fr)
    private static let english = build(.en)
    private static let spanish = build(.es)

    private static func build(_ language: Language) -> [LexiconEntry] {
        tablesByLanguage[language]?.entries(.title) { [$0, plural($0, language)] } ?? []
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
