/// A per-sentence account of what the extractor found and why: the first thing to read when a line looks wrong.
public enum Explanation {
    /// One block per sentence that has actors: the sentence, its actors, and each relation with its trigger and rule;
    /// under a sentence that yields a relation, its parse (`SentenceSyntax.outline`), to see what the words were taken for.
    public static func text(for article: String, extractor: Extractor = Extractor(), documentID: String? = nil) -> String {
        explain(article, extractor: extractor, documentID: documentID, sectionLimit: ArticleSections.defaultLimit).text
    }

    /// The explanation of a document read from a file: `text(for:extractor:documentID:)`, after a line naming the
    /// lines of the file that were not UTF-8 and were read as Windows-1252, if any.
    public static func text(for document: CorpusDocument, extractor: Extractor = Extractor()) -> String {
        explain(document, extractor: extractor).text
    }

    static func text(for article: String, extractor: Extractor, documentID: String?, sectionLimit: Int,
                     windows1252Lines: [Int] = []) -> String {
        explain(article, extractor: extractor, documentID: documentID, sectionLimit: sectionLimit,
                windows1252Lines: windows1252Lines).text
    }

    /// The explanation of one corpus document with the graph it gives (dated as `Extractor.extract` dates it) and
    /// the language it was read in: `--explain -o` writes the graph it explained, read once.
    public static func explain(_ document: CorpusDocument, extractor: Extractor = Extractor())
        -> (text: String, graph: RelationGraph, language: LanguageDecision) {
        var reader = extractor
        reader.language = document.language ?? extractor.language
        let result = explain(document.text, extractor: reader, documentID: document.id, sectionLimit: ArticleSections.defaultLimit,
                             windows1252Lines: document.windows1252Lines)
        let header = header(for: document).map { TerminalText.printable($0) + "\n" } ?? ""
        return (header + result.text, document.stamp(result.graph), result.language)
    }

    /// "document: kyiv-03, 2022-03-04, "Talks resume in Geneva", https://…": which article the sentences below
    /// come from, when the corpus names it; nil for a lone article.
    static func header(for document: CorpusDocument) -> String? {
        guard let id = document.id else { return nil }
        let parts = [id, document.date, document.title.map { "\"\($0)\"" }, document.url].compactMap { $0 }
        return "document: " + String(parts.joined(separator: ", ").map { $0.isNewline ? " " : $0 })
    }

    /// The text is shown on a terminal: control characters an article carries (escape sequences) are removed.
    static func explain(_ article: String, extractor: Extractor, documentID: String?, sectionLimit: Int,
                        windows1252Lines: [Int] = []) -> (text: String, graph: RelationGraph, language: LanguageDecision) {
        var lines: [String] = []
        var graph: RelationGraph?
        var language = LanguageDecision.given(extractor.language ?? .en)
        extractor.forEachSection(of: article, documentID: documentID, limit: sectionLimit, recording: true) { analysis in
            if lines.isEmpty {
                language = analysis.document.languageDecision
                lines.append("language: \(language)")
                if let note = decodingNote(windows1252Lines) { lines.append(note) }
            }
            lines += self.lines(for: analysis)
            extractor.add(analysis, to: &graph)
        }
        return (TerminalText.printable(lines.joined(separator: "\n") + "\n"), graph ?? RelationGraph(), language)
    }

    /// "read as Windows-1252 (not UTF-8): lines 3, 7", the first ten of them; nil when every line was UTF-8.
    static func decodingNote(_ lines: [Int]) -> String? {
        guard !lines.isEmpty else { return nil }
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ") + (lines.count > 10 ? " and \(lines.count - 10) more" : "")
        return "read as Windows-1252 (not UTF-8): line\(lines.count == 1 ? "" : "s") \(shown)"
    }

    /// The lines of one section's sentences, from what its stages found and recorded (`Extractor.Analysis.readings`).
    private static func lines(for analysis: Extractor.Analysis) -> [String] {
        let document = analysis.document
        let builder = GraphBuilder(document: document, actors: analysis.actors, relations: analysis.relations)
        var lines: [String] = []
        for sentence in document.sentences {
            let mentions = analysis.actors.mentions[sentence.index]
            guard !mentions.isEmpty else { continue }
            lines.append("")
            lines.append("[\(document.origin.sentence + sentence.index)] \(document.text(of: sentence))")
            let actors = mentions.map { mention in
                let ids = mention.refs.map { builder.node($0, mentions: 0).id }.joined(separator: "+")
                return "\(text(of: mention.range, in: document))=\(ids)"
            }
            lines.append("  actors: " + actors.joined(separator: ", "))
            var yieldsRelation = false
            for relation in analysis.relations where relation.sentence == sentence.index {
                let source = builder.node(relation.source, mentions: 0).id
                let target = builder.node(relation.target, mentions: 0).id
                lines.append("  \(source) -[\(relation.type.rawValue)]-> \(target)  trigger \"\(text(of: relation.trigger, in: document))\"  rule \(relation.rule)  confidence \(relation.confidence)")
                yieldsRelation = true
            }
            // A sentence with a trigger and no relation is where a reader asks why nothing was drawn: its triggers and
            // its parse answer.
            guard let reading = analysis.readings[sentence.index] else { continue }
            if !yieldsRelation {
                // An imitation names no type of its own: "*", as its lexicon row writes it.
                let triggers = reading.hits.map {
                    "\"\(text(of: $0.range, in: document))\" \($0.trigger.frame == .imitate ? "*" : $0.trigger.type.rawValue)"
                }
                lines.append("  no relation from: " + triggers.joined(separator: ", "))
            }
            lines += parseLines(reading.parse)
        }
        return lines
    }

    /// The parse extraction read the sentence's arguments from.
    private static func parseLines(_ parse: SentenceReading.Parse) -> [String] {
        switch parse {
        case .parsed(let syntax): ["  parse:"] + syntax.outline(indent: "    ")
        case .unavailable(let reason): ["  parse: unavailable (\(reason))"]
        }
    }

    private static func text(of tokens: Range<Int>, in document: Document) -> String {
        document.text(document.tokens[tokens.lowerBound].start, document.tokens[tokens.upperBound - 1].end)
    }
}
