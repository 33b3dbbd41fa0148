import Foundation
import RelGraph

/// Starts Graphviz's warm-up and the article's lexicons from the raw command line, before the arguments are parsed:
/// parsing them takes a few milliseconds, which Graphviz spends loading its plugins and fonts, and the extractor
/// building the tables of the article's language, on another core instead of after them.
///
/// The format is guessed as `OutputOptions` will read it — `--format`, else the extension of `-o`/`--output` —
/// for the commands that draw (`render`, the default, and `merge`). A wrong guess only warms up for nothing:
/// the drawing itself never depends on the warm-up, and `render` asks for its own once it has parsed them.
enum EarlyWarmUp {
    static func start(_ arguments: [String]) {
        // Graphviz last: it is needed only once the graph is read, and the lexicons are waited for first.
        if let article = guessArticle(arguments) {
            Extractor.prepareInBackground(forArticleAt: article.path, language: article.language)
        } else {
            Extractor.prepareInBackground()
        }
        if let format = guess(arguments) { GraphvizRenderer.warmUp(for: format) }
    }

    /// Subcommands that read articles.
    private static let readsArticles: Set<String> = ["render", "extract"]
    /// Options whose value is a file that is no article.
    private static let fileOptions: Set<String> = ["-o", "--output", "--lexicon"]

    /// The one article a command line reads — the first argument that names a regular file and no output format,
    /// not the value of an option that names another file — and the language `--lang` gives it. Nil when the
    /// line reads JSON Lines, a folder, standard input, or names no subcommand that reads articles.
    static func guessArticle(_ arguments: [String]) -> (path: String, language: Language?)? {
        if let first = arguments.first, !first.hasPrefix("-"), !FileManager.default.fileExists(atPath: first),
           !readsArticles.contains(first) { return nil }
        guard !arguments.contains("--jsonl") else { return nil }
        var language: Language?
        var path: String?
        for (index, argument) in arguments.enumerated() {
            let previous = index > 0 ? arguments[index - 1] : ""
            if previous == "--lang" { language = Language(rawValue: argument) }
            if argument.hasPrefix("--lang=") { language = Language(rawValue: String(argument.dropFirst(7))) }
            guard path == nil, !argument.hasPrefix("-"), !fileOptions.contains(previous),
                  GraphOutput.format(forPath: argument) == nil, Extractor.canReadAhead(argument) else { continue }
            path = argument
        }
        return path.map { ($0, language) }
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
