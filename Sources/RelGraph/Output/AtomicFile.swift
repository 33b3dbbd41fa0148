import Foundation

/// Writes a file so that readers see the old file or the whole new one, never half of it.
///
/// The bytes go to a temporary file in the same folder, which is then
/// renamed over the target (rename is atomic within a file system). On any
/// failure the temporary file is removed.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputError.missingFolder(path)
        }
        var template = Array((folder + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try writeAll(data, to: descriptor, path: path)
            close(descriptor)
            guard rename(temporary, path) == 0 else { throw OutputError.notWritable(path, reason: String(cString: strerror(errno))) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ data: Data, to descriptor: Int32, path: String) throws {
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
            guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else {
                throw OutputError.notWritable(path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
