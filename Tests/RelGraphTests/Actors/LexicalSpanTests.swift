import Testing
@testable import RelGraph

/// SentenceSpans: spans of a sentence found by the token they start at or cover.
@Suite("SentenceSpans")
struct SentenceSpansTests {
    private let entry = LexiconEntry(surface: "Kenya", key: "KEN", form: .stateName)

    @Test func findsSpansByStartAndCoverage() {
        let spans = SentenceSpans([LexicalSpan(range: 10..<12, entry: entry), LexicalSpan(range: 14..<15, entry: entry)])
        #expect(spans.starting(at: 10)?.range == 10..<12)
        #expect(spans.starting(at: 11) == nil)
        #expect(spans.covering(11)?.range == 10..<12)
        #expect(spans.covering(14)?.range == 14..<15)
        for token in [0, 9, 12, 13, 15, 100] { #expect(spans.covering(token) == nil && spans.starting(at: token) == nil) }
        for token in [0, 9, 12, 13, 15, 100] { #expect(!spans.covers(token)) }
        for token in [10, 11, 14] { #expect(spans.covers(token)) }
    }

    @Test func emptySentenceHasNoSpans() {
        let spans = SentenceSpans([])
        #expect(spans.covering(0) == nil && spans.starting(at: 3) == nil)
    }
}
