import Foundation
import Testing

/// `make install PREFIX=…` puts the binary on the PATH and the completions where the shells look.
@Suite("make install")
struct InstallTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let hasMake = FileManager.default.isExecutableFile(atPath: "/usr/bin/make")

    @Test("a dry run installs under PREFIX and DESTDIR, and every installed file exists", .enabled(if: hasMake))
    func installUnderPrefix() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        process.arguments = ["-n", "-C", Self.root.path, "install", "PREFIX=/opt/rg", "DESTDIR=/stage"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let installs = output.split(separator: "\n").filter { $0.hasPrefix("install -m") }
        let targets = installs.compactMap { $0.split(separator: " ").last.map(String.init) }
        #expect(targets == [
            "/stage/opt/rg/bin/relgraph",
            "/stage/opt/rg/share/bash-completion/completions/relgraph",
            "/stage/opt/rg/share/zsh/site-functions/_relgraph",
            "/stage/opt/rg/share/fish/vendor_completions.d/relgraph.fish",
        ])
        for line in installs.dropFirst() {
            let source = String(line.split(separator: " ")[3])
            #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent(source).path), "\(source)")
        }
    }

    @Test("the repository carries its licence")
    func licence() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("LICENSE"), encoding: .utf8)
        #expect(text.hasPrefix("MIT License"))
    }
}
