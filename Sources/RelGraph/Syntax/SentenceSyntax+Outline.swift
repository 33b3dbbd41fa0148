extension SentenceSyntax {
    /// The parse as aligned lines for a terminal, one per word: its number, form, part of speech, relation and
    /// head. A word cut from a contraction names its token in parentheses, a name read as one word its whole text.
    ///
    ///      1 La        DET    det    -> 2 France
    ///      2 France    PROPN  nsubj  -> 4 condamné
    ///      4 condamné  VERB   root
    ///      7 de        ADP    case   -> 9 sommet  (du)
    ///
    /// Meant for `--explain`: enough to see why a relation was or was not found, without a CoNLL-U viewer.
    func outline(indent: String) -> [String] {
        let words = tree.words
        let numberWidth = String(words.count).count
        let formWidth = words.map(\.form.count).max() ?? 0
        let tagWidth = words.map(\.tag.name.count).max() ?? 0
        let relationWidth = words.map(\.relation.count).max() ?? 0
        return words.indices.map { index in
            let word = words[index]
            var line = indent + padded(String(index + 1), numberWidth, left: true) + " " + padded(word.form, formWidth)
                + "  " + padded(word.tag.name, tagWidth) + "  " + padded(word.relation, relationWidth)
            if word.head > 0, word.head <= words.count {
                line += "  -> \(word.head) \(words[word.head - 1].form)"
            }
            let token = tokens[self.words[index].token]
            if token.words.count > 1 { line += "  (\(token.text))" }
            if self.words[index].text.contains(" ") { line += "  (\(self.words[index].text))" }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    private func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}
