import Foundation

/// One door to every output format: the data formats from the model, the pictures through Graphviz.
public enum GraphOutput {
    /// The bytes of `graph` in `format`; for CSV, the edge table (see `files` for both tables).
    /// - Throws: `RenderError` when Graphviz cannot lay out or render the graph.
    public static func data(_ graph: RelationGraph, as format: OutputFormat, layout: LayoutEngine = .auto,
                            style: RenderStyle = RenderStyle()) throws -> Data {
        switch format {
        case .json: try JSONWriter.data(graph)
        case .jsonl: try JSONLinesWriter.data(graph)
        case .graphml: GraphMLWriter.data(graph)
        case .gexf: GEXFWriter.data(graph)
        case .csv: CSVWriter.edges(graph)
        case .html: try HTMLReportWriter.data(graph, layout: layout, style: style)
        case .svg, .png, .pdf, .dot: try GraphvizRenderer.render(graph, as: format, layout: layout, style: style)
        }
    }

    /// The files one output path stands for: CSV writes `name.edges.csv` and `name.nodes.csv`, the rest `path` itself.
    /// - Throws: `RenderError` when Graphviz cannot lay out or render the graph.
    public static func files(_ graph: RelationGraph, as format: OutputFormat, path: String, layout: LayoutEngine = .auto,
                             style: RenderStyle = RenderStyle()) throws -> [(path: String, data: Data)] {
        guard format == .csv else {
            return [(path, try data(graph, as: format, layout: layout, style: style))]
        }
        let paths = CSVWriter.paths(for: path)
        return [(paths.edges, CSVWriter.edges(graph)), (paths.nodes, CSVWriter.nodes(graph))]
    }

    /// Writes `data` to standard output.
    /// - Throws: `OutputError.notWritable` when it cannot be written (a full disk, a closed descriptor).
    public static func writeToStandardOutput(_ data: Data) throws {
        try AtomicFile.writeBytes(data, to: STDOUT_FILENO, path: "standard output")
    }

    /// The format a file name asks for: ".svg", ".png", ".pdf", ".dot", ".gv", ".json", ".graphml", ".gexf",
    /// ".csv", ".jsonl", ".html".
    public static func format(forPath path: String) -> OutputFormat? {
        OutputFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
    }
}
