import Foundation
import Testing
@testable import RelGraph

/// Dirty input never crashes the extractor or the writers, and input text never becomes markup.
@Suite("Robustness")
struct RobustnessTests {
    /// A deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
    }

    private static let pieces = [
        "La France", " a signé ", "un accord", " avec ", "l'Allemagne", ".", "\n", "«", "»", " qui ", ",", " et ",
        "the United States", " attacked ", "Iran", " said ", "President", " Ana ", "Palacio", "<script>", "\"", "\\",
        "\\N", "{", "}", "->", "--", "&amp;", "=cmd()", "\u{0}", "\u{FEFF}", "é", "ñ", "日本", "🙂", "\u{202E}",
        "U.S.", "EE.UU.", " ne ", " pas ", " pourrait ", "les deux parties", " son pays ", "(", ")", "'s", "-",
    ]

    @Test(arguments: 0..<40)
    func randomTextNeverCrashesAndIsDeterministic(seed: Int) throws {
        var generator = Generator(state: UInt64(seed) &+ 1)
        var text = ""
        for _ in 0..<Int(generator.next() % 300) {
            text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))]
        }
        let graph = Extractor().extract(text)
        let again = Extractor().extract(text)
        #expect(graph == again)
        let json = try JSONWriter.data(graph)
        #expect(try JSONWriter.graph(from: json) == graph)
    }

    @Test func overlongSentencesAreCut() {
        let text = Array(repeating: "la France et l'Allemagne", count: 2000).joined(separator: " ")
        let document = Document(text: text, language: .fr)
        #expect(document.sentences.count > 1)
        #expect(document.sentences.allSatisfy { $0.tokenRange.count <= SentenceSplitter.maximumLength })
        #expect(document.sentences.last?.tokenRange.upperBound == document.tokens.count)
    }

    @Test func hostileTextStaysTextInDOTAndSVG() throws {
        let text = "Le président <script>alert(1)</script> \"Jean\\N Dupont\" a déclaré que la France a attaqué l'Allemagne."
        let graph = Extractor(language: .fr).extract(text)
        let svg = String(decoding: try GraphvizRenderer.render(graph, as: .svg), as: UTF8.self)
        #expect(!svg.contains("<script"))
        // In DOT the sentence is a quoted string (data, not markup): it must read back whole.
        let dot = try GraphvizRenderer.dot(graph)
        let counts = try GraphvizRenderer.readBackCounts(dot: dot)
        #expect(counts.nodes >= graph.nodes.count)
    }
}
