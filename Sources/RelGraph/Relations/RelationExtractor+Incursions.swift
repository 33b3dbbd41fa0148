/// Troops that enter another state, read off the parse beside the triggers of the lexicon: the verbs of entering and
/// the nouns of armed forces are word classes of each language (`ArgumentWords`).
extension RelationExtractor {
    /// Whether the sentence holds a verb of entering and a noun of armed forces: only then can troops enter a state.
    func mayTellIncursion(_ sentence: Sentence) -> Bool {
        // Read through the shared reference: a copy of the classes would retain each of their sets, sentence after sentence.
        let shared = ArgumentWords.Shared.of(document.language)
        let tokens = document.tokens
        return sentence.tokenRange.contains { shared.words.enteringVerbs.contains(tokens[$0]) }
            && sentence.tokenRange.contains { shared.words.militaryNouns.contains(tokens[$0]) }
    }

    /// "Senegalese troops entered Gambia", "les troupes sénégalaises sont entrées en Gambie", "tropas senegalesas
    /// entraron en Gambia": armed forces of one state that enter another are deployed there. The state is the
    /// forces' own (their demonym, their owner); the place is the verb's object or its complement of entering.
    func incursionRelations(_ sentence: Sentence, tree: TreeArguments) -> [Relation] {
        let shared = ArgumentWords.Shared.of(document.language)
        let parsed = tree.parsed
        var relations: [Relation] = []
        for verb in 0..<parsed.wordCount where parsed.tag(of: verb) == .verb {
            let token = parsed.tokenOfWord[verb]
            guard shared.words.enteringVerbs.contains(document.tokens[token]) else { continue }
            let subjects = tree.subjectWords(of: verb)
            guard subjects.contains(where: { shared.words.militaryNouns.contains(document.tokens[parsed.tokenOfWord[$0]]) }) else { continue }
            let places = parsed.dependents(of: verb).filter { place in
                let markers = tree.markers(of: place)
                // The place may be read as an object and still be marked by its preposition of entering.
                return (parsed.label(of: place).isPlain(.obj) && markers.isEmpty)
                    || ([.obj, .obl, .nmod].contains(parsed.relation(of: place)) && markers.contains(where: shared.words.enteringPrepositions.contains))
            }
            // "crossed the Togolese border", "pénétré en territoire tchadien": a border or a territory is its owner's.
            let owners = tree.ownerWords(of: places.filter { shared.words.borderNouns.contains(document.tokens[parsed.tokenOfWord[$0]]) },
                                         isTrigger: { _ in false })
            let targets = tree.resolve(places + owners).flatMap(\.refs).filter { $0.stateCode != nil }
            var sources = tree.resolve(subjects).flatMap(\.refs)
            if sources.isEmpty { sources = reportersOfOwnForces(subjects, tree: tree) }
            guard !targets.isEmpty, !sources.isEmpty else { continue }
            let possibility = tree.possibility(from: sentence.tokenRange.lowerBound, to: sentence.tokenRange.upperBound)
            guard tree.modality(of: verb, speaksOfPossibility: tree.speaksOfPossibility(possibility, over: verb), reportsFuture: false) == .factual
            else { continue }
            for source in sources {
                for target in targets where source != target && !isOwnState(source, target)
                    && !relations.contains(where: { $0.source == source && $0.target == target }) {
                    relations.append(Relation(source: source, target: target, type: .mobilize, sentence: sentence.index,
                                              trigger: token..<token + 1, confidence: 0.8, historical: false, group: nil,
                                              rule: "incursion: armed forces (\(parsed.label(of: subjects[0]).name)) enter a state"))
                }
            }
        }
        return relations
    }

    /// "X says that its soldiers, who entered Y, will stay": forces owned by a possessive, in a clause that
    /// reports them, are the reporter's.
    private func reportersOfOwnForces(_ forces: [Int], tree: TreeArguments) -> [ActorRef] {
        let parsed = tree.parsed
        let possessives = ArgumentWords.Shared.of(document.language).words.possessives
        return forces.filter { noun in
            parsed.dependents(of: noun).contains { possessives.contains(document.tokens[parsed.tokenOfWord[$0]]) }
        }.flatMap { noun -> [ActorRef] in
            guard let clause = parsed.governor(of: noun), parsed.relation(of: clause) == .ccomp,
                  let reporting = parsed.governor(of: clause) else { return [] }
            return tree.resolve(tree.subjectWords(of: reporting)).flatMap(\.refs)
        }
    }
}
