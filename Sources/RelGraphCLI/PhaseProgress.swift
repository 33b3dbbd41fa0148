import Foundation
import RelGraph
import Synchronization

/// A progress line for a step that reports nothing while it works (Graphviz laying out and drawing, a file
/// being written): what it does and the time it has taken, redrawn twice a second from a thread of its own,
/// since the calling thread waits on Graphviz. Only when standard error is a terminal, as `TerminalProgress`.
struct PhaseProgress {
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Runs `body` with `step` shown, then leaves the line with the time it took.
    func during<T>(_ step: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let ticker = Ticker(step: step)
        ticker.start()
        defer { ticker.stop() }
        return try body()
    }
}

/// The thread that redraws the line until told to stop.
private final class Ticker: Sendable {
    private let step: String
    private let started = DispatchTime.now().uptimeNanoseconds
    private let stopped = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    init(step: String) {
        self.step = step
    }

    func start() {
        draw()
        Thread.detachNewThread { [self] in
            while !waitOrStop(tenths: 5) { draw() }
            finished.signal()
        }
    }

    /// Draws the last line and ends it, once the thread has stopped drawing.
    func stop() {
        stopped.store(true, ordering: .releasing)
        finished.wait()
        draw()
        GraphOutput.writeToStandardError("\n")
    }

    /// Waits up to `tenths` tenths of a second; true as soon as `stop` is called.
    private func waitOrStop(tenths: Int) -> Bool {
        for _ in 0..<tenths {
            if stopped.load(ordering: .acquiring) { return true }
            usleep(100_000)
        }
        return stopped.load(ordering: .acquiring)
    }

    private func draw() {
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        GraphOutput.writeToStandardError("\r\u{1B}[Krelgraph: " + ProgressMeter.phase(step, elapsed: elapsed))
    }
}
