/// A sentence of a document: a range of its tokens and of its text.
struct Sentence: Hashable, Sendable {
    /// Position in the document, from 0.
    var index: Int
    var tokenRange: Range<Int>
    /// Scalar offsets in the document.
    var start: Int
    var end: Int
}
