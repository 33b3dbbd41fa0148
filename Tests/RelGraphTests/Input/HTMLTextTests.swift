import Testing
@testable import RelGraph

/// A saved web page reads as the text its reader sees.
@Suite("HTMLText")
struct HTMLTextTests {
    @Test func scriptsStylesAndCommentsDisappearWithTheirContent() {
        let html = "<html><head><style>p { color: red }</style><script>var x = '<p>Pologne</p>';</script></head>"
            + "<body><!-- <p>Hongrie</p> --><p>La Pologne proteste.</p></body></html>"
        let text = HTMLText.text(html)
        #expect(text.contains("La Pologne proteste."))
        #expect(!text.contains("Hongrie"))
        #expect(!text.contains("var x"))
        #expect(!text.contains("color"))
    }

    @Test func blockElementsSeparateSentences() {
        let text = HTMLText.text("<h1>Kenya signs pact</h1><p>Ethiopia agrees</p>")
        let document = Document(text: text, language: .en)
        #expect(document.sentences.count == 2)
    }

    @Test func entitiesAreDecoded() {
        #expect(HTMLText.text("l&#39;arm&eacute;e &amp; la &#x4C;igue &laquo;ok&raquo;") == "l'armée & la Ligue «ok»")
        #expect(HTMLText.text("AT&T and &bogus; stay") == "AT&T and &bogus; stay")
    }

    @Test func unclosedTagIsKeptAsText() {
        #expect(HTMLText.text("a < b") == "a < b")
    }

    @Test("a page of unclosed '<' keeps them as text, and a later tag still closes")
    func manyUnclosedTags() {
        let text = String(repeating: "a < b ", count: 50_000)
        #expect(HTMLText.text(text) == text)
        #expect(HTMLText.text("<p>La Pologne < la Hongrie < la Serbie") == "\nLa Pologne < la Hongrie < la Serbie")
    }

    @Test func sniffing() {
        #expect(HTMLText.looksLikeHTML("<!DOCTYPE html><html>"))
        #expect(HTMLText.looksLikeHTML("  <div class='story'>text</div>"))
        #expect(!HTMLText.looksLikeHTML("Le Maroc et l'Algérie ont signé un accord."))
    }

    @Test func anHTMLArticleGivesTheSameGraphAsItsText() {
        let plain = "Le Maroc a signé un accord avec l'Algérie.\n\nLa Tunisie a critiqué l'accord."
        let html = "<html><body><p>Le Maroc a sign&eacute; un accord avec l&#8217;Alg&eacute;rie.</p>"
            + "<script>alert('Libye')</script><p>La Tunisie a critiqu&eacute; l'accord.</p></body></html>"
        let fromPlain = Extractor(language: .fr).extract(plain)
        let fromHTML = Extractor(language: .fr).extract(HTMLText.text(html))
        #expect(fromHTML.nodes.map(\.id) == fromPlain.nodes.map(\.id))
        #expect(fromHTML.edges.map(\.key) == fromPlain.edges.map(\.key))
        #expect(!fromHTML.nodes.contains { $0.id == "LBY" })
    }

    @Test func tagScanFindsOpeningBracketsAnywhere() {
        #expect(!HTMLText.mayHoldTag("Le Kenya signe un accord avec l'Ouganda."))
        #expect(!HTMLText.mayHoldTag(""))
        #expect(HTMLText.mayHoldTag("Texte <p>suite"))
        #expect(HTMLText.mayHoldTag("fin ≮"))
        #expect(!HTMLText.mayHoldTag("flèche → ≠"))
    }
}
