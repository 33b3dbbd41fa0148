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

    @OptionGroup(title: "Input")
    var options: CorpusOptions

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp(
        "Write one graph per week or month of the documents' dates, named after -o (out-2022-03.svg, out-2022-W09.svg); "
            + "undated documents are left out.", valueName: "PERIOD"))
    var by: TimePeriod?

    @Flag(help: "Print, per sentence, the language, the actors found and the relations coded with their trigger and rule; with -o, write the graph too.")
    var explain = false

    func validate() throws {
        // The explanation takes standard output: a graph format for it as well (or '-o -') would be lost in silence.
        if explain && output.file == nil && (output.format != nil || output.output != nil) {
            throw ValidationError("--explain writes its text to standard output; give -o FILE for the graph in --format")
        }
        if let by, explain { throw ValidationError("--by \(by.rawValue) cannot be used with --explain; explain the documents without it") }
        if let by, output.file == nil {
            throw ValidationError("--by \(by.rawValue) writes one file per period, named after -o: give -o FILE (out.svg gives out-2022-03.svg, …)")
        }
    }

    /// The input options as this run uses them: event rows list every sentence, so `--max-evidence` does not cut them.
    private var corpus: CorpusOptions {
        var corpus = options
        if output.chosenFormat.isEventRows { corpus.maxEvidence = nil }
        return corpus
    }

    func run() throws {
        try withExitCodes {
            let resolved = try corpus.resolve(inputs)
            try output.refuseOverwriting(corpus.files(resolved))
            if explain { return try explainDocuments(resolved) }
            output.warmUpRenderer()
            if let by {
                return try output.write(try corpus.extractPeriods(from: resolved, by: by), inputs: corpus.files(resolved),
                                        progress: corpus.phaseProgress)
            }
            try output.write(try corpus.extractGraph(from: resolved), progress: corpus.phaseProgress)
        }
    }

    /// Explains each document on standard output; with `-o`, also writes the graph it explained, read once
    /// (standard input cannot be read twice). A document whose words do not tell its language is read in
    /// the language of the documents before it, as `render` reads it.
    private func explainDocuments(_ resolved: [CorpusInput]) throws {
        var stream = corpus.stream(resolved)
        var extractor = try corpus.makeExtractor()
        var languages = CorpusLanguage()
        var graph = RelationGraph()
        while let document = try stream.next() {
            extractor.corpusLanguage = languages.language
            let explained = Explanation.explain(document, extractor: extractor)
            languages.record(explained.language)
            try GraphOutput.writeToStandardOutput(Data(explained.text.utf8))
            if output.file != nil { graph.merge(explained.graph, evidenceLimit: corpus.maxEvidence) }
        }
        CorpusOptions.reportLeftOut(stream)
        if output.file != nil { try output.write(graph) }
    }
}
