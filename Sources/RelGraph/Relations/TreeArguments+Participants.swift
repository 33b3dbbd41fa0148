/// Who takes part in an event noun, named in a relative clause on it: "unas maniobras navales en las que participarán
/// X y Y", "des exercices auxquels participeront X et Y", "drills in which X and Y participated". They are parties to
/// the event beside its author, so an exercise that others join is a joint one.
extension TreeArguments {
    /// The words naming the participants of `noun`: the subjects of a relative clause on it whose verb says taking
    /// part, opened by a preposition ("en las que", "auxquels", "in which") and not negated. The parser often calls
    /// a subject written after its verb an object: such an object is a participant too.
    func participantWords(of noun: Int) -> [Int] {
        let beside = parsed.governor(of: noun).map { parsed.dependents(of: $0).filter { relativeClauseBeside($0, noun: noun) } } ?? []
        return (parsed.dependents(of: noun) + beside).flatMap { clause -> [Int] in
            guard parsed.label(of: clause).isSubtype("relcl", of: .acl) || beside.contains(clause), parsed.tag(of: clause) == .verb,
                  words.participationVerbs.contains(tokens[parsed.tokenOfWord[clause]]),
                  opensWithPreposition(clause, after: noun), !isNegated(clause) else { return [] }
            return parsed.dependents(of: clause).filter { word in
                let relation = parsed.relation(of: word)
                return !isRelativePronoun(word) && (relation == .nsubj || (relation == .obj && word > clause))
            }
        }
    }

    /// "organizó maniobras en las que participaron X y Y" read with the clause as the conjunct or an adverbial clause
    /// of the verb: a verb hung on the noun's governor, opened by a preposition, a determiner and a relative pronoun
    /// ("en las que", "auxquels") and written after the noun with no verb or punctuation between, is the noun's relative
    /// clause.
    private func relativeClauseBeside(_ clause: Int, noun: Int) -> Bool {
        guard clause > noun, parsed.tag(of: clause) == .verb, [.conj, .parataxis, .advcl].contains(parsed.relation(of: clause)),
              let pronoun = (noun + 1..<clause).last(where: { words.relativePronouns.contains(tokens[parsed.tokenOfWord[$0]]) }),
              (pronoun + 1..<clause).allSatisfy({ parsed.governor(of: $0) == clause && parsed.tag(of: $0) != .verb }),
              (pronoun - 2..<pronoun).contains(where: { $0 > noun && parsed.tag(of: $0) == .adp }) else { return false }
        return (noun + 1..<pronoun).allSatisfy { ![.verb, .punct, .aux, .sconj].contains(parsed.tag(of: $0)) }
    }

    /// Whether a preposition between `noun` and `clause` hangs from the clause or from its relative pronoun: the
    /// antecedent is where the subjects take part, not what they do.
    private func opensWithPreposition(_ clause: Int, after noun: Int) -> Bool {
        (noun + 1..<clause).contains { word in
            guard parsed.relation(of: word) == .case, let governor = parsed.governor(of: word) else { return false }
            return governor == clause || parsed.governor(of: governor) == clause
        }
    }
}
