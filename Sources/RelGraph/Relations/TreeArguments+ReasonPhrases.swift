/// "imposed sanctions on X for their support to Y", "criticized X over its invasion of Y": the reason given for an
/// act done to someone is that someone's own deed. A possessive in such a phrase stands for whom the act is done to,
/// not for the clause's subject.
extension TreeArguments {
    /// What a possessive stands for: in a reason phrase after a complement, that complement, or no one when the
    /// complement names no actor ("sanctions on two banks for their role"); elsewhere the subject of its clause.
    func possessiveOwner(_ possessive: Int) -> Int? {
        if let phrase = opposedPhrase(owning: possessive), let complement = lastComplement(before: phrase), !resolve([complement]).isEmpty {
            return complement
        }
        guard let phrase = reasonPhrase(owning: possessive), let complement = lastComplement(before: phrase) else {
            return clauseSubject(above: possessive).map { ownerThroughSubject($0, before: possessive) }
        }
        return resolve([complement]).isEmpty ? nil : complement
    }

    /// "The visit of the Togolese president comes days after his meeting with…": a clause subject that names no actor
    /// stands, for a possessive after it, for the actor its genitive names, whose act or thing the subject is.
    private func ownerThroughSubject(_ subject: Int, before possessive: Int) -> Int {
        guard subject < possessive, mentionOfWord[subject] == nil, resolve([subject]).isEmpty else { return subject }
        return parsed.dependents(of: subject).first { child in
            child < possessive && (markers(of: child).contains(words.genitive) || parsed.label(of: child).isSubtype("poss", of: .nmod))
                && !resolve([child]).isEmpty
        } ?? subject
    }

    /// Whether the act at `range` is done for a deed it names: "expelled the diplomat for interfering", "recalled its
    /// envoy over the remarks", "suspendió el tratado por su cambio de posición". The reason is an act (a trigger, a
    /// noun of acts named again), a thing someone owns, or a clause, after a preposition of reason or of the event
    /// answered ("after the attack"); done for it, a sanction blames whom it befalls.
    func statesDeedAsReason(_ range: Range<Int>, isTrigger: (Int) -> Bool) -> Bool {
        guard let head = headWord(of: range) else { return false }
        return reasonPhrases(after: head, in: clausesOfActOrObject(head)).contains { reason in
            !range.contains(parsed.tokenOfWord[reason])
                && (isDeedClause(reason) || isTrigger(parsed.tokenOfWord[reason])
                    || words.eventAnaphors.contains(tokens[parsed.tokenOfWord[reason]]) || !possessorWords(of: reason).isEmpty)
        }
    }

    /// The phrases among `dependents` that give a reason or a cause for the act at `head`, written after it and naming
    /// no actor themselves: "for interfering", "over the remarks", "por sus declaraciones".
    private func reasonPhrases(after head: Int, in dependents: [Int]) -> [Int] {
        dependents.filter { reason in
            reason > head && mentionOfWord[reason] == nil && Self.reasonRelations.contains(parsed.relation(of: reason))
                && markers(of: reason).contains(where: { words.reasonMarkers.contains($0) || words.causeMarkers.contains($0) })
        }
    }

    private static let reasonRelations: DependencyRelations = [.obl, .advcl, .nmod, .acl]

    /// "summoned the envoy over the remarks of X", "presentó notas de protesta por las declaraciones de X": the authors
    /// of the words or conduct an act of protest is done for (`rejectedDeeds`), which it blames besides whom it is done
    /// to. A noun of protest is read with the verb that carries it.
    func authorsOfProtestedDeeds(_ range: Range<Int>) -> [Mention] {
        guard let head = headWord(of: range) else { return [] }
        var acts = [head]
        if parsed.isNominal(head), parsed.relation(of: head) == .obj, let carrier = parsed.governor(of: head) { acts.append(carrier) }
        // "a convoqué l'ambassadeur pour exprimer son indignation face aux propos de X", "summoned the envoy to voice
        // its displeasure over X's remarks": the protest voiced in the act's purpose clause.
        acts += acts.flatMap(clausesOfActOrObject).filter { clause in
            clause > head && parsed.tag(of: clause) == .verb && Self.purposeRelations.contains(parsed.relation(of: clause))
                && markers(of: clause).contains(where: { words.purposeMarkers.contains($0) })
        }
        let deeds = reasonPhrases(after: head, in: acts.flatMap(clausesOfActOrObject)).filter { reason in
            words.rejectedDeeds.contains(tokens[parsed.tokenOfWord[reason]])
        }
        return deeds.isEmpty ? [] : resolve(ownerWords(of: deeds, isTrigger: { _ in false }))
    }

