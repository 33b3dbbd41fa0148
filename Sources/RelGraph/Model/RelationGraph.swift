/// The actors of one or more articles and the relations between them.
///
/// A value type with intent-named mutations. Storage is keyed (nodes by id,
/// edges by `Edge.Key`, groups by id) so that adding to a graph of a whole
/// corpus costs a lookup, not a scan; the public arrays are sorted views
/// (states, organizations, persons; then by id), so the same input gives
/// byte-identical output that users can keep in version control and diff.
///
/// ```swift
/// var week = RelationGraph()
/// week.merge(monday)
/// week.merge(tuesday, evidenceLimit: 5)   // weights count all, evidence keeps the first 5
/// ```
public struct RelationGraph: Codable, Hashable, Sendable {
    private var nodeTable: [String: Node] = [:]
    private var edgeTable: [Edge.Key: Edge] = [:]
    private var groupTable: [String: EventGroup] = [:]
    /// The names the articles give the states their persons belong to, by code, in each article's language
    /// (`GraphBuilder`): a view that folds persons into a state no article named as an actor draws that state
    /// with its name (`GraphCollapse`), as the article would have. Beside the graph rather than in it: no writer
    /// writes it and no two graphs differ by it, so a graph read back from a file has none.
    private(set) var stateNames: [String: String] = [:]

    public init() {}

