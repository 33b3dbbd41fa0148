/// The closed word classes that reading arguments off the tree needs, one table per language.
struct ArgumentWords: Sendable {
    /// Nouns that act for the actor their complement names: "the government of Iran", "les forces de l'OTAN".
    let agentNouns: WordSet
    /// Agent nouns that rule from their seat: "the authorities in Bamako", "le régime à Damas", "el gobierno en
    /// Caracas" stand for the state, where "in Bamako" after another noun is only a place.
    let rulerNouns: WordSet
    /// Nouns of a state's ground, sea or sky that stand for the state their complement names, whatever the
    /// preposition: "the border with Ukraine", "la frontière avec le Bénin", "el espacio aéreo de Turquía".
    let territoryNouns: WordSet
    /// Nouns of private people: a demonym on them ("Syrian refugees", "des pêcheurs chinois") names whom the event
    /// touches, never a state that acts, so they fill no source.
    let civilianNouns: WordSet
    /// Nouns that name one act already told ("the test", "cette décision", "el ataque") when a definite or
    /// demonstrative determiner stands before them: "China condemned the test" condemns whoever carried it out.
    /// Singular only: "the previous measures" are seldom the last act told.
    let eventAnaphors: WordSet
    /// The definite and demonstrative determiners that make such a noun point back.
    let anaphoricDeterminers: WordSet
    /// Nouns of time, which parsers take for the subject of the verb after them ("este domingo cerró…"): never an
    /// argument.
    let timeNouns: WordSet
    /// Subordinators and prepositions of time that open an adverbial clause ("before speaking", "après avoir
    /// rencontré", "antes de reunirse"): such a clause is no topic of the verb it hangs from.
    let timeMarkers: WordSet
    /// Relative pronouns whose antecedent is the head of their clause ("qui", "which", "quien").
    let relativePronouns: WordSet
    /// Verbs whose subject undergoes the noun they govern: "Iran faces sanctions", "Cuba subit un embargo".
    let undergoingVerbs: WordSet
    /// Verbs that carry an event noun ("imposed sanctions", "a tenu des pourparlers", "impuso sanciones"): told to
    /// the tagger as verbs, which the treebanks' few news sentences leave it unsure of.
    let supportVerbs: WordSet
    /// Prepositions that introduce the agent of a passive verb.
    let passiveAgents: WordSet
    /// Object pronouns that stand for an actor named earlier in the sentence ("urged him", "le condamne").
    let objectPronouns: WordSet
    /// Possessives that stand for the subject of their clause ("its ties with", "son soutien à", "su apoyo a").
    let possessives: WordSet
    /// Subject pronouns that a reported clause shares with its speaker ("X says it will…").
    let subjectPronouns: WordSet
    /// The preposition of a noun's complement ("of", "de"): the target once a possessor is the source.
    let genitive: String
    /// Prepositions that mark a direct object ("atacó a Siria").
    let objectMarkers: WordSet
    /// Quantifiers a relative pronoun may hang from: "both of which", "dont tous", "todos los cuales".
    let relativeQuantifiers: WordSet
    /// Negations on a verb or a noun: "not", "ne… pas", "no", "jamais", "aucune", "sans".
    let negations: WordSet
    /// Verbs and auxiliaries whose event has not happened: "could", "pourrait", "podría", "devrait".
    let modals: WordSet
    /// Words that make their event a plan or an allegation: "projet d'attaque", "plans to strike", "las maniobras
    /// previstas", "sociétés soupçonnées d'aider", "suspected of helping".
    let plans: WordSet
    /// Verbs whose complement did not happen: "failed to reach", "n'a pas réussi", "no logró".
    let failures: WordSet
    /// Subordinators of a condition: "si", "if", "unless".
    let conditionals: WordSet
    /// Subordinators of a purpose: "pour défendre", "para obligar".
    let purposes: WordSet
    /// Words by which a sentence says something may happen: "n'est pas écartée", "no se descarta".
    let possibilities: WordSet
    /// The auxiliaries of the passive voice ("been", "été", "sido"): a subject the parser calls passive is one only
    /// beside such an auxiliary, not beside the perfect's ("Chile ha hablado con Perú").
    let passiveAuxiliaries: WordSet
    /// Words that open a list of examples after a noun ("four countries, including…", "trois pays, dont…", "varios
    /// países, entre ellos…"): the actors listed are what the noun names, however the parser hung them.
    let exampleMarkers: WordSet
    /// Prepositions of the occasion at which a clause's subject takes part in a gathering: "said in a meeting
    /// with…", "a déclaré lors d'un entretien avec…", "afirmó durante una reunión con…".
    let occasions: WordSet
    /// Whether the language leaves a known subject unwritten ("Fue recibido por…"): a passive with no subject then
    /// has one the discourse supplies.
    var dropsSubjects = false

