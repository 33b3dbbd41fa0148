import Foundation

/// One door to every output format: JSON from the model, the rest through Graphviz.
public enum GraphOutput {
    /// The bytes of `graph` in `format`.
    /// - Throws: `RenderError` when Graphviz cannot lay out or render the graph.
    public static func data(_ graph: RelationGraph, as format: OutputFormat, layout: LayoutEngine = .dot) throws -> Data {
        switch format {
        case .json: try JSONWriter.data(graph)
        default: try GraphvizRenderer.render(graph, as: format, layout: layout)
        }
    }

    /// Writes `data` to standard output.
    /// - Throws: `OutputError.notWritable` when it cannot be written (a full disk, a closed descriptor).
    public static func writeToStandardOutput(_ data: Data) throws {
        try AtomicFile.writeBytes(data, to: STDOUT_FILENO, path: "standard output")
    }

    /// The format a file name asks for: ".svg", ".png", ".pdf", ".dot", ".gv", ".json".
    public static func format(forPath path: String) -> OutputFormat? {
        OutputFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
    }
}
