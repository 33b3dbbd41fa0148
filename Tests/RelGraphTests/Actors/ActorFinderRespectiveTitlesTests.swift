import Testing
@testable import RelGraph

/// ActorFinder: the persons listed with "respectively" after a plural title of several states hold it for each state
/// in turn.
@Suite("States given respectively")
struct ActorFinderRespectiveTitlesTests {
    private func countries(_ text: String, _ language: Language) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Probe.persons(text, language).map { ($0.name, $0.country ?? "-") })
    }

    @Test func namesListedRespectivelyTakeTheTitlesStatesInOrder() {
        #expect(countries("Les ministres kényan et ougandais, respectivement Joseph Kamau et Samuel Okello, se sont réunis à Arusha.", .fr)
            == ["Joseph Kamau": "KEN", "Samuel Okello": "UGA"])
        #expect(countries("Los cancilleres keniano y ugandés, respectivamente Joseph Kamau y Samuel Okello, se reunieron en Arusha.", .es)
            == ["Joseph Kamau": "KEN", "Samuel Okello": "UGA"])
    }

    /// Without the marker, or with fewer names than states, the order says nothing.
    @Test func withoutTheMarkerOrTheCountTheNamesKeepNoState() {
        #expect(countries("Les ministres kényan et ougandais, Joseph Kamau et Samuel Okello, se sont réunis à Arusha.", .fr)["Samuel Okello"]
            == "-")
        #expect(countries("Les ministres kényan et ougandais, respectivement Joseph Kamau, se sont réunis à Arusha.", .fr)
            == ["Joseph Kamau": "-"])
    }
}
