/// Why an article could not be read. Each message names the file and what to do.
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
        case .notFound(let path): "cannot read '\(path)': no such file"
        case .isDirectory(let path): "cannot read '\(path)': it is a directory; give the article files inside it"
        case .unreadable(let path, let reason): "cannot read '\(path)': \(reason)"
        case .binary(let path): "cannot read '\(path)': it is not text (binary data); give a plain-text article"
        case .tooLarge(let path, let bytes?, let limit):
            "cannot read '\(path)': \(bytes) bytes is more than the limit of \(limit); split the input or raise --max-input-bytes"
        case .tooLarge(let path, nil, let limit):
            "cannot read '\(path)': it holds more than the limit of \(limit) bytes; split the input or raise --max-input-bytes"
        case .lineTooLong(let path, let line, let limit):
            "cannot read '\(path)' line \(line): it is longer than the limit of \(limit) bytes; split the document or raise --max-input-bytes"
        case .noMatchingFiles(let path, let glob):
            "cannot read '\(path)': the directory holds no file matching '\(glob)'; give --glob or the files themselves"
        case .badLine(let path, let line, let reason): "cannot read '\(path)' line \(line): \(reason)"
        case .badGraph(let path, let reason):
            "cannot read '\(path)': \(reason); give JSON written by 'relgraph --format json' or 'relgraph extract'"
        case .noDatedDocument(let period, let undated):
            "--by \(period) found no dated document (\(undated) undated): give JSON Lines records with a \"date\" "
                + "(YYYY-MM-DD), or leave out --by"
        }
    }
}
