import Dispatch
import Foundation
import RelGraph

/// What relgraph does on a signal that would end it (SIGINT from Ctrl-C, SIGTERM, SIGHUP when the terminal
/// closes, SIGQUIT, SIGUSR1, …): remove the temporary files being written and exit with 128 + the signal's
/// number (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
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
        return Sources(terminating.map { number in
            // A dispatch source only sees signals whose default action is disabled.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { stop(signal: number) }
            source.resume()
            return source
        })
    }()

    /// Every signal whose default action ends the process and that a process may catch. SIGPIPE is left to
    /// its default: it comes only from writing standard output to a closed pipe (`relgraph … | head`), when
    /// no temporary file is open, and the quiet end it gives is what a pipeline expects.
    static let terminating: [Int32] = [
        SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGIO, SIGPWR,
    ]

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
