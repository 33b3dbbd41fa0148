/// "The strikes carried out by the army against X killed dozens": English writes a participle and a past tense
/// alike, and a greedy parser takes the participle after a noun for the main verb, the noun for its subject and the
/// real main verb for a clause beside it with no subject. A verb with no auxiliary and an agent phrase ("by X",
/// "par X", "por X"), followed by a verb the parser left without a subject or a conjunction, is the noun's reduced
/// relative clause: the later verb is the main one, and the noun its subject.
extension ParsedSentence {
    /// Hangs each such participle from the noun before it as an `acl`, and the noun and the clause's other words
    /// from the verb after it.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairReducedRelativesTakenForMain(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for participle in tree.words.indices where tree.words[participle].tag == .verb && tree.words[participle].label.isPlain(.root) {
            // The shape is checked before any word is folded: most roots have a subject and no agent phrase.
            guard let subject = children[participle].last(where: { $0 < participle && tree.words[$0].label.isPlain(.nsubj) }),
                  [.noun, .propn].contains(tree.words[subject].tag),
                  let main = children[participle].first(where: { isSubjectlessVerb($0, after: participle, in: tree, children: children) }),
                  !children[participle].contains(where: { tree.words[$0].tag == .aux }),
                  children[participle].contains(where: { $0 < main && isAgentPhrase($0, in: tree, children: children, words: shared) })
            else { continue }
            for child in children[participle] where child < subject || child > main {
                tree.words[child].head = main + 1
            }
            tree.words[main].head = 0
            tree.words[main].relation = "root"
            tree.words[subject].head = main + 1
            tree.words[participle].head = subject + 1
            tree.words[participle].relation = "acl"
            changed = true
        }
        return changed
    }

    /// "condemned the attacks carried out by X", read as a clause the verb reports with the noun as its subject: a
    /// participle with an agent phrase and no auxiliary nor subordinator, under a verb that is no verb of saying and has
    /// no object, is the noun's reduced relative, and the noun the verb's object. So is a participle with no object
    /// after a noun that has an agent phrase of its own ("condemned attacks by X targeted at Y").
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairReducedRelativesTakenForClauses(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for participle in tree.words.indices where tree.words[participle].tag == .verb && [.ccomp, .xcomp].contains(tree.words[participle].label.relation) {
            let verb = tree.words[participle].head - 1
            guard verb >= 0, verb < participle, tree.words[verb].tag == .verb,
                  let subject = children[participle].last(where: { $0 < participle && tree.words[$0].label.isPlain(.nsubj) }),
                  subject > verb, [.noun, .propn].contains(tree.words[subject].tag),
                  !children[participle].contains(where: { tree.words[$0].tag == .aux || tree.words[$0].label.isPlain(.mark) }),
                  children[participle].contains(where: { $0 > participle && isAgentPhrase($0, in: tree, children: children, words: shared) })
                    || hasOwnAgent(subject, participle: participle, in: tree, children: children, words: shared),
                  !children[verb].contains(where: { tree.words[$0].label.isPlain(.obj) }),
                  !FunctionWords.reportingVerbs.contains(TextFolding.fold(tree.words[verb].form)) else { continue }
            tree.words[subject].head = verb + 1
            tree.words[subject].relation = "obj"
            tree.words[participle].head = subject + 1
            tree.words[participle].relation = "acl"
            changed = true
        }
        return changed
    }

    /// A verb after `verb` hung from it as a clause beside it, with no subject and nothing joining it.
    private static func isSubjectlessVerb(_ word: Int, after verb: Int, in tree: SyntaxTree, children: WordDependents) -> Bool {
        word > verb && tree.words[word].tag == .verb
            && [.parataxis, .conj].contains(tree.words[word].label.relation)
            && !children[word].contains { [.nsubj, .cc, .mark].contains(tree.words[$0].label.relation) || tree.words[$0].tag == .aux }
    }

    /// "attacks by X" before a participle that takes no object: the noun names an act with its agent, which the
    /// participle goes on describing.
    private static func hasOwnAgent(_ noun: Int, participle: Int, in tree: SyntaxTree, children: WordDependents,
                                    words shared: ArgumentWords.Shared) -> Bool {
        !children[participle].contains(where: { tree.words[$0].label.isPlain(.obj) })
            && children[noun].contains { $0 > noun && $0 < participle && tree.words[$0].label.relation == .nmod
                && isMarkedAsAgent($0, in: tree, children: children, words: shared) }
    }

    private static func isAgentPhrase(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        tree.words[word].label.relation == .obl && isMarkedAsAgent(word, in: tree, children: children, words: shared)
    }

    /// A word introduced by the preposition of a passive's agent ("by", "par", "por").
    private static func isMarkedAsAgent(_ word: Int, in tree: SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        children[word].contains { tree.words[$0].label.isPlain(.case) && shared.words.passiveAgents.contains(TextFolding.fold(tree.words[$0].form)) }
    }
}
