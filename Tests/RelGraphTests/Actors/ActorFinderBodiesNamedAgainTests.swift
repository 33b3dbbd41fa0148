import Testing
@testable import RelGraph

/// ActorFinder: a body named again by the noun its name ends with ("the Security Council… the council").
@Suite("Bodies named again")
struct ActorFinderBodiesNamedAgainTests {
    @Test func theNounOfABodysNameNamesItAgain() {
        #expect(Probe.mentions("The UN Security Council met on Monday. The council condemned Ghana.", .en)
            == ["UN Security Council=org:UNSC", "council=org:UNSC", "Ghana=GHA"])
        #expect(Probe.events("The UN Security Council met on Monday. The council condemned Ghana.", .en) == ["org:UNSC ACCUSE GHA"])
    }

    @Test func noBodyNamedBeforeNamesNoOne() {
        #expect(Probe.events("The council condemned Ghana.", .en).isEmpty)
        // Another noun, or no determiner pointing back, names another body.
        #expect(Probe.events("The UN Security Council met on Monday. The assembly condemned Ghana.", .en).isEmpty)
        #expect(Probe.events("The UN Security Council met on Monday. A council condemned Ghana.", .en).isEmpty)
    }
}
