/// What the picture shows, decided in Swift before any Graphviz call.
///
/// Keeping these choices apart from the C calls makes them testable on
/// their own: which actors go into which cluster, which relations are
/// merged into one line, and which lines a cluster replaces.
struct DrawingPlan: Sendable {
    /// A multi-party event drawn as a box around its participants.
    struct Cluster: Equatable, Sendable {
        /// The Graphviz subgraph name; it starts with `cluster_` so that Graphviz draws a box.
        var name: String
        var group: EventGroup
        /// The participants drawn inside, in order; each node is in at most one cluster.
        var members: [String]

        /// The participant the group's single edge points at: the middle of the first column.
        var anchor: String {
            members[min(members.count - 1, GraphvizStyle.clusterColumnHeight / 2)]
        }

        /// The participants cut into columns of `clusterColumnHeight`, each drawn on one rank.
        var columns: [[String]] {
            let height = GraphvizStyle.clusterColumnHeight
            return stride(from: 0, to: members.count, by: height).map {
                Array(members[$0..<min($0 + height, members.count)])
            }
        }

        /// Invisible links from each participant to its neighbour in the next column: they keep the columns in order.
        var layoutLinks: [(String, String)] {
            zip(columns, columns.dropFirst()).flatMap { zip($0, $1).map { ($0, $1) } }
        }

        var caption: String {
            "\(group.type.rawValue.lowercased()) (\(members.count) participants)"
        }
    }

    /// How a drawn line relates its two ends.
    enum Direction: Int, Comparable, Sendable {
        /// One or more relations from source to target.
        case directed
        /// A symmetric relation stated both ways (A meets B, B meets A), drawn once without arrows.
        case mutual
        /// Person to the state or organization they belong to.
        case affiliation

        static func < (lhs: Direction, rhs: Direction) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One line in the picture; it can stand for several relations of the graph.
    struct Line: Equatable, Sendable {
        var source: String
        var target: String
        var direction: Direction
        /// The relation types drawn, unique, in PLOVER order (cooperation first).
        var types: [EventType]
        var weight: Int
        /// True only when every merged relation is historical.
        var historical: Bool
        var evidence: [Evidence]
        /// The cluster the line points into (Graphviz `lhead`), for a multi-party event.
        var cluster: String?
        /// The graph's relations this line draws: the HTML report finds a line's rows, and a row's line, by them.
        var relations: [Edge.Key] = []

        /// The class that decides the colour: conflict wins over cooperation, material over verbal.
        var dominantClass: QuadClass {
            types.map(\.quadClass).max { GraphvizStyle.look($0).rank < GraphvizStyle.look($1).rank } ?? .structural
        }

        var label: String {
            labelLines.joined(separator: ", ")
        }

        /// The label as the picture writes it, a relation type a line: "agree" over "cooperate" is half as wide as
        /// "agree, cooperate", and a label's width is what the gap between two columns must make room for.
        var labelLines: [String] {
            types.map { $0.rawValue.lowercased() }
        }
    }

    /// A state drawn in one box with its persons (`--group-by country`).
    struct Country: Equatable, Sendable {
        /// `cluster_country_RUS`: the `cluster_` prefix makes Graphviz draw the box.
        var name: String
        /// The state first, then its persons in id order.
        var members: [String]
        /// The state's name, written on the box: with its persons around it, the state is not always easy to find.
        var caption: String
    }

    private(set) var nodes: [Node]
    private(set) var countries: [Country] = []
    private(set) var clusters: [Cluster] = []
    private(set) var lines: [Line] = []

    var isEmpty: Bool { nodes.isEmpty }

    /// Plans the picture; without `clusters`, multi-party events are drawn as ordinary edges.
    /// With `groupByCountry` (and an engine that draws clusters), each state and its persons share a box;
    /// a state already inside a multi-party event's box keeps its persons outside.
    init(_ graph: RelationGraph, clusters drawsClusters: Bool = true, groupByCountry: Bool = false) {
        nodes = graph.nodes + Self.placeholders(for: graph)
        clusters = drawsClusters ? Self.clusters(for: graph, nodeIDs: Set(nodes.map(\.id))) : []
        if drawsClusters && groupByCountry {
            countries = Self.countries(nodes, taken: Set(clusters.flatMap(\.members)))
        }
        // Sorted once: each read of `graph.edges` sorts them again.
        let edges = graph.edges
        let absorbed = Self.absorbed(edges, by: clusters)
        lines = Self.bundle(edges.filter { !absorbed.contains($0.key) })
            + clusters.map { Self.clusterLine($0, absorbing: edges.filter { absorbed.contains($0.key) }) }
    }

