import Testing
@testable import RelGraph

/// MentionLists: the actors a sentence writes as one list, and the words between two actors that do not make one.
@Suite("Lists of actors")
struct MentionListsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var language: Language
        var text: String
        var edges: Set<String>
        init(_ language: Language, _ text: String, _ edges: Set<String>) {
            self.language = language
            self.text = text
            self.edges = edges
        }
        var testDescription: String { "[\(language.rawValue)] \(text)" }
    }

    /// "que" joins a list only inside "ainsi que"; after an actor alone it opens a relative clause, whose subject is no
    /// member of the list before it.
    static let relativesAfterAnActor: [Case] = [
        Case(.es, "Kenia condenó las sanciones contra Tanzania que el gobierno ugandés aprobó.",
             ["KEN ACCUSE UGA", "UGA SANCTION TZA", "UGA ACCUSE TZA"]),
        Case(.es, "Kenia respaldó a Tanzania, que el gobierno ugandés acusa de espionaje.", ["KEN SUPPORT TZA"]),
        Case(.fr, "Le Kenya ainsi que l'Ouganda ont condamné la Tanzanie.", ["KEN ACCUSE TZA", "UGA ACCUSE TZA"]),
    ]

    @Test(arguments: relativesAfterAnActor) func aRelativeAfterAnActorEndsTheList(_ example: Case) {
        #expect(Probe.events(example.text, example.language) == example.edges)
    }
}
