import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RelGraph

/// Every input the fuzzer ever found, and every hostile input of issue 18 (kept in `Fuzz/regressions/`),
/// still extracts and writes cleanly: JSON reads back, DOT is written, and the SVG and the HTML report
/// are well-formed XML.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    @Test func everyRegressionInputRunsThrough() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files.count >= 8)
        for file in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            #expect(data.count < 1 << 20, "\(file) is larger than a regression input should be")
            if file.hasPrefix("graph-") {
                try mergesOrNamesTheLine(Self.folder.appendingPathComponent(file).path)
                continue
            }
            guard var text = try? ArticleReader.decode(data, name: file) else { continue }
            if HTMLText.looksLikeHTML(text) { text = HTMLText.text(text) }
            let graph = Extractor().extract(text)
            #expect(try JSONWriter.graph(from: JSONWriter.data(graph)) == graph, "\(file)")
            _ = try GraphvizRenderer.dot(graph)
            _ = try XMLDocument(data: try GraphvizRenderer.render(graph, as: .svg))
            _ = try XMLDocument(data: try GraphOutput.data(graph, as: .html))
            let explanation = Explanation.text(for: text)
            #expect(!explanation.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B }, "\(file)")
        }
    }

    /// A graph file as `merge` reads it: merged twice (counts saturate) and drawn as well-formed XML, or refused
    /// with the line that is wrong.
    private func mergesOrNamesTheLine(_ path: String) throws {
        var graph = RelationGraph()
        do {
            for _ in 0..<2 { try GraphReader.forEachGraph(in: path) { graph.merge($0) } }
        } catch let error as InputError {
            #expect("\(error)".contains(" line "), "\(path): \(error)")
            return
        }
        #expect(try JSONWriter.graph(from: JSONWriter.data(graph)) == graph, "\(path)")
        _ = try XMLDocument(data: try GraphvizRenderer.render(graph, as: .svg))
        _ = try XMLDocument(data: try GraphOutput.data(graph, as: .html))
        _ = CSVWriter.tables(graph)
    }
}
