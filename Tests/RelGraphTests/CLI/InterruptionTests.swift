import Foundation
import Testing

/// A terminating signal during a run (SIGINT, SIGTERM, SIGHUP, SIGUSR1…): exit 128 + its number, the old
/// output byte for byte, no temporary file.
///
/// The runs are stopped at points that last as long as the test needs:
/// with the complete temporary file waiting to be renamed (`bench-render
/// --pause-before-rename`), inside Graphviz laying out a 300-actor graph with `dot`
/// (more than a minute), and while `render` waits for standard input.
@Suite("Interrupted runs", .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
struct InterruptionTests {
    let workspace: Workspace
    let old = Data("<svg>the previous picture</svg>\n".utf8)

    init() throws {
        workspace = try Workspace()
        try workspace.write("graph.svg", old)
    }

    @Test("a signal while the temporary file waits to be renamed removes it and keeps the old output",
          arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130)), (SIGHUP, Int32(129)), (SIGQUIT, Int32(131)),
                      (SIGUSR1, Int32(138)), (SIGUSR2, Int32(140)), (SIGALRM, Int32(142))])
    func signalBeforeRename(_ number: Int32, _ code: Int32) throws {
        let run = try Started(["bench-render", "3", "-o", "graph.svg", "--pause-before-rename", "120"], in: workspace)
        try wait(until: "the temporary file exists") { try temporaryFiles().count == 1 }
        run.send(number)
        try expectStopped(run, code: code)
    }

    @Test("SIGTERM while Graphviz lays out a 300-actor graph keeps the old output")
    func signalDuringRendering() throws {
        let run = try Started(["bench-render", "300", "--layout", "dot", "-o", "graph.svg"], in: workspace)
        try wait(until: "the handlers are installed") { try run.handlesTermination() }
        // Well inside the layout, which takes more than a minute.
        Thread.sleep(forTimeInterval: 0.5)
        run.send(SIGTERM)
        try expectStopped(run, code: 143)
    }

    @Test("SIGINT while render reads its input keeps the old output")
    func signalWhileReading() throws {
        let run = try Started(["-", "-o", "graph.svg"], in: workspace, holdingStandardInputOpen: true)
        try wait(until: "the handlers are installed") { try run.handlesTermination() }
        run.send(SIGINT)
        try expectStopped(run, code: 130)
    }

    // MARK: - Helpers

    private func temporaryFiles() throws -> [String] {
        try workspace.contents().filter { $0.hasPrefix(".graph.svg.") }
    }

    private func expectStopped(_ run: Started, code: Int32, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (reason, status) = try run.waitForExit()
        #expect(reason == .exit, "killed by signal \(status) instead of exiting", sourceLocation: sourceLocation)
        #expect(status == code, sourceLocation: sourceLocation)
        #expect(try workspace.contents() == ["graph.svg"], sourceLocation: sourceLocation)
        #expect(try workspace.read("graph.svg") == old, sourceLocation: sourceLocation)
    }

    /// Polls `condition` every 20 ms for up to a minute; a deadline, not a measurement.
    private func wait(until what: String, _ condition: () throws -> Bool) throws {
        for _ in 0..<3000 {
            if try condition() { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("gave up waiting until \(what)")
        throw CLIRunnerError.timedOut(arguments: [what], seconds: 60)
    }
}

/// A `relgraph` process started in the background, its output discarded.
private final class Started: Sendable {
    private let process: Process
    private let input: Pipe
    private let finished = DispatchSemaphore(value: 0)

    init(_ arguments: [String], in workspace: Workspace, holdingStandardInputOpen: Bool = false) throws {
        process = Process()
        input = Pipe()
        process.executableURL = try CLIRunner.binary()
        process.arguments = arguments
        process.currentDirectoryURL = workspace.url
        process.standardInput = holdingStandardInputOpen ? input : FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let finished = finished
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    func send(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// True once the process catches both SIGINT and SIGTERM (Linux: the SigCgt mask of /proc/PID/status).
    func handlesTermination() throws -> Bool {
        let status = try String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
              let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else { return false }
        let wanted = UInt64(1) << (SIGINT - 1) | UInt64(1) << (SIGTERM - 1)
        return mask & wanted == wanted
    }

    /// How the process ended, waiting at most a minute.
    func waitForExit() throws -> (Process.TerminationReason, Int32) {
        guard finished.wait(timeout: .now() + 60) == .success else {
            throw CLIRunnerError.timedOut(arguments: process.arguments ?? [], seconds: 60)
        }
        return (process.terminationReason, process.terminationStatus)
    }
}
