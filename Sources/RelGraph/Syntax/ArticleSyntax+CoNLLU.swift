extension ArticleSyntax {
    /// The article as CoNLL-U, for the tools that read Universal Dependencies.
    ///
    /// Each sentence starts with `# sent_id = N` (from 1) and `# text = …` (its text, each run of spaces and line
    /// breaks written as one space, as the format wants it on one line). A token cut into several words
    /// ("du" = "de le") gets a multiword-token line ("4-5\tdu") before its words. LEMMA, XPOS, FEATS and DEPS are
    /// `_`. MISC holds, joined by `|`:
    /// - `SpaceAfter=No` on a token (or multiword-token) line followed directly by the next token, as UD writes it;
    /// - `TokenRange=start:end`, relgraph's own: the scalar offsets in the article's text (Unicode scalars from
    ///   its start, end excluded) of the token, of a multiword token, or of the part of a token a word is written
    ///   as ("do" and "n't" in "don't"); a word not spelled out in its token ("de" and "le" in "du") has its token's.
    public var conllu: CoNLLU {
        CoNLLU(sentences: sentences.map(Self.conllu))
    }

    private static func conllu(_ sentence: SentenceSyntax) -> CoNLLU.Sentence {
        var lines: [CoNLLU.Line] = [
            .comment("# sent_id = \(sentence.index + 1)"),
            .comment("# text = " + sentence.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")),
        ]
        for token in sentence.tokens {
            let spacing = token.spaceAfter ? [] : ["SpaceAfter=No"]
            if token.words.count > 1 {
                let misc = (spacing + [range(token.start, token.end)]).joined(separator: "|")
                lines.append(.verbatim(["\(token.words.lowerBound + 1)-\(token.words.upperBound)", token.text,
                                        "_", "_", "_", "_", "_", "_", "_", misc].joined(separator: "\t")))
            }
            for index in token.words {
                let word = sentence.tree.words[index]
                let source = sentence.words[index]
                let misc = (token.words.count > 1 ? [] : spacing) + [range(source.start, source.end)]
                lines.append(.word(CoNLLU.Word(id: index + 1, form: source.text, upos: word.tag.name, head: word.head,
                                               deprel: word.relation, misc: misc.joined(separator: "|"))))
            }
        }
        return CoNLLU.Sentence(lines: lines)
    }

    private static func range(_ start: Int, _ end: Int) -> String {
        "TokenRange=\(start):\(end)"
    }
}
