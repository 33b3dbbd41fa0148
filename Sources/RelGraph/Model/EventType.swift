/// The type of a relation: the 16 PLOVER event types plus relgraph's structural AFFILIATION.
///
/// PLOVER (the successor of CAMEO) is what political event datasets use, so
/// graphs written by relgraph can be compared with them.
public enum EventType: String, Codable, Sendable, CaseIterable, Comparable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"
    /// A person -> the state or organization they lead, serve or represent.
    case affiliation = "AFFILIATION"

    /// PLOVER's quad class, used to colour edges.
    /// Whether the event sets its source against its target (verbal or material conflict).
    public var isConflict: Bool { [.verbalConflict, .materialConflict].contains(quadClass) }

    /// Whether the act, said to be coming ("said it would attack"), is a threat rather than an act announced: force is
    /// threatened; an expulsion, a sanction or a rejection announced is a decision made ("announced it would expel").
    public var isForce: Bool { [.assault, .coerce, .mobilize].contains(self) }

    public var quadClass: QuadClass {
        switch self {
        case .agree, .consult, .support, .concede: .verbalCooperation
        case .cooperate, .aid, .retreat: .materialCooperation
        case .request, .accuse, .reject, .threaten: .verbalConflict
        case .protest, .sanction, .mobilize, .coerce, .assault: .materialConflict
        case .affiliation: .structural
        }
    }

    /// Mutual events have no real direction: a meeting between A and B is also one between B and A.
    public var isSymmetric: Bool {
        self == .agree || self == .consult || self == .cooperate
    }

    public static func < (lhs: EventType, rhs: EventType) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// PLOVER's four quad classes, plus the structural class of AFFILIATION.
public enum QuadClass: String, Codable, Sendable, CaseIterable {
    case verbalCooperation = "verbal-cooperation"
    case materialCooperation = "material-cooperation"
    case verbalConflict = "verbal-conflict"
    case materialConflict = "material-conflict"
    case structural

    /// Cooperation or conflict: the first thing a reader wants to see in a colour.
    public var isCooperation: Bool {
        self == .verbalCooperation || self == .materialCooperation
    }
}
