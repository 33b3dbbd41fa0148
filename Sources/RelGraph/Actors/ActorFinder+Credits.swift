/// Bylines and photo credits, whose names are journalists', not actors.
extension ActorFinder {
    /// A name in a byline or a photo credit is the journalist's, not an actor's.
    func isCredit(_ name: NameScanner.Name, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        let end = name.range.upperBound
        if end < sentence.upperBound, tokens[end].text == "/" { return true }
        if name.range.lowerBound > sentence.lowerBound, tokens[name.range.lowerBound - 1].text == "/" { return true }
        var start = name.range.lowerBound - 1
        while start >= sentence.lowerBound, Self.isCreditSeparator(tokens[start].text) { start -= 1 }
        return start == sentence.lowerBound && FunctionWords.creditOpeners.contains(tokens[start])
    }

    /// ":", "-" or "—" between a credit's opener and its name. Compared one by one: an array literal of them was
    /// built anew for every token looked at.
    static func isCreditSeparator(_ text: String) -> Bool {
        text == ":" || text == "-" || text == "—"
    }
}
