import Foundation
import Testing
@testable import RelGraph

/// Every line of a corpus's picture traced to its article: titles, addresses and days from JSON Lines to
/// every format a person reads; `merge` and `--explain` name their documents.
@Suite("Command line: provenance")
struct ProvenanceCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    @discardableResult
    private func succeed(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.succeed(arguments, stdin: stdin, in: workspace.url)
    }

    /// Two dated, titled documents with addresses, both stating BRA supports FRA.
    private func corpus() throws -> Data {
        let records: [[String: String]] = [
            ["id": "fr-1", "text": CLIFixtures.french, "date": "2022-03-01", "title": "Paris condamne Berlin",
             "url": "https://example.org/fr-1"],
            ["id": "fr-2", "text": CLIFixtures.frenchFollowUp, "date": "2022-03-08", "title": "Brasília persiste"],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    private let support = Edge.Key(source: "BRA", target: "FRA", type: .support)

    @Test("JSON evidence carries document, title, address and day; the edge its documents and span")
    func json() throws {
        let graph = try JSONWriter.graph(from: try succeed(["--jsonl", "--format", "json"], stdin: try corpus()).stdout)
        let edge = try #require(graph.edge(support))
        #expect(edge.evidence.map(\.document) == ["fr-1", "fr-2"])
        #expect(edge.evidence.map(\.title) == ["Paris condamne Berlin", "Brasília persiste"])
        #expect(edge.evidence.map(\.url) == ["https://example.org/fr-1", nil])
        #expect(edge.documents == 2 && edge.firstDate == "2022-03-01" && edge.lastDate == "2022-03-08")
    }

    @Test("SVG tooltips and the HTML report name each sentence's document and day")
    func pictureAndReport() throws {
        // Graphviz writes '-' as a character reference in SVG text.
        let svg = String(decoding: try succeed(["--jsonl", "--format", "svg"], stdin: try corpus()).stdout, as: UTF8.self)
            .replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("[Paris condamne Berlin, 2022-03-01] Le Brésil soutient la France"))
        #expect(svg.contains("[Brasília persiste, 2022-03-08] Le Brésil soutient de nouveau"))
        let html = String(decoding: try succeed(["--jsonl", "--format", "html"], stdin: try corpus()).stdout, as: UTF8.self)
        #expect(html.contains("<cite><a href=\"https://example.org/fr-1\">Paris condamne Berlin, 2022-03-01</a></cite>"))
        #expect(html.contains("<cite>Brasília persiste, 2022-03-08</cite>"))
    }

    @Test("merge names a lone article's graph after its file")
    func mergeKeepsNames() throws {
        try workspace.write("monday.txt", CLIFixtures.french)
        try workspace.write("tuesday.txt", CLIFixtures.frenchFollowUp)
        try succeed(["monday.txt", "-o", "monday.json"])
        try succeed(["tuesday.txt", "-o", "tuesday.json"])
        let merged = try JSONWriter.graph(from: try succeed(["merge", "monday.json", "tuesday.json", "--format", "json"]).stdout)
        #expect(merged.edge(support)?.evidence.map(\.document) == ["monday", "tuesday"])
        #expect(merged.edge(support)?.documents == 2)
        let direct = try JSONWriter.graph(from: try succeed(["monday.txt", "tuesday.txt", "--format", "json"]).stdout)
        #expect(merged == direct, "merging single-article graphs gives what reading the articles together gives")
    }

    @Test("--explain over several articles prints a header per document")
    func explainHeaders() throws {
        let text = try succeed(["--explain", "--jsonl"], stdin: try corpus()).stdoutText
        let headers = text.split(separator: "\n").filter { $0.hasPrefix("document: ") }
        #expect(headers == [
            "document: fr-1, 2022-03-01, \"Paris condamne Berlin\", https://example.org/fr-1",
            "document: fr-2, 2022-03-08, \"Brasília persiste\"",
        ])
    }

    @Test("event rows: one per evidence sentence, --max-evidence aside, format from the file name")
    func eventRows() throws {
        let full = try JSONWriter.graph(from: try succeed(["--jsonl", "--format", "json"], stdin: try corpus()).stdout)
        let sentences = full.edges.map(\.evidence.count).reduce(0, +)
        #expect(sentences == full.edges.map(\.weight).reduce(0, +))
        try succeed(["--jsonl", "--max-evidence", "1", "-o", "march.events.csv"], stdin: try corpus())
        let rows = CSVParser.rows(String(decoding: try workspace.read("march.events.csv"), as: UTF8.self))
        #expect(rows.count == sentences + 1)
        let lines = try succeed(["--jsonl", "--max-evidence", "1", "--format", "events.jsonl"], stdin: try corpus()).stdout
        #expect(lines.split(separator: 0x0A).count == sentences)
        try workspace.write("monday.json", try succeed(["--jsonl", "--format", "json"], stdin: try corpus()).stdout)
        let merged = try succeed(["merge", "monday.json", "--max-evidence", "1", "--format", "events.jsonl"]).stdout
        #expect(merged.split(separator: 0x0A).count == sentences)
    }
}
