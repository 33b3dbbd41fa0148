import Testing
@testable import RelGraph

/// FunctionWords: each class asks the three languages' words together, and the few words one language spells as
/// another's function word are told apart by the language.
@Suite("FunctionWords")
struct FunctionWordsTests {
    @Test("a class holds every language's words", arguments: Language.allCases)
    func unionHoldsEachLanguage(language: Language) {
        let own = FunctionWordClasses.of(language)
        let classes: [(WordSet, WordSet)] = [
            (own.coordinators, FunctionWords.coordinators), (own.negations, FunctionWords.negations),
            (own.modals, FunctionWords.modals), (own.reportingVerbs, FunctionWords.reportingVerbs),
            (own.articles, FunctionWords.determiners), (own.determiners, FunctionWords.determiners),
            (own.quantities, FunctionWords.quantities), (own.nonNameWords, FunctionWords.nonNameWords),
        ]
        for (words, union) in classes {
            #expect(!words.words.isEmpty)
            #expect(words.words.allSatisfy(union.contains), "\(language): \(words.words.filter { !union.contains($0) })")
        }
    }

    /// The classes every language has words of: possessives, "and", credit openers, prepositions of opposition…
    private static var classesOfEveryLanguage: [(String, KeyPath<FunctionWordClasses, WordSet>)] {
        [
            ("possessives", \.possessives), ("countryNouns", \.countryNouns), ("andConjunctions", \.andConjunctions),
            ("listConjunctions", \.listConjunctions), ("clauseConjunctions", \.clauseConjunctions),
            ("listFillers", \.listFillers),
            ("titlePrepositions", \.titlePrepositions), ("postingPrepositions", \.postingPrepositions),
            ("exampleMarkers", \.exampleMarkers), ("titleQualifiers", \.titleQualifiers),
            ("creditOpeners", \.creditOpeners), ("pastEraWords", \.pastEraWords),
            ("opposingPrepositions", \.opposingPrepositions),
        ]
    }

    @Test("each language lists its own words of every class it has", arguments: Language.allCases)
    func everyLanguageHasItsWords(language: Language) {
        let own = FunctionWordClasses.of(language)
        for (name, wordClass) in Self.classesOfEveryLanguage {
            #expect(!own[keyPath: wordClass].words.isEmpty, "\(language) has no \(name)")
        }
        #expect(own.subjectPronouns.words.isEmpty == (language == .es), "Spanish alone leaves out subject pronouns")
        #expect(own.objectPronounsAfterVerb.words.isEmpty == (language != .en),
                "English alone puts object pronouns after the verb")
    }

    @Test("the rules ask possessives, conjunctions, title and list words in every language", arguments: Language.allCases)
    func classUnionsHoldEachLanguage(language: Language) {
        let own = FunctionWordClasses.of(language)
        let unions: [KeyPath<FunctionWordClasses, WordSet>: WordSet] = [
            \.possessives: FunctionWords.possessives, \.countryNouns: FunctionWords.countryNouns,
            \.andConjunctions: FunctionWords.andConjunctions, \.listConjunctions: FunctionWords.listConjunctions,
            \.listFillers: FunctionWords.listFillers, \.clauseConjunctions: FunctionWords.clauseConjunctions,
            \.titlePrepositions: FunctionWords.titlePrepositions,
            \.postingPrepositions: FunctionWords.postingPrepositions, \.exampleMarkers: FunctionWords.exampleMarkers,
            \.titleQualifiers: FunctionWords.titleQualifiers, \.creditOpeners: FunctionWords.creditOpeners,
            \.pastEraWords: FunctionWords.pastEraWords, \.subjectPronouns: FunctionWords.subjectPronouns,
            \.objectPronounsAfterVerb: FunctionWords.objectPronounsAfterVerb,
            \.opposingPrepositions: FunctionWords.opposingPrepositions,
        ]
        for (wordClass, union) in unions {
            let missing = own[keyPath: wordClass].words.filter { !union.contains($0) }
            #expect(missing.isEmpty, "\(language): \(missing)")
        }
    }

    @Test("a posting preposition links a title too, and \"and\" is a word, never the comma")
    func titleAndListWords() {
        for language in Language.allCases {
            let own = FunctionWordClasses.of(language)
            #expect(own.postingPrepositions.words.allSatisfy(own.titlePrepositions.contains), "\(language)")
        }
        #expect(FunctionWords.andConjunctions.contains("e"), "Spanish \"y\" before i- is \"e\"")
        #expect(!FunctionWords.andConjunctions.contains(",") && !FunctionWords.andConjunctions.contains("&"))
        #expect(FunctionWordClasses.french.exampleMarkers.contains("entre")
            && FunctionWordClasses.spanish.exampleMarkers.contains("entre"))
        #expect(ArgumentWords.of(.fr).possessives.contains("leurs"))
        #expect(ArgumentWords.of(.es).possessives.contains("sus"))
    }

    @Test("words two languages share are in both lists")
    func sharedWords() {
        #expect(FunctionWordClasses.french.prepositions.contains("de") && FunctionWordClasses.spanish.prepositions.contains("de"))
        #expect(FunctionWordClasses.english.negations.contains("no") && FunctionWordClasses.spanish.negations.contains("no"))
        #expect(!FunctionWordClasses.english.coordinators.contains("y"))
    }

    @Test("\"a\" is a determiner in English only, and a place only outside Spanish")
    func falseFriends() {
        #expect(FunctionWords.isDeterminer("a", in: .en))
        #expect(!FunctionWords.isDeterminer("a", in: .fr) && !FunctionWords.isDeterminer("a", in: .es))
        #expect(FunctionWords.isDeterminer("la", in: .fr) && FunctionWords.isDeterminer("the", in: .es))
        #expect(FunctionWords.isLocative("a", in: .fr), "\"à\" folds to \"a\"")
        #expect(!FunctionWords.isLocative("a", in: .es))
        #expect(FunctionWords.isLocative("en", in: .es) && FunctionWords.isLocative("in", in: .fr))
    }
}
