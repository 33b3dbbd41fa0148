/// Words that may stand between a title and the name it introduces: qualifiers of the office ("le président
/// déchu X", "el presidente interino Y") and ministry portfolios ("Minister for International Development and
/// the Pacific X", "ministre délégué chargé du Commerce extérieur, Y").
enum TitleModifiers {
    /// Qualifiers written after the title they qualify, per language. English writes them before ("ousted
    /// president"), where they do not stand between the title and the name.
    static func qualifiers(_ language: Language) -> WordSet {
        switch language {
        case .fr: frenchQualifiers
        case .en: englishQualifiers
        case .es: spanishQualifiers
        }
    }

    /// Verbs spelt as a title preposition once accents are folded: French "a" (has) is not "à" ("le ministre a
    /// jugé…" is no "ministre à la juge"). Compared with the word as written.
    static func verbsSpeltAsPrepositions(_ language: Language) -> Set<String> {
        verbsSpeltAsPrepositionsByLanguage[language] ?? []
    }

    private static let verbsSpeltAsPrepositionsByLanguage: [Language: Set<String>] = [.fr: ["a"]]

    /// Two-word qualifiers, as their folded words: "par intérim", "en funciones", "en exercice".
    static let qualifierPhrases: [[String]] = [
        ["par", "interim"], ["en", "exercice"], ["en", "fonction"], ["en", "funciones"], ["en", "ejercicio"],
        ["de", "facto"], ["pro", "tempore"],
    ]

    private static let frenchQualifiers = FunctionWords.set("""
        déchu déchue déchus destitué destituée destitués renversé renversée renversés sortant sortante sortants
        intérimaire intérimaires provisoire provisoires démissionnaire démissionnaires autoproclamé autoproclamée
        putschiste putschistes actuel actuelle élu élue élus réélu réélue nouvel adjoint adjointe délégué déléguée
        exilé exilée emprisonné emprisonnée présidentiel présidentielle spécial spéciale
        """)

    private static let englishQualifiers = FunctionWords.set("elect emeritus designate")

    private static let spanishQualifiers = FunctionWords.set("""
        depuesto depuesta depuestos derrocado derrocada derrocados destituido destituida saliente salientes
        interino interina interinos provisional provisionales autoproclamado autoproclamada electo electa reelecto
        reelecta actual adjunto adjunta encargado encargada exiliado exiliada presidencial especial
        """)

    /// Words that open a portfolio after a title: "Minister for Trade", "ministre chargé de l'Europe",
    /// "secretario de Estado para Iberoamérica". "de"/"of" open one too, and the title phrase reads them already.
    static let portfolioOpeners = FunctionWords.set("for pour para chargé chargée chargés délégué déléguée encargado encargada")

    /// "a spokesman for the Chinese foreign ministry": after a speaker's title these words say whose words are spoken,
    /// as "of" does, where after another title they open a portfolio ("envoy for Syria").
    static let speakerOwnerPrepositions = FunctionWords.set("for")

    /// Titles whose holder speaks for a body, written "X's spokesman" or "spokesman for X".
    static let speakerRoles: Set<String> = ["spokesperson"]

    /// Words of the body an official serves, written before the title in English ("Chinese foreign ministry spokesperson
    /// X", "Russian defence ministry official Y"): the state written before them is the official's.
    static let bodyWordsBeforeTitles = FunctionWords.set(
        "ministry foreign defense defence government embassy army military navy presidential press office affairs interior")
    /// The most body words read back over before a title.
    static let longestBodyBeforeTitle = 3

    /// Nouns of ministry portfolios beyond the ones that name a kind of minister ("affaires étrangères", "defence"):
    /// a portfolio is read over them, with its articles, coordinators and regions, up to the name.
    static let portfolioNouns = FunctionWords.set("""
        development environment climate agriculture education industry labour labor employment transport
        infrastructure tourism culture communications digital science technology innovation women youth sport
        sports housing immigration migration security veterans resources mines mining fisheries water planning
        investment aid relations overseas regional local rural social welfare families children citizenship
        multiculturalism indigenous arts heritage enterprise business small commonwealth international external
        internal commerce information broadcasting
        pacific atlantic africa asia europe americas arctic caribbean mediterranean indo-pacific asia-pacific
        afrique asie amériques pacifique caraïbes méditerranée indopacifique
        áfrica europa américas pacífico caribe mediterráneo iberoamérica latinoamérica
        développement environnement climat agriculture éducation industrie travail emploi transports tourisme
        numérique recherche innovation logement solidarité solidarités transition écologique francophonie
        outre-mer partenariats internationaux extérieur extérieure affaires européennes sports jeunesse
        desarrollo medio ambiente clima agricultura educación industria trabajo empleo transportes turismo cultura
        ciencia tecnología innovación vivienda migraciones seguridad igualdad inclusión transformación digital
        internacional cooperación relaciones asuntos exteriores
        """)

    /// Whether adjectives follow their noun in `language`, so that a title word after a common noun may be that
    /// noun's adjective ("relations diplomatiques"); in English a noun before a title is its modifier
    /// ("foreign affairs spokesperson").
    static func adjectivesFollowNouns(_ language: Language) -> Bool {
        switch language {
        case .fr, .es: true
        case .en: false
        }
    }
}
