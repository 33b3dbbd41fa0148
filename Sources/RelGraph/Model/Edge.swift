/// A typed, directed relation between two actors, with the sentences that state it.
public struct Edge: Codable, Hashable, Sendable {
    /// The actor's node id.
    public var source: String
    /// The recipient's node id.
    public var target: String
    public var type: EventType
    /// How many distinct sentences state the relation: two triggers of it in one sentence count once.
    /// Merged graphs add weights up (their documents' sentences are distinct); `--min-weight`, `--top`
    /// and line thickness read it.
    public var weight: Int
    /// How sure the rule that found the relation is, from 0 to 1.
    public var confidence: Double
    /// True when the text places the relation in the past (a Cold War alliance), drawn dashed.
    public var historical: Bool
    /// The multi-party event this edge belongs to, if any (see `EventGroup`).
    public var group: String?
    public var evidence: [Evidence]
    /// The earliest publication day (`YYYY-MM-DD`) of the documents stating the relation, when dated.
    ///
    /// Kept on the edge as well as on each evidence, so that `--max-evidence`
    /// does not lose the span of a relation stated over months.
    public var firstDate: String?
    /// The latest publication day of the documents stating the relation, when dated.
    public var lastDate: String?
    /// How many documents state the relation: 1 for one article's graph, added up by merging (a corpus's
    /// documents are distinct), and kept whole when `--max-evidence` drops sentences, as `weight` is.
    public var documents: Int

    public init(source: String, target: String, type: EventType, weight: Int = 1, confidence: Double = 1,
                historical: Bool = false, group: String? = nil, evidence: [Evidence] = [],
                firstDate: String? = nil, lastDate: String? = nil, documents: Int = 1) {
        self.source = source
        self.target = target
        self.type = type
        self.weight = weight
        self.confidence = confidence
        self.historical = historical
        self.group = group
        self.evidence = evidence
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.documents = documents
    }

    private enum CodingKeys: String, CodingKey {
        case source, target, type, weight, confidence, historical, group, evidence, firstDate, lastDate, documents
    }

    /// Decodes an edge; one written before edges counted their documents gets the number of documents its
    /// evidence names (at least 1).
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        target = try container.decode(String.self, forKey: .target)
        type = try container.decode(EventType.self, forKey: .type)
        weight = try container.decode(Int.self, forKey: .weight)
        confidence = try container.decode(Double.self, forKey: .confidence)
        historical = try container.decode(Bool.self, forKey: .historical)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        firstDate = try container.decodeIfPresent(String.self, forKey: .firstDate)
        lastDate = try container.decodeIfPresent(String.self, forKey: .lastDate)
        documents = try container.decodeIfPresent(Int.self, forKey: .documents)
            ?? max(1, Set(evidence.map { $0.document ?? "" }).count)
    }

    /// Edges with the same key are one relation; merging adds their weights.
    public struct Key: Hashable, Sendable, Comparable {
        public var source: String
        public var target: String
        public var type: EventType

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.source, lhs.target, lhs.type.rawValue) < (rhs.source, rhs.target, rhs.type.rawValue)
        }
    }

    public var key: Key { Key(source: source, target: target, type: type) }
}
