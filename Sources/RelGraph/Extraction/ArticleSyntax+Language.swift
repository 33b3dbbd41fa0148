extension ArticleSyntax {
    /// Tags and parses every sentence of `text`.
    /// - Parameter language: the article's language; nil detects it as extraction does (`LanguageDetector`).
    /// - Throws: `SyntaxError.malformedModel` when the language's model in this build cannot be read.
    public init(text: String, language: Language? = nil) throws {
        try self.init(document: Document(text: text) { tokens in
            language.map(LanguageDecision.given) ?? LanguageDetector.decide(tokens, corpusLanguage: nil)
        })
    }
}
