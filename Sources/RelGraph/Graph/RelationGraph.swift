/// The actors of one or more articles and the relations between them.
///
/// A value type with intent-named mutations. Its arrays are always sorted
/// (states, organizations, persons; then by id), so the same input gives
/// byte-identical output that users can keep in version control and diff.
public struct RelationGraph: Codable, Hashable, Sendable {
    public private(set) var nodes: [Node] = []
    public private(set) var edges: [Edge] = []
    public private(set) var groups: [EventGroup] = []

    public init() {}

    public init(nodes: [Node], edges: [Edge], groups: [EventGroup] = []) {
        for node in nodes { add(node) }
        for edge in edges { add(edge) }
        for group in groups { add(group) }
    }

    public var isEmpty: Bool { nodes.isEmpty }

    public func node(_ id: String) -> Node? {
        nodes.first { $0.id == id }
    }

    /// Adds a node, or adds its mentions to the node with the same id.
    public mutating func add(_ node: Node) {
        if let index = nodes.firstIndex(where: { $0.id == node.id }) {
            nodes[index].mentions += node.mentions
            nodes[index].label = min(nodes[index].label, node.label)
            nodes[index].country = Self.smaller(nodes[index].country, node.country)
            nodes[index].role = Self.smaller(nodes[index].role, node.role)
            return
        }
        let position = nodes.firstIndex { Self.nodeOrder(node, $0) } ?? nodes.endIndex
        nodes.insert(node, at: position)
    }

    /// Adds an edge, or adds its weight and evidence to the edge with the same source, target and type.
    public mutating func add(_ edge: Edge) {
        if let index = edges.firstIndex(where: { $0.key == edge.key }) {
            edges[index].weight += edge.weight
            edges[index].confidence = max(edges[index].confidence, edge.confidence)
            edges[index].historical = edges[index].historical && edge.historical
            edges[index].group = Self.smaller(edges[index].group, edge.group)
            edges[index].evidence = Array(Set(edges[index].evidence + edge.evidence)).sorted()
            return
        }
        var edge = edge
        edge.evidence.sort()
        let position = edges.firstIndex { edge.key < $0.key } ?? edges.endIndex
        edges.insert(edge, at: position)
    }

    /// Adds a multi-party event; a group with the same id takes the union of participants.
    public mutating func add(_ group: EventGroup) {
        if let index = groups.firstIndex(where: { $0.id == group.id }) {
            groups[index].participants = Array(Set(groups[index].participants + group.participants)).sorted()
            groups[index].evidence = Array(Set(groups[index].evidence + group.evidence)).sorted()
            return
        }
        var group = group
        group.participants.sort()
        group.evidence.sort()
        let position = groups.firstIndex { group.id < $0.id } ?? groups.endIndex
        groups.insert(group, at: position)
    }

    /// Merges another graph into this one: the same actor is one node, weights add up.
    ///
    /// Merging is associative and order-independent, so it can be the reduce
    /// step of any engine that splits a corpus.
    public mutating func merge(_ other: RelationGraph) {
        for node in other.nodes { add(node) }
        for edge in other.edges { add(edge) }
        for group in other.groups { add(group) }
    }

    /// Keeps only the edges `isIncluded` accepts, then drops groups left with no edge.
    public func filteringEdges(_ isIncluded: (Edge) -> Bool) -> RelationGraph {
        var copy = self
        copy.edges = edges.filter(isIncluded)
        let groupIDs = Set(copy.edges.compactMap(\.group))
        copy.groups = groups.filter { groupIDs.contains($0.id) }
        return copy
    }

    /// Keeps only the nodes `isIncluded` accepts, and in groups only the participants kept.
    ///
    /// Edges are left as they are: callers remove them first (see `GraphFilter`),
    /// and an edge to a dropped node is drawn with a placeholder, never lost silently.
    public func keepingNodes(_ isIncluded: (Node) -> Bool) -> RelationGraph {
        var copy = self
        copy.nodes = nodes.filter(isIncluded)
        let kept = Set(copy.nodes.map(\.id))
        copy.groups = groups.compactMap { group in
            guard kept.contains(group.source) else { return nil }
            var trimmed = group
            trimmed.participants = group.participants.filter(kept.contains)
            return trimmed.participants.isEmpty ? nil : trimmed
        }
        return copy
    }

    /// The smaller of two optional values, so that merging keeps the same one whatever the order.
    private static func smaller(_ a: String?, _ b: String?) -> String? {
        guard let a, let b else { return a ?? b }
        return min(a, b)
    }

    private static func nodeOrder(_ a: Node, _ b: Node) -> Bool {
        (a.kind, a.id) < (b.kind, b.id)
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
}
