// libFuzzer entry point over the decoder, the web page reader, the extractor and the writers (built by
// `make fuzz`, not by SwiftPM). Any bytes are decoded as an article (and read as a web page), extracted,
// and written as JSON, DOT and CSV; a crash, a hang, a JSON that does not read back, Graphviz text from
// which Graphviz could decode a reference or a control character, or DOT that keeps a control character
// (or stops being UTF-8) on its way to a terminal is a finding.
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
    if let dot = try? GraphvizRenderer.dot(graph) {
        let shown = TerminalText.printable(utf8: Data(dot.utf8))
        if shown.contains(where: { $0 == 0x1B || $0 == 0x07 }) || String(data: shown, encoding: .utf8) == nil {
            fatalError("DOT bound for a terminal still holds a control character, or is no longer UTF-8")
        }
    }
    _ = CSVWriter.tables(graph)
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
