import Testing
@testable import RelGraph

@Suite("Spanish enclitics")
struct EncliticsTests {
    private func forms(_ word: String) -> [String]? {
        Enclitics.split(word)?.map(\.form)
    }

    @Test("Infinitives and gerunds with one or two pronouns", arguments: [
        ("apoyarlos", ["apoyar", "los"]), ("irse", ["ir", "se"]), ("hacerlo", ["hacer", "lo"]),
        ("convirtiéndose", ["convirtiendo", "se"]), ("dárselo", ["dar", "se", "lo"]), ("decírmelo", ["decir", "me", "lo"]),
        ("Basándose", ["Basando", "se"]), ("oírlo", ["oír", "lo"]), ("dándonos", ["dando", "nos"]),
    ])
    func verbs(_ word: String, _ expected: [String]) {
        #expect(forms(word) == expected)
    }

    @Test("Each part knows how many scalars of the word it is written as")
    func lengths() {
        #expect(Enclitics.split("dárselo")?.map(\.length) == [3, 2, 2])
    }

    @Test("Words that only look like a verb with pronouns", arguments: [
        "parte", "fuerte", "firme", "internos", "Carlos", "Parla", "dime", "casa", "RELAJARSE", "se",
    ])
    func others(_ word: String) {
        #expect(forms(word) == nil)
    }
}
