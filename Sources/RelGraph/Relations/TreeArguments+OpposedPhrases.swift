/// "lanzó un ataque empleando drones contra territorio ruso", "launched strikes, using drones against Russian targets":
/// a hostile act whose target phrase the parser hangs elsewhere in the act's clause, on a tool or a manner. An act
/// with an author and no target of its own is aimed at what "against", "contre" or "contra" opens in its clause.
extension TreeArguments {
    /// The actors opened by an opposing preposition in the clause of the trigger at `range`: the trigger verb's
    /// clause, or for an event noun the clause of the verb it is the object or subject of, outside the noun's own
    /// phrase. Reported clauses, relative clauses and other verbs' own subjects are not the act's.
    func opposedActors(inClauseOf range: Range<Int>) -> [Mention] {
        guard let head = headWord(of: range), let clause = clauseHead(of: head) else { return [] }
        var opposed: [Int] = []
        var stack = [clause]
        // The clause's subjects are other actors' phrases, but an event noun that is its clause's subject ("los
        // ataques ejecutados por X contra Y dejaron…") is the act's own: its clauses are read.
        if head != clause, Self.subjectRelations.contains(parsed.relation(of: head)) { stack.append(head) }
        while let word = stack.popLast() {
            // An event noun's own complements were its frame's to read ("le renvoi du procès contre X" sends no one
            // back to X); only a clause on it ("un ataque empleando drones contra…") is read further.
            for child in parsed.dependents(of: word) where (word != head || head == clause || Self.clausalRelations.contains(parsed.relation(of: child)))
                && !Self.closedClauseRelations.contains(parsed.relation(of: child))
                && !parsed.label(of: child).isSubtype("relcl", of: .acl)
                && !Self.subjectRelations.contains(parsed.relation(of: child)) {
                if markers(of: child).contains(where: { FunctionWords.opposingPrepositions.contains($0) }) {
                    opposed.append(child)
                } else {
                    stack.append(child)
                }
            }
        }
        return resolve(opposed)
    }

    /// The verb whose clause holds `head`: itself when a verb, else the verb an event noun is the object or subject of.
    private func clauseHead(of head: Int) -> Int? {
        if parsed.tag(of: head) == .verb { return head }
        guard let verb = parsed.governor(of: head), parsed.tag(of: verb) == .verb,
              [.obj, .nsubj].contains(parsed.relation(of: head)) else { return nil }
        return verb
    }

    /// Clauses of their own under a verb: what it reports, a clause beside it, a verb joined to it (relative clauses
    /// are told apart by their label's subtype).
    static let closedClauseRelations: DependencyRelations = [.ccomp, .parataxis, .conj]
    /// Clauses on an event noun, read for its "against" phrase: "un ataque empleando drones contra…".
    static let clausalRelations: DependencyRelations = [.acl, .advcl]

    /// The actors a hostile event noun is aimed at through a verb of aiming on it ("sanctions targeting X", "des
    /// sanctions visant l'économie de X", "sanciones que apuntan a X"): the verb's object or complement, or what owns
    /// it.
    func aimedActors(of noun: Int, excluding sources: [Mention]) -> (mentions: [Mention], word: Int)? {
        for verb in parsed.dependents(of: noun) where parsed.tag(of: verb) == .verb && parsed.relation(of: verb) == .acl
            && words.aimingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) {
            let aimed = parsed.dependents(of: verb).filter { [.obj, .obl].contains(parsed.relation(of: $0)) && $0 > verb }
            var found = resolve(aimed).filter { !sources.contains($0) }
            if found.isEmpty { found = resolve(ownerWords(of: aimed, isTrigger: { _ in false })).filter { !sources.contains($0) } }
            if let first = aimed.first, !found.isEmpty { return (found, first) }
        }
        return nil
    }

    /// "una amenaza de invasión contra Grecia", "the threat of an attack against X": a threat names the act it
    /// threatens, and whom that act is aimed at is whom the threat is.
    func threatenedActTargets(of noun: Int, isTrigger: (Int) -> Bool, excluding sources: [Mention]) -> (mentions: [Mention], word: Int)? {
        for act in parsed.dependents(of: noun, [.nmod]) where markers(of: act) == [words.genitive] && isTrigger(parsed.tokenOfWord[act]) {
            for aimed in parsed.dependents(of: act, [.nmod]) where markers(of: aimed).contains(where: FunctionWords.opposingPrepositions.contains) {
                let found = resolve([aimed] + conjuncts(of: aimed)).filter { !sources.contains($0) }
                if !found.isEmpty { return (found, aimed) }
            }
        }
        return nil
    }
}
