import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// Every SVG, HTML report, GraphML and GEXF file relgraph ships in `Output/`, and every one it draws from the
/// example articles, is well-formed XML: a browser or an XML tool refuses a file with one stray control
/// character or undefined entity, whatever else is right in it.
@Suite("Well-formed output")
struct WellFormedOutputTests {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let xmlExtensions: Set<String> = ["svg", "html", "graphml", "gexf"]

    @Test("the files in Output/ parse as XML")
    func shippedOutputs() throws {
        let folder = Self.root.appendingPathComponent("Output")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { Self.xmlExtensions.contains(URL(fileURLWithPath: $0).pathExtension) }
        #expect(names.count >= 12)
        for name in names {
            #expect(throws: Never.self, "\(name)") { _ = try XMLDocument(data: Data(contentsOf: folder.appendingPathComponent(name))) }
        }
    }

    @Test("the example articles drawn now as SVG, HTML, GraphML and GEXF parse as XML")
    func drawnOutputs() throws {
        let folder = Self.root.appendingPathComponent("Examples")
        let articles = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        #expect(articles.count >= 3)
        for article in articles {
            let text = try ArticleReader.decode(Data(contentsOf: folder.appendingPathComponent(article)), name: article)
            let graph = Extractor().extract(text)
            for format in [OutputFormat.svg, .html, .graphml, .gexf] {
                #expect(throws: Never.self, "\(article) as \(format)") {
                    _ = try XMLDocument(data: try GraphOutput.data(graph, as: format))
                }
            }
        }
    }
}
