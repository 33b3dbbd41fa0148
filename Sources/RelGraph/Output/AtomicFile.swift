import Foundation
import Synchronization

/// Writes files so that readers see the old files or the whole new ones, never half of one.
///
/// The bytes go to a temporary file in the target's folder, which is then
/// renamed over the target (rename is atomic within a file system). On any
/// failure the temporary file is removed. Files written together (the two
/// tables of a CSV export) are renamed together, holding a lock on their
/// folder, so that two runs writing the same pair never leave the edges of
/// one next to the nodes of the other.
///
/// A symbolic link is followed: the file it points to is replaced and the link
/// stays. A file that is replaced keeps its mode (and owner, where allowed); a
/// new one gets the mode the umask gives. A device, pipe or socket
/// (`/dev/null`, a FIFO) is written in place instead: renaming over it would
/// replace it with a plain file. A name for a descriptor the process holds
/// (`/dev/stdout`, `/dev/fd/3`) is written through that descriptor, whatever it
/// leads to (`DescriptorPath`).
///
/// Temporary files in flight are registered, so that a program stopped by a
/// signal can remove them (`abandonWrites`) and leave the old files untouched.
public enum AtomicFile {
    /// Writes `data` to `path` through a temporary file and a rename.
    /// - Parameter beforeRename: runs once the temporary file is complete, just before the rename;
    ///   a hook for tests that must stop a program while the temporary file exists.
    /// - Throws: `OutputError` when it cannot be written; the old file, if any, is then untouched.
    public static func write(_ data: Data, to path: String, beforeRename: () -> Void = {}) throws {
        try write([(path, data)], beforeRename: beforeRename)
    }

