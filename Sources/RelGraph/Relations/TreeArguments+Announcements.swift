/// An event noun whose verb is in the future tense is announced, not done: "realizarán maniobras conjuntas",
/// "organisera des exercices conjoints", "will hold joint drills".
extension TreeArguments {
    /// Whether the trigger at `range` is a verb in the future tense ("enviará ayuda", "will send aid") or the object of
    /// one: a future ending on the verb or a future auxiliary beside it.
    func isAnnounced(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        if parsed.tag(of: head) == .verb { return isFutureVerb(head) }
        // "enverra de l'aide": a partitive object is read as an argument oblique.
        guard let verb = parsed.governor(of: head), Self.isSupportedRelation(parsed.label(of: head)), parsed.tag(of: verb) == .verb
        else { return false }
        return isFutureVerb(verb)
    }

    /// A future ending or auxiliary, or a reported future ("said the two countries would deepen cooperation").
    func isFutureVerb(_ verb: Int) -> Bool {
        let form = parsed.tree.words[verb].form.lowercased()
        return words.futureEndings.contains(where: form.hasSuffix)
            || parsed.dependents(of: verb).contains { auxiliary in
                // "seront prises", "serán tomadas": a passive's future is written on its auxiliary.
                parsed.relation(of: auxiliary) == .aux
                    && (words.futureAuxiliaries.contains(tokens[parsed.tokenOfWord[auxiliary]]) || isFutureInThePast(auxiliary, on: verb)
                        || words.futureEndings.contains(where: parsed.tree.words[auxiliary].form.lowercased().hasSuffix))
            }
    }

    /// "Washington's intention to impose sanctions on X", "sa volonté de frapper X", "su disposición a sancionar a X": an
    /// act an actor says it means to do, written as the complement of a noun of intent, whether the act is the
    /// noun's clause or that clause's object. Read as a threat when the act is hostile.
    func isIntended(_ head: Int) -> Bool {
        intent(over: head) != nil
    }

    /// The noun of intent or the verb of weighing an act at `head` is meant by ("the intention to meet X", "is weighing
    /// sanctions"), if there is one.
    func intent(over head: Int) -> Int? {
        var word = head
        for _ in 0..<2 {
            guard let governor = parsed.governor(of: word) else { return nil }
            let relation = parsed.relation(of: word)
            if [.acl, .advcl, .xcomp, .nmod].contains(relation), parsed.isNominal(governor), mentionOfWord[governor] == nil,
               words.intentNouns.contains(tokens[parsed.tokenOfWord[governor]]) {
                // "ha tomado la determinación de romper relaciones": a resolve taken is a decision, and the act done.
                return isTakenDecision(governor) ? nil : governor
            }
            // The event noun is the object of the intended verb: one step up to that verb.
            guard relation == .obj, parsed.tag(of: governor) == .verb else { return nil }
            // "is weighing retaliatory measures", "étudie des sanctions": an act weighed is meant, not done.
            if words.weighingVerbs.contains(tokens[parsed.tokenOfWord[governor]]) { return governor }
            word = governor
        }
        return nil
    }

    /// "n'a pas l'intention de négocier", "has no intention of meeting X": a noun of intent the clause
    /// denies, by a negation on the verb that has it or on the noun itself.
    func isDeniedIntent(_ intent: Int) -> Bool {
        if parsed.dependents(of: intent).contains(where: { [.det, .advmod].contains(parsed.relation(of: $0)) && words.negations.contains(tokens[parsed.tokenOfWord[$0]]) }) {
            return true
        }
        guard parsed.relation(of: intent) == .obj, let verb = parsed.governor(of: intent) else { return false }
        return isNegated(verb)
    }

    private func isTakenDecision(_ noun: Int) -> Bool {
        guard parsed.relation(of: noun) == .obj, let verb = parsed.governor(of: noun) else { return false }
        return words.decidingVerbs.contains(tokens[parsed.tokenOfWord[verb]])
    }
}
