/// The closed classes of small words the extractor's rules are written in terms of, the three languages together.
///
/// Each class is the union of the languages' own lists (`FunctionWordClasses`): the words barely collide across
/// French, English and Spanish, and asking all three keeps every rule language-independent. The few words one
/// language spells as another's function word are told apart by the language (`isDeterminer`, `isLocative`).
enum FunctionWords {
    /// Parses a whitespace-separated word list compiled into the binary.
    static func set(_ words: String) -> WordSet {
        // Cut on the contiguous bytes: space and line feed are ASCII, and the lists are built at start-up, where
        // splitting Characters would be most of the work.
        var words = words
        return WordSet(words.withUTF8 { bytes in
            bytes.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }).map {
                TextFolding.fold(String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self))
            }
        })
    }

    /// The words of one class in every language.
    private static func union(_ wordClass: KeyPath<FunctionWordClasses, WordSet>) -> WordSet {
        WordSet(Language.allCases.flatMap { FunctionWordClasses.of($0)[keyPath: wordClass].words })
    }

    static let ofPrepositions = union(\.ofPrepositions)
    static let articles = union(\.articles)
    /// The articles and the other determiners.
    static let determiners = articles.union(union(\.determiners))
    static let quantities = union(\.quantities)
    static let prepositions = union(\.prepositions)
    static let locatives = union(\.locatives)
    static let coordinators = union(\.coordinators)
    static let negations = union(\.negations)
    static let modals = union(\.modals)
    static let reportingVerbs = union(\.reportingVerbs)
    static let auxiliaries = union(\.auxiliaries)
    static let formerMarkers = union(\.formerMarkers)
    static let honorifics = union(\.honorifics)
    static let pairHeads = union(\.pairHeads)
    static let pairNouns = union(\.pairNouns)
    static let portfolios = union(\.portfolios)
    static let nonNameWords = union(\.nonNameWords)
    static let sentenceWords = union(\.sentenceWords)
    static let governmentNouns = union(\.governmentNouns)

    /// A determiner in `language`: "a" is one in English only.
    static func isDeterminer(_ folded: String, in language: Language) -> Bool {
        determiners.contains(folded) && !FunctionWordClasses.of(language).falseDeterminers.contains(folded)
    }

    /// A preposition that puts the capital after it in a place, in `language`: "à Caracas", but not Spanish
    /// "a Seúl", an object.
    static func isLocative(_ folded: String, in language: Language) -> Bool {
        locatives.contains(folded) && !FunctionWordClasses.of(language).falseLocatives.contains(folded)
    }
}
