import Foundation

/// Finds the articles inside a folder: every regular file whose name matches a glob, at any depth.
///
/// Paths come back sorted byte-wise, so the same folder gives the same
/// document order (and ids) on every machine. Hidden files and folders
/// (`.git`, `.DS_Store`) are skipped.
public enum DirectoryWalker {
    /// The files under `directory` whose name matches `glob` (`*.txt`), as paths relative to it, sorted.
    /// - Throws: `InputError.unreadable` when the folder cannot be listed.
    public static func files(in directory: String, matching glob: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw InputError.unreadable(directory, reason: "the directory cannot be listed")
        }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular,
                  fnmatch(glob, name, 0) == 0 else { continue }
            found.append(relative)
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
