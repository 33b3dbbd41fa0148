import Foundation

/// Writes a graph as GEXF 1.3, Gephi's own format.
///
/// Node and edge attributes are declared once, with GEXF 1.3's type names
/// (`integer`, `double`, `boolean`, `string`), and given per element as
/// `attvalue`s; the edge `kind` is the relation type, so Gephi keeps two
/// relations between the same pair apart instead of merging them. No
/// timestamp is written, so the same graph gives byte-identical files.
///
/// When documents are dated, the graph is dynamic: each edge lives from its first to its last day and each
/// node over the span of its edges, so Gephi's timeline plays the corpus (`mode="dynamic"`,
/// `timeformat="date"`, `start` and `end` on nodes and edges).
public enum GEXFWriter {
    public static func data(_ graph: RelationGraph) -> Data {
        XMLText.data(document(graph))
    }

    static let namespace = "http://gexf.net/1.3"

    private typealias Element = XMLText.Element

    private static func document(_ graph: RelationGraph) -> Element {
        let meta = Element("meta", children: [Element("creator", text: "relgraph")])
        let spans = nodeSpans(graph)
        let mode: [(String, String)] = spans.isEmpty ? [("mode", "static")] : [("mode", "dynamic"), ("timeformat", "date")]
        let body = Element("graph", [("defaultedgetype", "directed")] + mode, children: [
            declarations(ExportColumns.nodes.map { ($0.name, $0.type) }, for: "node"),
            declarations(ExportColumns.edges.map { ($0.name, $0.type) }, for: "edge"),
            Element("nodes", children: graph.nodes.map { element($0, span: spans[$0.id]) }),
            Element("edges", children: graph.edges.enumerated().map { element($1, index: $0) }),
        ])
        return Element("gexf", [("xmlns", namespace), ("version", "1.3")], children: [meta, body])
    }

    private static func declarations(_ columns: [(String, ExportColumns.ValueType)], for domain: String) -> Element {
        Element("attributes", [("class", domain)], children: columns.map { name, type in
            Element("attribute", [("id", attributeID(name, for: domain)), ("title", name), ("type", type.gexfName)])
        })
    }

    /// `n_kind`, `e_weight`: relgraph's own ids, as GraphML's keys. Gephi keeps its own columns under the
    /// plain names (`label`, `weight`), and an attribute with the same id collides with them.
    static func attributeID(_ name: String, for domain: String) -> String {
        "\(domain.prefix(1))_\(name)"
    }

    /// The first and last day of each node's dated edges; empty when no edge is dated (a static graph).
    static func nodeSpans(_ graph: RelationGraph) -> [String: (start: String, end: String)] {
        var spans: [String: (start: String, end: String)] = [:]
        for edge in graph.edges {
            guard let first = edge.firstDate, let last = edge.lastDate else { continue }
            for id in [edge.source, edge.target] {
                let known = spans[id] ?? (first, last)
                spans[id] = (min(known.start, first), max(known.end, last))
            }
        }
        return spans
    }

    /// `start` and `end` attributes for a span, none without one.
    private static func timeAttributes(_ start: String?, _ end: String?) -> [(String, String)] {
        guard let start, let end else { return [] }
        return [("start", start), ("end", end)]
    }

    private static func element(_ node: Node, span: (start: String, end: String)?) -> Element {
        Element("node", [("id", node.id), ("label", node.label.isEmpty ? node.id : node.label)]
                    + timeAttributes(span?.start, span?.end),
                children: [values(ExportColumns.nodes.compactMap { column in
                    column.value(node).map { (attributeID(column.name, for: "node"), $0) }
                })])
    }

    private static func element(_ edge: Edge, index: Int) -> Element {
        Element("edge", [
            ("id", "e\(index)"), ("source", edge.source), ("target", edge.target),
            ("label", edge.type.rawValue), ("kind", edge.type.rawValue), ("weight", String(edge.weight)),
        ] + timeAttributes(edge.firstDate, edge.lastDate), children: [values(ExportColumns.edges.compactMap { column in
            column.value(edge).map { (attributeID(column.name, for: "edge"), $0) }
        })])
    }

    private static func values(_ pairs: [(String, String)]) -> Element {
        Element("attvalues", children: pairs.map { Element("attvalue", [("for", $0.0), ("value", $0.1)]) })
    }
}
