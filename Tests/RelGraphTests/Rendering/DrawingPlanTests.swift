import XCTest
@testable import RelGraph

final class DrawingPlanTests: XCTestCase {
    static let summitStates = [
        "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "GTM",
        "HND", "MEX", "NIC", "PAN", "PER", "PRY", "SLV", "URY", "VEN",
    ]

    /// A hub (USA) convening 19 states, plus conflict, cooperation and affiliation around Venezuela.
    static func summitGraph() -> RelationGraph {
        var nodes = summitStates.map { Node(id: $0, kind: .state, label: $0) }
        nodes += [
            Node(id: "USA", kind: .state, label: "United States", mentions: 12),
            Node(id: "CHN", kind: .state, label: "China"),
            Node(id: "person:amina-diallo", kind: .person, label: "Amina Diallo", country: "VEN", role: "president"),
        ]
        var edges = summitStates.map { Edge(source: "USA", target: $0, type: .consult, group: "summit") }
        edges += [
            Edge(source: "USA", target: "VEN", type: .sanction, weight: 5),
            Edge(source: "CHN", target: "VEN", type: .cooperate),
            Edge(source: "VEN", target: "CHN", type: .cooperate),
            Edge(source: "person:amina-diallo", target: "VEN", type: .affiliation),
        ]
        let group = EventGroup(id: "summit", type: .consult, source: "USA", participants: summitStates)
        return RelationGraph(nodes: nodes, edges: edges, groups: [group])
    }

    private func line(_ plan: DrawingPlan, _ source: String, _ target: String) -> DrawingPlan.Line? {
        plan.lines.first { $0.source == source && $0.target == target }
    }

    func testParallelEdgesMergeIntoOneLineAndConflictWins() throws {
        let plan = DrawingPlan(GraphvizRendererTests.smallGraph())
        let cooperation = try XCTUnwrap(line(plan, "RUS", "VEN"))
        XCTAssertEqual(cooperation.types, [.consult, .support])
        XCTAssertEqual(cooperation.label, "consult, support")
        XCTAssertEqual(cooperation.dominantClass, .verbalCooperation)
        let conflict = try XCTUnwrap(line(plan, "USA", "VEN"))
        XCTAssertEqual(conflict.types, [.accuse, .sanction])
        XCTAssertEqual(conflict.weight, 5)
        XCTAssertEqual(conflict.dominantClass, .materialConflict)
        XCTAssertEqual(plan.lines.filter { $0.source == "USA" && $0.target == "VEN" }.count, 1)
    }

    func testCooperationAndConflictMixIsDrawnAsConflict() {
        let line = DrawingPlan.Line(source: "A", target: "B", direction: .directed, types: [.aid, .accuse],
                                    weight: 1, historical: false, evidence: [], cluster: nil)
        XCTAssertEqual(line.dominantClass, .verbalConflict)
    }

    func testSymmetricRelationStatedBothWaysIsOneMutualLine() throws {
        let plan = DrawingPlan(Self.summitGraph())
        let mutual = plan.lines.filter { Set([$0.source, $0.target]) == ["CHN", "VEN"] }
        XCTAssertEqual(mutual.count, 1)
        XCTAssertEqual(mutual.first?.direction, .mutual)
        XCTAssertEqual(mutual.first?.weight, 2)
        let dot = try GraphvizRenderer.dot(Self.summitGraph())
        XCTAssertTrue(dot.contains("dir=both"))
    }

    /// Relation labels are external labels, placed on their line once the layout is done: dot's label nodes
    /// could stand far from the curve routed past them. Graphviz 2.43's dot also frees a bad pointer after
    /// laying out a labelled line between two nodes of one rank on the first rank (`make memcheck` renders
    /// the examples to catch it); an external label makes no label node.
    func testRelationLabelsAreExternalLabels() throws {
        var graph = Self.summitGraph()
        let column = try XCTUnwrap(DrawingPlan(graph).clusters.first?.columns.first)
        let otherColumn = try XCTUnwrap(DrawingPlan(graph).clusters.first?.columns.last)
        graph.add(Edge(source: column[0], target: column[1], type: .accuse))
        graph.add(Edge(source: column[0], target: otherColumn[0], type: .reject))
        let dot = try GraphvizRenderer.dot(graph)
        XCTAssertTrue(dot.contains("xlabel=accuse"))
        XCTAssertTrue(dot.contains("xlabel=reject"))
        XCTAssertFalse(dot.contains("\tlabel=reject") || dot.contains("\tlabel=accuse"))
        XCTAssertFalse(try GraphvizRenderer.render(graph, as: .svg).isEmpty)
    }

