import Testing
@testable import RelGraph

@Suite("Explanation")
struct ExplanationTests {
    @Test("A sentence that yields a relation is followed by its parse; one without a relation is not")
    func parses() {
        let text = Explanation.text(for: "La France a condamné l'Allemagne. Le président Octave Ferrandier est à Paris.",
                                    extractor: Extractor(language: .fr))
        let lines = text.split(separator: "\n").map(String.init)
        let parse = try? #require(lines.firstIndex(of: "  parse:"))
        #expect(lines.filter { $0 == "  parse:" }.count == 1)
        guard let parse else { return }
        #expect(lines[parse - 1].contains("FRA -[ACCUSE]-> DEU"))
        #expect(lines[parse + 1].hasPrefix("    1 La "))
        #expect(lines.contains { $0.hasPrefix("    4 condamné ") })
        #expect(!lines[(parse + 1)...].contains { $0.hasPrefix("  parse") })
    }

    @Test("Escape sequences in the article do not reach the terminal")
    func controlCharacters() {
        let text = Explanation.text(for: "La France \u{1B}]0;pwned\u{7}a condamné l'Allemagne.\u{1B}[2J", extractor: Extractor(language: .fr))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("FRA -[ACCUSE]-> DEU"))
    }

    @Test("The lines read as Windows-1252 are named")
    func decodingNote() {
        let document = CorpusDocument(id: nil, text: "La France a condamné l'Allemagne.\nCafé.", windows1252Lines: [2])
        let lines = Explanation.text(for: document, extractor: Extractor(language: .fr)).split(separator: "\n")
        #expect(lines.prefix(2) == ["language: fr (given)", "read as Windows-1252 (not UTF-8): line 2"])
        #expect(Explanation.decodingNote(Array(1...12)) == "read as Windows-1252 (not UTF-8): lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more")
    }

    @Test("A named document's explanation starts with a header naming it, its day, title and address")
    func documentHeader() {
        let document = CorpusDocument(id: "kyiv-03", text: "La France a condamné l'Allemagne.", date: "2022-03-04",
                                      title: "Talks\nresume", url: "https://example.org/k3")
        let lines = Explanation.text(for: document, extractor: Extractor(language: .fr)).split(separator: "\n")
        #expect(lines.first == "document: kyiv-03, 2022-03-04, \"Talks resume\", https://example.org/k3")
        #expect(lines.dropFirst().first?.hasPrefix("language: fr") == true)
        let lone = CorpusDocument(id: nil, text: "La France a condamné l'Allemagne.")
        #expect(Explanation.text(for: lone, extractor: Extractor(language: .fr)).hasPrefix("language: fr"))
    }
}
