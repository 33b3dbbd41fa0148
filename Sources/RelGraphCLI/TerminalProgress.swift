import Foundation
import RelGraph

/// A progress line on standard error, redrawn in place, only when standard error is a terminal.
///
/// Logs and pipes get nothing: a progress bar in a log file is noise, and
/// the map step of a distributed run must keep stderr for errors.
struct TerminalProgress {
    private let meter: ProgressMeter
    private let enabled: Bool
    private let start = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    init(total: Int?, enabled: Bool) {
        meter = ProgressMeter(total: total)
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Redraws the line, at most ten times a second.
    mutating func update(done: Int) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 100_000_000 || done == meter.total else { return }
        lastDraw = now
        drawn = true
        let line = meter.line(done: done, elapsed: Double(now - start) / 1e9)
        GraphOutput.writeToStandardError("\r\u{1B}[Krelgraph: \(line)")
    }

    /// Ends the line so that what follows starts on a fresh one.
    func finish() {
        if drawn { GraphOutput.writeToStandardError("\n") }
    }
}
