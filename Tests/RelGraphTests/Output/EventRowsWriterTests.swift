import Foundation
import Testing
@testable import RelGraph

/// Event rows: one per relation stated in a sentence, in document order, with the documented columns.
@Suite("EventRowsWriter")
struct EventRowsWriterTests {
    private let text = "Japan criticized China over the new fishing rules. Canada supports Japan. Japan criticized China again."

    /// Two documents: the text above, dated and titled, and a follow-up.
    private var corpus: RelationGraph {
        var graph = RelationGraph()
        graph.merge(Extractor(language: .en).extract(CorpusDocument(id: "d1", text: text, date: "2022-03-01", title: "Fishing row",
                                                                   url: "https://example.org/d1")))
        graph.merge(Extractor(language: .en).extract(CorpusDocument(id: "d2", text: "Canada supports Japan.", date: "2022-03-02")))
        return graph
    }

    @Test("one row per evidence sentence, in document order")
    func rows() throws {
        let graph = corpus
        let rows = EventRowsWriter.rows(graph)
        #expect(rows.count == graph.edges.map(\.evidence.count).reduce(0, +))
        #expect(rows.count == 4)
        #expect(rows.map { "\($0.evidence.document ?? "")#\($0.evidence.sentence) \($0.edge.source)-\($0.edge.type.rawValue)-\($0.edge.target)" } == [
            "d1#0 JPN-ACCUSE-CHN", "d1#1 CAN-SUPPORT-JPN", "d1#2 JPN-ACCUSE-CHN", "d2#0 CAN-SUPPORT-JPN",
        ])
    }

    @Test("the CSV has the documented columns and each row names document, day, actors as written and sentence")
    func csv() throws {
        let table = CSVParser.rows(String(decoding: EventRowsWriter.csv(corpus), as: UTF8.self))
        #expect(table.first == ["document", "title", "url", "date", "sentence", "start", "end", "source", "source_label",
                                "source_text", "target", "target_label", "target_text", "type", "quad_class", "confidence",
                                "historical", "group", "trigger", "text"])
        #expect(table.count == 5)
        let first = Dictionary(uniqueKeysWithValues: zip(table[0], table[1]))
        #expect(first["document"] == "d1" && first["title"] == "Fishing row" && first["url"] == "https://example.org/d1")
        #expect(first["date"] == "2022-03-01" && first["sentence"] == "0" && first["start"] == "0")
        #expect(first["source"] == "JPN" && first["source_text"] == "Japan" && first["target_text"] == "China")
        #expect(first["type"] == "ACCUSE" && first["quad_class"] == "verbal-conflict" && first["trigger"] == "criticized")
        #expect(first["text"] == "Japan criticized China over the new fishing rules.")
    }

    @Test("JSON Lines: one object per row, numbers and flags typed, empty cells left out")
    func jsonLines() throws {
        let lines = try EventRowsWriter.jsonLines(corpus).split(separator: 0x0A)
        #expect(lines.count == 4)
        let last = try #require(try JSONSerialization.jsonObject(with: Data(lines[3])) as? [String: Any])
        #expect(last["document"] as? String == "d2" && last["sentence"] as? Int == 0)
        #expect(last["historical"] as? Bool == false)
        #expect(last["title"] == nil && last["url"] == nil)
        #expect(last["source_text"] as? String == "Canada")
    }

    @Test("file names ending in .events.csv or .events.jsonl ask for event rows")
    func fileNames() {
        #expect(GraphOutput.format(forPath: "out/march.events.csv") == .eventsCSV)
        #expect(GraphOutput.format(forPath: "march.EVENTS.jsonl") == .eventsJSONL)
        #expect(GraphOutput.format(forPath: "march.csv") == .csv)
        #expect(GraphOutput.format(forPath: "events.csv") == .csv, "a table named events is the graph's CSV")
        #expect(OutputFormat(rawValue: "events.csv")?.isEventRows == true && !OutputFormat.csv.isEventRows)
    }
}
