/// Persons listed under a plural title: "les trois présidents présents : A, B et C", "sus contrapartes de Japón,
/// X y de Canadá, Y", "Foreign ministers X and Y".
extension ActorFinder {
    /// Where the names listed under `phrase` start, if its title is plural. Each is a person even when no given name,
    /// title or verb says so: the plural title says it for all of them.
    func listedNames(after phrase: TitlePhrase, title: LexicalSpan, names: NameScanner, spans: SentenceSpans) -> [Int] {
        guard TitleLexicon.isPlural(title.entry.surface, document.language) else { return [] }
        let tokens = document.tokens
        let end = names.sentence.upperBound
        var index = phrase.range.upperBound
        if phrase.name == nil {
            // "présidents présents :": a few words may qualify the title before the colon that opens the list.
            let start = index
            while index < end, index - start < 3, tokens[index].isWord, !tokens[index].isCapitalized { index += 1 }
            guard index < end, tokens[index].text == ":" || (index == start && tokens[index].text == ",") else { return [] }
        }
        var starts: [Int] = []
        var separated = false
        while index < end {
            if tokens[index].text == ":" || FunctionWords.coordinators.contains(tokens[index]) {
                separated = true
                index += 1
            } else if separated, FunctionWords.ofPrepositions.contains(tokens[index]),
                      let state = spans.starting(at: index + 1), state.actor?.stateCode != nil {
                // "y de Canadá, Y": the member's state stands before the member.
                index = state.range.upperBound
            } else if separated, let name = names.name(at: index), name.keys.count >= 2 {
                starts.append(name.range.lowerBound)
                index = name.range.upperBound
                separated = false
            } else {
                break
            }
        }
        return starts
    }
}