    static func of(_ language: Language) -> ArgumentWords {
        switch language {
        case .en: english
        case .fr: french
        case .es: spanish
        }
    }

    private static let english = ArgumentWords(
        agentNouns: FunctionWords.set("""
            government governments administration regime cabinet army armies military forces force troops navy
            police ministry ministries minister ministers president leader leaders officials official diplomats
            diplomat authorities embassy embassies ambassador ambassadors envoy envoys delegation delegations spokesman spokeswoman spokesperson
            parliament congress senate state people representatives representative head chief coalition-led
            counterpart counterparts presidents negotiator negotiators
            """),
        rulerNouns: FunctionWords.set("authorities government governments regime rulers leaders leadership junta administration"),
        territoryNouns: FunctionWords.set("""
            border borders frontier territory territories waters airspace coast coastline soil mainland
            """),
        civilianNouns: FunctionWords.set("""
            refugees refugee migrants migrant citizens citizen nationals civilians tourists students workers fishermen
            residents journalists prisoners hostages passengers pilgrims asylum-seekers
            """),
        eventAnaphors: FunctionWords.set("""
            test move decision measure action step incident raid incursion launch act attack strike seizure
            announcement
            """),
        anaphoricDeterminers: FunctionWords.set("the this that these those such"),
        timeNouns: FunctionWords.set("""
            monday tuesday wednesday thursday friday saturday sunday week weekend month year day morning evening night
            today yesterday tonight
            """),
        timeMarkers: FunctionWords.set("before after while when since until during once"),
        relativePronouns: FunctionWords.set("who which that whom"),
        undergoingVerbs: FunctionWords.set("""
            face faces faced facing suffer suffers suffered suffering endure endured endures undergo underwent
            subject subjected confronted
            """),
        supportVerbs: FunctionWords.set("""
            impose imposes imposed imposing slap slaps slapped levy levies levied hold holds held holding conduct conducts
            conducted carry carries carried launch launches launched
            """),
        passiveAgents: FunctionWords.set("by"),
        objectPronouns: FunctionWords.set("him her it them"),
        possessives: FunctionWords.set("its their his her"),
        subjectPronouns: FunctionWords.set("it they he she"),
        genitive: "of",
        objectMarkers: .empty,
        relativeQuantifiers: FunctionWords.set("both all each some most"),
        negations: FunctionWords.set("not n't never no neither nor without"),
        modals: FunctionWords.set("could might may would should can cannot possible hypothetical potential"),
        plans: FunctionWords.set("plan plans planned planning plot plotted proposed proposal contemplated envisaged suspected alleged allegedly purported"),
        failures: FunctionWords.set("failed fails fail failing unable refused"),
        conditionals: FunctionWords.set("if unless whether"),
        purposes: .empty,
        possibilities: .empty,
        passiveAuxiliaries: FunctionWords.set("be is are was were been being get gets got gotten"),
        exampleMarkers: FunctionWords.set("including notably such as among them like especially"),
        occasions: FunctionWords.set("in at during after following before"))

