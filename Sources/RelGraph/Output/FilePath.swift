/// Paths cut and joined as plain strings, the way the kernel reads them.
///
/// `NSString`'s path methods trap on some one-character paths, and `URL` makes every path absolute
/// and reads a trailing slash away; an output path is kept as the user wrote it.
enum FilePath {
    /// The folder (`.` when the path has none) and the last component (empty after a trailing slash).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
