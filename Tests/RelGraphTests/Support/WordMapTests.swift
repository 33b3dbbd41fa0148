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

    @Test func tokensAreLookedUpAsTheirFoldedForm() {
        let map = WordMap(["conseil": 1, "securite": 2, "sécurité": 3, "k3": 4])
        for text in ["Conseil", "SÉCURITÉ", "sécurité", "k3", "K4", "de", "« ", "éé"] {
            let scalars = Array(text.unicodeScalars)
            for token in Tokenizer.tokenize(scalars) {
                #expect(map.value(of: token) == map[token.folded])
            }
        }
    }

    @Test func collidingSlotsAreProbedPastTheFirst() {
        // Many words in a small table: some share a first slot and are found further on.
        let dictionary = Dictionary(uniqueKeysWithValues: (0..<64).map { ("w\($0)", $0) })
        let map = WordMap(dictionary)
        for probe in (0..<200).map({ "w\($0)" }) {
            #expect(map[WordKey(probe)] == dictionary[probe])
        }
    }

    @Test func insertingWordByWordAnswersAsTheDictionaryDoes() {
        // Enough words to double the table several times, ASCII and not, some inserted twice.
        var dictionary: [String: Int] = [:]
        var map = WordMap<Int>()
        for number in 0..<300 {
            let word = number % 7 == 0 ? "é\(number % 50)" : "w\(number % 120)"
            dictionary[word] = number
            map.insert(number, for: WordKey(word))
        }
        for probe in (0..<200).map({ "w\($0)" }) + (0..<60).map({ "é\($0)" }) {
            #expect(map[WordKey(probe)] == dictionary[probe])
        }
        #expect(map.entries.count == dictionary.count)
    }

    @Test func aCopyKeepsItsWordsWhenTheOriginalGrows() {
        var original = WordMap<Int>()
        original.insert(1, for: WordKey("a"))
        let copy = original
        original.insert(2, for: WordKey("b"))
        #expect(copy[WordKey("b")] == nil && copy[WordKey("a")] == 1)
        #expect(original[WordKey("b")] == 2)
    }
}
