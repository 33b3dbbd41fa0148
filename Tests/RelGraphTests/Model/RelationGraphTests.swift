import Foundation
import Testing
@testable import RelGraph

/// RelationGraph: adding and merging nodes, edges and groups; sorted arrays; Codable.
@Suite("RelationGraph")
struct RelationGraphTests {
    private func evidence(_ sentence: Int, document: String? = nil) -> Evidence {
        Evidence(document: document, sentence: sentence, start: sentence * 10, end: sentence * 10 + 9, text: "s\(sentence)")
    }

    @Test func nodesAreSortedStatesThenOrganizationsThenPersons() {
        var graph = RelationGraph()
        graph.add(Node(id: "person:john-mwangi", kind: .person, label: "John Mwangi"))
        graph.add(Node(id: "org:UN", kind: .organization, label: "ONU"))
        graph.add(Node(id: "KEN", kind: .state, label: "Kenya"))
        graph.add(Node(id: "org:AU", kind: .organization, label: "UA"))
        graph.add(Node(id: "ETH", kind: .state, label: "Éthiopie"))
        #expect(graph.nodes.map(\.id) == ["ETH", "KEN", "org:AU", "org:UN", "person:john-mwangi"])
    }

    @Test func addingANodeTwiceAddsMentionsAndFillsGaps() {
        var graph = RelationGraph()
        graph.add(Node(id: "person:carlos-mendonca", kind: .person, label: "Carlos Mendonça", mentions: 2))
        graph.add(Node(id: "person:carlos-mendonca", kind: .person, label: "Mendonça", country: "BRA", role: "ministre", mentions: 3))
        graph.add(Node(id: "person:carlos-mendonca", kind: .person, label: "X", country: "ARG", role: "other", mentions: 1))
        let node = graph.node("person:carlos-mendonca")
        #expect(graph.nodes.count == 1)
        #expect(node?.mentions == 6)
        // Conflicting fields keep the smaller value, so the result does not depend on the order of adds.
        #expect(node?.label == "Carlos Mendonça")
        #expect(node?.country == "ARG")
        #expect(node?.role == "ministre")
        var reversed = RelationGraph()
        reversed.add(Node(id: "person:carlos-mendonca", kind: .person, label: "X", country: "ARG", role: "other", mentions: 1))
        reversed.add(Node(id: "person:carlos-mendonca", kind: .person, label: "Mendonça", country: "BRA", role: "ministre", mentions: 3))
        reversed.add(Node(id: "person:carlos-mendonca", kind: .person, label: "Carlos Mendonça", mentions: 2))
        #expect(reversed == graph)
    }