    func testAsymmetricRelationStatedBothWaysStaysTwoArrows() {
        let graph = RelationGraph(
            nodes: [Node(id: "A", kind: .state, label: "A"), Node(id: "B", kind: .state, label: "B")],
            edges: [Edge(source: "A", target: "B", type: .accuse), Edge(source: "B", target: "A", type: .accuse)]
        )
        XCTAssertEqual(DrawingPlan(graph).lines.map(\.direction), [.directed, .directed])
    }

    func testGroupBecomesOneClusterWithOneLine() throws {
        let plan = DrawingPlan(Self.summitGraph())
        let cluster = try XCTUnwrap(plan.clusters.first)
        XCTAssertEqual(plan.clusters.count, 1)
        XCTAssertEqual(cluster.name, "cluster_summit")
        XCTAssertEqual(cluster.members, Self.summitStates)
        XCTAssertEqual(cluster.caption, "consult (19 participants)")
        XCTAssertEqual(cluster.columns.map(\.count), [5, 5, 5, 4])
        XCTAssertEqual(cluster.layoutLinks.count, 14)
        let intoCluster = plan.lines.filter { $0.cluster == "cluster_summit" }
        XCTAssertEqual(intoCluster.count, 1)
        XCTAssertEqual(intoCluster.first?.source, "USA")
        XCTAssertEqual(intoCluster.first?.weight, 19)
        XCTAssertNil(line(plan, "USA", "ARG"), "per-participant edges must be replaced by the cluster line")
        XCTAssertEqual(line(plan, "USA", "VEN")?.types, [.sanction], "other relations with members stay")
        let dot = try GraphvizRenderer.dot(Self.summitGraph())
        XCTAssertEqual(dot.components(separatedBy: "lhead=cluster_summit").count - 1, 1)
    }

    func testSummitDOTReadsBackWithSameCounts() throws {
        let graph = Self.summitGraph()
        let drawn = try GraphvizRenderer.drawnCounts(graph)
        // 22 actors; lines: cluster line, USA->VEN, CHN<->VEN, affiliation, plus 14 invisible column links.
        XCTAssertEqual(drawn, GraphvizRenderer.Counts(nodes: 22, edges: 18))
        XCTAssertEqual(try GraphvizRenderer.readBackCounts(dot: try GraphvizRenderer.dot(graph)), drawn)
    }

    func testNodeBelongsToTheFirstGroupOnly() {
        let ids = ["A", "B", "C", "D", "E", "H"]
        let graph = RelationGraph(
            nodes: ids.map { Node(id: $0, kind: .state, label: $0) },
            edges: ["A", "B", "C", "E"].map { Edge(source: "H", target: $0, type: .consult, group: "g1") }
                + ["A", "B", "C", "D"].map { Edge(source: "H", target: $0, type: .agree, group: "g2") },
            groups: [
                EventGroup(id: "g2", type: .agree, source: "H", participants: ["A", "B", "C", "D"]),
                EventGroup(id: "g1", type: .consult, source: "H", participants: ["A", "B", "C", "E"]),
            ]
        )
        let plan = DrawingPlan(graph)
        XCTAssertEqual(plan.clusters.map(\.name), ["cluster_g1"])
        XCTAssertEqual(plan.clusters.first?.members, ["A", "B", "C", "E"])
        // g2 keeps only D unclaimed: too few for a box, so its edges are drawn one by one.
        XCTAssertEqual(plan.lines.filter { $0.types == [.agree] }.map(\.target), ["A", "B", "C", "D"])
    }

    func testEnginesWithoutClustersDrawGroupEdgesOneByOne() {
        let plan = GraphvizDocument(Self.summitGraph(), engine: .neato).plan
        XCTAssertTrue(plan.clusters.isEmpty)
        XCTAssertEqual(plan.lines.filter { $0.source == "USA" && $0.types.contains(.consult) }.count, 19)
        XCTAssertFalse(GraphvizDocument(Self.summitGraph(), engine: .fdp).plan.clusters.isEmpty)
    }

