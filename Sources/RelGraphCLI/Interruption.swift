import Dispatch
import Foundation
import RelGraph

/// What relgraph does on SIGINT (Ctrl-C) and SIGTERM: remove the temporary file being written, exit 130 or 143.
///
/// The default action would kill the process between `mkstemp` and `rename`
/// and leave a `.<name>.XXXXXX` file next to the output. The signals are
/// received by dispatch sources rather than a C handler because removing the
/// file takes a lock and a Swift `Set`, neither of which is async-signal-safe;
/// a dispatch handler runs on an ordinary thread, even while the main thread
/// is deep inside Graphviz.
enum Interruption {
    /// Installs the handlers once; later calls do nothing.
    ///
    /// SIGXFSZ (a file past `ulimit -f`) is ignored so that the write fails
    /// with EFBIG and relgraph reports it like a full disk (73, temporary file
    /// removed) instead of dying with a core dump and the temporary file left.
    static func install() {
        _ = sources
        signal(SIGXFSZ, SIG_IGN)
    }

    /// The live dispatch sources (a source that is released stops delivering).
    private static let sources: Sources = {
        let queue = DispatchQueue(label: "relgraph.signals")
        return Sources([SIGINT, SIGTERM].map { number in
            // A dispatch source only sees signals whose default action is disabled.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { stop(signal: number) }
            source.resume()
            return source
        })
    }()

    /// Removes temporary files and exits with 128 + the signal number, as shells report a death by signal.
    ///
    /// `_exit`, not `exit`: the main thread may be inside Graphviz, so running
    /// atexit handlers and static destructors under it would not be safe.
    private static func stop(signal number: Int32) -> Never {
        AtomicFile.abandonWrites {
            _exit(128 + number)
        }
    }

    /// Keeps the sources alive for the life of the process.
    private struct Sources: @unchecked Sendable {
        let all: [any DispatchSourceSignal]

        init(_ all: [any DispatchSourceSignal]) {
            self.all = all
        }
    }
}
