import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Synchronization
import Testing
@testable import RelGraph

/// The hostile inputs of issue 18, run through the binary: each gives its documented exit code and one
/// line on standard error where it fails, never a crash, a lost file, malformed output or a run whose
/// cost has no bound.
@Suite("Hostile input")
struct HostileInputCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func run(_ arguments: [String], stdin: Data? = nil, timeout: Double = 120) throws -> CLIResult {
        try CLIRunner.run(arguments, stdin: stdin, in: workspace.url, timeout: timeout)
    }

    @discardableResult
    private func succeed(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.succeed(arguments, stdin: stdin, in: workspace.url)
    }

    private func article() throws -> String {
        try workspace.write("article.txt", CLIFixtures.french)
    }

    /// One `relgraph: ` line naming `detail`, the code, nothing on standard output.
    private func expectError(_ result: CLIResult, code: Int32, mentioning detail: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == code, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1 && result.stderrText.hasPrefix("relgraph: "), "stderr: \(result.stderrText)",
                sourceLocation: sourceLocation)
        #expect(result.stderrText.contains(detail), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    /// A graph whose counts are at the edge of `Int`, as a file another tool could have written.
    private func hugeGraph() throws -> String {
        let graph = RelationGraph(
            nodes: [Node(id: "RUS", kind: .state, label: "Russia", mentions: .max), Node(id: "FRA", kind: .state, label: "France"),
                    Node(id: "DEU", kind: .state, label: "Germany", mentions: .max)],
            edges: [Edge(source: "RUS", target: "FRA", type: .consult, weight: .max), Edge(source: "DEU", target: "FRA", type: .accuse, weight: .max)]
        )
        return try workspace.write("huge.json", try JSONWriter.data(graph))
    }

    // MARK: - Crashes

    @Test("merging counts near Int.max twice, then JSON, the report or --top: exit 0, counts at Int.max")
    func countsNearTheLimit() throws {
        let huge = try hugeGraph()
        let json = try succeed(["merge", huge, huge, "--format", "json"]).stdout
        #expect(try JSONWriter.graph(from: json).node("RUS")?.mentions == .max)
        try succeed(["merge", huge, huge, "-o", "x.html"])
        try succeed(["merge", huge, huge, "--top", "2", "--format", "json"])
    }

    @Test("CSV to a one-letter name, to '-' and to a folder: no crash")
    func csvNames() throws {
        let input = try article()
        try succeed([input, "-o", "x", "--format", "csv"])
        #expect(try workspace.contents() == ["article.txt", "x.edges.csv", "x.nodes.csv"])
        expectBothTables(try succeed([input, "-o", "-", "--format", "csv"]).stdoutText)
        try FileManager.default.createDirectory(atPath: workspace.path("a"), withIntermediateDirectories: false)
        expectError(try run([input, "-o", "a/", "--format", "csv"]), code: 73, mentioning: "it is a folder")
        expectError(try run([input, "-o", "b/", "--format", "json"]), code: 73, mentioning: "it is a folder")
        #expect(try workspace.contents(of: workspace.path("a")).isEmpty)
    }

    @Test("an endless standard input past --max-input-bytes is refused as it arrives: 66")
    func endlessStandardInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "yes 'Russia met France on Monday.' 2>/dev/null | \"$0\" - --max-input-bytes 1000", try CLIRunner.binary().path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 66)
        #expect(message == "relgraph: cannot read '-': it holds more than the limit of 1000 bytes; split the input or raise --max-input-bytes\n")
    }

    @Test("a PNG far larger than a sane bitmap is refused with 70 before cairo, pointing to SVG or PDF")
    func hugePicture() throws {
        let wide = RelationGraph(nodes: [Node(id: "RUS", kind: .state, label: String(repeating: "Russia ", count: 3000))], edges: [])
        let path = try workspace.write("wide.json", try JSONWriter.data(wide))
        expectError(try run(["merge", path, "-o", "wide.png"]), code: 70, mentioning: "Write SVG or PDF instead")
        #expect(try workspace.contents() == ["wide.json"])
    }

    // MARK: - Lost or wrong files

    @Test("an output over an input is refused with 73 and the input kept: article, page, corpus, link, lexicon, graph")
    func outputOverInput() throws {
        let input = try article()
        let page = try workspace.write("p.html", "<html><body><p>" + CLIFixtures.french + "</p></body></html>")
        let corpus = try workspace.write("news.jsonl", "{\"id\": \"a\", \"text\": \"La France soutient le Brésil.\"}\n")
        let lexicon = try workspace.write("extra.tsv", "organization\tNorthern Pact\tnorthern-pact\n")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.json"), withDestinationPath: "article.txt")
        let before = try workspace.contents().map { try? workspace.read($0) }
        expectError(try run([input, "--format", "json", "-o", input]), code: 73, mentioning: "it is an input of this run")
        expectError(try run([page, "-o", page]), code: 73, mentioning: "p.html")
        expectError(try run(["--jsonl", corpus, "-o", corpus, "--format", "jsonl"]), code: 73, mentioning: "news.jsonl")
        expectError(try run([input, "-o", "link.json"]), code: 73, mentioning: "it is the input '\(input)'")
        expectError(try run([input, "--lexicon", lexicon, "-o", lexicon, "--format", "json"]), code: 73, mentioning: "extra.tsv")
        try succeed([input, "--format", "json", "-o", "g.json"])
        expectError(try run(["merge", "g.json", "-o", "g.json"]), code: 73, mentioning: "g.json")
        expectError(try run(["parse", input, "-o", input]), code: 73, mentioning: "article.txt")
        expectError(try run(["extract", input, "-o", input]), code: 73, mentioning: "article.txt")
        expectError(try run(["--explain", input, "-o", input, "--format", "json"]), code: 73, mentioning: "article.txt")
        try FileManager.default.removeItem(atPath: workspace.path("g.json"))
        #expect(try workspace.contents().map { try? workspace.read($0) } == before)
    }

    @Test("standard input redirected from the output file is refused too")
    func standardInputIsTheOutput() throws {
        let input = try article()
        let process = Process()
        process.executableURL = try CLIRunner.binary()
        process.arguments = ["-", "-o", input, "--format", "json"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 73)
        #expect(try workspace.read("article.txt") == Data(CLIFixtures.french.utf8))
    }

    @Test("'-o -' is standard output for every format; no file named '-'")
    func dashIsStandardOutput() throws {
        let input = try article()
        #expect(try JSONWriter.graph(from: try succeed([input, "-o", "-", "--format", "json"]).stdout).node("FRA") != nil)
        #expect(try succeed([input, "-o", "-"]).stdoutText.hasPrefix("digraph relgraph {"))
        #expect(try succeed(["parse", input, "-o", "-"]).stdoutText.contains("# text = "))
        #expect(try JSONWriter.graph(from: try succeed(["extract", input, "-o", "-"]).stdout).node("FRA") != nil)
        #expect(try workspace.contents() == ["article.txt"])
    }

    /// The edge table, one empty row, then the node table: both whole, neither lost to the stream.
    private func expectBothTables(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = CSVParser.rows(text)
        let gap = rows.firstIndex(of: [""]) ?? rows.endIndex
        #expect(rows.first?.prefix(3) == ["source", "source_label", "target"], sourceLocation: sourceLocation)
        #expect(rows[..<gap].contains { $0.first == "FRA" && $0[2] == "DEU" }, sourceLocation: sourceLocation)
        let nodes = rows[min(gap + 1, rows.endIndex)...]
        #expect(nodes.first?.first == "id", "no node table after the edges: \(text)", sourceLocation: sourceLocation)
        #expect(Set(nodes.dropFirst().map { $0[0] }).isSuperset(of: ["BRA", "DEU", "FRA"]), sourceLocation: sourceLocation)
    }

    @Test("'-o /dev/stdout' onto a pipe writes to the pipe, whatever the format; CSV gives both tables")
    func devStdoutOntoAPipe() throws {
        let input = try article()
        #expect(try JSONWriter.graph(from: try succeed([input, "-o", "/dev/stdout", "--format", "json"]).stdout).node("FRA") != nil)
        #expect(try succeed([input, "-o", "/dev/stdout", "--format", "svg"]).stdoutText.contains("</svg>"))
        expectBothTables(try succeed([input, "-o", "/dev/stdout", "--format", "csv"]).stdoutText)
        #expect(try succeed(["extract", input, "-o", "/dev/stdout"]).stdoutText.contains("\"FRA\""))
        #expect(try succeed(["parse", input, "-o", "/dev/stdout"]).stdoutText.contains("# text = "))
        let explained = try run(["--explain", input, "-o", "/dev/stdout", "--format", "json"])
        #expect(explained.status == 64, "the explanation takes standard output, as with '-o -'")
        #expect(try workspace.contents() == ["article.txt"])
    }

    @Test("'-o /dev/stdout' onto a file appended to with '>>' appends; CSV there is both tables in that file")
    func devStdoutOntoAFile() throws {
        _ = try article()
        try workspace.write("log.jsonl", "earlier line\n")
        let appended = try CLIRunner.run([], in: workspace.url, shell: #"exec "$0" article.txt -o /dev/stdout --format jsonl >> log.jsonl"#)
        #expect(appended.status == 0, "\(appended.stderrText)")
        let log = String(decoding: try workspace.read("log.jsonl"), as: UTF8.self)
        #expect(log.hasPrefix("earlier line\n{") && log.contains("\"FRA\""))
        let tables = try CLIRunner.run([], in: workspace.url, shell: #"exec "$0" article.txt -o /dev/stdout --format csv > out.csv"#)
        #expect(tables.status == 0, "\(tables.stderrText)")
        expectBothTables(String(decoding: try workspace.read("out.csv"), as: UTF8.self))
        #expect(try workspace.contents() == ["article.txt", "log.jsonl", "out.csv"])
    }

    @Test("CSV to a device writes both tables there, as to standard output; a full device is 73")
    func csvToDevices() throws {
        let input = try article()
        try succeed([input, "-o", "/dev/null", "--format", "csv"])
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.edges.csv"))
        expectError(try run([input, "-o", "/dev/full", "--format", "csv"]), code: 73, mentioning: "No space left on device")
        #expect(!FileManager.default.fileExists(atPath: "/dev/full.edges.csv"))
        #expect(try workspace.contents() == ["article.txt"])
    }

    @Test("two runs writing one CSV pair at once leave one run's pair, never a mix")
    func csvPairs() throws {
        for (name, text) in [("one.txt", CLIFixtures.french), ("two.txt", CLIFixtures.english)] { try workspace.write(name, text) }
        for _ in 0..<6 {
            let group = DispatchGroup()
            for name in ["one.txt", "two.txt"] {
                DispatchQueue.global().async(group: group) {
                    _ = try? CLIRunner.run([name, "-o", "t.csv"], in: workspace.url)
                }
            }
            group.wait()
            let edges = String(decoding: try workspace.read("t.edges.csv"), as: UTF8.self)
            let nodes = String(decoding: try workspace.read("t.nodes.csv"), as: UTF8.self)
            #expect(edges.contains("FRA") == nodes.contains("FRA"), "edges of one run, nodes of the other")
        }
        #expect(try workspace.contents() == ["one.txt", "t.edges.csv", "t.nodes.csv", "two.txt"])
    }

    @Test("-o through a symbolic link replaces its target and keeps the link; the old mode is kept")
    func linksAndModes() throws {
        let input = try article()
        let real = try workspace.write("real.svg", "old")
        chmod(real, 0o600)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.svg"), withDestinationPath: "real.svg")
        try succeed([input, "-o", "link.svg"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("link.svg")) == "real.svg")
        #expect(String(decoding: try workspace.read("real.svg"), as: UTF8.self).contains("<svg"))
        let attributes = try FileManager.default.attributesOfItem(atPath: real)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    // MARK: - Well-formed output

    @Test("an article with references, backslash escapes and a noncharacter gives well-formed SVG and HTML, text intact")
    func wellFormedPictures() throws {
        let text = "Russia met France on Monday &#x1; &#xD800; \u{FFFE} &nbsp; C:\\Users\\Guest path, \\G and \\E.\n"
        let input = try workspace.write("hostile.txt", text)
        try succeed([input, "-o", "g.svg"])
        try succeed([input, "-o", "g.html"])
        let svg = try XMLDocument(data: try workspace.read("g.svg"))
        let titles = try svg.nodes(forXPath: "//@*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains { $0.contains("&#x1; &#xD800;") && $0.contains("C:\\Users\\Guest path, \\G and \\E.") }, "\(titles)")
        #expect(try XMLDocument(data: try workspace.read("g.html")).rootElement()?.stringValue?.contains("C:\\Users\\Guest path") == true)
    }

    @Test("--explain does not pass the article's escape sequences to the terminal")
    func explainStripsControls() throws {
        // The sequences follow the sentence's words: glued before "La", the title's text is a word of the sentence
        // that a parser may take for its subject, and what is tested here is the terminal, not the parse.
        let input = try workspace.write("a.txt", "La France a condamné l'Allemagne.\u{1B}]0;owned\u{7}\u{1B}[2J\n")
        let output = try succeed(["--explain", input]).stdoutText
        #expect(output.contains("FRA -[ACCUSE]-> DEU"))
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test("CSV, DOT and CoNLL-U on a terminal lose the article's escape sequences; through a pipe they keep every byte")
    func terminalOutput() throws {
        let input = try workspace.write("a.txt", "La France a condamné l'Allemagne \u{1B}]0;owned\u{7}\u{1B}[2J\u{9B}2J.\n")
        for arguments in [[input, "--format", "csv"], [input], ["parse", input], [input, "-o", "/dev/stdout", "--format", "csv"]] {
            let shown = try onATerminal(arguments)
            #expect(shown.contains("France") && shown.contains("Allemagne"), "\(arguments): \(shown)")
            #expect(!shown.unicodeScalars.contains { [0x1B, 0x07, 0x9B].contains($0.value) }, "\(arguments): \(shown)")
        }
        #expect(try succeed([input, "--format", "csv"]).stdout.contains(0x1B), "a pipe gets the text as it is")
    }

    /// What `relgraph arguments` writes when its standard output is a terminal (a pseudo-terminal read here).
    private func onATerminal(_ arguments: [String]) throws -> String {
        // posix_openpt and ptsname are not in Swift's Glibc: the same, by hand (TIOCSPTLCK unlocks, TIOCGPTN numbers).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        defer { close(master) }
        var unlocked: CInt = 0, number: CUnsignedInt = 0
        #expect(master >= 0 && ioctl(master, 0x4004_5431, &unlocked) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        let terminal = try #require(FileHandle(forWritingAtPath: "/dev/pts/\(number)"))
        var raw = termios()
        tcgetattr(terminal.fileDescriptor, &raw)
        cfmakeraw(&raw)
        tcsetattr(terminal.fileDescriptor, TCSANOW, &raw)
        // Read while the program writes: a terminal holds only a few kilobytes unread.
        let collected = Mutex(Data())
        let reading = DispatchGroup()
        DispatchQueue.global().async(group: reading) {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                guard count > 0 else { return }
                collected.withLock { $0.append(contentsOf: buffer.prefix(count)) }
            }
        }
        let result = try CLIRunner.run(arguments, stdout: terminal, in: workspace.url)
        try terminal.close()
        reading.wait()
        #expect(result.status == 0, "\(result.stderrText)")
        return String(decoding: collected.withLock { $0 } as Data, as: UTF8.self)
    }

    @Test("a message quoting a huge argument keeps its start and its advice, within a few lines")
    func longMessages() throws {
        let input = try article()
        let result = try run([input, "--actor", String(repeating: "x", count: 50_000)])
        expectError(result, code: 64, mentioning: "no actor 'xxx")
        #expect(result.stderrText.count < 1_100)
        #expect(result.stderrText.contains(" … ") && result.stderrText.contains("the closest ids are"), "\(result.stderrText)")
    }

    // MARK: - Bounded cost

    @Test("--depth of a trillion ends at once; JSON Lines and merge of /dev/zero stop at the limit: 66")
    func unboundedInputs() throws {
        let input = try article()
        try succeed([input, "--actor", "FRA", "--depth", "999999999999", "--format", "json"])
        expectError(try run(["--jsonl", "/dev/zero", "--max-input-bytes", "100000"], timeout: 60), code: 66,
                    mentioning: "cannot read '/dev/zero' line 1: it is longer than the limit of 100000 bytes")
        expectError(try run(["merge", "/dev/zero", "--max-input-bytes", "100000"], timeout: 60), code: 66, mentioning: "line 1")
        let line = "{\"text\": \"" + String(repeating: "La France soutient le Brésil. ", count: 100) + "\"}\n"
        expectError(try run(["--jsonl", "--max-input-bytes", "1000"], stdin: Data(line.utf8)), code: 66, mentioning: "'-' line 1")
    }

    // MARK: - Quietly wrong

    @Test("one stray Windows-1252 byte spoils its own line: the other accents and actors stay, --explain says which line")
    func strayByte() throws {
        let clean = try succeed([try article(), "--format", "json"]).stdout
        let mixed = try workspace.write("mixed.txt", Data(CLIFixtures.french.utf8) + Data("Caf".utf8) + Data([0xE9, 0x2E, 0x0A]))
        #expect(try JSONWriter.graph(from: try succeed([mixed, "--format", "json"]).stdout).nodes
                == (try JSONWriter.graph(from: clean)).nodes)
        let lines = CLIFixtures.french.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(try succeed(["--explain", mixed]).stdoutText.contains("read as Windows-1252 (not UTF-8): line \(lines)"))
    }

    @Test("UTF-32 with a byte order mark reads as the text it is")
    func utf32() throws {
        let expected = try succeed([try article(), "--format", "json"]).stdout
        let bytes: [UInt8] = [0xFF, 0xFE, 0, 0] + CLIFixtures.french.unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) }
        }
        let input = try workspace.write("utf32.txt", Data(bytes))
        #expect(try succeed([input, "--format", "json"]).stdout == expected)
    }

    @Test("a pipe as the article (process substitution) is read")
    func pipeAsInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "\"$0\" <(printf 'La France soutient le Brésil.\\n') --format json", try CLIRunner.binary().path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try JSONWriter.graph(from: data).node("BRA") != nil)
    }

    @Test("a file whose name is not UTF-8 is skipped with one warning line; the rest of the folder is read")
    func nonUTF8Name() throws {
        try FileManager.default.createDirectory(atPath: workspace.path("news"), withIntermediateDirectories: false)
        try workspace.write("news/a.txt", CLIFixtures.french)
        let name = (Array(workspace.path("news/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let descriptor = open(name, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let result = try run(["news", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderrLines == ["relgraph: skipping 'news/caf\\xE9.txt': its name is not UTF-8; rename it to read it"])
        #expect(try JSONWriter.graph(from: result.stdout).node("FRA") != nil)
    }

    @Test("a file named on the command line whose name is not UTF-8 is 66 with its bytes shown, not 'no such file'")
    func nonUTF8Argument() throws {
        let name = (Array(workspace.path("caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let descriptor = open(name, O_WRONLY | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        // Process takes Strings, which cannot hold the byte: the shell's printf passes it.
        let named = try CLIRunner.run([], in: workspace.url, shell: #"exec "$0" "$(printf 'caf\351.txt')" --format json"#)
        expectError(named, code: 66, mentioning: #"cannot read 'caf\xE9.txt': its name is not UTF-8"#)
        let value = try CLIRunner.run([], in: workspace.url, shell: #"exec "$0" article.txt --actor "$(printf 'Br\351sil')""#)
        #expect(value.status == 64)
        #expect(value.stderrText.contains(#"the argument 'Br\xE9sil' is not UTF-8"#), "stderr: \(value.stderrText)")
    }

    @Test("merge names the line and the field of a float, an unknown kind and a negative weight: 65")
    func mergeMessages() throws {
        let input = try article()
        let fragment = String(decoding: try succeed(["extract", input]).stdout, as: UTF8.self)
        for (broken, field) in [
            (fragment.replacingOccurrences(of: "\"weight\":1", with: "\"weight\":1.5"), "].weight: 1.5 is not a whole number"),
            (fragment.replacingOccurrences(of: "\"kind\":\"state\"", with: "\"kind\":\"planet\""), "].kind: "),
            (fragment.replacingOccurrences(of: "\"weight\":1", with: "\"weight\":-2"), ": weight -2 is not a count"),
        ] {
            let path = try workspace.write("fragments.jsonl", fragment + broken)
            let result = try run(["merge", path])
            expectError(result, code: 65, mentioning: field)
            #expect(result.stderrText.contains("fragments.jsonl' line 2: "), "\(result.stderrText)")
        }
    }

    @Test("a CRLF lexicon in UTF-16 is read; an invalid key is 65 with its line")
    func lexicons() throws {
        let input = try workspace.write("a.txt", "The Northern Pact condemned Poland.\n")
        let text = "# extra actors\r\norganization\tNorthern Pact\tnorthern-pact\r\n"
        let utf16 = Data([0xFF, 0xFE] + text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] })
        let lexicon = try workspace.write("extra.tsv", utf16)
        #expect(try JSONWriter.graph(from: try succeed([input, "--lexicon", lexicon, "--format", "json"]).stdout).node("org:northern-pact") != nil)
        let bad = try workspace.write("bad.tsv", "organization\tNorthern Pact\tnorth&nbsp;pact\n")
        expectError(try run([input, "--lexicon", bad]), code: 65, mentioning: "line 1: 'north&nbsp;pact' is not a key")
    }
}
