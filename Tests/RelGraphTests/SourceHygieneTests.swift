import Foundation
import Testing

/// The library and the command line never stop the program on input they were given: no `try!`, no forced
/// unwrap or cast, no `fatalError` or `precondition` anywhere in them, since any of them may sit on a path
/// some input reaches.
@Suite("Source hygiene")
struct SourceHygieneTests {
    private static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The code of a Swift file, line by line: comments, string literals and multi-line literals blanked.
    static func code(_ source: String) -> [String] {
        var inBlock = false
        return source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            if line.contains("\"\"\"") {
                inBlock.toggle()
                return ""
            }
            if inBlock { return "" }
            var text = String(line)
            if let comment = text.range(of: "//") { text = String(text[..<comment.lowerBound]) }
            return text.replacingOccurrences(of: #""([^"\\]|\\.)*""#, with: "\"\"", options: .regularExpression)
        }
    }

    static let forbidden = [#"try!"#, #"\bas!"#, #"\bfatalError\("#, #"\bprecondition(Failure)?\("#, #"[\w)\]]!(?!=)"#]

    /// Lines that trap on no input: a constant read from a literal of the source itself, once.
    static let reviewed: Set<String> = [
        #"Knowledge/ArgumentDefaults.swift: private static let fallback = ArgumentFrame("")!"#,
    ]

    @Test(arguments: [("RelGraph", 50), ("RelGraphCLI", 10)])
    func noTraps(in target: String, atLeast count: Int) throws {
        let folder = Self.sources.appendingPathComponent(target)
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > count)
        var found: [String] = []
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in Self.code(source).enumerated() {
                let shown = line.trimmingCharacters(in: .whitespaces)
                guard !Self.reviewed.contains("\(file): \(shown)") else { continue }
                for pattern in Self.forbidden where line.range(of: pattern, options: .regularExpression) != nil {
                    found.append("\(file):\(number + 1): \(shown)")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    @Test func theScannerFindsWhatItLooksFor() {
        let lines = Self.code("let a = b!.c\nlet d = try! e()\n// f!\nlet g = \"h!\"\nlet i = j != k")
        let hits = lines.map { line in Self.forbidden.contains { line.range(of: $0, options: .regularExpression) != nil } }
        #expect(hits == [true, true, false, false, false])
    }
}
