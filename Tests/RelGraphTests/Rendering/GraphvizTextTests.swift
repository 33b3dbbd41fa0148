import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// Whatever an article holds, the SVG is well-formed XML and shows the article's text as it is:
/// Graphviz decodes no reference and expands no backslash escape from it.
@Suite("Graphviz text")
struct GraphvizTextTests {
    /// References Graphviz would decode into forbidden characters, escapes it would expand, a noncharacter.
    static let hostile = "Monday &#x1; &#xD800; &nbsp; &amp; AT&T C:\\Users\\Guest, \\G \\E \\N \\L \\\\ end\u{FFFE}\u{FFFF}."
    static let shown = "Monday &#x1; &#xD800; &nbsp; &amp; AT&T C:\\Users\\Guest, \\G \\E \\N \\L \\\\ end."

    private static var graph: RelationGraph {
        RelationGraph(
            nodes: [
                Node(id: "RUS", kind: .state, label: "Russia " + hostile),
                Node(id: "org:a&nbsp;b\\G", kind: .organization, label: "Pact"),
                Node(id: "person:x", kind: .person, label: "X &#x1;", country: "RUS", role: "envoy \\G &nbsp;"),
            ],
            edges: [
                Edge(source: "RUS", target: "org:a&nbsp;b\\G", type: .consult,
                     evidence: [Evidence(sentence: 0, start: 0, end: 10, text: hostile)]),
                Edge(source: "person:x", target: "RUS", type: .affiliation),
            ]
        )
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    @Test("escStrings escape '&' and backslashes; tooltips take four backslashes; forbidden characters go")
    func escaping() {
        #expect(GraphvizText.escString("a&b\\G\u{FFFE}\u{1}") == "a&amp;b\\\\G")
        #expect(GraphvizText.tooltip("C:\\G&") == "C:\\\\\\\\G&amp;")
        #expect(GraphvizText.nodeName("org:a&b\\G\u{1}") == "org:a&amp;b\\G")
        #expect(GraphvizText.escString("plain text, ，") == "plain text, ，")
    }

    @Test("line breaks become one space; accented letters whose UTF-8 ends like LS or PS are not line breaks")
    func singleLines() {
        #expect(GraphvizText.singleLine("a\r\n\u{2028}b\u{2029}c\u{85}d\n") == "a b c d")
        #expect(GraphvizText.singleLine("\nélite très chère") == "élite très chère")
        for text in ["è", "très", "Ũ©"] { #expect(!GraphvizText.hasLineBreak(text), "\(text)") }
        for text in ["a\u{2028}", "\u{2029}b", "\u{85}", "\u{0B}"] { #expect(GraphvizText.hasLineBreak(text)) }
    }

    @Test("the SVG parses as XML, and tooltips, labels and titles read as the article wrote them")
    func svgIsWellFormed() throws {
        let data = try GraphvizRenderer.render(Self.graph, as: .svg)
        let document = try XMLDocument(data: data)
        let root = try #require(document.rootElement())
        let anchors = try root.nodes(forXPath: "//*[local-name()='a']").compactMap { $0 as? XMLElement }
        let tooltips = anchors.compactMap { attribute($0, "xlink:title") }
        #expect(tooltips.contains(Self.shown), "\(tooltips)")
        let texts = try root.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        #expect(texts.contains { $0.replacingOccurrences(of: "\u{A0}", with: " ") == "Russia " + Self.shown }, "\(texts)")
        #expect(texts.contains("envoy \\G &nbsp;, RUS"), "\(texts)")
        let titles = try root.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
        #expect(titles.contains("org:a&nbsp;b\\G"), "\(titles)")
        #expect(!String(decoding: data, as: UTF8.self).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test("the HTML report parses as XML with the same text")
    func reportIsWellFormed() throws {
        let data = try GraphOutput.data(Self.graph, as: .html)
        let document = try XMLDocument(data: data)
        #expect(document.rootElement()?.stringValue?.contains(Self.shown) == true)
    }

    @Test("the PNG size is known from the layout, and a bitmap past the limit is refused before cairo")
    func bitmapLimit() throws {
        let small = Self.graph
        let png = try GraphvizRenderer.render(small, as: .png)
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 100 && height > 100 && BitmapLimit.allows(width: width, height: height))
        // One actor with a label 20,000 characters long: a layout of one node, a bitmap far wider than the limit.
        let wide = RelationGraph(nodes: [Node(id: "RUS", kind: .state, label: String(repeating: "Russia ", count: 3000))], edges: [])
        #expect {
            try GraphvizRenderer.render(wide, as: .png)
        } throws: { error in
            guard case RenderError.bitmapTooLarge(let width, _) = error else { return false }
            return width > BitmapLimit.maximumSide
        }
        #expect(try GraphvizRenderer.render(wide, as: .svg).count > 0)
        #expect(!BitmapLimit.allows(width: 10_000, height: 10_000))
        #expect(!BitmapLimit.allows(width: .max, height: .max))
        #expect(BitmapLimit.size(boundingBox: "0,0,72,36", padInches: 0.5)?.width == 192)
    }

    @Test("a bitmap within the limit is still refused, not crashed on, when its memory cannot be had")
    func bitmapMemory() {
        // 7,686 × 6,882 pixels, as sfdp lays out 220 actors: 4 bytes a pixel and half as much again.
        #expect(BitmapLimit.bytesNeeded(width: 7_686, height: 6_882) == 7_686 * 6_882 * 6)
        #expect(BitmapLimit.bytesNeeded(width: .max, height: 2) == .max)
        #expect(BitmapLimit.memoryAvailable(bytes: 1 << 20))
        // More than any address space: what a process under `ulimit -v` is told of a bitmap it cannot have.
        #expect(!BitmapLimit.memoryAvailable(bytes: 1 << 62))
        #expect(!BitmapLimit.memoryAvailable(bytes: .max))
        let message = RenderError.bitmapOutOfMemory(width: 7_686, height: 6_882, bytes: BitmapLimit.bytesNeeded(width: 7_686, height: 6_882)).description
        #expect(message.contains("7686 × 6882 pixels") && message.contains("302 MiB") && message.contains("SVG or PDF"))
    }

    @Test("a failed layout suggests engines other than the one that failed")
    func engineSuggestion() {
        let dot = RenderError.layoutFailed(engine: "dot", message: "trouble").description
        #expect(dot.contains("(neato or sfdp)"))
        #expect(RenderError.layoutFailed(engine: "neato", message: "").description.contains("(dot or sfdp)"))
    }
}
