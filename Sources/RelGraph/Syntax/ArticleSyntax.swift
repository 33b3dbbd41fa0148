/// The syntax of a whole article: its sentences, each tagged and parsed by the language's embedded model.
///
/// The article is cut into tokens and sentences exactly as extraction cuts it, so a sentence here is the
/// sentence `--explain` shows, and offsets are those of the article's text.
///
/// ```swift
/// let syntax = try ArticleSyntax(text: "Le Brésil soutient la France.")
/// print(syntax.conllu.text)
/// ```
public struct ArticleSyntax: Hashable, Sendable {
    public let language: Language
    public let sentences: [SentenceSyntax]

    /// Tags and parses every sentence of `document`; `init(text:language:)`, which detects the language, is the
    /// public door (`ArticleSyntax+Language.swift`).
    /// - Throws: `SyntaxError.malformedModel` when the language's model in this build cannot be read.
    init(document: Document) throws {
        let model = try SyntaxModel.embedded(for: document.language)
        language = document.language
        sentences = document.sentences.map { SentenceSyntax(sentence: $0, in: document, model: model) }
    }
}
