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

    public init(id: String?, text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }
}

extension Extractor {
    /// Extracts the graph of one corpus document, its date carried to every evidence and edge.
    public func extract(_ document: CorpusDocument) -> RelationGraph {
        extract(document.text, documentID: document.id).dated(document.date)
    }
}
