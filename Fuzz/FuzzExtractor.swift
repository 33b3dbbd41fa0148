// libFuzzer entry point over the decoder, the web page reader, the extractor and the writers (built by
// `make fuzz`, not by SwiftPM). Any bytes are decoded as an article (and read as a web page), extracted,
// and written as JSON and DOT; a crash, a hang, a JSON that does not read back, or Graphviz text from
// which Graphviz could decode a reference or a control character is a finding.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    _ = try? GraphJSON.decode(bytes).get()
    guard let text = try? ArticleReader.decode(bytes, name: "fuzz") else { return 0 }
    _ = HTMLText.text(text)
    let graph = Extractor().extract(text)
    guard let json = try? JSONWriter.data(graph), let back = try? JSONWriter.graph(from: json), back == graph else {
        fatalError("JSON did not read back")
    }
    for label in graph.nodes.map(\.label) + graph.edges.flatMap(\.evidence).map(\.text) {
        for escaped in [GraphvizText.escString(label), GraphvizText.tooltip(label)] where !isInert(escaped) {
            fatalError("Graphviz text holds a bare '&' or a forbidden character")
        }
    }
    _ = try? GraphvizRenderer.dot(graph)
    return 0
}

/// True when every `&` starts `&amp;` and no character XML forbids is left.
private func isInert(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
        if scalar == "&", String(String.UnicodeScalarView(scalars[index...].prefix(5))) != "&amp;" { return false }
        if GraphvizText.isControl(scalar) { return false }
    }
    return true
}
