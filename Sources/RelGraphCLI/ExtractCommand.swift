import ArgumentParser
import Foundation
import RelGraph

/// `relgraph extract`: the map step of a distributed run. One compact JSON graph per document, per line.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write one graph fragment (compact JSON, one line) per document, for 'relgraph merge'.",
        discussion: """
        Streams: each line is written as soon as its document is extracted, in input order. \
        Runs unchanged as the map step of Spark (rdd.pipe), Hadoop Streaming or GNU parallel.

        Examples:
          relgraph extract --jsonl < news.jsonl > fragments.jsonl
          relgraph extract articles/ -o fragments.jsonl
          parallel --pipe -N 500 relgraph extract --jsonl --jobs 1 < news.jsonl | relgraph merge - -o all.svg
        """
    )

    @Argument(help: "Article files, folders or (with --jsonl) JSON Lines files; '-' or none reads standard input.")
    var inputs: [String] = []

    @OptionGroup(title: "Input")
    var corpus: CorpusOptions

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write the fragments to this file, whole once every document is done, instead of streaming them to standard output.",
        valueName: "FILE"))
    var output: String?

    func run() throws {
        try withExitCodes {
            let resolved = try corpus.resolve(inputs)
            let file = output.flatMap { GraphOutput.isStandardOutput($0) ? nil : $0 }
            if let file { try AtomicFile.refuseOverwriting(corpus.files(resolved), with: [file]) }
            var fragments = Data()
            try corpus.extractEach(from: resolved) { graph in
                let line = try JSONWriter.line(graph.limitingEvidence(to: corpus.maxEvidence))
                if file == nil { try GraphOutput.writeToStandardOutput(line) } else { fragments.append(line) }
            }
            if let file { try AtomicFile.write(fragments, to: file) }
        }
    }
}
