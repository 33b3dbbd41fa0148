import Foundation

/// Opens and reads what the command line names as input: a file, a pipe (`<(…)`, a FIFO), a device or
/// standard input (`-`), with the size limit checked as the bytes arrive.
///
/// Plain `open` and `read` rather than `FileManager` or `FileHandle`: those refuse pipes, read standard
/// input to its end before any limit can be checked, and trap when memory runs out. A regular file
/// larger than the limit is refused before a byte is read; anything else is refused as soon as it has
/// given more than the limit, so `/dev/zero` costs the limit, not all memory.
enum InputFile {
    /// An open input and whether it is a regular file of known size.
    struct Opened {
        let descriptor: Int32
        let path: String
        /// The size of a regular file; nil for pipes, devices and standard input.
        let size: Int?
        private let ownsDescriptor: Bool

        fileprivate init(descriptor: Int32, path: String, size: Int?, ownsDescriptor: Bool) {
            self.descriptor = descriptor
            self.path = path
            self.size = size
            self.ownsDescriptor = ownsDescriptor
        }

        /// Closes the file (never standard input).
        func close() {
            if ownsDescriptor { _ = Foundation.close(descriptor) }
        }

        /// Reads up to `count` bytes into `buffer`, retrying after interruptions; 0 at the end.
        /// - Throws: `InputError.unreadable` when the system refuses the read.
        func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            while true {
                let count = Foundation.read(descriptor, buffer.baseAddress, buffer.count)
                if count >= 0 { return count }
                if errno == EINTR { continue }
                throw InputError.unreadable(path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Opens `path`; `-` is standard input.
    /// - Throws: `InputError` when it does not exist, is a folder or cannot be opened.
    static func open(_ path: String) throws -> Opened {
        if path == "-" {
            return Opened(descriptor: STDIN_FILENO, path: path, size: regularSize(of: STDIN_FILENO), ownsDescriptor: false)
        }
        let descriptor = Foundation.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path, errno: errno) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let error = InputError.unreadable(path, reason: String(cString: strerror(errno)))
            _ = Foundation.close(descriptor)
            throw error
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            _ = Foundation.close(descriptor)
            throw InputError.isDirectory(path)
        }
        return Opened(descriptor: descriptor, path: path, size: regularSize(info), ownsDescriptor: true)
    }

    /// Every byte of `path` (`-`: standard input).
    /// - Throws: `InputError.tooLarge` past `byteLimit`, or when it cannot be opened or read.
    static func read(_ path: String, byteLimit: Int) throws -> Data {
        let input = try open(path)
        defer { input.close() }
        if let size = input.size, size > byteLimit { throw InputError.tooLarge(path, bytes: size, limit: byteLimit) }
        var data = Data(capacity: min(input.size ?? chunkSize, byteLimit) + 1)
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try input.read(into: $0) }
            if count == 0 { return data }
            data.append(contentsOf: chunk[..<count])
            // A file that grew since it was measured, or a stream: refused once past the limit.
            guard data.count <= byteLimit else { throw InputError.tooLarge(path, bytes: nil, limit: byteLimit) }
        }
    }

    /// Bytes asked of the system per read.
    static let chunkSize = 1 << 16

    private static func regularSize(of descriptor: Int32) -> Int? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return regularSize(info)
    }

    private static func regularSize(_ info: stat) -> Int? {
        info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : nil
    }

    private static func openError(_ path: String, errno code: Int32) -> InputError {
        switch code {
        case ENOENT: .notFound(path)
        case EACCES, EPERM: .unreadable(path, reason: "permission denied")
        default: .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
