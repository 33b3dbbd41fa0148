extension RelationGraph {
    /// Which part of a graph an inconsistency is in: a node, an edge or a group, as a file names them.
    enum Part: Equatable {
        case node(id: String)
        case edge(source: String, target: String, type: String)
        case group(id: String)
    }

    /// The first thing in this graph that no relgraph run writes, in words naming the node, edge or group
    /// and the field; nil when the graph is consistent.
    ///
    /// Graphs read back (`relgraph merge`) may come from another tool or from a hand: a negative weight,
    /// an edge to an actor the graph does not have, or a group member that is no node would be drawn
    /// and counted without complaint, and quietly wrong.
    public var inconsistency: String? {
        firstInconsistency?.message
    }

    /// The first inconsistency and the part it is in, for a reader to find its line in a file.
    var firstInconsistency: (message: String, part: Part)? {
        let ids = Set(nodes.map(\.id))
        for node in nodes {
            let part = Part.node(id: node.id)
            if node.mentions < 0 { return ("node '\(node.id)': mentions \(node.mentions) is negative", part) }
            // Ids name nodes in every picture; two that differ only by a character no picture can show would be one node there.
            if node.id.isEmpty || node.id.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return ("node '\(node.id)': an id must be non-empty and hold no control character", part)
            }
        }
        for edge in edges {
            let name = "edge \(edge.source) -> \(edge.target) \(edge.type.rawValue)"
            let part = Part.edge(source: edge.source, target: edge.target, type: edge.type.rawValue)
            if edge.weight < 1 { return ("\(name): weight \(edge.weight) is not a count of statements (1 or more)", part) }
            if edge.documents < 1 { return ("\(name): documents \(edge.documents) is not a count of documents (1 or more)", part) }
            if !(0...1).contains(edge.confidence) { return ("\(name): confidence \(edge.confidence) is not between 0 and 1", part) }
            for end in [edge.source, edge.target] where !ids.contains(end) {
                return ("\(name): '\(end)' is not a node of the graph", part)
            }
        }
        for group in groups {
            for member in [group.source] + group.participants where !ids.contains(member) {
                return ("group \(group.id): '\(member)' is not a node of the graph", .group(id: group.id))
            }
        }
        return nil
    }
}
