import Testing
@testable import RelGraph

/// Tagger: tagging again after fixing a word keeps the tags before it, as tagging the whole sentence again gives them.
@Suite("Tagger")
struct TaggerTests {
    @Test(arguments: [
        (Language.en, "The envoy said the ministers would meet again in Geneva next week to sign the accord ."),
        (Language.fr, "Le ministre a annoncé que les deux pays signeront un accord de coopération à Genève ."),
        (Language.es, "El canciller anunció que ambos gobiernos firmarán un acuerdo de cooperación en Ginebra ."),
    ])
    func taggingOnAfterEarlierTagsEqualsTaggingAgain(language: Language, sentence: String) throws {
        let model = try SyntaxModel.embedded(for: language)
        let words = sentence.split(separator: " ").map { WordAtoms(String($0)) }
        let first = model.tagger.tag(words)
        let verb = try #require(model.plainTags[.verb])
        for fixedAt in [0, 3, words.count / 2, words.count - 1] {
            var fixed = [Int?](repeating: nil, count: words.count)
            fixed[fixedAt] = verb
            let again = model.tagger.tag(words, fixed: fixed)
            #expect(model.tagger.tag(words, fixed: fixed, after: first[..<fixedAt]) == again)
            #expect(again[..<fixedAt] == first[..<fixedAt])
            #expect(again[fixedAt] == verb)
        }
    }

    /// Tagging a word from the last pair of dictionary words before it gives the tag of the whole sentence's tagging.
    @Test(arguments: Language.allCases)
    func tagsOfSomeWordsAreThoseOfTheWholeSentence(language: Language) throws {
        let model = try SyntaxModel.embedded(for: language)
        let text = "Le ministre a dit que la France et le Mali ont signé, à la fin de la réunion, un accord avec les pays de la région ."
            + " The minister said that the talks with the government of the country were over ."
        let words = text.split(separator: " ").map { WordAtoms(String($0)) }
        let all = model.tagger.tag(words)
        #expect(model.tagger.tags(of: Array(words.indices), in: words) == all)
        #expect(model.tagger.tags(of: [3, 17, 30], in: words) == [all[3], all[17], all[30]])
    }

    @Test func earlierTagsBeyondTheLastWordAreCut() throws {
        let model = try SyntaxModel.embedded(for: .en)
        let words = "Ghana and Togo signed the accord .".split(separator: " ").map { WordAtoms(String($0)) }
        let all = model.tagger.tag(words)
        #expect(model.tagger.tag(words, through: 2, after: all[...]) == Array(all[...2]))
    }
}
