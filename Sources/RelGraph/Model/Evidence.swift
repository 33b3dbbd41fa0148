/// The sentence a relation was read from, so that every line in a picture can be checked.
///
/// Offsets count Unicode scalars (code points) from the start of the
/// document, as Python and most data tools index strings.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// The document the sentence comes from, when several are merged.
    public var document: String?
    /// The document's title, when the corpus gives one (a JSON Lines record's `title`), so a reader
    /// can find the article without the corpus at hand.
    public var title: String?
    /// Where the document can be read (a JSON Lines record's `url`), so a line of the picture can be checked at its source.
    public var url: String?
    /// The day the document was published (`YYYY-MM-DD`), when the corpus gives one.
    public var date: String?
    /// Index of the sentence in its document, from 0.
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    /// The word or phrase that triggered the relation.
    public var trigger: String?
    /// The source as this sentence names it ("le président russe", "Moscow"), when the sentence names it:
    /// event rows give it next to the actor's id, as event datasets do.
    public var sourceText: String?
    /// The target as this sentence names it, when it does.
    public var targetText: String?

    public init(document: String? = nil, title: String? = nil, url: String? = nil, date: String? = nil,
                sentence: Int, start: Int, end: Int, text: String, trigger: String? = nil,
                sourceText: String? = nil, targetText: String? = nil) {
        self.document = document
        self.title = title
        self.url = url
        self.date = date
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.trigger = trigger
        self.sourceText = sourceText
        self.targetText = targetText
    }

    /// Document order: document, sentence, offsets, trigger, then text, date, title, URL and the actors' words
    /// to break the last ties.
    ///
    /// Field by field, each compared once (equal document names are not compared twice): sorting and merging
    /// evidence calls this very often.
    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        let (leftDocument, rightDocument) = (lhs.document ?? "", rhs.document ?? "")
        if leftDocument != rightDocument { return leftDocument < rightDocument }
        if lhs.sentence != rhs.sentence { return lhs.sentence < rhs.sentence }
        if lhs.start != rhs.start { return lhs.start < rhs.start }
        if lhs.end != rhs.end { return lhs.end < rhs.end }
        let (leftTrigger, rightTrigger) = (lhs.trigger ?? "", rhs.trigger ?? "")
        if leftTrigger != rightTrigger { return leftTrigger < rightTrigger }
        if lhs.text != rhs.text { return lhs.text < rhs.text }
        if lhs.date != rhs.date { return (lhs.date ?? "") < (rhs.date ?? "") }
        if lhs.title != rhs.title { return (lhs.title ?? "") < (rhs.title ?? "") }
        if lhs.url != rhs.url { return (lhs.url ?? "") < (rhs.url ?? "") }
        if lhs.sourceText != rhs.sourceText { return (lhs.sourceText ?? "") < (rhs.sourceText ?? "") }
        return (lhs.targetText ?? "") < (rhs.targetText ?? "")
    }
}
