/// What a verb of saying reports, when the words before it mislead the parser: "announced Wednesday he was breaking
/// ties", with the day read as the verb's object and the clause as an adverbial one; "denunció en varias ocasiones que
/// aviones turcos habían entrado…", with the subordinator hung on the reported clause's subject and the clause's verb
/// coordinated to the main one.
extension ParsedSentence {
    /// A day read as a verb of saying's object, with a clause after it that has a subject and no subordinator: the day
    /// is when, and the clause what was said.
    /// - Returns: whether a label changed.
    static func repairReportedClausesAfterDays(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb
            && FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)) {
            guard let day = children[verb].first(where: { $0 > verb && tree.words[$0].label.isPlain(.obj) }),
                  shared.words.timeNouns.contains(TextFolding.fold(tree.words[day].form)),
                  let clause = children[verb].first(where: { $0 > day && isUnmarkedClause($0, in: tree, children: children) }) else { continue }
            tree.words[day].relation = "obl"
            tree.words[clause].relation = "ccomp"
            changed = true
        }
        return changed
    }

    /// "said it will recognise X", with "it" read as the verb of saying's object and the clause as its
    /// complement of control: a complement with a tense auxiliary of its own ("will", "would", "has") and no
    /// infinitive mark is a reported clause, and the word between is its subject.
    /// - Returns: whether a head changed.
    static func repairReportedSubjectsTakenForObjects(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb
            && FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)) {
            guard let clause = children[verb].first(where: { $0 > verb && tree.words[$0].tag == .verb && tree.words[$0].label.isPlain(.xcomp) }),
                  let subject = children[verb].first(where: { $0 > verb && $0 < clause && tree.words[$0].label.isPlain(.obj) }),
                  children[clause].contains(where: { $0 > subject && tree.words[$0].label.relation == .aux }),
                  !children[clause].contains(where: { [.mark, .nsubj].contains(tree.words[$0].label.relation) }) else { continue }
            tree.words[subject].head = clause + 1
            tree.words[subject].relation = "nsubj"
            tree.words[clause].relation = "ccomp"
            changed = true
        }
        return changed
    }

    /// "rechazó durante la cumbre que X se reuniera con Y", "demanded at the meeting that X withdraw": a clause opened
    /// by the subordinator of completion, read as a relative clause of the oblique noun between it and its verb, is
    /// what the verb says, rejects or asks.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairCompletiveClausesOnObliques(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].tag == .verb && tree.words[clause].label.relation == .acl {
            let noun = tree.words[clause].head - 1
            guard noun >= 0, noun < clause, tree.words[noun].label.relation == .obl,
                  case let verb = tree.words[noun].head - 1, verb >= 0, verb < noun, tree.words[verb].tag == .verb,
                  !children[verb].contains(where: { [.obj, .ccomp].contains(tree.words[$0].label.relation) }),
                  let mark = (noun + 1..<clause).first(where: { tree.words[$0].head - 1 != noun && tree.words[$0].tag != .punct }),
                  tree.words[mark].head - 1 == clause, shared.words.complementizers.contains(TextFolding.fold(tree.words[mark].form)),
                  isSubordinator(mark, of: clause, in: tree, children: children),
                  // "colabora con un grupo que pide…": a clause with no subject of its own is the noun's relative.
                  children[clause].contains(where: { tree.words[$0].label.relation == .nsubj && $0 != mark })
            else { continue }
            tree.words[clause].head = verb + 1
            tree.words[clause].relation = "ccomp"
            tree.words[mark].tag = .sconj
            tree.words[mark].relation = "mark"
            changed = true
        }
        return changed
    }

    /// A subordinator read as one, or "that" read as a relative pronoun filling a role the clause fills with another
    /// word ("that Togo withdraw its troops", with "that" an object beside "troops").
    private static func isSubordinator(_ word: Int, of clause: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        if tree.words[word].tag == .sconj, tree.words[word].label.isPlain(.mark) { return true }
        let relation = tree.words[word].label.relation
        return [.obj, .nsubj].contains(relation) && children[clause].contains { $0 != word && tree.words[$0].label.relation == relation }
    }

    /// "consideró en Twitter que la decisión de X es infundada", "said in a statement that X was…": a clause opened by
    /// the subordinator of completion, which the parser coordinated to a verb of saying or judging written before it
    /// with no conjunction between, is what that verb reports.
    /// - Returns: whether a label changed.
    static func repairReportedClausesTakenForConjuncts(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for clause in tree.words.indices where tree.words[clause].label.isPlain(.conj) {
            let verb = tree.words[clause].head - 1
            guard verb >= 0, verb < clause, tree.words[verb].tag == .verb,
                  !children[clause].contains(where: { tree.words[$0].label.relation == .cc }),
                  let mark = children[clause].min(), tree.words[mark].label.isPlain(.mark),
                  shared.words.complementizers.contains(TextFolding.fold(tree.words[mark].form)),
                  !children[verb].contains(where: { tree.words[$0].label.relation == .ccomp }),
                  case let form = TextFolding.fold(tree.words[verb].form),
                  FunctionWords.reportingVerbs.contains(form) || shared.words.judgmentVerbs.contains(form)
                    || shared.words.consideringVerbs.contains(form) else { continue }
            tree.words[clause].relation = "ccomp"
            changed = true
        }
        return changed
    }

    /// A subordinator hung on a noun, whose clause's verb the parser coordinated to the verb above: the verb is the
    /// clause that verb reports, the noun its subject and the subordinator its own.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairSubordinatorsOnNouns(_ tree: inout SyntaxTree, children: WordDependents) -> Bool {
        var changed = false
        for mark in tree.words.indices where tree.words[mark].tag == .sconj && tree.words[mark].label.isPlain(.mark) {
            let noun = tree.words[mark].head - 1
            guard noun == mark + 1 || (noun > mark && (mark + 1..<noun).allSatisfy { [.det, .adj, .num].contains(tree.words[$0].tag) }),
                  [.noun, .propn].contains(tree.words[noun].tag),
                  let clause = (noun + 1..<tree.words.count).first(where: { tree.words[$0].tag == .verb }),
                  [.conj, .parataxis].contains(tree.words[clause].label.relation),
                  case let main = tree.words[clause].head - 1, main >= 0, main < mark, tree.words[main].tag == .verb,
                  !children[clause].contains(where: { tree.words[$0].label.relation == .nsubj }) else { continue }
            tree.words[clause].relation = "ccomp"
            tree.words[mark].head = clause + 1
            tree.words[noun].head = clause + 1
            tree.words[noun].relation = "nsubj"
            changed = true
        }
        return changed
    }

    /// "«La mission avance», a affirmé le président X après un entretien avec Y", "…, sostuvo el presidente X tras un
    /// encuentro con Y": the speaker of a quote written after the verb of saying. Parsers read the speaker as the
    /// verb's object and the quote's noun as its subject, and hang the occasion after the speaker on him. The name after
    /// the verb is its subject, the quote what is said, and a complement of occasion on the speaker ("tras", "après",
    /// "during": `occasions`) the verb's, as it is when the speaker is written first.
    /// - Returns: whether a head changed.
    static func repairSpeakersAfterTheirVerb(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for verb in tree.words.indices where tree.words[verb].tag == .verb {
            // The verb's form is folded last: most verbs follow no comma nor quote.
            guard let mark = attributionMark(before: verb, in: tree),
                  let speaker = children[verb].first(where: { $0 > verb && isSpeaker($0, in: tree, children: children, words: shared) })
                    ?? speakerHungOnComplement(of: verb, in: tree, children: children, words: shared),
                  FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)) else { continue }
            let quoted = children[verb].filter { $0 < mark && tree.words[$0].label.relation == .nsubj }
            // Written after a comma alone, the words before the verb hold no quote: a subject there is the verb's,
            // unless the parser read the name after the verb as its subject too.
            guard tree.words[mark].form != "," || quoted.isEmpty || tree.words[speaker].label.relation == .nsubj else { continue }
            for subject in quoted { tree.words[subject].relation = "ccomp" }
            if tree.words[speaker].head != verb + 1 {
                tree.words[speaker].head = verb + 1
                changed = true
            }
            tree.words[speaker].relation = "nsubj"
            guard let occasion = children[speaker].first(where: { $0 > speaker && isOccasion($0, in: tree, children: children, words: shared) })
            else { continue }
            tree.words[occasion].head = verb + 1
            tree.words[occasion].relation = "obl"
            // "tras un encuentro con el canciller X", with the company hung on the speaker too: the occasion's.
            for company in children[speaker] where company > occasion && tree.words[company].label.relation == .nmod
                && !children[company].contains(where: { isGenitive($0, in: tree, words: shared) }) {
                tree.words[company].head = occasion + 1
            }
            changed = true
        }
        return changed
    }

    /// The closing quote, dash or comma right before a verb of saying, its auxiliaries aside; the quote when a comma
    /// follows it.
    private static func attributionMark(before verb: Int, in tree: SyntaxTree) -> Int? {
        var word = verb - 1
        while word >= 0 && tree.words[word].tag == .aux { word -= 1 }
        guard word > 0, tree.words[word].tag == .punct else { return nil }
        if tree.words[word].form == ",", tree.words[word - 1].tag == .punct,
           TreeArguments.attributionMarks.contains(tree.words[word - 1].form) {
            return word - 1
        }
        return tree.words[word].form == "," || TreeArguments.attributionMarks.contains(tree.words[word].form) ? word : nil
    }

    /// "…, a réagi sur la radio nationale la présidente X": a name with no preposition, which the parser hangs on the
    /// complement written between the verb and it, is the speaker; a complement takes a name only through a preposition.
    private static func speakerHungOnComplement(of verb: Int, in tree: SyntaxTree, children: WordDependents,
                                                words shared: ArgumentWords.Shared) -> Int? {
        for complement in children[verb] where complement > verb && tree.words[complement].label.relation == .obl {
            if let speaker = children[complement].first(where: { $0 > complement && tree.words[$0].label.relation == .nmod
                && isBareActorNoun($0, in: tree, children: children, words: shared) }) {
                return speaker
            }
        }
        return nil
    }

    /// Who speaks after the verb: a name or a noun of those who act, read as its object or its subject.
    private static func isSpeaker(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        guard [.obj, .nsubj].contains(tree.words[word].label.relation) else { return false }
        return isBareActorNoun(word, in: tree, children: children, words: shared) || isOwnedByName(word, in: tree, children: children, words: shared)
    }

    /// "…,' said the office of the Prime Minister", "…», a indiqué le cabinet du président": after a quote, a noun with no
    /// preposition owned by a name speaks for its owner.
    private static func isOwnedByName(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        tree.words[word].tag == .noun && isBare(word, in: tree, children: children) && children[word].contains { owner in
            tree.words[owner].label.relation == .nmod && tree.words[owner].tag == .propn
                && (tree.words[owner].label.isSubtype("poss", of: .nmod) || children[owner].contains { isGenitive($0, in: tree, words: shared) })
        }
    }

    private static func isGenitive(_ word: Int, in tree: SyntaxTree, words shared: ArgumentWords.Shared) -> Bool {
        tree.words[word].label.relation == .case && TextFolding.fold(tree.words[word].form) == shared.words.genitive
    }

    /// A common noun opened by a preposition of occasion: "tras un encuentro", "lors d'une conférence de presse".
    /// A name keeps its place: "el embajador en Madrid" is posted there.
    private static func isOccasion(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        guard tree.words[word].tag == .noun, tree.words[word].label.relation == .nmod,
              let marker = children[word].first(where: { tree.words[$0].label.relation == .case }) else { return false }
        return shared.words.occasions.contains(TextFolding.fold(tree.words[marker].form))
    }

    private static func isUnmarkedClause(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        tree.words[word].tag == .verb && [.advcl, .parataxis].contains(tree.words[word].label.relation)
            && children[word].contains { tree.words[$0].label.relation == .nsubj }
            && !children[word].contains { tree.words[$0].label.isPlain(.mark) }
    }
}
