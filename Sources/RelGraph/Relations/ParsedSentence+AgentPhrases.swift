/// Agent phrases and what the parser hangs around them: "la expulsión por parte de Washington de diez diplomáticos",
/// with the event noun's genitive hung under the agent's name; "during a visit to Ghana by Togo's minister", with the
/// agent hung on the verb of the clause.
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

    /// "came during a visit to Ghana by Togo's minister": an agent phrase the parser hung on an active verb, right
    /// after a noun complement of that verb, names who made what the noun names, not who did the verb.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairAgentPhrasesOnActiveVerbs(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for agent in tree.words.indices where [.noun, .propn].contains(tree.words[agent].tag) && tree.words[agent].label.relation == .obl {
            let verb = tree.words[agent].head - 1
            guard verb >= 0, verb < agent, tree.words[verb].tag == .verb,
                  let marker = children[agent].first(where: { $0 < agent && tree.words[$0].label.isPlain(.case) }),
                  shared.words.nounAgentMarkers.contains(TextFolding.fold(tree.words[marker].form)),
                  !children[verb].contains(where: { tree.words[$0].label.isSubtype("pass", of: .nsubj) || tree.words[$0].label.isSubtype("pass", of: .aux) }),
                  let noun = children[verb].last(where: { $0 > verb && $0 < marker && tree.words[$0].tag == .noun
                      && tree.words[$0].label.relation == .obl }),
                  phraseEnd(noun, in: tree, children: children) == marker - 1 else { continue }
            tree.words[agent].head = noun + 1
            tree.words[agent].relation = "nmod"
            changed = true
        }
        return changed
    }

    /// "Pakistan's protest over the firing by Afghan forces": an agent phrase after a reason phrase on a noun names who
    /// did the deed the reason names, not who protests; the parser hangs both on the first noun.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairAgentsAfterReasonPhrases(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        func marker(of word: Int) -> String? {
            children[word].first(where: { $0 < word && tree.words[$0].label.isPlain(.case) }).map { TextFolding.fold(tree.words[$0].form) }
        }
        for noun in tree.words.indices where tree.words[noun].tag == .noun {
            let complements = children[noun].filter { $0 > noun && tree.words[$0].label.isPlain(.nmod) }
            guard let reason = complements.first(where: { complement in
                tree.words[complement].tag == .noun && marker(of: complement).map { shared.words.reasonMarkers.contains($0) && !shared.words.nounAgentMarkers.contains($0) } ?? false
            }) else { continue }
            for agent in complements where agent > reason
                && (marker(of: agent).map(shared.words.nounAgentMarkers.contains) ?? false) {
                tree.words[agent].head = reason + 1
                changed = true
            }
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
        // "por parte de su país de X": a noun a possessive already owns takes no genitive of whose it is.
        let isOwnedAgent = { (word: Int) in
            tree.words[word].tag == .noun && tree.words[word].label.isPlain(.nmod) && children[word].contains { child in
                child < word && tree.words[child].label.isPlain(.det) && FunctionWords.possessives.contains(TextFolding.fold(tree.words[child].form))
            }
        }
        // A part noun is folded last, once the agent's name is where the phrase puts it.
        if isAgent(holder) || isOwnedAgent(holder), case let part = tree.words[holder].head - 1, part < holder, isPart(part) { return part }
        // Beside the agent, a common noun may name it too ("por parte de su país de X"): a part noun takes no second
        // genitive of its own.
        let isNamedBeside = { (word: Int) in [.noun, .propn].contains(tree.words[word].tag) && tree.words[word].label.isPlain(.nmod) }
        if children[holder].contains(where: { $0 > holder && $0 < complement && isNamedBeside($0) }), isPart(holder) { return holder }
        return nil
    }

    private static func isGenitive(_ word: Int, in tree: SyntaxTree, words shared: ArgumentWords.Shared) -> Bool {
        tree.words[word].label.isPlain(.case) && TextFolding.fold(tree.words[word].form) == shared.words.genitive
    }
}
