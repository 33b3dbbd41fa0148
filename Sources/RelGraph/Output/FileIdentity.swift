import Foundation

/// What makes two paths one file: its device and inode, whatever symbolic or hard links lead to it.
///
/// Used to refuse an output that would replace an input: `-o article.txt`, a link to the corpus, or
/// standard input redirected from the output file.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    /// The regular file at `path` (links followed; `-` is standard input), or nil for anything else.
    init?(path: String) {
        var info = stat()
        let found = path == "-" ? fstat(STDIN_FILENO, &info) : stat(path, &info)
        guard found == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

extension AtomicFile {
    /// Refuses to write any of `outputs` over one of `inputs`, before any work is done.
    ///
    /// Writing goes through a temporary file, so the input would be read whole first and then
    /// replaced by the output: the article or corpus lost.
    /// - Throws: `OutputError.overwritesInput` naming both paths.
    public static func refuseOverwriting(_ inputs: [String], with outputs: [String]) throws {
        var read: [FileIdentity: String] = [:]
        for input in inputs {
            if let identity = FileIdentity(path: input), read[identity] == nil { read[identity] = input == "-" ? "standard input" : input }
        }
        for output in outputs {
            if let identity = FileIdentity(path: output), let input = read[identity] {
                throw OutputError.overwritesInput(output: output, input: input)
            }
        }
    }
}
