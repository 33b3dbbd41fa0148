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

    private static func isUnmarkedClause(_ word: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        tree.words[word].tag == .verb && [.advcl, .parataxis].contains(tree.words[word].label.relation)
            && children[word].contains { tree.words[$0].label.relation == .nsubj }
            && !children[word].contains { tree.words[$0].label.isPlain(.mark) }
    }
}
