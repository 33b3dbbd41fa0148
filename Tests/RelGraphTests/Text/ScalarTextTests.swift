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

    @Test(arguments: ["", "Kenya", "Côte d\u{2019}Ivoire", "Be\u{0301}nin", "МОСКВА", "北京", "🇺🇳 flag", "ß ŉ ǅ \u{10FFFF}"])
    func recordsWhereEachScalarStartsInTheUTF8(_ text: String) {
        let substring = text.dropFirst()
        let (scalars, offsets) = ScalarText.scalarsAndOffsets(of: substring)
        #expect(scalars == Array(substring.unicodeScalars))
        var expected: [UInt32] = []
        var offset = 0
        for scalar in substring.unicodeScalars {
            expected.append(UInt32(offset))
            offset += UTF8.width(scalar)
        }
        #expect(offsets == expected + [UInt32(substring.utf8.count)])
    }

    /// A document cuts its text from the bytes it was read from: the same scalars as its scalar array spells.
    @Test func documentTextMatchesItsScalars() {
        let article = "Préambule. Le président de la Côte d\u{2019}Ivoire a rencontré 習近平 à Pékin 🇨🇳. Be\u{0301}nin suit."
        for text in [Substring(article), article.dropFirst(3)] {
            let document = Document(text: text, language: .en)
            for start in stride(from: 0, through: document.scalars.count, by: 3) {
                for end in [start, start + 1, start + 7, document.scalars.count + 5] where end >= start {
                    let expected = ScalarText.string(document.scalars[start..<min(end, document.scalars.count)])
                    #expect(document.text(start, end) == expected)
                }
            }
            for sentence in document.sentences {
                #expect(Array(document.text(of: sentence).unicodeScalars) == Array(document.scalars[sentence.start..<sentence.end]))
            }
        }
    }
}
