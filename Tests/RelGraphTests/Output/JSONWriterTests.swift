import Foundation
import Testing
@testable import RelGraph

/// JSONWriter: the documented shape, stable bytes, scalar offsets that point into the text.
@Suite("JSONWriter")
struct JSONWriterTests {
    private let text = """
        Kenyan President John Mwangi met Ethiopian Prime Minister Abebe Tesfaye in Nairobi on Monday.
        Kenya met Ethiopia, Somalia, Uganda and Tanzania on Tuesday. The Soviet Union invaded Afghanistan in 1979.
        """

    private func object(_ graph: RelationGraph) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONWriter.data(graph)) as? [String: Any])
    }

    @Test func topLevelKeys() throws {
        let json = try object(Probe.graph(text, .en))
        #expect(Set(json.keys) == ["nodes", "edges", "groups"])
    }

    @Test func nodeFields() throws {
        let json = try object(Probe.graph(text, .en))
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let person = try #require(nodes.first { $0["id"] as? String == "person:john-mwangi" })
        #expect(person["kind"] as? String == "person")
        #expect(person["label"] as? String == "John Mwangi")
        #expect(person["country"] as? String == "KEN")
        #expect(person["role"] as? String == "President")
        #expect(person["mentions"] as? Int == 1)
        let state = try #require(nodes.first { $0["id"] as? String == "SOM" })
        #expect(state["kind"] as? String == "state")
        #expect(state["label"] as? String == "Somalia")
        #expect(state["country"] == nil)
        #expect(Set(state.keys) == ["id", "kind", "label", "mentions"])
    }

    @Test func edgeFields() throws {
        let json = try object(Probe.graph(text, .en))
        let edges = try #require(json["edges"] as? [[String: Any]])
        let meeting = try #require(edges.first {
            $0["source"] as? String == "person:john-mwangi" && $0["target"] as? String == "person:abebe-tesfaye"
        })
        #expect(meeting["type"] as? String == "CONSULT")
        #expect(meeting["weight"] as? Int == 1)
        #expect(meeting["historical"] as? Bool == false)
        let evidence = try #require((meeting["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["sentence"] as? Int == 0)
        #expect(evidence["start"] as? Int == 0)
        #expect(evidence["end"] as? Int == 93)
        #expect(evidence["text"] as? String == "Kenyan President John Mwangi met Ethiopian Prime Minister Abebe Tesfaye in Nairobi on Monday.")
        #expect(evidence["trigger"] as? String == "met")
    }

    @Test func groupAndHistoricalFields() throws {
        let json = try object(Probe.graph(text, .en))
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.count == 1)
        let id = EventGroup.id(type: .consult, source: "KEN", participants: ["ETH", "SOM", "TZA", "UGA"])
        #expect(groups.first?["id"] as? String == id)
        #expect(groups.first?["type"] as? String == "CONSULT")
        #expect(groups.first?["source"] as? String == "KEN")
        #expect(groups.first?["participants"] as? [String] == ["ETH", "SOM", "TZA", "UGA"])
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.filter { $0["group"] as? String == id }.count == 4)
        let invasion = edges.first { $0["source"] as? String == "SUN" }
        #expect(invasion?["historical"] as? Bool == true)
        #expect(invasion?["type"] as? String == "ASSAULT")
    }

    @Test func outputIsPrettySortedAndEndsWithNewline() throws {
        let string = try JSONWriter.string(Probe.graph(text, .en))
        #expect(string.hasSuffix("}\n"))
        #expect(string.hasPrefix("{\n  \"edges\" : ["))
        // Keys are sorted: edges < groups < nodes.
        let edges = try #require(string.range(of: "\"edges\""))
        let groups = try #require(string.range(of: "\"groups\""))
        let nodes = try #require(string.range(of: "\"nodes\""))
        #expect(edges.lowerBound < groups.lowerBound && groups.lowerBound < nodes.lowerBound)
        #expect(!string.contains("\\/"))
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let first = try JSONWriter.data(Probe.graph(text, .en))
        for _ in 0..<3 {
            #expect(try JSONWriter.data(Probe.graph(text, .en)) == first)
        }
        let french = "Le Kenya s'est entretenu avec l'Éthiopie, la Somalie, l'Ouganda et la Tanzanie à Nairobi."
        #expect(try JSONWriter.data(Probe.graph(french, .fr)) == JSONWriter.data(Probe.graph(french, .fr)))
    }

    @Test func evidenceOffsetsAreUnicodeScalarOffsets() throws {
        // Emoji, combining marks and typographic quotes before the evidence shift UTF-16 and grapheme counts, not scalar counts.
        let article = "🇰🇪🤝🇪🇹 Nairobi, le 3 mai.\nLe Kenya a condamné l’Éthiopie. Le président kényan a salué la Somalie.\n"
        let graph = Probe.graph(article, .fr)
        let scalars = Array(article.unicodeScalars)
        let evidence = graph.edges.flatMap(\.evidence)
        #expect(evidence.count == 2)
        for item in evidence {
            #expect(String(String.UnicodeScalarView(scalars[item.start..<item.end])) == item.text)
        }
        #expect(Probe.events(article, .fr) == ["KEN ACCUSE ETH", "KEN SUPPORT SOM"])
    }

    @Test func writtenGraphReadsBack() throws {
        let graph = Probe.graph(text, .en)
        let data = try JSONWriter.data(graph)
        let decoded = try JSONWriter.graph(from: data)
        #expect(decoded == graph)
        #expect(try JSONWriter.data(decoded) == data)
    }

    @Test func emptyGraph() throws {
        let string = try JSONWriter.string(RelationGraph())
        let json = try #require(try JSONSerialization.jsonObject(with: Data(string.utf8)) as? [String: [Any]])
        #expect(json["nodes"]?.isEmpty == true && json["edges"]?.isEmpty == true && json["groups"]?.isEmpty == true)
    }
}
