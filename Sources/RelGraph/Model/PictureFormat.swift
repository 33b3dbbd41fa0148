/// A format Graphviz writes a graph in: the pictures it lays out and draws, and DOT, the text it lays out from.
///
/// The renderer takes only these, so it is never handed a format it cannot write; `OutputFormat` is every format
/// relgraph writes, and `GraphOutput` sends each to the writer or the renderer that makes it.
public enum PictureFormat: String, CaseIterable, Sendable {
    case svg, png, pdf, dot
}
