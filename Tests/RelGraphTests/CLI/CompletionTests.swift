import Foundation
import Testing
@testable import RelGraph

/// The shell completions in `completions/`: the bash function is run on partial words, and every
/// option each subcommand's help lists is offered, so the scripts cannot drift from the command.
@Suite("Shell completion")
struct CompletionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("completions")

    static let hasBash = FileManager.default.isExecutableFile(atPath: "/bin/bash")

    /// What the bash function offers for `words`, the last one being completed, run in `directory`.
    private func complete(_ words: [String], in directory: URL) throws -> [String] {
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let script = """
            source '\(Self.folder.appendingPathComponent("relgraph.bash").path)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1); COMPREPLY=()
            _relgraph
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["--norc", "--noprofile", "-c", script]
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    @Test("bash: files, options of the default subcommand, enum values and comma lists", .enabled(if: hasBash))
    func bashCompletion() throws {
        let workspace = try Workspace()
        try workspace.write("article.txt", "x")
        try workspace.write("archive.jsonl", "x")
        let here = workspace.url
        #expect(try complete(["relgraph", "ar"], in: here) == ["archive.jsonl", "article.txt"])
        #expect(try complete(["relgraph", "article.txt", "-o", "arc"], in: here) == ["archive.jsonl"])
        #expect(try complete(["relgraph", "me"], in: here) == ["merge"])
        #expect(try complete(["relgraph", "article.txt", "--min-c"], in: here) == ["--min-confidence"])
        #expect(try complete(["relgraph", "--format", "g"], in: here) == ["gexf", "graphml"])
        #expect(try complete(["relgraph", "--format", ""], in: here) == OutputFormat.allCases.map(\.rawValue).sorted())
        #expect(try complete(["relgraph", "--kinds", "state,p"], in: here) == ["state,person"])
        #expect(try complete(["relgraph", "--types", "SANCTION,AS"], in: here) == ["SANCTION,ASSAULT"])
        #expect(try complete(["relgraph", "--types", ""], in: here) == EventType.allCases.map(\.rawValue).sorted())
        #expect(try complete(["relgraph", "--layout", ""], in: here) == LayoutEngine.allCases.map(\.rawValue).sorted())
        #expect(try complete(["relgraph", "parse", "--input-format", "c"], in: here) == ["conllu"])
        #expect(try complete(["relgraph", "extract", "--th"], in: here) == [], "extract draws no picture")
    }

    @Test("bash offers every option each subcommand's help lists", .enabled(if: hasBash),
          arguments: ["render", "extract", "merge", "parse"])
    func bashKnowsEveryOption(subcommand: String) throws {
        let help = try CLIRunner.succeed([subcommand, "--help"], in: FileManager.default.temporaryDirectory).stdoutText
        let listed = Set(help.split(separator: "\n").compactMap { line -> [String]? in
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
            guard let first = words.first, first.hasPrefix("-") else { return nil }
            return words.prefix(2).filter { $0.hasPrefix("-") && !$0.hasPrefix("<") }.map(String.init)
        }.joined())
        let offered = Set(try complete(["relgraph", subcommand, "-"], in: FileManager.default.temporaryDirectory))
        #expect(listed.subtracting(offered).isEmpty, "not offered: \(listed.subtracting(offered).sorted())")
        #expect(!listed.isEmpty)
    }

    @Test("the zsh and fish scripts name the same options and values")
    func otherShells() throws {
        let bash = try String(contentsOf: Self.folder.appendingPathComponent("relgraph.bash"), encoding: .utf8)
        for name in ["_relgraph", "relgraph.fish"] {
            let script = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            for value in OutputFormat.allCases.map(\.rawValue) + EventType.allCases.map(\.rawValue) + ["conllu", "country", "print"] {
                #expect(script.contains(value), "\(name) lacks \(value)")
            }
            let options = bash.split(whereSeparator: { " \"\n()|".contains($0) }).filter { $0.hasPrefix("--") && $0.count > 3 }
            for option in Set(options) where !option.hasSuffix("*") && !option.contains("=") {
                let bare = String(option.dropFirst(2))
                #expect(script.contains("--" + bare) || script.contains("-l " + bare), "\(name) lacks \(option)")
            }
        }
    }
}
