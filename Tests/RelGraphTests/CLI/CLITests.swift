import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// Invented articles: real states, made-up people.
enum CLIFixtures {
    /// FRA accuses DEU, BRA supports FRA, two officials affiliated to their states.
    static let french = """
        La France a condamné l'Allemagne pour son refus de coopérer. \
        Le président français Octave Ferrandier a rencontré le chancelier allemand Lothar Brinkmann à Berlin. \
        Le Brésil soutient la France dans ce différend.

        """

    /// BRA supports FRA once more.
    static let frenchFollowUp = "Le Brésil soutient de nouveau la France.\n"

    /// JPN accuses CHN, CAN supports JPN.
    static let english = "Japan criticized China over the new fishing rules. Canada supports Japan in the dispute.\n"

    /// MEX accuses PER, CHL supports MEX.
    static let spanish = """
        México condenó a Perú por la expulsión de su embajador. \
        Chile apoya a México en esta disputa, dijo el ministro Ramiro Estévez.

        """

    /// Accents, a typographic apostrophe (0x92) and an œ (0x9C): all in Windows-1252's range.
    static let frenchAccents = """
        Le Pérou soutient l’Équateur. \
        La Colombie a condamné le Venezuela après l’échec du sommet, déclare le ministre Anselme Cœurdevache.

        """
}

