import Foundation
import Testing
@testable import RelGraph

/// Text shown on a terminal cannot drive it.
@Suite("TerminalText")
struct TerminalTextTests {
    @Test func controlSequencesAreRemovedLineBreaksAndTabsKept() {
        #expect(TerminalText.printable("a\u{1B}]0;title\u{7}b\u{1B}[2Jc\u{9B}31md\u{7F}\te\nf") == "a]0;titleb[2Jc31md\te\nf")
        #expect(TerminalText.printable("Équateur, 日本") == "Équateur, 日本")
    }

    @Test("bytes lose what the text loses, C1 controls as their two UTF-8 bytes; other characters stay whole")
    func bytesLikeText() {
        let text = "a\u{1B}]0;title\u{7}b\u{1B}[2Jc\u{9B}31md\u{7F}\te\r\nf Équateur \u{85}日本 \u{A0}"
        #expect(TerminalText.printable(utf8: Data(text.utf8)) == Data(TerminalText.printable(text).utf8))
        #expect(TerminalText.printable(utf8: Data("Équateur, 日本\n".utf8)) == Data("Équateur, 日本\n".utf8))
        #expect(TerminalText.printable(utf8: Data([0xC2])) == Data([0xC2]), "a lone lead byte at the end is left to the terminal")
    }

    @Test("a name that is not UTF-8 is shown with its other bytes as \\xE9")
    func bytesOfAName() {
        #expect(TerminalText.printable(bytes: Array("caf".utf8) + [0xE9, 0x1B] + Array(".txt".utf8)) == #"caf\xE9\x1B.txt"#)
    }
}
