import Foundation
import Testing
@testable import RelGraph

/// The type scale and its specimen: the sizes a picture uses are the sizes the warm-up meets first.
@Suite("Type specimen")
struct TypeSpecimenTests {
    /// Every `font-size` Graphviz wrote into an SVG, in points.
    private func fontSizes(_ svg: Data) -> Set<Double> {
        let text = String(decoding: svg, as: UTF8.self)
        let pattern = /font-size="([0-9.]+)"/
        return Set(text.matches(of: pattern).compactMap { Double($0.output.1) })
    }

    private var scale: Set<Double> { Set(GraphvizStyle.typeScale.map(Double.init)) }

    @Test("a drawing with clusters, persons, labels, the legend and busy actors uses only the type scale")
    func drawingUsesTheScale() throws {
        let fixture = GraphvizRendererTests.smallGraph()
        let busier = fixture.nodes.map { node in
            var node = node
            if node.id == "RUS" { node.mentions = 40 }
            return node
        }
        let graph = RelationGraph(nodes: busier, edges: fixture.edges, groups: fixture.groups)
        for theme in RenderStyle.Theme.allCases {
            let sizes = fontSizes(try GraphvizRenderer.render(graph, as: .svg, style: RenderStyle(theme: theme)))
            #expect(sizes.count >= 4, "the fixture should exercise most sizes, found \(sizes.sorted())")
            #expect(sizes.isSubset(of: scale), "sizes off the scale: \(sizes.subtracting(scale).sorted())")
        }
        let empty = fontSizes(try GraphvizRenderer.render(RelationGraph(), as: .svg))
        #expect(empty.isSubset(of: scale))
    }

    @Test("node sizes grow one step per doubling of mentions, from 12 to 18 pt", arguments: [
        (0, "12"), (1, "12"), (2, "14"), (3, "14"), (4, "16"), (7, "16"), (8, "18"), (1000, "18"),
    ])
    func nodeSize(mentions: Int, expected: String) {
        #expect(GraphvizStyle.fontSize(mentions: mentions) == expected)
    }

    @Test("the specimen sets every size of the scale")
    func specimenCoversTheScale() throws {
        let sizes = fontSizes(try GraphvizRenderer.renderSpecimen(formatName: "svg"))
        #expect(sizes == scale)
    }

    @Test("the specimen's text holds every legend glyph of every theme")
    func specimenHoldsTheGlyphs() throws {
        let text = TypeSpecimen.text
        #expect(text.contains("⬡") && text.contains("▶") && text.contains("╌"))
        let plan = DrawingPlan(GraphvizRendererTests.smallGraph())
        let legend = try #require(GraphvizLegend.html(for: plan, glyphs: GraphvizTheme(.print).legendGlyphs))
        let specimen = Set(text.unicodeScalars)
        let drawnGlyphs = legend.unicodeScalars.filter { $0.value >= 0x2500 && $0.value < 0x2C00 }
        #expect(drawnGlyphs.allSatisfy { specimen.contains($0) })
    }
}
