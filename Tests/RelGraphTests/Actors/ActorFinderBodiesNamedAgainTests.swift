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

    /// A kingdom is named again as "the kingdom", "le royaume", "el reino"; a republic is not, nor is a kingdom's own name.
    @Test func aKingdomIsNamedAgainByTheNounOfItsKind() {
        #expect(Probe.events("Morocco criticised Ghana. The kingdom recalled its ambassador from Accra.", .en) == ["MAR ACCUSE GHA", "MAR SANCTION GHA"])
        #expect(Probe.events("Le Maroc a critiqué le Ghana. Le royaume a rappelé son ambassadeur à Accra.", .fr) == ["MAR ACCUSE GHA", "MAR SANCTION GHA"])
        #expect(Probe.events("Marruecos criticó a Ghana. El reino retiró a su embajador en Acra.", .es) == ["MAR ACCUSE GHA", "MAR SANCTION GHA"])
        #expect(Probe.events("Togo criticised Ghana. The kingdom recalled its ambassador from Accra.", .en) == ["TGO ACCUSE GHA"])
        #expect(Probe.events("The United Kingdom criticised Ghana.", .en) == ["GBR ACCUSE GHA"])
    }

    /// A state's body written beside its state ("the Kenyan Foreign Ministry", "le ministère malien", "el gobierno
    /// chileno") is named again by its noun.
    @Test func aStatesBodyIsNamedAgainByItsNoun() {
        #expect(Probe.events("The Kenyan Foreign Ministry summoned the Ugandan ambassador. The ministry also demanded an apology from Uganda.", .en)
            == ["KEN ACCUSE UGA", "KEN REQUEST UGA"])
        #expect(Probe.events("Le ministère malien des Affaires étrangères a convoqué l'ambassadeur du Niger. Le ministère a aussi exigé des excuses du Niger.", .fr)
            == ["MLI ACCUSE NER", "MLI REQUEST NER"])
        #expect(Probe.events("El gobierno chileno criticó a Perú. El gobierno también llamó a consultas a su embajador en Lima.", .es)
            == ["CHL ACCUSE PER", "CHL SANCTION PER"])
    }

    /// The state named after the verb is no body's: "criticised Uganda. The government…" is still Kenya's.
    @Test func theStateNamedLastIsNotTheBodysOwner() {
        #expect(Probe.mentions("The Kenyan government criticised Uganda. The government also spoke.", .en).contains("government=KEN"))
    }

    /// A body whose name goes on to its own state names that state, not the one before.
    @Test func aBodyNamingItsOwnStateIsNotNamedAgain() {
        let mentions = Probe.mentions("El gobierno chino criticó a Honduras. El Ministerio de Relaciones Exteriores de Taiwán reaccionó.", .es)
        #expect(!mentions.contains("Ministerio=CHN"))
        #expect(Probe.events("The Kenyan government met on Monday. The government of Uganda condemned Tanzania.", .en) == ["UGA ACCUSE TZA"])
    }

    /// "the European Union… the bloc", "le bloc", "el bloque": a union of states is named again by the noun of blocs;
    /// states named together are no bloc.
    @Test func aUnionOfStatesIsNamedAgainAsTheBloc() {
        #expect(Probe.events("The European Union met in Brussels. The bloc imposed sanctions on Chile.", .en) == ["org:EU SANCTION CHL"])
        #expect(Probe.events("L'Union africaine s'est réunie. Le bloc a imposé des sanctions au Mali.", .fr) == ["org:AU SANCTION MLI"])
        #expect(Probe.events("Perú y Chile se reunieron. El bloque impuso sanciones a Bolivia.", .es) == ["PER CONSULT CHL"])
    }

    /// "NATO… the alliance", "l'OTAN… l'Alliance": an alliance is named again by the noun of alliances, a union of
    /// states is not.
    @Test func anAllianceIsNamedAgainAsTheAlliance() {
        #expect(Probe.events("NATO leaders met in Vilnius. The alliance condemned Chile.", .en) == ["org:NATO ACCUSE CHL"])
        #expect(Probe.events("L'OTAN s'est réunie à Vilnius. L'Alliance a condamné le Chili.", .fr) == ["org:NATO ACCUSE CHL"])
        #expect(Probe.events("The European Union met. The alliance condemned Chile.", .en).isEmpty)
    }

    /// "Togo's military regime… The military regime…": a state's body is named again with one word qualifying its noun,
    /// written beside the state or after the determiner.
    @Test func aQualifiedStateBodyIsNamedAgain() {
        let text = "Togo's military regime expelled the ambassador. The military regime has accused Accra of wanting to intervene."
        #expect(Probe.events(text, .en).contains("TGO ACCUSE GHA"))
    }

    /// "the small coastal nation": a country noun described after a definite article is an epithet of the state named
    /// last; one that relates it to another ("the neighbouring country") is none.
    @Test func aDescribedCountryNounIsAnEpithetOfTheLastState() {
        #expect(Probe.events("Ghana recalled its ambassador to Togo on Monday. The small coastal nation condemned Benin.", .en)
            .contains("TGO ACCUSE BEN"))
        #expect(!Probe.events("Ghana recalled its ambassador to Togo on Monday. The neighbouring country condemned Benin.", .en)
            .contains("TGO ACCUSE BEN"))
        #expect(Probe.events("Le Ghana a rappelé son ambassadeur au Togo. Le petit pays a condamné le Bénin.", .fr).contains("TGO ACCUSE BEN"))
    }

    /// "its neighbour", "son voisin", "su vecino" after a possessive of one owner is the latest state named other than
    /// the owner; a plural ("ses voisins") is none.
    @Test func aNeighbourAfterAPossessiveIsTheOtherState() {
        let french = "Le Togo a refusé de répondre au Ghana. Lomé a suspendu les liaisons aériennes avec son voisin."
        #expect(Probe.events(french, .fr).contains("TGO SANCTION GHA"))
        let english = "Togo did not answer Ghana. Lome then suspended flights with its neighbour."
        #expect(Probe.events(english, .en).contains("TGO SANCTION GHA"))
        #expect(Probe.events("Togo no respondió a Ghana. Lomé suspendió los vuelos con su vecino.", .es).contains("TGO SANCTION GHA"))
        #expect(!Probe.events("Le Togo a refusé de répondre au Ghana. Lomé a suspendu les liaisons avec ses voisins.", .fr)
            .contains("TGO SANCTION GHA"))
    }
}
