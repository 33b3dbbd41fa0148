import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Writes a graph as GEXF 1.3, Gephi's own format.
///
/// Node and edge attributes are declared once and given per element as
/// `attvalue`s; the edge `kind` is the relation type, so Gephi keeps two
/// relations between the same pair apart instead of merging them. No
/// timestamp is written, so the same graph gives byte-identical files.
public enum GEXFWriter {
    public static func data(_ graph: RelationGraph) -> Data {
        XMLText.data(document(graph))
    }

    static let namespace = "http://gexf.net/1.3"

    private static func document(_ graph: RelationGraph) -> XMLElement {
        let root = XMLText.element("gexf", [("xmlns", namespace), ("version", "1.3")])
        let meta = XMLText.element("meta")
        meta.addChild(XMLText.element("creator", text: "relgraph"))
        root.addChild(meta)
        let body = XMLText.element("graph", [("defaultedgetype", "directed"), ("mode", "static")])
        body.addChild(declarations(ExportColumns.nodes.map { ($0.name, $0.type) }, for: "node"))
        body.addChild(declarations(ExportColumns.edges.map { ($0.name, $0.type) }, for: "edge"))
        body.addChild(list("nodes", graph.nodes.map(element)))
        body.addChild(list("edges", graph.edges.enumerated().map { element($1, index: $0) }))
        root.addChild(body)
        return root
    }

    private static func declarations(_ columns: [(String, ExportColumns.ValueType)], for domain: String) -> XMLElement {
        let element = XMLText.element("attributes", [("class", domain)])
        for (name, type) in columns {
            element.addChild(XMLText.element("attribute", [("id", name), ("title", name), ("type", type.rawValue)]))
        }
        return element
    }

    private static func list(_ name: String, _ children: [XMLElement]) -> XMLElement {
        let element = XMLText.element(name)
        for child in children { element.addChild(child) }
        return element
    }

    private static func element(_ node: Node) -> XMLElement {
        let element = XMLText.element("node", [("id", node.id), ("label", node.label.isEmpty ? node.id : node.label)])
        element.addChild(values(ExportColumns.nodes.compactMap { column in column.value(node).map { (column.name, $0) } }))
        return element
    }

    private static func element(_ edge: Edge, index: Int) -> XMLElement {
        let element = XMLText.element("edge", [
            ("id", "e\(index)"), ("source", edge.source), ("target", edge.target),
            ("label", edge.type.rawValue), ("kind", edge.type.rawValue), ("weight", String(edge.weight)),
        ])
        element.addChild(values(ExportColumns.edges.compactMap { column in column.value(edge).map { (column.name, $0) } }))
        return element
    }

    private static func values(_ pairs: [(String, String)]) -> XMLElement {
        list("attvalues", pairs.map { XMLText.element("attvalue", [("for", $0.0), ("value", $0.1)]) })
    }
}
