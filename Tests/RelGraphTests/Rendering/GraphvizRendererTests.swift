import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import RelGraph

final class GraphvizRendererTests: XCTestCase {
    // MARK: - Fixtures

    private static func sentence(_ text: String) -> Evidence {
        Evidence(sentence: 0, start: 0, end: text.unicodeScalars.count, text: text)
    }

    /// RUS and VEN, a person affiliated to RUS, an organization, and a 3-state group convened by RUS.
    static func smallGraph() -> RelationGraph {
        RelationGraph(
            nodes: [
                Node(id: "RUS", kind: .state, label: "Russia", mentions: 5),
                Node(id: "VEN", kind: .state, label: "Venezuela", mentions: 3),
                Node(id: "CUB", kind: .state, label: "Cuba"),
                Node(id: "NIC", kind: .state, label: "Nicaragua"),
                Node(id: "BOL", kind: .state, label: "Bolivia"),
                Node(id: "USA", kind: .state, label: "United States"),
                Node(id: "org:OPEC", kind: .organization, label: "OPEC"),
                Node(id: "person:lavrov", kind: .person, label: "Sergei Lavrov", country: "RUS", role: "foreign minister"),
            ],
            edges: [
                Edge(source: "RUS", target: "VEN", type: .support, evidence: [sentence("Moscow backs Caracas.")]),
                Edge(source: "RUS", target: "VEN", type: .consult),
                Edge(source: "USA", target: "VEN", type: .sanction, weight: 4),
                Edge(source: "USA", target: "VEN", type: .accuse),
                Edge(source: "person:lavrov", target: "RUS", type: .affiliation),
                Edge(source: "VEN", target: "org:OPEC", type: .cooperate, historical: true),
                Edge(source: "RUS", target: "CUB", type: .consult, group: "g1"),
                Edge(source: "RUS", target: "NIC", type: .consult, group: "g1"),
                Edge(source: "RUS", target: "BOL", type: .consult, group: "g1"),
            ],
            groups: [EventGroup(id: "g1", type: .consult, source: "RUS", participants: ["CUB", "NIC", "BOL"])]
        )
    }

    static let hostileLabels = [
        "Say \"hello\"", "back\\slash", "two\nlines", "name \\N here", "<script>alert(1)</script>", "AT&T", "l'état",
    ]

    static func hostileGraph() -> RelationGraph {
        var nodes = hostileLabels.enumerated().map { Node(id: "S\($0.offset)", kind: .state, label: $0.element) }
        nodes.append(Node(id: "person:x", kind: .person, label: "<script>alert(1)</script>", country: "A&B", role: "\"boss\" \\N"))
        let edges = [
            Edge(source: "S0", target: "S1", type: .accuse, evidence: [sentence("He said \"no\" & <b>left</b> \\N \\G.")]),
            Edge(source: "person:x", target: "S0", type: .affiliation),
        ]
        return RelationGraph(nodes: nodes, edges: edges)
    }

    // MARK: - Formats

    func testSVGIsXMLAndShowsEveryLabel() throws {
        let graph = Self.smallGraph()
        let texts = try SVGTexts.parse(try GraphvizRenderer.render(graph, as: .svg))
        for node in graph.nodes {
            XCTAssertTrue(texts.contains(node.label), "missing \(node.label) in \(texts)")
        }
        XCTAssertTrue(texts.contains("foreign minister, RUS"), "person detail line missing")
        XCTAssertTrue(texts.contains("consult") && texts.contains("support"), "parallel relations share one label, a relation a line")
        XCTAssertFalse(texts.contains("consult, support"), "a label of two relations is stacked, not written on one line")
    }

