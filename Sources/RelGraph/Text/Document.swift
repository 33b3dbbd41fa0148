/// An article ready for extraction: its text, language, tokens and sentences.
///
/// Like a spaCy `Doc`, it carries the text and the layers found in it; each
/// later stage reads it and adds nothing to it.
struct Document: Sendable {
    /// Where a document's text starts in its article: a long article is read in sections
    /// (`ArticleSections`), and evidence counts from the start of the article.
    struct Origin: Sendable {
        var scalar = 0
        var sentence = 0
    }

    var id: String?
    let origin: Origin
    let scalars: [Unicode.Scalar]
    let language: Language
    let tokens: [Token]
    let sentences: [Sentence]

    init(text: some StringProtocol, language: Language? = nil, id: String? = nil, origin: Origin = Origin()) {
        self.id = id
        self.origin = origin
        scalars = ScalarText.scalars(of: text)
        tokens = Tokenizer.tokenize(scalars)
        self.language = language ?? LanguageDetector.detect(tokens)
        sentences = SentenceSplitter.split(tokens)
    }

    /// The document's text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        ScalarText.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    func text(of sentence: Sentence) -> String {
        text(sentence.start, sentence.end)
    }
}
