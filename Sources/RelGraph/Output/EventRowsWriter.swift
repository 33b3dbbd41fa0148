import Foundation

/// Writes one row per event mention — a relation stated in one sentence — as political event datasets
/// (ICEWS, POLECAT, GDELT) give them: date, document, source, target, type, sentence.
///
/// A row is an edge's evidence sentence, so the rows of a graph extracted without `--max-evidence` are every
/// statement relgraph read; the graph's weights count the same sentences. Rows come in document order
/// (document, sentence, offsets), then by source, target and type, so the same input gives the same bytes.
public enum EventRowsWriter {
    /// One event mention: the relation and the sentence stating it.
    struct Row {
        var edge: Edge
        var evidence: Evidence
        var sourceLabel: String
        var targetLabel: String
    }

    /// A column of the event table: its name and how a row gives its value (nil: empty in CSV, absent in JSON).
    struct Column: Sendable {
        var name: String
        var value: @Sendable (Row) -> Value?
    }

    /// A cell's value, typed so JSON Lines writes numbers and booleans as such.
    enum Value: Equatable {
        case text(String)
        case integer(Int)
        case number(Double)
        case flag(Bool)
    }

    /// The columns, in order; the README documents each.
    static let columns: [Column] = [
        Column(name: "document") { $0.evidence.document.map(Value.text) },
        Column(name: "title") { $0.evidence.title.map(Value.text) },
        Column(name: "url") { $0.evidence.url.map(Value.text) },
        Column(name: "date") { $0.evidence.date.map(Value.text) },
        Column(name: "sentence") { .integer($0.evidence.sentence) },
        Column(name: "start") { .integer($0.evidence.start) },
        Column(name: "end") { .integer($0.evidence.end) },
        Column(name: "source") { .text($0.edge.source) },
        Column(name: "source_label") { .text($0.sourceLabel) },
        Column(name: "source_text") { $0.evidence.sourceText.map(Value.text) },
        Column(name: "target") { .text($0.edge.target) },
        Column(name: "target_label") { .text($0.targetLabel) },
        Column(name: "target_text") { $0.evidence.targetText.map(Value.text) },
        Column(name: "type") { .text($0.edge.type.rawValue) },
        Column(name: "quad_class") { .text($0.edge.type.quadClass.rawValue) },
        Column(name: "confidence") { .number($0.edge.confidence) },
        Column(name: "historical") { .flag($0.edge.historical) },
        Column(name: "group") { $0.edge.group.map(Value.text) },
        Column(name: "trigger") { $0.evidence.trigger.map(Value.text) },
        Column(name: "text") { .text($0.evidence.text) },
    ]

    /// The rows of `graph`, in document order.
    static func rows(_ graph: RelationGraph) -> [Row] {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label.isEmpty ? $0.id : $0.label) }, uniquingKeysWith: { first, _ in first })
        let rows = graph.edges.flatMap { edge in
            edge.evidence.map { Row(edge: edge, evidence: $0, sourceLabel: labels[edge.source] ?? edge.source,
                                    targetLabel: labels[edge.target] ?? edge.target) }
        }
        // Sorted by evidence, then by edge: `edges` is already in key order and the sort is stable.
        return rows.enumerated().sorted { a, b in
            a.element.evidence.sentenceOrder(b.element.evidence) ?? (a.offset < b.offset)
        }.map(\.element)
    }

    /// The table as CSV, quoted and neutralised against formulas as the graph's CSV is.
    public static func csv(_ graph: RelationGraph) -> Data {
        let header = columns.map(\.name).joined(separator: ",") + "\r\n"
        let lines = rows(graph).map { row in
            columns.map { CSVWriter.cell($0.value(row).map(text) ?? "") }.joined(separator: ",") + "\r\n"
        }
        return Data((header + lines.joined()).utf8)
    }

    /// The table as JSON Lines: one object per row, keys in column order as JSON sorts them, empty cells left out.
    public static func jsonLines(_ graph: RelationGraph) throws -> Data {
        var data = Data()
        for row in rows(graph) {
            var object: [String: Any] = [:]
            for column in columns {
                guard let value = column.value(row) else { continue }
                object[column.name] = json(value)
            }
            data.append(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            data.append(0x0A)
        }
        return data
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): ExportColumns.number(number)
        case .flag(let flag): flag ? "true" : "false"
        }
    }

    private static func json(_ value: Value) -> Any {
        switch value {
        case .text(let text): text
        case .integer(let number): number
        case .number(let number): Double(ExportColumns.number(number)) ?? number
        case .flag(let flag): flag
        }
    }
}

extension Evidence {
    /// Whether this sentence comes before `other` in document order (document, sentence, offsets); nil when
    /// both are the same sentence, which several relations may share.
    fileprivate func sentenceOrder(_ other: Evidence) -> Bool? {
        let (mine, theirs) = (document ?? "", other.document ?? "")
        if mine != theirs { return mine < theirs }
        if sentence != other.sentence { return sentence < other.sentence }
        if start != other.start { return start < other.start }
        return nil
    }
}
