/// Governments named after their leader ("l'administration Obama").
extension ActorFinder {
    /// "l'administration Obama", "the administration of President X": a government named after its leader stands for the leader's state.
    ///
    /// Replaces the few items that change in place, so that the others, each a large enum, stay where they are.
    func markGovernments(_ items: [Pending], in sentence: Range<Int>) -> [Pending] {
        var items = items
        for position in items.indices {
            if let government = government(items[position], in: sentence) { items[position] = government }
        }
        return items
    }

    /// What `item` becomes after a government noun, or nil when no such noun stands before it.
    func government(_ item: Pending, in sentence: Range<Int>) -> Pending? {
        switch item {
        case .resolved(let mention):
            guard let noun = governmentNoun(before: mention.range.lowerBound, in: sentence) else { return nil }
            // "junta leader X": a government noun right before a title qualifies the title, not the person's name.
            guard noun < mention.range.lowerBound - 1 || document.tokens[mention.range.lowerBound].isCapitalized else { return nil }
            guard let person = mention.refs.first?.personIndex else {
                /// "El Gobierno de México condenó…": the government is its state, and the subject.
                var state = mention
                state.range = noun..<mention.range.upperBound
                state.preposition = prepositionBefore(noun, in: sentence)
                return mention.refs.first?.stateCode == nil ? nil : .resolved(state)
            }
            return .government(range: noun..<mention.range.upperBound, person: person, keys: [],
                               preposition: prepositionBefore(noun, in: sentence))
        case .name(let name, _):
            guard let noun = governmentNoun(before: name.range.lowerBound, in: sentence) else { return nil }
            return .government(range: noun..<name.range.upperBound, person: nil, keys: name.keys,
                               preposition: prepositionBefore(noun, in: sentence))
        default:
            return nil
        }
    }

    func governmentNoun(before start: Int, in sentence: Range<Int>) -> Int? {
        var index = start - 1
        while index >= sentence.lowerBound, start - index <= 3,
              FunctionWords.articles.contains(document.tokens[index]) || FunctionWords.ofPrepositions.contains(document.tokens[index]) {
            index -= 1
        }
        guard index >= sentence.lowerBound, FunctionWords.governmentNouns.contains(document.tokens[index]) else { return nil }
        return index
    }
}
