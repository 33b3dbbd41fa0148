import Testing
@testable import RelGraph

/// How a sentence names the document it was read in.
@Suite("Evidence source")
struct EvidenceSourceTests {
    private func evidence(document: String? = nil, title: String? = nil, date: String? = nil) -> Evidence {
        Evidence(document: document, title: title, date: date, sentence: 0, start: 0, end: 5, text: "Text.")
    }

    @Test("the title wins over the id, then comes the day; a lone article names nothing")
    func wording() {
        #expect(evidence(document: "kyiv-03", title: "Talks resume", date: "2022-03-04").source == "Talks resume, 2022-03-04")
        #expect(evidence(document: "kyiv-03", date: "2022-03-04").source == "kyiv-03, 2022-03-04")
        #expect(evidence(document: "kyiv-03").source == "kyiv-03")
        #expect(evidence(date: "2022-03-04").source == "2022-03-04")
        #expect(evidence().source == nil)
    }

    @Test("evidence differing only by title or address are two, in a fixed order")
    func order() {
        let plain = evidence(document: "a")
        var titled = plain
        titled.title = "T"
        var linked = plain
        linked.url = "https://example.org/a"
        #expect(plain < titled && plain < linked)
        #expect(Evidence.sortedUnique([titled, linked, plain, titled]).count == 3)
    }
}
