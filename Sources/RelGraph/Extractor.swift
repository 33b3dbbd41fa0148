/// Reads articles and returns the graph of who does what to whom.
///
/// The whole pipeline: text -> sentences and tokens -> actor mentions ->
/// persons and coreference -> relations -> graph. It holds no state, so one
/// extractor can serve many threads at once.
///
/// ```swift
/// let graph = Extractor().extract("Le Kenya a signé un accord avec l'Ouganda.")
/// let svg = try GraphvizRenderer.render(graph, as: .svg)
/// ```
public struct Extractor: Sendable {
    /// The language to read in; nil detects it per document.
    public var language: Language?
    /// Actors and aliases added by the user (`--lexicon`).
    public var lexicon: UserLexicon

    public init(language: Language? = nil, lexicon: UserLexicon = UserLexicon()) {
        self.language = language
        self.lexicon = lexicon
    }

    /// Extracts the graph of one article.
    /// - Parameters:
    ///   - text: the article's text.
    ///   - documentID: a name for the article, kept in every edge's evidence when given.
    public func extract(_ text: String, documentID: String? = nil) -> RelationGraph {
        let analysis = analyse(text, documentID: documentID)
        return GraphBuilder(document: analysis.document, actors: analysis.actors, relations: analysis.relations,
                            userLabels: lexicon.organizationLabels).build()
    }

    /// The language `extract` would read `text` in.
    public static func detectLanguage(_ text: String) -> Language {
        LanguageDetector.detect(Tokenizer.tokenize(Array(text.prefix(20_000).unicodeScalars)))
    }

    struct Analysis {
        var document: Document
        var actors: ActorFinder.Result
        var relations: [Relation]
    }

    func analyse(_ text: String, documentID: String? = nil) -> Analysis {
        let document = Document(text: text, language: language, id: documentID)
        let actors = ActorFinder(document: document, user: lexicon).run()
        let relations = RelationExtractor(document: document, actors: actors).run()
        return Analysis(document: document, actors: actors, relations: relations)
    }
}
