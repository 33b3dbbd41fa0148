import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// The hand-written XML of the exports: what a parser reads back is exactly what was written.
@Suite("XML text")
struct XMLTextTests {
    private typealias Element = XMLText.Element

    private func text(_ root: Element) -> String {
        String(decoding: XMLText.data(root), as: UTF8.self)
    }

    @Test("a declaration, then one element a line, two spaces a level, text on its element's line")
    func layout() {
        let root = Element("a", [("id", "1")], children: [Element("b", text: "x"), Element("c", children: [Element("d")])])
        #expect(text(root) == """
            <?xml version="1.0" encoding="utf-8" standalone="no"?>
            <a id="1">
              <b>x</b>
              <c>
                <d></d>
              </c>
            </a>

            """)
    }

    @Test("attributes keep their order")
    func attributeOrder() {
        #expect(text(Element("e", [("z", "1"), ("a", "2"), ("m", "3")])).contains(#"<e z="1" a="2" m="3"></e>"#))
    }

    @Test("markup, quotes and whitespace in values read back unchanged", arguments: [
        "Paris & Berlin", "<b>bold</b>", "a \"quoted\" word", "l'accord", "two\nlines", "tab\there", "cr\r\nlf", "États-Unis ✓",
    ])
    func roundTrip(value: String) throws {
        let data = XMLText.data(Element("r", [("v", value)], text: value))
        let root = try #require(try XMLDocument(data: data).rootElement())
        #expect(root.attributes?.first { $0.name == "v" }?.stringValue == value)
        #expect(root.stringValue == value)
    }

    @Test("control characters XML cannot hold are dropped, the rest of the text kept")
    func forbiddenCharacters() throws {
        let data = XMLText.data(Element("r", [("v", "a\u{1}b")], text: "c\u{0}d\u{FFFF}e"))
        let root = try #require(try XMLDocument(data: data).rootElement())
        #expect(root.attributes?.first?.stringValue == "ab")
        #expect(root.stringValue == "cde")
    }

    @Test("text without anything to escape is returned as it is; escaping replaces only the table's bytes")
    func escaping() {
        let table: [UInt8: String] = [UInt8(ascii: "&"): "&amp;"]
        #expect(XMLText.escaped("plain é text", in: table) == "plain é text")
        #expect(XMLText.escaped("é&è&", in: table) == "é&amp;è&amp;")
    }
}
