import Foundation
import Testing
@testable import RelGraph

/// Inputs are read with plain reads: pipes work, and the size limit holds as bytes arrive.
@Suite("InputFile")
struct InputFileTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    @Test("a FIFO is read like a file (process substitution, `<(cat a.txt)`)")
    func fifo() throws {
        let path = workspace.path("article.fifo")
        #expect(mkfifo(path, 0o600) == 0)
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            _ = Array("La France soutient le Brésil.\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()
        #expect(try ArticleReader.read(path) == "La France soutient le Brésil.\n")
    }

    @Test("a stream past the limit is refused once it passes it (/dev/zero does not end)")
    func endlessStream() {
        #expect(throws: InputError.tooLarge("/dev/zero", bytes: nil, limit: 100_000)) {
            try InputFile.read("/dev/zero", byteLimit: 100_000)
        }
    }

    @Test("a regular file past the limit is refused by its size; a folder and a missing file are named")
    func files() throws {
        let path = try workspace.write("a.txt", String(repeating: "x", count: 101))
        #expect(throws: InputError.tooLarge(path, bytes: 101, limit: 100)) { try InputFile.read(path, byteLimit: 100) }
        #expect(try InputFile.read(path, byteLimit: 101).count == 101)
        #expect(throws: InputError.isDirectory(workspace.url.path)) { try InputFile.read(workspace.url.path, byteLimit: 100) }
        #expect(throws: InputError.notFound(workspace.path("none"))) { try InputFile.read(workspace.path("none"), byteLimit: 100) }
    }
}
