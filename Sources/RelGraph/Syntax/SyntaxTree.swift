/// The syntax of one sentence: a part of speech per word and a dependency tree over the words.
///
/// Words are the parser's words, which are not always the article's tokens: a contraction such as
/// "du" or "al" is two words. `head` counts from 1 as CoNLL-U does; 0 is the root.
public struct SyntaxTree: Hashable, Sendable {
    public struct Word: Hashable, Sendable {
        public var form: String
        public var tag: PartOfSpeech
        /// The 1-based index of the head word; 0 for the root of the sentence.
        public var head: Int
        /// The Universal Dependencies relation to the head ("nsubj", "obl:agent", "root").
        public var relation: String

        public init(form: String, tag: PartOfSpeech, head: Int, relation: String) {
            self.form = form
            self.tag = tag
            self.head = head
            self.relation = relation
        }
    }

    public var words: [Word]

    public init(words: [Word]) {
        self.words = words
    }

    /// The 0-based indices of the words whose head is the word at 0-based `index`, left to right.
    public func dependents(of index: Int) -> [Int] {
        words.indices.filter { words[$0].head == index + 1 }
    }
}
