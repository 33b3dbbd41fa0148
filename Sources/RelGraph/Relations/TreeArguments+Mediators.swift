/// Who a sentence says mediated: "with the mediation of X", "sous l'égide de X", "con el auspicio de X", "brokered by X",
/// "X, which brokered the deal". The parties are those of the event the phrase belongs to (`RelationExtractor`).
extension TreeArguments {
    /// The actors whose mediation or auspices the sentence writes on one of `events` (head words), each with the token of
    /// the word that says so: the owners of a noun of mediation, and the agent or subject of a verb of mediation. A
    /// mediation that a clause of its own speaks of ("Bangkok a estimé qu'une médiation de l'ASEAN était inutile") is
    /// no event's.
    func mediators(of events: [Int]) -> [(mention: Mention, token: Int)] {
        var found: [(mention: Mention, token: Int)] = []
        for word in 0..<parsed.wordCount {
            let token = parsed.tokenOfWord[word]
            let heads: [Int]
            if words.mediationNouns.contains(tokens[token]), parsed.tag(of: word) == .noun {
                heads = ownerWords(of: [word], isTrigger: { _ in false })
            } else if words.mediationVerbs.contains(tokens[token]), parsed.tag(of: word) == .verb {
                heads = subjectWords(of: word)
            } else {
                continue
            }
            guard !heads.isEmpty, events.contains(where: { isAttached(word, to: $0) }) else { continue }
            found += resolve(heads).map { (mention: $0, token: token) }
        }
        return found
    }

    /// Whether a word of mediation and an event's head are one phrase: one governs the other within a few steps, none of
    /// them into a clause of its own; for an event noun, the verb that carries it may govern the mediation ("concluyó
    /// una tregua gracias a la mediación de X").
    private func isAttached(_ word: Int, to event: Int) -> Bool {
        if governs(event, word) || governs(word, event) { return true }
        guard parsed.tag(of: event) == .noun, Self.carriedRelations.contains(parsed.relation(of: event)),
              let verb = parsed.governor(of: event), parsed.tag(of: verb) == .verb else { return false }
        return governs(verb, word)
    }

    /// How an event noun hangs from the verb that carries it.
    private static let carriedRelations: DependencyRelations = [.obj, .nsubj]

    private func governs(_ governor: Int, _ word: Int) -> Bool {
        var current = word
        for _ in 0..<Self.mediationReach {
            guard !Self.ownClauseRelations.contains(parsed.relation(of: current)), let up = parsed.governor(of: current) else { return false }
            if up == governor { return true }
            current = up
        }
        return false
    }

    private static let mediationReach = 3
    /// How a clause of its own hangs from the word it speaks of.
    private static let ownClauseRelations: DependencyRelations = [.ccomp, .parataxis, .advcl, .csubj]
}
