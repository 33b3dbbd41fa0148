import Foundation

/// Reads graphs extracted earlier: a JSON graph file (`--format json`) or a
/// fragment file (`relgraph extract`: one compact graph per line).
///
/// Fragment files are read one line at a time, so a reduce step over a
/// large map output needs memory for the merged graph only. The first
/// non-blank line decides which form a file has: a line that is a whole
/// JSON value on its own makes it a fragment file, anything else (the `{`
/// that starts a pretty graph) one JSON document. Every refusal names the
/// line, and the field when the JSON is well-formed but not a graph.
public enum GraphReader {
    /// Calls `handle` with each graph in `path` (`-` is standard input).
    /// - Parameter byteLimit: the longest line, and the largest JSON document, read.
    /// - Throws: `InputError` when the file cannot be read, is too large or holds neither form.
    /// - Parameter namingDocuments: name the evidence of a whole JSON graph file that names no document (a lone
    ///   article's graph) after the file, `monday` for `monday.json`, so that a merged graph still says which
    ///   article each sentence comes from. Fragment lines are left as `extract` wrote them: it names every
    ///   document of a corpus, and `extract | merge` stays byte for byte what `render` gives.
    public static func forEachGraph(in path: String, byteLimit: Int = ArticleReader.defaultByteLimit,
                                    namingDocuments: Bool = false, _ handle: (RelationGraph) throws -> Void) throws {
        let stem = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        try forEachGraph(in: path, byteLimit: byteLimit) { graph, isFragment in
            guard namingDocuments, !isFragment else { return try handle(graph) }
            try handle(graph.naming(undocumentedEvidenceAs: stem))
        }
    }

    /// Calls `handle` with each graph in `path` and whether it is a line of a fragment file.
    private static func forEachGraph(in path: String, byteLimit: Int,
                                     _ handle: (RelationGraph, Bool) throws -> Void) throws {
        var reader = try LineReader(path: path, lineLimit: byteLimit)
        defer { reader.close() }
        var document: [UInt8] = []
        var first: (line: Int, problem: GraphJSON.Problem)?
        // Whether the second non-blank line is a whole graph on its own (nil until it is read): a fragment file then.
        var secondIsGraph: Bool?
        var isFragments = false
        while let line = try reader.next() {
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
            if first != nil {
                if !isBlank, secondIsGraph == nil { secondIsGraph = (try? GraphJSON.decode(Data(line)).get()) != nil }
                document += line
                document.append(0x0A)
                guard document.count <= byteLimit else { throw InputError.tooLarge(path, bytes: nil, limit: byteLimit) }
                continue
            }
            if isBlank { continue }
            switch GraphJSON.decode(Data(line)) {
            case .success(let graph):
                isFragments = true
                try handle(graph, true)
            case .failure(let problem) where isFragments || !problem.isSyntax:
                throw InputError.badLine(path, line: reader.lineNumber, reason: problem.reason)
            case .failure(let problem):
                first = (reader.lineNumber, problem)
                document = line + [0x0A]
            }
        }
        guard let first else { return }
        switch GraphJSON.decode(Data(document)) {
        case .success(let graph):
            try handle(graph, false)
        case .failure where secondIsGraph == true:
            // A fragment file whose first line is cut short: the next line is a whole graph.
            throw InputError.badLine(path, line: first.line, reason: first.problem.reason)
        case .failure(let problem):
            guard let offset = problem.byteOffset else { throw InputError.badGraph(path, reason: problem.reason) }
            let line = first.line + document.prefix(offset).count { $0 == 0x0A }
            throw InputError.badLine(path, line: line, reason: problem.reason)
        }
    }
}
