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
    /// Two CSV tables: `name.edges.csv` and `name.nodes.csv` (on standard output, one after the other).
    case csv
    /// JSON Lines: one edge per line.
    case jsonl
    /// One self-contained HTML page: the SVG, a table of relations with their evidence, a table of actors.
    case html
    /// One CSV row per event mention (a relation stated in a sentence), as political event datasets give them.
    case eventsCSV = "events.csv"
    /// One JSON object per event mention, per line.
    case eventsJSONL = "events.jsonl"

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

    /// The format a file name asks for: a name ending in `.events.csv` or `.events.jsonl` asks for event rows,
    /// any other the format of its extension.
    public init?(fileName: String) {
        let lowered = fileName.lowercased()
        if let format = Self.eventFormats.first(where: { lowered.hasSuffix("." + $0.rawValue) }) {
            self = format
        } else {
            guard let dot = lowered.lastIndex(of: "."), !lowered[dot...].contains("/") else { return nil }
            self.init(pathExtension: String(lowered[lowered.index(after: dot)...]))
        }
    }

    /// True for the formats that list event mentions rather than the graph: they read every evidence
    /// sentence, so `--max-evidence` does not cut them.
    public var isEventRows: Bool {
        Self.eventFormats.contains(self)
    }

    private static let eventFormats: [OutputFormat] = [.eventsCSV, .eventsJSONL]

    /// True for the formats that are bytes rather than text (PNG, PDF): never changed on their way out.
    public var isBinary: Bool {
        self == .png || self == .pdf
    }

    /// True for the picture formats Graphviz lays out and draws (SVG, PNG, PDF).
    ///
    /// DOT is written by cgraph without a layout, and JSON is the graph's own encoding.
    public var isGraphvizRendered: Bool {
        Self.rendered.contains(self)
    }

    /// True for the formats whose picture a layout engine places (SVG, PNG, PDF, the HTML report's picture)
    /// or names (DOT says `layout=sfdp`).
    public var isLaidOut: Bool {
        isGraphvizRendered || self == .html || self == .dot
    }

    private static let aliases: [String: OutputFormat] = ["gv": .dot, "htm": .html, "ndjson": .jsonl]
    private static let rendered: Set<OutputFormat> = [.svg, .png, .pdf]
}
