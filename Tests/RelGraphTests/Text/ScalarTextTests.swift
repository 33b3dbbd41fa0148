import Testing
@testable import RelGraph

/// ScalarText: strings rebuilt from runs of the document's scalars.
@Suite("ScalarText")
struct ScalarTextTests {
    @Test(arguments: ["", "Kenya", "Côte d\u{2019}Ivoire", "Be\u{0301}nin", "МОСКВА", "北京", "🇺🇳 flag"])
    func rebuildsTheStringTheScalarsSpell(_ text: String) {
        #expect(ScalarText.string(ArraySlice(text.unicodeScalars)) == text)
        #expect(Array(ScalarText.string(ArraySlice(text.unicodeScalars)).utf8) == Array(text.utf8))
    }

    @Test func slicesInTheMiddleOfAnArray() {
        let scalars = Array("le Kenya et l'Ouganda".unicodeScalars)
        #expect(ScalarText.string(scalars[3..<8]) == "Kenya")
    }

    @Test(arguments: ["", "Kenya", "Côte d\u{2019}Ivoire", "Be\u{0301}nin", "МОСКВА", "北京", "🇺🇳 flag", "ß ŉ ǅ \u{10FFFF}"])
    func decodesTheScalarsOfAString(_ text: String) {
        #expect(ScalarText.scalars(of: text) == Array(text.unicodeScalars))
        let substring = text.dropFirst()
        #expect(ScalarText.scalars(of: substring) == Array(substring.unicodeScalars))
    }
}
