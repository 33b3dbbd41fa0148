import Testing
@testable import RelGraph

/// TriggerLexicon: the news vocabulary of each PLOVER type gives its exact edge in the three languages, stems narrowed
/// to keep out unrelated words stay quiet on them, and every row of the table is read.
@Suite("TriggerLexicon")
struct TriggerLexiconTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var language: Language
        var text: String
        var edges: Set<String>
        init(_ language: Language, _ text: String, _ edges: Set<String>) {
            self.language = language
            self.text = text
            self.edges = edges
        }
        var testDescription: String { "[\(language.rawValue)] \(text)" }
    }

    /// One sentence per family of triggers: condemnation and praise verbs, alliances, shelling and gunfire, troops
    /// sent, annexations and seizures, snubs and entry bans, lifted embargoes and climb-downs, tariffs, recalled
    /// ambassadors and closed embassies, aid received, prisoner exchanges (both sides release), revenge vowed,
    /// pleas, extradition, envoys declared persona non grata, an expulsion by the state where the envoy serves, a
    /// build-up of troops, backing counted on ("cuenta con el apoyo de").
    static let families: [Case] = [
        Case(.en, "Kenya slammed Ethiopia over the border dispute.", ["KEN ACCUSE ETH"]),
        Case(.en, "Ghana lambasted Togo for the arrests of its traders.", ["GHA ACCUSE TGO"]),
        Case(.en, "Chile hit out at Peru on Tuesday.", ["CHL ACCUSE PER"]),
        Case(.en, "Brazil hailed Argentina for its economic reforms.", ["BRA SUPPORT ARG"]),
        Case(.en, "Norway commended Denmark for its mediation.", ["NOR SUPPORT DNK"]),
        Case(.en, "Kenya teamed up with Uganda to fight the rebels.", ["KEN COOPERATE UGA"]),
        Case(.en, "Morocco joined forces with Senegal against smugglers.", ["MAR COOPERATE SEN"]),
        Case(.en, "Armenia shelled Azerbaijan on Sunday.", ["ARM ASSAULT AZE"]),
        Case(.en, "India opened fire on Pakistan across the border.", ["IND ASSAULT PAK"]),
        Case(.en, "Russia sent troops toward Georgia.", ["RUS MOBILIZE GEO"]),
        Case(.en, "Poland dispatched troops toward Belarus.", ["POL MOBILIZE BLR"]),
        Case(.en, "Iraq annexed Kuwait in 1990.", ["IRQ COERCE KWT"]),
        Case(.en, "Venezuela snubbed Colombia at the summit.", ["VEN REJECT COL"]),
        Case(.en, "Israel barred entry to Irish lawmakers.", ["ISR REJECT IRL"]),
        Case(.en, "The United States lifted its embargo on Vietnam.", ["USA CONCEDE VNM"]),
        Case(.en, "Washington imposed tariffs on Mexico last spring.", ["USA SANCTION MEX", "USA ACCUSE MEX"]),
        Case(.en, "Canada withdrew its ambassador from Russia.", ["CAN SANCTION RUS", "CAN ACCUSE RUS"]),
        Case(.en, "Canada closed its embassy in Tehran last year.", ["CAN SANCTION IRN", "CAN ACCUSE IRN"]),
        Case(.en, "Turkey reopened its embassy in Damascus.", ["TUR SUPPORT SYR"]),
        Case(.en, "Qatar received aid from Turkey.", ["TUR AID QAT"]),
        Case(.en, "Russia and Ukraine carried out a prisoner exchange on Friday.", ["RUS RETREAT UKR", "UKR RETREAT RUS"]),
        Case(.en, "North Korea vowed revenge against South Korea.", ["PRK THREATEN KOR"]),
        Case(.en, "Germany pleaded with Greece to accept the plan.", ["DEU REQUEST GRC"]),
        Case(.en, "Colombia extradited the suspect to the United States.", ["COL COOPERATE USA"]),
        Case(.fr, "Le Mali a étrillé la France pour son intervention.", ["MLI ACCUSE FRA"]),
        Case(.fr, "Le Niger s'en est pris au Bénin lundi.", ["NER ACCUSE BEN"]),
        Case(.fr, "Le Sénégal a rendu hommage à la Gambie.", ["SEN SUPPORT GMB"]),
        Case(.fr, "Le Brésil a manifesté son soutien à l'Argentine.", ["BRA SUPPORT ARG"]),
        Case(.fr, "Le Tchad s'est allié au Niger contre les rebelles.", ["TCD COOPERATE NER"]),
        Case(.fr, "L'Azerbaïdjan a pilonné l'Arménie dimanche.", ["AZE ASSAULT ARM"]),
        Case(.fr, "Les soldats indiens ont ouvert le feu sur le Pakistan.", ["IND ASSAULT PAK"]),
        Case(.fr, "Le Tchad a dépêché des troupes vers le Cameroun.", ["TCD MOBILIZE CMR"]),
        Case(.fr, "L'Irak a annexé le Koweït en 1990.", ["IRQ COERCE KWT"]),
        Case(.fr, "La Turquie a capturé des soldats syriens.", ["TUR COERCE SYR"]),
        Case(.fr, "Les États-Unis ont levé l'embargo contre Cuba.", ["USA CONCEDE CUB"]),
        Case(.fr, "Le Maroc a sommé l'Algérie de retirer ses troupes.", ["MAR REQUEST DZA"]),
        Case(.fr, "Le Maroc a fermé son ambassade à Téhéran.", ["MAR SANCTION IRN", "MAR ACCUSE IRN"]),
        Case(.fr, "Le Ghana a interdit l'entrée aux ministres togolais.", ["GHA REJECT TGO"]),
        Case(.fr, "La Russie et l'Ukraine ont procédé à un échange de prisonniers.", ["RUS RETREAT UKR", "UKR RETREAT RUS"]),
        Case(.fr, "La France a extradé le suspect vers l'Algérie.", ["FRA COOPERATE DZA"]),
        Case(.es, "Venezuela arremetió contra Colombia por sus declaraciones.", ["VEN ACCUSE COL"]),
        Case(.es, "Chile aplaudió a Uruguay por su mediación.", ["CHL SUPPORT URY"]),
        Case(.es, "Bolivia se alió con Perú contra el contrabando.", ["BOL COOPERATE PER"]),
        Case(.es, "Las tropas rusas abrieron fuego contra Georgia.", ["RUS ASSAULT GEO"]),
        Case(.es, "Turquía derribó un avión ruso cerca de la frontera.", ["TUR ASSAULT RUS"]),
        Case(.es, "Nicaragua envió tropas hacia Costa Rica.", ["NIC MOBILIZE CRI"]),
        Case(.es, "Irak anexionó Kuwait en 1990.", ["IRQ COERCE KWT"]),
        Case(.es, "La policía de Ecuador detuvo al cónsul de México.", ["ECU COERCE MEX"]),
        Case(.es, "Estados Unidos levantó el embargo contra Cuba.", ["USA CONCEDE CUB"]),
        Case(.es, "Perú conminó a Chile a retirar sus buques.", ["PER REQUEST CHL"]),
        Case(.es, "México impuso aranceles a Guatemala.", ["MEX SANCTION GTM", "MEX ACCUSE GTM"]),
        Case(.es, "Argentina cerró su embajada en Caracas.", ["ARG SANCTION VEN", "ARG ACCUSE VEN"]),
        Case(.es, "Colombia prohibió la entrada a los ministros venezolanos.", ["COL REJECT VEN"]),
        Case(.es, "Rusia y Ucrania realizaron un intercambio de prisioneros.", ["RUS RETREAT UKR", "UKR RETREAT RUS"]),
        Case(.es, "Ghana declaró persona non grata al embajador de Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "Ghana declaró como persona no grata a la embajadora de Togo.", ["GHA SANCTION TGO", "GHA ACCUSE TGO"]),
        Case(.es, "Ghana no declaró persona non grata al embajador de Togo.", []),
        // An expulsion is the act of the state where the envoy serves.
        Case(.es, "Francia condenó la expulsión del embajador de Chile en Bolivia.", ["BOL SANCTION CHL", "FRA ACCUSE BOL", "BOL ACCUSE CHL"]),
        Case(.es, "La expulsión del embajador de Chile fue anunciada el lunes.", []),
        Case(.es, "Eritrea está aumentando el número de tropas en la frontera con Etiopía.", ["ERI MOBILIZE ETH"]),
        Case(.es, "Eritrea aumentó el número de tropas.", []),
        Case(.es, "Bolivia calificó de «injustificable» la decisión de Chile.", ["BOL ACCUSE CHL"]),
        // Who counts on backing undergoes it: the backer is the noun's.
        Case(.es, "Chile cuenta con el apoyo de Bolivia.", ["BOL SUPPORT CHL"]),
        Case(.es, "Chile cuenta con el apoyo de sus ciudadanos.", []),
    ]

    @Test(arguments: families) func eachFamilyGivesItsEdge(_ example: Case) {
        #expect(Probe.events(example.text, example.language) == example.edges)
    }

    /// A host's verb in the active and the passive, and a visit or a call received: the visitor is the source, as with
    /// "visited", in the three languages.
    static let visits: [Case] = [
        Case(.en, "Ghana received the president of Togo.", ["TGO CONSULT GHA"]),
        Case(.en, "The Togolese president was received by Ghana.", ["TGO CONSULT GHA"]),
        Case(.en, "Ghana received a visit from the Togolese president.", ["TGO CONSULT GHA"]),
        Case(.en, "Ghana played host to the Togolese president.", ["TGO CONSULT GHA"]),
        Case(.fr, "Le Ghana a reçu le président togolais.", ["TGO CONSULT GHA"]),
        Case(.fr, "Le président togolais a été reçu par le Ghana.", ["TGO CONSULT GHA"]),
        Case(.fr, "Le Ghana a reçu la visite du président togolais.", ["TGO CONSULT GHA"]),
        Case(.fr, "Le Ghana accueillera le président togolais.", ["TGO CONSULT GHA"]),
        Case(.es, "Ghana recibió al presidente togolés.", ["TGO CONSULT GHA"]),
        Case(.es, "El presidente togolés fue recibido por Ghana.", ["TGO CONSULT GHA"]),
        Case(.es, "Ghana recibió la visita del presidente togolés.", ["TGO CONSULT GHA"]),
        Case(.es, "Ghana ha acogido al presidente togolés.", ["TGO CONSULT GHA"]),
    ]

    @Test(arguments: visits) func visitsPointFromVisitorToHost(_ example: Case) {
        #expect(Probe.events(example.text, example.language) == example.edges)
    }

    /// Triggers as "surface TYPE".
    private static func hits(_ text: String, _ language: Language) -> [String] {
        let document = Document(text: text, language: language)
        return TriggerMatcher.shared(language).hits(in: document.tokens, range: 0..<document.tokens.count, isBlocked: { _ in false })
            .map { hit in
                let surface = document.text(document.tokens[hit.range.lowerBound].start, document.tokens[hit.range.upperBound - 1].end)
                return "\(surface) \(hit.trigger.type.rawValue)"
            }
    }

    struct Quiet: CustomTestStringConvertible, Sendable {
        var language: Language
        var text: String
        /// A word of the text that an over-wide stem used to take for a trigger.
        var word: String
        /// The type it must not state; nil when it must start no trigger at all.
        var type: EventType?
        init(_ language: Language, _ text: String, _ word: String, notAs type: EventType? = nil) {
            self.language = language
            self.text = text
            self.word = word
            self.type = type
        }
        var testDescription: String { "[\(language.rawValue)] \(word)" }
    }

    /// Words that start like a trigger and state no event: a committee, an aide, the urgency of talks, a financial
    /// crisis, a medical treatment, "nous sommes", media coverage, attending a meeting, a liberal party, business,
    /// an escalation, a statement ("manifestó que"), the opposition's "bloque"; "manifester son soutien" supports.
    static let quietWords: [Quiet] = [
        Quiet(.en, "Mexico's committee met on Monday in Guatemala.", "committee"),
        Quiet(.en, "A presidential aide said Kenya would not attend.", "aide"),
        Quiet(.en, "The urgent talks between Chad and Niger ended.", "urgent"),
        Quiet(.en, "The financial crisis hit Portugal and Spain.", "financial"),
        Quiet(.en, "The assistant secretary flew to Lima.", "assistant"),
        Quiet(.fr, "Le traitement des réfugiés par la Grèce inquiète la Turquie.", "traitement"),
        Quiet(.fr, "Nous sommes inquiets pour le Mali et le Niger.", "sommes"),
        Quiet(.fr, "La couverture médiatique de la visite au Japon était faible.", "médiatique"),
        Quiet(.fr, "Le ministre a assisté à la réunion de Dakar avec le Ghana.", "assisté"),
        Quiet(.fr, "Le Brésil a manifesté son soutien à l'Argentine.", "manifesté", notAs: .protest),
        Quiet(.es, "Los negocios de China en Perú crecieron mucho.", "negocios"),
        Quiet(.es, "El partido liberal de Honduras ganó en Tegucigalpa.", "liberal"),
        Quiet(.es, "La escalada de tensiones entre Irán e Israel preocupa.", "escalada"),
        Quiet(.es, "El canciller de Chile manifestó que Perú debe esperar.", "manifestó"),
        Quiet(.es, "El ministro de Perú asistió a la cumbre con Bolivia.", "asistió"),
        Quiet(.es, "El bloque opositor de Venezuela votó en contra.", "bloque"),
    ]

    @Test(arguments: quietWords) func wordsThatOnlyLookLikeTriggers(_ example: Quiet) {
        let hits = Self.hits(example.text, example.language)
        let forbidden = hits.filter { hit in
            hit.hasPrefix(example.word + " ") && example.type.map { hit.hasSuffix(" " + $0.rawValue) } ?? true
        }
        #expect(forbidden.isEmpty, "\(hits)")
    }

    /// After a determiner the noun reading wins, with its own frame: "the annexation", "el desarme".
    @Test func nounsOfVerbStemsAreReadAsNouns() {
        let document = Document(text: "Tras el desarme de Corea del Norte.", language: .es)
        let matcher = TriggerMatcher.shared(.es)
        let hit = matcher.hits(in: document.tokens, range: 0..<document.tokens.count, isBlocked: { _ in false }).first
        #expect(hit?.trigger.type == .retreat)
        #expect(hit?.trigger.frame == .noun)
        let english = Document(text: "They condemned the annexation.", language: .en)
        let annexation = TriggerMatcher.shared(.en).hits(in: english.tokens, range: 0..<english.tokens.count, isBlocked: { _ in false })
        #expect(annexation.map(\.trigger.frame) == [.verb, .noun])
        #expect(annexation.last?.trigger.type == .coerce)
    }

    /// A phrase beats the shorter stem it starts with: a deal struck is an agreement, not a strike; lifting
    /// an embargo concedes; recalling an ambassador sanctions; an entry ban rejects.
    @Test func phrasesBeatTheirFirstWord() {
        #expect(Self.hits("Ghana struck a deal with Togo.", .en) == ["struck a deal AGREE"])
        #expect(Self.hits("Le Japon a levé l'embargo.", .fr) == ["levé l'embargo CONCEDE"])
        #expect(Self.hits("Chile retiró a su embajador.", .es) == ["retiró a su embajador SANCTION"])
        #expect(Self.hits("Israel denied entry to the reporters.", .en) == ["denied entry REJECT"])
    }

    /// A row whose type, kind or frame is misspelt would be dropped without a word: every row of the table is read.
    @Test func everyRowIsRead() {
        for line in TriggerLexicon.table.split(separator: "\n") {
            let fields = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(fields.count >= 4, "\(line)")
            guard fields.count >= 4 else { continue }
            #expect(Language(rawValue: fields[0]) != nil, "\(line)")
            // An imitation writes `*`: it repeats the type of the act told before.
            #expect(EventType(rawValue: fields[1]) != nil || (fields[1] == "*" && fields[2] == "imitate"), "\(line)")
            #expect(Trigger.Frame(rawValue: fields[2]) != nil, "\(line)")
            #expect(!fields[3].split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(line)")
            if fields.count > 4 {
                #expect(ArgumentFrame(fields[4...].joined(separator: "|")[...]) != nil, "\(line)")
            }
        }
    }

    /// The lexicon speaks the news in every language: hundreds of patterns each, not dozens.
    @Test func everyLanguageHasHundredsOfPatterns() {
        for language in Language.allCases {
            #expect(TriggerLexicon.triggers(language).count >= 400, "\(language)")
        }
    }

    /// Phrases are cut into patterns where their characters are: the bytes are cut only where that gives the same.
    @Test(arguments: ["s'est rendu", "l'ONU", "aujourd'hui", "a déclaré", "  deux  espaces ", "qu'il",
                      "a \u{301}b", "d\u{301}'accord", "x'\u{301}y", "é 'a", "\u{600} x"])
    func patternTokensCutAtCharacters(_ phrase: String) {
        let byCharacters = phrase.split(separator: " ").flatMap { word -> [String] in
            let folded = TextFolding.fold(word)
            guard let apostrophe = folded.firstIndex(of: "'"), folded.index(after: apostrophe) != folded.endIndex,
                  folded.distance(from: folded.startIndex, to: apostrophe) <= 2 else { return [folded] }
            return [String(folded[...apostrophe]), String(folded[folded.index(after: apostrophe)...])]
        }
        #expect(TriggerLexicon.patternTokens(phrase[...]) == byCharacters)
    }

    @Test func patternTokensSplitElisions() {
        #expect(TriggerLexicon.patternTokens("s'est rendu") == ["s'", "est", "rendu"])
        #expect(TriggerLexicon.patternTokens("aujourd'hui") == ["aujourd'hui"])
        #expect(TriggerLexicon.patternTokens("a Déclaré") == ["a", "declare"])
    }
}

/// A trigger phrase ending in a preposition matches the preposition fused with the article after it.
@Suite("Fused prepositions in trigger phrases")
struct FusedPrepositionTests {
    @Test func spanishAlAndFrenchAu() {
        #expect(Probe.events("La Unión Africana llamó al diálogo entre Etiopía y Sudán.", .es) == ["org:AU REQUEST ETH", "org:AU REQUEST SDN"])
        let fused = TriggerLexicon.triggers(.es).filter { $0.patterns == ["llam*", "al"] }
        #expect(fused.count == 1)
        #expect(TriggerLexicon.triggers(.en).allSatisfy { $0.patterns.last != "al" })
    }
}
