extension RelationGraph {
    /// This graph with `date` set on every evidence and as the span of every edge.
    ///
    /// A graph from one document has one date; merged graphs then keep each
    /// evidence's own day and widen each edge's `firstDate`…`lastDate`.
    public func dated(_ date: String?) -> RelationGraph {
        stamped(date: date)
    }

    /// This graph, read from one document, with what the corpus says of the document (day, title, URL) on
    /// every evidence, and the day as the span of every edge: each sentence then names where it was read.
    public func stamped(date: String?, title: String? = nil, url: String? = nil) -> RelationGraph {
        guard date != nil || title != nil || url != nil else { return self }
        let stamp = { (evidence: Evidence) -> Evidence in
            var copy = evidence
            copy.date = date ?? copy.date
            copy.title = title ?? copy.title
            copy.url = url ?? copy.url
            return copy
        }
        let edges = edges.map { edge -> Edge in
            var edge = edge
            if let date {
                edge.firstDate = date
                edge.lastDate = date
            }
            edge.evidence = edge.evidence.map(stamp)
            return edge
        }
        let groups = groups.map { group -> EventGroup in
            var group = group
            group.evidence = group.evidence.map(stamp)
            return group
        }
        return RelationGraph(nodes: nodes, edges: edges, groups: groups, stateNames: stateNames)
    }

    /// This graph with every evidence that names no document named `document`: a lone article's graph
    /// given to `merge` keeps the name of its file, as the articles of a corpus keep theirs.
    public func naming(undocumentedEvidenceAs document: String) -> RelationGraph {
        let name = { (evidence: Evidence) -> Evidence in
            guard evidence.document == nil else { return evidence }
            var copy = evidence
            copy.document = document
            return copy
        }
        let edges = edges.map { edge -> Edge in
            var edge = edge
            edge.evidence = edge.evidence.map(name)
            return edge
        }
        let groups = groups.map { group -> EventGroup in
            var group = group
            group.evidence = group.evidence.map(name)
            return group
        }
        return RelationGraph(nodes: nodes, edges: edges, groups: groups, stateNames: stateNames)
    }

    /// This graph with every edge counted as stated in one document: the sections of one long article are
    /// merged as graphs, which would otherwise count the article once per section.
    func statedInOneDocument() -> RelationGraph {
        RelationGraph(nodes: nodes, edges: edges.map { edge in
            var edge = edge
            edge.documents = 1
            return edge
        }, groups: groups, stateNames: stateNames)
    }

    /// This graph with at most `limit` evidence sentences per edge and group (the first in sorted order).
    public func limitingEvidence(to limit: Int?) -> RelationGraph {
        guard let limit else { return self }
        var limited = RelationGraph()
        limited.merge(self, evidenceLimit: limit)
        return limited
    }
}

