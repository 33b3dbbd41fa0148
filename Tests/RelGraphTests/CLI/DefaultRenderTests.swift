import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// A line that names no subcommand is read as `render` on its own; every line the root must answer itself is left to it.
@Suite("Default render")
struct DefaultRenderTests {
    @Test func plainLineReadsAsRender() throws {
        let render = try #require(DefaultRender.parse(["article.txt", "-o", "graph.svg", "--layout", "neato"]))
        #expect(render.inputs == ["article.txt"])
        #expect(render.output.output == "graph.svg")
        #expect(render.output.chosenFormat == .svg)
    }

    @Test func noArgumentsReadStandardInputAsRender() throws {
        let render = try #require(DefaultRender.parse([]))
        #expect(render.inputs.isEmpty)
    }

    @Test(arguments: [["render", "article.txt"], ["merge", "graph.json"], ["extract", "article.txt"],
                      ["parse", "article.txt"], ["bench-render", "50"], ["help"], ["help", "merge"]])
    func subcommandsAndHelpAreLeftToTheRoot(_ arguments: [String]) {
        #expect(DefaultRender.parse(arguments) == nil)
    }

    @Test(arguments: [["--help"], ["article.txt", "-h"], ["--version"], ["article.txt", "--version"],
                      ["--generate-completion-script", "bash"], ["--experimental-dump-help"]])
    func builtInFlagsAreLeftToTheRoot(_ arguments: [String]) {
        #expect(DefaultRender.parse(arguments) == nil)
    }

    @Test(arguments: [["article.txt", "--no-such-option"], ["article.txt", "--depth", "2"],
                      ["article.txt", "-o", "graph.unknown"], ["article.txt", "--layout"]])
    func mistakesAreLeftToTheRoot(_ arguments: [String]) {
        #expect(DefaultRender.parse(arguments) == nil)
    }
}
