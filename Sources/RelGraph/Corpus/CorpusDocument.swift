/// One article of a corpus: its text, the name its evidence carries, and its publication day.
///
/// Documents are read one at a time and dropped once extracted, so a corpus
/// never sits in memory whole; only the evidence sentences stay, in the graph.
public struct CorpusDocument: Sendable, Hashable {
    /// The name kept in every evidence of this document; nil for a lone article.
    public var id: String?
    public var text: String
    /// The publication day, `YYYY-MM-DD`, when the corpus gives one.
    public var date: String?
    /// Lines of the file, from 1, read as Windows-1252 because they are not UTF-8 (`--explain` names them).
    public var windows1252Lines: [Int]

    public init(id: String?, text: String, date: String? = nil, windows1252Lines: [Int] = []) {
        self.id = id
        self.text = text
        self.date = date
        self.windows1252Lines = windows1252Lines
    }
}

extension Extractor {
    /// Extracts the graph of one corpus document, its date carried to every evidence and edge.
    public func extract(_ document: CorpusDocument) -> RelationGraph {
        extract(document.text, documentID: document.id).dated(document.date)
    }
}
