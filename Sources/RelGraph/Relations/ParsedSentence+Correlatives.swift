/// "critiquée tant par X que par Y", "criticada tanto por X como por Y": a correlative pair lists two actors, but
/// parsers hang the second on the conjunction, fixed to the first, and its role is lost.
extension ParsedSentence {
    /// Makes the phrase after the second word of a correlative pair (`correlatives`) a conjunct of the phrase before,
    /// with that word for its conjunction, when the first word of the pair stands before both.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairCorrelativePairs(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        // Most languages' tables are empty, and most words are no second word of a pair: nothing is folded for them.
        let correlatives = shared.words.correlatives
        guard !correlatives.isEmpty else { return false }
        var changed = false
        for joiner in tree.words.indices where tree.words[joiner].head - 1 < joiner {
            let first = tree.words[joiner].head - 1
            guard first >= 0, [.noun, .propn, .pron].contains(tree.words[first].tag),
                  case let second = TextFolding.fold(tree.words[joiner].form), correlatives.values.contains(second),
                  let phrase = children[joiner].first(where: { $0 > joiner && [.noun, .propn, .pron].contains(tree.words[$0].tag) }),
                  (0..<first).contains(where: { correlatives[TextFolding.fold(tree.words[$0].form)] == second }) else { continue }
            tree.words[phrase].head = first + 1
            tree.words[phrase].relation = "conj"
            tree.words[joiner].head = phrase + 1
            tree.words[joiner].relation = "cc"
            changed = true
        }
        return changed
    }
}
