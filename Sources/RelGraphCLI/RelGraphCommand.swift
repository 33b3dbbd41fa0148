import ArgumentParser
import RelGraph

/// The `relgraph` command: a root that dispatches to subcommands, `render` when none is named,
/// so `relgraph article.txt -o graph.svg` works as it always did.
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
          relgraph articles/ --glob '*.txt' -o week.svg
          relgraph --jsonl news.jsonl --since 2022-03-01 --max-evidence 5 -o march.svg
          relgraph extract --jsonl < news.jsonl > fragments.jsonl
          relgraph merge part-1.jsonl part-2.jsonl -o all.svg
          relgraph parse article.txt > article.conllu

        Exit codes: 0 success, 64 bad arguments, 65 input is not text (or a malformed \
        JSON line or graph, or malformed CoNLL-U), 66 input cannot be read, 70 rendering \
        failed, 73 output cannot be written.
        """,
        version: RelGraphVersion.string,
        subcommands: [RenderCommand.self, ExtractCommand.self, MergeCommand.self, ParseCommand.self, BenchRenderCommand.self],
        defaultSubcommand: RenderCommand.self
    )

    /// Parses the arguments and runs the command, the lexicon tables that every language reads being built, and
    /// Graphviz warming up for the format the command line names, on other cores meanwhile: parsing the
    /// arguments takes about as long as building them. A line that names no subcommand is read as `render`
    /// directly (`DefaultRender`); the root parses every other.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        EarlyWarmUp.start(arguments)
        guard let render = DefaultRender.parse(arguments) else { return main(nil) }
        do {
            try render.run()
        } catch {
            exit(withError: error)
        }
    }
}
