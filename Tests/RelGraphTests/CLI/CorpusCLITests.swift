import Foundation
import Testing
@testable import RelGraph

/// The corpus side of the command: folders, JSON Lines, dates, the extract and merge subcommands.
@Suite("Command line: corpus")
struct CorpusCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.run(arguments, stdin: stdin, in: workspace.url)
    }

    @discardableResult
    private func succeed(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.succeed(arguments, stdin: stdin, in: workspace.url)
    }

    private func graph(_ data: Data) throws -> RelationGraph {
        try JSONWriter.graph(from: data)
    }

    /// Three dated documents as JSON Lines.
    private func jsonLines() throws -> Data {
        let records: [[String: String]] = [
            ["id": "fr-1", "text": CLIFixtures.french, "date": "2022-03-01"],
            ["id": "fr-2", "text": CLIFixtures.frenchFollowUp, "date": "2022-03-08T09:30:00Z"],
            ["id": "en-1", "text": CLIFixtures.english, "date": "2022-04-02"],
        ]
        let lines = try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test("a folder is read recursively, documents named by their path inside it")
    func folderInput() throws {
        try FileManager.default.createDirectory(atPath: workspace.path("news/march"), withIntermediateDirectories: true)
        try workspace.write("news/one.txt", CLIFixtures.french)
        try workspace.write("news/march/two.txt", CLIFixtures.frenchFollowUp)
        try workspace.write("news/readme.md", CLIFixtures.english)
        let model = try graph(try succeed(["news", "--format", "json"]).stdout)
        let support = try #require(model.edge(Edge.Key(source: "BRA", target: "FRA", type: .support)))
        #expect(support.weight == 2)
        #expect(support.evidence.compactMap(\.document) == ["march/two", "one"])
        #expect(model.node("JPN") == nil, "readme.md does not match *.txt")
        let withMarkdown = try graph(try succeed(["news", "--glob", "*.md", "--format", "json"]).stdout)
        #expect(withMarkdown.node("JPN") != nil && withMarkdown.node("BRA") == nil)
    }

    @Test("JSON Lines on standard input: ids and dates reach the evidence; --since and --until filter")
    func jsonLinesInput() throws {
        let all = try graph(try succeed(["--jsonl", "--format", "json"], stdin: try jsonLines()).stdout)
        let support = try #require(all.edge(Edge.Key(source: "BRA", target: "FRA", type: .support)))
        #expect(support.evidence.map(\.document) == ["fr-1", "fr-2"])
        #expect(support.evidence.map(\.date) == ["2022-03-01", "2022-03-08"])
        #expect(support.firstDate == "2022-03-01" && support.lastDate == "2022-03-08")
        #expect(all.node("JPN") != nil)

        let march = try graph(try succeed(["--jsonl", "--since", "2022-03-02", "--until", "2022-03-31", "--format", "json"],
                                          stdin: try jsonLines()).stdout)
        #expect(march.edge(support.key)?.evidence.map(\.document) == ["fr-2"])
        #expect(march.node("JPN") == nil && march.node("DEU") == nil)
    }

    @Test("--max-evidence keeps the first sentences and every weight")
    func maxEvidence() throws {
        let limited = try graph(try succeed(["--jsonl", "--max-evidence", "1", "--format", "json"], stdin: try jsonLines()).stdout)
        let support = try #require(limited.edge(Edge.Key(source: "BRA", target: "FRA", type: .support)))
        #expect(support.weight == 2)
        #expect(support.evidence.map(\.document) == ["fr-1"])
        #expect(support.lastDate == "2022-03-08")
    }

    @Test("extract --jsonl writes one compact fragment per document; merge of them is the direct graph")
    func extractThenMerge() throws {
        let fragments = try succeed(["extract", "--jsonl", "--jobs", "2"], stdin: try jsonLines()).stdout
        let lines = fragments.split(separator: 0x0A)
        #expect(lines.count == 3)
        #expect(try lines.map { try graph(Data($0)) }.map { $0.edges.first?.evidence.first?.document } == ["fr-1", "fr-2", "en-1"])

        let direct = try succeed(["--jsonl", "--format", "json"], stdin: try jsonLines()).stdout
        try workspace.write("fragments.jsonl", fragments)
        #expect(try succeed(["merge", "fragments.jsonl", "--format", "json"]).stdout == direct)
        #expect(try succeed(["merge", "--format", "json"], stdin: fragments).stdout == direct)
        try succeed(["merge", "fragments.jsonl", "-o", "all.svg"])
        #expect(String(decoding: try workspace.read("all.svg"), as: UTF8.self).contains("<svg"))
    }

    @Test("merge is associative and order-independent on files, pretty JSON graphs and fragments alike")
    func mergeAssociative() throws {
        let lines = try succeed(["extract", "--jsonl"], stdin: try jsonLines()).stdout.split(separator: 0x0A)
        for (index, line) in lines.enumerated() { try workspace.write("f\(index).jsonl", Data(line) + Data([0x0A])) }
        try workspace.write("ab.json", try succeed(["merge", "f0.jsonl", "f1.jsonl", "--format", "json"]).stdout)
        try workspace.write("bc.json", try succeed(["merge", "f1.jsonl", "f2.jsonl", "--format", "json"]).stdout)
        let left = try succeed(["merge", "ab.json", "f2.jsonl", "--format", "json"]).stdout
        let right = try succeed(["merge", "f0.jsonl", "bc.json", "--format", "json"]).stdout
        let reversed = try succeed(["merge", "f2.jsonl", "f1.jsonl", "f0.jsonl", "--format", "json"]).stdout
        #expect(left == right)
        #expect(left == reversed)
    }

    @Test("parallel and sequential runs write the same bytes")
    func jobsDoNotChangeOutput() throws {
        try FileManager.default.createDirectory(atPath: workspace.path("c"), withIntermediateDirectories: true)
        for index in 0..<12 {
            try workspace.write("c/\(index).txt", [CLIFixtures.french, CLIFixtures.english, CLIFixtures.spanish][index % 3])
        }
        let one = try succeed(["c", "--jobs", "1", "--format", "json"]).stdout
        let four = try succeed(["c", "--jobs", "4", "--format", "json"]).stdout
        #expect(one == four)
        #expect(try succeed(["c", "--jobs", "1", "--quiet"]).stdout == (try succeed(["c", "--jobs", "3"]).stdout))
    }

    @Test("malformed JSON Lines and non-graphs given to merge: 65 naming the file and line")
    func badData() throws {
        let bad = try run(["--jsonl", "-o", "g.svg"], stdin: Data("{\"id\": \"a\", \"text\": \"x\"}\nnot json\n".utf8))
        #expect(bad.status == 65)
        #expect(bad.stderrText.contains("line 2"))
        try workspace.write("notes.json", "{\"hello\": 1}\n")
        let notGraph = try run(["merge", "notes.json"])
        #expect(notGraph.status == 65)
        #expect(notGraph.stderrText.hasPrefix("relgraph: cannot read 'notes.json'"))
        #expect(try run(["merge", "missing.json"]).status == 66)
        #expect(try run(["--jsonl", "--since", "March"], stdin: Data()).status == 64)
        #expect(try workspace.contents() == ["notes.json"])
    }

    @Test("a JSON Lines record's lang is the language it is read in; other languages are left out with a warning")
    func recordLanguage() throws {
        let lines = """
            {"id": "1", "text": "Bolivia condena a Paraguay.", "lang": "es-BO"}
            {"id": "2", "text": "Bolivia condena a Paraguay."}
            {"id": "3", "text": "Österreich verurteilt Ungarn.", "lang": "de"}

            """
        let result = try run(["--jsonl", "--format", "json"], stdin: Data(lines.utf8))
        #expect(result.status == 0)
        let model = try graph(result.stdout)
        let accuse = try #require(model.edge(Edge.Key(source: "BOL", target: "PRY", type: .accuse)))
        #expect(accuse.evidence.compactMap(\.document) == ["1", "2"], "record 2 has no cue and follows record 1")
        #expect(result.stderrLines == ["relgraph: warning: left out 1 record in languages relgraph does not read (de 1); it reads fr, en and es"])
    }

    @Test("--explain says which language it read each document in")
    func explainShowsLanguage() throws {
        let result = try succeed(["--explain", "-"], stdin: Data("Brazil supported Argentina.\n".utf8))
        #expect(result.stdoutText.hasPrefix("language: en (detected: cues en 1, fr 0, es 0)\n"))
        #expect(result.stdoutText.contains("BRA -[SUPPORT]-> ARG"))
    }

    @Test("--since on undated articles: a warning with the count, not a silent empty graph")
    func undatedDocumentsWarn() throws {
        try workspace.write("a.txt", CLIFixtures.french)
        try workspace.write("b.txt", CLIFixtures.english)
        let result = try run(["a.txt", "b.txt", "--since", "2022-03-01", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderrLines == [
            "relgraph: warning: left out 2 undated documents: with --since or --until only dated documents are read "
                + "(JSON Lines records with a \"date\")",
        ])
        let outside = try run(["--jsonl", "--since", "2030-01-01", "--format", "json"], stdin: try jsonLines())
        #expect(outside.stderrLines == ["relgraph: warning: no document is dated from 2030-01-01: 3 dated documents left out"])
        #expect(try run(["--jsonl", "--since", "2022-03-02", "--format", "json"], stdin: try jsonLines()).stderrLines.isEmpty,
                "documents left out by their dates, with others kept, are what was asked for")
    }

    @Test("--since and --until take calendar days only")
    func calendarDays() throws {
        for day in ["2022-02-30", "2023-02-29", "2022-04-31", "2022-13-01"] {
            let result = try run(["--jsonl", "--since", day, "--format", "json"], stdin: Data())
            #expect(result.status == 64, "\(day)")
            #expect(result.stderrText.contains("--since takes a calendar day as YYYY-MM-DD: '\(day)'"), "\(result.stderrText)")
        }
        #expect(try run(["--jsonl", "--until", "2024-02-29", "--format", "json"], stdin: Data()).status == 0)
    }

    @Test("--explain with -o prints the explanation and writes the graph it explained")
    func explainWritesOutput() throws {
        let result = try succeed(["--explain", "-", "-o", "g.json"], stdin: Data(CLIFixtures.french.utf8))
        #expect(result.stdoutText.hasPrefix("language: fr"))
        let written = try graph(try Data(contentsOf: URL(fileURLWithPath: workspace.path("g.json"))))
        let direct = try graph(try succeed(["-", "--format", "json"], stdin: Data(CLIFixtures.french.utf8)).stdout)
        #expect(written == direct)
        let noFile = try run(["--explain", "-", "--format", "svg"], stdin: Data(CLIFixtures.french.utf8))
        #expect(noFile.status == 64 && noFile.stdout.isEmpty)
        #expect(noFile.stderrText.contains("-o FILE"))
        let dash = try run(["--explain", "-", "-o", "-"], stdin: Data(CLIFixtures.french.utf8))
        #expect(dash.status == 64 && dash.stdout.isEmpty)
    }
}
