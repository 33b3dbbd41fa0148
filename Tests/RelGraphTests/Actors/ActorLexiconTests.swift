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

    /// A demonym after a prefix of opposition names the state an act is aimed at; after any other word, no state.
    @Test func anAntiWordOpposesItsState() {
        func compound(_ text: String, _ language: Language) -> String? {
            Tokenizer.tokenize(ScalarText.scalars(of: text)).first.flatMap { ActorLexicon.shared(language).participleCompound($0) }
                .map { "\($0.state) \($0.part)" }
        }
        #expect(compound("anti-Russian", .en) == "RUS opposes")
        #expect(compound("anti-russes", .fr) == "RUS opposes")
        #expect(compound("Saudi-led", .en) == "SAU leads")
        #expect(compound("pro-Russian", .en) == nil)
    }
}

