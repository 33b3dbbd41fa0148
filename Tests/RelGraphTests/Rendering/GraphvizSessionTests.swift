import Foundation
import Testing
@testable import RelGraph

/// The Graphviz contexts: vector formats in a lean context with relgraph's text layout, the rest in a full one.
@Suite("Graphviz session")
struct GraphvizSessionTests {
    @Test("SVG and Graphviz's text formats need no cairo; PNG, PDF and unknown formats get every plugin",
          arguments: [("svg", GraphvizSession.Plugins.vector), ("dot", .vector), ("json", .vector),
                      ("png", .all), ("pdf", .all), ("nosuch", .all)])
    func pluginsPerFormat(format: String, plugins: GraphvizSession.Plugins) {
        #expect(GraphvizSession.Plugins(format: format) == plugins)
    }

    @Test("the lean context lays out with every engine, adding the other layouts when first asked")
    func everyEngineInTheVectorContext() throws {
        for engine in LayoutEngine.allCases where engine != .auto {
            let svg = try GraphvizRenderer.render(GraphvizRendererTests.smallGraph(), formatName: "svg", engineName: engine.rawValue)
            #expect(String(decoding: svg, as: UTF8.self).contains(">Russia<"), "\(engine) lost a label")
        }
    }
}
