import Foundation

/// Reads a file, a pipe or standard input one line at a time, in bounded memory.
///
/// JSON Lines corpora and fragment files can be larger than memory; only a
/// chunk and the current line are held, and a line longer than the limit is
/// refused as soon as it passes it (`/dev/zero` has no line end at all).
/// Lines end at `\n`; a `\r` before it is dropped. Each byte is scanned for
/// the line end once, however long the line.
public struct LineReader {
    private let input: InputFile.Opened
    private let lineLimit: Int
    private var buffer: [UInt8] = []
    /// Where the current line starts in `buffer`.
    private var position = 0
    /// How far `buffer` has been searched for a line end: the bytes before it hold none after `position`.
    private var scanned = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    public private(set) var lineNumber = 0

    /// Opens `path`; `-` reads standard input.
    /// - Parameter lineLimit: the longest line accepted, in bytes.
    /// - Throws: `InputError` when the file is missing, a directory or unreadable.
    public init(path: String, lineLimit: Int = ArticleReader.defaultByteLimit) throws {
        input = try InputFile.open(path)
        self.lineLimit = lineLimit
    }

    /// Closes the file (not standard input).
    public func close() {
        input.close()
    }

    /// The next line without its line break, or nil at the end of the input.
    /// - Throws: `InputError.lineTooLong` past the limit, `InputError.unreadable` when reading fails.
    public mutating func next() throws -> [UInt8]? {
        while true {
            let newline = buffer[scanned...].firstIndex(of: 0x0A)
            scanned = newline ?? buffer.count
            guard scanned - position <= lineLimit else {
                throw InputError.lineTooLong(input.path, line: lineNumber + 1, limit: lineLimit)
            }
            if let newline { return take(position..<newline, resumingAt: newline + 1) }
            if atEnd {
                guard position < buffer.count else { return nil }
                return take(position..<buffer.count, resumingAt: buffer.count)
            }
            try fill()
        }
    }

    private mutating func take(_ range: Range<Int>, resumingAt next: Int) -> [UInt8] {
        var line = Array(buffer[range])
        if line.last == 0x0D { line.removeLast() }
        position = next
        scanned = next
        lineNumber += 1
        return line
    }

    /// Drops the lines already returned and appends one chunk read from the input.
    private mutating func fill() throws {
        buffer.removeFirst(position)
        scanned -= position
        position = 0
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: InputFile.chunkSize))
        let count = try buffer.withUnsafeMutableBytes { bytes in
            try input.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[start...]))
        }
        buffer.removeLast(InputFile.chunkSize - count)
        if count == 0 { atEnd = true }
    }
}