@Suite("Command line")
struct CLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    // MARK: - Helpers

    private func run(_ arguments: [String], stdin: Data? = nil, stdout: FileHandle? = nil) throws -> CLIResult {
        try CLIRunner.run(arguments, stdin: stdin, stdout: stdout, in: workspace.url)
    }

    @discardableResult
    private func succeed(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.succeed(arguments, stdin: stdin, in: workspace.url)
    }

    private func frenchArticle() throws -> String {
        try workspace.write("article.txt", CLIFixtures.french)
    }

    private func graph(_ data: Data) throws -> RelationGraph {
        try JSONDecoder().decode(RelationGraph.self, from: data)
    }

    private func edge(_ graph: RelationGraph, _ source: String, _ target: String, _ type: EventType) -> Edge? {
        graph.edges.first { $0.source == source && $0.target == target && $0.type == type }
    }

    /// A relgraph error: the code, one `relgraph: ` line on stderr, nothing on stdout.
    private func expectError(_ result: CLIResult, code: Int32, mentioning detail: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == code, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrText.hasPrefix("relgraph: "), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrText.hasSuffix("\n"), sourceLocation: sourceLocation)
        #expect(result.stderrText.contains(detail), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    /// An ArgumentParser error: code 64, a message, nothing on stdout.
    private func expectUsageError(_ result: CLIResult, mentioning detail: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 64, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrText.contains(detail), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    // MARK: - Formats

    @Test("an .svg output is an SVG document with the actors' names")
    func svgByExtension() throws {
        let input = try frenchArticle()
        try succeed([input, "-o", "graph.svg"])
        let document = try XMLDocument(data: try workspace.read("graph.svg"))
        #expect(document.rootElement()?.name == "svg")
        let text = document.rootElement()?.stringValue ?? ""
        for label in ["France", "Allemagne", "Brésil", "Octave Ferrandier"] {
            #expect(text.contains(label), "SVG text lacks \(label)")
        }
    }

    @Test("a .png output starts with the PNG signature")
    func pngByExtension() throws {
        try succeed([try frenchArticle(), "-o", "graph.png"])
        let png = try workspace.read("graph.png")
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 1000)
    }

    @Test("a .pdf output starts with %PDF")
    func pdfByExtension() throws {
        try succeed([try frenchArticle(), "-o", "graph.pdf"])
        #expect(String(decoding: try workspace.read("graph.pdf").prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test(".dot and .gv outputs are the same DOT, which cgraph reads back with every line of the graph")
    func dotAndGvByExtension() throws {
        let input = try frenchArticle()
        try succeed([input, "-o", "graph.dot"])
        try succeed([input, "-o", "graph.gv"])
        try succeed([input, "-o", "graph.json"])
        let dot = String(decoding: try workspace.read("graph.dot"), as: UTF8.self)
        #expect(dot.hasPrefix("digraph relgraph {"))
        #expect(try workspace.read("graph.gv") == workspace.read("graph.dot"))

        let model = try graph(try workspace.read("graph.json"))
        #expect(!model.edges.isEmpty)
        let readBack = try GraphvizRenderer.readBackCounts(dot: dot)
        #expect(readBack == (try GraphvizRenderer.drawnCounts(model)))
        #expect(readBack.nodes == model.nodes.count)
    }

    @Test("a .json output decodes as a RelationGraph and has the documented fields")
    func jsonByExtension() throws {
        try succeed([try frenchArticle(), "-o", "graph.json"])
        let data = try workspace.read("graph.json")
        let model = try graph(data)
        #expect(Set(model.nodes.map(\.id)).isSuperset(of: ["FRA", "DEU", "BRA", "person:octave-ferrandier"]))
        let accusation = try #require(edge(model, "FRA", "DEU", .accuse))
        #expect(accusation.evidence.first?.trigger == "condamné")
        #expect(accusation.evidence.first?.text == "La France a condamné l'Allemagne pour son refus de coopérer.")
        #expect(edge(model, "BRA", "FRA", .support) != nil)
        #expect(model.node("person:octave-ferrandier")?.country == "FRA")

        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == model.nodes.count)
        #expect(edges.count == model.edges.count)
        for node in nodes {
            #expect(node["id"] is String && node["kind"] is String && node["label"] is String, "node \(node)")
            #expect(node["mentions"] is Int, "node \(node)")
            #expect(["state", "person", "organization"].contains(node["kind"] as? String ?? ""))
        }
        for edge in edges {
            #expect(edge["source"] is String && edge["target"] is String && edge["type"] is String, "edge \(edge)")
            #expect(edge["weight"] is Int && edge["confidence"] is Double && edge["historical"] is Bool, "edge \(edge)")
            let evidence = try #require(edge["evidence"] as? [[String: Any]], "edge \(edge)")
            for item in evidence {
                #expect(item["sentence"] is Int && item["start"] is Int && item["end"] is Int, "evidence \(item)")
                #expect(item["text"] is String, "evidence \(item)")
            }
        }
    }

    @Test("--format overrides the extension of -o, and makes any extension acceptable")
    func formatOverridesExtension() throws {
        let input = try frenchArticle()
        try succeed([input, "-o", "graph.svg", "--format", "json"])
        #expect(try graph(try workspace.read("graph.svg")).node("FRA") != nil)
        try succeed([input, "-o", "graph.txt", "--format", "dot"])
        #expect(String(decoding: try workspace.read("graph.txt"), as: UTF8.self).hasPrefix("digraph relgraph {"))
    }

    @Test("without -o the DOT text goes to standard output and no file is written")
    func dotToStandardOutput() throws {
        let input = try frenchArticle()
        let result = try succeed([input])
        try succeed([input, "-o", "graph.dot"])
        #expect(result.stdout == (try workspace.read("graph.dot")))
        #expect(try workspace.contents() == ["article.txt", "graph.dot"])
    }

    @Test("--format json without -o writes JSON to standard output")
    func jsonToStandardOutput() throws {
        let result = try succeed([try frenchArticle(), "--format", "json"])
        #expect(try graph(result.stdout).node("DEU") != nil)
    }

    @Test("every layout engine draws an SVG", arguments: LayoutEngine.allCases)
    func layouts(_ engine: LayoutEngine) throws {
        let output = "graph-\(engine.rawValue).svg"
        try succeed([try frenchArticle(), "--layout", engine.rawValue, "-o", output])
        let document = try XMLDocument(data: try workspace.read(output))
        #expect(document.rootElement()?.stringValue?.contains("Allemagne") == true)
    }

    @Test("--min-confidence leaves out the relations found with less confidence")
    func minConfidence() throws {
        let input = try frenchArticle()
        let all = try graph(try succeed([input, "--format", "json"]).stdout)
        let sure = try graph(try succeed([input, "--format", "json", "--min-confidence", "0.85"]).stdout)
        #expect(all.edges.contains { $0.confidence < 0.85 })
        #expect(!sure.edges.isEmpty)
        #expect(sure.edges.allSatisfy { $0.confidence >= 0.85 })
        #expect(sure.edges == all.edges.filter { $0.confidence >= 0.85 })
    }

    // MARK: - Standard input

    @Test("'-' and no input at all both read standard input")
    func standardInput() throws {
        let input = try frenchArticle()
        let fromFile = try succeed([input, "--format", "json"]).stdout
        let dash = try succeed(["-", "--format", "json"], stdin: Data(CLIFixtures.french.utf8)).stdout
        let none = try succeed(["--format", "json"], stdin: Data(CLIFixtures.french.utf8)).stdout
        #expect(try graph(fromFile).edges.count >= 2)
        #expect(dash == fromFile)
        #expect(none == fromFile)
        let dot = try succeed(["-o", "stdin.svg"], stdin: Data(CLIFixtures.french.utf8))
        #expect(dot.stdout.isEmpty)
        #expect(try XMLDocument(data: try workspace.read("stdin.svg")).rootElement()?.name == "svg")
    }

    // MARK: - Several inputs

    @Test("two inputs make one graph: a shared state is one node and weights add up")
    func mergesInputs() throws {
        let first = try workspace.write("first.txt", CLIFixtures.french)
        let second = try workspace.write("second.txt", CLIFixtures.frenchFollowUp)
        let one = try graph(try succeed([first, "--format", "json"]).stdout)
        let two = try graph(try succeed([second, "--format", "json"]).stdout)
        let merged = try graph(try succeed([first, second, "--format", "json"]).stdout)

        #expect(merged.nodes.filter { $0.id == "FRA" }.count == 1)
        #expect(merged.nodes.filter { $0.id == "BRA" }.count == 1)
        let mentions = { (graph: RelationGraph) in graph.node("FRA")?.mentions ?? 0 }
        #expect(mentions(merged) == mentions(one) + mentions(two))

        let support = { (graph: RelationGraph) in self.edge(graph, "BRA", "FRA", .support) }
        let mergedSupport = try #require(support(merged))
        #expect(merged.edges.filter { $0.key == mergedSupport.key }.count == 1)
        #expect(mergedSupport.weight == (support(one)?.weight ?? 0) + (support(two)?.weight ?? 0))
        #expect(mergedSupport.weight == 2)
        #expect(Set(mergedSupport.evidence.compactMap(\.document)) == ["first", "second"])
        // What only the first article says is still there.
        #expect(edge(merged, "FRA", "DEU", .accuse) != nil)
    }

    // MARK: - Determinism

    @Test("two runs give byte-identical DOT and JSON")
    func deterministic() throws {
        let first = try workspace.write("first.txt", CLIFixtures.french)
        let second = try workspace.write("second.txt", CLIFixtures.frenchAccents)
        for format in ["dot", "json"] {
            try succeed([first, second, "-o", "a.\(format)"])
            try succeed([first, second, "-o", "b.\(format)"])
            let a = try workspace.read("a.\(format)")
            #expect(!a.isEmpty)
            #expect(a == (try workspace.read("b.\(format)")), "\(format) differs between runs")
        }
    }

    // MARK: - Explain, version, help

    @Test("--explain prints each sentence with its actors and each relation with its trigger")
    func explain() throws {
        let result = try succeed([try frenchArticle(), "--explain"])
        let text = result.stdoutText
        #expect(text.hasPrefix("language: fr (detected: "))
        #expect(text.contains("La France a condamné l'Allemagne pour son refus de coopérer."))
        #expect(text.contains("France=FRA"))
        #expect(text.contains("FRA -[ACCUSE]-> DEU  trigger \"condamné\""))
        #expect(text.contains("BRA -[SUPPORT]-> FRA  trigger \"soutient\""))
        #expect(try workspace.contents() == ["article.txt"], "--explain must not write a graph")
    }

    @Test("English and Spanish articles are detected and coded", arguments: [
        ("en", CLIFixtures.english, "JPN -[ACCUSE]-> CHN  trigger \"criticized\"", "CAN -[SUPPORT]-> JPN"),
        ("es", CLIFixtures.spanish, "MEX -[ACCUSE]-> PER  trigger \"condenó\"", "CHL -[SUPPORT]-> MEX"),
    ])
    func otherLanguages(_ language: String, _ article: String, _ accusation: String, _ support: String) throws {
        let input = try workspace.write("article.\(language).txt", article)
        let text = try succeed(["--explain", input]).stdoutText
        #expect(text.hasPrefix("language: \(language) (detected: "))
        #expect(text.contains(accusation))
        #expect(text.contains(support))
        let model = try graph(try succeed([input, "--format", "json"]).stdout)
        #expect(model.edges.contains { $0.type == .accuse })
        #expect(model.edges.contains { $0.type == .support })
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try succeed(["--version"])
        #expect(result.stdoutText == RelGraphVersion.string + "\n")
        #expect(result.stdoutText.split(separator: ".").count == 3)
    }

    @Test("--help shows examples, exit codes and the subcommands; render's help lists the formats and layouts")
    func help() throws {
        // ArgumentParser wraps lines to the terminal's width: compare with single spaces.
        let flat = { (result: CLIResult) in result.stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let text = flat(try succeed(["--help"]))
        #expect(text.contains("USAGE: relgraph"))
        #expect(text.contains("Examples:"))
        #expect(text.contains("relgraph article.txt -o graph.svg"))
        #expect(text.contains("Exit codes:"))
        for subcommand in ["render (default)", "extract", "merge"] {
            #expect(text.contains(subcommand), "root help lacks \(subcommand)")
        }
        #expect(!text.contains("bench-render"), "the benchmark helper is hidden")
        for arguments in [["render", "--help"], ["help", "render"]] {
            let render = flat(try succeed(arguments))
            #expect(render.contains("values: svg, png, pdf, dot, json, graphml, gexf, csv, jsonl, html"))
            #expect(render.contains("values: dot, neato, fdp, sfdp, circo, twopi, auto"))
            #expect(render.contains("--theme <theme>") && render.contains("values: light, dark, print"))
            #expect(render.contains("--types <TYPES>") && render.contains("--group-by <group-by>"))
            #expect(render.contains("--lexicon <FILE>"))
        }
    }

    /// The text of one section of a help page ("FILTERS:") up to the next one.
    private func helpSection(_ help: String, _ title: String) -> String {
        guard let start = help.range(of: "\n\(title):\n") else { return "" }
        let rest = help[start.upperBound...]
        let end = rest.range(of: "\n\n")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test("help: every filter in one group, --jobs says its default once, extract takes -o")
    func helpGroups() throws {
        let render = try succeed(["render", "--help"]).stdoutText
        let filters = helpSection(render, "FILTERS")
        for option in ["--types", "--exclude-types", "--actor", "--depth", "--min-weight", "--min-confidence", "--kinds", "--top"] {
            #expect(filters.contains(option + " "), "\(option) is not among the filters")
        }
        let picture = helpSection(render, "PICTURE")
        #expect(picture.contains("--theme") && picture.contains("--layout") && !picture.contains("--types"))
        let jobs = helpSection(render, "INPUT").components(separatedBy: "--jobs").dropFirst().first ?? ""
        let jobsHelp = jobs.components(separatedBy: "\n  --").first ?? ""
        #expect(jobsHelp.components(separatedBy: "default").count == 2, "one default: \(jobsHelp)")
        let extract = try succeed(["extract", "--help"]).stdoutText
        #expect(extract.contains("-o, --output <FILE>"))
        let input = try workspace.write("one.txt", CLIFixtures.french)
        try succeed(["extract", input, "-o", "fragments.jsonl"])
        let written = try String(contentsOfFile: workspace.path("fragments.jsonl"), encoding: .utf8)
        #expect(written == (try succeed(["extract", input]).stdoutText))
    }

    // MARK: - Lexicons and limits

    @Test("--lexicon adds an actor; a malformed lexicon is 65 with its line")
    func userLexicon() throws {
        let article = try workspace.write("pact.txt", "The Northern Pact condemned Kenya on Monday.")
        let lexicon = try workspace.write("extra.tsv", "organization\tNorthern Pact\tnorthern-pact\n")
        let without = try graph(try succeed([article, "--format", "json"]).stdout)
        #expect(without.node("org:northern-pact") == nil)
        let with = try graph(try succeed([article, "--format", "json", "--lexicon", lexicon]).stdout)
        #expect(edge(with, "org:northern-pact", "KEN", .accuse) != nil)
        let broken = try workspace.write("broken.tsv", "# comment\ncountry\tFoo\tFOO\n")
        expectError(try run([article, "--lexicon", broken]), code: 65, mentioning: "line 2")
        expectError(try run([article, "--lexicon", workspace.path("none.tsv")]), code: 66, mentioning: "none.tsv")
    }

    @Test("--max-input-bytes refuses a larger article with 66 and writes nothing")
    func inputLimit() throws {
        let article = try frenchArticle()
        let result = try run([article, "--max-input-bytes", "10", "-o", workspace.path("g.svg")])
        expectError(result, code: 66, mentioning: "--max-input-bytes")
        #expect(!FileManager.default.fileExists(atPath: workspace.path("g.svg")))
        try succeed([article, "--max-input-bytes", "100000", "-o", workspace.path("g.svg")])
    }

    @Test("a saved web page gives the graph of its text")
    func htmlInput() throws {
        let page = try workspace.write("page.html", "<html><head><script>var a = 'Chine';</script></head><body><p>"
            + CLIFixtures.french.replacingOccurrences(of: "\n", with: "</p><p>") + "</p></body></html>")
        let plain = try graph(try succeed([try frenchArticle(), "--format", "json"]).stdout)
        let fromPage = try graph(try succeed([page, "--format", "json"]).stdout)
        #expect(fromPage.nodes.map(\.id) == plain.nodes.map(\.id))
        #expect(fromPage.node("CHN") == nil)
    }

    // MARK: - Errors

    @Test("a missing input file: 66, no output")
    func missingInput() throws {
        let result = try run([workspace.path("missing.txt"), "-o", "graph.svg"])
        expectError(result, code: 66, mentioning: "missing.txt")
        #expect(try workspace.contents().isEmpty)
    }

    @Test("a folder as input: 66, no output")
    func folderInput() throws {
        try FileManager.default.createDirectory(atPath: workspace.path("articles"), withIntermediateDirectories: false)
        let result = try run([workspace.path("articles"), "-o", "graph.svg"])
        expectError(result, code: 66, mentioning: "directory")
        #expect(try workspace.contents() == ["articles"])
    }

    @Test("binary input with NUL bytes, from a file or standard input: 65, no output")
    func binaryInput() throws {
        var bytes = Data(CLIFixtures.french.utf8)
        bytes.insert(contentsOf: [0x00, 0x01, 0x00, 0xFF], at: 10)
        let input = try workspace.write("image.bin", bytes)
        expectError(try run([input, "-o", "graph.svg"]), code: 65, mentioning: "not text")
        expectError(try run(["-", "-o", "graph.json"], stdin: bytes), code: 65, mentioning: "not text")
        #expect(try workspace.contents() == ["image.bin"])
    }

    @Test("an output extension relgraph cannot write: 64, no output")
    func unknownExtension() throws {
        let input = try frenchArticle()
        expectUsageError(try run([input, "-o", "x.xyz"]), mentioning: "x.xyz")
        #expect(try workspace.contents() == ["article.txt"])
    }

    @Test("an unknown --format, --layout or --lang, or a confidence out of range: 64, no output", arguments: [
        (["--format", "xyz"], "xyz"), (["--layout", "xyz"], "xyz"), (["--lang", "de"], "de"),
        (["--min-confidence", "2"], "--min-confidence"),
    ])
    func badOption(_ option: [String], _ detail: String) throws {
        let input = try frenchArticle()
        expectUsageError(try run([input, "-o", "graph.svg"] + option), mentioning: detail)
        #expect(try workspace.contents() == ["article.txt"])
    }

    @Test("an output folder that does not exist: 73")
    func missingOutputFolder() throws {
        let result = try run([try frenchArticle(), "-o", workspace.path("nowhere/graph.svg")])
        expectError(result, code: 73, mentioning: "folder does not exist")
        #expect(try workspace.contents() == ["article.txt"])
    }

    @Test("a file where the output folder should be: 73")
    func fileAsOutputFolder() throws {
        let input = try frenchArticle()
        let result = try run([input, "-o", workspace.path("article.txt/graph.svg")])
        expectError(result, code: 73, mentioning: "is a file, not a folder")
        #expect(try workspace.contents() == ["article.txt"])
        #expect(try workspace.read("article.txt") == Data(CLIFixtures.french.utf8))
    }

    @Test("a folder as the output file: 73, no temporary file left")
    func folderAsOutput() throws {
        let input = try frenchArticle()
        try FileManager.default.createDirectory(atPath: workspace.path("graph.svg"), withIntermediateDirectories: false)
        expectError(try run([input, "-o", "graph.svg"]), code: 73, mentioning: "graph.svg")
        #expect(try workspace.contents() == ["article.txt", "graph.svg"])
        #expect(try workspace.contents(of: workspace.path("graph.svg")).isEmpty)
    }

    @Test("an output folder that cannot be written: 73, no temporary file left")
    func readOnlyOutputFolder() throws {
        let input = try frenchArticle()
        if getuid() == 0 {
            // root may write anywhere on a normal file system; /proc refuses new files even to root.
            expectError(try run([input, "-o", "/proc/relgraph-test.svg"]), code: 73, mentioning: "/proc/relgraph-test.svg")
            #expect(!FileManager.default.fileExists(atPath: "/proc/relgraph-test.svg"))
        } else {
            let folder = workspace.path("locked")
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            chmod(folder, 0o500)
            defer { chmod(folder, 0o700) }
            expectError(try run([input, "-o", "locked/graph.svg"]), code: 73, mentioning: "graph.svg")
            #expect(try workspace.contents(of: folder).isEmpty)
        }
    }

    @Test("standard output that cannot be written: 73, not a crash", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullStandardOutput() throws {
        let input = try frenchArticle()
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        expectError(try run([input], stdout: full), code: 73, mentioning: "standard output")
        expectError(try run([input, "--explain"], stdout: full), code: 73, mentioning: "standard output")
    }

    // MARK: - Empty articles

    @Test("an empty or blank article is not an error: exit 0 and a valid SVG", arguments: ["", " \n\t\n  \r\n"])
    func emptyArticle(_ text: String) throws {
        let input = try workspace.write("empty.txt", text)
        try succeed([input, "-o", "graph.svg"])
        #expect(try XMLDocument(data: try workspace.read("graph.svg")).rootElement()?.name == "svg")
        let model = try graph(try succeed([input, "--format", "json"]).stdout)
        #expect(model.nodes.isEmpty && model.edges.isEmpty)
    }

    // MARK: - Atomic output

    @Test("an existing output survives a failed run and is replaced whole by a good one")
    func atomicReplacement() throws {
        let input = try frenchArticle()
        let old = Data("old graph, keep me\n".utf8)
        try workspace.write("graph.svg", old)
        let binary = try workspace.write("image.bin", Data([0x47, 0x00, 0x49, 0x46, 0x00]))

        expectError(try run([binary, "-o", "graph.svg"]), code: 65, mentioning: "image.bin")
        expectError(try run([workspace.path("missing.txt"), "-o", "graph.svg"]), code: 66, mentioning: "missing.txt")
        expectUsageError(try run([input, "-o", "graph.svg", "--layout", "xyz"]), mentioning: "xyz")
        #expect(try workspace.read("graph.svg") == old)
        #expect(try workspace.contents() == ["article.txt", "graph.svg", "image.bin"])

        try succeed([input, "-o", "graph.svg"])
        #expect(try XMLDocument(data: try workspace.read("graph.svg")).rootElement()?.name == "svg")
        #expect(try workspace.contents() == ["article.txt", "graph.svg", "image.bin"], "temporary file left behind")
        let attributes = try FileManager.default.attributesOfItem(atPath: workspace.path("graph.svg"))
        #expect((attributes[.posixPermissions] as? Int) == 0o644)
    }

    @Test("a FIFO as output is written in place, not replaced by a plain file")
    func fifoOutput() throws {
        let fifo = workspace.path("graph.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        // Open the reading end first without blocking, so that the writer's open does not wait.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try succeed([try frenchArticle(), "-o", fifo, "--format", "dot"])

        var info = stat()
        #expect(lstat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = Foundation.read(reader, &buffer, buffer.count), count > 0 {
            received.append(contentsOf: buffer[..<count])
        }
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("digraph relgraph {"))
        #expect(try workspace.contents() == ["article.txt", "graph.fifo"])
    }

    // MARK: - Encodings

    @Test("a Windows-1252 article gives the same JSON as its UTF-8 version, and so does UTF-8 with a BOM")
    func legacyEncodings() throws {
        let utf8 = Data(CLIFixtures.frenchAccents.utf8)
        let cp1252 = try #require(CLIFixtures.frenchAccents.data(using: .windowsCP1252))
        #expect(cp1252.contains(0x92) && cp1252.contains(0x9C), "the fixture should use Windows-1252's own range")
        #expect(String(data: cp1252, encoding: .utf8) == nil, "the Windows-1252 bytes must not be valid UTF-8")

        try workspace.write("utf8.txt", utf8)
        try workspace.write("cp1252.txt", cp1252)
        try workspace.write("bom.txt", Data([0xEF, 0xBB, 0xBF]) + utf8)
        let expected = try succeed([workspace.path("utf8.txt"), "--format", "json"]).stdout
        let model = try graph(expected)
        #expect(model.node("ECU")?.label == "Équateur")
        #expect(edge(model, "PER", "ECU", .support)?.evidence.first?.text == "Le Pérou soutient l’Équateur.")
        #expect(edge(model, "COL", "VEN", .accuse) != nil)

        #expect(try succeed([workspace.path("cp1252.txt"), "--format", "json"]).stdout == expected)
        #expect(try succeed([workspace.path("bom.txt"), "--format", "json"]).stdout == expected)
        #expect(try succeed(["--format", "json"], stdin: cp1252).stdout == expected)
    }
}

// MARK: - Exports, report and view options

extension CLITests {
    @Test("-o name.csv writes name.edges.csv and name.nodes.csv, with a header and one row per edge and node")
    func csvFiles() throws {
        try succeed([try frenchArticle(), "-o", "table.csv", "--format", "csv"])
        #expect(try workspace.contents().filter { $0.hasPrefix("table") }.sorted() == ["table.edges.csv", "table.nodes.csv"])
        let json = try graph(try succeed([try frenchArticle(), "--format", "json"]).stdout)
        let edges = CSVParser.rows(String(decoding: try workspace.read("table.edges.csv"), as: UTF8.self))
        let nodes = CSVParser.rows(String(decoding: try workspace.read("table.nodes.csv"), as: UTF8.self))
        #expect(edges.first?.prefix(5) == ["source", "source_label", "target", "target_label", "type"])
        #expect(edges.count == json.edges.count + 1)
        #expect(nodes.count == json.nodes.count + 1)
    }

    @Test("GraphML, GEXF and JSON Lines outputs parse back with every edge", arguments: ["graphml", "gexf", "jsonl"])
    func dataFormats(_ format: String) throws {
        let json = try graph(try succeed([try frenchArticle(), "--format", "json"]).stdout)
        try succeed([try frenchArticle(), "-o", "graph.\(format)"])
        let data = try workspace.read("graph.\(format)")
        if format == "jsonl" {
            #expect(try JSONLinesWriter.edges(from: data) == json.edges)
        } else {
            let root = try #require(try XMLDocument(data: data).rootElement())
            let edges = try root.nodes(forXPath: "//*[local-name()='edge']")
            #expect(edges.count == json.edges.count)
        }
    }

    @Test("an .html output is one page with the picture and both tables, fetching nothing")
    func htmlReport() throws {
        try succeed([try frenchArticle(), "-o", "report.html"])
        let html = String(decoding: try workspace.read("report.html"), as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("<table id=\"relations\"") && html.contains("<table id=\"actors\""))
        #expect(html.contains("Octave Ferrandier"))
        #expect(html.range(of: #"(src|href)\s*=\s*["']?(https?:)?//"#, options: .regularExpression) == nil)
    }

    @Test("--types, --exclude-types, --kinds and --top narrow the graph")
    func filters() throws {
        let input = try frenchArticle()
        let all = try graph(try succeed([input, "--format", "json"]).stdout)
        let accusations = try graph(try succeed([input, "--format", "json", "--types", "accuse"]).stdout)
        #expect(accusations.edges.map(\.type) == [.accuse])
        #expect(Set(accusations.nodes.map(\.id)) == ["FRA", "DEU"])
        let noAffiliation = try graph(try succeed([input, "--format", "json", "--exclude-types", "AFFILIATION,SUPPORT"]).stdout)
        #expect(noAffiliation.edges.count == all.edges.filter { $0.type != .affiliation && $0.type != .support }.count)
        let states = try graph(try succeed([input, "--format", "json", "--kinds", "state"]).stdout)
        #expect(states.nodes.allSatisfy { $0.kind == .state })
        #expect(!states.edges.contains { $0.type == .affiliation })
        let top = try graph(try succeed([input, "--format", "json", "--top", "2"]).stdout)
        #expect(top.nodes.count == 2 && !top.edges.isEmpty && top.edges.count < all.edges.count)
        expectUsageError(try run([input, "--top", "0"]), mentioning: "--top")
    }

    @Test("--actor keeps one actor's neighbourhood; an unknown actor is a usage error naming the known ids")
    func egoNetwork() throws {
        let input = try frenchArticle()
        let brazil = try graph(try succeed([input, "--format", "json", "--actor", "BRA", "--exclude-types", "AFFILIATION"]).stdout)
        #expect(Set(brazil.nodes.map(\.id)) == ["BRA", "FRA"])
        expectError(try run([input, "--actor", "Atlantis", "-o", "x.svg"]), code: 64, mentioning: "no actor 'Atlantis'")
        #expect(try !workspace.contents().contains("x.svg"))
        expectUsageError(try run([input, "--types", "SANCTION,NOPE"]), mentioning: "--types")
        expectUsageError(try run([input, "--depth", "2"]), mentioning: "--depth needs --actor")
    }

    @Test("filters that leave none of the relations found say so on standard error, and still draw")
    func emptiedByFilters() throws {
        let input = try frenchArticle()
        let emptied = try run([input, "--types", "PROTEST", "--min-weight", "2", "-o", "empty.svg"])
        #expect(emptied.status == 0 && emptied.stderrLines.count == 1, "\(emptied.stderrText)")
        #expect(emptied.stderrText.hasPrefix("relgraph: warning: no relation left after --types, --min-weight: the input gave "))
        #expect(try workspace.contents().contains("empty.svg"))
        #expect(try succeed([input, "--types", "SUPPORT", "--format", "json"]).stderrLines.isEmpty, "relations are left")
        #expect(try succeed(["-", "--types", "PROTEST", "--format", "json"], stdin: Data("Le temps est beau.\n".utf8))
                    .stderrLines.isEmpty, "the input gave no relation: nothing was filtered away")
    }

    @Test("--theme, --labels, --group-by and --layout auto draw an SVG", arguments: [
        ["--theme", "dark"], ["--theme", "print"], ["--labels", "en"], ["--group-by", "country"], ["--layout", "auto"],
    ])
    func renderOptions(_ options: [String]) throws {
        try succeed([try frenchArticle(), "-o", "styled.svg"] + options)
        #expect(try XMLDocument(data: try workspace.read("styled.svg")).rootElement()?.name == "svg")
    }

    @Test("--labels en writes English state names into the picture")
    func englishLabels() throws {
        let dot = try succeed([try frenchArticle(), "--labels", "en"]).stdoutText
        #expect(dot.contains("label=Germany") && !dot.contains("label=Allemagne"))
    }
}
