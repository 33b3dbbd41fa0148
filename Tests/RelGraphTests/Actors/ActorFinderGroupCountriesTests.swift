import Testing
@testable import RelGraph

/// ActorFinder: officials a plural title with a state has just announced are of that state ("two Kenyan ministers
/// said… The foreign minister, X, …").
@Suite("States of announced officials")
struct ActorFinderGroupCountriesTests {
    private func countries(_ text: String) -> [String: String] {
        Dictionary(uniqueKeysWithValues: Probe.persons(text, .en).map { ($0.name, $0.country ?? "-") })
    }

    @Test func officialsAfterAPluralTitleAreOfItsState() {
        let text = "Two Kenyan ministers said in a statement that the talks had failed. The foreign minister, Oren Kalvista, "
            + "and the minister for trade, Amara Sesay, criticized Uganda."
        #expect(countries(text) == ["Oren Kalvista": "KEN", "Amara Sesay": "KEN"])
        #expect(Probe.edges(text).contains("person:oren-kalvista AFFILIATION KEN"))
    }

    @Test func anotherKindOfOfficialOrALaterSentenceKeepsNoState() {
        #expect(countries("Two Kenyan generals said the talks had failed. The foreign minister, Oren Kalvista, criticized Uganda.")
            == ["Oren Kalvista": "-"])
        #expect(countries("Two Kenyan ministers said the talks had failed. Rain fell. The foreign minister, Oren Kalvista, criticized Uganda.")
            == ["Oren Kalvista": "-"])
        // A group of several states gives none.
        #expect(countries("The ministers of Kenya and Uganda met. The foreign minister, Oren Kalvista, criticized Tanzania.")
            == ["Oren Kalvista": "-"])
    }
}
