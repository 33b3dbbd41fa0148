import ArgumentParser
import Foundation
import RelGraph

/// `relgraph merge`: the reduce step. Graphs or fragment files in, one graph out.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge JSON graphs or fragment files into one graph (associative, order-independent).",
        discussion: """
        Reads files written by 'relgraph --format json' or 'relgraph extract'. The same actor \
        is one node, weights add up, evidence is united. Evidence that names no document (a lone \
        article's graph) is named after its file.

        Examples:
          relgraph merge monday.json tuesday.json -o week.svg
          relgraph merge part-*.jsonl --max-evidence 5 --format json > all.json
        """
    )

    @Argument(help: "Graph or fragment files; '-' or none reads standard input.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Keep at most N evidence sentences per relation; weights still count all.", valueName: "N"))
    var maxEvidence: Int?

    @Option(help: ArgumentHelp("Refuse a graph file, or a line of a fragment file, larger than N bytes.", valueName: "N"))
    var maxInputBytes: Int = ArticleReader.defaultByteLimit

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let maxEvidence, maxEvidence < 1 { throw ValidationError("--max-evidence takes a number of sentences, 1 or more") }
        guard maxInputBytes >= 1 else { throw ValidationError("--max-input-bytes takes a number of bytes, 1 or more") }
    }

    func run() throws {
        try withExitCodes {
            let paths = inputs.isEmpty ? ["-"] : inputs
            try output.refuseOverwriting(paths)
            var graph = RelationGraph()
            for path in paths {
                try GraphReader.forEachGraph(in: path, byteLimit: maxInputBytes, namingDocuments: true) {
                    graph.merge($0, evidenceLimit: output.chosenFormat.isEventRows ? nil : maxEvidence)
                }
            }
            try output.write(graph)
        }
    }
}
