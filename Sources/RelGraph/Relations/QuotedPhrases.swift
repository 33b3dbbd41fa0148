/// Short quotations inside a sentence: 'said it "strongly condemns" X', 'would "respond firmly" to X', 'against the
/// "aggressive actions" of X'.
///
/// News quotes a few of a speaker's words inside its own sentence. The parser learnt quote marks as the edges of
/// quoted clauses, and hangs the words after a closing one as a new clause: the verb loses its object. Each mark of
/// such a phrase is told to the parser as part of the word it clings to, the phrase's first or last.
enum QuotedPhrases {
    /// Quotes of at most this many words are phrases; a longer one is a quoted clause.
    static let longestPhrase = 6

    /// Angle quotes too: French and Spanish quote a speaker's words as English does ('su «enérgica protesta»').
    private static let openers: Set<String> = ["\"", "“", "'", "‘", "«"]
    private static let closers: Set<String> = ["\"", "”", "'", "’", "»"]
    private static let doubleOpeners: Set<String> = ["\"", "“", "«"]
    /// The English possessive, a token of its own: 'Beijing's "destabilizing actions"' quotes the thing owned.
    private static let possessives: Set<String> = ["'s", "’s"]

    /// For each quoted phrase of `range`: its opening mark with its first word, its last word with its closing mark
    /// (one span when the phrase is one word). A phrase opens after a word, holds words only, and touches no name.
    static func clinging(_ tokens: [Token], in range: Range<Int>, outside names: TokenMask) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = range.lowerBound + 1
        while index < range.upperBound {
            // The kind first: a set of Strings hashed for every word of every sentence parsed costs more than the rest.
            guard tokens[index].kind == .punctuation, openers.contains(tokens[index].text),
                  tokens[index - 1].isWord || possessives.contains(tokens[index - 1].text) else {
                index += 1
                continue
            }
            guard let close = closing(tokens, after: index, in: range) else {
                if opensClauseFragment(tokens, at: index, in: range, outside: names) { spans.append(index..<index + 2) }
                index += 1
                continue
            }
            let words = index + 1..<close
            if !(words.lowerBound - 1...words.upperBound).contains(where: names.contains) {
                spans += words.count == 1 ? [index..<close + 1] : [index..<index + 2, close - 1..<close + 1]
            }
            index = close + 1
        }
        return spans
    }

    /// 'Kofi Mensah "demanded that the Togolese authorities free…"': a longer quote opened after a word and on a word in
    /// lower case goes on with the clause it stands in; its opening mark clings to that first word, or the parser takes
    /// the mark for the edge of a new clause and the verb after it for a noun. A quote that opens on a capital is a
    /// sentence of its own, as the treebanks write it.
    private static func opensClauseFragment(_ tokens: [Token], at open: Int, in range: Range<Int>, outside names: TokenMask) -> Bool {
        // Single quotes are left out: they are also apostrophes ("the Islands' decision").
        let first = open + 1
        guard doubleOpeners.contains(tokens[open].text), first < range.upperBound, tokens[first].isWord, !tokens[first].isCapitalized, !names.contains(first) else { return false }
        return !isQuoted(tokens, at: open, from: range.lowerBound)
    }

    /// Whether the token at `index` stands inside a quotation opened after `start`: a straight double quote opens and
    /// closes by turns, curly and angle quotes by their side. Single quotes are left out: they are also apostrophes.
    static func isQuoted(_ tokens: [Token], at index: Int, from start: Int) -> Bool {
        var depth = 0
        for token in tokens[start..<index] where token.kind == .punctuation {
            switch token.text {
            case "\"": depth = depth > 0 ? depth - 1 : 1
            case "“", "«": depth += 1
            case "”", "»": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    /// The closing mark of a phrase opened at `open`: after one to `longestPhrase` words and nothing else, but the
    /// comma or full stop that English puts inside the marks ('helping Ukraine "return our lands."').
    private static func closing(_ tokens: [Token], after open: Int, in range: Range<Int>) -> Int? {
        var index = open + 1
        while index < range.upperBound, index - open - 1 <= longestPhrase {
            let token = tokens[index]
            if closers.contains(token.text) { return index > open + 1 ? index : nil }
            if innerStops.contains(token.text), index > open + 1, index + 1 < range.upperBound,
               closers.contains(tokens[index + 1].text) {
                return index + 1
            }
            guard token.kind != .punctuation else { return nil }
            index += 1
        }
        return nil
    }

    private static let innerStops: Set<String> = [".", ","]
}
