import Foundation

/// Paths that name a descriptor the process already holds: `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` and
/// `/proc/self/fd/N`.
///
/// Such a path is written through the descriptor itself, as `-` is. Opened again by name it would be a
/// new file description: `O_TRUNC` would empty a log that `>>` was appending to, and renaming a temporary
/// file over the name would replace it; a CSV pair named after it would be `/dev/stdout.edges.csv`.
enum DescriptorPath {
    /// The open descriptor `path` names, or nil for any other path (or a descriptor that is not open).
    static func descriptor(_ path: String) -> Int32? {
        let number: Int32?
        switch path {
        case "/dev/stdout": number = STDOUT_FILENO
        case "/dev/stderr": number = STDERR_FILENO
        default: number = numbered(path)
        }
        guard let number, fcntl(number, F_GETFD) != -1 else { return nil }
        return number
    }

    private static func numbered(_ path: String) -> Int32? {
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            return Int32(path.dropFirst(prefix.count))
        }
        return nil
    }
}
