import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

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

    private static func document(_ graph: RelationGraph) -> XMLElement {
        let root = XMLText.element("graphml", [("xmlns", namespace)])
        for column in ExportColumns.nodes { root.addChild(key(column.name, column.type, for: "node")) }
        for column in ExportColumns.edges { root.addChild(key(column.name, column.type, for: "edge")) }
        let body = XMLText.element("graph", [("id", "relgraph"), ("edgedefault", "directed")])
        for node in graph.nodes { body.addChild(element(node)) }
        for (index, edge) in graph.edges.enumerated() { body.addChild(element(edge, index: index)) }
        root.addChild(body)
        return root
    }

    /// Key ids are `n_<name>` and `e_<name>`, readable and never shared between nodes and edges.
    private static func keyID(_ name: String, for domain: String) -> String {
        "\(domain.prefix(1))_\(name)"
    }

    private static func key(_ name: String, _ type: ExportColumns.ValueType, for domain: String) -> XMLElement {
        XMLText.element("key", [
            ("id", keyID(name, for: domain)), ("for", domain), ("attr.name", name), ("attr.type", type.rawValue),
        ])
    }

    private static func element(_ node: Node) -> XMLElement {
        let element = XMLText.element("node", [("id", node.id)])
        for column in ExportColumns.nodes {
            if let value = column.value(node) { element.addChild(data(keyID(column.name, for: "node"), value)) }
        }
        return element
    }

    private static func element(_ edge: Edge, index: Int) -> XMLElement {
        let element = XMLText.element("edge", [("id", "e\(index)"), ("source", edge.source), ("target", edge.target)])
        for column in ExportColumns.edges {
            if let value = column.value(edge) { element.addChild(data(keyID(column.name, for: "edge"), value)) }
        }
        return element
    }

    private static func data(_ key: String, _ value: String) -> XMLElement {
        XMLText.element("data", [("key", key)], text: value)
    }
}
