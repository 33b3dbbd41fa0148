import Testing
@testable import RelGraph

/// Event ids come from what the event is, so the same event from two articles is one group.
@Suite("Event groups")
struct EventGroupTests {
    private let members = ["ETH", "SOM", "UGA"]

    @Test("an id is event- and sixteen hex digits")
    func format() {
        let id = EventGroup.id(type: .consult, source: "KEN", participants: members)
        #expect(id.hasPrefix("event-"))
        #expect(id.dropFirst(6).count == 16)
        #expect(id.dropFirst(6).allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test("the order and repetition of participants do not change the id")
    func participantsAsASet() {
        let id = EventGroup.id(type: .consult, source: "KEN", participants: members)
        #expect(EventGroup.id(type: .consult, source: "KEN", participants: ["UGA", "ETH", "SOM", "ETH"]) == id)
    }

    @Test("another type, convener or participant is another event")
    func contentChangesTheID() {
        let id = EventGroup.id(type: .consult, source: "KEN", participants: members)
        #expect(EventGroup.id(type: .cooperate, source: "KEN", participants: members) != id)
        #expect(EventGroup.id(type: .consult, source: "TZA", participants: members) != id)
        #expect(EventGroup.id(type: .consult, source: "KEN", participants: members + ["TZA"]) != id)
        // Field boundaries count: "AB" + "C" is not "A" + "BC".
        #expect(EventGroup.id(type: .consult, source: "AB", participants: ["C"])
                != EventGroup.id(type: .consult, source: "A", participants: ["BC"]))
    }

    @Test("the content initialiser names the group by its content and sorts its participants")
    func contentInitialiser() {
        let group = EventGroup(type: .consult, source: "KEN", participants: ["UGA", "ETH", "SOM"])
        #expect(group.participants == members)
        #expect(group.id == EventGroup.id(type: .consult, source: "KEN", participants: members))
    }

    @Test("the same event added twice keeps one group, its evidence from both, within the limit")
    func mergingTheSameEvent() {
        func statement(_ document: String) -> EventGroup {
            EventGroup(type: .consult, source: "KEN", participants: members,
                       evidence: [Evidence(document: document, sentence: 0, start: 0, end: 10, text: "Kenya met them.")])
        }
        var graph = RelationGraph()
        for document in ["c", "a", "b"] { graph.add(statement(document), evidenceLimit: 2) }
        #expect(graph.groups.count == 1)
        #expect(graph.groups.first?.evidence.compactMap(\.document) == ["a", "b"])
    }
}
