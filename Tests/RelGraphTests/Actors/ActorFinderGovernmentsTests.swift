import Testing
@testable import RelGraph

/// ActorFinder+Governments: a government, a junta or the authorities named with their state stand for it; a
/// government named after its leader stands for the leader's state.
@Suite("Actor finder: governments")
struct ActorFinderGovernmentsTests {
    @Test func aJuntaOrTheAuthoritiesOfAStateAreTheState() {
        #expect(Probe.mentions("La junta de Níger condenó a Francia.", .es) == ["junta de Níger=NER", "Francia=FRA"])
        #expect(Probe.mentions("Les autorités du Mali ont expulsé un diplomate.", .fr) == ["autorités du Mali=MLI"])
        #expect(Probe.events("The junta of Niger condemned France.", .en) == ["NER ACCUSE FRA"])
    }

    @Test func aGovernmentNamedAfterItsLeaderIsTheLeadersState() {
        #expect(Probe.events("L'administration Biden a condamné la Russie.", .fr) == ["USA ACCUSE RUS"])
        // The sentence's capitalised article before the government's noun is no particle of a name.
        #expect(Probe.events("El presidente ghanés, Ali Moussa, habló el lunes. El Gobierno de Ali Moussa expulsó ayer a la embajadora de Togo.", .es)
            == ["GHA ACCUSE TGO", "GHA SANCTION TGO"])
    }

    /// "junta leader X": the noun qualifies the title; the person is still named.
    @Test func aGovernmentNounBeforeATitleQualifiesTheTitle() {
        let mentions = Probe.mentions("The delegates met briefly with junta leader Colonel Amadou Kaboré, Burkina Faso's ruler.", .en)
        #expect(mentions.contains { $0.hasPrefix("leader Colonel Amadou Kaboré=person:") })
    }
}
