import RelGraph

/// Starts Graphviz's warm-up from the raw command line, before the arguments are parsed: parsing them takes a
/// few milliseconds, which Graphviz spends loading its plugins and fonts on another core instead of after them.
///
/// The format is guessed as `OutputOptions` will read it — `--format`, else the extension of `-o`/`--output` —
/// for the commands that draw (`render`, the default, and `merge`). A wrong guess only warms up for nothing:
/// the drawing itself never depends on the warm-up, and `render` asks for its own once it has parsed them.
enum EarlyWarmUp {
    static func start(_ arguments: [String]) {
        if let format = guess(arguments) { GraphvizRenderer.warmUp(for: format) }
    }

    /// Subcommands that never draw.
    private static let drawsNothing: Set<String> = ["extract", "parse", "bench-render", "help"]

    static func guess(_ arguments: [String]) -> OutputFormat? {
        if let first = arguments.first, drawsNothing.contains(first) { return nil }
        var format: OutputFormat?
        var path: String?
        for (index, argument) in arguments.enumerated() {
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if argument == "--" { break }
            if argument == "--format" { format = next.flatMap(OutputFormat.init(rawValue:)) ?? format }
            if argument.hasPrefix("--format=") { format = OutputFormat(rawValue: String(argument.dropFirst(9))) ?? format }
            if argument == "-o" || argument == "--output" { path = next ?? path }
            if argument.hasPrefix("--output=") { path = String(argument.dropFirst(9)) }
        }
        return format ?? path.flatMap(GraphOutput.format(forPath:))
    }
}
