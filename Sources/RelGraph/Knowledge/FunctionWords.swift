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
    private static func allLanguages(_ wordClass: KeyPath<FunctionWordClasses, WordSet>) -> WordSet {
        WordSet(Language.allCases.flatMap { FunctionWordClasses.of($0)[keyPath: wordClass].words })
    }

    static let ofPrepositions = allLanguages(\.ofPrepositions)
    static let articles = allLanguages(\.articles)
    /// The articles and the other determiners.
    static let determiners = articles.union(allLanguages(\.determiners))
    static let quantities = allLanguages(\.quantities)
    static let prepositions = allLanguages(\.prepositions)
    static let locatives = allLanguages(\.locatives)
    static let coordinators = allLanguages(\.coordinators)
    static let negations = allLanguages(\.negations)
    static let modals = allLanguages(\.modals)
    static let reportingVerbs = allLanguages(\.reportingVerbs)
    static let auxiliaries = allLanguages(\.auxiliaries)
    static let formerMarkers = allLanguages(\.formerMarkers)
    static let honorifics = allLanguages(\.honorifics)
    static let pairHeads = allLanguages(\.pairHeads)
    static let pairNouns = allLanguages(\.pairNouns)
    static let sideNouns = allLanguages(\.sideNouns)
    static let definitePlurals = allLanguages(\.definitePlurals)
    static let leaderPairNouns = allLanguages(\.leaderPairNouns)
    static let groupHeads = WordSet(Language.allCases.flatMap { FunctionWordClasses.of($0).groupHeads })
    static let listDemonstratives = allLanguages(\.listDemonstratives)

    /// How many states a group head counts ("cinco" five), in any language.
    static func groupCount(_ word: Token) -> Int? {
        for language in Language.allCases {
            if let position = FunctionWordClasses.of(language).groupHeads.firstIndex(of: word.folded) { return position + 3 }
        }
        return nil
    }
    static let officialPairNouns = allLanguages(\.officialPairNouns)
    static let counterpartNouns = allLanguages(\.counterpartNouns)
    static let portfolios = allLanguages(\.portfolios)
    static let nonNameWords = allLanguages(\.nonNameWords)
    static let sentenceWords = allLanguages(\.sentenceWords)
    static let governmentNouns = allLanguages(\.governmentNouns)
    static let possessives = allLanguages(\.possessives)
    static let countryNouns = allLanguages(\.countryNouns)
    static let latterDeterminers = allLanguages(\.latterDeterminers)
    static let latterWords = allLanguages(\.latterWords)
    static let andConjunctions = allLanguages(\.andConjunctions)
    static let listConjunctions = allLanguages(\.listConjunctions)
    static let listFillers = allLanguages(\.listFillers)
    static let boundListWords = allLanguages(\.boundListWords)
    static let portfolioPrepositions = ofPrepositions.union(allLanguages(\.portfolioPrepositions))
    static let clauseConjunctions = allLanguages(\.clauseConjunctions)
    static let titlePrepositions = allLanguages(\.titlePrepositions)
    static let postingPrepositions = allLanguages(\.postingPrepositions)
    static let exampleMarkers = allLanguages(\.exampleMarkers)
    static let titleQualifiers = allLanguages(\.titleQualifiers)
    static let creditOpeners = allLanguages(\.creditOpeners)
    static let pastEraWords = allLanguages(\.pastEraWords)
    static let subjectPronouns = allLanguages(\.subjectPronouns)
    static let objectPronounsAfterVerb = allLanguages(\.objectPronounsAfterVerb)
    static let opposingPrepositions = allLanguages(\.opposingPrepositions)

    /// A determiner in `language`: "a" is one in English only.
    static func isDeterminer(_ folded: String, in language: Language) -> Bool {
        determiners.contains(folded) && !falseDeterminers(language).contains(folded)
    }

    /// `isDeterminer` asked of a token, with the hash the tokenizer computed: asked of its folded String, each set
    /// hashed it again.
    static func isDeterminer(_ token: Token, in language: Language) -> Bool {
        determiners.contains(token) && !falseDeterminers(language).contains(token)
    }

    /// Whether a verb of `language` is in the third person plural ("dicen", "affirment"), by its ending; English verbs
    /// have none that says so.
    static func isPluralVerb(_ token: Token, in language: Language) -> Bool {
        guard let ending = pluralVerbEndings[language] else { return false }
        return token.folded.hasSuffix(ending)
    }

    private static let pluralVerbEndings: [Language: String] = [.fr: "ent", .es: "n"]

    /// A preposition that puts the capital after it in a place, in `language`: "à Caracas", but not Spanish
    /// "a Seúl", an object.
    static func isLocative(_ folded: String, in language: Language) -> Bool {
        locatives.contains(folded) && !falseLocatives(language).contains(folded)
    }

    /// The class of `language` read from its own table: `FunctionWordClasses.of` copies every class of the language,
    /// and these two are asked at every word before a trigger or a capital.
    private static func falseDeterminers(_ language: Language) -> WordSet {
        switch language {
        case .en: FunctionWordClasses.english.falseDeterminers
        case .fr: FunctionWordClasses.french.falseDeterminers
        case .es: FunctionWordClasses.spanish.falseDeterminers
        }
    }

    private static func falseLocatives(_ language: Language) -> WordSet {
        switch language {
        case .en: FunctionWordClasses.english.falseLocatives
        case .fr: FunctionWordClasses.french.falseLocatives
        case .es: FunctionWordClasses.spanish.falseLocatives
        }
    }
}