    func testSVGCarriesIDsAndClasses() throws {
        let svg = try SVGTexts.run(try GraphvizRenderer.render(Self.smallGraph(), as: .svg))
        XCTAssertEqual(svg.classes["person:lavrov"], "node person")
        XCTAssertEqual(svg.classes["RUS"], "node state")
        XCTAssertEqual(svg.classes["org:OPEC"], "node organization")
        XCTAssertEqual(svg.classes["edge-RUS-to-VEN-consult-support"], "edge verbal-cooperation consult support")
        XCTAssertEqual(svg.classes["edge-USA-to-VEN-accuse-sanction"], "edge material-conflict accuse sanction")
        XCTAssertEqual(svg.classes["edge-VEN-to-org_OPEC-cooperate"], "edge material-cooperation cooperate historical")
        XCTAssertEqual(svg.classes["cluster_g1"], "cluster")
        XCTAssertTrue(svg.titles.contains("Moscow backs Caracas."), "edge tooltip should carry the evidence")
    }

    func testPNGHasPNGSignature() throws {
        let png = try GraphvizRenderer.render(Self.smallGraph(), as: .png)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertGreaterThan(png.count, 1000)
    }

    func testPDFStartsWithPDFHeader() throws {
        let pdf = try GraphvizRenderer.render(Self.smallGraph(), as: .pdf)
        XCTAssertEqual(String(decoding: pdf.prefix(4), as: UTF8.self), "%PDF")
    }

    func testDOTFormatIsTheDOTText() throws {
        let graph = Self.smallGraph()
        XCTAssertEqual(try GraphvizRenderer.render(graph, as: .dot), Data(try GraphvizRenderer.dot(graph).utf8))
    }

    func testEveryFormatGraphvizWritesIsAnOutputFormat() {
        XCTAssertEqual(PictureFormat.allCases.map { OutputFormat(rawValue: $0.rawValue) }, [.svg, .png, .pdf, .dot])
    }

    // MARK: - DOT

    func testDOTReadsBackWithSameCounts() throws {
        let graph = Self.smallGraph()
        let dot = try GraphvizRenderer.dot(graph)
        let drawn = try GraphvizRenderer.drawnCounts(graph)
        XCTAssertEqual(try GraphvizRenderer.readBackCounts(dot: dot), drawn)
        // 8 actors; lines: RUS->VEN (merged), USA->VEN (merged), affiliation, VEN->OPEC,
        // one RUS->cluster line, plus invisible layout links (none for 3 members).
        XCTAssertEqual(drawn, GraphvizRenderer.Counts(nodes: 8, edges: 5))
    }

    func testDOTIsDeterministic() throws {
        let first = try GraphvizRenderer.dot(Self.smallGraph())
        let second = try GraphvizRenderer.dot(Self.smallGraph())
        XCTAssertEqual(first, second)
        XCTAssertTrue(first.hasPrefix("digraph relgraph {"))
    }

    func testDOTCarriesTheStyling() throws {
        let dot = try GraphvizRenderer.dot(Self.smallGraph())
        XCTAssertTrue(dot.contains("rankdir=LR"))
        XCTAssertTrue(dot.contains("compound=true"))
        XCTAssertTrue(dot.contains("lhead=cluster_g1"))
        XCTAssertTrue(dot.contains("xlabel=\"consult\\nsupport\""), "parallel relations share one label, a relation a line")
        XCTAssertTrue(dot.contains("style=dashed"), "historical relation must be dashed")
        XCTAssertTrue(dot.contains("#e6550d") || dot.contains("#a63603"), "conflict colour missing")
    }

    // MARK: - Hostile text

    func testHostileLabelsGiveValidSVGWithoutScript() throws {
        let graph = Self.hostileGraph()
        let data = try GraphvizRenderer.render(graph, as: .svg)
        let texts = try SVGTexts.parse(data)
        XCTAssertFalse(SVGTexts.elementNames(data).contains("script"))
        for label in Self.hostileLabels {
            for line in label.split(separator: "\n") {
                XCTAssertTrue(texts.contains(String(line)), "label line \(line) not shown literally: \(texts)")
            }
        }
        XCTAssertTrue(texts.contains("\"boss\" \\N, A&B"))
    }

    func testHostileLabelsGiveDOTThatReadsBack() throws {
        let graph = Self.hostileGraph()
        let dot = try GraphvizRenderer.dot(graph)
        XCTAssertEqual(try GraphvizRenderer.readBackCounts(dot: dot), try GraphvizRenderer.drawnCounts(graph))
    }

