import Foundation

/// Writes a graph as the JSON documented in the README: stable key order, sorted arrays.
///
/// Keys are sorted and arrays come sorted from `RelationGraph`, so the same
/// input gives byte-identical JSON.
public enum JSONWriter {
    public static func data(_ graph: RelationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        return data
    }

    /// The graph as one line of compact JSON (sorted keys, no line break inside), newline-terminated:
    /// the fragment format `relgraph extract` streams and `relgraph merge` reads.
    public static func line(_ graph: RelationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(graph)
        data.append(0x0A)
        return data
    }

    public static func string(_ graph: RelationGraph) throws -> String {
        String(decoding: try data(graph), as: UTF8.self)
    }

    /// Reads a graph written by `data(_:)`, for merging graphs extracted earlier.
    public static func graph(from data: Data) throws -> RelationGraph {
        try JSONDecoder().decode(RelationGraph.self, from: data)
    }
}
