import Testing
@testable import RelGraph

/// ActorLexicon: the parts of a compound, cut as `split` cuts them.
@Suite("Actor lexicon")
struct ActorLexiconTests {
    @Test func aCompoundIsCutAsSplitCutsIt() {
        for text in ["russo-ukrainien", "US-China", "franco-allemande", "ítalo-española", "русско-украинский", "a--b-", "sino-"] {
            for token in Tokenizer.tokenize(ScalarText.scalars(of: text)) {
                #expect(ActorLexicon.hyphenParts(of: token) == token.folded.split(separator: "-").map(String.init))
            }
        }
    }
}
