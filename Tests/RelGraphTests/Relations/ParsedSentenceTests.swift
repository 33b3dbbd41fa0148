import Testing
@testable import RelGraph

/// ParsedSentence: the tree told over the document's tokens, contractions included, and the paths `--explain` prints.
@Suite("Parsed sentence")
struct ParsedSentenceTests {
    private func parsed(_ text: String, _ language: Language, names: [Range<Int>] = []) throws -> (Document, ParsedSentence) {
        let document = Document(text: text, language: language)
        let model = try SyntaxModel.embedded(for: language)
        let sentence = try #require(document.sentences.first)
        return (document, ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: language, model: model,
                                         names: TokenMask(names)))
    }

    @Test func aContractionIsTwoWordsOfOneToken() throws {
        let (document, sentence) = try parsed("La France parle au Mali.", .fr)
        let au = try #require(document.tokens.firstIndex { $0.text == "au" })
        #expect(sentence.words(of: au..<au + 1).count == 2)
        #expect(sentence.wordCount == document.tokens.count + 1)
    }

    @Test func pathsClimbThenDescend() throws {
        let (document, sentence) = try parsed("Norway imposed new sanctions on Belarus.", .en)
        let sanctions = try #require(document.tokens.firstIndex { $0.text == "sanctions" })
        let norway = 0
        let path = sentence.path(from: try #require(sentence.head(of: sentence.words(of: sanctions..<sanctions + 1))),
                                 to: try #require(sentence.head(of: sentence.words(of: norway..<norway + 1))))
        #expect(path == "^obj nsubj")
    }

    @Test func knownNamesAreTaggedAsProperNouns() throws {
        let (_, free) = try parsed("Guinea attacked Liberia.", .en)
        let (_, named) = try parsed("Guinea attacked Liberia.", .en, names: [0..<1, 2..<3])
        #expect(named.tag(of: 0) == .propn && named.tag(of: 2) == .propn)
        #expect(named.wordCount == free.wordCount)
    }
}
