import Foundation

/// Writes a file so that readers see the old file or the whole new one, never half of it.
///
/// The bytes go to a temporary file in the same folder, which is then
/// renamed over the target (rename is atomic within a file system). On any
/// failure the temporary file is removed.
///
/// A device, pipe or socket (`/dev/stdout`, `/dev/null`, a FIFO) is written
/// in place instead: renaming over it would replace it with a plain file.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        if isSpecialFile(path) { return try writeInPlace(data, to: path) }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw OutputError.missingFolder(path)
        }
        guard isDirectory.boolValue else { throw OutputError.notWritable(path, reason: "'\(folder)' is a file, not a folder") }
        var template = Array((folder + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let written = Result { try writeAll(data, to: descriptor, path: path) }
        close(descriptor)
        do {
            try written.get()
            guard rename(temporary, path) == 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// True when `path` (followed through symbolic links) exists and is neither a regular file nor a folder.
    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static func writeInPlace(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_TRUNC)
        guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeBytes(data, to: descriptor, path: path)
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
        try writeBytes(data, to: descriptor, path: path)
        guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else {
            throw OutputError.notWritable(path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes every byte, retrying after interruptions.
    static func writeBytes(_ data: Data, to descriptor: Int32, path: String) throws {
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError.notWritable(path, reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }
}
