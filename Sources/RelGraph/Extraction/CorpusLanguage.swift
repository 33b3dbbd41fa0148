/// The language most documents of a corpus are in, so far in input order.
///
/// A headline or a one-line record may not say its language through its
/// words; in a corpus it is most likely in the language of the documents
/// around it. Only documents whose language is certain (given, or detected)
/// count, and they count in input order, so the language an unclear
/// document is read in does not depend on how many are extracted at once.
public struct CorpusLanguage: Sendable, Hashable {
    private var counts: [Language: Int] = [:]

    public init() {}

    /// Counts a document's language if it is certain.
    public mutating func record(_ decision: LanguageDecision) {
        guard decision.isCertain else { return }
        counts[decision.language, default: 0] += 1
    }

    /// The language of most documents counted so far; nil before any. Ties go to English, then French, then
    /// Spanish, so that the answer does not depend on a dictionary's order.
    public var language: Language? {
        let order: [Language] = [.en, .fr, .es]
        guard let most = counts.values.max(), most > 0 else { return nil }
        return order.first { counts[$0] == most }
    }
}
