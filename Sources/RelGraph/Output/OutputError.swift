/// Why an output file could not be written. Nothing is left behind when it is thrown.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case notWritable(String, reason: String)
    case unknownExtension(String)
    /// The path names a folder (or ends in `/`), not a file.
    case isFolder(String)
    /// The output is one of the files the run reads: writing it would destroy the input.
    case overwritesInput(output: String, input: String)

    public var description: String {
        switch self {
        case .missingFolder(let path): "cannot write '\(path)': its folder does not exist"
        case .notWritable(let path, let reason): "cannot write '\(path)': \(reason)"
        case .isFolder(let path): "cannot write '\(path)': it is a folder; give a file name"
        case .overwritesInput(let output, let input) where output == input:
            "cannot write '\(output)': it is an input of this run and would be lost; give another output file"
        case .overwritesInput(let output, let input):
            "cannot write '\(output)': it is the input '\(input)' and would be lost; give another output file"
        case .unknownExtension(let path):
            "cannot tell the format of '\(path)' from its extension; use \(Self.extensions), or name the format"
        }
    }

    /// ".svg, .png, … or .events.jsonl": every extension that names a format, from the formats themselves so that a new one is never left out.
    public static let extensions: String = {
        let names = OutputFormat.allCases.map { "." + $0.rawValue }
        return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
    }()
}
