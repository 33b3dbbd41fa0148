/// Objects a speaker names in a free relative: "condemned what it called Togo's aggression", "a condamné ce qu'il a
/// qualifié d'agression togolaise", "condenó lo que calificó como una agresión de Togo".
extension ParsedSentence {
    /// The parser makes the pronoun the verb's object and the thing named the object of the naming verb. The thing
    /// named is what the verb is about: it becomes the object, the naming clause its relative, and the pronoun the
    /// clause's object.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairNamedObjects(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for pronoun in tree.words.indices where tree.words[pronoun].tag == .pron && tree.words[pronoun].label.isPlain(.obj) {
            let verb = tree.words[pronoun].head - 1
            guard verb >= 0, tree.words[verb].tag == .verb,
                  shared.words.freeRelatives.contains(TextFolding.fold(tree.words[pronoun].form)),
                  let clause = children[pronoun].first(where: { $0 > pronoun && tree.words[$0].label.relation == .acl
                      && shared.words.namingVerbs.contains(TextFolding.fold(tree.words[$0].form)) }),
                  let named = children[clause].first(where: { $0 > clause && [.noun, .propn].contains(tree.words[$0].tag)
                      && Self.namedThingRelations.contains(tree.words[$0].label.relation) })
            else { continue }
            tree.words[named].head = verb + 1
            tree.words[named].relation = "obj"
            tree.words[clause].head = named + 1
            tree.words[pronoun].head = clause + 1
            for marker in children[named] where tree.words[marker].label.isPlain(.case) { tree.words[marker].relation = "dep" }
            changed = true
        }
        return changed
    }

    /// How the parser hangs the thing named on the naming verb: its object, its predicate, an oblique ("de", "como").
    private static let namedThingRelations: DependencyRelations = [.obj, .xcomp, .obl, .nmod]
}
