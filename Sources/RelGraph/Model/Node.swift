/// An actor in the graph: a state, a person or an organization.
public struct Node: Codable, Hashable, Sendable {
    /// `ISO3` for states, `person:slug` for persons, `org:ACRONYM` or `org:slug` for organizations.
    public var id: String
    public var kind: ActorKind
    /// The name as the article writes it.
    public var label: String
    /// ISO 3166 alpha-3 code of the state a person or domestic body belongs to.
    public var country: String?
    /// A person's role as the article gives it ("président", "foreign minister").
    public var role: String?
    /// How many times the article mentions the actor.
    public var mentions: Int

    public init(id: String, kind: ActorKind, label: String, country: String? = nil, role: String? = nil, mentions: Int = 1) {
        self.id = id
        self.kind = kind
        self.label = label
        self.country = country
        self.role = role
        self.mentions = mentions
    }
}
