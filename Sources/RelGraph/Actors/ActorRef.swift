/// What a mention refers to: a state, an organization, a state's domestic body or a person of the document.
enum ActorRef: Hashable, Sendable, Comparable {
    /// ISO 3166 alpha-3 code.
    case state(String)
    /// Organization id: an English acronym ("NATO") or a slug ("wagner-group").
    case organization(String)
    /// A parliament, court or government arm of one state: its English slug (`DomesticBodyLexicon`, "parliament") and
    /// the state's code ("XKX"). One node per state's body.
    case domesticBody(key: String, country: String)
    /// Index into the document's `PersonRegistry`.
    case person(Int)

    var stateCode: String? {
        if case .state(let code) = self { return code }
        return nil
    }

    var personIndex: Int? {
        if case .person(let index) = self { return index }
        return nil
    }

    /// An organization or a domestic body: the graph draws both as organizations, named as the article writes them
    /// when no table knows them.
    var isOrganization: Bool {
        if case .organization = self { return true }
        return false
    }

    var isOrganizationOrBody: Bool {
        switch self {
        case .organization, .domesticBody: true
        case .state, .person: false
        }
    }

    /// States first, then organizations and domestic bodies by their node ids ("parliament-xkx" among the
    /// organizations' ids), then persons in the order the document names them.
    static func < (lhs: ActorRef, rhs: ActorRef) -> Bool {
        let (left, right) = (lhs.order, rhs.order)
        if left.rank != right.rank { return left.rank < right.rank }
        if left.rank == 2 { return (lhs.personIndex ?? 0) < (rhs.personIndex ?? 0) }
        return left.id < right.id
    }

    private var order: (rank: Int, id: String) {
        switch self {
        case .state(let code): (0, code)
        case .organization(let id): (1, id)
        case .domesticBody(let key, let country): (1, DomesticBodyLexicon.id(key, country: country))
        case .person: (2, "")
        }
    }
}
