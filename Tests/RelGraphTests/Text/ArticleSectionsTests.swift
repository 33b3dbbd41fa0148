import Testing
@testable import RelGraph

/// ArticleSections: very long articles cut at the best boundary, nothing lost, offsets in scalars.
@Suite("ArticleSections")
struct ArticleSectionsTests {
    private func sections(_ text: String, limit: Int) -> [ArticleSections.Section] {
        Array(ArticleSections(text, limit: limit))
    }

    @Test("a text within the limit is one section at offset 0")
    func shortText() {
        let all = sections("Le Kenya a protesté.", limit: 100)
        #expect(all.count == 1)
        #expect(all.first?.text == "Le Kenya a protesté.")
        #expect(all.first?.scalarOffset == 0)
        #expect(sections("", limit: 100).isEmpty)
    }

    @Test("sections put back together give the text, each within the limit, offsets counting scalars")
    func nothingLost() {
        let paragraph = "Le Pérou a signé un accord avec le Chili.\nLa Bolivie a protesté. 🇧🇴 e\u{301}\n\n"
        let text = String(repeating: paragraph, count: 40)
        let all = sections(text, limit: 300)
        #expect(all.count > 1)
        #expect(all.map { String($0.text) }.joined() == text)
        var offset = 0
        for section in all {
            #expect(section.scalarOffset == offset)
            #expect(section.text.unicodeScalars.count <= 300)
            offset += section.text.unicodeScalars.count
        }
        #expect(offset == text.unicodeScalars.count)
    }

    @Test("a section ends after a paragraph break rather than a line break")
    func paragraphFirst() {
        let text = String(repeating: "a", count: 60) + "\n\n" + String(repeating: "b", count: 20) + "\nc c c " + String(repeating: "d", count: 40)
        let first = sections(text, limit: 100).first?.text ?? ""
        #expect(first.hasSuffix("a\n\n"))
    }

    @Test("without line breaks a section ends after a sentence, then after a space, then at the limit")
    func fallbacks() {
        let sentence = String(repeating: "x", count: 45) + ". " + String(repeating: "y", count: 10) + " " + String(repeating: "z", count: 50)
        #expect(sections(sentence, limit: 80).first.map { String($0.text) } == String(repeating: "x", count: 45) + ". ")
        let spaced = String(repeating: "x", count: 60) + " " + String(repeating: "y", count: 60)
        #expect(sections(spaced, limit: 80).first.map { String($0.text) } == String(repeating: "x", count: 60) + " ")
        let solid = String(repeating: "z", count: 250)
        #expect(sections(solid, limit: 100).map(\.text.count) == [100, 100, 50])
    }
}
