@testable import RelGraph

/// A small graph whose every text field is hostile: quotes, commas, line breaks, markup, a formula,
/// a control character. Exports must carry each value through unchanged (or neutralised as documented).
enum ExportFixture {
    static let hostileLabel = "Say \"hi\", <script>alert(1)</script>\nnow"
    static let formulaRole = "=cmd()"
    static let evidenceText = "He said \"no\", then left;\nthe <b>talks</b> & =HYPERLINK(\"x\") ended."

    static var graph: RelationGraph {
        RelationGraph(
            nodes: [
                Node(id: "RUS", kind: .state, label: "Russie", mentions: 4),
                Node(id: "VEN", kind: .state, label: hostileLabel, mentions: 2),
                Node(id: "org:NATO", kind: .organization, label: "OTAN"),
                Node(id: "person:a-b", kind: .person, label: "A \u{1}B", country: "RUS", role: formulaRole, mentions: 3),
            ],
            edges: [
                Edge(source: "RUS", target: "VEN", type: .cooperate, weight: 3, confidence: 0.8,
                     evidence: [Evidence(sentence: 0, start: 0, end: 10, text: evidenceText, trigger: "talks")]),
                Edge(source: "RUS", target: "VEN", type: .sanction, weight: 1, confidence: 0.5, historical: true),
                Edge(source: "person:a-b", target: "RUS", type: .affiliation, weight: 1),
                Edge(source: "person:a-b", target: "org:NATO", type: .accuse, weight: 2,
                     evidence: [Evidence(sentence: 1, start: 11, end: 20, text: "-1 + 1", trigger: "+")]),
            ]
        )
    }
}
