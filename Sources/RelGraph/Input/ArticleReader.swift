import Foundation

/// Reads an article from a file or standard input and decodes it to text.
///
/// Scraped text comes in several encodings: UTF-8 with or without a byte
/// order mark, UTF-16 or UTF-32 with one, and legacy Windows-1252 (a superset
/// of Latin-1), sometimes mixed in one file. Binary data is refused instead
/// of producing a graph of noise.
public enum ArticleReader {
    /// The default size limit: far above any article, low enough to refuse a disk image by mistake.
    public static let defaultByteLimit = 100 * 1024 * 1024

    /// Reads the file at `path`; `-` reads standard input. A saved web page (`.html`, or HTML by its
    /// content) is reduced to its text.
    public static func read(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        try readArticle(path, byteLimit: byteLimit).text
    }

    /// `read(_:byteLimit:)` with the lines of the file that were not UTF-8 and were read as Windows-1252.
    public static func readArticle(_ path: String, byteLimit: Int = defaultByteLimit) throws -> DecodedText {
        var decoded = try decodeText(try InputFile.read(path, byteLimit: byteLimit), name: path)
        let isHTML = path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") || HTMLText.looksLikeHTML(decoded.text)
        if isHTML { decoded.text = HTMLText.text(decoded.text) }
        return decoded
    }

    /// Reads the file at `path` (`-` reads standard input) as text, whatever it holds: for files that are not
    /// articles, such as CoNLL-U, where a word like "<html>" must not turn the file into a web page.
    public static func readText(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        try decode(try InputFile.read(path, byteLimit: byteLimit), name: path)
    }

    /// Decodes bytes to text: a byte order mark first (UTF-32, UTF-16, UTF-8), then UTF-8 line by line,
    /// a line that is not UTF-8 read as Windows-1252 (see `TextDecoding`).
    public static func decode(_ data: Data, name: String) throws -> String {
        try decodeText(data, name: name).text
    }

    /// `decode(_:name:)` with the lines read as Windows-1252.
    ///
    /// Reads the bytes in place rather than copying them to an array, which would add a copy of the whole
    /// input to the run's peak memory.
    public static func decodeText(_ data: Data, name: String) throws -> DecodedText {
        try data.withUnsafeBytes { raw in
            try TextDecoding.decode(raw.bindMemory(to: UInt8.self), name: name)
        }
    }
}
