/// "critiquée tant par X que par Y", "criticada tanto por X como por Y": a correlative pair lists two actors, but
/// parsers hang the second on the conjunction, fixed to the first, and its role is lost.
extension ParsedSentence {
    /// Makes the phrase after the second word of a correlative pair (`correlatives`) a conjunct of the phrase before,
    /// with that word for its conjunction, when the first word of the pair stands before both.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairCorrelativePairs(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for joiner in tree.words.indices where shared.words.correlatives.values.contains(TextFolding.fold(tree.words[joiner].form)) {
            let first = tree.words[joiner].head - 1
            guard first >= 0, first < joiner, [.noun, .propn, .pron].contains(tree.words[first].tag),
                  let second = children[joiner].first(where: { $0 > joiner && [.noun, .propn, .pron].contains(tree.words[$0].tag) }),
                  (0..<first).contains(where: { opener in
                      shared.words.correlatives[TextFolding.fold(tree.words[opener].form)] == TextFolding.fold(tree.words[joiner].form)
                  }) else { continue }
            tree.words[second].head = first + 1
            tree.words[second].relation = "conj"
            tree.words[joiner].head = second + 1
            tree.words[joiner].relation = "cc"
            changed = true
        }
        return changed
    }
}
