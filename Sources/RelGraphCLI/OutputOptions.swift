import ArgumentParser
import Foundation
import RelGraph

/// Where and how the merged graph is written: shared by `render` and `merge`.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output file; its extension picks the format. Without it (or with '-'), DOT (or --format) goes to standard output.",
        valueName: "FILE"))
    var output: String?

    @Option(help: "Output format, overriding the extension of --output.")
    var format: OutputFormat?

    @OptionGroup(title: "Filters")
    var filters: FilterOptions

    @OptionGroup(title: "Picture")
    var view: ViewOptions

    func validate() throws {
        if format == nil, let file, GraphOutput.format(forPath: file) == nil {
            throw ValidationError(OutputError.unknownExtension(file).commandLineMessage)
        }
    }

    /// The output file; nil for standard output (no `-o`, `-o -`, `-o /dev/stdout`).
    var file: String? {
        output.flatMap { GraphOutput.isStandardOutput($0) ? nil : $0 }
    }

    /// The format written: `--format`, else the extension of `--output`, else DOT.
    var chosenFormat: OutputFormat {
        format ?? file.flatMap(GraphOutput.format(forPath:)) ?? .dot
    }

    /// Refuses, before any work, an output that would replace one of `inputs`.
    func refuseOverwriting(_ inputs: [String]) throws {
        guard let file else { return }
        try AtomicFile.refuseOverwriting(inputs, with: GraphOutput.paths(for: file, as: chosenFormat))
    }

    /// Lets Graphviz load its plugins and fonts on its own thread while the graph is extracted.
    func warmUpRenderer() {
        GraphvizRenderer.warmUp(for: chosenFormat)
    }

    /// Filters, renders (Graphviz runs once, here, on its own thread) and writes `graph` to `path` (`-o` when nil),
    /// with `progress` showing the step while it runs.
    func write(_ graph: RelationGraph, to path: String? = nil, progress: PhaseProgress = PhaseProgress(enabled: false)) throws {
        let found = graph
        let graph = try filters.apply(to: found)
        if let warning = filters.emptiedWarning(before: found, after: graph) { warn("warning: " + warning) }
        let destination = path ?? file ?? "-"
        let size = Self.counted(graph.nodes.count, "actor") + ", " + Self.counted(graph.edges.count, "relation")
        var step = "writing \(destination == "-" ? "standard output" : destination): " + size
        if chosenFormat.isLaidOut {
            let choice = LayoutChoice(view.layout, for: graph)
            tellLayout(choice)
            if chosenFormat != .dot { step = "drawing" + step.dropFirst("writing".count) + " with \(choice.engine.rawValue)" }
        }
        try progress.during(step) {
            try GraphOutput.write(graph, as: chosenFormat, to: destination, layout: view.layout, style: view.style)
        }
    }

    /// Writes one graph per period to `-o` with the period in its name (`out-2022-03.svg`), refusing first any
    /// name that would replace one of `inputs`.
    func write(_ periods: PeriodGraphs, inputs: [String], progress: PhaseProgress) throws {
        guard let file else { return }
        let graphs = periods.graphs
        try AtomicFile.refuseOverwriting(inputs, with: graphs.flatMap {
            GraphOutput.paths(for: GraphOutput.path(file, period: $0.name), as: chosenFormat)
        })
        for (name, graph) in graphs {
            try write(graph, to: GraphOutput.path(file, period: name), progress: progress)
        }
    }

    private static func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// Says on standard error why `auto` left dot, or that a forced dot may take minutes, before the wait.
    private func tellLayout(_ choice: LayoutChoice) {
        if let reason = choice.reason { warn(reason) }
        if let warning = choice.commandLineWarning { warn("warning: " + warning) }
    }
}
