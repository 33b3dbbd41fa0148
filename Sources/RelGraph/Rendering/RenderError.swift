/// Why a graph could not be drawn, worded so that the user knows what to do next (in the library's words: the command
/// line names its options instead).
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// cgraph refused to create a node, edge, cluster or attribute (the detail says which).
    case graphNotBuilt(String)
    /// The layout engine ran and failed; the message is Graphviz's own.
    case layoutFailed(engine: String, message: String)
    /// The layout engine is not installed or not registered with Graphviz.
    case layoutEngineUnavailable(engine: String, message: String)
    /// No Graphviz plugin can write this format (the cairo plugin for PNG and PDF is missing, say).
    case outputPluginUnavailable(format: String, message: String)
    /// The output plugin exists but failed while drawing.
    case renderFailed(format: String, message: String)
    /// cgraph could not write the graph as DOT text.
    case dotNotWritten(String)
    /// A PNG would be larger than `BitmapLimit` allows (width and height in pixels).
    case bitmapTooLarge(width: Int, height: Int)
    /// A PNG within `BitmapLimit` whose bitmap the process cannot get memory for now (a `ulimit -v`, a container).
    case bitmapOutOfMemory(width: Int, height: Int, bytes: Int)

    public var description: String {
        switch self {
        case .graphNotBuilt(let detail):
            "Could not build the Graphviz graph: \(detail). This is a relgraph bug; please report it with the input."
        case .layoutFailed(let engine, _):
            problem + " Try another engine (\(Self.otherEngines(than: engine).joined(separator: " or ")))."
        case .layoutEngineUnavailable(let engine, let message):
            "The Graphviz layout engine \"\(engine)\" is not available: \(Self.quote(message)). \(Self.pluginHint)"
        case .outputPluginUnavailable(let format, let message):
            "Graphviz cannot write \(format.uppercased()): \(Self.quote(message)). \(Self.hint(forFormat: format))"
        case .renderFailed(let format, let message):
            "Graphviz failed while drawing \(format.uppercased()): \(Self.quote(message)). Try SVG or DOT output."
        case .dotNotWritten(let detail):
            "Could not write the graph as DOT: \(detail)."
        case .bitmapTooLarge:
            problem + " Write SVG or PDF instead, or draw fewer actors."
        case .bitmapOutOfMemory:
            problem + " Write SVG or PDF instead, draw fewer actors, or raise the limit (ulimit -v)."
        }
    }

    /// What went wrong, without the advice of the cases whose remedy is an option (another engine, fewer actors): the
    /// command line adds its own, naming the options. The others' whole message.
    public var problem: String {
        switch self {
        case .layoutFailed(let engine, let message): "The \(engine) layout failed: \(Self.quote(message))."
        case .bitmapTooLarge(let width, let height):
            "A PNG of this graph would be \(width) × \(height) pixels, more than relgraph draws (\(BitmapLimit.maximumSide) on a side, "
                + "\(BitmapLimit.maximumPixels >> 20) Mi pixels in all)."
        case .bitmapOutOfMemory(let width, let height, let bytes):
            "A PNG of this graph would be \(width) × \(height) pixels, and the \(bytes >> 20) MiB of memory drawing it takes "
                + "cannot be had (a memory limit, or too little free memory)."
        default: description
        }
    }

    /// Two engines to suggest after `engine` failed, never itself.
    public static func otherEngines(than engine: String) -> [String] {
        Array(["dot", "neato", "sfdp"].filter { $0 != engine }.prefix(2))
    }

    private static func quote(_ message: String) -> String {
        message.isEmpty ? "Graphviz gave no reason" : message
    }

    private static func hint(forFormat format: String) -> String {
        (formatHints[format.lowercased()] ?? "") + pluginHint
    }

    /// Which plugin draws what, as Debian 12 (Graphviz 2.42) packages it.
    private static let formatHints: [String: String] = [
        "png": "PNG is drawn by the cairo plugin (libgvplugin_pango.so.6). ",
        "pdf": "PDF is drawn by the cairo plugin (libgvplugin_pango.so.6). ",
        "svg": "SVG is drawn by the core plugin (libgvplugin_core.so.6). ",
    ]

    private static let pluginHint =
        "On Debian and Ubuntu the plugins come with the libgvc6 package: install it (apt-get install libgvc6) "
        + "and register them with `libgvc6-config-update -c` as root."
}
