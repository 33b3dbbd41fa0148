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

/// WordPrefix and PatternPrefix: the quick rejection never refuses a word `Trigger.matches` accepts.
@Suite("PatternPrefix")
struct PatternPrefixTests {
    private let trigger = Trigger(type: .sanction, frame: .verb, patterns: ["x"])
    private let sources = ["sanction*", "sanctions", "s'", "a*", "*", "", "cooperation-militaire*",
                           "exactly-sixteen!", "longer-than-sixteen-bytes", "négoci*", "verylongstemmorethan16*"]
    private let words = ["sanction", "sanctions", "sanctionne", "sanctio", "s'", "s", "a", "ab", "", "*",
                         "cooperation-militaire", "cooperation-militaires", "exactly-sixteen!", "exactly-sixteen?",
                         "longer-than-sixteen-bytes", "longer-than-sixteen-bytez", "négociation", "negociation",
                         "sanction\u{0301}", "verylongstemmorethan16abc", "verylongstemmorethan1"]

    @Test func neverRejectsAMatch() {
        for source in sources {
            let pattern = TriggerPattern(source)
            for word in words {
                let rejected = pattern.quickCheck.rejects(WordPrefix(word), wordIsASCII: word.utf8.allSatisfy { $0 < 0x80 })
                if rejected { #expect(!trigger.matches(source, word), "\(source) rejected \(word)") }
            }
        }
    }

    @Test func rejectsPlainMismatches() {
        let stem = TriggerPattern("sanction*").quickCheck
        #expect(stem.rejects(WordPrefix("soutien"), wordIsASCII: true))
        #expect(stem.rejects(WordPrefix("sanc"), wordIsASCII: true))
        #expect(!stem.rejects(WordPrefix("sanctions"), wordIsASCII: true))
        let word = TriggerPattern("rendu").quickCheck
        #expect(word.rejects(WordPrefix("rendus"), wordIsASCII: true))
        #expect(!word.rejects(WordPrefix("rendu"), wordIsASCII: true))
        #expect(!word.rejects(WordPrefix("rendü"), wordIsASCII: false))
    }
}
