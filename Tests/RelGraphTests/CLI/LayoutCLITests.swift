import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// What the command says about the layout before the wait: why auto left dot, and that a forced dot may take minutes.
@Suite("Command line: layout choice")
struct LayoutCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
        try workspace.write("dense.json", try JSONWriter.data(SyntheticGraph.roundUps(100)))
        try workspace.write("sparse.json", try JSONWriter.data(NewsGraphFixture.make(actors: 20)))
    }

    private func run(_ arguments: [String]) throws -> CLIResult {
        try CLIRunner.run(arguments, in: workspace.url)
    }

    @Test("auto on a dense graph says it uses sfdp and why; the DOT names sfdp")
    func autoSays() throws {
        let result = try run(["merge", "dense.json", "--format", "dot"])
        #expect(result.status == 0)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrText.hasPrefix("relgraph: laid out with sfdp, not dot: "))
        #expect(result.stdoutText.contains("layout=sfdp"))
    }

    @Test("a forced dot on a dense graph is warned; a sparse graph and data formats say nothing")
    func forcedDotWarns() throws {
        let forced = try run(["merge", "dense.json", "--layout", "dot", "--format", "dot"])
        #expect(forced.status == 0)
        #expect(forced.stderrText.hasPrefix("relgraph: warning: --layout dot on "))
        #expect(forced.stderrText.contains("may take minutes"))
        #expect(try run(["merge", "sparse.json", "--format", "dot"]).stderrText.isEmpty)
        #expect(try run(["merge", "dense.json", "--format", "json"]).stderrText.isEmpty)
    }
}
