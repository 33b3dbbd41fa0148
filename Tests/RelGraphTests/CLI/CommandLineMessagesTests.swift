import Testing
@testable import RelGraph
@testable import RelGraphCLI

/// The library's messages name no option; the command line's name the option that is the remedy.
@Suite("Command-line messages")
struct CommandLineMessagesTests {
    static let inputErrors: [InputError] = [
        .tooLarge("a.txt", bytes: 20, limit: 10), .tooLarge("-", bytes: nil, limit: 10), .lineTooLong("c.jsonl", line: 3, limit: 10),
        .noMatchingFiles("news/", glob: "*.txt"), .badGraph("g.json", reason: "it is not a relgraph graph"),
        .noDatedDocument(period: "week", undated: 2),
    ]

    @Test func libraryMessagesNameNoOption() {
        let messages = Self.inputErrors.map(\.description) + [
            OutputError.unknownExtension("g.xyz").description,
            RenderError.layoutFailed(engine: "dot", message: "trouble").description,
            RenderError.bitmapTooLarge(width: 40_000, height: 40_000).description,
            RenderError.bitmapOutOfMemory(width: 8_000, height: 8_000, bytes: 256 << 20).description,
            LeftOutDocuments.undated(2, byDateFilter: true).description,
            LeftOutDocuments.undated(1, byDateFilter: false).description,
        ]
        for message in messages { #expect(!message.contains("--") && !message.contains("-o "), "\(message)") }
    }

    @Test func commandLineMessagesNameTheOption() {
        #expect(InputError.tooLarge("-", bytes: nil, limit: 1000).commandLineMessage
            == "cannot read '-': it holds more than the limit of 1000 bytes; split the input or raise --max-input-bytes")
        #expect(InputError.noMatchingFiles("news/", glob: "*.txt").commandLineMessage.hasSuffix("give --glob or the files themselves"))
        #expect(InputError.noDatedDocument(period: "week", undated: 1).commandLineMessage
            == "--by week found no dated document (1 undated): give JSON Lines records with a \"date\" (YYYY-MM-DD), or leave out --by")
        #expect(OutputError.unknownExtension("g.xyz").commandLineMessage.hasSuffix(", or give --format"))
        #expect(RenderError.layoutFailed(engine: "dot", message: "").commandLineMessage.hasSuffix("(--layout neato or --layout sfdp)."))
        #expect(RenderError.bitmapTooLarge(width: 40_000, height: 40_000).commandLineMessage.contains("(--top N, --actor ID)"))
        #expect(LeftOutDocuments.undated(2, byDateFilter: true).commandLineMessage
            == "left out 2 undated documents: with --since or --until only dated documents are read (JSON Lines records with a \"date\")")
    }

    @Test func otherMessagesAreTheLibrarys() {
        let notFound = InputError.notFound("a.txt")
        #expect(notFound.commandLineMessage == notFound.description)
        let other = LeftOutDocuments.otherLanguages(["de": 2])
        #expect(other.commandLineMessage == other.description)
    }
}
