extension CoNLLU {
    /// Reads the CoNLL-U file at `path`; `-` reads standard input.
    ///
    /// Decoded as articles are (UTF-8, UTF-16 with a byte order mark, Windows-1252), but never taken for a web page.
    /// - Throws: `InputError` as `ArticleReader` throws it when the file cannot be read; `InputError.badLine`
    ///   naming the file and the line when a line is not CoNLL-U.
    public init(contentsOf path: String, byteLimit: Int = ArticleReader.defaultByteLimit) throws {
        let text = try ArticleReader.readText(path, byteLimit: byteLimit)
        do {
            try self.init(parsing: text)
        } catch SyntaxError.malformedCoNLLU(let line, let reason) {
            throw InputError.badLine(path, line: line, reason: "not CoNLL-U: \(reason)")
        }
    }
}