    /// The SVG id of each line, in the order of `lines`: unique among lines, nodes and boxes, which Graphviz
    /// writes as ids too. Decided here, once, so that the picture and the HTML report's tables agree.
    var lineIDs: [String] {
        var taken = Set(nodes.map(\.id) + countries.map(\.name) + clusters.map(\.name))
        return lines.map { Self.unique(GraphvizLabels.edgeID($0), in: &taken) }
    }

    /// The SVG id of the line that draws each relation of the graph.
    var lineIDsByRelation: [Edge.Key: String] {
        var ids: [Edge.Key: String] = [:]
        for (line, id) in zip(lines, lineIDs) {
            for key in line.relations { ids[key] = id }
        }
        return ids
    }

    /// The cluster a node is drawn in, if any.
    func cluster(of nodeID: String) -> Cluster? {
        clusters.first { $0.members.contains(nodeID) }
    }

    // MARK: - Nodes

    /// Actors an edge or group names but the node list lacks: drawn with their id, never dropped.
    private static func placeholders(for graph: RelationGraph) -> [Node] {
        let known = Set(graph.nodes.map(\.id))
        let named = graph.edges.flatMap { [$0.source, $0.target] }
            + graph.groups.flatMap { [$0.source] + $0.participants }
        return Set(named).subtracting(known).sorted().map {
            Node(id: $0, kind: kind(ofID: $0), label: $0, mentions: 0)
        }
    }

    private static let idPrefixes: [(String, ActorKind)] = [("person:", .person), ("org:", .organization)]

    private static func kind(ofID id: String) -> ActorKind {
        idPrefixes.first { id.hasPrefix($0.0) }?.1 ?? .state
    }

    // MARK: - Clusters

    /// Groups with at least three participants not already claimed, in group id order.
    private static func clusters(for graph: RelationGraph, nodeIDs: Set<String>) -> [Cluster] {
        var claimed = Set<String>()
        var names = Set<String>()
        var result: [Cluster] = []
        for group in graph.groups.sorted(by: { $0.id < $1.id }) {
            let members = group.participants.filter {
                $0 != group.source && nodeIDs.contains($0) && !claimed.contains($0)
            }
            guard members.count >= 3 else { continue }
            let name = unique("cluster_" + GraphvizText.identifier(group.id), in: &names)
            result.append(Cluster(name: name, group: group, members: members))
            claimed.formUnion(members)
        }
        return result
    }

    /// One box per state that has persons, leaving out nodes already in an event's box.
    private static func countries(_ nodes: [Node], taken: Set<String>) -> [Country] {
        var persons: [String: [String]] = [:]
        for node in nodes where node.kind == .person && !taken.contains(node.id) {
            if let country = node.country { persons[country, default: []].append(node.id) }
        }
        return nodes.filter { $0.kind == .state && !taken.contains($0.id) }.compactMap { state in
            guard let members = persons[state.id], !members.isEmpty else { return nil }
            return Country(name: "cluster_country_" + GraphvizText.identifier(state.id), members: [state.id] + members.sorted(),
                           caption: state.label.isEmpty ? state.id : state.label)
        }
    }

    /// Keys of the edges a cluster's single line replaces: its source to (or from) a member, in that group.
    private static func absorbed(_ edges: [Edge], by clusters: [Cluster]) -> Set<Edge.Key> {
        var keys = Set<Edge.Key>()
        for cluster in clusters {
            let source = cluster.group.source
            let members = Set(cluster.members)
            for edge in edges where edge.group == cluster.group.id {
                let outward = edge.source == source && members.contains(edge.target)
                let inward = edge.target == source && members.contains(edge.source)
                if outward || inward { keys.insert(edge.key) }
            }
        }
        return keys
    }

