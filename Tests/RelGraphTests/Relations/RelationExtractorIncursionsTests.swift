import Testing
@testable import RelGraph

/// RelationExtractor+Incursions: armed forces of one state entering another, in the three languages.
@Suite("Incursions")
struct RelationExtractorIncursionsTests {
    /// "Senegalese troops entered Gambia": armed forces of one state entering another are deployed there; troops that
    /// could enter, or did not, are not.
    @Test func troopsEnteringAStateAreDeployedThere() {
        #expect(Probe.events("Chilean troops entered Peru on Thursday.", .en) == ["CHL MOBILIZE PER"])
        #expect(Probe.events("Troops from Chile crossed into Peru.", .en) == ["CHL MOBILIZE PER"])
        // "neighbouring" before a state's name is its adjective, not a verb whose object the state would be.
        #expect(Probe.events("Chilean troops entered neighbouring Peru.", .en) == ["CHL MOBILIZE PER"])
        #expect(Probe.events("Des troupes chiliennes sont entrées au Pérou.", .fr) == ["CHL MOBILIZE PER"])
        #expect(Probe.events("Tropas chilenas entraron en Perú.", .es) == ["CHL MOBILIZE PER"])
        #expect(Probe.events("Chilean troops could enter Peru.", .en).isEmpty)
        #expect(Probe.events("Chilean troops did not enter Peru.", .en).isEmpty)
    }

    /// "X says that its troops, who crossed into Y…": forces owned by a possessive are the reporting subject's.
    @Test func troopsOwnedByAPossessiveAreItsAntecedents() {
        #expect(Probe.events("Ghana says that its troops, who entered Togo on Monday, will stay until order returns.", .en) == ["GHA MOBILIZE TGO"])
    }
}
