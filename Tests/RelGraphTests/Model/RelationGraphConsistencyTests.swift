import Testing
@testable import RelGraph

/// What no relgraph run writes is named, so that `merge` can refuse it.
@Suite("RelationGraph consistency")
struct RelationGraphConsistencyTests {
    private let states = [Node(id: "RUS", kind: .state, label: "Russia"), Node(id: "FRA", kind: .state, label: "France")]

    @Test func anExtractedGraphIsConsistent() {
        #expect(Extractor().extract("La Russie a condamné la France. Le Brésil, l'Inde et la Chine se sont réunis à Moscou.").inconsistency == nil)
    }

    @Test(arguments: [
        (Edge(source: "RUS", target: "FRA", type: .consult, weight: -3), "edge RUS -> FRA CONSULT: weight -3"),
        (Edge(source: "RUS", target: "FRA", type: .consult, weight: 0), "weight 0"),
        (Edge(source: "RUS", target: "FRA", type: .consult, confidence: 1.5), "confidence 1.5"),
        (Edge(source: "RUS", target: "XXX", type: .consult), "'XXX' is not a node"),
    ])
    func badEdgesAreNamed(_ edge: Edge, _ message: String) throws {
        let problem = try #require(RelationGraph(nodes: states, edges: [edge]).inconsistency)
        #expect(problem.contains(message), "\(problem)")
    }

    @Test func negativeMentionsAndGhostGroupMembersAreNamed() throws {
        var counted = states
        counted[0].mentions = -1
        #expect(RelationGraph(nodes: counted, edges: []).inconsistency == "node 'RUS': mentions -1 is negative")
        let controls = RelationGraph(nodes: [Node(id: "RUS\u{1}", kind: .state, label: "Russia")], edges: [])
        #expect(controls.inconsistency?.contains("an id must be non-empty and hold no control character") == true)
        let group = EventGroup(type: .consult, source: "RUS", participants: ["FRA", "GHO"])
        let problem = try #require(RelationGraph(nodes: states, edges: [], groups: [group]).inconsistency)
        #expect(problem.contains("'GHO' is not a node"))
    }
}
