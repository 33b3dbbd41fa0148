/// One event with many participants: a summit, a coordination meeting, a coalition.
///
/// The graph keeps one edge per participant (so edge lists stay complete),
/// and this group says they belong together; the renderer draws the
/// participants as one cluster instead of a fan of crossing edges.
///
/// The id comes from what the event is: its type, its convener and its participants
/// (`EventGroup.id(type:source:participants:)`). Two articles reporting the same meeting
/// give the same id, so a corpus's graph holds the meeting once, with evidence from both,
/// as it holds a relation stated twice once: the graph grows with what happened, not with
/// the number of articles. The documents stay named in the evidence.
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

    /// The event of `type` convened by `source` with `participants`, under the id its content gives it.
    public init(type: EventType, source: String, participants: [String], evidence: [Evidence] = []) {
        let participants = Array(Set(participants)).sorted()
        self.init(id: Self.id(type: type, source: source, distinctSorted: participants),
                  type: type, source: source, participants: participants, evidence: evidence)
    }

    /// `event-` and 16 hex digits of a 64-bit FNV-1a hash of the type, the source and the sorted,
    /// distinct participants: stable across runs and machines, and with 64 bits two different events
    /// of even a large archive are unlikely to share one (about one chance in 10⁹ for 200,000 events).
    public static func id(type: EventType, source: String, participants: [String]) -> String {
        id(type: type, source: source, distinctSorted: Array(Set(participants)).sorted())
    }

    private static func id(type: EventType, source: String, distinctSorted participants: [String]) -> String {
        let fields = [type.rawValue, source] + participants
        var hash = WordKey.emptyHash
        for byte in fields.joined(separator: "\u{1F}").utf8 { hash = WordKey.hash(hash, adding: byte) }
        let digits = String(hash, radix: 16)
        return "event-" + String(repeating: "0", count: 16 - digits.count) + digits
    }
}
