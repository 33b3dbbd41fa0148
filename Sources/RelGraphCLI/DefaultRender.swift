import ArgumentParser

/// Reads a command line that names no subcommand as `render` on its own, without the root command's parser.
///
/// The root parser, before it hands such a line to its default subcommand, builds that subcommand's whole
/// argument set once more only to learn whether it takes every remaining argument, and walks the tree of
/// subcommands: work every drawing pays before reading a word. `render` parsed by itself reads the same
/// values from any line it accepts. Any other line — a subcommand's name, help, the version, a completion
/// script, a mistake — gives nil, and the root parses it again, so help, usage and error messages stay the root's.
enum DefaultRender {
    static func parse(_ arguments: [String]) -> RenderCommand? {
        if let first = arguments.first, rootWords.contains(first) { return nil }
        return (try? RenderCommand.parseAsRoot(arguments)) as? RenderCommand
    }

    /// The first arguments the root reads itself: its subcommands' names and `help`.
    private static let rootWords = Set(
        RelGraphCommand.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
}
