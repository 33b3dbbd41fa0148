import Foundation
import Testing
@testable import RelGraph

/// The README says what relgraph does: checked against the command and the library, so the two do not drift.
@Suite("README")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func readme() throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    @Test("every option of render's help is documented")
    func everyOptionDocumented() throws {
        let text = try readme()
        let help = try CLIRunner.succeed(["render", "--help"], in: FileManager.default.temporaryDirectory).stdoutText
        // An option's own line starts with it (or with its short form): "  --types <TYPES>", "  -o, --output <FILE>".
        let options = Set(help.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard let first = words.first, first.hasPrefix("-") else { return nil }
            return words.prefix(2).first { $0.hasPrefix("--") }.map { String($0).trimmingCharacters(in: [","]) }
        }).subtracting(["--help", "--version"])
        #expect(options.count > 20)
        for option in options {
            let documented = ["`", " ", "|"].contains { text.contains($0 + option + " ") || text.contains($0 + option + "`") }
            #expect(documented, "README lacks \(option)")
        }
    }

    @Test("SVG line ids as the renderer makes them, -to- and -with-")
    func svgIDs() throws {
        let text = try readme()
        let graph = RelationGraph(
            nodes: [Node(id: "RUS", kind: .state, label: "Russia"), Node(id: "VEN", kind: .state, label: "Venezuela")],
            edges: [Edge(source: "RUS", target: "VEN", type: .agree), Edge(source: "VEN", target: "RUS", type: .agree),
                    Edge(source: "RUS", target: "VEN", type: .cooperate), Edge(source: "VEN", target: "RUS", type: .cooperate)]
        )
        let mutual = try #require(DrawingPlan(graph).lines.first)
        #expect(GraphvizLabels.edgeID(mutual) == "edge-RUS-with-VEN-agree-cooperate")
        #expect(text.contains("`edge-RUS-with-VEN-agree-cooperate`"))
        #expect(text.contains("`edge-USA-to-VEN-sanction`"))
    }

    @Test("the --explain language line, the links inside the repository and the licence")
    func examplesAndLinks() throws {
        let text = try readme()
        let decision = Extractor().languageDecision(for: "Brazil supported Argentina.")
        #expect(text.contains("`language: \(decision)`"))
        #expect(!text.contains("../shared"), "the README points outside the repository")
        #expect(text.contains("(LICENSE)"))
        for image in ["Output/russia-venezuela-2022.fr.png", "Output/russia-venezuela-2022.fr.report.png"] {
            #expect(text.contains(image))
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(image).path))
        }
    }
}
