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
    /// The text the scalars were decoded from, exactly: they are its scalars, unnormalised.
    private let source: Substring
    /// Where each scalar starts in `source.utf8`, then its end; empty when `source` is not stored as UTF-8.
    private let utf8Offsets: [UInt32]
    /// The language the document is read in, and why (`--explain` prints it).
    let languageDecision: LanguageDecision
    var language: Language { languageDecision.language }
    let tokens: [Token]
    let sentences: [Sentence]

    init(text: some StringProtocol, language: Language, id: String? = nil, origin: Origin = Origin()) {
        self.init(text: text, id: id, origin: origin) { _ in .given(language) }
    }

    /// - Parameter decide: the language to read the document in, given its tokens: detection is knowledge of the
    ///   three languages (`LanguageDetector`), which the text layer does not hold, and it reads the tokens cut here.
    init(text: some StringProtocol, id: String? = nil, origin: Origin = Origin(),
         decide: ([Token]) -> LanguageDecision) {
        self.id = id
        self.origin = origin
        source = text as? Substring ?? (text as? String)?[...] ?? Substring(String(text))
        (scalars, utf8Offsets) = ScalarText.scalarsAndOffsets(of: source)
        tokens = Tokenizer.tokenize(scalars)
        languageDecision = decide(tokens)
        sentences = SentenceSplitter.split(tokens)
    }

    /// The document's text between two scalar offsets.
    ///
    /// Copied from the bytes it was read from, rather than encoding the sentence's scalars back to UTF-8
    /// and validating the result, for every evidence sentence.
    func text(_ start: Int, _ end: Int) -> String {
        let range = max(0, start)..<min(end, scalars.count)
        guard !utf8Offsets.isEmpty else { return ScalarText.string(scalars[range]) }
        let utf8 = source.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[range.lowerBound]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(utf8Offsets[range.upperBound]))
        return String(Substring(source.unicodeScalars[lower..<upper]))
    }

    func text(of sentence: Sentence) -> String {
        text(sentence.start, sentence.end)
    }
}
