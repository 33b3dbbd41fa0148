import ArgumentParser
import Foundation
import RelGraph

/// Where and how the merged graph is written: shared by `render` and `merge`.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output file; its extension picks the format. Without it, DOT (or --format) goes to standard output.",
        valueName: "FILE"))
    var output: String?

    @Option(help: "Output format, overriding the extension of --output.")
    var format: OutputFormat?

    @OptionGroup(title: "Filters")
    var filters: FilterOptions

    @OptionGroup(title: "Picture")
    var view: ViewOptions

    func validate() throws {
        if format == nil, let output, GraphOutput.format(forPath: output) == nil {
            throw ValidationError(OutputError.unknownExtension(output).description)
        }
    }

    /// The format written: `--format`, else the extension of `--output`, else DOT.
    var chosenFormat: OutputFormat {
        format ?? output.flatMap(GraphOutput.format(forPath:)) ?? .dot
    }

    /// Lets Graphviz load its plugins and fonts on its own thread while the graph is extracted.
    func warmUpRenderer() {
        GraphvizRenderer.warmUp(for: chosenFormat)
    }

    /// Filters, renders (Graphviz runs once, here, on its own thread) and writes `graph`.
    func write(_ graph: RelationGraph) throws {
        let graph = try filters.apply(to: graph)
        let chosen = chosenFormat
        if let output {
            for file in try GraphOutput.files(graph, as: chosen, path: output, layout: view.layout, style: view.style) {
                try AtomicFile.write(file.data, to: file.path)
            }
        } else {
            try GraphOutput.writeToStandardOutput(try GraphOutput.data(graph, as: chosen, layout: view.layout, style: view.style))
        }
    }
}
