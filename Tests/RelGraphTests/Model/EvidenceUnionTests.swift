import Testing
@testable import RelGraph

/// Evidence+Union: sorted, duplicate-free evidence lists cut to a limit.
@Suite("Evidence union")
struct EvidenceUnionTests {
    private func evidence(_ document: String, _ sentence: Int) -> Evidence {
        Evidence(document: document, sentence: sentence, start: sentence * 10, end: sentence * 10 + 9, text: "s\(sentence)")
    }

    private func adding(_ items: [Evidence], to kept: [Evidence], limit: Int?) -> [Evidence] {
        var result = kept
        Evidence.add(items, to: &result, limit: limit)
        return result
    }

    @Test func keptListThatIsFullAndFirstIsKeptAsItIs() {
        let kept = (0..<5).map { evidence("a", $0) }
        let later = [evidence("b", 3), evidence("b", 1), kept[4]]
        #expect(adding(later, to: kept, limit: 5) == kept)
        #expect(adding(later, to: kept, limit: 3) == Array(kept.prefix(3)))
    }

    @Test func laterEvidenceGoesAtTheEnd() {
        let kept = (0..<3).map { evidence("a", $0) }
        let later = [evidence("b", 3), evidence("b", 1), evidence("b", 3)]
        #expect(adding(later, to: kept, limit: nil) == kept + [evidence("b", 1), evidence("b", 3)])
        #expect(adding(later, to: kept, limit: 4) == kept + [evidence("b", 1)])
    }

    /// The shortcut gives what the general union gives, whatever comes in and whatever the limit.
    @Test(arguments: [nil, 0, 1, 2, 4, 5, 8] as [Int?])
    func agreesWithTheGeneralUnion(_ limit: Int?) {
        let kept = Evidence.sortedUnique([evidence("b", 2), evidence("a", 1), evidence("b", 0), evidence("a", 4)])
        let batches = [[], [evidence("c", 0)], [evidence("a", 0), evidence("c", 1)], [evidence("b", 2), evidence("a", 2)],
                        [evidence("a", 1), evidence("a", 1)], [evidence("d", 1), evidence("c", 5), evidence("d", 1)],
                        [evidence("b", 2), evidence("c", 0)]]
        for items in batches {
            #expect(adding(items, to: kept, limit: limit) == Evidence.union(kept, Evidence.sortedUnique(items), limit: limit))
        }
    }
}
