import Foundation
import Testing
@testable import RelGraph

/// The progress line on a terminal (a pseudo-terminal made by util-linux `script`): it goes on after extraction,
/// naming the file drawn, its size and the engine, so a long layout is never a silent wait.
@Suite("Command line: progress")
struct ProgressCLITests {
    static let script: String? = ["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("on a terminal, drawing and writing are shown after extraction; --quiet shows nothing",
          .enabled(if: script != nil, "util-linux 'script' is not installed: no terminal to show progress on"))
    func drawingIsShown() throws {
        let workspace = try Workspace()
        try workspace.write("a.txt", CLIFixtures.french)
        let shown = try terminal(["a.txt", "-o", "out.svg", "--layout", "dot"], in: workspace)
        #expect(shown.contains("relgraph: 1/1 documents (100%)"))
        let drawing = try #require(shown.range(of: "relgraph: drawing out.svg: "))
        #expect(shown[drawing.upperBound...].range(of: #"^\d+ actors?, \d+ relations? with dot  \d+:\d\d"#,
                                                   options: .regularExpression) != nil)
        #expect(try terminal(["a.txt", "-o", "out.json"], in: workspace).contains("relgraph: writing out.json: "))
        #expect(!(try terminal(["a.txt", "-o", "quiet.svg", "--quiet"], in: workspace)).contains("relgraph:"))
        #expect(FileManager.default.fileExists(atPath: workspace.path("quiet.svg")))
    }

    /// What relgraph writes to a terminal, standard error included.
    private func terminal(_ arguments: [String], in workspace: Workspace) throws -> String {
        let command = ([try CLIRunner.binary().path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script ?? "script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = workspace.url
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: data, as: UTF8.self))")
        return String(decoding: data, as: UTF8.self)
    }
}
