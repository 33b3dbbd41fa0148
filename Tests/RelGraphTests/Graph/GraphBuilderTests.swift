import Testing
@testable import RelGraph

/// GraphBuilder: one document's relations become weighted edges.
@Suite("GraphBuilder")
struct GraphBuilderTests {
    @Test("a weight counts the sentences that state a relation, not its triggers")
    func weightCountsSentences() throws {
        let once = Probe.graph("China and Russia signed an agreement and agreed to cooperate.", .en)
        let agree = try #require(once.edge(Edge.Key(source: "CHN", target: "RUS", type: .agree)))
        #expect(agree.weight == 1)
        #expect(agree.evidence.count == 1, "the sentence is kept once")

        let twice = Probe.graph("China met Russia. China met Russia again and signed an accord with Russia.", .en)
        #expect(twice.edge(Edge.Key(source: "CHN", target: "RUS", type: .consult))?.weight == 2)
        #expect(twice.edge(Edge.Key(source: "CHN", target: "RUS", type: .agree))?.weight == 1)
    }

    @Test("a drawn line of several relations weighs the sentences stating any of them")
    func lineWeightCountsSentences() throws {
        let graph = Probe.graph("China met Russia. China met Russia again and signed an accord with Russia.", .en)
        let line = try #require(DrawingPlan(graph).lines.first { $0.source == "CHN" && $0.target == "RUS" })
        #expect(line.types == [.agree, .consult])
        #expect(line.weight == 2)
    }

    @Test("with evidence cut by a limit, a line weighs at least its heaviest relation")
    func lineWeightWithCutEvidence() {
        let evidence = Evidence(sentence: 0, start: 0, end: 10, text: "A met B.")
        let edges = [
            Edge(source: "A", target: "B", type: .consult, weight: 4, evidence: [evidence]),
            Edge(source: "A", target: "B", type: .agree, weight: 1, evidence: [evidence]),
        ]
        #expect(DrawingPlan.statementCount(edges) == 4)
    }
}

/// A body named only through a title of its head is labelled with its own name, not the title's words.
@Suite("Body labels")
struct BodyLabelTests {
    @Test func aTitleStandingForItsBodyGivesTheBodysName() {
        let graph = Probe.graph("Le Brésil a soutenu le chef de l'Assemblée nationale contre le Pérou.", .fr)
        let bodies = graph.nodes.filter { $0.kind == .organization }
        #expect(!bodies.isEmpty)
        #expect(bodies.allSatisfy { !$0.label.lowercased().hasPrefix("chef") })
    }
}
