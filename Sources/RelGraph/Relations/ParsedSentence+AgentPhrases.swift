/// "la expulsión por parte de Washington de diez diplomáticos": the parser hangs the event noun's genitive, written
/// after the agent phrase, under the agent's name; it is the event noun's, whom the event befalls.
extension ParsedSentence {
    /// Hangs a genitive written after an agent phrase ("por parte de X", "de la part de X") from the noun the phrase
    /// qualifies.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairGenitivesAfterAgentPhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for complement in tree.words.indices where [.noun, .propn].contains(tree.words[complement].tag) && tree.words[complement].label.isPlain(.nmod) {
            // The shape of the phrase is checked before any word is folded: most complements are no agent's.
            guard let part = agentPhrase(before: complement, in: tree, children: children, words: shared),
                  case let noun = tree.words[part].head - 1, noun >= 0, noun < part, tree.words[noun].tag == .noun,
                  children[complement].contains(where: { isGenitive($0, in: tree, words: shared) }) else { continue }
            tree.words[complement].head = noun + 1
            changed = true
        }
        return changed
    }

    /// The part noun of the agent phrase `complement` hangs from, under the agent's name ("de Washington de diez
    /// diplomáticos") or beside it under the part noun ("de la part de Rabat de deux diplomates").
    private static func agentPhrase(before complement: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Int? {
        let holder = tree.words[complement].head - 1
        guard holder >= 0, holder < complement else { return nil }
        let isPart = { (word: Int) in word >= 0 && shared.words.partNouns.contains(TextFolding.fold(tree.words[word].form)) }
        let isAgent = { (word: Int) in tree.words[word].tag == .propn && tree.words[word].label.isPlain(.nmod) }
        // A part noun is folded last, once the agent's name is where the phrase puts it.
        if isAgent(holder), case let part = tree.words[holder].head - 1, part < holder, isPart(part) { return part }
        if children[holder].contains(where: { $0 > holder && $0 < complement && isAgent($0) }), isPart(holder) { return holder }
        return nil
    }

    private static func isGenitive(_ word: Int, in tree: SyntaxTree, words shared: ArgumentWords.Shared) -> Bool {
        tree.words[word].label.isPlain(.case) && TextFolding.fold(tree.words[word].form) == shared.words.genitive
    }
}
