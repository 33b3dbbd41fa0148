/// Closed classes of small words the extractor's rules are written in terms of.
///
/// Each table lists folded forms for the three languages together: the
/// words barely collide across French, English and Spanish, and one table
/// per class keeps every rule language-independent.
enum FunctionWords {
    /// Parses a whitespace-separated word list compiled into the binary.
    static func set(_ words: String) -> WordSet {
        // Cut on the contiguous bytes: space and line feed are ASCII, and the lists are built at start-up, where
        // splitting Characters would be most of the work.
        var words = words
        return WordSet(words.withUTF8 { bytes in
            bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map {
                TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self))
            }
        })
    }

    /// Prepositions that introduce the actor a noun belongs to or is done by: "le parlement de la Serbie", "by".
    static let ofPrepositions = set("de d' du des of del by par por")

    static let articles = set("""
        le la les l' un une des du d' de the a an el los las lo un una unos unas al del
        """)

    /// Determiners and possessives that may stand between a trigger and its noun ("signé une série d'accords").
    static let determiners = articles.union(set("""
        ses son sa leur leurs ce cette ces its their his her our nos notre su sus este esta estos estas nuevo nouveau
        nouvelle new serie série series
        """))

    /// Words of a quantity that may stand, with numbers, between a trigger's words: "sent tens of thousands of troops",
    /// "a envoyé des milliers de soldats", "envió cientos de efectivos", "deployed 500 additional troops".
    static let quantities = set("""
        dozens hundreds thousands tens millions of several many more than additional extra some few
        dizaines centaines milliers millions de d' plusieurs quelque quelques plus supplémentaires
        decenas cientos centenares miles millones de varios varias más unos unas adicionales
        """)

    /// A determiner in `language`: "a" is one in English only (French "a" is "has", Spanish "a" is "to").
    static func isDeterminer(_ folded: String, in language: Language) -> Bool {
        determiners.contains(folded) && !(folded == "a" && language != .en)
    }

    /// Prepositions that make the actor after them an object, never the subject of the verb.
    static let prepositions = set("""
        de d' du des à au aux avec contre sur sous pour par entre vers chez envers auprès en dans
        of to with against on under for by between towards toward in into at from about over
        a al del con contra sobre bajo para por entre hacia ante en según
        """)

    /// Prepositions before a place: a capital after them is where something happens, not who acts.
    static let locatives = set("à au aux en dans in at desde from")

    /// Words that join the members of a list of actors.
    static let coordinators = set(", et and y e ainsi que as well as ni nor or ou o")

    /// Negation around a verb.
    static let negations = set("ne n' pas jamais aucun aucune not n't never no nunca jamás tampoco ni sin without sans unable failed incapable")

    /// Modals and conditionals: what follows them has not happened.
    static let modals = set("""
        pourrait pourraient pourrais pourra pourront pouvait pourrions could might may would should podría podrían
        podria podrian pudiera pudieran puede pueden possible éventuel éventuelle eventual hypothetical si if
        devrait devraient debería deberían deberia deberian
        """)

    /// Reporting verbs: a capitalised name right before or after one is a speaker.
    static let reportingVerbs = set("""
        déclaré affirmé dit ajouté estimé indiqué souligné expliqué annoncé précisé assuré martelé averti
        déclare affirme dit ajoute estime indique souligne explique annonce précise assure martèle
        said says told added stated announced declared warned insisted noted explained
        dijo afirmó declaró aseguró añadió señaló explicó anunció advirtió subrayó remarcó indicó
        """)

    /// Past-tense auxiliaries between a subject and a reporting verb ("X a déclaré", "X ha dicho").
    static let auxiliaries = set("a ont avait avaient est sont a été has have had was were ha han había habían fue")

    /// Marks a former office holder: kept in the role.
    static let formerMarkers = set("ancien ancienne anciens former ex expresidente late feu défunt")

    /// Honorifics that come before a name but are not part of the surname key.
    static let honorifics = set("sheikh cheikh jeque sir dame lord mr mrs ms m mme sr sra don doña dona general")

    /// Words that stand for "the two of them" ("les deux parties").
    static let pairHeads = set("deux two both ambos ambas dos")
    static let pairNouns = set("""
        parties partis pays camps nations gouvernements armées sides countries parties nations governments armies
        partes países gobiernos naciones capitales ejércitos
        """)
}

extension FunctionWords {
    /// Ministry portfolios that may follow a title before the name ("ministre de la Défense Jeanne Morel").
    static let portfolios = set("""
        défense affaires étrangères étrangère intérieur économie finances justice santé énergie commerce armées
        defence defense foreign affairs interior home economy finance trade energy justice health state treasury
        defensa exteriores exterior relaciones interior hacienda economía justicia sanidad energía comercio estado
        cooperación cooperation coopération europe européennes
        """)

    /// Capitalised words that are never part of a person's name: they make a span an institution or a place.
    static let nonNameWords = set("""
        international internationale internacional airport aéroport aeropuerto university université universidad
        agency agence agencia news council conseil consejo bank banque banco party parti partido front frente army
        armée ejército forces fuerzas ministry ministère ministerio company compagnie compañía group groupe grupo
        street rue calle avenue avenida place plaza square declaration déclaration declaración
        treaty traité tratado war guerre guerra crisis crise guard garde guardia navy marine armada force fuerza
        court cour corte tribunal commission comisión committee comité assembly assemblée asamblea parliament
        parlement parlamento congress congrès congreso senate sénat senado government gouvernement gobierno
        republic république república kingdom royaume reino union unión states états estados nations naciones
        organization organisation organización institute institut instituto foundation fondation fundación
        center centre centro school école escuela church église iglesia museum musée museo hospital hôpital
        island isla île canal channel ocean océan océano sea mer mar river fleuve río mount mont monte gulf golfe
        golfo lake lac lago north nord norte south sud sur east est este west ouest oeste central coast côte costa
        cup coupe copa games jeux juegos olympic olympique olímpico summit sommet cumbre conference conférence
        conferencia operation opération operación plan accord acuerdo agreement pact pacte pacto protocol
        protocole protocolo charter charte carta mission misión
        monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi
        dimanche lunes martes miércoles jueves viernes sábado domingo january february march april may june july
        august september october november december janvier février mars avril mai juin juillet août septembre
        octobre novembre décembre enero febrero marzo abril mayo junio julio agosto septiembre octubre
        noviembre diciembre
        """)

    /// Capitalised words that open sentences and are not names.
    static let sentenceWords = set("""
        il elle ils elles on nous vous je ce ces cet cette cela ceci après avant dans selon pour mais et ou donc car
        lors depuis pendant malgré comme alors ainsi aussi enfin puis quand si tandis toutefois cependant
        pourtant néanmoins désormais ensuite aujourd'hui hier demain d'ailleurs outre
        he she they we you it this these those that there here after before in according for but and or so as then
        when if while however although during since despite yet also still meanwhile thus
        nevertheless moreover furthermore instead today yesterday earlier later
        él ella ellos ellas nosotros esto este esta estos estas ese esa tras antes durante según para pero y o
        así también cuando si mientras sin embargo aunque desde pese además luego entonces hoy ayer
        """)

    /// Nouns for a government standing for its state or leader ("l'administration Obama").
    static let governmentNouns = set("""
        administration gouvernement régime cabinet government regime administración gobierno régimen gabinete
        """)
}
