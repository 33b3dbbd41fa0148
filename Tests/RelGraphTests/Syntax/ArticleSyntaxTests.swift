import Testing
@testable import RelGraph

@Suite("Article syntax")
struct ArticleSyntaxTests {
    static let french = "Le Brésil soutient la France.\nLa plupart du temps, l’Argentine reste neutre."

    @Test("Each sentence keeps its tokens, words and offsets in the article")
    func sentences() throws {
        let syntax = try ArticleSyntax(text: Self.french, language: .fr)
        let scalars = Array(Self.french.unicodeScalars)
        let cut = { (start: Int, end: Int) in String(String.UnicodeScalarView(scalars[start..<end])) }
        #expect(syntax.language == .fr)
        #expect(syntax.sentences.map(\.index) == [0, 1])
        #expect(syntax.sentences.map(\.text) == ["Le Brésil soutient la France.", "La plupart du temps, l’Argentine reste neutre."])
        for sentence in syntax.sentences {
            #expect(cut(sentence.start, sentence.end) == sentence.text)
            #expect(sentence.words.count == sentence.tree.words.count)
            for token in sentence.tokens { #expect(cut(token.start, token.end) == token.text) }
            for (word, source) in zip(sentence.tree.words, sentence.words) {
                #expect((1...sentence.tree.words.count).contains(word.head) || word.head == 0)
                #expect(sentence.tokens[source.token].words.contains(sentence.words.firstIndex(of: source) ?? -1))
            }
        }
        let second = syntax.sentences[1]
        #expect(second.tree.words.map(\.form).prefix(4) == ["La", "plupart", "de", "le"])
        #expect(second.tokens[2].text == "du" && second.tokens[2].words == 2..<4)
        #expect(second.tokens[3].spaceAfter == false, "temps is followed by its comma")
    }

    @Test("CoNLL-U output: ids, text, multiword lines, SpaceAfter and TokenRange")
    func conllu() throws {
        let text = try ArticleSyntax(text: Self.french, language: .fr).conllu.text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: "\t").map(String.init) }
        #expect(text.hasPrefix("# sent_id = 1\n# text = Le Brésil soutient la France.\n1\tLe\t_\t"))
        #expect(text.contains("\n\n# sent_id = 2\n# text = La plupart du temps, l’Argentine reste neutre.\n"))
        #expect(text.hasSuffix("\n\n"))
        let multiword = try #require(lines.first { $0.first == "3-4" })
        #expect(multiword == ["3-4", "du", "_", "_", "_", "_", "_", "_", "_", "TokenRange=41:43"])
        let de = try #require(lines.first { $0.first == "3" && $0[1] == "de" })
        #expect(de[9] == "TokenRange=41:43")
        let france = try #require(lines.first { $0.count > 1 && $0[1] == "France" })
        #expect(france[9] == "SpaceAfter=No|TokenRange=22:28")
        let apostrophe = try #require(lines.first { $0.count > 1 && $0[1] == "l’" })
        #expect(apostrophe[9] == "SpaceAfter=No|TokenRange=51:53")
        // Every word line is well formed: the output reads back as CoNLL-U with a tag and a head everywhere.
        let file = try CoNLLU(parsing: text)
        #expect(file.sentences.count == 2)
        for word in file.sentences.flatMap(\.words) {
            #expect(PartOfSpeech(name: word.upos) != nil)
            #expect(word.head != nil && word.deprel != "_")
            #expect(word.deprel.unicodeScalars.allSatisfy { $0.value > 0x20 }, "DEPREL '\(word.deprel)' must be one visible word")
        }
        #expect(file.text == text)
    }

    @Test("English contractions are cut inside the token: each word's TokenRange is its own part")
    func englishRanges() throws {
        let text = try ArticleSyntax(text: "They don't agree.", language: .en).conllu.text
        #expect(text.contains("\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tTokenRange=5:10\n2\tdo\t_\t"))
        #expect(text.contains("TokenRange=5:7\n3\tn't\t_\t"))
        #expect(text.contains("TokenRange=7:10\n4\tagree\t"))
    }

    @Test("No text, no sentences")
    func empty() throws {
        #expect(try ArticleSyntax(text: "", language: .fr).conllu.text == "")
    }

    @Test("The outline has one aligned line per word, with its head and its contraction")
    func outline() throws {
        let sentence = try ArticleSyntax(text: "La plupart du temps, le Brésil reste neutre.", language: .fr).sentences[0]
        let lines = sentence.outline(indent: "  ")
        #expect(lines.count == sentence.tree.words.count)
        #expect(lines[0].hasPrefix("   1 La "))
        #expect(lines[2].hasPrefix("   3 de ") && lines[2].hasSuffix("(du)"))
        #expect(lines[3].hasSuffix("(du)"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        for (line, word) in zip(lines, sentence.tree.words) where word.head > 0 {
            #expect(line.contains("-> \(word.head) \(sentence.tree.words[word.head - 1].form)"))
        }
    }
}
