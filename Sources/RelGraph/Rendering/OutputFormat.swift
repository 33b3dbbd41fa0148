/// A file format relgraph can write a graph in.
///
/// The CLI picks it from the output file's extension, so users never have
/// to repeat what the file name already says.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot, json
    /// GraphML for networkx, yEd and Cytoscape.
    case graphml
    /// GEXF 1.3 for Gephi.
    case gexf
    /// Two CSV tables: `name.edges.csv` and `name.nodes.csv` (edges only on standard output).
    case csv
    /// JSON Lines: one edge per line.
    case jsonl
    /// One self-contained HTML page: the SVG, a table of relations with their evidence, a table of actors.
    case html

    /// The format a file extension stands for (`"svg"`, `".PNG"`, `"gv"`), or nil if relgraph cannot write it.
    ///
    /// `.gv` is Graphviz's own extension for DOT files, so it maps to `.dot`.
    public init?(pathExtension: String) {
        var name = pathExtension.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        if let format = Self.aliases[name] {
            self = format
        } else if let format = OutputFormat(rawValue: name) {
            self = format
        } else {
            return nil
        }
    }

    /// True for the picture formats Graphviz lays out and draws (SVG, PNG, PDF).
    ///
    /// DOT is written by cgraph without a layout, and JSON is the graph's own encoding.
    public var isGraphvizRendered: Bool {
        Self.rendered.contains(self)
    }

    private static let aliases: [String: OutputFormat] = ["gv": .dot, "htm": .html, "ndjson": .jsonl]
    private static let rendered: Set<OutputFormat> = [.svg, .png, .pdf]
}
