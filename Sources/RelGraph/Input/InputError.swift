/// Why an article could not be read. Each message names the file and what to do, in the library's words: the command
/// line names its own options instead where it maps the error to an exit code.
public enum InputError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case isDirectory(String)
    case unreadable(String, reason: String)
    case binary(String)
    /// Larger than the byte limit; `bytes` is nil for a stream, refused as soon as it passed the limit.
    case tooLarge(String, bytes: Int?, limit: Int)
    /// A line of a JSON Lines or graph file longer than the byte limit, refused before it is all read.
    case lineTooLong(String, line: Int, limit: Int)
    /// A folder given as input holds no file matching the glob.
    case noMatchingFiles(String, glob: String)
    /// A line of a JSON Lines corpus or fragment file that cannot be used.
    case badLine(String, line: Int, reason: String)
    /// A file given to `merge` that is not a relgraph graph.
    case badGraph(String, reason: String)
    /// A run cut by period (`--by`) found no dated document; `undated` were read without a day.
    case noDatedDocument(period: String, undated: Int)

    public var description: String {
        switch self {
        case .tooLarge: problem + "; split the input or raise the byte limit"
        case .lineTooLong: problem + "; split the document or raise the byte limit"
        case .noMatchingFiles: problem + "; give another pattern or the files themselves"
        case .badGraph: problem + "; give a graph written as JSON or fragments written by extraction"
        case .noDatedDocument: problem + ": give JSON Lines records with a \"date\" (YYYY-MM-DD), or do not cut by period"
        default: problem
        }
    }

    /// What is wrong, without the advice of the cases whose remedy is an option: the command line adds its own,
    /// naming the option.
    public var problem: String {
        switch self {
        case .notFound(let path): "cannot read '\(path)': no such file"
        case .isDirectory(let path): "cannot read '\(path)': it is a directory; give the article files inside it"
        case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        case .binary(let path): "cannot read '\(path)': it is not text (binary data); give a plain-text article"
        case .tooLarge(let path, let bytes?, let limit): "cannot read '\(path)': \(bytes) bytes is more than the limit of \(limit)"
        case .tooLarge(let path, nil, let limit): "cannot read '\(path)': it holds more than the limit of \(limit) bytes"
        case .lineTooLong(let path, let line, let limit):
            "cannot read '\(path)' line \(line): it is longer than the limit of \(limit) bytes"
        case .noMatchingFiles(let path, let glob): "cannot read '\(path)': the directory holds no file matching '\(glob)'"
        case .badLine(let path, let line, let reason): "cannot read '\(path)' line \(line): \(reason)"
        case .badGraph(let path, let reason): "cannot read '\(path)': \(reason)"
        case .noDatedDocument(let period, let undated): "cutting by \(period) found no dated document (\(undated) undated)"
        }
    }
}
