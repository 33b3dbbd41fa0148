import Foundation
import Testing
@testable import RelGraph

/// What a corpus says of a document reaches every evidence; merged graphs keep names and count documents.
@Suite("RelationGraph provenance")
struct RelationGraphDatesTests {
    private func graph(document: String? = nil) -> RelationGraph {
        let evidence = Evidence(document: document, sentence: 0, start: 0, end: 20, text: "France met Germany.", trigger: "met")
        return RelationGraph(
            nodes: [Node(id: "FRA", kind: .state, label: "France"), Node(id: "DEU", kind: .state, label: "Germany")],
            edges: [Edge(source: "FRA", target: "DEU", type: .consult, evidence: [evidence])],
            groups: [EventGroup(type: .consult, source: "FRA", participants: ["DEU"], evidence: [evidence])])
    }

    private let key = Edge.Key(source: "FRA", target: "DEU", type: .consult)

    @Test("stamping sets day, title and address on every evidence, and the day as the edge's span")
    func stamped() throws {
        let stamped = graph(document: "d1").stamped(date: "2022-03-04", title: "Talks", url: "https://example.org/d1")
        let edge = try #require(stamped.edge(key))
        #expect(edge.evidence.map(\.title) == ["Talks"])
        #expect(edge.evidence.map(\.url) == ["https://example.org/d1"])
        #expect(edge.evidence.map(\.date) == ["2022-03-04"])
        #expect(edge.firstDate == "2022-03-04" && edge.lastDate == "2022-03-04")
        #expect(stamped.groups.first?.evidence.first?.title == "Talks")
        #expect(graph().stamped(date: nil) == graph(), "nothing to stamp: unchanged")
    }

    @Test("undocumented evidence takes the name given; named evidence keeps its own")
    func naming() throws {
        let named = graph().naming(undocumentedEvidenceAs: "monday")
        #expect(named.edge(key)?.evidence.map(\.document) == ["monday"])
        #expect(named.groups.first?.evidence.first?.document == "monday")
        let kept = graph(document: "d1").naming(undocumentedEvidenceAs: "monday")
        #expect(kept.edge(key)?.evidence.map(\.document) == ["d1"])
    }

    @Test("merging adds documents, and --max-evidence keeps the count whole")
    func documentsCount() throws {
        var corpus = RelationGraph()
        for id in ["a", "b", "c"] { corpus.merge(graph(document: id).dated("2022-03-0\(id == "a" ? 1 : 5)"), evidenceLimit: 1) }
        let edge = try #require(corpus.edge(key))
        #expect(edge.documents == 3)
        #expect(edge.evidence.count == 1)
        #expect(edge.firstDate == "2022-03-01" && edge.lastDate == "2022-03-05")
    }

    @Test("a graph written before edges counted documents reads back with the documents its evidence names")
    func legacyDecoding() throws {
        let json = """
            {"nodes": [{"id": "FRA", "kind": "state", "label": "France", "mentions": 1},
                       {"id": "DEU", "kind": "state", "label": "Germany", "mentions": 1}],
             "edges": [{"source": "FRA", "target": "DEU", "type": "CONSULT", "weight": 3, "confidence": 1, "historical": false,
                        "evidence": [{"document": "a", "sentence": 0, "start": 0, "end": 1, "text": "x"},
                                     {"document": "b", "sentence": 0, "start": 0, "end": 1, "text": "x"},
                                     {"document": "b", "sentence": 1, "start": 2, "end": 3, "text": "y"}]}]}
            """
        let read = try JSONWriter.graph(from: Data(json.utf8))
        #expect(read.edge(key)?.documents == 2)
        let written = try JSONWriter.graph(from: try JSONWriter.data(read))
        #expect(written.edge(key)?.documents == 2)
    }

    @Test("a long article read in sections is one document")
    func sectionsAreOneDocument() throws {
        let paragraph = "France met Germany in Paris on Monday.\n\n"
        let graph = Extractor(language: .en).extract(String(repeating: paragraph, count: 40), documentID: nil, sectionLimit: 200)
        let edge = try #require(graph.edges.first { $0.type == .consult })
        #expect(edge.weight > 1)
        #expect(edge.documents == 1)
    }
}
