internal import CGraphviz
import Foundation
import Synchronization

/// The one door into Graphviz: one long-lived GVC context, used only on the Graphviz thread.
///
/// gvc and cgraph keep global state (the error log, plugin tables, the
/// fontconfig cache), so every call goes through `withGraphviz`, which runs
/// it on `GraphvizThread`; callers on any thread wait their turn.
enum GraphvizSession {
    /// The GVC context; only ever touched while the lock is held.
    private final class Context: @unchecked Sendable {
        let gvc: OpaquePointer

        init(_ gvc: OpaquePointer) {
            self.gvc = gvc
        }
    }

    private static let context = Mutex<Context?>(nil)
    private static let thread = GraphvizThread()

    /// Runs `body` with the shared context on the Graphviz thread; creates the context on first use.
    static func withGraphviz<R: Sendable>(_ body: (OpaquePointer) throws -> R) throws -> R {
        try thread.run {
            try context.withLock { (context: inout Context?) throws -> R in
                let gvc = try context?.gvc ?? open(&context)
                return try body(gvc)
            }
        }
    }

    /// Starts `work` on the Graphviz thread and returns at once: a warm-up whose errors do not matter.
    static func startInBackground(_ work: @escaping @Sendable () -> Void) {
        thread.enqueue(work)
    }

    private static func open(_ context: inout Context?) throws -> OpaquePointer {
        // Keep warnings and errors in cgraph's log (read with aglasterr) instead of printing them.
        agseterr(AGMAX)
        guard let gvc = gvContext() else {
            throw RenderError.graphNotBuilt("gvContext could not create a Graphviz context")
        }
        context = Context(gvc)
        return gvc
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
