/// What kind of political actor a node stands for.
///
/// The raw values are the wire format of the JSON output and of the gold
/// annotations relgraph is measured against.
public enum ActorKind: String, Codable, Sendable, CaseIterable, Comparable {
    case state
    case person
    case organization

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        lhs.sortRank < rhs.sortRank
    }

    /// States first, then organizations, then persons: the order readers scan a graph in.
    private var sortRank: Int {
        switch self {
        case .state: 0
        case .organization: 1
        case .person: 2
        }
    }
}
