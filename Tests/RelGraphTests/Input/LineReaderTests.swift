import Foundation
import Testing
@testable import RelGraph

/// Lines of any length and line end, read in bounded memory, with the limit checked as bytes arrive.
@Suite("LineReader")
struct LineReaderTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func lines(_ data: Data, limit: Int = 1 << 20) throws -> [String] {
        var reader = try LineReader(path: try workspace.write("lines.txt", data), lineLimit: limit)
        defer { reader.close() }
        var found: [String] = []
        while let line = try reader.next() { found.append(String(decoding: line, as: UTF8.self)) }
        return found
    }

    @Test("lines longer than a read, CRLF ends and a last line without an end are all whole")
    func linesAcrossReads() throws {
        let long = String(repeating: "x", count: 3 * InputFile.chunkSize + 17)
        #expect(try lines(Data("a\r\n\(long)\nb\n\nlast".utf8)) == ["a", long, "b", "", "last"])
    }

    @Test("a line past the limit is refused with its number, before the rest is read")
    func longLineIsRefused() throws {
        #expect(throws: InputError.lineTooLong(workspace.path("lines.txt"), line: 2, limit: 100)) {
            try lines(Data(("short\n" + String(repeating: "y", count: 101) + "\n").utf8), limit: 100)
        }
        #expect(try lines(Data(String(repeating: "y", count: 100).utf8), limit: 100).count == 1)
    }

    @Test("a device without line ends (/dev/zero) is refused at the limit, not read forever")
    func endlessInput() throws {
        var reader = try LineReader(path: "/dev/zero", lineLimit: 1 << 20)
        defer { reader.close() }
        #expect(throws: InputError.lineTooLong("/dev/zero", line: 1, limit: 1 << 20)) { try reader.next() }
    }

    @Test func missingFilesAndFoldersAreInputErrors() {
        #expect(throws: InputError.notFound(workspace.path("none"))) { try LineReader(path: workspace.path("none")) }
        #expect(throws: InputError.isDirectory(workspace.url.path)) { try LineReader(path: workspace.url.path) }
    }
}
