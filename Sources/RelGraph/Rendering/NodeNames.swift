/// The names nodes are drawn with, in the language the reader asked for.
///
/// Names are knowledge, not code: English names come from the same CLDR
/// and organization tables the extractor reads articles with. Persons keep
/// their names, and actors the tables do not know keep the article's label.
enum NodeNames {
    /// `graph` with node labels in `language`.
    static func relabel(_ graph: RelationGraph, in language: RenderStyle.LabelLanguage) -> RelationGraph {
        guard language == .en else { return graph }
        let nodes = graph.nodes.map { node in
            var renamed = node
            renamed.label = english(node) ?? node.label
            return renamed
        }
        return RelationGraph(nodes: nodes, edges: graph.edges, groups: graph.groups)
    }

    /// The English name of a state or a known organization, nil for anyone else.
    static func english(_ node: Node) -> String? {
        switch node.kind {
        case .state:
            let name = CountryCodes.name(of: node.id, in: .en)
            return name == node.id ? nil : name
        case .organization:
            return OrganizationLexicon.label(of: String(node.id.dropFirst(organizationPrefix.count)), in: .en)
        case .person:
            return nil
        }
    }

    private static let organizationPrefix = "org:"
}
