/// A CoNLL-U file: sentences of words with ten columns each (https://universaldependencies.org/format.html).
///
/// Everything read is written back unchanged: comments, multiword-token lines ("1-2 du") and empty nodes
/// ("8.1") keep their place, so that filling in a file's UPOS, HEAD and DEPREL changes only those columns.
public struct CoNLLU: Sendable, Equatable {
    /// One syntactic word: a line whose ID is an integer.
    public struct Word: Sendable, Equatable {
        public var id: Int
        public var form: String
        public var lemma: String
        public var upos: String
        public var xpos: String
        public var feats: String
        /// The head's ID, 0 for the root; nil when the column is "_".
        public var head: Int?
        public var deprel: String
        public var deps: String
        public var misc: String

        public init(id: Int, form: String, lemma: String = "_", upos: String = "_", xpos: String = "_",
                    feats: String = "_", head: Int? = nil, deprel: String = "_", deps: String = "_", misc: String = "_") {
            self.id = id
            self.form = form
            self.lemma = lemma
            self.upos = upos
            self.xpos = xpos
            self.feats = feats
            self.head = head
            self.deprel = deprel
            self.deps = deps
            self.misc = misc
        }
    }

    /// A line of a sentence in file order.
    public enum Line: Sendable, Equatable {
        case comment(String)
        /// A multiword token ("1-2\tdu\t…") or an empty node ("8.1\t…"), kept as read.
        case verbatim(String)
        case word(Word)
    }

    public struct Sentence: Sendable, Equatable {
        public var lines: [Line]

        public init(lines: [Line]) {
            self.lines = lines
        }

        /// The sentence's syntactic words in order.
        public var words: [Word] {
            lines.compactMap { if case .word(let word) = $0 { word } else { nil } }
        }

        /// Replaces each word's UPOS, HEAD and DEPREL by the tree's, word for word.
        public mutating func fill(from tree: SyntaxTree) {
            var next = 0
            for index in lines.indices {
                guard case .word(var word) = lines[index], next < tree.words.count else { continue }
                let parsed = tree.words[next]
                word.upos = parsed.tag.name
                word.head = parsed.head
                word.deprel = parsed.relation
                lines[index] = .word(word)
                next += 1
            }
        }
    }

    public var sentences: [Sentence]

    public init(sentences: [Sentence]) {
        self.sentences = sentences
    }

    /// Reads CoNLL-U text.
    /// - Throws: `SyntaxError.malformedCoNLLU` naming the first line that does not have ten columns or whose ID
    ///   or HEAD is not a number.
    public init(parsing text: String) throws {
        var sentences: [Sentence] = []
        var lines: [Line] = []
        var lineNumber = 0
        // "\r\n" is one Character to Swift: splitting on "\n" alone would leave a Windows file one long line.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                if !lines.isEmpty { sentences.append(Sentence(lines: lines)) }
                lines = []
            } else if line.hasPrefix("#") {
                lines.append(.comment(String(line)))
            } else {
                lines.append(try Self.parseLine(line, number: lineNumber))
            }
        }
        if !lines.isEmpty { sentences.append(Sentence(lines: lines)) }
        self.sentences = sentences
    }

    private static func parseLine(_ line: Substring, number: Int) throws -> Line {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard columns.count == 10 else {
            throw SyntaxError.malformedCoNLLU(line: number, reason: "\(columns.count) columns instead of 10")
        }
        if columns[0].contains("-") || columns[0].contains(".") { return .verbatim(String(line)) }
        guard let id = Int(columns[0]) else {
            throw SyntaxError.malformedCoNLLU(line: number, reason: "ID '\(columns[0])' is not a number")
        }
        var head: Int?
        if columns[6] != "_" {
            guard let value = Int(columns[6]), value >= 0 else {
                throw SyntaxError.malformedCoNLLU(line: number, reason: "HEAD '\(columns[6])' is not a number")
            }
            head = value
        }
        return .word(Word(id: id, form: columns[1], lemma: columns[2], upos: columns[3], xpos: columns[4],
                          feats: columns[5], head: head, deprel: columns[7], deps: columns[8], misc: columns[9]))
    }

    /// The file as CoNLL-U text: each sentence's lines, then an empty line.
    public var text: String {
        var output = ""
        for sentence in sentences {
            for line in sentence.lines {
                switch line {
                case .comment(let text), .verbatim(let text):
                    output += text
                case .word(let word):
                    let head = word.head.map(String.init) ?? "_"
                    output += [String(word.id), word.form, word.lemma, word.upos, word.xpos, word.feats, head,
                               word.deprel, word.deps, word.misc].joined(separator: "\t")
                }
                output += "\n"
            }
            output += "\n"
        }
        return output
    }
}
