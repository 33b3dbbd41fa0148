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
    /// The article's title, when the corpus gives one: shown with its sentences in tooltips and the report.
    public var title: String?
    /// Where the article can be read, when the corpus gives it: the report links its sentences there.
    public var url: String?
    /// The language the corpus says the document is in (a JSON Lines record's `lang`); nil detects it.
    public var language: Language?
    /// Lines of the file, from 1, read as Windows-1252 because they are not UTF-8 (`--explain` names them).
    public var windows1252Lines: [Int]

    public init(id: String?, text: String, date: String? = nil, title: String? = nil, url: String? = nil,
                language: Language? = nil, windows1252Lines: [Int] = []) {
        self.id = id
        self.text = text
        self.date = date
        self.title = title
        self.url = url
        self.language = language
        self.windows1252Lines = windows1252Lines
    }
}

extension CorpusDocument {
    /// `graph`, read from this document, with the document's day, title and URL on every evidence.
    func stamp(_ graph: RelationGraph) -> RelationGraph {
        graph.stamped(date: date, title: title, url: url)
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
        return (document.stamp(result.graph), result.language)
    }
}
