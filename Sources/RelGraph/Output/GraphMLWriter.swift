import Foundation

/// Writes a graph as GraphML, the XML format networkx, yEd and Cytoscape read.
///
/// Every node and edge attribute is declared with a typed `<key>`, so tools
/// read weights as numbers and flags as booleans. Parallel edges (two
/// relation types between the same pair) stay separate edges with their own id.
public enum GraphMLWriter {
    public static func data(_ graph: RelationGraph) -> Data {
        XMLText.data(document(graph))
    }

    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    private typealias Element = XMLText.Element

    private static func document(_ graph: RelationGraph) -> Element {
        let keys = ExportColumns.nodes.map { key($0.name, $0.type, for: "node") }
            + ExportColumns.edges.map { key($0.name, $0.type, for: "edge") }
        let body = Element("graph", [("id", "relgraph"), ("edgedefault", "directed")],
                           children: graph.nodes.map(element) + graph.edges.enumerated().map { element($1, index: $0) })
        return Element("graphml", [("xmlns", namespace)], children: keys + [body])
    }

    /// Key ids are `n_<name>` and `e_<name>`, readable and never shared between nodes and edges.
    private static func keyID(_ name: String, for domain: String) -> String {
        "\(domain.prefix(1))_\(name)"
    }

    private static func key(_ name: String, _ type: ExportColumns.ValueType, for domain: String) -> Element {
        Element("key", [
            ("id", keyID(name, for: domain)), ("for", domain), ("attr.name", name), ("attr.type", type.rawValue),
        ])
    }

    private static func element(_ node: Node) -> Element {
        Element("node", [("id", node.id)], children: ExportColumns.nodes.compactMap { column in
            column.value(node).map { data(keyID(column.name, for: "node"), $0) }
        })
    }

    private static func element(_ edge: Edge, index: Int) -> Element {
        Element("edge", [("id", "e\(index)"), ("source", edge.source), ("target", edge.target)],
                children: ExportColumns.edges.compactMap { column in
                    column.value(edge).map { data(keyID(column.name, for: "edge"), $0) }
                })
    }

    private static func data(_ key: String, _ value: String) -> Element {
        Element("data", [("key", key)], text: value)
    }
}
