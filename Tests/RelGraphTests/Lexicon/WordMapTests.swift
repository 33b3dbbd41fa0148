import Testing
@testable import RelGraph

/// WordMap: fixed word-to-value tables looked up by a byte hash.
@Suite("WordMap")
struct WordMapTests {
    @Test func findsTheValueOfEachWord() {
        let map = WordMap(["de": 1, "conseil": 2, "sécurité": 3, "long-word-beyond-fifteen-bytes": 4])
        #expect(map["de"] == 1)
        #expect(map["conseil"] == 2)
        #expect(map["sécurité"] == 3)
        #expect(map["long-word-beyond-fifteen-bytes"] == 4)
        #expect(map["securite"] == nil)
        #expect(map["d"] == nil)
        #expect(map[""] == nil)
    }

    @Test func agreesWithDictionary() {
        let dictionary = Dictionary(uniqueKeysWithValues: (0..<300).map { ("k\($0)", $0) })
        let map = WordMap(dictionary)
        for probe in (0..<600).map({ "k\($0)" }) {
            #expect(map[probe] == dictionary[probe])
        }
    }

    @Test func keysServeSeveralMaps() {
        let first = WordMap(["le": 1])
        let second = WordMap(["le": 2, "la": 3])
        let key = WordKey("le")
        #expect(first[key] == 1 && second[key] == 2)
        #expect(WordKey("é").hash == nil)
    }

    @Test func entriesListEveryWord() {
        let map = WordMap(["a": 1, "é": 2])
        #expect(Dictionary(uniqueKeysWithValues: map.entries.map { ($0.word, $0.value) }) == ["a": 1, "é": 2])
        #expect(!map.isEmpty && WordMap<Int>([:]).isEmpty)
    }
}
