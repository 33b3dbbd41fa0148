import Testing
@testable import RelGraph

/// ArcLabeler's context: what its features read of a parsed tree besides the word itself.
@Suite("ArcLabeler")
struct ArcLabelerTests {
    private func context(_ forms: [String], heads: [Int], universal: [PartOfSpeech]) -> ArcLabeler.Context {
        ArcLabeler.Context(words: forms.map(WordAtoms.init), tags: Array(repeating: 0, count: forms.count),
                           universal: universal, heads: heads)
    }

    /// The nearest earlier dependent of the same head on the same side, found by looking back word by word.
    private func previousSibling(of word: Int, heads: [Int]) -> Int {
        let head = heads[word]
        return (0..<word).last { heads[$0] == head && ($0 < head) == (word < head) } ?? -1
    }

    @Test("A word's previous sibling is the nearest dependent before it of the same head on the same side")
    func previousSiblings() {
        // "Ghana and Togo decided on Monday to expel the envoy ." with the root as 11.
        let forms = ["Ghana", "and", "Togo", "decided", "on", "Monday", "to", "expel", "the", "envoy", "."]
        let heads = [3, 2, 0, 11, 5, 3, 7, 3, 9, 7, 3]
        let universal: [PartOfSpeech] = [.propn, .cconj, .propn, .verb, .adp, .propn, .part, .verb, .det, .noun, .punct]
        let found = context(forms, heads: heads, universal: universal).previousSibling
        #expect(found == heads.indices.map { previousSibling(of: $0, heads: heads) })
        #expect(found[5] == -1, "'Monday', the first right dependent of 'decided'")
        #expect(found[7] == 5, "'expel' follows 'Monday' under 'decided'")
        #expect(found[10] == 7)
        #expect(found[0] == -1, "'Ghana', the only left dependent of 'decided'")
    }

    @Test("Previous siblings agree with looking back word by word on every tree of a small treebank")
    func previousSiblingsOnFixtureTrees() throws {
        for sentence in try CoNLLU(parsing: SyntaxFixtures.treebank).sentences {
            let heads = sentence.words.map { ($0.head ?? 0) == 0 ? sentence.words.count : ($0.head ?? 0) - 1 }
            let universal = sentence.words.map { PartOfSpeech(name: $0.upos) ?? .x }
            let found = context(sentence.words.map(\.form), heads: heads, universal: universal).previousSibling
            #expect(found == heads.indices.map { previousSibling(of: $0, heads: heads) })
        }
    }
}
