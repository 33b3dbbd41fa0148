import Testing
@testable import RelGraph

/// TriggerPattern: byte comparison that answers as `Trigger.matches` does.
@Suite("TriggerPattern")
struct TriggerPatternTests {
    private let trigger = Trigger(type: .sanction, frame: .verb, patterns: ["sanction*"])

    @Test(arguments: ["sanction*", "sanctions", "s'", "rendu", "a*", "négoci*", "*"])
    func agreesWithTriggerMatches(_ source: String) {
        let pattern = TriggerPattern(source)
        for word in ["sanction", "sanctions", "sanctionne", "sanctio", "s'", "rendu", "rendus", "a", "ab", "",
                     "négociation", "negociation", "sanction\u{0301}", "rendu\u{00E9}", "москва", "*"] {
            #expect(pattern.matches(word, of: trigger) == trigger.matches(source, word), "\(source) vs \(word)")
        }
    }

    @Test func keepsItsSource() {
        #expect(TriggerPattern("sanction*").source == "sanction*")
    }
}
