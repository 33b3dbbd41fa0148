/// "Seychelles' decision", "the Comoros' claim": a name ending in "s" takes the possessive as a lone
/// apostrophe, which parsers read as punctuation and the name as a compound of the noun after it.
extension ParsedSentence {
    /// Makes a name or noun ending in "s", followed by a lone apostrophe and hung on the noun after it, that noun's
    /// possessor (`nmod:poss`). Heads stay, so the dependents need not be found again.
    static func repairApostrophePossessives(_ tree: inout SyntaxTree) {
        for owner in tree.words.indices.dropLast(2) where [.propn, .noun].contains(tree.words[owner].tag)
            && tree.words[owner].form.hasSuffix("s") && apostrophes.contains(tree.words[owner + 1].form)
            && tree.words[owner].head == owner + 3
            && [.noun, .propn].contains(tree.words[owner + 2].tag) && !tree.words[owner].label.isSubtype("poss", of: .nmod) {
            tree.words[owner].relation = "nmod:poss"
        }
    }

    private static let apostrophes: Set<String> = ["'", "’"]
}
