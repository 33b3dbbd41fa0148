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
    /// The language the corpus says the document is in (a JSON Lines record's `lang`); nil detects it.
    public var language: Language?
    /// Lines of the file, from 1, read as Windows-1252 because they are not UTF-8 (`--explain` names them).
    public var windows1252Lines: [Int]

    public init(id: String?, text: String, date: String? = nil, language: Language? = nil, windows1252Lines: [Int] = []) {
        self.id = id
        self.text = text
        self.date = date
        self.language = language
        self.windows1252Lines = windows1252Lines
    }
}

extension Extractor {
    /// Extracts the graph of one corpus document, its date carried to every evidence and edge.
    public func extract(_ document: CorpusDocument) -> RelationGraph {
        extractWithLanguage(document).graph
    }

    /// The graph of one corpus document and the language it was read in: the document's own `language`
    /// wins over the extractor's.
    func extractWithLanguage(_ document: CorpusDocument) -> (graph: RelationGraph, language: LanguageDecision) {
        var reader = self
        reader.language = document.language ?? language
        let result = reader.extractWithLanguage(document.text, documentID: document.id)
        return (result.graph.dated(document.date), result.language)
    }
}
