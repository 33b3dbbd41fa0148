import Foundation
import Testing
import RelGraph

/// The README's "Embedding the library" example, compiled and run against the public API only.
@Suite("Embedding example")
struct EmbeddingExampleTests {
    @Test("extract, filter and render to Data in several formats")
    func readmeExample() throws {
        let articleText = "Les États-Unis ont imposé des sanctions à Cuba. La Russie a signé un accord avec le Venezuela."
        let graph = Extractor().extract(articleText)
        let svg = try GraphOutput.data(graph, as: .svg, layout: .dot)
        let sanctions = try GraphFilter(types: [.sanction]).apply(to: graph)
        let page = try GraphOutput.data(sanctions, as: .html, layout: .auto,
                                        style: RenderStyle(theme: .print, labels: .en, groupByCountry: true))
        var week = RelationGraph()
        week.merge(graph)

        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(sanctions.edges.map(\.type) == [.sanction])
        #expect(String(decoding: page, as: UTF8.self).contains("United States"))
        #expect(week == graph)
    }
}
