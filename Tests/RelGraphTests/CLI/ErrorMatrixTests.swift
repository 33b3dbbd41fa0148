import Foundation
import Testing

/// The errors of issue 7 not covered in `CLITests`: input unreadable even to root, a file-size
/// limit hit while writing (a full disk), and Graphviz plugins missing.
@Suite("Command line errors")
struct ErrorMatrixTests {
    let workspace: Workspace

    init() throws {
        workspace = try Workspace()
    }

    private func article() throws -> String {
        try workspace.write("article.txt", CLIFixtures.french)
    }

    /// A relgraph error: the code, one `relgraph: ` line on stderr naming each of `details`, nothing on stdout.
    private func expectError(_ result: CLIResult, code: Int32, mentioning details: [String],
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == code, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        #expect(result.stderrText.hasPrefix("relgraph: "), sourceLocation: sourceLocation)
        for detail in details {
            #expect(result.stderrText.contains(detail), "stderr: \(result.stderrText)", sourceLocation: sourceLocation)
        }
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    @Test("an input that cannot be read: 66, no output")
    func unreadableInput() throws {
        let input: String
        if getuid() == 0 {
            // root reads any file whatever its mode; reading /proc/self/mem from its start fails even for root.
            input = "/proc/self/mem"
        } else {
            input = try article()
            chmod(input, 0)
        }
        defer { chmod(input, 0o644) }
        let result = try CLIRunner.run([input, "-o", "graph.svg"], in: workspace.url)
        expectError(result, code: 66, mentioning: [input])
        #expect(!FileManager.default.fileExists(atPath: workspace.path("graph.svg")))
    }

    @Test("a write past the file size limit (a full disk): 73, the old output kept, no temporary file")
    func fileSizeLimit() throws {
        let input = try article()
        let old = Data("old".utf8)
        try workspace.write("graph.svg", old)
        // 1 block of 512 bytes (dash) or 1 KiB (bash): far less than the picture.
        let result = try CLIRunner.run([input, "-o", "graph.svg"], in: workspace.url, fileSizeLimit: 1)
        expectError(result, code: 73, mentioning: ["graph.svg", "too large"])
        #expect(try workspace.contents() == ["article.txt", "graph.svg"])
        #expect(try workspace.read("graph.svg") == old)
    }

    @Test("a full disk (an 8 KiB tmpfs): 73, the old output kept, no temporary file",
          .enabled(if: TinyFilesystem.canMount, "needs root and mount -t tmpfs"))
    func fullDisk() throws {
        let input = try article()
        let disk = try TinyFilesystem(at: workspace.path("disk"))
        defer { disk.unmount() }
        let old = Data("old".utf8)
        try old.write(to: URL(fileURLWithPath: disk.path + "/graph.png"))
        let result = try CLIRunner.run([input, "-o", disk.path + "/graph.png"], in: workspace.url)
        expectError(result, code: 73, mentioning: ["graph.png", "No space left on device"])
        #expect(try workspace.contents(of: disk.path) == ["graph.png"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: disk.path + "/graph.png")) == old)
    }

    @Test("no Graphviz plugin at all (GVBINDIR on an empty folder): 70, naming the package, no output")
    func noPlugins() throws {
        let input = try article()
        let plugins = workspace.path("plugins")
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: false)
        let result = try CLIRunner.run([input, "-o", "graph.svg"], in: workspace.url, environment: ["GVBINDIR": plugins])
        expectError(result, code: 70, mentioning: ["\"dot\" is not available", "libgvc6"])
        #expect(try workspace.contents() == ["article.txt", "plugins"])
    }

    @Test("PNG without the cairo plugin: 70, naming the plugin and the package; SVG still works",
          .enabled(if: GraphvizPlugins.system != nil))
    func noCairoPlugin() throws {
        let input = try article()
        let plugins = try GraphvizPlugins.onlyCoreAndDot(in: workspace.path("plugins"))
        let png = try CLIRunner.run([input, "-o", "graph.png"], in: workspace.url, environment: ["GVBINDIR": plugins])
        expectError(png, code: 70, mentioning: ["PNG", "cairo", "libgvplugin_pango", "libgvc6"])
        #expect(!FileManager.default.fileExists(atPath: workspace.path("graph.png")))
        let svg = try CLIRunner.run([input, "-o", "graph.svg"], in: workspace.url, environment: ["GVBINDIR": plugins])
        #expect(svg.status == 0, "stderr: \(svg.stderrText)")
    }
}

/// An 8 KiB tmpfs (two pages), too small for any picture: a real full disk. Mounting needs root (or CAP_SYS_ADMIN).
struct TinyFilesystem {
    let path: String

    /// True when this process may mount a tmpfs: tried once, on a scratch folder.
    static let canMount: Bool = {
        guard getuid() == 0, let probe = try? TinyFilesystem(at: NSTemporaryDirectory() + "relgraph-mount-probe-\(getpid())") else {
            return false
        }
        probe.unmount()
        return true
    }()

    init(at path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        self.path = path
        guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", path]) else {
            try? FileManager.default.removeItem(atPath: path)
            throw MountFailed(path: path)
        }
    }

    struct MountFailed: Error {
        let path: String
    }

    func unmount() {
        _ = Self.run("/bin/umount", [path])
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

/// Graphviz's installed plugin folder, and a copy of it with only some plugins.
enum GraphvizPlugins {
    /// The folder holding `libgvplugin_core.so.6` and its `config6`/`config6a` file, if found.
    static let system: (folder: String, config: String)? = {
        let candidates = ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz",
                          "/usr/lib64/graphviz", "/usr/lib/graphviz", "/usr/local/lib/graphviz"]
        for folder in candidates where FileManager.default.fileExists(atPath: folder + "/libgvplugin_core.so.6") {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if let config = names.filter({ $0.hasPrefix("config6") }).sorted().first { return (folder, config) }
        }
        return nil
    }()

    /// A plugin folder with the core plugin (DOT, SVG) and the dot layout but no cairo: symbolic
    /// links to the installed libraries and their blocks of the installed configuration file.
    static func onlyCoreAndDot(in folder: String) throws -> String {
        guard let system else { throw CLIRunnerError.binaryNotFound(["Graphviz plugin folder"]) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let kept = ["libgvplugin_core.so.6", "libgvplugin_dot_layout.so.6"]
        for library in kept {
            try FileManager.default.createSymbolicLink(atPath: folder + "/" + library,
                                                       withDestinationPath: system.folder + "/" + library)
        }
        // The file is a list of `library name {` blocks closed by `}` at the start of a line.
        let text = try String(contentsOfFile: system.folder + "/" + system.config, encoding: .utf8)
        var config = ""
        var copying = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "}" {
                if copying { config += "}\n" }
                copying = false
            } else {
                if let first = line.split(separator: " ").first, !line.hasPrefix("\t") { copying = kept.contains(String(first)) }
                if copying { config += line + "\n" }
            }
        }
        try config.write(toFile: folder + "/" + system.config, atomically: false, encoding: .utf8)
        return folder
    }
}
