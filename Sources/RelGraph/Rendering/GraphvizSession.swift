internal import CGraphviz
internal import CGraphvizText
import Foundation
import Synchronization

/// The one door into Graphviz: long-lived GVC contexts, used only on the Graphviz thread.
///
/// gvc and cgraph keep global state (the error log, plugin tables, the
/// fontconfig cache), so every call goes through `withGraphviz`, which runs
/// it on `GraphvizThread`; callers on any thread wait their turn.
///
/// A vector picture and a bitmap need different plugins: SVG is drawn by Graphviz's core renderer with labels
/// measured by relgraph's text layout (`rg_vector_context`), PNG and PDF by cairo, whose pango plugin measures
/// and draws the text. Each kind of context is made on first use and kept.
enum GraphvizSession {
    /// The plugins a context loads.
    enum Plugins: Hashable, Sendable {
        /// Graphviz's core renderers (SVG, DOT, JSON), its `dot` layout and relgraph's text layout; the other
        /// layouts are added when first asked for.
        case vector
        /// Every plugin installed (`gvContext`): cairo and pango for bitmaps and PDF.
        case all

        /// The plugins that draw Graphviz's output format `name`: any format the core renderer lacks goes to a
        /// context with every plugin, where Graphviz itself says whether something draws it.
        init(format name: String) {
            self = Self.vectorFormats.contains(name) ? .vector : .all
        }

        private static let vectorFormats: Set<String> = ["svg", "dot", "xdot", "json"]
    }

    /// A GVC context; only ever touched while the lock is held.
    private final class Context: @unchecked Sendable {
        let gvc: OpaquePointer
        /// Whether the context holds only the plugins it was made with: false for a full context, and for a
        /// vector context that fell back to one.
        let isLean: Bool
        /// Plugin libraries added since the context was made.
        var added: Set<String> = []

        init(_ gvc: OpaquePointer, isLean: Bool) {
            self.gvc = gvc
            self.isLean = isLean
        }

        /// Adds the plugin library that lays out with `engine`, once; Graphviz reports a missing one when it lays out.
        func provide(engine: String) {
            guard isLean, engine != LayoutEngine.dot.rawValue, added.insert(Self.otherLayouts).inserted else { return }
            _ = rg_add_plugin_library(gvc, Self.otherLayouts)
        }

        /// Graphviz's plugin library of every layout but `dot`.
        static let otherLayouts = "neato_layout"
    }

    private static let contexts = Mutex<[Plugins: Context]>([:])
    private static let thread = GraphvizThread()

    /// Runs `body` with the context of `plugins` on the Graphviz thread, able to lay out with `engine` when one is
    /// named; creates the context on first use.
    static func withGraphviz<R: Sendable>(_ plugins: Plugins = .vector, engine: String? = nil,
                                          _ body: (OpaquePointer) throws -> R) throws -> R {
        try thread.run {
            try contexts.withLock { (contexts: inout [Plugins: Context]) throws -> R in
                let context = try contexts[plugins] ?? open(plugins, into: &contexts)
                if let engine { context.provide(engine: engine) }
                return try body(context.gvc)
            }
        }
    }

    /// Starts `work` on the Graphviz thread and returns at once: a warm-up whose errors do not matter.
    static func startInBackground(_ work: @escaping @Sendable () -> Void) {
        thread.enqueue(work)
    }

    private static func open(_ plugins: Plugins, into contexts: inout [Plugins: Context]) throws -> Context {
        // Keep warnings and errors in cgraph's log (read with aglasterr) instead of printing them.
        agseterr(AGMAX)
        let context: Context
        if plugins == .vector, let lean = rg_vector_context() {
            context = Context(lean, isLean: true)
        } else if let full = gvContext() {
            context = Context(full, isLean: false)
        } else {
            throw RenderError.graphNotBuilt("gvContext could not create a Graphviz context")
        }
        contexts[plugins] = context
        return context
    }

    /// Graphviz's last logged message, trimmed, or `fallback` if there is none. Call under the lock.
    static func lastMessage(or fallback: String) -> String {
        guard let text = aglasterr() else { return fallback }
        defer { rg_free(text) }
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        return message.isEmpty ? fallback : message
    }

    /// True for Graphviz's wording when no plugin provides an engine or format.
    static func isMissingPlugin(_ message: String) -> Bool {
        missingPluginPhrases.contains { message.contains($0) }
    }

    private static let missingPluginPhrases = ["not recognized", "is unavailable"]
}
