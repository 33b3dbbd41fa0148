/// A place in a sentence that names or stands for one or more actors.
struct Mention: Hashable, Sendable {
    enum Form: Hashable, Sendable {
        /// A proper name: "Pérou", "OTAN", "Amina Diallo".
        case name
        /// An adjective or inhabitant noun: "russe", "Peruvian".
        case demonym
        /// A capital or seat of power: "Moscou", "the Kremlin".
        case seat
        /// A title without a name, resolved to the official or the body they act for: "le président russe".
        case official
        /// "les deux parties", "both sides": the two actors the context names.
        case pair
        /// "son pays", "his country": the state of the person just named.
        case ownCountry
        /// "este último país", "ce dernier pays", "the latter country": the state named last.
        case latterCountry
    }

    var range: Range<Int>
    var refs: [ActorRef]
    /// For a pair: the couple named before the one in `refs`, used when `refs` would make an actor act on itself
    /// ("Norway and Sweden, both of which urged the two neighbours").
    var alternativeRefs: [ActorRef] = []
    var form: Form
    /// The folded preposition right before the mention, if any ("de", "à", "with").
    var preposition: String?

    /// "the Baltic states": a group's name standing for each of its members, who are actors of the graph only where a
    /// relation uses them ("as Gulf states watch" draws none of the six).
    var isGroup = false

    /// Where a title standing for its body names the body ("le chef de l'Assemblée nationale"): the node's label.
    var bodyName: Range<Int>?

    /// After "à", "in", "en": a place. Set by the actor finder, which knows the language (Spanish "a" marks objects).
    var isLocative = false

    /// The state a named envoy's phrase says they are posted to ("its ambassador to Kenya X"): where they are called
    /// home from, or sent out of, when the envoy's phrase is the place a recall or an expulsion names.
    var posting: String?

    /// How a state named inside one word with a participle takes part ("Saudi-led", "US-backed", "U.S.-manned"); nil
    /// for any other mention.
    var compound: ActorLexicon.CompoundPart?

    /// A state joined to a participle of backing ("US-backed"): it backs what its word qualifies
    /// (`RelationExtractor.backingRelations`).
    var backs: Bool { compound == .backs }

    /// A state named inside a word with a participle that does not make it act ("US-backed", "U.S.-manned"): it fills
    /// no role of the sentence's events, where the noun its word qualifies does.
    /// So does a state an "anti-" word opposes ("anti-Russian sanctions"), which an act the word qualifies is aimed at
    /// (`TreeArguments.opposedActors(of:)`).
    var standsAside: Bool { compound == .backs || compound == .named || compound == .opposes }

    /// How many parties the mention names to an event done together ("X and Y met", "the two sides met"): a group of
    /// states is one party, whose members do not meet each other by meeting someone ("the Baltic states met Poland").
    var partyCount: Int { isGroup ? 1 : refs.count }

    /// Written as a proper name (a state, a person, a capital), not as a demonym, a title or a pronoun phrase.
    var isProperName: Bool { form == .name || form == .seat }
}

extension [Mention] {
    /// The parties the mentions name together (`Mention.partyCount`).
    var partyCount: Int { reduce(0) { $0 + $1.partyCount } }
}
