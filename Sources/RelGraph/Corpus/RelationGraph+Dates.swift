extension RelationGraph {
    /// This graph with `date` set on every evidence and as the span of every edge.
    ///
    /// A graph from one document has one date; merged graphs then keep each
    /// evidence's own day and widen each edge's `firstDate`…`lastDate`.
    public func dated(_ date: String?) -> RelationGraph {
        guard let date else { return self }
        let edges = edges.map { edge -> Edge in
            var edge = edge
            edge.firstDate = date
            edge.lastDate = date
            edge.evidence = edge.evidence.map { $0.dated(date) }
            return edge
        }
        let groups = groups.map { group -> EventGroup in
            var group = group
            group.evidence = group.evidence.map { $0.dated(date) }
            return group
        }
        return RelationGraph(nodes: nodes, edges: edges, groups: groups)
    }

    /// This graph with at most `limit` evidence sentences per edge and group (the first in sorted order).
    public func limitingEvidence(to limit: Int?) -> RelationGraph {
        guard let limit else { return self }
        var limited = RelationGraph()
        limited.merge(self, evidenceLimit: limit)
        return limited
    }
}

extension Evidence {
    fileprivate func dated(_ date: String) -> Evidence {
        var copy = self
        copy.date = date
        return copy
    }
}
