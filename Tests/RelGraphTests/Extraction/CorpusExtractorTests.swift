import Foundation
import Testing
@testable import RelGraph

/// Parallel extraction gives what sequential extraction gives, in input order.
@Suite("Corpus extraction")
struct CorpusExtractorTests {
    private static let sentences = [
        "La France a condamné l'Allemagne pour son refus de coopérer.",
        "Le Brésil soutient la France dans ce différend.",
        "Japan criticized China over the new fishing rules.",
        "Canada supports Japan in the dispute.",
        "México condenó a Perú por la expulsión de su embajador.",
        "Chile apoya a México en esta disputa.",
    ]

    /// Forty documents, each a different mix of the sentences above.
    private static let documents = (0..<40).map { index in
        CorpusDocument(id: "doc-\(index)", text: (0..<3).map { sentences[(index * 7 + $0 * 5) % sentences.count] }.joined(separator: " "),
                       date: "2022-03-\(10 + index % 20)")
    }

    /// Each document extracted alone, those whose words do not tell their language (a mix of three) read in the
    /// language of the documents before them.
    private static func oneByOne(_ documents: [CorpusDocument]) -> [RelationGraph] {
        var languages = CorpusLanguage()
        return documents.map { document in
            let extractor = Extractor(corpusLanguage: languages.language)
            languages.record(extractor.languageDecision(for: document.text))
            return extractor.extract(document)
        }
    }

    @Test func parallelEqualsSequential() throws {
        let sequential = CorpusExtractor(jobs: 1).extract(Self.documents)
        let parallel = CorpusExtractor(jobs: 4, documentsPerJob: 3).extract(Self.documents)
        #expect(parallel == sequential)
        #expect(sequential == Self.oneByOne(Self.documents))
    }

    @Test func streamingRunHandsGraphsOverInInputOrderAndReportsProgress() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try Self.documents.map { document -> String in
            let object: [String: String] = ["id": document.id ?? "", "text": document.text, "date": document.date ?? ""]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let path = folder.appendingPathComponent("corpus.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))

        var results: [[RelationGraph]] = []
        for jobs in [1, 3] {
            var stream = DocumentStream([.jsonLines(path: path)])
            var graphs: [RelationGraph] = []
            var reported: [Int] = []
            try CorpusExtractor(jobs: jobs, documentsPerJob: 2).run(&stream, progress: { reported.append($0) }) { graphs.append($0) }
            #expect(reported.last == Self.documents.count)
            #expect(reported == reported.sorted())
            results.append(graphs)
        }
        #expect(results[0] == results[1])
        #expect(results[0] == Self.oneByOne(Self.documents))
    }
}
