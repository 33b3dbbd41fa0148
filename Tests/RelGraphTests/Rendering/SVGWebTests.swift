import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// The SVG as a web page uses it: ids and classes on every node and edge, evidence in tooltips,
/// and no markup from the article.
@Suite("SVG for the web")
struct SVGWebTests {
    private func svg() throws -> XMLElement {
        let data = try GraphvizRenderer.render(ExportFixture.graph, as: .svg)
        return try #require(try XMLDocument(data: data).rootElement())
    }

    private func groups(_ root: XMLElement, class prefix: String) throws -> [XMLElement] {
        try root.nodes(forXPath: "//*[local-name()='g']").compactMap { $0 as? XMLElement }.filter {
            ($0.attributes?.first { $0.name == "class" }?.stringValue ?? "").hasPrefix(prefix)
        }
    }

    private func value(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    @Test("every node and edge has an id and classes naming its kind or its relation types")
    func idsAndClasses() throws {
        let root = try svg()
        let nodes = try groups(root, class: "node")
        let edges = try groups(root, class: "edge")
        #expect(nodes.count == ExportFixture.graph.nodes.count)
        #expect(Set(nodes.compactMap { value($0, "id") }) == Set(ExportFixture.graph.nodes.map(\.id)))
        #expect(edges.count == 3)
        #expect(edges.allSatisfy { value($0, "id")?.hasPrefix("edge-") == true })
        let classes = edges.compactMap { value($0, "class") }
        #expect(classes.contains("edge material-conflict cooperate sanction"))
        #expect(classes.contains("edge verbal-conflict accuse"))
    }

    @Test("hovering an edge shows its evidence sentence")
    func evidenceTooltips() throws {
        let text = String(decoding: try GraphvizRenderer.render(ExportFixture.graph, as: .svg), as: UTF8.self)
        let tooltips = text.matches(of: /xlink:title="([^"]*)"/).map { String($0.1) }
        #expect(tooltips.contains { $0.contains("He said &quot;no&quot;, then left; the &lt;b&gt;talks&lt;/b&gt;") })
    }

    @Test("a line's tooltip names the document and day of each sentence")
    func tooltipsNameTheirDocument() throws {
        var graph = ExportFixture.graph
        graph = graph.naming(undocumentedEvidenceAs: "kyiv-03").stamped(date: "2022-03-04", title: "Talks resume")
        let text = String(decoding: try GraphvizRenderer.render(graph, as: .svg), as: UTF8.self)
            .replacingOccurrences(of: "&#45;", with: "-")
        let tooltips = text.matches(of: /xlink:title="([^"]*)"/).map { String($0.1) }
        #expect(tooltips.contains { $0.hasPrefix("[Talks resume, 2022-03-04] He said &quot;no&quot;") })
        #expect(GraphvizLabels.evidenceTooltip([Evidence(document: "d", date: "2022-01-02", sentence: 0, start: 0, end: 1, text: "A met B.")])
                == "[d, 2022-01-02] A met B.")
    }

    @Test("no markup or control character from the article reaches the SVG, which stays well-formed XML")
    func escaped() throws {
        let data = try GraphvizRenderer.render(ExportFixture.graph, as: .svg)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("<script"))
        #expect(!text.contains("<b>"))
        #expect(!text.unicodeScalars.contains("\u{1}"))
        #expect(XMLParser(data: data).parse(), "the strict parser rejects the SVG")
    }
}
