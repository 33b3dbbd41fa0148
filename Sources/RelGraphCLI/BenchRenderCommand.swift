import ArgumentParser
import Foundation
import RelGraph

/// `relgraph bench-render N` (hidden): renders a synthetic graph of N actors, for `make bench`,
/// `make memcheck` (`--repeat`) and the interruption tests (`-o`, `--pause-before-rename`).
struct BenchRenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Render a synthetic graph of N actors and print the seconds it took.",
        shouldDisplay: false
    )

    @Argument(help: "Number of actors (with --round-ups, of round-ups).")
    var actors: Int

    @Flag(help: "Render N news round-ups of six relations among 90 states (dense) instead of N actors (sparse).")
    var roundUps = false

    @Option(help: "With --round-ups, the number of states the relations are drawn among.")
    var states = 90

    @Option(help: "Output format.")
    var format: OutputFormat = .svg

    @Option(help: "Graphviz layout engine.")
    var layout: LayoutEngine = .auto

    @Option(help: "Render the graph this many times (a leak per render then shows up N times under valgrind).")
    var `repeat` = 1

    @Option(name: .shortAndLong, help: "Also write the last rendering to this file, atomically.")
    var output: String?

    @Option(help: "Seconds to wait with the complete temporary file in place before renaming it over --output.")
    var pauseBeforeRename: Double = 0

    func validate() throws {
        guard actors >= 0 else { throw ValidationError("the number of actors cannot be negative") }
        guard states >= 2 else { throw ValidationError("--states takes a number of at least 2") }
        guard `repeat` >= 1 else { throw ValidationError("--repeat takes a number of at least 1") }
        guard pauseBeforeRename >= 0 else { throw ValidationError("--pause-before-rename cannot be negative") }
    }

    func run() throws {
        try withExitCodes {
            let graph = roundUps ? SyntheticGraph.roundUps(actors, states: states) : SyntheticGraph.make(actors: actors)
            let start = DispatchTime.now().uptimeNanoseconds
            var data = Data()
            for _ in 0..<`repeat` {
                data = try GraphOutput.data(graph, as: format, layout: layout)
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let output {
                try AtomicFile.write(data, to: output) {
                    if pauseBeforeRename > 0 { Thread.sleep(forTimeInterval: pauseBeforeRename) }
                }
            }
            let engine = layout.resolved(for: graph).rawValue
            let line = "actors \(graph.nodes.count) edges \(graph.edges.count) bytes \(data.count) seconds \(seconds) layout \(engine)\n"
            try GraphOutput.writeToStandardOutput(Data(line.utf8))
        }
    }
}
