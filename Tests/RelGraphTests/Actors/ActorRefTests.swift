import Testing
@testable import RelGraph

/// Refs sort states first, then organizations and domestic bodies by node id, then persons.
@Suite("Actor refs")
struct ActorRefTests {
    @Test func domesticBodiesSortAmongOrganizationsByNodeID() {
        let refs: [ActorRef] = [.person(0), .organization("senate"), .domesticBody(key: "parliament", country: "XKX"),
                                .organization("NATO"), .state("VEN"), .organization("parliament-fra")]
        #expect(refs.sorted() == [.state("VEN"), .organization("NATO"), .organization("parliament-fra"),
                                  .domesticBody(key: "parliament", country: "XKX"), .organization("senate"), .person(0)])
    }

    @Test func aBodyIsDrawnAsAnOrganization() {
        #expect(ActorRef.domesticBody(key: "senate", country: "USA").isOrganizationOrBody)
        #expect(ActorRef.organization("NATO").isOrganizationOrBody)
        #expect(!ActorRef.state("USA").isOrganizationOrBody)
    }

    @Test func theGraphNamesABodyByItsState() {
        let (document, actors) = Probe.actors("Le Parlement du Kosovo a voté.", .fr)
        let refs = actors.mentions.joined().flatMap(\.refs)
        #expect(refs.contains(.domesticBody(key: "parliament", country: "XKX")))
        let builder = GraphBuilder(document: document, actors: actors, relations: [])
        #expect(builder.nodeID(.domesticBody(key: "parliament", country: "XKX")) == "org:parliament-xkx")
    }
}
