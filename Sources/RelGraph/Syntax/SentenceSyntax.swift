/// The syntax of one sentence of an article, told in the article's own terms: its tokens, the parser's words
/// they became, and the tree over those words.
///
/// The tree's words are the parser's (a contraction such as "du" is two, "de" and "le"); `words` says for each
/// one which token it came from and where it stands in the article, so a finding on the tree can always be
/// shown on the article's characters. Offsets count Unicode scalars from the start of the article's text.
public struct SentenceSyntax: Hashable, Sendable {
    /// A token of the sentence.
    public struct Token: Hashable, Sendable {
        /// The token as the article writes it.
        public var text: String
        /// Scalar offsets in the article.
        public var start: Int
        public var end: Int
        /// Something (a space, a line break) separates the token from the next one in the article.
        public var spaceAfter: Bool
        /// The 0-based indices in `tree.words` of the words the token became: one, or several for a contraction.
        public var words: Range<Int>
    }

    /// Where a word of the tree comes from.
    public struct WordSource: Hashable, Sendable {
        /// The word as CoNLL-U writes it: the token's text or the part of it the word is written as ("do", "n’t"),
        /// else the treebanks' word ("de", "le" for "du").
        public var text: String
        /// The index in `tokens` of the token the word came from.
        public var token: Int
        /// Scalar offsets in the article of the part of the token the word is written as, or of the whole token.
        public var start: Int
        public var end: Int
    }

    /// The sentence's position in the article, from 0.
    public var index: Int
    /// The sentence as the article writes it.
    public var text: String
    /// Scalar offsets of the sentence in the article.
    public var start: Int
    public var end: Int
    public var tokens: [Token]
    /// One per word of `tree`, in the same order.
    public var words: [WordSource]
    public var tree: SyntaxTree

    /// Cuts the sentence's tokens into the parser's words, then tags and parses them.
    /// - Parameter hints: what the lexicons know of the sentence, told to the parser as extraction tells it; a name
    ///   of several tokens is then one word, which CoNLL-U cannot write: only `--explain` passes hints.
    init(sentence: Sentence, in document: Document, model: SyntaxModel, hints: ParseHints = ParseHints()) {
        var parserWords = ParserWords(tokens: document.tokens, range: sentence.tokenRange, language: document.language,
                                      names: hints.names, tagger: { model.tags(of: $2, in: $1) })
        parserWords.collapse(hints.nameSpans, tokens: document.tokens, phraseOpeners: hints.phraseOpeners)
        let firstToken = sentence.tokenRange.lowerBound
        let base = document.origin.scalar
        index = document.origin.sentence + sentence.index
        text = document.text(of: sentence)
        start = base + sentence.start
        end = base + sentence.end
        tokens = zip(sentence.tokenRange, parserWords.tokenWords).map { tokenIndex, words in
            let token = document.tokens[tokenIndex]
            let next = tokenIndex + 1 < document.tokens.count ? document.tokens[tokenIndex + 1].start : nil
            return Token(text: token.text, start: base + token.start, end: base + token.end,
                         spaceAfter: next.map { $0 > token.end } ?? true, words: words)
        }
        words = parserWords.words.map {
            WordSource(text: $0.text, token: $0.token - firstToken, start: base + $0.start, end: base + $0.end)
        }
        let predicates = parserWords.predicateWords(tokens: document.tokens, hints: hints)
        tree = model.parse(parserWords.forms, atoms: parserWords.atoms(), knownTags: parserWords.properNounTags(tokens: document.tokens, names: hints.names, adjectives: hints.adjectives,
                                                                                    auxiliaries: hints.auxiliaries, commonNouns: hints.commonNouns, numerals: hints.numerals),
                           predicates: predicates, standIns: parserWords.verbStandIns(predicates))
    }
}
