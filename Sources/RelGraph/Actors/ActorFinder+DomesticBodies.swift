/// The state a parliament, court or government arm belongs to.
extension ActorFinder {
    /// The state a parliament or court belongs to: "le parlement de la Serbie", "Kenya's National Assembly",
    /// "la Asamblea Nacional venezolana".
    func bodyCountry(_ span: LexicalSpan, spans: SentenceSpans, in sentence: Range<Int>) -> String? {
        var index = span.range.upperBound
        while index < sentence.upperBound, index - span.range.upperBound < 3,
              FunctionWords.articles.contains(document.tokens[index]) || FunctionWords.ofPrepositions.contains(document.tokens[index]) {
            index += 1
        }
        if let after = spans.starting(at: index), let code = after.actor?.stateCode { return code }
        var before = span.range.lowerBound - 1
        for _ in 0..<Self.bodyNameWords {
            guard before >= sentence.lowerBound else { return nil }
            let token = document.tokens[before]
            if let previous = spans.covering(before), previous.entry.form == .demonym { return previous.entry.key }
            if token.folded == "'s", let code = spans.covering(before - 1)?.actor?.stateCode { return code }
            // "China's National People's Congress", "the Brazilian Federal Senate": the body's own name may open with
            // capitalised words of its own.
            guard token.isCapitalized || token.folded == "'s" else { return nil }
            before -= 1
        }
        return nil
    }

    /// Words of a body's own name read back past to find its state, the owner's "'s" included.
    private static let bodyNameWords = 5
}
