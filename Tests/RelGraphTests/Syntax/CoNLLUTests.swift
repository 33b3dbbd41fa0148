import Testing
@testable import RelGraph

@Suite("CoNLL-U")
struct CoNLLUTests {
    /// Two sentences written for these tests: comments, a multiword token, an empty node, every column used.
    static let sample = """
        # newdoc id = fixture
        # sent_id = a1
        # text = Il parle du traité.
        1\tIl\til\tPRON\t_\tNumber=Sing|Person=3\t2\tnsubj\t2:nsubj\t_
        2\tparle\tparler\tVERB\t_\tMood=Ind\t0\troot\t0:root\t_
        3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_
        3\tde\tde\tADP\t_\t_\t5\tcase\t5:case\t_
        4\tle\tle\tDET\t_\tDefinite=Def\t5\tdet\t5:det\t_
        5\ttraité\ttraité\tNOUN\t_\tGender=Masc\t2\tobl\t2:obl\tSpaceAfter=No
        6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t2:punct\t_

        # sent_id = a2
        1\tElle\telle\tPRON\t_\t_\t2\tnsubj\t2:nsubj|2.1:nsubj\t_
        2\tpart\tpartir\tVERB\t_\t_\t0\troot\t0:root\t_
        2.1\tvient\tvenir\tVERB\t_\t_\t_\t_\t0:root\t_
        3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t2:punct\t_


        """

    @Test("Reading then writing gives the same bytes: comments, multiword tokens and empty nodes in place")
    func roundTrip() throws {
        let file = try CoNLLU(parsing: Self.sample)
        #expect(file.text == Self.sample)
        #expect(file.sentences.count == 2)
        #expect(file.sentences[0].words.map(\.form) == ["Il", "parle", "de", "le", "traité", "."])
        #expect(file.sentences[0].lines[5] == .verbatim("3-4\tdu\t_\t_\t_\t_\t_\t_\t_\t_"))
        #expect(file.sentences[1].words.map(\.id) == [1, 2, 3], "the empty node is not a word")
        #expect(file.sentences[1].lines.contains(.verbatim("2.1\tvient\tvenir\tVERB\t_\t_\t_\t_\t0:root\t_")))
    }

    @Test("A word line's columns are read into their fields")
    func columns() throws {
        let word = try #require(try CoNLLU(parsing: Self.sample).sentences.first?.words.first)
        #expect(word == CoNLLU.Word(id: 1, form: "Il", lemma: "il", upos: "PRON", feats: "Number=Sing|Person=3",
                                    head: 2, deprel: "nsubj", deps: "2:nsubj"))
    }

    @Test("Malformed lines name their line number", arguments: [
        ("1\tIl\til\tPRON\t_\t_\t0\troot\t_\n", 1, "9 columns instead of 10"),
        ("# sent_id = x\n1\tIl\til\tPRON\t_\t_\t0\troot\t_\t_\n\nun\tdeux\t_\t_\t_\t_\t_\t_\t_\t_\n", 4, "ID 'un' is not a number"),
        ("1\tIl\til\tPRON\t_\t_\tdeux\troot\t_\t_\n", 1, "HEAD 'deux' is not a number"),
        ("1\tIl\til\tPRON\t_\t_\t-1\troot\t_\t_\n", 1, "HEAD '-1' is not a number"),
    ])
    func malformed(_ text: String, _ line: Int, _ reason: String) {
        #expect(throws: SyntaxError.malformedCoNLLU(line: line, reason: reason)) { try CoNLLU(parsing: text) }
    }

    @Test("The error message says where and what")
    func message() {
        #expect(SyntaxError.malformedCoNLLU(line: 3, reason: "9 columns instead of 10").description
            == "malformed CoNLL-U at line 3: 9 columns instead of 10")
    }

    @Test("Windows line ends and several blank lines are read like plain ones")
    func lenientReading() throws {
        let text = "1\tOui\toui\tINTJ\t_\t_\t0\troot\t_\t_\r\n\r\n\r\n1\tNon\tnon\tINTJ\t_\t_\t0\troot\t_\t_\r\n"
        let file = try CoNLLU(parsing: text)
        #expect(file.sentences.map { $0.words.map(\.form) } == [["Oui"], ["Non"]])
    }

    @Test("fill(from:) replaces UPOS, HEAD and DEPREL word for word and nothing else")
    func fill() throws {
        var sentence = try #require(try CoNLLU(parsing: Self.sample).sentences.first)
        let original = sentence
        let tree = SyntaxTree(words: sentence.words.enumerated().map { index, word in
            SyntaxTree.Word(form: word.form, tag: .x, head: index, relation: "dep")
        })
        sentence.fill(from: tree)
        #expect(sentence.words.map(\.upos) == Array(repeating: "X", count: 6))
        #expect(sentence.words.map(\.head) == [0, 1, 2, 3, 4, 5])
        #expect(sentence.words.map(\.deprel) == Array(repeating: "dep", count: 6))
        for (filled, old) in zip(sentence.lines, original.lines) {
            switch (filled, old) {
            case (.word(var a), .word(let b)):
                a.upos = b.upos
                a.head = b.head
                a.deprel = b.deprel
                #expect(a == b)
            default:
                #expect(filled == old)
            }
        }
    }

    @Test("Reading a file turns a malformed line into an input error naming the file")
    func readingFiles() throws {
        let workspace = try Workspace()
        let path = try workspace.write("bad.conllu", "# sent_id = 1\n1\tIl\til\tPRON\t_\t_\t0\troot\t_\n")
        #expect(throws: InputError.badLine(path, line: 2, reason: "not CoNLL-U: 9 columns instead of 10")) {
            try CoNLLU(contentsOf: path)
        }
        #expect(throws: InputError.notFound(workspace.path("none.conllu"))) { try CoNLLU(contentsOf: workspace.path("none.conllu")) }
    }

    @Test("The language of a file is detected from its forms")
    func language() throws {
        let english = try CoNLLU(parsing: """
            1\tThe\t_\t_\t_\t_\t_\t_\t_\t_
            2\tministers\t_\t_\t_\t_\t_\t_\t_\t_
            3\tof\t_\t_\t_\t_\t_\t_\t_\t_
            4\tthe\t_\t_\t_\t_\t_\t_\t_\t_
            5\ttwo\t_\t_\t_\t_\t_\t_\t_\t_
            6\tcountries\t_\t_\t_\t_\t_\t_\t_\t_
            7\thave\t_\t_\t_\t_\t_\t_\t_\t_
            8\tsigned\t_\t_\t_\t_\t_\t_\t_\t_
            9\tthe\t_\t_\t_\t_\t_\t_\t_\t_
            10\tagreement\t_\t_\t_\t_\t_\t_\t_\t_
            11\twith\t_\t_\t_\t_\t_\t_\t_\t_
            12\tthe\t_\t_\t_\t_\t_\t_\t_\t_
            13\tpresident\t_\t_\t_\t_\t_\t_\t_\t_

            """)
        #expect(english.detectedLanguage == .en)
        #expect(try CoNLLU(parsing: Self.sample).detectedLanguage == .fr)
    }
}
