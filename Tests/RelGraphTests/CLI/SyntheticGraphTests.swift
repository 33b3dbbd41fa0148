import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// The graphs `relgraph bench-render` draws: the size asked for, the same every time, renderable.
@Suite("Synthetic graphs")
struct SyntheticGraphTests {
    @Test(arguments: [50, 300])
    func sizeAndDeterminism(_ actors: Int) throws {
        let graph = SyntheticGraph.make(actors: actors)
        #expect(graph.nodes.count == actors)
        #expect(graph.edges.count > actors)
        #expect(graph == SyntheticGraph.make(actors: actors))
        let ids = Set(graph.nodes.map(\.id))
        #expect(graph.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
    }

    @Test func smallGraphRenders() throws {
        let svg = try GraphOutput.data(SyntheticGraph.make(actors: 50), as: .svg)
        #expect(String(decoding: svg.prefix(200), as: UTF8.self).contains("<svg") || String(decoding: svg, as: UTF8.self).contains("<svg"))
    }
}

/// The dense round-up graphs of `relgraph bench-render N --round-ups`.
@Suite("Synthetic round-ups")
struct SyntheticRoundUpTests {
    @Test func sizeAndDeterminism() {
        let graph = SyntheticGraph.roundUps(100)
        #expect(graph.nodes.count <= 90 && graph.nodes.count > 80)
        #expect(graph.edges.map(\.weight).reduce(0, +) == 600)
        #expect(graph.edges.allSatisfy { $0.source != $0.target })
        #expect(graph == SyntheticGraph.roundUps(100))
        #expect(Set(graph.edges.flatMap(\.evidence).compactMap(\.document)).count == 100)
    }
}
