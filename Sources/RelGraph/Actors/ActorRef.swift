/// What a mention refers to: a state, an organization or a person of the document.
enum ActorRef: Hashable, Sendable, Comparable {
    /// ISO 3166 alpha-3 code.
    case state(String)
    /// Organization id: an English acronym ("NATO") or a slug ("national-assembly").
    case organization(String)
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
}
