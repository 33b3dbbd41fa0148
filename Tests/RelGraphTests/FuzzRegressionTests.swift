import Foundation
import Testing
@testable import RelGraph

/// Every input the fuzzer ever found (kept in `Fuzz/regressions/`) still extracts and writes cleanly.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions")

    @Test func everyRegressionInputRunsThrough() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
            guard let text = try? ArticleReader.decode(data, name: file) else { continue }
            let graph = Extractor().extract(text)
            #expect(try JSONWriter.graph(from: JSONWriter.data(graph)) == graph, "\(file)")
            _ = try GraphvizRenderer.dot(graph)
        }
    }
}
