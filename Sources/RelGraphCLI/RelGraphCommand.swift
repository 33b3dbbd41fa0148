import ArgumentParser
import Foundation
import RelGraph

/// The `relgraph` command: parses arguments and calls the library, nothing more.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Draw who does what to whom in news articles about international politics.",
        discussion: """
        Reads articles in French, English or Spanish, finds the states, officials and \
        organizations they mention and the PLOVER relations between them, and writes \
        the graph as SVG, PNG, PDF, DOT or JSON, as an HTML report, or as GraphML, GEXF, \
        CSV or JSON Lines for other tools. Several inputs make one merged graph.

        Examples:
          relgraph article.txt -o graph.svg
          relgraph article.txt --format json > graph.json
          relgraph article.txt | dot -Tpng > graph.png
          cat article.txt | relgraph - -o graph.png --layout neato
          relgraph article.txt -o report.html --exclude-types AFFILIATION
          relgraph article.txt -o graph.png --actor RUS --depth 1 --theme print
          relgraph --explain article.txt

        Exit codes: 0 success, 64 bad arguments, 65 input is not text, 66 input cannot be read, \
        70 rendering failed, 73 output cannot be written.
        """,
        version: RelGraphVersion.string
    )

    @Argument(help: "Article files to read; '-' or none reads standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output file; its extension picks the format. Without it, DOT (or --format) goes to standard output.")
    var output: String?

    @Option(help: "Output format, overriding the extension of --output.")
    var format: OutputFormat?

    @Option(help: "Graphviz layout engine.")
    var layout: LayoutEngine = .dot

    @Option(help: "Language of the articles: auto detects it per article.")
    var lang: LanguageChoice = .auto

    @Option(help: "Leave out relations found with less confidence than this (0 to 1).")
    var minConfidence: Double = 0

    @OptionGroup(title: "View")
    var view: ViewOptions

    @Flag(help: "Print, per sentence, the actors found and the relations coded with their trigger and rule.")
    var explain = false

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence takes a number from 0 to 1") }
        if format == nil, let output, GraphOutput.format(forPath: output) == nil {
            throw ValidationError(OutputError.unknownExtension(output).description)
        }
    }

    func run() throws {
        do {
            try execute()
        } catch let error as InputError {
            throw fail(error.description, code: error.exitCode)
        } catch let error as OutputError {
            throw fail(error.description, code: 73)
        } catch let error as RenderError {
            throw fail(error.description, code: 70)
        } catch let error as GraphFilterError {
            throw fail(error.description, code: 64)
        }
    }

    private func execute() throws {
        let paths = inputs.isEmpty ? ["-"] : inputs
        let extractor = Extractor(language: lang.language)
        if explain {
            for path in paths {
                let text = Explanation.text(for: try ArticleReader.read(path), extractor: extractor)
                try GraphOutput.writeToStandardOutput(Data(text.utf8))
            }
            return
        }
        var graph = RelationGraph()
        for path in paths {
            let documentID = paths.count > 1 ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : nil
            graph.merge(extractor.extract(try ArticleReader.read(path), documentID: documentID))
        }
        if minConfidence > 0 { graph = graph.filteringEdges { $0.confidence >= minConfidence } }
        graph = try view.apply(to: graph)
        let chosen = format ?? output.flatMap(GraphOutput.format(forPath:)) ?? .dot
        if let output {
            for file in try GraphOutput.files(graph, as: chosen, path: output, layout: layout, style: view.style) {
                try AtomicFile.write(file.data, to: file.path)
            }
        } else {
            try GraphOutput.writeToStandardOutput(try GraphOutput.data(graph, as: chosen, layout: layout, style: view.style))
        }
    }

    private func fail(_ message: String, code: Int32) -> ExitCode {
        FileHandle.standardError.write(Data("relgraph: \(message)\n".utf8))
        return ExitCode(code)
    }
}

/// `--lang`: a language or automatic detection.
enum LanguageChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, fr, en, es

    var language: Language? { Language(rawValue: rawValue) }
}

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}

extension InputError {
    /// Binary input is bad data (65); everything else is input that cannot be read (66).
    var exitCode: Int32 {
        if case .binary = self { return 65 }
        return 66
    }
}
