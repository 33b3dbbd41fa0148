/// A per-sentence account of what the extractor found and why: the first thing to read when a line looks wrong.
public enum Explanation {
    /// One block per sentence that has actors: the sentence, its actors, and each relation with its trigger and rule.
    public static func text(for article: String, extractor: Extractor = Extractor(), documentID: String? = nil) -> String {
        let analysis = extractor.analyse(article, documentID: documentID)
        let builder = GraphBuilder(document: analysis.document, actors: analysis.actors, relations: analysis.relations)
        var lines = ["language: \(analysis.document.language.rawValue)"]
        for sentence in analysis.document.sentences {
            let mentions = analysis.actors.mentions[sentence.index]
            let relations = analysis.relations.filter { $0.sentence == sentence.index }
            guard !mentions.isEmpty else { continue }
            lines.append("")
            lines.append("[\(sentence.index)] \(analysis.document.text(of: sentence))")
            let actors = mentions.map { mention in
                let ids = mention.refs.map { builder.node($0, mentions: 0).id }.joined(separator: "+")
                let surface = analysis.document.text(analysis.document.tokens[mention.range.lowerBound].start,
                                                     analysis.document.tokens[mention.range.upperBound - 1].end)
                return "\(surface)=\(ids)"
            }
            lines.append("  actors: " + actors.joined(separator: ", "))
            for relation in relations {
                let trigger = analysis.document.text(analysis.document.tokens[relation.trigger.lowerBound].start,
                                                     analysis.document.tokens[relation.trigger.upperBound - 1].end)
                let source = builder.node(relation.source, mentions: 0).id
                let target = builder.node(relation.target, mentions: 0).id
                lines.append("  \(source) -[\(relation.type.rawValue)]-> \(target)  trigger \"\(trigger)\"  rule \(relation.rule)  confidence \(relation.confidence)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
