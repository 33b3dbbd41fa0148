/// Genitives hung on the name of a place: "la visite au Tchad du ministre français", "la visita a Chad del ministro
/// francés", where the parser makes the minister the country's.
extension ParsedSentence {
    /// A name introduced by a preposition of destination or place (`destinationPrepositions`) under a noun takes no
    /// genitive of its own: the genitive after it qualifies the noun ("the visit to X of the minister" is the minister's
    /// visit). Only a genitive written after the name is moved.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairGenitivesOnPlaceNames(_ tree: inout SyntaxTree, children: WordDependents, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for place in tree.words.indices where tree.words[place].tag == .propn && tree.words[place].label.isPlain(.nmod) {
            let noun = tree.words[place].head - 1
            guard noun >= 0, noun < place, tree.words[noun].tag == .noun,
                  children[place].contains(where: { $0 < place && isMarker($0, in: tree, of: shared.words.destinationPrepositions) })
            else { continue }
            for genitive in children[place] where genitive > place && [.noun, .propn].contains(tree.words[genitive].tag)
                && tree.words[genitive].label.isPlain(.nmod)
                && children[genitive].contains(where: { $0 < genitive && TextFolding.fold(tree.words[$0].form) == shared.words.genitive
                    && tree.words[$0].label.isPlain(.case) }) {
                tree.words[genitive].head = noun + 1
                changed = true
            }
        }
        return changed
    }

    private static func isMarker(_ word: Int, in tree: SyntaxTree, of prepositions: WordSet) -> Bool {
        tree.words[word].label.isPlain(.case) && prepositions.contains(TextFolding.fold(tree.words[word].form))
    }
}
