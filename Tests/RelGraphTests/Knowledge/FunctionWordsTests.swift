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
