/// A dateline before the first sentence of a wire story: "Accra - Ghanaian Foreign Minister X will meet…",
/// "ACCRA, July 5 - Ghana's president met…", "NAIROBI: Kenya and Uganda…". The parser takes the place for the
/// clause's subject and hangs the real subject under it as a part of its name; the place says where the story was
/// filed, and fills no role.
extension ParsedSentence {
    /// The marks that close a dateline.
    private static let datelineMarks: Set<String> = ["-", "–", "—", ":", ".-"]
    /// How many words a dateline may hold before its mark: a place, a date, an agency.
    private static let datelineLength = 8

    /// Gives the word after the dateline that hangs inside it the dateline's place in the tree, and hangs the
    /// dateline from the clause as a loose dependent; the clause's other words hung inside it follow that word.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairDatelines(_ tree: inout SyntaxTree) -> Bool {
        let count = tree.words.count
        guard count > 2, tree.words[0].tag == .propn,
              let mark = (1..<min(count, datelineLength + 1)).first(where: { datelineMarks.contains(tree.words[$0].form) }),
              mark + 1 < count, (0..<mark).allSatisfy({ [.propn, .punct, .num, .noun, .adp].contains(tree.words[$0].tag) })
        else { return false }
        let dateline = 0..<mark
        guard let head = dateline.first(where: { !dateline.contains(tree.words[$0].head - 1) }) else { return false }
        if loosenSecondSubject(dateline: head, after: mark, in: &tree) { return true }
        guard let subject = (mark + 1..<count).first(where: { dateline.contains(tree.words[$0].head - 1) }),
              [.propn, .noun, .pron, .det, .adj, .num].contains(tree.words[subject].tag) else { return false }
        tree.words[subject].head = tree.words[head].head
        tree.words[subject].relation = tree.words[head].head == 0 ? "root" : tree.words[head].relation
        for word in mark + 1..<count where word != subject && dateline.contains(tree.words[word].head - 1) {
            tree.words[word].head = subject + 1
        }
        // The mark and the place hang from the clause: from the verb the subject now serves, or from the subject
        // become the root.
        let clause = tree.words[subject].head == 0 ? subject : tree.words[subject].head - 1
        tree.words[head].head = clause + 1
        tree.words[head].relation = "dep"
        if !dateline.contains(tree.words[mark].head - 1) { tree.words[mark].head = clause + 1 }
        return true
    }

    /// "LOME (AP): Ghana's government announced…": the parser may give the verb two subjects, the dateline's place and the
    /// clause's own after the mark. The place then hangs from the verb as a loose dependent.
    private static func loosenSecondSubject(dateline head: Int, after mark: Int, in tree: inout SyntaxTree) -> Bool {
        let verb = tree.words[head].head
        guard verb > 0, tree.words[head].label.relation == .nsubj,
              (mark + 1..<tree.words.count).contains(where: { tree.words[$0].head == verb && tree.words[$0].label.relation == .nsubj })
        else { return false }
        tree.words[head].relation = "dep"
        return true
    }
}
