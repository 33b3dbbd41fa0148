import Foundation

/// Where the documents of a corpus come from, resolved from the command line's inputs.
///
/// A file is one article, `-` is standard input, a folder is every article
/// under it matching a glob; with JSON Lines each file (or standard input)
/// holds one document per line instead.
public enum CorpusInput: Sendable, Hashable {
    /// One plain-text article, read whole; `path` may be `-`.
    case article(path: String, id: String?)
    /// A JSON Lines file of `{"id", "text", "date"?}` objects; `path` may be `-`.
    case jsonLines(path: String)

    /// Resolves `paths` into inputs, folders expanded (recursively, sorted).
    ///
    /// Ids name documents in evidence: none for a lone article (the output
    /// stays as it always was), the file name without extension for articles
    /// given one by one, the path inside the folder without extension for
    /// articles found in a folder.
    /// - Parameter warn: told of each file of a folder that is left out (a name that is not UTF-8), in one line.
    /// - Throws: `InputError.noMatchingFiles` for a folder with no article matching `glob`.
    public static func resolve(_ paths: [String], glob: String = "*.txt", jsonLines: Bool = false,
                               warn: (String) -> Void = { _ in }) throws -> [CorpusInput] {
        let paths = paths.isEmpty ? ["-"] : paths
        var inputs: [CorpusInput] = []
        for path in paths {
            if isDirectory(path) {
                let files = try DirectoryWalker.files(in: path, matching: glob, skip: warn)
                guard !files.isEmpty else { throw InputError.noMatchingFiles(path, glob: glob) }
                let base = URL(fileURLWithPath: path)
                for file in files {
                    let full = base.appendingPathComponent(file).path
                    inputs.append(jsonLines ? .jsonLines(path: full) : .article(path: full, id: withoutExtension(file)))
                }
            } else {
                let id = paths.count > 1 ? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent : nil
                inputs.append(jsonLines ? .jsonLines(path: path) : .article(path: path, id: id))
            }
        }
        return inputs
    }

    /// The file (or `-`) the documents are read from.
    public var path: String {
        switch self {
        case .article(let path, _), .jsonLines(let path): path
        }
    }

    /// The number of documents, when known before reading (not for JSON Lines).
    public static func documentCount(_ inputs: [CorpusInput]) -> Int? {
        var count = 0
        for input in inputs {
            guard case .article = input else { return nil }
            count += 1
        }
        return count
    }

    private static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    private static func withoutExtension(_ relative: String) -> String {
        (relative as NSString).deletingPathExtension
    }
}
