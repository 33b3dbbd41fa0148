import Testing
@testable import RelGraph

/// ParsedSentence: the tree told over the document's tokens, contractions included, and the paths `--explain` prints.
@Suite("Parsed sentence")
struct ParsedSentenceTests {
    private func parsed(_ text: String, _ language: Language, names: [Range<Int>] = [],
                        predicates: [Range<Int>] = []) throws -> (Document, ParsedSentence) {
        let document = Document(text: text, language: language)
        let model = try SyntaxModel.embedded(for: language)
        let sentence = try #require(document.sentences.first)
        return (document, ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: language, model: model,
                                         hints: ParseHints(names: names, predicates: predicates)))
    }

    private func token(_ text: String, in document: Document) throws -> Int {
        try #require(document.tokens.firstIndex { $0.text == text })
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

    @Test func aNameOfSeveralTokensIsOneWordThatTheVerbGoverns() throws {
        let text = "Le Conseil de sécurité de l'Union africaine a condamné le Niger."
        let (document, _) = try parsed(text, .fr)
        let name = try token("Conseil", in: document)..<token("africaine", in: document) + 1
        let (_, sentence) = try parsed(text, .fr, names: [name])
        let words = sentence.words(of: name)
        #expect(words.count == 1)
        let verb = try #require(sentence.head(of: sentence.words(of: try token("condamné", in: document)..<token("condamné", in: document) + 1)))
        #expect(sentence.path(from: verb, to: words.lowerBound) == "nsubj")
        // Every token of the name stands for the one word, and the words after it keep their own tokens.
        #expect(sentence.words(of: name.lowerBound + 2..<name.lowerBound + 3) == words)
        let niger = try token("Niger", in: document)
        #expect(sentence.tokenOfWord[try #require(sentence.head(of: sentence.words(of: niger..<niger + 1)))] == niger)
    }

    @Test func aVerbTheLexiconKnowsIsNotReadAsAnAdverb() throws {
        let text = "Les deux pays somment le Tchad de libérer les otages."
        let (document, _) = try parsed(text, .fr)
        let verb = try token("somment", in: document)
        let (_, hinted) = try parsed(text, .fr, predicates: [verb..<verb + 1])
        #expect(hinted.tag(of: try #require(hinted.head(of: hinted.words(of: verb..<verb + 1)))) == .verb)
    }
}