    private static let french = ArgumentWords(
        agentNouns: FunctionWords.set("""
            gouvernement gouvernements administration régime cabinet armée armées militaires forces force troupes
            marine police ministère ministères ministre ministres président présidente dirigeant dirigeants tenants
            responsables responsable diplomates diplomate autorités ambassade ambassades ambassadeur ambassadeurs ambassadrice émissaire émissaires
            envoyé envoyés délégation délégations porte-parole parlement état peuple représentants représentant chef homologue homologues
            """),
        rulerNouns: FunctionWords.set("autorités gouvernement régime dirigeants junte tenants pouvoir administration"),
        territoryNouns: FunctionWords.set("""
            frontière frontières territoire territoires eaux espace côte côtes sol
            """),
        civilianNouns: FunctionWords.set("""
            réfugiés réfugié migrants migrant citoyens citoyen ressortissants civils touristes étudiants travailleurs
            pêcheurs habitants journalistes prisonniers otages passagers pèlerins demandeurs
            """),
        eventAnaphors: FunctionWords.set("""
            essai décision mesure geste action initiative incident raid incursion tir lancement acte attaque frappe
            saisie annonce
            """),
        anaphoricDeterminers: FunctionWords.set("le la l' les ce cet cette ces"),
        timeNouns: FunctionWords.set("""
            lundi mardi mercredi jeudi vendredi samedi dimanche semaine week-end mois année an jour matin soir nuit
            """),
        timeMarkers: FunctionWords.set("avant après lors pendant depuis quand lorsque dès"),
        relativePronouns: FunctionWords.set("qui que qu' lequel laquelle lesquels lesquelles"),
        undergoingVerbs: FunctionWords.set("""
            subit subissent subi subir subissait endure endurent enduré soumis soumise soumises confronté confrontée
            confrontés confrontées
            """),
        supportVerbs: FunctionWords.set("""
            impose imposent imposé imposée imposés imposées imposer imposera imposeront imposait tient tiennent tenu tenue
            tenus tenues tenir tiendra mène mènent mené menée mener lance lancent lancé lancée lancer inflige infligent
            infligé infligées infliger
            """),
        passiveAgents: FunctionWords.set("par"),
        objectPronouns: FunctionWords.set("le la l' les lui leur"),
        possessives: FunctionWords.set("son sa ses leur leurs"),
        subjectPronouns: FunctionWords.set("il elle ils elles"),
        genitive: "de",
        objectMarkers: .empty,
        relativeQuantifiers: FunctionWords.set("tous toutes chacun chacune"),
        negations: FunctionWords.set("ne n' pas jamais aucun aucune nullement sans ni"),
        modals: FunctionWords.set("""
            pourrait pourraient pourrais pourra pourront pouvait pourrions peut peuvent devrait devraient
            éventuel éventuelle éventuels éventuelles possible possibles hypothétique
            """),
        plans: FunctionWords.set("""
            projet projets plan plans prévu prévue prévus prévues prévoit prévoient envisage envisagent envisagé
            envisagée proposé proposée préparer prépare préparent planifié planifie planifient planifiait
            soupçonné soupçonnée soupçonnés soupçonnées suspecté suspectée suspectés suspectées présumé présumée
            présumés présumées prétendu prétendue prétendus prétendues
            """),
        failures: FunctionWords.set("échoué échoue échouent échouer"),
        conditionals: FunctionWords.set("si s' sauf"),
        purposes: FunctionWords.set("pour afin"),
        possibilities: FunctionWords.set("écartée écarté écartées écartés exclue exclu exclues exclus"),
        passiveAuxiliaries: FunctionWords.set("être été est sont était étaient fut furent sera seront serait seraient soit soient"),
        exampleMarkers: FunctionWords.set("dont notamment parmi lesquels lesquelles eux elles comme tels telles que y compris"),
        occasions: FunctionWords.set("lors à au pendant durant après avant en dans"))

