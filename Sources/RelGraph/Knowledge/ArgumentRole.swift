/// Where in the dependency tree an argument of a trigger is read: one slot of a frame row.
///
/// Roles are written in frame rows as words: `subject`, `object`, `iobj`, `poss`, `modifier`, `between`,
/// `clause-subject`, `clause-object`, `condition`, `agent`, `host`, `invitation`, `purpose-object`, `purpose-clause-object`, or a preposition (`with`, `contre`, `a`) for an oblique or a noun's complement
/// introduced by it.
enum ArgumentRole: Hashable, Sendable {
    /// The logical subject: `nsubj` of an active verb, the agent (`obl:agent`, "by", "par", "por") of a passive
    /// one; for a noun, the subject of the verb it is the object of ("imposed sanctions").
    case subject
    /// The logical object: `obj` of an active verb, the subject of a passive one.
    case object
    case indirectObject
    /// A possessor: "Russia's", "su".
    case possessor
    /// An actor modifying the trigger: a demonym or a name before a noun ("US sanctions", "les sanctions
    /// américaines").
    case modifier
    /// The parties after "between", "entre": all of them take part.
    case between
    /// The subject of the clause the trigger introduces ("warned that Moscow could…").
    case clauseSubject
    /// The object of the clause the trigger introduces: what a threat is aimed at ("threatened to attack Syria").
    case clauseObject
    /// The subject of a condition set on the trigger or on the clause it introduces: whom a threat is aimed at when it
    /// names the act it waits for ("threatened to recall its envoy if Caracas did not apologise", "amenazó con… si X no…").
    case condition
    /// The agent of a participle describing the trigger noun: "the attack carried out by X", "l'attaque menée par X",
    /// "el ataque perpetrado por X".
    case participleAgent
    /// The state where the envoy the trigger's object names serves: "the ambassador of X to Y was summoned" is Y's
    /// reprimand, as only a host state summons an envoy.
    case host
    /// Who invited the trigger's event: the genitive of an invitation noun hung on it ("arrived at the invitation of X",
    /// "à l'invitation de X", "por invitación de X"). A visitor's inviter is their host.
    case inviter
    /// The object of the act the trigger is the purpose of: "summoned the envoy to demand an explanation", "convocó
    /// al embajador para exigir explicaciones" ask the envoy's state, whom the act was done to. Read only for a clause
    /// with no subject of its own.
    case purposeObject
    /// The object of the purpose clause hung on the trigger noun or on the verb that carries it: whom aid announced
    /// "to help X adapt" goes to ("a versé une aide pour aider X", "envió fondos para ayudar a X").
    case purposeClauseObject
    /// An oblique or a nominal complement introduced by this folded preposition.
    case preposition(String)
    /// An oblique of the clause the trigger introduces, introduced by this folded preposition, written
    /// `clause-against`: whom a threat is aimed at when the act threatened takes no object ("threatened to retaliate
    /// against X").
    case clausePreposition(String)

    /// The subject and the complements a preposition introduces: a noun written there that names no actor says the
    /// role is filled by something else than an actor.
    var isWrittenPlace: Bool {
        switch self {
        case .subject, .preposition: true
        default: false
        }
    }

    /// The folded preposition of a role written as one, else nil.
    var preposition: String? {
        if case let .preposition(marker) = self { return marker }
        return nil
    }

    /// How a role of the trigger's clause is written in a frame row: `clause-against`.
    static let clausePrefix = "clause-"

    init(_ word: Substring) {
        switch word {
        case "subject": self = .subject
        case "object": self = .object
        case "iobj": self = .indirectObject
        case "poss": self = .possessor
        case "modifier": self = .modifier
        case "between", "entre": self = .between
        case "clause-subject": self = .clauseSubject
        case "clause-object": self = .clauseObject
        case "agent": self = .participleAgent
        case "condition": self = .condition
        case "host": self = .host
        case "invitation": self = .inviter
        case "purpose-object": self = .purposeObject
        case "purpose-clause-object": self = .purposeClauseObject
        case _ where word.hasPrefix(Self.clausePrefix) && word.count > Self.clausePrefix.count:
            self = .clausePreposition(TextFolding.fold(word.dropFirst(Self.clausePrefix.count)))
        default: self = .preposition(TextFolding.fold(word))
        }
    }
}

/// Which roles give a trigger its source and its target, in order of preference: the first role that
/// names an actor wins.
struct ArgumentFrame: Hashable, Sendable {
    var sources: [ArgumentRole]
    var targets: [ArgumentRole]
    /// A place visited is a recipient ("travelled to Qatar"); elsewhere a place is only where something happens.
    var places = false
    /// With no target, the actors listed as subject act on each other ("X and Y clashed").
    var mutual = false
    /// The actors listed as subject act together on others, never on each other, whatever the type: "the United
    /// States and Qatar lead a mediation" relates each to the parties, not to each other.
    var together = false
    /// The target is a diplomat, or no one: "the ambassador was summoned" is a reprimand, "the council was summoned"
    /// is not. A frame that reads its source from the object asks it of the source instead (`envoysAreSources`).
    var envoys = false
    /// The target is an international organization, or no one: "left ECOWAS" cuts a tie, "left Paris" is a journey.
    var organizations = false
    /// The target is a person, or no one: "called him on Sunday" is a telephone call, "called the meeting" is not.
    var persons = false
    /// The row spells its trigger with the passive auxiliary ("est convoqué", "fue citado"): the subject written is the
    /// logical object whatever voice the parser read, as it often takes "est" for the auxiliary of tense.
    var passive = false
    /// The row's act is coded only when it is denied: "did not allow X to visit", "n'a pas autorisé X à…" refuse X,
    /// while a permission granted is no event of the ontology.
    var denied = false
    /// "X's ambassador was recalled from Y" is X's act on the state the envoy leaves, "X's troops were recalled" no
    /// recall of an envoy: with the source read from the object, the envoy is the source, and the target is the host.
    var envoysAreSources: Bool { envoys && sources.contains(.object) }
    /// The frame as written, for `--explain`.
    private(set) var text: String

    /// Reads `source=subject target=object|with places mutual envoys passive together organizations persons denied`.
    init?(_ text: Substring) {
        self.text = String(text)
        var sources: [ArgumentRole]?
        var targets: [ArgumentRole]?
        for field in text.split(separator: " ") {
            if field == "places" { places = true; continue }
            if field == "mutual" { mutual = true; continue }
            if field == "envoys" { envoys = true; continue }
            if field == "passive" { passive = true; continue }
            if field == "together" { together = true; continue }
            if field == "organizations" { organizations = true; continue }
            if field == "persons" { persons = true; continue }
            if field == "denied" { denied = true; continue }
            let parts = field.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let roles = parts[1].split(separator: "|").map(ArgumentRole.init)
            switch parts[0] {
            case "source": sources = roles
            case "target": targets = roles
            default: return nil
            }
        }
        guard let sources, let targets else { return nil }
        self.sources = sources
        self.targets = targets
    }
}
