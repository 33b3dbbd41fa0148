internal import CGraphviz
import Foundation
import Synchronization

/// Draws a `RelationGraph` with Graphviz, in-process, through its C libraries.
///
/// Linking the library instead of running the `dot` program means no
/// subprocess, no temporary files, and errors that come back as values.
public enum GraphvizRenderer {
    /// DOT text of the styled graph, written by cgraph itself (agwrite), deterministic.
    ///
    /// The same graph always gives byte-identical text, so users can keep it
    /// in version control, diff it, or lay it out later with any Graphviz tool. When the layout is not
    /// `dot`, the text names it (`layout=sfdp`), so `dot -Tsvg` on the file draws what relgraph would.
    /// Nodes keep the labels the graph gives them (`GraphOutput` names them in `style.labels` first).
    public static func dot(_ graph: RelationGraph, layout: LayoutEngine = .auto,
                           style: RenderStyle = RenderStyle()) throws -> String {
        let document = GraphvizDocument(graph, engine: layout.resolved(for: graph), style: style)
        return try GraphvizSession.withGraphviz { _ in
            try document.withGraph(writeDOT)
        }
    }

    /// Lays the graph out and renders it in-process (gvLayout, gvRenderData, gvFreeRenderData, gvFreeLayout).
    ///
    /// `.dot` returns the DOT text as UTF-8. Nodes are drawn with the labels the graph gives them: `GraphOutput`
    /// names them in `style.labels` first.
    public static func render(_ graph: RelationGraph, as format: PictureFormat, layout: LayoutEngine = .auto,
                              style: RenderStyle = RenderStyle()) throws -> Data {
        switch format {
        case .dot: Data(try dot(graph, layout: layout, style: style).utf8)
        case .svg, .png, .pdf:
            try render(graph, formatName: format.rawValue,
                       engineName: layout.resolved(for: graph).rawValue, style: style)
        }
    }

    /// The SVG id of the line that draws each relation in the picture `render` draws of `graph` with `layout`: the
    /// HTML report's rows name them, so that a click on a line finds its rows.
    static func lineIDs(_ graph: RelationGraph, layout: LayoutEngine, style: RenderStyle) -> [Edge.Key: String] {
        GraphvizDocument(graph, engine: layout.resolved(for: graph), style: style).plan.lineIDsByRelation
    }

    /// Loads Graphviz's plugins for `format` and matches the font at every size of the type scale
    /// (`TypeSpecimen`) on the Graphviz thread while the caller goes on, typically extracting the
    /// graph: the first rendering then starts warm. Optional; errors wait for the real rendering. Each Graphviz
    /// format warms up once: asking again, as a command line may once it has parsed its arguments, does nothing.
    public static func warmUp(for format: OutputFormat) {
        guard let name = warmUpFormats[format], warmedUp.withLock({ $0.insert(name).inserted }) else { return }
        GraphvizSession.startInBackground {
            _ = try? renderSpecimen(formatName: name)
        }
    }

    /// The Graphviz formats warmed up or warming up.
    private static let warmedUp = Mutex<Set<String>>([])

    /// The type specimen drawn as `formatName`; internal so tests can check what it sets.
    static func renderSpecimen(formatName: String) throws -> Data {
        try GraphvizSession.withGraphviz(.init(format: formatName)) { gvc in
            try TypeSpecimen.withGraph { try draw($0, in: gvc, engine: LayoutEngine.dot.rawValue, format: formatName) }
        }
    }

    /// The Graphviz format that warms up each format drawn by Graphviz (the HTML report embeds SVG).
    private static let warmUpFormats: [OutputFormat: String] = [.svg: "svg", .png: "png", .pdf: "pdf", .html: "svg"]

    /// Renders with Graphviz's own format and engine names; internal so tests can name missing plugins.
    static func render(_ graph: RelationGraph, formatName: String, engineName: String,
                       style: RenderStyle = RenderStyle()) throws -> Data {
        let document = GraphvizDocument(graph, engine: LayoutEngine(rawValue: engineName) ?? .dot, style: style)
        return try GraphvizSession.withGraphviz(.init(format: formatName), engine: engineName) { gvc in
            try document.withGraph { try draw($0, in: gvc, engine: engineName, format: formatName) }
        }
    }

