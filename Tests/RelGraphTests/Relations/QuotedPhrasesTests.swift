import Testing
@testable import RelGraph

/// QuotedPhrases: the quote marks of a few words quoted inside a sentence cling to those words.
@Suite("Quoted phrases")
struct QuotedPhrasesTests {
    /// The clinging spans of the text's first sentence, each written as its tokens.
    private func clinging(_ text: String) -> [String] {
        let document = Document(text: text, language: .en)
        return QuotedPhrases.clinging(document.tokens, in: document.sentences[0].tokenRange, outside: TokenMask([])).map { span in
            span.map { document.tokens[$0].text }.joined(separator: " ")
        }
    }

    @Test func marksClingToTheFirstAndLastWordsOfAShortQuote() {
        #expect(clinging("Kenya said it \"strongly condemns\" the raid.") == ["\" strongly", "condemns \""])
        #expect(clinging("Kenya said it would “respond firmly and effectively” to the raid.") == ["“ respond", "effectively ”"])
        #expect(clinging("Kenya called the raid 'illegal' on Monday.") == ["' illegal '"])
        // The full stop or comma English writes inside the marks closes the phrase with them.
        #expect(clinging("Kenya thanked Chile for helping it \"return its lands.\"") == ["\" return", ". \""])
        // After a possessive, which is a token of its own, the quote names the thing owned.
        #expect(clinging("Kenya condemned Uganda's “reckless acts” at the border.") == ["“ reckless", "acts ”"])
    }

    /// Angle quotes around a few words, as Spanish and French write them, cling as curly ones do.
    @Test func angleQuotesClingToo() {
        #expect(clinging("Kenya presentó su «enérgica protesta» ante Uganda.") == ["« enérgica", "protesta »"])
        #expect(clinging("Kenya a dénoncé les « provocations » de l'Ouganda.") == ["« provocations »"])
        #expect(Probe.events("Kenia presentó su «enérgica protesta» ante Uganda.", .es) == ["KEN ACCUSE UGA"])
    }

    @Test func aQuotationIsToldFromTheTextAroundIt() {
        let document = Document(text: "\"The council met and it agreed,\" the envoy said, and it left.", language: .en)
        let tokens = document.tokens
        let its = tokens.indices.filter { tokens[$0].text == "it" }
        #expect(QuotedPhrases.isQuoted(tokens, at: its[0], from: 0))
        #expect(!QuotedPhrases.isQuoted(tokens, at: its[1], from: 0))
    }

    /// A longer quote opened on a word in lower case goes on with its clause: only its opening mark clings.
    @Test func aLongQuoteInsideItsClauseClingsByItsOpeningMark() {
        #expect(clinging("Kenya \"demanded that the Ugandan authorities free the fishermen without delay and return their boats,\" the agency said.")
                == ["\" demanded"])
        #expect(clinging("Kenya said it \"will respond to this raid with all the means it has\" on Monday.") == ["\" will"])
        // A possessive's lone apostrophe opens nothing.
        #expect(clinging("The Islands' decision to sign a security pact with Kenya will not hurt anyone, the minister said.") == [])
        #expect(Probe.events("Kofi Mensah \"demanded that the Togolese authorities free the fishermen without delay and return their boats,\" the agency reported.", .en)
                == ["person:kofi-mensah REQUEST TGO"])
    }

    @Test func aQuotedClauseIsLeftAlone() {
        #expect(clinging("\"We condemn the raid,\" Kenya said.") == [])
        #expect(clinging("Kenya said: \"We condemn the raid.\"") == [])
    }

    @Test func aQuoteTouchingANameIsLeftAlone() {
        let document = Document(text: "Kenya condemned the \"Uganda raid\" on Monday.", language: .en)
        let name = document.tokens.firstIndex { $0.text == "Uganda" }!
        #expect(QuotedPhrases.clinging(document.tokens, in: document.sentences[0].tokenRange,
                                       outside: TokenMask([name..<name + 1])).isEmpty)
    }
}
