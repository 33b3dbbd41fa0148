import Testing
@testable import RelGraph

/// ArgumentFrame and ArgumentDefaults: frame rows are read as written, every built-in row is valid, and a trigger's
/// own arguments win over the defaults.
@Suite("Argument frames")
struct ArgumentFrameTests {
    @Test func readsRolesInOrderWithFlags() throws {
        let frame = try #require(ArgumentFrame("source=subject|poss target=object|with|between|clause-object places mutual"))
        #expect(frame.sources == [.subject, .possessor])
        #expect(frame.targets == [.object, .preposition("with"), .between, .clauseObject])
        #expect(frame.places && frame.mutual)
    }

    /// A preposition after `clause-` names an oblique of the trigger's clause; the bare prefix is a plain preposition.
    @Test func readsAClausePreposition() throws {
        let frame = try #require(ArgumentFrame("source=subject target=clause-object|clause-Against|clause-"))
        #expect(frame.targets == [.clauseObject, .clausePreposition("against"), .preposition("clause-")])
    }

    /// An envoy read from the object is the source when the source is read there ("X's ambassador was recalled"), the
    /// target otherwise ("the ambassador was summoned").
    @Test func envoysAreSourcesOnlyWhenTheSourceIsTheObject() throws {
        let recall = try #require(ArgumentFrame("source=object target=from|host envoys passive"))
        let summons = try #require(ArgumentFrame("source=subject target=object envoys"))
        let plain = try #require(ArgumentFrame("source=object target=from"))
        #expect(recall.envoysAreSources)
        #expect(!summons.envoysAreSources)
        #expect(!plain.envoysAreSources)
    }

    @Test func readsTheFlagsThatRestrictTargetsAndTheAidRole() throws {
        let frame = try #require(ArgumentFrame("source=subject target=object|purpose-clause-object persons organizations"))
        #expect(frame.targets == [.object, .purposeClauseObject])
        #expect(frame.persons && frame.organizations && !frame.envoys)
        #expect(try #require(ArgumentFrame("source=subject target=object")).persons == false)
    }

    @Test func foldsPrepositionsAndReadsEntreAsBetween() throws {
        let frame = try #require(ArgumentFrame("source=subject target=À|entre"))
        #expect(frame.targets == [.preposition("a"), .between])
    }

    @Test(arguments: ["source=subject", "target=object", "source=subject target=object extra", "origin=x target=y"])
    func refusesIncompleteFrames(_ text: String) {
        #expect(ArgumentFrame(text[...]) == nil)
    }

    @Test func everyDefaultRowIsReadAndEveryLanguageHasEveryKind() {
        let rowCount = ArgumentDefaults.table.split(separator: "\n").count
        #expect(ArgumentDefaults.rows.count == rowCount)
        for language in Language.allCases {
            let kinds = Set(ArgumentDefaults.rows.filter { $0.language == language }.map(\.kind))
            #expect(kinds == [.verb, .noun, .visit, .receive, .deny, .reciprocal, .charge], "\(language)")
        }
    }

    @Test func specificRowsComeBeforeTheGeneralOne() {
        let consult = Trigger(type: .consult, frame: .verb, patterns: ["met"])
        let sanction = Trigger(type: .sanction, frame: .verb, patterns: ["sanction*"])
        #expect(ArgumentDefaults.frame(for: consult, in: .en).targets.contains(.preposition("with")))
        #expect(ArgumentDefaults.frame(for: sanction, in: .en).targets.first == .object)
    }

    @Test func aTriggersOwnArgumentsWin() throws {
        let own = try #require(ArgumentFrame("source=from target=subject"))
        let trigger = Trigger(type: .aid, frame: .verb, patterns: ["got"], arguments: own)
        #expect(ArgumentDefaults.frame(for: trigger, in: .en) == own)
    }

    @Test func triggerRowsWithArgumentsKeepThem() {
        // Every built-in trigger has arguments: its own, or the defaults of its language, kind and type.
        for language in Language.allCases {
            for trigger in TriggerLexicon.triggers(language) {
                #expect(!ArgumentDefaults.frame(for: trigger, in: language).sources.isEmpty)
            }
        }
    }
}
