import Foundation
import Testing
@testable import RelGraph

/// Merging as a reduce step: associative, order-independent, evidence limits and date spans.
@Suite("RelationGraph merging")
struct RelationGraphMergeTests {
    /// Three articles sharing actors and relations, as three documents.
    private static let parts: [RelationGraph] = [
        Extractor().extract(CorpusDocument(id: "a", text: "La France a condamné l'Allemagne. Le Brésil soutient la France.", date: "2022-03-01")),
        Extractor().extract(CorpusDocument(id: "b", text: "Le Brésil soutient de nouveau la France. La France critique l'Allemagne.", date: "2022-01-15")),
        Extractor().extract(CorpusDocument(id: "c", text: "Le Japon a condamné la Chine. Le Brésil soutient la France.", date: "2022-05-20")),
    ]

    private func merged(_ graphs: [RelationGraph], limit: Int? = nil) -> RelationGraph {
        var result = RelationGraph()
        for graph in graphs { result.merge(graph, evidenceLimit: limit) }
        return result
    }

    @Test("weights and mentions near Int.max stop at Int.max when merged, and the graph still writes")
    func countsSaturate() throws {
        let huge = RelationGraph(
            nodes: [Node(id: "RUS", kind: .state, label: "Russia", mentions: .max), Node(id: "FRA", kind: .state, label: "France")],
            edges: [Edge(source: "RUS", target: "FRA", type: .consult, weight: .max - 1)]
        )
        let twice = merged([huge, huge])
        #expect(twice.node("RUS")?.mentions == .max)
        #expect(twice.edge(Edge.Key(source: "RUS", target: "FRA", type: .consult))?.weight == .max)
        #expect(try JSONWriter.graph(from: JSONWriter.data(twice)) == twice)
        _ = HTMLReportWriter.page(twice, svg: "")
        #expect(DrawingPlan(twice, clusters: true, groupByCountry: false).lines.map(\.weight) == [.max])
        #expect(1.saturatingAdd(-3) == -2 && Int.min.saturatingAdd(-1) == .min)
    }

    @Test func mergeIsAssociativeToTheByte() throws {
        let (a, b, c) = (Self.parts[0], Self.parts[1], Self.parts[2])
        let left = merged([merged([a, b]), c])
        let right = merged([a, merged([b, c])])
        #expect(try JSONWriter.data(left) == JSONWriter.data(right))
        #expect(left.edges.contains { $0.weight > 1 })
    }

    @Test func mergeIgnoresOrder() throws {
        let expected = try JSONWriter.data(merged(Self.parts))
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            #expect(try JSONWriter.data(merged(order.map { Self.parts[$0] })) == expected, "order \(order)")
        }
    }

    /// Three articles with multi-party events: two report the same meeting, one another.
    private static let meetings: [RelationGraph] = [
        Extractor(language: .en).extract(CorpusDocument(id: "m1", text: "Kenya met Ethiopia, Somalia and Uganda in Nairobi on Monday.")),
        Extractor(language: .en).extract(CorpusDocument(id: "m2", text: "Kenya met Uganda, Somalia and Ethiopia again on Tuesday.")),
        Extractor(language: .en).extract(CorpusDocument(id: "m3", text: "Kenya met Ethiopia, Sudan and Tanzania in Mombasa.")),
    ]

    @Test func eventGroupsMergeAssociativelyAndInAnyOrder() throws {
        let (a, b, c) = (Self.meetings[0], Self.meetings[1], Self.meetings[2])
        for limit in [nil, 1] {
            let expected = try JSONWriter.data(merged([a, b, c], limit: limit))
            #expect(try JSONWriter.data(merged([merged([a, b], limit: limit), c], limit: limit)) == expected)
            #expect(try JSONWriter.data(merged([a, merged([b, c], limit: limit)], limit: limit)) == expected)
            for order in [[2, 1, 0], [1, 2, 0], [2, 0, 1]] {
                #expect(try JSONWriter.data(merged(order.map { Self.meetings[$0] }, limit: limit)) == expected, "order \(order)")
            }
        }
        let groups = merged([a, b, c]).groups
        #expect(groups.count == 2)
        let shared = try #require(groups.first { $0.participants == ["ETH", "SOM", "UGA"] })
        #expect(shared.evidence.compactMap(\.document) == ["m1", "m2"])
        #expect(merged([a, b, c], limit: 1).groups.first { $0.id == shared.id }?.evidence.count == 1)
    }

    @Test func evidenceLimitKeepsTheFirstSentencesAndEveryWeight() throws {
        let full = merged(Self.parts)
        let limited = merged(Self.parts, limit: 1)
        let support = try #require(full.edge(Edge.Key(source: "BRA", target: "FRA", type: .support)))
        #expect(support.evidence.count == 3)
        let kept = try #require(limited.edge(support.key))
        #expect(kept.weight == support.weight)
        #expect(kept.evidence == Array(support.evidence.prefix(1)))
        // A limit at every step is the same as one at the end, whatever the order.
        #expect(limited == full.limitingEvidence(to: 1))
        #expect(merged(Self.parts.reversed(), limit: 1) == limited)
    }

    @Test func datesReachEvidenceAndSpanEdges() throws {
        let graph = merged(Self.parts)
        let support = try #require(graph.edge(Edge.Key(source: "BRA", target: "FRA", type: .support)))
        #expect(support.firstDate == "2022-01-15")
        #expect(support.lastDate == "2022-05-20")
        #expect(support.evidence.map(\.date) == ["2022-03-01", "2022-01-15", "2022-05-20"])
        #expect(support.evidence.map(\.document) == ["a", "b", "c"])
        // Dates survive the evidence limit on the edge.
        let limited = try #require(merged(Self.parts, limit: 1).edge(support.key))
        #expect(limited.firstDate == "2022-01-15" && limited.lastDate == "2022-05-20")
    }

    @Test func undatedGraphsWriteNoDateFields() throws {
        let json = try JSONWriter.string(Extractor().extract("La France a condamné l'Allemagne."))
        #expect(!json.contains("date"))
        #expect(!json.contains("Date"))
    }

    @Test func jsonRoundTripKeepsDates() throws {
        let graph = merged(Self.parts)
        #expect(try JSONWriter.graph(from: JSONWriter.data(graph)) == graph)
        let line = try JSONWriter.line(graph)
        #expect(line.filter { $0 == 0x0A }.count == 1)
        #expect(try JSONWriter.graph(from: line) == graph)
    }
}
