/// One event with many participants: a summit, a coordination meeting, a coalition.
///
/// The graph keeps one edge per participant (so edge lists stay complete),
/// and this group says they belong together; the renderer draws the
/// participants as one cluster instead of a fan of crossing edges.
public struct EventGroup: Codable, Hashable, Sendable {
    public var id: String
    public var type: EventType
    /// The actor that convenes or leads the event.
    public var source: String
    /// Node ids of the other participants, sorted.
    public var participants: [String]
    public var evidence: [Evidence]

    public init(id: String, type: EventType, source: String, participants: [String], evidence: [Evidence] = []) {
        self.id = id
        self.type = type
        self.source = source
        self.participants = participants
        self.evidence = evidence
    }
}
