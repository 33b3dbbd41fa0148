/// Folds actors of left-out kinds into the actors they belong to: persons into their states.
///
/// Used by `GraphFilter.kinds`. An official's relations become their
/// state's (weights add up through `RelationGraph.add`), and the
/// relations that would link a state to itself (the official's own
/// affiliation, a meeting of two ministers of one state) are dropped.
struct GraphCollapse {
    let keeping: Set<ActorKind>

    init(keeping: Set<ActorKind>) {
        self.keeping = keeping
    }

    func apply(to graph: RelationGraph) -> RelationGraph {
        let owner = owners(in: graph)
        let nodes = graph.nodes.filter { keeping.contains($0.kind) } + missingStates(owner, in: graph)
        let edges = graph.edges.compactMap { edge -> Edge? in
            guard let source = owner[edge.source], let target = owner[edge.target], source != target else { return nil }
            var moved = edge
            moved.source = source
            moved.target = target
            return moved
        }
        let groups = graph.groups.compactMap { group -> EventGroup? in
            guard let source = owner[group.source] else { return nil }
            var moved = group
            moved.source = source
            moved.participants = Array(Set(group.participants.compactMap { owner[$0] }).subtracting([source])).sorted()
            return moved.participants.isEmpty ? nil : moved
        }
        return RelationGraph(nodes: nodes, edges: edges, groups: groups, stateNames: graph.stateNames)
    }

    /// The node each node id is drawn as after collapsing; ids that disappear have no entry.
    private func owners(in graph: RelationGraph) -> [String: String] {
        var owner: [String: String] = [:]
        let ids = Set(graph.nodes.map(\.id) + graph.edges.flatMap { [$0.source, $0.target] })
        for id in ids {
            let node = graph.node(id)
            let kind = node?.kind ?? Self.kind(ofID: id)
            if keeping.contains(kind) {
                owner[id] = id
            } else if kind == .person, keeping.contains(.state), let country = node?.country, !country.isEmpty {
                owner[id] = country
            }
        }
        return owner
    }

    /// States that persons fold into but that the article never named as actors: added so no relation is lost,
    /// named as the graph names them (`NodeNames.absentState`).
    private func missingStates(_ owner: [String: String], in graph: RelationGraph) -> [Node] {
        let present = Set(graph.nodes.map(\.id))
        let needed = Set(owner.values).subtracting(present).subtracting(owner.keys.filter { present.contains($0) })
        return needed.filter { Self.kind(ofID: $0) == .state }.sorted().map {
            Node(id: $0, kind: .state, label: NodeNames.absentState($0, in: graph), mentions: 0)
        }
    }

    /// The kind a bare node id stands for, from its prefix (`person:`, `org:`), states otherwise.
    static func kind(ofID id: String) -> ActorKind {
        if id.hasPrefix("person:") { return .person }
        if id.hasPrefix("org:") { return .organization }
        return .state
    }
}