    public init(nodes: [Node], edges: [Edge], groups: [EventGroup] = []) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
        for group in groups { add(group) }
    }

    /// A graph of these nodes, edges and groups that keeps the state names of the graph it is made from.
    init(nodes: [Node], edges: [Edge], groups: [EventGroup], stateNames: [String: String]) {
        self.init(nodes: nodes, edges: edges, groups: groups)
        self.stateNames = stateNames
    }

    /// A graph of edges already keyed by `Edge.key`, each with sorted evidence without duplicates, as
    /// `GraphBuilder` merges one document's statements: adding them one by one would hash every key
    /// twice more and sort evidence already sorted.
    init(distinctEdges: [Edge.Key: Edge]) {
        edgeTable = distinctEdges
    }

    /// Makes room for `count` more nodes, so that adding a document's actors does not grow the table step by step.
    mutating func reserveNodes(_ count: Int) {
        nodeTable.reserveCapacity(nodeTable.count + count)
    }

    /// The actors: states, then organizations, then persons, each by id.
    public var nodes: [Node] { nodeTable.values.sorted(by: Self.nodeOrder) }
    /// The relations, by source, target and type.
    /// The keys are sorted, not the edges: moving whole edges about was most of the sort's cost.
    public var edges: [Edge] { edgeTable.keys.sorted().compactMap { edgeTable[$0] } }
    /// The multi-party events, by id.
    public var groups: [EventGroup] { groupTable.values.sorted { $0.id < $1.id } }

    public var isEmpty: Bool { nodeTable.isEmpty }

    public func node(_ id: String) -> Node? {
        nodeTable[id]
    }

    /// The edge with this source, target and type, if any.
    public func edge(_ key: Edge.Key) -> Edge? {
        edgeTable[key]
    }

    /// Adds a node, or adds its mentions to the node with the same id.
    ///
    /// Conflicting fields keep the smaller value, so the result does not depend on the order of additions.
    public mutating func add(_ node: Node) {
        // Updated where it lies, as edges are: one hash of the id, and no copy of the node to write back.
        guard let slot = nodeTable.index(forKey: node.id) else {
            nodeTable[node.id] = node
            return
        }
        Self.absorb(node, into: &nodeTable.values[slot])
    }

    /// Adds `node`'s mentions to `existing`, a node with the same id; conflicting fields keep the smaller value.
    private static func absorb(_ node: Node, into existing: inout Node) {
        existing.mentions = existing.mentions.saturatingAdd(node.mentions)
        existing.kind = min(existing.kind, node.kind)
        existing.label = min(existing.label, node.label)
        existing.country = smaller(existing.country, node.country)
        existing.role = smaller(existing.role, node.role)
    }

    /// Records how an article names the state `code`; of two names, the smaller is kept, whatever the order.
    mutating func nameState(_ code: String, _ name: String) {
        stateNames[code] = Self.smaller(stateNames[code], name)
    }

    /// Adds an edge, or adds its weight and evidence to the edge with the same source, target and type.
    public mutating func add(_ edge: Edge) {
        add(edge, evidenceLimit: nil)
    }

    /// Adds an edge keeping at most `evidenceLimit` evidence sentences (the first ones in sorted order).
    ///
    /// Weights and date spans still count every statement. Keeping the first
    /// N of a union is the first N of the union of first Ns, so a limit
    /// applied at every step gives the same graph as one applied at the end.
    public mutating func add(_ edge: Edge, evidenceLimit: Int?) {
        let key = edge.key
        // The stored edge is updated where it lies: one hash of the key, and no copy of the edge to write back.
        guard let slot = edgeTable.index(forKey: key) else {
            var edge = edge
            edge.evidence = Evidence.sortedUnique(edge.evidence, limit: evidenceLimit)
            edgeTable[key] = edge
            return
        }
        Self.absorb(edge, into: &edgeTable.values[slot], evidenceLimit: evidenceLimit)
    }

    /// Adds `edge`'s weight, documents, evidence and dates to `existing`, an edge with the same key.
    private static func absorb(_ edge: Edge, into existing: inout Edge, evidenceLimit: Int?) {
        existing.weight = existing.weight.saturatingAdd(edge.weight)
        existing.documents = existing.documents.saturatingAdd(edge.documents)
        existing.confidence = max(existing.confidence, edge.confidence)
        existing.historical = existing.historical && edge.historical
        existing.group = smaller(existing.group, edge.group)
        existing.firstDate = smaller(existing.firstDate, edge.firstDate)
        existing.lastDate = larger(existing.lastDate, edge.lastDate)
        Evidence.add(edge.evidence, to: &existing.evidence, limit: evidenceLimit)
    }

    /// Adds a multi-party event. Ids come from what the event is (`EventGroup.id`), so a group with
    /// the same id is the same event reported again: its evidence joins the stored group's. Groups
    /// named otherwise (read from other tools) that share an id take the union of participants.
    public mutating func add(_ group: EventGroup) {
        add(group, evidenceLimit: nil)
    }

    /// Adds a multi-party event keeping at most `evidenceLimit` evidence sentences.
    public mutating func add(_ group: EventGroup, evidenceLimit: Int?) {
        var group = group
        group.participants = Array(Set(group.participants)).sorted()
        group.evidence = Evidence.sortedUnique(group.evidence, limit: evidenceLimit)
        guard let existing = groupTable[group.id] else {
            groupTable[group.id] = group
            return
        }
        // Same id, different leader or type: keep the smaller, whatever the order.
        var merged = (existing.type.rawValue, existing.source) <= (group.type.rawValue, group.source) ? existing : group
        merged.participants = Array(Set(existing.participants + group.participants)).sorted()
        merged.evidence = Evidence.union(existing.evidence, group.evidence, limit: evidenceLimit)
        groupTable[group.id] = merged
    }

    /// Merges another graph into this one: the same actor is one node, weights add up.
    ///
    /// Merging is associative and order-independent, so it can be the reduce
    /// step of any engine that splits a corpus.
    /// - Parameter evidenceLimit: the most evidence sentences an edge or group keeps; nil keeps all.
    public mutating func merge(_ other: RelationGraph, evidenceLimit: Int? = nil) {
        for node in other.nodeTable.values { add(node) }
        for edge in other.edgeTable.values { add(stored: edge, evidenceLimit: evidenceLimit) }
        for group in other.groupTable.values { add(group, evidenceLimit: evidenceLimit) }
        for (code, name) in other.stateNames { nameState(code, name) }
    }

    /// `add(_:evidenceLimit:)` for an edge of another graph, whose evidence is sorted and unique as every
    /// stored edge's is: a new edge only loses what passes the limit, and is not sorted again.
    private mutating func add(stored edge: Edge, evidenceLimit: Int?) {
        let key = edge.key
        guard let slot = edgeTable.index(forKey: key) else {
            var edge = edge
            if let evidenceLimit, edge.evidence.count > evidenceLimit {
                edge.evidence.removeLast(edge.evidence.count - max(evidenceLimit, 0))
            }
            edgeTable[key] = edge
            return
        }
        Self.absorb(edge, into: &edgeTable.values[slot], evidenceLimit: evidenceLimit)
    }

    /// Keeps only the edges `isIncluded` accepts, then drops groups left with no edge.
    public func filteringEdges(_ isIncluded: (Edge) -> Bool) -> RelationGraph {
        var copy = self
        copy.edgeTable = edgeTable.filter { isIncluded($0.value) }
        let groupIDs = Set(copy.edgeTable.values.compactMap(\.group))
        copy.groupTable = groupTable.filter { groupIDs.contains($0.key) }
        return copy
    }

    /// Keeps only the nodes `isIncluded` accepts, and in groups only the participants kept.
    ///
    /// Edges are left as they are: callers remove them first (see `GraphFilter`),
    /// and an edge to a dropped node is drawn with a placeholder, never lost silently.
    public func keepingNodes(_ isIncluded: (Node) -> Bool) -> RelationGraph {
        var copy = self
        copy.nodeTable = nodeTable.filter { isIncluded($0.value) }
        let kept = Set(copy.nodeTable.keys)
        copy.groupTable = groupTable.compactMapValues { group in
            guard kept.contains(group.source) else { return nil }
            var trimmed = group
            trimmed.participants = group.participants.filter(kept.contains)
            return trimmed.participants.isEmpty ? nil : trimmed
        }
        return copy
    }

    /// The smaller of two optional values, so that merging keeps the same one whatever the order.
    static func smaller(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return a ?? b }
        return min(a, b)
    }

    /// The larger of two optional values, for the end of a date span.
    static func larger(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return a ?? b }
        return max(a, b)
    }

    private static func nodeOrder(_ a: Node, _ b: Node) -> Bool {
        (a.kind, a.id) < (b.kind, b.id)
    }

    /// Graphs are equal when their nodes, edges and groups are: what is written out.
    public static func == (lhs: RelationGraph, rhs: RelationGraph) -> Bool {
        lhs.nodeTable == rhs.nodeTable && lhs.edgeTable == rhs.edgeTable && lhs.groupTable == rhs.groupTable
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodeTable)
        hasher.combine(edgeTable)
        hasher.combine(groupTable)
    }

    private enum CodingKeys: String, CodingKey { case nodes, edges, groups }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            nodes: try container.decode([Node].self, forKey: .nodes),
            edges: try container.decode([Edge].self, forKey: .edges),
            groups: try container.decodeIfPresent([EventGroup].self, forKey: .groups) ?? []
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(edges, forKey: .edges)
        try container.encode(groups, forKey: .groups)
    }
}
