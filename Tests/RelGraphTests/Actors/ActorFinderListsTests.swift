import Testing
@testable import RelGraph

/// ActorFinder+Lists: the names listed under a plural title are persons, whatever their given names.
@Suite("ActorFinder lists under a plural title")
struct ActorFinderListsTests {
    private func names(_ text: String, _ language: Language) -> [String] {
        Probe.persons(text, language).map(\.name).sorted()
    }

    @Test func frenchListAfterAColon() {
        #expect(names("Le huis clos a réuni les trois présidents présents : Kouassi Yapo, Ousseini Garba et Sidiki Konaté.", .fr)
            == ["Kouassi Yapo", "Ousseini Garba", "Sidiki Konaté"])
    }

    @Test func spanishMembersWithTheirStates() {
        #expect(names("La canciller se reunió con sus contrapartes de Japón, Haruka Tsujimoto y de Canadá, Gwenaëlle Tremblay.", .es)
            == ["Gwenaëlle Tremblay", "Haruka Tsujimoto"])
    }

    @Test func englishPluralTitleBeforeNames() {
        #expect(names("Foreign ministers Tavita Lemalu and Oyvind Brekke met in Oslo.", .en) == ["Oyvind Brekke", "Tavita Lemalu"])
    }

    @Test func aSingularTitleListsNobody() {
        // One president, then a list of places: nothing here is a person but the president's name.
        #expect(names("Le président Kouassi Yapo a visité Grand Bassam, Port Bouët et San Pedro.", .fr) == ["Kouassi Yapo"])
    }

    @Test func aPluralTitleWithoutColonOrCommaListsNobody() {
        #expect(names("Les présidents ont visité Grand Bassam et Port Bouët.", .fr).isEmpty)
    }
}