    /// Lays `root` out with `engine` and renders it as `format`, freeing the layout after.
    private static func draw(_ root: GraphPointer, in gvc: OpaquePointer, engine: String, format: String) throws -> Data {
        try layOut(root, in: gvc, engine: engine)
        defer { gvFreeLayout(gvc, root) }
        try checkLayout(engine: engine)
        if format == PictureFormat.png.rawValue { try checkBitmapSize(root) }
        return try renderData(root, in: gvc, format: format)
    }

    /// Refuses a PNG larger than `BitmapLimit`, or one whose bitmap the process cannot get memory for, before
    /// cairo allocates it.
    private static func checkBitmapSize(_ root: GraphPointer) throws {
        guard let box = rg_agget(root, "bb").map({ String(cString: $0) }) else { return }
        let pad = rg_agget(root, "pad").flatMap { Double(String(cString: $0)) } ?? 0
        guard let size = BitmapLimit.size(boundingBox: box, padInches: pad) else { return }
        guard BitmapLimit.allows(width: size.width, height: size.height) else {
            throw RenderError.bitmapTooLarge(width: size.width, height: size.height)
        }
        let bytes = BitmapLimit.bytesNeeded(width: size.width, height: size.height)
        guard BitmapLimit.memoryAvailable(bytes: bytes) else {
            throw RenderError.bitmapOutOfMemory(width: size.width, height: size.height, bytes: bytes)
        }
    }

    private static func writeDOT(_ root: GraphPointer) throws -> String {
        var length = 0
        guard let text = rg_agwrite_to_buffer(root, &length) else {
            throw RenderError.dotNotWritten(GraphvizSession.lastMessage(or: "agwrite failed"))
        }
        defer { rg_free(text) }
        return String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
    }

    private static func layOut(_ root: GraphPointer, in gvc: OpaquePointer, engine: String) throws {
        agreseterrors()
        guard gvLayout(gvc, root, engine) == 0 else {
            let message = GraphvizSession.lastMessage(or: "gvLayout failed")
            throw GraphvizSession.isMissingPlugin(message)
                ? RenderError.layoutEngineUnavailable(engine: engine, message: message)
                : RenderError.layoutFailed(engine: engine, message: message)
        }
    }

    /// A layout can succeed while Graphviz logs an error (a label it could not parse, say): report it.
    private static func checkLayout(engine: String) throws {
        guard agerrors() == 0 else {
            throw RenderError.layoutFailed(engine: engine, message: GraphvizSession.lastMessage(or: "Graphviz reported an error"))
        }
    }

    private static func renderData(_ root: GraphPointer, in gvc: OpaquePointer, format: String) throws -> Data {
        agreseterrors()
        let data = try collect { gvRenderData(gvc, root, format, $0, $1) }
        guard let data else {
            let message = GraphvizSession.lastMessage(or: "gvRenderData failed")
            throw GraphvizSession.isMissingPlugin(message)
                ? RenderError.outputPluginUnavailable(format: format, message: message)
                : RenderError.renderFailed(format: format, message: message)
        }
        return data
    }

    /// Calls a gvRenderData-like function and copies its bytes out before freeing them; nil on failure.
    ///
    /// The length type is inferred from the C signature: `unsigned int` in 2.42, `size_t` in newer Graphviz.
    private static func collect<Length: BinaryInteger>(
        _ call: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Length>) -> Int32
    ) throws -> Data? {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: Length = 0
        let status = call(&buffer, &length)
        defer { gvFreeRenderData(buffer) }
        guard status == 0, agerrors() == 0, let buffer else { return nil }
        return Data(bytes: buffer, count: Int(length))
    }

    // MARK: - Test helpers

    /// Node and edge counts of a cgraph graph.
    struct Counts: Equatable, Sendable {
        var nodes: Int
        var edges: Int
    }

    /// Counts of the graph as built for drawing (legend and layout helpers included).
    static func drawnCounts(_ graph: RelationGraph) throws -> Counts {
        let document = GraphvizDocument(graph)
        return try GraphvizSession.withGraphviz { _ in
            try document.withGraph { Counts(nodes: Int(agnnodes($0)), edges: Int(agnedges($0))) }
        }
    }

    /// Parses DOT with cgraph (agmemread) and counts what it read.
    static func readBackCounts(dot: String) throws -> Counts {
        try GraphvizSession.withGraphviz { _ in
            agreseterrors()
            guard let root = rg_agmemread(dot) else {
                throw RenderError.graphNotBuilt("agmemread failed: " + GraphvizSession.lastMessage(or: "no reason"))
            }
            defer { agclose(root) }
            return Counts(nodes: Int(agnnodes(root)), edges: Int(agnedges(root)))
        }
    }
}