    func testMissingEndpointsAreDrawnAsPlaceholders() {
        let graph = RelationGraph(nodes: [], edges: [Edge(source: "person:x", target: "org:UN", type: .request)])
        let plan = DrawingPlan(graph)
        XCTAssertEqual(plan.nodes.map(\.id), ["org:UN", "person:x"])
        XCTAssertEqual(plan.nodes.map(\.kind), [.organization, .person])
        XCTAssertEqual(plan.lines.count, 1)
    }

    func testTextEscaping() {
        XCTAssertEqual(GraphvizText.escString("a\\Nb\nc"), "a\\\\Nb\\nc")
        XCTAssertEqual(GraphvizText.html("<a href='x'>&\"\\N"), "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\\\\N")
        XCTAssertEqual(GraphvizText.identifier("person:jean-luc mélenchon"), "person_jean-luc_m_lenchon")
        XCTAssertEqual(GraphvizText.truncated("one two three", to: 9), "one two…")
        XCTAssertEqual(GraphvizText.truncated("short", to: 9), "short")
    }

    /// A combining mark makes `&` or `<` part of a larger Character; escaping by scalar still catches them.
    func testEscapingSeesThroughCombiningMarks() {
        XCTAssertEqual(GraphvizText.html("<\u{301}script>&\u{301}"), "&lt;\u{301}script&gt;&amp;\u{301}")
        XCTAssertEqual(GraphvizText.escString("\\\u{301}N"), "\\\\\u{301}N")
    }

    func testLineBreaksAndControls() {
        XCTAssertEqual(GraphvizText.escString("a\r\nb\rc\u{7}d\te"), "a\\nb\\nc" + "d\te")
        XCTAssertEqual(GraphvizText.singleLine("\n\nun\r\n\u{2028}deux\u{85}trois\n"), "un deux trois")
        XCTAssertEqual(GraphvizText.html("x\n\ny\u{1}"), "x y")
    }

    /// Ordinary text is returned as it is, though "ą" ends with NEL's last byte and "é" with PS's.
    func testPlainTextPassesUnchanged() {
        for text in ["l’État « libre » … ąę Łódź", " leading and trailing ", "© 2024 — naïve"] {
            XCTAssertEqual(GraphvizText.escString(text), text)
            XCTAssertEqual(GraphvizText.singleLine(text), text)
            XCTAssertEqual(GraphvizText.truncated(text, to: 300), text)
        }
        XCTAssertEqual(GraphvizText.singleLine("ą\u{2029}é"), "ą é")
        XCTAssertEqual(GraphvizText.singleLine("é\u{85}ą\u{2028}"), "é ą")
        XCTAssertEqual(GraphvizText.truncated("e\u{301}e\u{301}e\u{301}", to: 3), "e\u{301}e\u{301}e\u{301}")
    }

    func testTwoDecimalsFormatsLikePrintf() {
        for value in [0, 0.5, 1, 1.2, 2.4, 2.78496, 3.7, 4.9, 10.05, 12.345678] {
            XCTAssertEqual(GraphvizStyle.twoDecimals(value), String(format: "%.2f", value), "\(value)")
        }
    }

    func testPenWidthGrowsWithWeight() {
        let look = GraphvizStyle.look(.verbalConflict)
        XCTAssertLessThan(Double(GraphvizStyle.penWidth(look, weight: 1)) ?? 0, Double(GraphvizStyle.penWidth(look, weight: 4)) ?? 0)
        XCTAssertEqual(GraphvizStyle.penWidth(look, weight: 1), "1.30")
    }

    /// A mutual line shows a sentence once, though each direction names its ends apart.
    func testMutualLineShowsASentenceOnce() throws {
        let sentence = { (source: String, target: String) in
            Evidence(sentence: 0, start: 0, end: 20, text: "Chile and Peru met.", trigger: "met", sourceText: source, targetText: target)
        }
        let graph = RelationGraph(
            nodes: [Node(id: "CHL", kind: .state, label: "Chile"), Node(id: "PER", kind: .state, label: "Peru")],
            edges: [Edge(source: "CHL", target: "PER", type: .consult, evidence: [sentence("Chile", "Peru")]),
                    Edge(source: "PER", target: "CHL", type: .consult, evidence: [sentence("Peru", "Chile")])])
        let line = try XCTUnwrap(DrawingPlan(graph).lines.first)
        XCTAssertEqual(line.direction, .mutual)
        XCTAssertEqual(line.evidence.map(\.text), ["Chile and Peru met."])
    }
}
