import Foundation
import Testing
@testable import RelGraph

/// Outputs are replaced whole, through links, keeping their mode, in pairs, and never over an input.
@Suite("AtomicFile")
struct AtomicFileTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o7777
    }

    @Test("a symbolic link is followed: the file it points to is replaced and the link stays")
    func linksAreFollowed() throws {
        let real = try workspace.write("real.svg", "old")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.svg"), withDestinationPath: "real.svg")
        try AtomicFile.write(Data("new".utf8), to: workspace.path("link.svg"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.path("link.svg")) == "real.svg")
        #expect(try workspace.read("real.svg") == Data("new".utf8))
        // A link to a file not yet written makes it.
        try FileManager.default.createSymbolicLink(atPath: workspace.path("dangling.svg"), withDestinationPath: real + ".later")
        try AtomicFile.write(Data("later".utf8), to: workspace.path("dangling.svg"))
        #expect(try workspace.read("real.svg.later") == Data("later".utf8))
        #expect(try workspace.contents() == ["dangling.svg", "link.svg", "real.svg", "real.svg.later"])
    }

    @Test("a replaced file keeps its mode; a new file gets the umask's")
    func modes() throws {
        let kept = try workspace.write("kept.svg", "old")
        chmod(kept, 0o640)
        try AtomicFile.write(Data("new".utf8), to: kept)
        #expect(mode(kept) == 0o640)
        let mask = umask(0o022)
        umask(mask)
        try AtomicFile.write(Data("new".utf8), to: workspace.path("fresh.svg"))
        #expect(mode(workspace.path("fresh.svg")) == 0o666 & ~mask)
    }

    @Test("a folder, a path ending in '/', a missing folder and a loop of links are refused, nothing written")
    func badTargets() throws {
        #expect(throws: OutputError.isFolder(workspace.url.path)) { try AtomicFile.write(Data(), to: workspace.url.path) }
        #expect(throws: OutputError.isFolder(workspace.path("new") + "/")) { try AtomicFile.write(Data(), to: workspace.path("new") + "/") }
        #expect(throws: OutputError.missingFolder(workspace.path("none/g.svg"))) { try AtomicFile.write(Data(), to: workspace.path("none/g.svg")) }
        try FileManager.default.createSymbolicLink(atPath: workspace.path("loop.svg"), withDestinationPath: "loop.svg")
        #expect(throws: OutputError.notWritable(workspace.path("loop.svg"), reason: "too many levels of symbolic links")) {
            try AtomicFile.write(Data(), to: workspace.path("loop.svg"))
        }
        #expect(try workspace.contents() == ["loop.svg"])
    }

    @Test("a device is written in place, and a full one is an error")
    func devices() throws {
        try AtomicFile.write(Data("x".utf8), to: "/dev/null")
        #expect(throws: OutputError.notWritable("/dev/full", reason: "No space left on device")) {
            try AtomicFile.write(Data("x".utf8), to: "/dev/full")
        }
    }

    @Test("a pipe behind a link to /proc/self/fd is written in place, not looked up by its link's text ('pipe:[…]')")
    func pipesBehindMagicLinks() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        let link = workspace.path("to-the-pipe")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/proc/self/fd/\(ends[1])")
        try AtomicFile.write(Data("through the pipe".utf8), to: link)
        close(ends[1])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(ends[0], &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe")
    }

    @Test("/dev/fd/N and /proc/self/fd/N are written through the descriptor: a file opened to append keeps its lines")
    func descriptorsAreWrittenThrough() throws {
        let path = try workspace.write("log.jsonl", "earlier line\n")
        let descriptor = open(path, O_WRONLY | O_APPEND)
        #expect(descriptor >= 0)
        defer { close(descriptor) }
        try AtomicFile.write(Data("second\n".utf8), to: "/dev/fd/\(descriptor)")
        try AtomicFile.write(Data("third\n".utf8), to: "/proc/self/fd/\(descriptor)")
        #expect(String(decoding: try workspace.read("log.jsonl"), as: UTF8.self) == "earlier line\nsecond\nthird\n")
        #expect(try workspace.contents() == ["log.jsonl"])
        #expect(DescriptorPath.descriptor("/dev/stdout") == STDOUT_FILENO)
        #expect(DescriptorPath.descriptor("/dev/fd/987654") == nil, "a descriptor that is not open")
        #expect(DescriptorPath.descriptor("/dev/fd/x") == nil)
    }

    @Test("two writers of the same pair leave one writer's pair, never a mix")
    func pairsStayPairs() throws {
        let (edges, nodes) = (workspace.path("t.edges.csv"), workspace.path("t.nodes.csv"))
        DispatchQueue.concurrentPerform(iterations: 40) { run in
            let mark = Data(String(repeating: "\(run)", count: 2000).utf8)
            try? AtomicFile.write([(edges, mark), (nodes, mark)])
        }
        #expect(try workspace.read("t.edges.csv") == workspace.read("t.nodes.csv"))
        #expect(try workspace.contents() == ["t.edges.csv", "t.nodes.csv"])
    }

    @Test("an output that is an input, by name, link, hard link or standard input, is refused")
    func inputsAreNotOverwritten() throws {
        let article = try workspace.write("a.txt", "La France soutient le Brésil.")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link.txt"), withDestinationPath: "a.txt")
        #expect(link(article, workspace.path("hard.txt")) == 0)
        for output in [article, workspace.path("link.txt"), workspace.path("hard.txt")] {
            #expect(throws: OutputError.overwritesInput(output: output, input: article)) {
                try AtomicFile.refuseOverwriting([article], with: [workspace.path("other.svg"), output])
            }
        }
        try AtomicFile.refuseOverwriting([article, "-"], with: [workspace.path("other.svg"), "/dev/null"])
    }
}
