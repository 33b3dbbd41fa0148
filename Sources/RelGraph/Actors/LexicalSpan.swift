/// A stretch of a sentence the gazetteer recognised, with the one entry chosen for it.
struct LexicalSpan: Hashable, Sendable {
    var range: Range<Int>
    var entry: LexiconEntry

    /// When one surface has entries of several forms, the most specific wins.
    private static let formPriority: [LexiconEntry.Form] = [
        .media, .organization, .stateName, .seat, .title, .demonym, .region,
    ]

    init(range: Range<Int>, entry: LexiconEntry) {
        self.range = range
        self.entry = entry
    }

    init?(_ match: Gazetteer.Match) {
        for form in Self.formPriority {
            if let entry = match.entries.first(where: { $0.form == form }) {
                self.init(range: match.range, entry: entry)
                return
            }
        }
        return nil
    }

    /// The state or organization the span names, if it names an actor.
    var actor: ActorRef? {
        switch entry.form {
        case .stateName, .seat, .demonym: .state(entry.key)
        case .organization: .organization(entry.key)
        case .media, .region, .title: nil
        }
    }
}

/// The lexical spans of one sentence, indexed by the token they start at.
struct SentenceSpans: Sendable {
    let spans: [LexicalSpan]
    private let startIndex: [Int: Int]
    private let covering: [Int: Int]

    init(_ spans: [LexicalSpan]) {
        self.spans = spans
        var starts: [Int: Int] = [:]
        var cover: [Int: Int] = [:]
        for (index, span) in spans.enumerated() {
            starts[span.range.lowerBound] = index
            for token in span.range { cover[token] = index }
        }
        startIndex = starts
        covering = cover
    }

    func starting(at token: Int) -> LexicalSpan? { startIndex[token].map { spans[$0] } }
    func covering(_ token: Int) -> LexicalSpan? { covering[token].map { spans[$0] } }
}
