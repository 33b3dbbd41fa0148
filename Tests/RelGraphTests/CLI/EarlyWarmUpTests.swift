import Foundation
import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// The raw command line tells, before it is parsed, which format to warm Graphviz up for and which article's
/// language to prepare: a guess that only ever costs a spare core's time, so it must never name a file that is not
/// the article.
@Suite("Early warm-up")
struct EarlyWarmUpTests {
    /// A folder with an article and an older picture beside it, removed after `body`.
    private func withFiles(_ body: (_ article: String, _ picture: String, _ folder: String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-warmup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("article.txt").path
        let picture = folder.appendingPathComponent("graph.svg").path
        try Data("Le Kenya a condamné l'Ouganda.".utf8).write(to: URL(fileURLWithPath: article))
        try Data("<svg/>".utf8).write(to: URL(fileURLWithPath: picture))
        try body(article, picture, folder.path)
    }

    @Test func theArticleIsTheFileNamedAmongTheArguments() throws {
        try withFiles { article, picture, _ in
            let guess = try #require(EarlyWarmUp.guessArticle(["--explain", article, "-o", picture]))
            #expect(guess.path == article)
            #expect(guess.language == nil)
            #expect(EarlyWarmUp.guessArticle(["render", "--lang", "es", article])?.language == .es)
            #expect(EarlyWarmUp.guessArticle([article, "--lang=en"])?.language == .en)
        }
    }

    @Test func outputsLexiconsFoldersAndOtherCommandsAreNoArticle() throws {
        try withFiles { article, picture, folder in
            // An existing picture is an output, whatever comes first; so is a lexicon, which is text.
            #expect(EarlyWarmUp.guessArticle([picture, "-o", picture]) == nil)
            #expect(EarlyWarmUp.guessArticle(["--lexicon", article]) == nil)
            #expect(EarlyWarmUp.guessArticle([folder, "-o", picture]) == nil)
            #expect(EarlyWarmUp.guessArticle(["--jsonl", article]) == nil)
            #expect(EarlyWarmUp.guessArticle(["merge", article]) == nil)
            #expect(EarlyWarmUp.guessArticle(["parse", article]) == nil)
            #expect(EarlyWarmUp.guessArticle(["-", "-o", picture]) == nil)
            // A pipe would lose what is read ahead of the reading.
            let pipe = folder + "/pipe"
            #expect(mkfifo(pipe, 0o600) == 0)
            #expect(EarlyWarmUp.guessArticle([pipe, "-o", picture]) == nil)
        }
    }

    @Test func theFormatComesFromTheFlagOrTheOutputName() {
        #expect(EarlyWarmUp.guess(["article.txt", "-o", "graph.png"]) == .png)
        #expect(EarlyWarmUp.guess(["article.txt", "--format", "pdf", "-o", "graph.png"]) == .pdf)
        #expect(EarlyWarmUp.guess(["extract", "article.txt"]) == nil)
    }
}
