import Foundation

/// Writes the edges of a graph as JSON Lines: one edge object per line, in the graph's sorted order.
///
/// Line-oriented tools (`jq -c`, `grep`, streaming loaders, `pandas.read_json(lines=True)`)
/// read it without holding the whole graph. Each line is an `Edge` as the
/// JSON output writes it, keys sorted, so it decodes back with `JSONDecoder`.
public enum JSONLinesWriter {
    public static func data(_ graph: RelationGraph) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for edge in graph.edges {
            data.append(try encoder.encode(edge))
            data.append(0x0A)
        }
        return data
    }

    /// Reads edges written by `data(_:)`, skipping blank lines.
    public static func edges(from data: Data) throws -> [Edge] {
        let decoder = JSONDecoder()
        return try data.split(separator: 0x0A).filter { !$0.allSatisfy { $0 == 0x20 || $0 == 0x0D } }.map {
            try decoder.decode(Edge.self, from: Data($0))
        }
    }
}