    private static func clusterLine(_ cluster: Cluster, absorbing edges: [Edge]) -> Line {
        let mine = edges.filter { $0.group == cluster.group.id }
        return Line(
            source: cluster.group.source,
            target: cluster.anchor,
            direction: .directed,
            types: [cluster.group.type],
            weight: max(1, statementCount(mine)),
            historical: !mine.isEmpty && mine.allSatisfy(\.historical),
            evidence: Self.drawnEvidence(cluster.group.evidence + mine.flatMap(\.evidence)),
            cluster: cluster.name,
            relations: mine.map(\.key)
        )
    }

    // MARK: - Merging parallel edges

    private struct BundleKey: Hashable, Comparable {
        var source: String
        var target: String
        var direction: Direction

        static func < (lhs: BundleKey, rhs: BundleKey) -> Bool {
            (lhs.source, lhs.target, lhs.direction) < (rhs.source, rhs.target, rhs.direction)
        }
    }

    /// One line per ordered pair and direction kind; symmetric relations stated both ways become one mutual line.
    private static func bundle(_ edges: [Edge]) -> [Line] {
        let keys = Set(edges.map(\.key))
        var bundles: [BundleKey: [Edge]] = [:]
        for edge in edges {
            bundles[bundleKey(edge, keys: keys), default: []].append(edge)
        }
        return bundles.keys.sorted().compactMap { key in
            bundles[key].map { line(key, $0) }
        }
    }

    private static func bundleKey(_ edge: Edge, keys: Set<Edge.Key>) -> BundleKey {
        if edge.type.quadClass == .structural {
            return BundleKey(source: edge.source, target: edge.target, direction: .affiliation)
        }
        let reverse = Edge.Key(source: edge.target, target: edge.source, type: edge.type)
        if edge.type.isSymmetric && keys.contains(reverse) && edge.source != edge.target {
            let (first, second) = edge.source < edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
            return BundleKey(source: first, target: second, direction: .mutual)
        }
        return BundleKey(source: edge.source, target: edge.target, direction: .directed)
    }

    private static func line(_ key: BundleKey, _ edges: [Edge]) -> Line {
        let present = Set(edges.map(\.type))
        return Line(
            source: key.source,
            target: key.target,
            direction: key.direction,
            types: EventType.allCases.filter(present.contains),
            weight: statementCount(edges),
            historical: edges.allSatisfy(\.historical),
            evidence: Self.drawnEvidence(edges.flatMap(\.evidence)),
            cluster: nil,
            relations: edges.map(\.key)
        )
    }

    /// How many sentences state at least one of `edges`: a line's weight, like an edge's, counts sentences, so
    /// "A and B met and signed an accord" drawn as one line of two types weighs 1, not 2. The evidence gives
    /// the count; an edge without evidence (a graph from another tool) adds its weight, since nothing tells
    /// which sentences it shares; when `--max-evidence` has cut evidence, the heaviest edge's weight is the
    /// most that is known for sure.
    static func statementCount(_ edges: [Edge]) -> Int {
        var sentences = Set<SentenceID>()
        var unsourced = 0
        for edge in edges {
            if edge.evidence.isEmpty { unsourced = unsourced.saturatingAdd(edge.weight) }
            for evidence in edge.evidence { sentences.insert(SentenceID(document: evidence.document, sentence: evidence.sentence)) }
        }
        return max(sentences.count.saturatingAdd(unsourced), edges.map(\.weight).max() ?? 0)
    }

    /// The sentences a line shows, each once, in document order. The words naming each end are left out: a line
    /// drawn for both directions, or a group and its edges, state the same sentence with its ends named apart.
    static func drawnEvidence(_ evidence: [Evidence]) -> [Evidence] {
        Array(Set(evidence.map { item in
            var shown = item
            shown.sourceText = nil
            shown.targetText = nil
            return shown
        })).sorted()
    }

    /// A sentence of a corpus: its document and its index there.
    private struct SentenceID: Hashable {
        var document: String?
        var sentence: Int
    }

    /// `base`, or `base-2`, `base-3`... whichever is not taken yet; records the choice.
    static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
