import Testing
@testable import RelGraph

/// Gazetteer: the trie that finds lexicon entries in a token stream.
@Suite("Gazetteer")
struct GazetteerTests {
    private func tokens(_ text: String) -> [Token] {
        Tokenizer.tokenize(ScalarText.scalars(of: text))
    }

    private func matches(_ gazetteer: Gazetteer, in text: String) -> [[String]] {
        let tokens = tokens(text)
        return gazetteer.matches(in: tokens, range: 0..<tokens.count).map { $0.entries.map(\.key) }
    }

    @Test func findsTheLongestEntryFirst() {
        let gazetteer = Gazetteer([
            LexiconEntry(surface: "Congo", key: "COG", form: .stateName),
            LexiconEntry(surface: "République démocratique du Congo", key: "COD", form: .stateName),
        ])
        #expect(matches(gazetteer, in: "La République démocratique du Congo et le Congo") == [["COD"], ["COG"]])
    }

    @Test func keepsAnEntryGivenTwiceOnce() {
        let entry = LexiconEntry(surface: "Pérou", key: "PER", form: .stateName)
        let gazetteer = Gazetteer([entry, entry, LexiconEntry(surface: "Pérou", key: "PER", form: .seat)])
        #expect(matches(gazetteer, in: "le Pérou") == [["PER", "PER"]])
    }

    /// A node that ends thousands of entries (a user lexicon of one surface) keeps each distinct entry once.
    @Test func keepsTheEntriesOfACrowdedSurfaceOnce() {
        let keys = (0..<2_000).map { "ORG\($0)" }
        let entries = keys.flatMap { key in
            [LexiconEntry(surface: "Comité", key: key, form: .organization), LexiconEntry(surface: "Comité", key: key, form: .organization)]
        }
        let found = matches(Gazetteer(entries), in: "le Comité")
        #expect(found.count == 1)
        #expect(found.first == keys)
    }

    /// An entry written in capitals matches only tokens written so: "US" is a state, "us" a pronoun.
    @Test func anAcronymMatchesOnlyInCapitals() {
        let gazetteer = Gazetteer([LexiconEntry(surface: "US", key: "USA", form: .stateName)])
        #expect(matches(gazetteer, in: "The US told us") == [["USA"]])
    }
}
