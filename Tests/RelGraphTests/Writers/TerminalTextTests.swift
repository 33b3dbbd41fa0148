import Testing
@testable import RelGraph

/// Text shown on a terminal cannot drive it.
@Suite("TerminalText")
struct TerminalTextTests {
    @Test func controlSequencesAreRemovedLineBreaksAndTabsKept() {
        #expect(TerminalText.printable("a\u{1B}]0;title\u{7}b\u{1B}[2Jc\u{9B}31md\u{7F}\te\nf") == "a]0;titleb[2Jc31md\te\nf")
        #expect(TerminalText.printable("Équateur, 日本") == "Équateur, 日本")
    }
}
