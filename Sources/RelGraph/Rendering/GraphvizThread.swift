import Foundation
import Synchronization

/// The one thread every Graphviz call runs on.
///
/// gvc and cgraph keep global state, and pango, which lays out Graphviz's
/// text, keeps a font map per thread: calls from several threads, even one
/// at a time, would each build their own. Running every call here makes the
/// rule "Graphviz on one thread" hold for any caller, and lets that thread
/// load its plugins and fonts (`warmUp`) while another extracts the graph.
final class GraphvizThread: @unchecked Sendable {
    private let queue = JobQueue()
    private let thread: Thread

    /// dot recurses over ranks and clusters; the main thread's 8 MiB is what Graphviz is used to.
    private static let stackSize = 16 << 20

    init() {
        let queue = queue
        thread = Thread {
            while let job = queue.next() { job() }
        }
        thread.name = "relgraph.graphviz"
        thread.stackSize = Self.stackSize
        thread.start()
    }

    /// Lets the thread finish once the jobs already queued have run.
    deinit {
        queue.stop()
    }

    /// Runs `body` on the Graphviz thread and returns its result; the caller waits.
    func run<R>(_ body: () throws -> R) throws -> R {
        if Thread.current == thread { return try body() }
        return try withoutActuallyEscaping(body) { escaping in
            let call = Call(escaping)
            enqueue { call.perform() }
            call.done.wait()
            return try call.takeResult().get()
        }
    }

    /// Queues `job` on the Graphviz thread without waiting for it.
    func enqueue(_ job: @escaping @Sendable () -> Void) {
        queue.add(job)
    }

    /// Jobs waiting to run, in order; the thread owns it, so it outlives a `GraphvizThread` dropped early.
    private final class JobQueue: Sendable {
        /// nil asks the thread to stop.
        private let pending = Mutex<[(@Sendable () -> Void)?]>([])
        private let ready = DispatchSemaphore(value: 0)

        func add(_ job: (@Sendable () -> Void)?) {
            pending.withLock { $0.append(job) }
            ready.signal()
        }

        func stop() {
            add(nil)
        }

        /// The next job, waiting for one; nil when the thread should stop.
        func next() -> (@Sendable () -> Void)? {
            ready.wait()
            return pending.withLock { $0.removeFirst() }
        }
    }

    /// One call of `run`: the body, run once on the Graphviz thread, and its result for the waiting caller.
    ///
    /// The body is dropped before `done` is signalled: `withoutActuallyEscaping` traps if the closure
    /// is still referenced when the caller's wait ends.
    private final class Call<R>: @unchecked Sendable {
        private var body: (() throws -> R)?
        var result: Result<R, any Error>?
        let done = DispatchSemaphore(value: 0)

        init(_ body: @escaping () throws -> R) {
            self.body = body
        }

        /// The result, moved out: the Graphviz thread may release this call after the caller has gone on,
        /// even while the process exits, and must not be the last owner of what the caller returned.
        func takeResult() -> Result<R, any Error> {
            defer { result = nil }
            return result ?? .failure(RenderError.graphNotBuilt("the Graphviz thread gave no result"))
        }

        func perform() {
            if let body { result = Result(catching: body) }
            body = nil
            done.signal()
        }
    }
}
