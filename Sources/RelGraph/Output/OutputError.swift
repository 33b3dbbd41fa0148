/// Why an output file could not be written. Nothing is left behind when it is thrown.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case notWritable(String, reason: String)
    case unknownExtension(String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "cannot write '\(path)': its folder does not exist"
        case .notWritable(let path, let reason): "cannot write '\(path)': \(reason)"
        case .unknownExtension(let path):
            "cannot tell the format of '\(path)' from its extension; use .svg, .png, .pdf, .dot, .gv, .json, .graphml, .gexf, .csv, .jsonl or .html, or give --format"
        }
    }
}
