import Foundation

/// One door to every output format: the data formats from the model, the pictures through Graphviz.
public enum GraphOutput {
    /// The bytes of `graph` in `format`, as standard output gets them; for CSV, both tables one after the other
    /// (`CSVWriter.tables`; `files` writes them as two files).
    /// - Throws: `RenderError` when Graphviz cannot lay out or render the graph.
    public static func data(_ graph: RelationGraph, as format: OutputFormat, layout: LayoutEngine = .auto,
                            style: RenderStyle = RenderStyle()) throws -> Data {
        // The data formats keep the article's names; what is drawn names nodes in the style's language.
        switch format {
        case .json: try JSONWriter.data(graph)
        case .jsonl: try JSONLinesWriter.data(graph)
        case .graphml: GraphMLWriter.data(graph)
        case .gexf: GEXFWriter.data(graph)
        case .csv: CSVWriter.tables(graph)
        case .eventsCSV: EventRowsWriter.csv(graph)
        case .eventsJSONL: try EventRowsWriter.jsonLines(graph)
        case .html: try report(NodeNames.relabel(graph, in: style.labels), layout: layout, style: style)
        case .svg: try picture(graph, as: .svg, layout: layout, style: style)
        case .png: try picture(graph, as: .png, layout: layout, style: style)
        case .pdf: try picture(graph, as: .pdf, layout: layout, style: style)
        case .dot: try picture(graph, as: .dot, layout: layout, style: style)
        }
    }

    /// What Graphviz draws of `graph`, its nodes named in the style's language.
    private static func picture(_ graph: RelationGraph, as format: PictureFormat, layout: LayoutEngine,
                                style: RenderStyle) throws -> Data {
        try GraphvizRenderer.render(NodeNames.relabel(graph, in: style.labels), as: format, layout: layout, style: style)
    }

    /// The HTML report: the page around the SVG of `graph`, whose nodes are already named as the picture names them.
    private static func report(_ graph: RelationGraph, layout: LayoutEngine, style: RenderStyle) throws -> Data {
        let engine = layout.resolved(for: graph)
        let svg = try GraphvizRenderer.render(graph, as: .svg, layout: engine, style: style)
        return HTMLReportWriter.data(graph, svg: svg, lines: GraphvizRenderer.lineIDs(graph, layout: engine, style: style))
    }

    /// The files one output path stands for: CSV writes `name.edges.csv` and `name.nodes.csv`, the rest `path` itself.
    /// - Throws: `RenderError` when Graphviz cannot lay out or render the graph.
    public static func files(_ graph: RelationGraph, as format: OutputFormat, path: String, layout: LayoutEngine = .auto,
                             style: RenderStyle = RenderStyle()) throws -> [(path: String, data: Data)] {
        guard isTablePair(format, path: path) else {
            return [(path, try data(graph, as: format, layout: layout, style: style))]
        }
        let paths = CSVWriter.paths(for: path)
        return [(paths.edges, CSVWriter.edges(graph)), (paths.nodes, CSVWriter.nodes(graph))]
    }

    /// The paths `files` writes for `path`, without drawing anything: for checks made before the work.
    public static func paths(for path: String, as format: OutputFormat) -> [String] {
        guard isTablePair(format, path: path) else { return [path] }
        let paths = CSVWriter.paths(for: path)
        return [paths.edges, paths.nodes]
    }

    /// Writes `graph` to `path` (`-`: standard output): every file written whole or not at all.
    /// - Throws: `OutputError` when it cannot be written, `RenderError` when Graphviz cannot draw it.
    public static func write(_ graph: RelationGraph, as format: OutputFormat, to path: String, layout: LayoutEngine = .auto,
                             style: RenderStyle = RenderStyle()) throws {
        guard !isStandardOutput(path) else {
            return try writeToStandardOutput(try data(graph, as: format, layout: layout, style: style), isText: !format.isBinary)
        }
        try AtomicFile.write(try files(graph, as: format, path: path, layout: layout, style: style))
    }

    /// True for `-` and for the names of the descriptor standard output is (`/dev/stdout`, `/dev/fd/1`): written
    /// as standard output is, streamed, and cleaned of control characters on a terminal.
    public static func isStandardOutput(_ path: String) -> Bool {
        path == "-" || DescriptorPath.descriptor(path) == STDOUT_FILENO
    }

    /// CSV to a file is two files; to a device, a pipe or a descriptor (`/dev/stdout`, a FIFO) it is what
    /// standard output gets, both tables in one stream: a file name cannot be made of a stream's.
    private static func isTablePair(_ format: OutputFormat, path: String) -> Bool {
        format == .csv && path != "-" && DescriptorPath.descriptor(path) == nil && !AtomicFile.isStream(path)
    }

    /// Writes `data` to standard output; text bound for a terminal loses its control characters first
    /// (`TerminalText`), so an article's escape sequences are not obeyed. Pipes and files get every byte.
    /// - Parameter isText: false for PNG and PDF, whose bytes are never touched.
    /// - Throws: `OutputError.notWritable` when it cannot be written (a full disk, a closed descriptor).
    public static func writeToStandardOutput(_ data: Data, isText: Bool = true) throws {
        let shown = isText && isatty(STDOUT_FILENO) == 1 ? TerminalText.printable(utf8: data) : data
        try AtomicFile.writeBytes(shown, to: STDOUT_FILENO, path: "standard output")
    }

    /// Writes `text` to standard error, for messages; a closed or full standard error is ignored, as
    /// there is nowhere left to say so (`FileHandle`'s `write` traps there).
    public static func writeToStandardError(_ text: String) {
        try? AtomicFile.writeBytes(Data(text.utf8), to: STDERR_FILENO, path: "standard error")
    }

    /// The format a file name asks for: ".svg", ".png", ".pdf", ".dot", ".gv", ".json", ".graphml", ".gexf",
    /// ".csv", ".jsonl", ".html", ".events.csv", ".events.jsonl".
    public static func format(forPath path: String) -> OutputFormat? {
        OutputFormat(fileName: URL(fileURLWithPath: path).lastPathComponent)
    }
}
