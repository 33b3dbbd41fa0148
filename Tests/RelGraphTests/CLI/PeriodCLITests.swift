import Foundation
import Testing
@testable import RelGraph

/// `--by week|month`: one graph per period from one read of the corpus.
@Suite("Command line: --by")
struct PeriodCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.run(arguments, stdin: stdin, in: workspace.url)
    }

    /// Three dated documents in two months and three weeks, and one undated.
    private func jsonLines(undated: Bool = true) throws -> Data {
        var records: [[String: String]] = [
            ["id": "fr-1", "text": CLIFixtures.french, "date": "2022-03-01"],
            ["id": "fr-2", "text": CLIFixtures.frenchFollowUp, "date": "2022-03-08T09:30:00Z"],
            ["id": "en-1", "text": CLIFixtures.english, "date": "2022-04-02"],
        ]
        if undated { records.append(["id": "en-2", "text": CLIFixtures.english]) }
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private func documents(_ name: String) throws -> Set<String> {
        let graph = try JSONWriter.graph(from: try workspace.read(name))
        return Set(graph.edges.flatMap { $0.evidence.compactMap(\.document) })
    }

    @Test("--by month writes one graph per month, each with its own documents, and counts the undated")
    func months() throws {
        let result = try run(["--jsonl", "--by", "month", "-o", "out.json"], stdin: try jsonLines())
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(try workspace.contents().sorted() == ["out-2022-03.json", "out-2022-04.json"])
        #expect(try documents("out-2022-03.json") == ["fr-1", "fr-2"])
        #expect(try documents("out-2022-04.json") == ["en-1"])
        #expect(result.stderrLines == [
            "relgraph: warning: left out 1 undated document: with --by only dated documents are read (JSON Lines records with a \"date\")",
        ])
    }

    @Test("--by week names ISO weeks; pictures and event rows keep their format")
    func weeks() throws {
        let result = try run(["--jsonl", "--by", "week", "-o", "week.events.csv"], stdin: try jsonLines(undated: false))
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stderrText.isEmpty)
        #expect(try workspace.contents().sorted() == ["week-2022-W09.events.csv", "week-2022-W10.events.csv", "week-2022-W13.events.csv"])
        let svg = try run(["--jsonl", "--by", "month", "-o", "pic.svg"], stdin: try jsonLines(undated: false))
        #expect(svg.status == 0)
        #expect(String(decoding: try workspace.read("pic-2022-04.svg"), as: UTF8.self).contains("<svg"))
    }

    @Test("--by without -o, or on undated documents only: one line and a non-zero exit")
    func refusals() throws {
        let noFile = try run(["--jsonl", "--by", "month"], stdin: try jsonLines())
        #expect(noFile.status == 64)
        #expect(noFile.stderrText.contains("--by month writes one file per period, named after -o: give -o FILE"))
        try workspace.write("a.txt", CLIFixtures.french)
        let undated = try run(["a.txt", "--by", "week", "-o", "out.svg"])
        #expect(undated.status == 65)
        #expect(undated.stderrLines == [
            "relgraph: --by week found no dated document (1 undated): give JSON Lines records with a \"date\" (YYYY-MM-DD), or leave out --by",
        ])
        #expect(try workspace.contents() == ["a.txt"])
    }
}
