import Testing
@testable import RelGraph

/// Token: per-token facts the rules read, computed without Unicode property lookups where the text is ASCII.
@Suite("Token facts")
struct TokenFactsTests {
    private func token(_ text: String) -> Token { Tokenizer.tokenize(Array(text.unicodeScalars))[0] }

    @Test func asciiAndNot() {
        #expect(token("Kenya").isASCII)
        #expect(!token("Bénin").isASCII)
        #expect(!token("œuvre").isASCII)
    }

    @Test func foldedHashIsTheWordKeyHash() {
        #expect(token("Kenya").foldedHash == WordKey("kenya").hash)
        #expect(token("Bénin").foldedHash == WordKey("benin").hash)
        #expect(token("Москва").foldedHash == nil)
    }

    @Test func capitalsAndAcronyms() {
        #expect(token("Kenya").isCapitalized && !token("kenya").isCapitalized)
        #expect(token("Éthiopie").isCapitalized)
        #expect(token("OTAN").isAllCaps && !token("Otan").isAllCaps && !token("A").isAllCaps)
        #expect(token("ÉTATS").isAllCaps)
        #expect(!token("«").isCapitalized && !token("123").isCapitalized && token("Ñandú").isCapitalized)
    }

    @Test func hyphenatedWords() {
        #expect(token("russo-ukrainien").isHyphenated && token("États-Unis").isHyphenated)
        #expect(!token("Kenya").isHyphenated && !token("l'").isHyphenated)
        #expect(token("vice\u{2011}premier").isHyphenated)
    }
}
