/// An event noun whose verb is in the future tense is announced, not done: "realizarán maniobras conjuntas",
/// "organisera des exercices conjoints", "will hold joint drills".
extension TreeArguments {
    /// Whether the trigger at `range` is the object of a verb in the future tense: a future ending on the verb or a
    /// future auxiliary beside it.
    func isAnnounced(_ range: Range<Int>) -> Bool {
        guard let (verb, relation) = governor(of: range), relation == .obj, parsed.tag(of: verb) == .verb else { return false }
        let form = parsed.tree.words[verb].form.lowercased()
        return words.futureEndings.contains(where: form.hasSuffix)
            || parsed.dependents(of: verb).contains { parsed.relation(of: $0) == .aux && words.futureAuxiliaries.contains(tokens[parsed.tokenOfWord[$0]]) }
    }
}