    /// "Accra voiced concern after Lomé seized a Ghanaian boat", "a protesté après que X a…": a protest whose
    /// clause names no one answers the deed of the clause it follows; the subject of that clause did it.
    func doersOfAnsweredDeed(_ range: Range<Int>) -> [Mention] {
        guard let head = headWord(of: range) else { return [] }
        let deeds = parsed.dependents(of: head, [.advcl]).filter { clause in
            clause > head && parsed.tag(of: clause) == .verb && markers(of: clause).contains(where: words.causeMarkers.contains)
        }
        guard deeds.count == 1, let deed = deeds.first else { return [] }
        return resolve(parsed.dependents(of: deed, Self.subjectRelations).filter { parsed.tag(of: $0) != .pron })
    }

    /// Whether the summons at `range` says what the envoy is summoned for: "summoned the envoy to explain", "convocó al
    /// embajador para que informe", "a convoqué l'ambassadeur pour qu'il s'explique". What one is summoned for is asked;
    /// a protest it is summoned for ("pour protester contre…", `isProtest`) is the summoner's own act.
    func summonsForAPurpose(_ range: Range<Int>, isProtest: (Int) -> Bool) -> Bool {
        guard let head = headWord(of: range), words.summoningVerbs.contains(tokens[parsed.tokenOfWord[head]]) else { return false }
        return clausesOfActOrObject(head).contains { clause in
            clause > head && parsed.tag(of: clause) == .verb && Self.purposeRelations.contains(parsed.relation(of: clause))
                && markers(of: clause).contains(where: { words.purposeMarkers.contains($0) }) && !isProtest(parsed.tokenOfWord[clause])
        }
    }

    private static let purposeRelations: DependencyRelations = [.advcl, .xcomp, .acl]

    /// The dependents of the act at `head` and of its objects: a reason or a purpose hangs on the act or, as parsers
    /// often hang it, on the act's object ("expelled X for interfering", "summoned X to explain").
    private func clausesOfActOrObject(_ head: Int) -> [Int] {
        let objects = parsed.dependents(of: head).filter { parsed.relation(of: $0) == .obj }
        return parsed.dependents(of: head) + objects.flatMap { parsed.dependents(of: $0) }
    }

    /// A clause of a deed: "for interfering", "pour avoir interféré"; a bare infinitive after a preposition of purpose
    /// ("pour quitter le pays") says what the act is for.
    private func isDeedClause(_ word: Int) -> Bool {
        guard parsed.tag(of: word) == .verb else { return false }
        return !markers(of: word).contains(where: { words.purposeMarkers.contains($0) })
            || parsed.dependents(of: word).contains { parsed.tag(of: $0) == .aux }
    }

    /// The noun a possessive owns when a reason preposition introduces it ("for their support").
    private func reasonPhrase(owning possessive: Int) -> Int? {
        phrase(owning: possessive, markedBy: words.reasonMarkers)
    }

    /// The noun a possessive owns when a preposition of what is warned against introduces it ("against its support").
    private func opposedPhrase(owning possessive: Int) -> Int? {
        phrase(owning: possessive, markedBy: words.opposedReasonMarkers)
    }

    private func phrase(owning possessive: Int, markedBy prepositions: WordSet) -> Int? {
        guard let noun = parsed.governor(of: possessive), parsed.isNominal(noun) else { return nil }
        return markers(of: noun).contains(where: { (marker: String) in prepositions.contains(marker) }) ? noun : nil
    }

    /// The last object or complement written before a reason phrase in the phrase or clause it hangs from, the
    /// subject and a passive's agent aside: "sanctions against X over…", "thanked X for…". A passive's subject is
    /// the one the act is done to ("X was criticized by Y for…").
    private func lastComplement(before phrase: Int) -> Int? {
        guard let governor = parsed.governor(of: phrase) else { return nil }
        if isPassive(governor), let undergoer = parsed.dependents(of: governor).last(where: { $0 < phrase && parsed.relation(of: $0) == .nsubj }) {
            return undergoer
        }
        // "sanctions on Ghanaian banks for their…" with the reason hung on the complement itself.
        var found: Int? = markers(of: governor).isEmpty || !isReasoned(governor) ? nil : governor
        var queue = parsed.dependents(of: governor).filter { $0 != phrase && !isSubjectOrAgent($0) }
        while let word = queue.popLast() {
            guard word < phrase else { continue }
            queue += parsed.dependents(of: word)
            if isReasoned(word) { found = max(found ?? word, word) }
        }
        return found
    }

    /// A noun complement that may name whom an act is done to: not a time ("on Monday").
    private func isReasoned(_ word: Int) -> Bool {
        Self.reasonedRelations.contains(parsed.relation(of: word)) && parsed.isNominal(word)
            && !words.timeNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    private func isSubjectOrAgent(_ word: Int) -> Bool {
        Self.subjectRelations.contains(parsed.relation(of: word))
            || markers(of: word).contains(where: { (marker: String) in words.passiveAgents.contains(marker) })
    }

    private static let reasonedRelations: DependencyRelations = [.obj, .iobj, .obl, .nmod]
}
