/// Reads the documents of a corpus one by one, in input order, keeping only those the date filter lets through.
///
/// Only the document being returned is in memory: articles are read when
/// reached, JSON Lines one line at a time.
public struct DocumentStream {
    private var inputs: ArraySlice<CorpusInput>
    private let filter: DateFilter
    private let byteLimit: Int
    private var lines: (reader: LineReader, path: String)?
    /// Documents left out by the date filter so far.
    public private(set) var skipped = 0

    /// - Parameter byteLimit: the largest article file (or JSON line) read; a larger one is an error, not a slow run.
    public init(_ inputs: [CorpusInput], filter: DateFilter = DateFilter(), byteLimit: Int = ArticleReader.defaultByteLimit) {
        self.inputs = inputs[...]
        self.filter = filter
        self.byteLimit = byteLimit
    }

    /// The next document, or nil when the corpus is exhausted.
    /// - Throws: `InputError` for an article that cannot be read or a malformed line.
    public mutating func next() throws -> CorpusDocument? {
        while true {
            if let document = try nextLine() {
                guard filter.contains(document.date) else {
                    skipped += 1
                    continue
                }
                return document
            }
            guard let input = inputs.popFirst() else { return nil }
            switch input {
            case .article(let path, let id):
                // A plain article carries no date: with a date filter it is left out.
                guard filter.isEmpty else {
                    skipped += 1
                    continue
                }
                let article = try ArticleReader.readArticle(path, byteLimit: byteLimit)
                return CorpusDocument(id: id, text: article.text, windows1252Lines: article.windows1252Lines)
            case .jsonLines(let path):
                lines = (try LineReader(path: path, lineLimit: byteLimit), path)
            }
        }
    }

    /// The next non-blank line of the current JSON Lines input as a document.
    private mutating func nextLine() throws -> CorpusDocument? {
        // Taken out while read, so that its buffer has one owner and is not copied at every line.
        guard var current = lines.take() else { return nil }
        while let line = try current.reader.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            lines = current
            return try JSONLinesRecord.document(from: line, path: current.path, lineNumber: current.reader.lineNumber)
        }
        current.reader.close()
        lines = nil
        return nil
    }
}