    // MARK: - Shapes of graphs

    func testEmptyGraphSaysNoActorsFound() throws {
        let texts = try SVGTexts.parse(try GraphvizRenderer.render(RelationGraph(), as: .svg))
        XCTAssertEqual(texts, ["No actors found"])
        XCTAssertEqual(try GraphvizRenderer.drawnCounts(RelationGraph()), GraphvizRenderer.Counts(nodes: 1, edges: 0))
    }

    func testEveryLayoutEngineRenders() throws {
        for engine in LayoutEngine.allCases {
            let svg = try GraphvizRenderer.render(Self.smallGraph(), as: .svg, layout: engine)
            XCTAssertTrue(try SVGTexts.parse(svg).contains("Russia"), "\(engine) lost a label")
        }
    }

    func testUnknownLayoutEngineThrowsUnavailable() {
        XCTAssertThrowsError(try GraphvizRenderer.render(Self.smallGraph(), formatName: "svg", engineName: "nosuch")) { error in
            guard case .layoutEngineUnavailable(let engine, let message)? = error as? RenderError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(engine, "nosuch")
            XCTAssertTrue(message.contains("not recognized"), message)
            XCTAssertTrue("\(error)".contains("libgvc6"))
        }
    }

    func testUnknownOutputFormatThrowsPluginUnavailable() {
        XCTAssertThrowsError(try GraphvizRenderer.render(Self.smallGraph(), formatName: "nosuch", engineName: "dot")) { error in
            guard case .outputPluginUnavailable(let format, _)? = error as? RenderError else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(format, "nosuch")
        }
        XCTAssertTrue("\(RenderError.outputPluginUnavailable(format: "png", message: "x"))".contains("cairo"))
    }

    func testConcurrentRenderingDoesNotCrash() {
        let graph = Self.smallGraph()
        let sizes = Mutex8()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            let format: PictureFormat = index.isMultiple(of: 2) ? .svg : .png
            let size = (try? GraphvizRenderer.render(graph, as: format).count) ?? 0
            sizes.set(index, size)
        }
        XCTAssertTrue(sizes.values.allSatisfy { $0 > 0 }, "\(sizes.values)")
    }

    // MARK: - Output format

    func testOutputFormatFromPathExtension() {
        XCTAssertEqual(OutputFormat(pathExtension: "gv"), .dot)
        XCTAssertEqual(OutputFormat(pathExtension: ".SVG"), .svg)
        XCTAssertEqual(OutputFormat(pathExtension: "json"), .json)
        XCTAssertNil(OutputFormat(pathExtension: "jpg"))
        XCTAssertEqual(OutputFormat.allCases.filter(\.isGraphvizRendered), [.svg, .png, .pdf])
    }
}

/// Eight slots written from several threads.
private final class Mutex8: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = [Int](repeating: 0, count: 8)

    func set(_ index: Int, _ value: Int) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// Reads an SVG with XMLParser: fails on malformed XML, collects `<text>` contents and element names.
final class SVGTexts: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var names: Set<String> = []
    /// `class` attribute by `id`, for every element that has both.
    private(set) var classes: [String: String] = [:]
    /// Tooltips (`xlink:title`) of links.
    private(set) var titles: Set<String> = []
    private var current: String?

    static func parse(_ data: Data) throws -> [String] {
        try run(data).texts
    }

    static func elementNames(_ data: Data) -> Set<String> {
        (try? run(data).names) ?? []
    }

    static func run(_ data: Data) throws -> SVGTexts {
        let collector = SVGTexts()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "SVG", code: 1)
        }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        names.insert(elementName.lowercased())
        if let id = attributeDict["id"], let cls = attributeDict["class"] { classes[id] = cls }
        if let title = attributeDict["xlink:title"] { titles.insert(title) }
        if elementName == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "text", let text = current {
            texts.append(text)
            current = nil
        }
    }
}
