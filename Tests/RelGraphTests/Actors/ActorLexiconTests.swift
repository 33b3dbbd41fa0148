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

    /// The surnames a name's last words make, built word by word, are its ending runs of two or more words joined.
    @Test func endingSurnamesAreTheJoinedEndingRuns() {
        for keys in [[], ["xi"], ["le", "drian"], ["jean", "yves", "le", "drian"], ["ursula", "von", "der", "leyen"]] {
            let joined = keys.indices.filter { keys.count - $0 >= 2 }.map { keys[$0...].joined(separator: " ") }
            #expect(ActorLexicon.endingSurnames(keys) == joined)
        }
    }
}
