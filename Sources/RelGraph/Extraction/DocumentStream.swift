/// Reads the documents of a corpus one by one, in input order, keeping only those the date filter lets through.
///
/// Only the document being returned is in memory: articles are read when
/// reached, JSON Lines one line at a time.
public struct DocumentStream {
    private var inputs: ArraySlice<CorpusInput>
    private let filter: DateFilter
    private let byteLimit: Int
    private var lines: (reader: LineReader, path: String)?
    /// Undated documents left out because a date filter is set, so far.
    public private(set) var undated = 0
    /// Dated documents left out because their day is outside the filter's, so far.
    public private(set) var outsideDates = 0
    /// JSON Lines records left out because their `lang` names a language relgraph does not read, by tag.
    public private(set) var otherLanguages: [String: Int] = [:]
    /// Documents left out by the date filter so far.
    public var skipped: Int { undated + outsideDates }
    /// Documents returned so far.
    public private(set) var delivered = 0

    /// - Parameter byteLimit: the largest article file (or JSON line) read; a larger one is an error, not a slow run.
    public init(_ inputs: [CorpusInput], filter: DateFilter = DateFilter(), byteLimit: Int = ArticleReader.defaultByteLimit) {
        self.inputs = inputs[...]
        self.filter = filter
        self.byteLimit = byteLimit
    }

    /// The next document, or nil when the corpus is exhausted.
    /// - Throws: `InputError` for an article that cannot be read or a malformed line.
    public mutating func next() throws -> CorpusDocument? {
        let document = try nextKept()
        if document != nil { delivered += 1 }
        return document
    }

    /// What was left out and why, one entry each.
    public var leftOut: [LeftOutDocuments] {
        var entries: [LeftOutDocuments] = []
        if undated > 0 { entries.append(.undated(undated, byDateFilter: filter.since != nil || filter.until != nil)) }
        if delivered == 0 && outsideDates > 0 { entries.append(.allOutsideDates(outsideDates, since: filter.since, until: filter.until)) }
        if !otherLanguages.isEmpty { entries.append(.otherLanguages(otherLanguages)) }
        return entries
    }

    private mutating func nextKept() throws -> CorpusDocument? {
        while true {
            if let document = try nextLine() {
                guard filter.contains(document.date) else {
                    if document.date == nil { undated += 1 } else { outsideDates += 1 }
                    continue
                }
                return document
            }
            guard let input = inputs.popFirst() else { return nil }
            switch input {
            case .article(let path, let id):
                // A plain article carries no date: with a date filter it is left out.
                guard filter.isEmpty else {
                    undated += 1
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
            switch try JSONLinesRecord.document(from: line, path: current.path, lineNumber: current.reader.lineNumber) {
            case .document(let document): return document
            case .otherLanguage(let tag): otherLanguages[tag, default: 0] += 1
            }
        }
        current.reader.close()
        lines = nil
        return nil
    }
}