    /// Writes several files as one: every temporary file is complete before the first rename, and the
    /// renames happen together, under a lock on the folders that other relgraph runs respect.
    /// - Throws: `OutputError` when one cannot be written; no file is replaced then.
    public static func write(_ files: [(path: String, data: Data)], beforeRename: () -> Void = {}) throws {
        var pending: [Pending] = []
        do {
            for file in files {
                if let descriptor = DescriptorPath.descriptor(file.path) {
                    try writeBytes(file.data, to: descriptor, path: file.path)
                    continue
                }
                // Asked of the path itself, before links are followed by hand: a link to `/proc/<pid>/fd/1` leads
                // to `pipe:[…]`, a name that only the kernel's own lookup understands.
                if isStream(file.path) {
                    try writeInPlace(file.data, to: file.path, path: file.path)
                    continue
                }
                pending.append(try prepare(file.data, target: try resolvedTarget(file.path), path: file.path))
            }
            guard !pending.isEmpty else { return }
            beforeRename()
            try commit(pending)
        } catch {
            for file in pending { discard(file.temporary) }
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

    /// True when `path` (followed through symbolic links) exists and is neither a regular file nor a folder:
    /// a device, a pipe or a socket, written in place.
    static func isStream(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    /// A complete temporary file and the target it will be renamed over.
    private struct Pending {
        var temporary: String
        var target: String
        /// The path as the caller gave it, for messages.
        var path: String
    }

    /// Paths of the temporary files being written, and whether the program is stopping.
    private struct InFlight: Sendable {
        var paths: Set<String> = []
        var abandoned = false
    }

    private static let inFlight = Mutex(InFlight())

    /// The file `path` stands for: symbolic links followed, even to a file that does not exist yet.
    /// - Throws: `OutputError` when it names a folder, when its folder is missing, or for a loop of links.
    static func resolvedTarget(_ path: String) throws -> String {
        var target = path
        for _ in 0..<maximumLinks {
            let (folder, name) = FilePath.split(target)
            guard !name.isEmpty, name != ".", name != ".." else { throw OutputError.isFolder(path) }
            var info = stat()
            guard lstat(target, &info) == 0 else {
                try requireFolder(folder, for: path)
                return target
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: target) else {
                    throw OutputError.notWritable(path, reason: "its symbolic link cannot be read")
                }
                target = destination.hasPrefix("/") ? destination : FilePath.join(folder, destination)
            case S_IFDIR:
                throw OutputError.isFolder(path)
            default:
                return target
            }
        }
        throw OutputError.notWritable(path, reason: "too many levels of symbolic links")
    }

    /// The most symbolic links followed, as the kernel's own limit (ELOOP).
    private static let maximumLinks = 40

    private static func requireFolder(_ folder: String, for path: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0 else { throw OutputError.missingFolder(path) }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError.notWritable(path, reason: "'\(folder)' is a file, not a folder")
        }
    }

    /// Writes `data` to a new temporary file next to `target`, with the mode the target will have, and syncs it.
    private static func prepare(_ data: Data, target: String, path: String) throws -> Pending {
        let (descriptor, temporary) = try createTemporary(for: target, path: path)
        defer { close(descriptor) }
        do {
            try AtomicFile.writeBytes(data, to: descriptor, path: path)
            try giveMode(to: descriptor, replacing: target, path: path)
            guard fsync(descriptor) == 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        } catch {
            discard(temporary)
            throw error
        }
        return Pending(temporary: temporary, target: target, path: path)
    }

    /// The old file's mode and owner (the owner only where the system allows it), or for a new file the
    /// mode the umask gives: `mkstemp` makes every temporary file 0600.
    private static func giveMode(to descriptor: Int32, replacing target: String, path: String) throws {
        var old = stat()
        let mode: mode_t
        if stat(target, &old) == 0 {
            _ = fchown(descriptor, old.st_uid, old.st_gid)
            mode = old.st_mode & 0o7777
        } else {
            mode = newFileMode
        }
        guard fchmod(descriptor, mode) == 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
    }

    /// 0666 less the umask, read once (the umask can only be read by setting it, and set back at once).
    private static let newFileMode: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    /// Creates `.<name>.XXXXXX` next to the target and registers it; refused once writes are abandoned.
    private static func createTemporary(for target: String, path: String) throws -> (Int32, String) {
        let (folder, name) = FilePath.split(target)
        return try inFlight.withLock { state in
            guard !state.abandoned else { throw OutputError.notWritable(path, reason: "the program is stopping") }
            var template = Array(FilePath.join(folder, ".\(name).XXXXXX").utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
            guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
            let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            state.paths.insert(temporary)
            return (descriptor, temporary)
        }
    }

    /// Renames every temporary file over its target, under a lock on their folders, unless a signal
    /// handler has already removed them.
    ///
    /// The folder locks (`flock`, advisory) come first, so a run waiting for another's renames does not
    /// hold the registry a signal handler needs.
    private static func commit(_ files: [Pending]) throws {
        let locks = FolderLocks(Set(files.map { FilePath.split($0.target).folder }).sorted())
        defer { locks.release() }
        try inFlight.withLock { state in
            guard !state.abandoned else { throw OutputError.notWritable(files[0].path, reason: "the program is stopping") }
            for file in files {
                guard rename(file.temporary, file.target) == 0 else {
                    throw OutputError.notWritable(file.path, reason: String(cString: strerror(errno)))
                }
                state.paths.remove(file.temporary)
            }
        }
    }

    /// Exclusive `flock`s on folders, taken in the order given (sorted, so two runs cannot deadlock).
    private struct FolderLocks {
        private let descriptors: [Int32]

        init(_ folders: [String]) {
            descriptors = folders.compactMap { folder in
                let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0 else { return nil }
                while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
                return descriptor
            }
        }

        func release() {
            for descriptor in descriptors.reversed() { close(descriptor) }
        }
    }

    /// Removes a temporary file that will not be renamed.
    private static func discard(_ temporary: String) {
        inFlight.withLock { state in
            if state.paths.remove(temporary) != nil { unlink(temporary) }
        }
    }

    private static func writeInPlace(_ data: Data, to target: String, path: String) throws {
        let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        try writeBytes(data, to: descriptor, path: path)
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
