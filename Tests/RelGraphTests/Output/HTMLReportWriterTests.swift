import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// The HTML report: one self-contained page with the picture, both tables, and article text escaped.
@Suite("HTMLReportWriter")
struct HTMLReportWriterTests {
    private func page() throws -> String {
        String(decoding: try GraphOutput.data(ExportFixture.graph, as: .html), as: UTF8.self)
    }

    @Test("escaping turns the five specials into entities and drops control characters and noncharacters")
    func escaping() {
        #expect(HTMLEscaping.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("a\u{1}b\nc\u{FFFE}\u{FFFF}") == "ab\nc")
    }

    @Test("the page of a hostile graph is well-formed XML, its text intact")
    func wellFormed() throws {
        let document = try XMLDocument(data: try GraphOutput.data(ExportFixture.graph, as: .html))
        #expect(document.rootElement()?.name == "html")
        #expect(document.rootElement()?.stringValue?.contains("Say \"hi\", <script>alert(1)</script>") == true)
    }

    @Test("each evidence sentence names its document and day, linked to the article when it has a web address")
    func evidenceSources() {
        let linked = Evidence(document: "d1", title: "Talks <resume>", url: "https://example.org/a?x=1&y=2", date: "2022-03-04",
                              sentence: 0, start: 0, end: 9, text: "A met B.", trigger: "met")
        #expect(HTMLReportWriter.evidenceParagraph(linked)
                == "<p><cite><a href=\"https://example.org/a?x=1&amp;y=2\">Talks &lt;resume&gt;, 2022-03-04</a></cite> A <mark>met</mark> B.</p>")
        var script = linked
        script.url = "javascript:alert(1)"
        #expect(!HTMLReportWriter.evidenceParagraph(script).contains("href"))
        #expect(HTMLReportWriter.evidenceParagraph(Evidence(sentence: 0, start: 0, end: 9, text: "A met B.")) == "<p>A met B.</p>")
    }

    @Test("comments are stripped from the SVG in one pass, the rest kept as it was")
    func inlineSVG() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- top -->\n<svg a=\"1\"><!-- n1 --><g>é</g><!-- e1 --><g/></svg>\n"
        #expect(HTMLReportWriter.inlineSVG(Data(svg.utf8)) == "<svg a=\"1\"><g>é</g><g/></svg>")
        #expect(HTMLReportWriter.inlineSVG(Data("<svg><!-- open".utf8)) == "<svg><!-- open")
        #expect(HTMLReportWriter.inlineSVG(Data("no picture".utf8)) == "")
    }

    @Test("the trigger is highlighted inside the escaped sentence, ignoring case and accents")
    func highlighting() {
        #expect(HTMLEscaping.highlighting("Reunion", in: "Une <réunion> a eu lieu") == "Une &lt;<mark>réunion</mark>&gt; a eu lieu")
        #expect(HTMLEscaping.highlighting("absent", in: "a < b") == "a &lt; b")
        #expect(HTMLEscaping.highlighting(nil, in: "a & b") == "a &amp; b")
    }

    @Test("the page has the inline SVG, one relation row per edge and one actor row per node")
    func structure() throws {
        let html = try page()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<figure class=\"graph\"><div class=\"picture\" tabindex=\"0\"><svg"))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        let relations = try #require(html.range(of: "<table id=\"relations\""))
        let actors = try #require(html.range(of: "<table id=\"actors\""))
        #expect(relations.lowerBound < actors.lowerBound)
        let relationRows = html[relations.upperBound..<actors.lowerBound].components(separatedBy: "<tr data-type=").count - 1
        #expect(relationRows == ExportFixture.graph.edges.count)
        #expect(html[actors.upperBound...].components(separatedBy: "<tr data-actor=").count - 1 == ExportFixture.graph.nodes.count)
        #expect(html.contains("<mark>talks</mark>"))
        #expect(html.contains("id=\"type-filter\"") && html.contains("id=\"actor-filter\""))
        #expect(html.contains("@media print"))
    }

    @Test("each relation row names the picture's line that draws it, and every line drawn has rows")
    func rowsNameTheirLines() throws {
        let html = String(decoding: try GraphOutput.data(HTMLReportBrowserTests.graph, as: .html, layout: .dot), as: UTF8.self)
        let rowLines = Set(Self.values(of: "data-line", in: html))
        let drawn = Set(Self.values(of: "id", in: html).filter { $0.hasPrefix("edge&#45;") }.map {
            $0.replacingOccurrences(of: "&#45;", with: "-")
        })
        #expect(Self.values(of: "data-line", in: html).count == HTMLReportBrowserTests.graph.edges.count)
        #expect(!drawn.isEmpty && rowLines == drawn)
        // The two agreements of the mutual line share its id; the others have a line each.
        #expect(rowLines.count == HTMLReportBrowserTests.graph.edges.count - 1)
    }

    @Test("both tables and the actor menu come in the order of the names shown, not of the ids")
    func sortedByName() throws {
        let html = String(decoding: try GraphOutput.data(HTMLReportBrowserTests.graph, as: .html, layout: .dot), as: UTF8.self)
        let names = ["Cuba", "États-Unis", "Nicaragua", "Russie", "Venezuela", "Vladimir Poutine"]
        let actors = try #require(html.range(of: "<table id=\"actors\""))
        let shown = names.compactMap { html.range(of: "<td>\($0)</td>", range: actors.upperBound..<html.endIndex)?.lowerBound }
        #expect(shown.count == names.count && shown == shown.sorted())
        let menu = names.compactMap { html.range(of: "\">\($0)</option>")?.lowerBound }
        #expect(menu.count == names.count && menu == menu.sorted())
        #expect(Self.values(of: "data-source", in: html)
                == ["USA", "USA", "NIC", "RUS", "RUS", "VEN", "person:vladimir-poutine"])
        #expect(html.contains("<table id=\"relations\" class=\"sortable\"><thead><tr><th aria-sort=\"ascending\">Source</th>"))
    }

    /// The values of every `name="…"` attribute in `html`, in order.
    private static func values(of name: String, in html: String) -> [String] {
        html.components(separatedBy: " \(name)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test("no markup from the article reaches the page")
    func escapesArticleText() throws {
        let html = try page()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<b>talks"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test("the page fetches nothing: no external source, link, import or url()")
    func selfContained() throws {
        let html = try page()
        for pattern in [#"(src|href)\s*=\s*["']?(https?:)?//"#, #"<link\b"#, #"@import"#, #"url\("#, #"<iframe"#] {
            #expect(html.range(of: pattern, options: .regularExpression) == nil, "found \(pattern)")
        }
    }

    @Test("the same graph gives the same page")
    func deterministic() throws {
        #expect(try page() == page())
    }
}
