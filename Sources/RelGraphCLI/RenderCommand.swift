import ArgumentParser
import Foundation
import RelGraph

/// `relgraph render` (the default): articles in, one merged graph out.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Read articles, a folder or JSON Lines and draw one merged graph (the default)."
    )

    @Argument(help: "Article files or folders to read; '-' or none reads standard input.")
    var inputs: [String] = []

    @OptionGroup var corpus: CorpusOptions

    @OptionGroup var output: OutputOptions

    @Flag(help: "Print, per sentence, the actors found and the relations coded with their trigger and rule.")
    var explain = false

    func run() throws {
        try withExitCodes {
            let resolved = try corpus.resolve(inputs)
            if explain { return try explainDocuments(resolved) }
            try output.refuseOverwriting(corpus.files(resolved))
            output.warmUpRenderer()
            try output.write(try corpus.extractGraph(from: resolved))
        }
    }

    private func explainDocuments(_ resolved: [CorpusInput]) throws {
        var stream = corpus.stream(resolved)
        let extractor = try corpus.makeExtractor()
        while let document = try stream.next() {
            let text = Explanation.text(for: document, extractor: extractor)
            try GraphOutput.writeToStandardOutput(Data(text.utf8))
        }
    }
}
