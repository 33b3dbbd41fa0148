/// What a speaker says is unacceptable, read off the parse beside the triggers of the lexicon: "Togo said Ghana's
/// decision was unacceptable", "le Togo a jugé que la décision du Ghana était inacceptable", "Togo afirmó que la
/// medida ghanesa es ilegal". Judging another actor's act in those words condemns it (ACCUSE), from the speaker to
/// the act's author.
extension RelationExtractor {
    /// Whether the sentence holds a word of condemnation: only then can an act be judged so.
    func mayTellJudgment(_ sentence: Sentence) -> Bool {
        let words = ArgumentWords.Shared.of(document.language).words
        let tokens = document.tokens
        return sentence.tokenRange.contains {
            words.condemningPredicates.contains(tokens[$0]) || words.praisingPredicates.contains(tokens[$0])
                || words.culpabilityPredicates.contains(tokens[$0])
        }
    }

    /// The accusations of the sentence's judged acts: from whoever states the judgment to whoever the judged thing is.
    /// - Parameter isConflict: whether the token is a trigger of a hostile act, which a word of culpability charges.
    func judgmentRelations(_ sentence: Sentence, tree: TreeArguments, isConflict: (Int) -> Bool) -> [Relation] {
        let words = ArgumentWords.Shared.of(document.language).words
        let parsed = tree.parsed
        var relations: [Relation] = []
        // "calificó a X como un amigo verdadero": praise named backs the one named.
        for word in 0..<parsed.wordCount where words.praisingPredicates.contains(document.tokens[parsed.tokenOfWord[word]]) {
            guard let naming = namingJudgment(of: word, tree: tree) else { continue }
            appendSaid(.support, from: naming.judges, to: naming.authors, in: sentence, at: parsed.tokenOfWord[word],
                       rule: "praise named: the subject backs whom it calls so", to: &relations)
        }
        // "Togo said Ghana was responsible for the attack": culpability for a hostile act accuses whom it is said of.
        for word in 0..<parsed.wordCount where words.culpabilityPredicates.contains(document.tokens[parsed.tokenOfWord[word]])
            && parsed.dependents(of: word).contains(where: { $0 > word && isConflict(parsed.tokenOfWord[$0]) }) {
            guard parsed.dependents(of: word).contains(where: { parsed.relation(of: $0) == .cop }),
                  case let judged = parsed.dependents(of: word, TreeArguments.subjectRelations), !judged.isEmpty,
                  tree.modality(of: word, speaksOfPossibility: false, reportsFuture: false) == .factual else { continue }
            appendSaid(.accuse, from: tree.judges(of: word).flatMap(\.refs), to: tree.resolve(judged).flatMap(\.refs), in: sentence,
                       at: parsed.tokenOfWord[word], rule: "culpability said: the speaker charges whom it holds responsible", to: &relations)
        }
        for word in 0..<parsed.wordCount where words.condemningPredicates.contains(document.tokens[parsed.tokenOfWord[word]]) {
            if let naming = namingJudgment(of: word, tree: tree) {
                appendSaid(.accuse, from: naming.judges, to: naming.authors, in: sentence, at: parsed.tokenOfWord[word],
                           rule: "act named: the subject condemns the author of what it calls unacceptable", to: &relations)
                continue
            }
            // "X was a violation", or "X constituted a violation" with a verb that predicates its object of its subject.
            guard let predicate = parsed.dependents(of: word).contains(where: { parsed.relation(of: $0) == .cop }) ? word
                    : predicatingVerb(of: word, tree: tree),
                  case let judged = parsed.dependents(of: predicate, TreeArguments.subjectRelations), !judged.isEmpty,
                  // "would be unacceptable", "n'est pas illégale": a judgment only possible, or denied, condemns no one.
                  tree.modality(of: predicate, speaksOfPossibility: false, reportsFuture: false) == .factual else { continue }
            let speakers = tree.judges(of: predicate).flatMap(\.refs)
            guard !speakers.isEmpty else { continue }
            // "Ghana was irresponsible": the actor itself; "Ghana's decision", "la medida ghanesa": the thing's owner.
            let named = tree.resolve(judged)
            let authors = (named.isEmpty ? tree.resolve(tree.ownerWords(of: judged, isTrigger: { _ in false })) : named).flatMap(\.refs)
            appendSaid(.accuse, from: speakers, to: authors, in: sentence, at: parsed.tokenOfWord[word],
                       rule: "act judged: the speaker condemns the author of what it calls unacceptable", to: &relations)
        }
        return relations
    }

    /// "calificó de hostil la decisión de X", "a qualifié d'inacceptable la décision de X": a verb of naming
    /// (`namingVerbs`) with a word of condemnation for complement judges its other complement. Its subject judges, and
    /// the thing's owner, or the actor named, is condemned.
    private func namingJudgment(of word: Int, tree: TreeArguments) -> (judges: [ActorRef], authors: [ActorRef])? {
        let parsed = tree.parsed
        // "la calificó como un gesto inamistoso", "called it an unfriendly act": the word of condemnation qualifies the
        // noun the thing is called.
        var called = parsed.relation(of: word) == .amod ? parsed.governor(of: word) ?? word : word
        // "a qualifié X de véritable ami", with the name hung on the one called: the one called bears it.
        if parsed.relation(of: called) == .nmod, let bearer = parsed.governor(of: called), tree.mentionOfWord[bearer] != nil {
            called = bearer
        }
        guard Self.namingComplementRelations.contains(parsed.relation(of: called)), let verb = parsed.governor(of: called),
              parsed.tag(of: verb) == .verb,
              tree.words.namingVerbs.contains(tree.tokens[parsed.tokenOfWord[verb]]),
              tree.modality(of: verb, speaksOfPossibility: false, reportsFuture: false) == .factual else { return nil }
        var judged = parsed.dependents(of: verb, Self.namingComplementRelations).filter { complement in
            // The object marker of persons ("calificó a X como…") is no preposition.
            complement != called && parsed.isNominal(complement) && tree.markers(of: complement).allSatisfy(tree.words.objectMarkers.contains)
        }
        // "llamó al presidente X «nazi»", with the epithet hung on the one it names: the one called is judged.
        if judged.isEmpty, called != word, tree.mentionOfWord[called] != nil { judged = [called] }
        let judges = tree.resolve(tree.subjectWords(of: verb)).flatMap(\.refs)
        guard !judged.isEmpty, !judges.isEmpty else { return nil }
        let named = tree.resolve(judged)
        let authors = (named.isEmpty ? tree.resolve(tree.ownerWords(of: judged, isTrigger: { _ in false })) : named).flatMap(\.refs)
        return (judges, authors)
    }

    /// How parsers hang the two complements of a verb of naming: the thing named and what it is called.
    private static let namingComplementRelations: DependencyRelations = [.obj, .xcomp, .obl]

    /// "constituait une violation", "constituye una violación", "amounts to a violation": the verb whose object `word`
    /// is, when it is one that predicates its object of its subject (`predicatingVerbs`).
    private func predicatingVerb(of word: Int, tree: TreeArguments) -> Int? {
        guard tree.parsed.relation(of: word) == .obj, let verb = tree.parsed.governor(of: word),
              ArgumentWords.Shared.of(document.language).words.predicatingVerbs.contains(document.tokens[tree.parsed.tokenOfWord[verb]])
        else { return nil }
        return verb
    }
}
