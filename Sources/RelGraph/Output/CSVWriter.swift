import Foundation

/// Writes a graph as two CSV tables, one of edges and one of nodes, for spreadsheets and data tools.
///
/// RFC 4180: comma-separated, CRLF line ends, a header row, and a cell is
/// quoted when it holds a comma, a quote or a line break (quotes doubled).
/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return) is prefixed with `'`, so an article
/// cannot put a formula into a user's spreadsheet.
public enum CSVWriter {
    /// One row per edge, with the labels of both ends so the table reads on its own.
    public static func edges(_ graph: RelationGraph) -> Data {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let header = ["source", "source_label", "target", "target_label"] + ExportColumns.edges.map(\.name)
        let rows = graph.edges.map { edge in
            [edge.source, labels[edge.source] ?? "", edge.target, labels[edge.target] ?? ""]
                + ExportColumns.edges.map { $0.value(edge) ?? "" }
        }
        return table([header] + rows)
    }

    /// One row per node.
    public static func nodes(_ graph: RelationGraph) -> Data {
        let header = ["id"] + ExportColumns.nodes.map(\.name)
        let rows = graph.nodes.map { node in [node.id] + ExportColumns.nodes.map { $0.value(node) ?? "" } }
        return table([header] + rows)
    }

    /// Both tables in one stream, for standard output, a pipe or a device, where no second file can be
    /// named: the edge table, one empty line, then the node table, each with its header.
    ///
    /// The empty line is where a reader splits them (no row of either table is empty); leaving the node
    /// table out would lose the actors without a relation and every node column.
    public static func tables(_ graph: RelationGraph) -> Data {
        edges(graph) + Data("\r\n".utf8) + nodes(graph)
    }

    /// The two files `-o name.csv` stands for: `name.edges.csv` and `name.nodes.csv`, next to each other.
    ///
    /// Cut as a string: a path ending in `/` keeps it, so that writing refuses it as a folder rather than
    /// writing hidden `.edges.csv` files into it.
    public static func paths(for path: String) -> (edges: String, nodes: String) {
        guard !path.hasSuffix("/") else { return (path, path) }
        let name = FilePath.split(path).name
        let stem = name.count > 4 && name.lowercased().hasSuffix(".csv") ? path.dropLast(4) : path[...]
        return (stem + ".edges.csv", stem + ".nodes.csv")
    }

    private static func table(_ rows: [[String]]) -> Data {
        Data(rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined().utf8)
    }

    /// One cell, neutralised against formulas, then quoted if it needs to be.
    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, formulaStarts.contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
