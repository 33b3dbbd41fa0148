import ArgumentParser
import Foundation
import RelGraph

/// `relgraph bench-render N` (hidden): times the rendering of a synthetic graph of N actors, for `make bench`.
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Render a synthetic graph of N actors and print the seconds it took.",
        shouldDisplay: false
    )

    @Argument(help: "Number of actors.")
    var actors: Int

    @Option(help: "Output format.")
    var format: OutputFormat = .svg

    @Option(help: "Graphviz layout engine.")
    var layout: LayoutEngine = .dot

    func run() throws {
        try withExitCodes {
            let graph = SyntheticGraph.make(actors: actors)
            let start = DispatchTime.now().uptimeNanoseconds
            let data = try GraphOutput.data(graph, as: format, layout: layout)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let line = "actors \(graph.nodes.count) edges \(graph.edges.count) bytes \(data.count) seconds \(seconds)\n"
            try GraphOutput.writeToStandardOutput(Data(line.utf8))
        }
    }
}
