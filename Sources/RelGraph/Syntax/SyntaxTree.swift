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
        /// The Universal Dependencies relation to the head, with its subtype ("nsubj", "obl:agent", "root").
        public var label: DependencyLabel

        /// The label's name, as CoNLL-U writes it.
        public var relation: String {
            get { label.name }
            set { label = DependencyLabel(newValue) }
        }

        public init(form: String, tag: PartOfSpeech, head: Int, relation: String) {
            self.init(form: form, tag: tag, head: head, label: DependencyLabel(relation))
        }

        public init(form: String, tag: PartOfSpeech, head: Int, label: DependencyLabel) {
            self.form = form
            self.tag = tag
            self.head = head
            self.label = label
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
