import Foundation
import Synchronization

/// Writes a file so that readers see the old file or the whole new one, never half of it.
///
/// The bytes go to a temporary file in the same folder, which is then
/// renamed over the target (rename is atomic within a file system). On any
/// failure the temporary file is removed.
///
/// A device, pipe or socket (`/dev/stdout`, `/dev/null`, a FIFO) is written
/// in place instead: renaming over it would replace it with a plain file.
///
/// Temporary files in flight are registered, so that a program stopped by a
/// signal can remove them (`abandonWrites`) and leave the old file untouched.
public enum AtomicFile {
    /// Writes `data` to `path` through a temporary file and a rename.
    /// - Parameter beforeRename: runs once the temporary file is complete, just before the rename;
    ///   a hook for tests that must stop a program while the temporary file exists.
    public static func write(_ data: Data, to path: String, beforeRename: () -> Void = {}) throws {
        if isSpecialFile(path) { return try writeInPlace(data, to: path) }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw OutputError.missingFolder(path)
        }
        guard isDirectory.boolValue else { throw OutputError.notWritable(path, reason: "'\(folder)' is a file, not a folder") }
        let (descriptor, temporary) = try createTemporary(in: folder, for: url.lastPathComponent, path: path)
        let written = Result { try writeAll(data, to: descriptor, path: path) }
        close(descriptor)
        do {
            try written.get()
            beforeRename()
            try commit(temporary, to: path)
        } catch {
            discard(temporary)
            throw error
        }
    }

    /// Removes every temporary file still being written, then runs `finish` without letting go of the registry.
    ///
    /// For a signal handler: holding the registry's lock while `finish` exits
    /// means no write can create a new temporary file or rename one in between,
    /// so the targets keep their old content (or the whole new one, if its
    /// rename came first) and no temporary file stays behind.
    public static func abandonWrites(then finish: () -> Never) -> Never {
        inFlight.withLock { state in
            state.abandoned = true
            for temporary in state.paths { unlink(temporary) }
            state.paths.removeAll()
            finish()
        }
    }

    /// Paths of the temporary files being written, and whether the program is stopping.
    private struct InFlight: Sendable {
        var paths: Set<String> = []
        var abandoned = false
    }

    private static let inFlight = Mutex(InFlight())

    /// Creates `.<name>.XXXXXX` next to the target and registers it; refused once writes are abandoned.
    private static func createTemporary(in folder: String, for name: String, path: String) throws -> (Int32, String) {
        try inFlight.withLock { state in
            guard !state.abandoned else { throw OutputError.notWritable(path, reason: "the program is stopping") }
            var template = Array((folder + "/.\(name).XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
            guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
            let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            state.paths.insert(temporary)
            return (descriptor, temporary)
        }
    }

    /// Renames the temporary file over the target, unless a signal handler has already removed it.
    private static func commit(_ temporary: String, to path: String) throws {
        try inFlight.withLock { state in
            guard !state.abandoned else { throw OutputError.notWritable(path, reason: "the program is stopping") }
            guard rename(temporary, path) == 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
            state.paths.remove(temporary)
        }
    }

    /// Removes a temporary file that will not be renamed.
    private static func discard(_ temporary: String) {
        inFlight.withLock { state in
            if state.paths.remove(temporary) != nil { unlink(temporary) }
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
