import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the articles inside a folder: every regular file whose name matches a glob, at any depth.
///
/// Paths come back sorted byte-wise, so the same folder gives the same
/// document order (and ids) on every machine. Hidden files and folders
/// (`.git`, `.DS_Store`) are skipped, and so are symbolic links, as
/// `FileManager`'s enumerator does. The folder is read with `opendir` and
/// `readdir`: the enumerator builds an attribute dictionary per file, as
/// costly as extracting a short article.
public enum DirectoryWalker {
    /// The files under `directory` whose name matches `glob` (`*.txt`), as paths relative to it, sorted.
    /// - Parameter skip: told of each entry left out because its name is not UTF-8 (which no `String` can
    ///   name, so it could not be opened), with the reason; the rest of the folder is read.
    /// - Throws: `InputError.unreadable` when the folder cannot be listed.
    public static func files(in directory: String, matching glob: String,
                             skip: (String) -> Void = { _ in }) throws -> [String] {
        guard let entries = entries(of: directory, skip: skip) else {
            throw InputError.unreadable(directory, reason: "the directory cannot be listed")
        }
        var found: [String] = []
        var pending = entries.map { (relative: $0.name, name: $0.name, kind: $0.kind) }
        while let entry = pending.popLast() {
            switch entry.kind {
            case .file where fnmatch(glob, entry.name, 0) == 0:
                found.append(entry.relative)
            case .directory:
                // An unreadable subfolder is skipped, as the enumerator skipped it.
                let children = Self.entries(of: directory + "/" + entry.relative, skip: skip) ?? []
                pending += children.map { (entry.relative + "/" + $0.name, $0.name, $0.kind) }
            case .file, .other:
                continue
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    enum Kind {
        case file, directory, other
    }

    /// The visible entries of one folder and what they are, or nil when it cannot be opened.
    static func entries(of path: String, skip: (String) -> Void = { _ in }) -> [(name: String, kind: Kind)]? {
        guard let stream = opendir(path) else { return nil }
        defer { closedir(stream) }
        var entries: [(name: String, kind: Kind)] = []
        while let entry = readdir(stream) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            guard let name = String(validating: bytes, as: UTF8.self) else {
                skip("skipping '\(path)/\(TerminalText.printable(bytes: bytes))': its name is not UTF-8; rename it to read it")
                continue
            }
            entries.append((name, kind(Int32(entry.pointee.d_type), path: path + "/" + name)))
        }
        return entries
    }

    /// The entry's kind from `readdir`'s type, asking `lstat` when the file system does not say.
    private static func kind(_ type: Int32, path: String) -> Kind {
        switch type {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_UNKNOWN):
            var status = stat()
            guard lstat(path, &status) == 0 else { return .other }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            default: return .other
            }
        default: return .other
        }
    }
}
