/// A long article cut into sections that are read one after the other.
///
/// Tokens, sentences, mentions and relations take about twenty times the
/// memory of the text they come from. Reading a very long text (a dump of a
/// site, a book-length report) one section at a time keeps only one
/// section's layers alive, so memory stays bounded by the section size and
/// the graph, not by the text. Sections end at a paragraph break where there
/// is one, else at a line break, a sentence end or a space, so that no
/// sentence is cut; articles below the limit are one section and read whole.
struct ArticleSections: Sequence {
    /// One section: its text and where it starts in the article, in scalars.
    struct Section {
        let text: Substring
        let scalarOffset: Int
    }

    /// About 1 Mi scalars: far beyond any news article, small enough that a section's layers stay near 50 MiB.
    static let defaultLimit = 1 << 20

    let text: String
    let limit: Int

    init(_ text: String, limit: Int = Self.defaultLimit) {
        self.text = text
        self.limit = Swift.max(limit, 2)
    }

    func makeIterator() -> Iterator {
        Iterator(text: text, limit: limit)
    }

    struct Iterator: IteratorProtocol {
        private let text: String
        private let limit: Int
        private var start: String.Index
        private var offset = 0

        init(text: String, limit: Int) {
            self.text = text
            self.limit = limit
            start = text.unicodeScalars.startIndex
        }

        mutating func next() -> Section? {
            let scalars = text.unicodeScalars
            guard start < scalars.endIndex else { return nil }
            let end: String.Index
            // No more bytes than the limit means no more scalars either: the rest is the last section, found
            // without walking it scalar by scalar (nearly every article is one section).
            if text.utf8.distance(from: start, to: text.utf8.endIndex) > limit,
               let far = scalars.index(start, offsetBy: limit, limitedBy: scalars.endIndex), far < scalars.endIndex {
                end = Self.cut(scalars, from: start, before: far, limit: limit)
            } else {
                end = scalars.endIndex
            }
            let section = Section(text: Substring(scalars[start..<end]), scalarOffset: offset)
            // Only a following section needs the offset: counting the last one's scalars would be a second walk.
            if end < scalars.endIndex { offset += scalars.distance(from: start, to: end) }
            start = end
            return section
        }

        /// The best place to end a section that may not reach `far`: just after the last paragraph
        /// break, line break, sentence end or space in its second half, in that order of preference.
        private static func cut(_ scalars: String.UnicodeScalarView, from start: String.Index,
                                before far: String.Index, limit: Int) -> String.Index {
            let half = scalars.index(start, offsetBy: limit / 2)
            for boundary in Boundary.allCases {
                var position = far
                while position > half {
                    let previous = scalars.index(before: position)
                    if boundary.endsAt(previous, in: scalars, from: start) { return position }
                    position = previous
                }
            }
            return far
        }
    }

    /// Where a section may end, best first.
    enum Boundary: CaseIterable {
        case paragraph, line, sentence, space

        /// True when a section may end just after the scalar at `index`.
        func endsAt(_ index: String.Index, in scalars: String.UnicodeScalarView, from start: String.Index) -> Bool {
            let scalar = scalars[index]
            let before = index > start ? scalars[scalars.index(before: index)] : nil
            switch self {
            case .paragraph: return scalar == "\n" && before == "\n"
            case .line: return scalar == "\n"
            case .sentence: return scalar.properties.isWhitespace && (before.map(Self.sentenceEnds.contains) ?? false)
            case .space: return scalar.properties.isWhitespace
            }
        }

        private static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    }
}
