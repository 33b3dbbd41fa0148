/// A stretch of a sentence the gazetteer recognised, with the one entry chosen for it.
struct LexicalSpan: Hashable, Sendable {
    var range: Range<Int>
    var entry: LexiconEntry

    /// When one surface has entries of several forms, the most specific wins: the lowest rank.
    private static func rank(_ form: LexiconEntry.Form) -> Int {
        switch form {
        case .media: 0
        case .organization: 1
        case .stateName: 2
        case .seat: 3
        case .title: 4
        case .demonym: 5
        case .region: 6
        }
    }

    init(range: Range<Int>, entry: LexiconEntry) {
        self.range = range
        self.entry = entry
    }

    /// The first entry of the best-ranked form, in one pass over the entries by index, so that no entry is copied.
    init?(_ match: Gazetteer.Match) {
        var best: Int?
        var bestRank = Int.max
        for position in match.entries.indices {
            let rank = Self.rank(match.entries[position].form)
            if rank < bestRank {
                best = position
                bestRank = rank
            }
        }
        guard let best else { return nil }
        self.init(range: match.range, entry: match.entries[best])
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
///
/// The indexes are arrays over the tokens the spans cover, from the first
/// span's start: asked for nearly every token of a sentence, where hashing
/// token positions into dictionaries showed in profiles.
struct SentenceSpans: Sendable {
    let spans: [LexicalSpan]
    /// The first token position the arrays describe.
    private let base: Int
    private let startIndex: [Int?]
    private let covering: [Int?]

    /// The bounds are found in one loop, as `TokenMask` finds them.
    init(_ spans: [LexicalSpan]) {
        self.spans = spans
        var lower = spans.first?.range.lowerBound ?? 0
        var end = spans.isEmpty ? lower : Int.min
        for span in spans.indices {
            lower = min(lower, spans[span].range.lowerBound)
            end = max(end, spans[span].range.upperBound, spans[span].range.lowerBound + 1)
        }
        base = lower
        var starts = [Int?].filled(with: nil, count: end - base)
        var cover = [Int?].filled(with: nil, count: end - base)
        for (index, span) in spans.enumerated() {
            starts[span.range.lowerBound - base] = index
            for token in span.range { cover[token - base] = index }
        }
        startIndex = starts
        covering = cover
    }

    func starting(at token: Int) -> LexicalSpan? { Self.lookup(startIndex, token - base).map { spans[$0] } }
    func covering(_ token: Int) -> LexicalSpan? { Self.lookup(covering, token - base).map { spans[$0] } }
    /// Whether a span covers `token`, without copying the span and its entry's strings out to say so.
    func covers(_ token: Int) -> Bool { Self.lookup(covering, token - base) != nil }

    private static func lookup(_ index: [Int?], _ offset: Int) -> Int? {
        index.indices.contains(offset) ? index[offset] : nil
    }
}
