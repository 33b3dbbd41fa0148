import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// `auto` reads actors and lines per actor; it says why it leaves dot, and a forced dot on a dense graph is warned.
@Suite("Layout choice")
struct LayoutChoiceTests {
    @Test("a sparse news graph stays with dot, silently")
    func sparse() {
        let choice = LayoutChoice(.auto, for: NewsGraphFixture.make(actors: 100))
        #expect(choice == LayoutChoice(.dot, for: NewsGraphFixture.make(actors: 10)))
        #expect(choice.engine == .dot && choice.reason == nil && choice.warning == nil)
    }

    @Test("dense round-ups among few actors go to sfdp, saying how dense")
    func dense() throws {
        let graph = SyntheticGraph.roundUps(100)
        #expect(graph.nodes.count <= 90 && graph.edges.count > 500)
        let choice = LayoutChoice(.auto, for: graph)
        #expect(choice.engine == .sfdp)
        let reason = try #require(choice.reason)
        #expect(reason.hasPrefix("laid out with sfdp, not dot: ") && reason.contains("lines among \(graph.nodes.count) actors"))
        #expect(LayoutChoice(.auto, for: SyntheticGraph.roundUps(20)).engine == .dot, "a few round-ups stay sparse enough")
    }

    @Test("many actors go to sfdp whatever the density")
    func many() {
        let choice = LayoutChoice(.auto, for: NewsGraphFixture.make(actors: LayoutChoice.actorLimit + 1))
        #expect(choice.engine == .sfdp && choice.reason?.contains("\(LayoutChoice.actorLimit + 1) actors") == true)
    }

    @Test("a forced dot is kept, with a warning where auto would leave it; other engines are kept silently")
    func forced() {
        let dense = SyntheticGraph.roundUps(100)
        let dot = LayoutChoice(.dot, for: dense)
        #expect(dot.engine == .dot && dot.reason == nil)
        #expect(dot.warning?.contains("may take minutes") == true)
        #expect(LayoutChoice(.dot, for: NewsGraphFixture.make(actors: 10)).warning == nil)
        let neato = LayoutChoice(.neato, for: dense)
        #expect(neato.engine == .neato && neato.reason == nil && neato.warning == nil)
    }

    @Test("lines count pairs of actors, one line however many relations or directions")
    func lines() {
        let graph = RelationGraph(
            nodes: [Node(id: "A", kind: .state, label: "A"), Node(id: "B", kind: .state, label: "B")],
            edges: [Edge(source: "A", target: "B", type: .agree), Edge(source: "B", target: "A", type: .accuse),
                    Edge(source: "A", target: "B", type: .sanction)])
        #expect(LayoutChoice.Size(graph) == LayoutChoice.Size(actors: 2, lines: 1))
    }
}
