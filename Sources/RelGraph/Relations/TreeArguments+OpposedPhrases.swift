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
}