    private static let spanish = ArgumentWords(
        agentNouns: FunctionWords.set("""
            gobierno gobiernos administración régimen gabinete ejército ejércitos militares fuerzas fuerza tropas
            armada policía ministerio ministerios ministro ministra ministros presidente presidenta dirigente
            dirigentes líder líderes responsables funcionarios diplomáticos diplomático autoridades embajada embajadas
            embajador embajadores embajadora enviado enviados delegación delegaciones portavoz parlamento congreso estado pueblo
            representantes representante jefe homólogo homóloga homólogos homólogas
            """),
        rulerNouns: FunctionWords.set("autoridades gobierno régimen dirigentes junta administración"),
        territoryNouns: FunctionWords.set("""
            frontera fronteras territorio territorios aguas espacio costa costas suelo
            """),
        civilianNouns: FunctionWords.set("""
            refugiados refugiado migrantes migrante ciudadanos ciudadano nacionales civiles turistas estudiantes
            trabajadores pescadores habitantes periodistas presos prisioneros rehenes pasajeros peregrinos solicitantes
            """),
        eventAnaphors: FunctionWords.set("""
            prueba ensayo decisión medida acción paso incidente incursión lanzamiento acto ataque allanamiento
            captura anuncio
            """),
        anaphoricDeterminers: FunctionWords.set("el la los las este esta estos estas ese esa esos esas"),
        timeNouns: FunctionWords.set("""
            lunes martes miércoles jueves viernes sábado domingo semana mes año día mañana tarde noche
            """),
        timeMarkers: FunctionWords.set("antes después tras durante mientras cuando desde"),
        relativePronouns: FunctionWords.set("que quien quienes cual cuales"),
        undergoingVerbs: FunctionWords.set("""
            sufre sufren sufrió sufrieron sufrir enfrenta enfrentan enfrentó enfrentaron padece padecen sometido
            sometida sometidos sometidas confrontado confrontada confrontados confrontadas
            """),
        supportVerbs: FunctionWords.set("""
            impone imponen impuso impusieron impuesto impuesta impuestos impuestas imponer impondrá impondrán imponía
            celebra celebran celebró celebraron celebrado celebrar mantuvo mantuvieron mantiene mantienen sostuvo
            sostuvieron lanza lanzan lanzó lanzaron lanzado aplica aplican aplicó aplicaron aplicado aplicadas
            """),
        passiveAgents: FunctionWords.set("por"),
        objectPronouns: FunctionWords.set("lo la los las le les"),
        possessives: FunctionWords.set("su sus"),
        subjectPronouns: FunctionWords.set("él ella ellos ellas"),
        genitive: "de",
        objectMarkers: FunctionWords.set("a"),
        relativeQuantifiers: FunctionWords.set("ambos ambas todos todas cada"),
        negations: FunctionWords.set("no nunca jamás tampoco ni sin ningún ninguna"),
        modals: FunctionWords.set("""
            podría podrían podria podrian pudiera pudieran puede pueden podrá podrán debería deberían deberia deberian
            eventual eventuales posible posibles hipotético hipotética
            """),
        plans: FunctionWords.set("""
            proyecto proyectos plan planes prevé prevén previsto prevista previstos previstas planea planean planeó
            planearon planeaba planificó planificaron propuesto propuesta contempla contemplan
            sospechoso sospechosa sospechosos sospechosas sospechado sospechada sospechados sospechadas presunto
            presunta presuntos presuntas presuntamente supuesto supuesta supuestos supuestas supuestamente
            """),
        failures: FunctionWords.set("fracasó fracasaron fracasa"),
        conditionals: FunctionWords.set("si salvo"),
        purposes: FunctionWords.set("para"),
        possibilities: FunctionWords.set("descarta descartada descartado descartan"),
        passiveAuxiliaries: FunctionWords.set("ser sido es son era eran fue fueron será serán sería serían sea sean siendo fuera fueran"),
        exampleMarkers: FunctionWords.set("""
            entre ellos ellas incluidos incluidas incluido incluida incluyendo como tales en particular especialmente
            """),
        occasions: FunctionWords.set("en durante tras después antes"),
        dropsSubjects: true)
}
