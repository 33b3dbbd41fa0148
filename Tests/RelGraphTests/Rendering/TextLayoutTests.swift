import CGraphvizText
import Foundation
import Testing
@testable import RelGraph

/// relgraph's text layout for Graphviz (Sources/CGraphvizText/text_layout.c): labels measured from DejaVu Sans's
/// metrics as Graphviz's pango plugin measures them, so that an SVG is laid out as it would be with pango.
@Suite("Text layout")
struct TextLayoutTests {
    /// Widths in points that Graphviz's pango plugin gave these labels in DejaVu Sans (`dot -Txdot`, Graphviz
    /// 2.43, pango 1.50): the figures the layout must reproduce.
    static let pangoWidths: [(text: String, points: Double, width: Double)] = [
        ("reject", 10, 28), ("consult", 10, 36), ("sanction", 10, 42), ("Tanzania", 12, 52),
        ("Miguel Díaz-Canel", 12, 107), ("Rodrigo Benítez", 12, 94), ("Joe Biden", 14, 66),
        ("Vladimir Poutine", 14, 115), ("Venezuela", 14, 71), ("Nicaragua", 16, 83), ("Ukraine", 16, 63),
        ("Yuri Borisov", 16, 96), ("Argentina", 16, 79), ("Cuba", 18, 47), ("Russie", 18, 60),
        ("États-Unis", 18, 93), ("Venezuela", 18, 94),
    ]

    @Test("labels measure within a point of what pango gives, most of them exactly")
    func matchesPango() {
        var exact = 0
        for sample in Self.pangoWidths {
            let width = rg_text_width(sample.text, sample.points)
            #expect(abs(width - sample.width) <= 1, "\(sample.text) at \(sample.points) pt: \(width), pango \(sample.width)")
            if width == sample.width { exact += 1 }
        }
        #expect(exact * 4 >= Self.pangoWidths.count * 3)
    }

    @Test("kerning pulls a pair together; widths grow with the size and the text")
    func kerningAndScale() {
        let pair = rg_text_width("To", 16), apart = rg_text_width("T", 16) + rg_text_width("o", 16) - 1
        #expect(pair < apart)
        #expect(rg_text_width("Venezuela", 18) > rg_text_width("Venezuela", 12))
        #expect(rg_text_width("Venezuelan", 12) > rg_text_width("Venezuela", 12))
        #expect(rg_text_width("", 12) == 1)
    }

    @Test("a character the font lacks is measured as a fallback font draws it: a full em for Chinese")
    func missingCharacters() {
        #expect(rg_text_width("中国", 12) == floor(2 * 16 * 0.75 + 1))
        #expect(rg_text_width("\u{10FFFF}", 10) > 1)
    }
}
