/// Why the syntax stage could not read a treebank or a model.
public enum SyntaxError: Error, Equatable, CustomStringConvertible {
    case malformedCoNLLU(line: Int, reason: String)
    /// A model's bytes do not follow the format `SyntaxModel` writes.
    case malformedModel(String)
    /// A treebank to train on holds no sentence with a complete tree.
    case noTrainingData

    public var description: String {
        switch self {
        case .malformedCoNLLU(let line, let reason): "malformed CoNLL-U at line \(line): \(reason)"
        case .malformedModel(let reason): "malformed syntax model: \(reason)"
        case .noTrainingData: "no sentence with a complete dependency tree to train on"
        }
    }
}
