import Foundation
import Testing
@testable import RelGraph

/// Resolving inputs: folders walked recursively and sorted, JSON Lines, dates, filters.
///
/// A class, so that each test's folder is removed when the test ends (`deinit`).
@Suite("Corpus input")
final class CorpusInputTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b/deeper"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for name in ["z.txt", "a.txt", "b/m.txt", "b/deeper/c.txt", "notes.md", ".hidden/x.txt", ".dot.txt"] {
            try Data("La France soutient le Brésil.\n".utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func documents(_ inputs: [CorpusInput], filter: DateFilter = DateFilter()) throws -> [CorpusDocument] {
        var stream = DocumentStream(inputs, filter: filter)
        var found: [CorpusDocument] = []
        while let document = try stream.next() { found.append(document) }
        return found
    }

    @Test func foldersAreWalkedRecursivelySortedWithoutHiddenFiles() throws {
        #expect(try DirectoryWalker.files(in: folder.path, matching: "*.txt") == ["a.txt", "b/deeper/c.txt", "b/m.txt", "z.txt"])
        #expect(try DirectoryWalker.files(in: folder.path, matching: "*.md") == ["notes.md"])
        let inputs = try CorpusInput.resolve([folder.path])
        let ids = inputs.map { input -> String? in
            guard case .article(_, let id) = input else { return nil }
            return id
        }
        #expect(ids == ["a", "b/deeper/c", "b/m", "z"])
        #expect(CorpusInput.documentCount(inputs) == 4)
    }

    @Test("links are not followed, other names are found, a missing folder cannot be listed")
    func linksAreSkipped() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: folder.appendingPathComponent("a.txt").path)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("linked").path,
                                                   withDestinationPath: folder.appendingPathComponent("b").path)
        _ = try write("b/é à.txt", "La France soutient le Brésil.")
        #expect(try DirectoryWalker.files(in: folder.path, matching: "*.txt")
                == ["a.txt", "b/deeper/c.txt", "b/m.txt", "b/é à.txt", "z.txt"])
        #expect(throws: InputError.self) { try DirectoryWalker.files(in: folder.path + "/absent", matching: "*") }
    }

    @Test func aFolderWithoutArticlesIsAnError() throws {
        #expect(throws: InputError.noMatchingFiles(folder.path, glob: "*.pdf")) {
            try CorpusInput.resolve([folder.path], glob: "*.pdf")
        }
    }

    @Test func aLoneArticleHasNoIdAndSeveralAreNamedByFile() throws {
        let one = try CorpusInput.resolve([folder.appendingPathComponent("a.txt").path])
        #expect(one == [.article(path: folder.appendingPathComponent("a.txt").path, id: nil)])
        let two = try CorpusInput.resolve(["x/first.txt", "second.txt"])
        #expect(two == [.article(path: "x/first.txt", id: "first"), .article(path: "second.txt", id: "second")])
    }

    @Test func jsonLinesGiveIdsTextsAndDays() throws {
        let path = try write("news.jsonl", """
            {"id": "n1", "text": "La France soutient le Brésil.", "date": "2022-03-01"}

            {"id": 42, "text": "Japan criticized China.", "date": "2022-03-05T10:00:00Z"}
            {"text": "Canada supports Japan."}
            """)
        let found = try documents(try CorpusInput.resolve([path], jsonLines: true))
        #expect(found.map(\.id) == ["n1", "42", "news:4"])
        #expect(found.map(\.date) == ["2022-03-01", "2022-03-05", nil])
        #expect(found[1].text == "Japan criticized China.")
        #expect(CorpusInput.documentCount(try CorpusInput.resolve([path], jsonLines: true)) == nil)
    }

    @Test("a JSON Lines record's title and url reach its document; blank ones are none, other types are refused")
    func jsonLinesTitlesAndAddresses() throws {
        let path = try write("titled.jsonl", """
            {"id": "n1", "text": "La France soutient le Brésil.", "title": " Paris backs Brasília ", "url": "https://example.org/n1"}
            {"id": "n2", "text": "Japan criticized China.", "title": "", "url": "  "}
            """)
        let found = try documents(try CorpusInput.resolve([path], jsonLines: true))
        #expect(found.map(\.title) == ["Paris backs Brasília", nil])
        #expect(found.map(\.url) == ["https://example.org/n1", nil])
        let numeric = try write("numeric.jsonl", "{\"text\": \"x\", \"url\": 5}\n")
        #expect(throws: InputError.self) { try documents([.jsonLines(path: numeric)]) }
    }

    @Test func malformedLinesNameTheirLine() throws {
        let path = try write("bad.jsonl", "{\"id\": \"ok\", \"text\": \"x\"}\n{\"id\": \"no text\"}\n")
        #expect(throws: InputError.self) { try documents([.jsonLines(path: path)]) }
        do {
            _ = try documents([.jsonLines(path: path)])
        } catch let error as InputError {
            #expect(error.description.contains("line 2"))
        }
        let badDate = try write("date.jsonl", "{\"text\": \"x\", \"date\": \"March 1st\"}\n")
        #expect(throws: InputError.badLine(badDate, line: 1, reason: "date 'March 1st' is not YYYY-MM-DD or an ISO 8601 timestamp")) {
            try documents([.jsonLines(path: badDate)])
        }
    }

    @Test func dateFiltersAreInclusiveAndLeaveOutUndatedDocuments() throws {
        let path = try write("dated.jsonl", (1...5).map { "{\"id\": \"d\($0)\", \"text\": \"t\", \"date\": \"2022-03-0\($0)\"}" }.joined(separator: "\n")
                                 + "\n{\"id\": \"undated\", \"text\": \"t\"}\n")
        let filter = DateFilter(since: "2022-03-02", until: "2022-03-04")
        #expect(try documents([.jsonLines(path: path)], filter: filter).map(\.id) == ["d2", "d3", "d4"])
        #expect(try documents([.jsonLines(path: path)], filter: DateFilter(since: "2022-03-05")).map(\.id) == ["d5"])
        #expect(try documents([.jsonLines(path: path)]).count == 6)
    }

    @Test func daysAreValidated() {
        #expect(DocumentDate.day("2022-03-01") == "2022-03-01")
        #expect(DocumentDate.day("2022-03-01T08:15:00+02:00") == "2022-03-01")
        #expect(DocumentDate.day("2022-3-1") == nil)
        #expect(DocumentDate.day("2022-13-01") == nil)
        #expect(DocumentDate.day("2022-03-01x") == nil)
        #expect(DocumentDate.refusal("2022-03-01") == nil)
        #expect(DocumentDate.refusal("2022-02-30") == "takes a calendar day as YYYY-MM-DD: '2022-02-30' does not exist, February 2022 has 28 days")
        #expect(DocumentDate.refusal("2024-02-30") == "takes a calendar day as YYYY-MM-DD: '2024-02-30' does not exist, February 2024 has 29 days")
        #expect(DocumentDate.refusal("2022-13-01") == "takes a calendar day as YYYY-MM-DD: '2022-13-01' has no month 13")
        #expect(DocumentDate.refusal("2022-3-1") == "takes a day as YYYY-MM-DD, not '2022-3-1'")
        #expect(DocumentDate.refusal("yesterday") == "takes a day as YYYY-MM-DD, not 'yesterday'")
    }
}
