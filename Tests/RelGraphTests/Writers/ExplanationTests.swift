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
}
