// libFuzzer entry point over the extractor and the writers (built by `make fuzz`, not by SwiftPM).
// Any bytes are decoded as an article, extracted, and written as JSON and DOT; a crash, a hang or a
// JSON that does not read back is a finding.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let text = try? ArticleReader.decode(bytes, name: "fuzz") else { return 0 }
    let graph = Extractor().extract(text)
    guard let json = try? JSONWriter.data(graph), let back = try? JSONWriter.graph(from: json), back == graph else {
        fatalError("JSON did not read back")
    }
    _ = try? GraphvizRenderer.dot(graph)
    return 0
}
