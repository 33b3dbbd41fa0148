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
        let before = span.range.lowerBound - 1
        guard before >= sentence.lowerBound else { return nil }
        if let previous = spans.covering(before), previous.entry.form == .demonym { return previous.entry.key }
        if document.tokens[before].folded == "'s", let owner = spans.covering(before - 1) { return owner.actor?.stateCode }
        return nil
    }
}
