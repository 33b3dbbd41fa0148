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
    /// The language to read a document in when its own words do not tell (a headline, a one-line record):
    /// a corpus's language so far (`CorpusLanguage`); nil reads such a document in English.
    public var corpusLanguage: Language?
    /// Actors and aliases added by the user (`--lexicon`).
    public var lexicon: UserLexicon
    /// The most evidence sentences an edge keeps when the sections of a very long article are merged;
    /// nil keeps all. Articles read whole are not cut: the caller's own merge applies its limit.
    public var evidenceLimit: Int?
    /// Threads that parse one article's sentences: more than one only when the article is read alone, since a
    /// corpus already keeps every core busy with its documents.
    var sentenceThreads = 1

    public init(language: Language? = nil, lexicon: UserLexicon = UserLexicon(), evidenceLimit: Int? = nil,
                corpusLanguage: Language? = nil) {
        self.language = language
        self.corpusLanguage = corpusLanguage
        self.lexicon = lexicon
        self.evidenceLimit = evidenceLimit
    }

    /// Extracts the graph of one article.
    ///
    /// An article longer than `ArticleSections.defaultLimit` scalars is read one section at a time,
    /// so memory does not grow with its length; a surname or "the two countries" is then resolved
    /// within its section only.
    /// - Parameters:
    ///   - text: the article's text.
    ///   - documentID: a name for the article, kept in every edge's evidence when given.
    public func extract(_ text: String, documentID: String? = nil) -> RelationGraph {
        extract(text, documentID: documentID, sectionLimit: ArticleSections.defaultLimit)
    }

    func extract(_ text: String, documentID: String?, sectionLimit: Int) -> RelationGraph {
        extractWithLanguage(text, documentID: documentID, sectionLimit: sectionLimit).graph
    }

    /// The graph of one article and the language it was read in.
    func extractWithLanguage(_ text: String, documentID: String?, sectionLimit: Int = ArticleSections.defaultLimit)
        -> (graph: RelationGraph, language: LanguageDecision) {
        var graph: RelationGraph?
        var language = LanguageDecision.given(self.language ?? .en)
        forEachSection(of: text, documentID: documentID, limit: sectionLimit) { analysis in
            if graph == nil { language = analysis.document.languageDecision }
            add(analysis, to: &graph)
        }
        return (graph ?? RelationGraph(), language)
    }

    /// Adds the graph of one section's analysis to `graph`, which a first section starts.
    func add(_ analysis: Analysis, to graph: inout RelationGraph?) {
        let part = GraphBuilder(document: analysis.document, actors: analysis.actors, relations: analysis.relations,
                                userLabels: lexicon.organizationLabels).build()
        guard var whole = graph else {
            graph = part
            return
        }
        whole.merge(part, evidenceLimit: evidenceLimit)
        graph = whole.statedInOneDocument()
    }

    /// Starts building, on another thread, the lexicon tables that every language reads, so that the first
    /// article finds them ready: for a program that has other work to do first, such as parsing its arguments.
    /// Optional; extraction builds whatever is not ready when it needs it, and its results are the same.
    public static func prepareInBackground() {
        LanguagePreparation.startShared()
    }

    /// Starts building, on other threads, the tables that reading the article at `path` will take: those of
    /// `language`, or of the language its first words are in. Optional, as `prepareInBackground()`: a program that
    /// only guesses which file is the article loses nothing but a spare core's time when the guess is wrong.
    public static func prepareInBackground(forArticleAt path: String, language: Language?) {
        // The article's lexicon first: the reading waits for it longest, and the threads free to start work are
        // as many as the cores.
        LanguagePreparation.start(forArticleAt: path, language: language)
        LanguagePreparation.startShared()
    }

    /// Whether `prepareInBackground(forArticleAt:language:)` may read the file at `path` ahead: a regular file, never a
    /// pipe or a device, whose bytes the reading would then miss.
    public static func canReadAhead(_ path: String) -> Bool {
        LanguagePreparation.canReadAhead(path)
    }

    /// The language `extract` would read `text` in, English when its words do not tell.
    public static func detectLanguage(_ text: String) -> Language {
        Extractor().languageDecision(for: text).language
    }

    /// The language this extractor would read `text` in, and why.
    public func languageDecision(for text: String) -> LanguageDecision {
        if let language { return .given(language) }
        return LanguageDetector.decide(Tokenizer.tokenize(Array(text.prefix(20_000).unicodeScalars)), corpusLanguage: corpusLanguage)
    }

    struct Analysis {
        var document: Document
        var actors: ActorFinder.Result
        var relations: [Relation]
        /// What the relation stage read in each sentence with a trigger, by sentence index, when recording was asked.
        var readings: [Int: SentenceReading] = [:]
    }

    /// Analyses `text` section by section, handing each analysis to `body` before reading the next.
    /// - Parameter recording: keep what the relation stage read in each sentence (`Analysis.readings`), for `--explain`.
    func forEachSection(of text: String, documentID: String?, limit: Int = ArticleSections.defaultLimit,
                        recording: Bool = false, _ body: (Analysis) -> Void) {
        var sections = ArticleSections(text, limit: limit).makeIterator()
        guard let first = sections.next() else {
            return body(analyse(text, documentID: documentID, recording: recording))
        }
        // A long article is read in one language, decided from its start; a short one decides from its own tokens.
        let language = self.language.map(LanguageDecision.given)
            ?? (first.text.endIndex == text.endIndex ? nil : languageDecision(for: text))
        var origin = Document.Origin()
        var section: ArticleSections.Section? = first
        while let current = section {
            origin.scalar = current.scalarOffset
            let analysis = analyse(current.text, language: language, documentID: documentID, origin: origin, recording: recording)
            body(analysis)
            origin.sentence += analysis.document.sentences.count
            section = sections.next()
        }
    }

    func analyse(_ text: some StringProtocol, language: LanguageDecision? = nil, documentID: String? = nil,
                 origin: Document.Origin = Document.Origin(), recording: Bool = false) -> Analysis {
        let decision = language ?? self.language.map(LanguageDecision.given)
        let document = Document(text: text, id: documentID, origin: origin) { tokens in
            decision ?? LanguageDetector.decide(tokens, corpusLanguage: corpusLanguage)
        }
        // A text with no sentence names no actor: its language's lexicons and triggers are not built for it.
        guard !document.sentences.isEmpty else {
            return Analysis(document: document, actors: ActorFinder.Result(mentions: [], persons: []), relations: [])
        }
        let addedTriggers = lexicon.triggers(document.language)
        LanguagePreparation.start(document.language, sharedTriggers: addedTriggers.isEmpty)
        let actors = ActorFinder(document: document, user: lexicon).run()
        var relations = RelationExtractor(document: document, actors: actors, addedTriggers: addedTriggers)
        relations.parseThreads = sentenceThreads
        guard recording else { return Analysis(document: document, actors: actors, relations: relations.run()) }
        let recorded = relations.runRecording()
        return Analysis(document: document, actors: actors, relations: recorded.relations, readings: recorded.readings)
    }
}
