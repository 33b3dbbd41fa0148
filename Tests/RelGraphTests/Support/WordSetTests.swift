import Testing
@testable import RelGraph

/// WordSet: the fixed word lists the rules look tokens up in.
@Suite("WordSet")
struct WordSetTests {
    @Test func containsItsWordsAndNothingElse() {
        let set: WordSet = ["de", "d'", "of", "contre", "según"]
        for word in ["de", "d'", "of", "contre", "según"] { #expect(set.contains(word)) }
        for word in ["", "d", "o", "contr", "contres", "segun", "De"] { #expect(!set.contains(word)) }
    }

    @Test func nonASCIIWordsKeepStringEquality() {
        let set: WordSet = ["caf\u{00E9}"]
        #expect(set.contains("caf\u{00E9}"))
        #expect(set.contains("cafe\u{0301}"))   // canonically equivalent, as `Set<String>` says
        #expect(!set.contains("cafe"))
    }

    @Test func agreesWithSetOfStringOnManyWords() {
        let words = (0..<500).map { "w\($0)" } + ["a", "the", "long-word-beyond-fifteen-bytes"]
        let set = WordSet(words)
        let reference = Set(words)
        for probe in words + (500..<1000).map({ "w\($0)" }) + ["long-word-beyond-fifteen-byte", "x"] {
            #expect(set.contains(probe) == reference.contains(probe))
        }
    }

    @Test func unionHasTheWordsOfBoth() {
        let union = WordSet(["le", "la"]).union(["the", "la"])
        #expect(Set(union.words) == ["le", "la", "the"])
        #expect(union.contains("the") && union.contains("le"))
    }

    @Test func emptySetContainsNothing() {
        let set: WordSet = []
        #expect(!set.contains(""))
        #expect(!set.contains("de"))
    }
}