    @Test func edgesAreSortedBySourceTargetType() {
        var graph = RelationGraph()
        graph.add(Edge(source: "MAR", target: "DZA", type: .reject))
        graph.add(Edge(source: "DZA", target: "MAR", type: .accuse))
        graph.add(Edge(source: "MAR", target: "DZA", type: .accuse))
        graph.add(Edge(source: "KEN", target: "ETH", type: .aid))
        #expect(graph.edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" } == [
            "DZA ACCUSE MAR", "KEN AID ETH", "MAR ACCUSE DZA", "MAR REJECT DZA",
        ])
    }

    @Test func sameEdgeAddsWeightsAndMergesEvidence() throws {
        var graph = RelationGraph()
        graph.add(Edge(source: "JPN", target: "KOR", type: .sanction, weight: 1, confidence: 0.6, historical: true,
                       evidence: [evidence(3)]))
        graph.add(Edge(source: "JPN", target: "KOR", type: .sanction, weight: 2, confidence: 0.8, historical: false,
                       group: "event-2", evidence: [evidence(1), evidence(3)]))
        let edge = try #require(graph.edges.onlyElement)
        #expect(edge.weight == 3)
        #expect(edge.confidence == 0.8)
        #expect(edge.historical == false)
        #expect(edge.group == "event-2")
        #expect(edge.evidence.map(\.sentence) == [1, 3])
    }

    @Test func historicalOnlyWhenEveryStatementIsHistorical() {
        var graph = RelationGraph()
        graph.add(Edge(source: "SUN", target: "POL", type: .coerce, historical: true))
        graph.add(Edge(source: "SUN", target: "POL", type: .coerce, historical: true))
        #expect(graph.edges.map(\.historical) == [true])
    }

    @Test func evidenceIsSortedByDocumentSentenceStart() {
        let edge = Edge(source: "BRA", target: "ARG", type: .support,
                        evidence: [evidence(2, document: "b"), evidence(5, document: "a"), evidence(1, document: "b")])
        let graph = RelationGraph(nodes: [], edges: [edge])
        #expect(graph.edges[0].evidence.map { "\($0.document ?? "")\($0.sentence)" } == ["a5", "b1", "b2"])
    }

    @Test func groupsMergeParticipantsAndSort() {
        var graph = RelationGraph()
        graph.add(EventGroup(id: "event-2", type: .consult, source: "KEN", participants: ["UGA", "ETH"]))
        graph.add(EventGroup(id: "event-1", type: .consult, source: "KEN", participants: ["SOM"]))
        graph.add(EventGroup(id: "event-2", type: .consult, source: "KEN", participants: ["TZA", "ETH"]))
        #expect(graph.groups.map(\.id) == ["event-1", "event-2"])
        #expect(graph.groups[1].participants == ["ETH", "TZA", "UGA"])
    }

    @Test func mergeAddsUpAndIsOrderIndependent() {
        let a = Extractor(language: .en).extract("Kenya condemned Ethiopia for the strikes.", documentID: "a")
        let b = Extractor(language: .en).extract("Kenya accused Ethiopia of arming the rebels. Poland delivered weapons to Kenya and Ethiopia.", documentID: "b")
        var ab = a
        ab.merge(b)
        var ba = b
        ba.merge(a)
        #expect(ab == ba)
        #expect(ab.node("KEN")?.mentions == 3)
        let accuse = ab.edges.first { $0.key == Edge.Key(source: "KEN", target: "ETH", type: .accuse) }
        #expect(accuse?.weight == 2)
        #expect(accuse?.evidence.map(\.document) == ["a", "b"])
        #expect(ab.edges.count == 3)
    }

    @Test func mergeIsAssociative() {
        let a = Extractor(language: .en).extract("Kenya condemned Ethiopia for the strikes.", documentID: "a")
        let b = Extractor(language: .en).extract("Poland delivered weapons to Kenya and Ethiopia.", documentID: "b")
        let c = Extractor(language: .en).extract("Kenya met Ethiopia, Somalia and Uganda in Nairobi on Monday.", documentID: "c")
        var left = a
        left.merge(b)
        left.merge(c)
        var bc = b
        bc.merge(c)
        var right = a
        right.merge(bc)
        #expect(left == right)
    }

    @Test func extractionIsDeterministic() {
        let text = "Kenyan President John Mwangi met Ethiopian Prime Minister Abebe Tesfaye in Nairobi. Kenya met Ethiopia, Somalia, Uganda and Tanzania on Monday."
        let first = Probe.graph(text, .en)
        for _ in 0..<5 {
            #expect(Probe.graph(text, .en) == first)
        }
    }

    @Test func filteringEdgesDropsEmptyGroups() {
        let graph = Probe.graph("Kenya met Ethiopia, Somalia and Uganda in Nairobi on Monday. Kenya accused Somalia of arming the rebels.", .en)
        #expect(graph.groups.count == 1)
        let filtered = graph.filteringEdges { $0.type == .accuse }
        #expect(filtered.edges.map(\.type) == [.accuse])
        #expect(filtered.groups.isEmpty)
        #expect(filtered.nodes == graph.nodes)
    }

    @Test func codableRoundTrip() throws {
        let graph = Probe.graph("Kenyan President John Mwangi met Ethiopia, Somalia and Uganda in Nairobi on Monday. The Soviet Union invaded Afghanistan in 1979.", .en)
        #expect(!graph.groups.isEmpty)
        #expect(graph.edges.contains { $0.historical })
        let data = try JSONEncoder().encode(graph)
        let decoded = try JSONDecoder().decode(RelationGraph.self, from: data)
        #expect(decoded == graph)
    }

    @Test func decodingSortsAndToleratesMissingGroups() throws {
        let json = """
        {"nodes":[{"id":"person:x","kind":"person","label":"X","mentions":1},{"id":"KEN","kind":"state","label":"Kenya","mentions":2}],
         "edges":[{"source":"KEN","target":"ETH","type":"AID","weight":1,"confidence":0.5,"historical":false,"evidence":[]},
                  {"source":"ETH","target":"KEN","type":"ACCUSE","weight":1,"confidence":0.5,"historical":false,"evidence":[]}]}
        """
        let graph = try JSONDecoder().decode(RelationGraph.self, from: Data(json.utf8))
        #expect(graph.nodes.map(\.id) == ["KEN", "person:x"])
        #expect(graph.edges.map(\.source) == ["ETH", "KEN"])
        #expect(graph.groups.isEmpty)
    }

    @Test func typesHaveQuadClassesAndSymmetry() {
        #expect(EventType.consult.isSymmetric && EventType.agree.isSymmetric && EventType.cooperate.isSymmetric)
        #expect(!EventType.support.isSymmetric && !EventType.assault.isSymmetric)
        #expect(EventType.sanction.quadClass == .materialConflict)
        #expect(EventType.accuse.quadClass == .verbalConflict)
        #expect(EventType.aid.quadClass == .materialCooperation)
        #expect(EventType.affiliation.quadClass == .structural)
    }
}
