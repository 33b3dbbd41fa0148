@testable import RelGraph

/// Helpers shared by the pipeline tests. Every fixture is an in-memory string;
/// passing a language skips detection so a test exercises one mechanism only.
enum Probe {
    static func graph(_ text: String, _ language: Language? = nil) -> RelationGraph {
        Extractor(language: language).extract(text)
    }

    /// Every edge as "SOURCE TYPE TARGET", AFFILIATION included.
    static func edges(_ text: String, _ language: Language? = nil) -> Set<String> {
        Set(graph(text, language).edges.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    /// Every edge except AFFILIATION, as "SOURCE TYPE TARGET".
    static func events(_ text: String, _ language: Language? = nil) -> Set<String> {
        Set(graph(text, language).edges.filter { $0.type != .affiliation }.map { "\($0.source) \($0.type.rawValue) \($0.target)" })
    }

    static func nodeIDs(_ text: String, _ language: Language? = nil) -> Set<String> {
        Set(graph(text, language).nodes.map(\.id))
    }

    /// The actor analysis of a text.
    static func actors(_ text: String, _ language: Language? = nil) -> (document: Document, result: ActorFinder.Result) {
        let document = Document(text: text) { language.map(LanguageDecision.given) ?? LanguageDetector.decide($0, corpusLanguage: nil) }
        return (document, ActorFinder(document: document).run())
    }

    /// Every mention in text order as "surface=ID" (several referents joined by "+"), like `--explain` prints them.
    static func mentions(_ text: String, _ language: Language? = nil) -> [String] {
        let (document, result) = actors(text, language)
        let builder = GraphBuilder(document: document, actors: result, relations: [])
        return result.mentions.joined().map { mention in
            let surface = document.text(document.tokens[mention.range.lowerBound].start,
                                        document.tokens[mention.range.upperBound - 1].end)
            return surface + "=" + mention.refs.map { builder.node($0, mentions: 0).id }.joined(separator: "+")
        }
    }

    static func persons(_ text: String, _ language: Language? = nil) -> [Person] {
        actors(text, language).result.persons
    }
}
