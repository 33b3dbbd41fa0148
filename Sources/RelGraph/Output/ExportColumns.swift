/// The attributes every tabular export writes, in one table, so GraphML, GEXF and CSV agree.
///
/// Each column names a value type (so GraphML and GEXF can declare it) and
/// how to read it from the model; a nil value is simply not written.
enum ExportColumns {
    /// The value types GraphML and GEXF both know; the raw value is GraphML's name.
    enum ValueType: String, Sendable {
        case string, int, double, boolean

        /// GEXF 1.3's name for the type: its schema knows `integer`, not `int`.
        var gexfName: String {
            self == .int ? "integer" : rawValue
        }
    }

    struct Column<Subject>: Sendable {
        var name: String
        var type: ValueType
        var value: @Sendable (Subject) -> String?
    }

    static let nodes: [Column<Node>] = [
        Column(name: "kind", type: .string) { $0.kind.rawValue },
        Column(name: "label", type: .string) { $0.label },
        Column(name: "country", type: .string) { $0.country },
        Column(name: "role", type: .string) { $0.role },
        Column(name: "mentions", type: .int) { String($0.mentions) },
    ]

    static let edges: [Column<Edge>] = [
        Column(name: "type", type: .string) { $0.type.rawValue },
        Column(name: "quad_class", type: .string) { $0.type.quadClass.rawValue },
        Column(name: "weight", type: .int) { String($0.weight) },
        Column(name: "confidence", type: .double) { number($0.confidence) },
        Column(name: "historical", type: .boolean) { $0.historical ? "true" : "false" },
        Column(name: "documents", type: .int) { String($0.documents) },
        Column(name: "first_date", type: .string) { $0.firstDate },
        Column(name: "last_date", type: .string) { $0.lastDate },
        Column(name: "group", type: .string) { $0.group },
        Column(name: "trigger", type: .string) { joined($0.evidence.compactMap(\.trigger)) },
        Column(name: "evidence", type: .string) { joined($0.evidence.map(\.text)) },
    ]

    /// Several sentences or triggers in one cell, separated so a reader can tell them apart.
    static let separator = " | "

    private static func joined(_ values: [String]) -> String? {
        var seen = Set<String>()
        let unique = values.filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: separator)
    }

    /// A short, locale-independent decimal: `0.8`, not `0.80000000000000004`.
    static func number(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
