import Foundation
import Testing
@testable import RelGraph

@Suite("Command line: parse")
struct ParseCLITests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    /// A sentence written for these tests, with a contraction.
    static let article = "Le Brésil soutient la France au sommet.\n"

    /// A CoNLL-U file written for these tests: every column filled in, a comment, a multiword token and an empty node,
    /// and a wrong tree that `parse` must replace.
    static let conllu = """
        # sent_id = s1
        # text = Le Brésil parle du traité.
        1\tLe\tle\tX\tDET-XPOS\tDefinite=Def\t3\tdep\t3:det\tTokenRange=0:2
        2\tBrésil\tBrésil\tX\tPROPN-XPOS\tGender=Masc\t3\tdep\t3:nsubj\t_
        3\tparle\tparler\tX\tVERB-XPOS\tMood=Ind\t1\tdep\t0:root\t_
        4-5\tdu\t_\t_\t_\t_\t_\t_\t_\tNote=contraction
        4\tde\tde\tX\t_\t_\t6\tdep\t6:case\t_
        5\tle\tle\tX\t_\t_\t6\tdep\t6:det\t_
        5.1\tvide\tvide\tX\t_\t_\t_\t_\t0:root\t_
        6\ttraité\ttraité\tX\t_\tGender=Masc\t3\tdep\t3:obl\tSpaceAfter=No
        7\t.\t.\tX\t_\t_\t3\tdep\t3:punct\t_


        """

    private func run(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.run(arguments, stdin: stdin, in: workspace.url)
    }

    @discardableResult
    private func succeed(_ arguments: [String], stdin: Data? = nil) throws -> CLIResult {
        try CLIRunner.succeed(arguments, stdin: stdin, in: workspace.url)
    }

    @Test("An article becomes CoNLL-U on standard output, the contraction under a multiword line")
    func article() throws {
        let input = try workspace.write("article.txt", Self.article)
        let output = try succeed(["parse", "--lang", "fr", input]).stdoutText
        #expect(output.hasPrefix("# sent_id = 1\n# text = Le Brésil soutient la France au sommet.\n1\tLe\t_\t"))
        #expect(output.contains("\n6-7\tau\t_\t_\t_\t_\t_\t_\t_\tTokenRange=29:31\n6\tà\t_\t"))
        let file = try CoNLLU(parsing: output)
        #expect(file.sentences.first?.words.map(\.form) == ["Le", "Brésil", "soutient", "la", "France", "à", "le", "sommet", "."])
        #expect(file.text == output)
    }

    @Test("Standard input and -o give the same CoNLL-U; -o writes nothing else")
    func stdinAndOutputFile() throws {
        let fromStdin = try succeed(["parse", "-", "--lang", "fr"], stdin: Data(Self.article.utf8))
        let input = try workspace.write("article.txt", Self.article)
        let toFile = try succeed(["parse", input, "--lang", "fr", "-o", workspace.path("out.conllu")])
        #expect(toFile.stdout.isEmpty)
        #expect(try workspace.read("out.conllu") == fromStdin.stdout)
        #expect(try workspace.contents() == ["article.txt", "out.conllu"], "no temporary file left behind")
    }

    @Test("The language is detected when --lang is not given")
    func detectedLanguage() throws {
        let input = try workspace.write("article.txt", CLIFixtures.french)
        let output = try succeed(["parse", input]).stdoutText
        #expect(output.contains("\tde\t_\tADP\t") || output.contains("\tla\t_\tDET\t"))
    }

    @Test("A CoNLL-U file keeps every line and column except UPOS, HEAD and DEPREL, which are filled in")
    func conlluRoundTrip() throws {
        let input = try workspace.write("gold.conllu", Self.conllu)
        let output = try succeed(["parse", "--input-format", "conllu", "--lang", "fr", input]).stdoutText
        let before = try CoNLLU(parsing: Self.conllu).sentences[0]
        let after = try #require(try CoNLLU(parsing: output).sentences.first)
        #expect(after.lines.count == before.lines.count)
        for (filled, old) in zip(after.lines, before.lines) {
            guard case .word(var word) = filled, case .word(let original) = old else {
                #expect(filled == old)
                continue
            }
            #expect(PartOfSpeech(name: word.upos) != nil, "UPOS filled in: \(word)")
            #expect(word.head != nil && word.deprel != "_" && word.deprel != "dep")
            word.upos = original.upos
            word.head = original.head
            word.deprel = original.deprel
            #expect(word == original)
        }
        #expect(output.split(separator: "\n").filter { !$0.contains("\t") } == Self.conllu.split(separator: "\n").filter { !$0.contains("\t") })
    }

    @Test("A CoNLL-U file on standard input, its language detected from the forms")
    func conlluFromStdin() throws {
        let output = try succeed(["parse", "--input-format", "conllu", "-"], stdin: Data(Self.conllu.utf8)).stdoutText
        #expect(try CoNLLU(parsing: output).sentences.first?.words.map(\.form) == ["Le", "Brésil", "parle", "de", "le", "traité", "."])
    }

    @Test("A malformed CoNLL-U file is 65 with one line naming the file and the line")
    func malformed() throws {
        let input = try workspace.write("bad.conllu", "# sent_id = 1\n1\tLe\tle\tDET\t_\t_\t2\tdet\t_\n")
        let result = try run(["parse", "--input-format", "conllu", input])
        #expect(result.status == 65)
        #expect(result.stderrLines == ["relgraph: cannot read '\(input)' line 2: not CoNLL-U: 9 columns instead of 10"])
        #expect(result.stdout.isEmpty)
    }

    @Test("A missing file is 66; binary data is 65", arguments: [("text", 66), ("conllu", 66)])
    func unreadable(_ format: String, _ code: Int32) throws {
        let result = try run(["parse", "--input-format", format, workspace.path("missing.txt")])
        #expect(result.status == code)
        #expect(result.stderrLines.count == 1 && result.stderrText.contains("no such file"))
        let binary = try workspace.write("image.bin", Data([0, 1, 2, 3, 0, 0]))
        let refused = try run(["parse", "--input-format", format, binary])
        #expect(refused.status == 65)
        #expect(refused.stderrLines.count == 1)
    }

    @Test("parse is listed in the root help and documents TokenRange")
    func help() throws {
        let flat = { (result: CLIResult) in result.stdoutText.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        #expect(flat(try succeed(["--help"])).contains("parse Tag and parse"))
        let help = flat(try succeed(["parse", "--help"]))
        #expect(help.contains("TokenRange=start:end"))
        #expect(help.contains("values: text, conllu"))
    }
}
