import Foundation

/// Reads an article from a file or standard input and decodes it to text.
///
/// Scraped text comes in several encodings: UTF-8 with or without a byte
/// order mark, UTF-16 with one, and legacy Windows-1252 (a superset of
/// Latin-1). Binary data is refused instead of producing a graph of noise.
public enum ArticleReader {
    /// The default size limit: far above any article, low enough to refuse a disk image by mistake.
    public static let defaultByteLimit = 100 * 1024 * 1024

    /// Reads the file at `path`; `-` reads standard input. A saved web page (`.html`, or HTML by its
    /// content) is reduced to its text.
    public static func read(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        let text = try readText(path, byteLimit: byteLimit)
        let isHTML = path.lowercased().hasSuffix(".html") || path.lowercased().hasSuffix(".htm") || HTMLText.looksLikeHTML(text)
        return isHTML ? HTMLText.text(text) : text
    }

    /// Reads the file at `path` (`-` reads standard input) as text, whatever it holds: for files that are not
    /// articles, such as CoNLL-U, where a word like "<html>" must not turn the file into a web page.
    public static func readText(_ path: String, byteLimit: Int = defaultByteLimit) throws -> String {
        try decode(try load(path, byteLimit: byteLimit), name: path)
    }

    private static func load(_ path: String, byteLimit: Int) throws -> Data {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= byteLimit else { throw InputError.tooLarge("-", bytes: data.count, limit: byteLimit) }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.notFound(path) }
        guard !isDirectory.boolValue else { throw InputError.isDirectory(path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw InputError.unreadable(path, reason: "permission denied") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= byteLimit else { throw InputError.tooLarge(path, bytes: size, limit: byteLimit) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw InputError.unreadable(path, reason: "the file could not be opened")
        }
    }

    /// Decodes bytes to text: BOMs first, then UTF-8, then Windows-1252.
    ///
    /// Reads the bytes in place rather than copying them to an array: for a 100 MB input the copy
    /// was a third of the run's peak memory.
    public static func decode(_ data: Data, name: String) throws -> String {
        try data.withUnsafeBytes { raw in
            try decode(raw.bindMemory(to: UInt8.self), data: data, name: name)
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, data: Data, name: String) throws -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16) else { throw InputError.binary(name) }
            return text
        }
        guard !isBinary(bytes) else { throw InputError.binary(name) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(decoding: bytes.map(windows1252), as: UTF16.self)
    }

    /// NUL bytes, or more than one byte in ten a control character: not an article.
    private static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.contains(0) { return true }
        let sample = bytes.prefix(65_536)
        // Counted in one loop: filtering built an array of the control bytes to count them.
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C { controls += 1 }
        return controls * 10 > sample.count
    }

    /// Windows-1252 to UTF-16: Latin-1 except for the typographic characters at 0x80–0x9F.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        guard (0x80...0x9F).contains(byte) else { return UInt16(byte) }
        return cp1252High[Int(byte - 0x80)]
    }

    private static let cp1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
