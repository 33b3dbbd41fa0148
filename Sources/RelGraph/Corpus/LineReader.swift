import Foundation

/// Reads a file or standard input one line at a time, in bounded memory.
///
/// JSON Lines corpora and fragment files can be larger than memory; only a
/// chunk and the current line are held. Lines end at `\n`; a `\r` before it
/// is dropped.
public struct LineReader {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    /// The number of the line last returned, from 1.
    public private(set) var lineNumber = 0

    /// Opens `path`; `-` reads standard input.
    /// - Throws: `InputError` when the file is missing, a directory or unreadable.
    public init(path: String) throws {
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError.notFound(path) }
        guard !isDirectory.boolValue else { throw InputError.isDirectory(path) }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw InputError.unreadable(path, reason: String(cString: strerror(errno))) }
        descriptor = opened
        ownsDescriptor = true
    }

    /// Closes the file (not standard input).
    public func close() {
        if ownsDescriptor { _ = Foundation.close(descriptor) }
    }

    /// The next line without its line break, or nil at the end of the input.
    public mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<newline])
                position = newline + 1
                if line.last == 0x0D { line.removeLast() }
                lineNumber += 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                lineNumber += 1
                return line
            }
            fill()
        }
    }

    private mutating func fill() {
        buffer.removeFirst(position)
        position = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            if count < 0, errno == EINTR { return }
            atEnd = true
            return
        }
        buffer.append(contentsOf: chunk[..<count])
    }
}
