import Foundation

/// Reads graphs extracted earlier: a JSON graph file (`--format json`) or a
/// fragment file (`relgraph extract`: one compact graph per line).
///
/// Fragment files are read one line at a time, so a reduce step over a
/// large map output needs memory for the merged graph only.
public enum GraphReader {
    /// Calls `handle` with each graph in `path` (`-` is standard input).
    /// - Throws: `InputError` when the file cannot be read or holds neither form.
    public static func forEachGraph(in path: String, _ handle: (RelationGraph) throws -> Void) throws {
        var reader = try LineReader(path: path)
        defer { reader.close() }
        var pending: [UInt8] = []
        var isFragments = false
        while let line = reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            if isFragments {
                try handle(try decode(line, path: path, line: reader.lineNumber))
                continue
            }
            if pending.isEmpty, let graph = try? JSONWriter.graph(from: Data(line)) {
                isFragments = true
                try handle(graph)
                continue
            }
            pending += line
            pending.append(0x0A)
        }
        guard !pending.isEmpty else { return }
        do {
            try handle(try JSONWriter.graph(from: Data(pending)))
        } catch let error as DecodingError {
            throw InputError.badGraph(path, reason: Self.reason(error))
        }
    }

    private static func decode(_ line: [UInt8], path: String, line number: Int) throws -> RelationGraph {
        do {
            return try JSONWriter.graph(from: Data(line))
        } catch {
            throw InputError.badLine(path, line: number, reason: "not a relgraph graph fragment")
        }
    }

    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted: "it is not JSON"
        case .keyNotFound(let key, _): "it is JSON but not a relgraph graph (no \"\(key.stringValue)\")"
        default: "it is JSON but not a relgraph graph"
        }
    }
}
