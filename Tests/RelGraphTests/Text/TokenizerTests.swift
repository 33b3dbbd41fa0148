import Testing
@testable import RelGraph

/// Tokenizer: word, number and punctuation tokens with Unicode scalar offsets,
/// French elisions, English possessives, hyphenated words and dotted acronyms.
@Suite("Tokenizer")
struct TokenizerTests {
    private func tokens(_ text: String) -> [Token] {
        Tokenizer.tokenize(Array(text.unicodeScalars))
    }

    private func texts(_ text: String) -> [String] {
        tokens(text).map(\.text)
    }

    @Test func frenchElisionSplitsAfterApostrophe() {
        #expect(texts("l'armée marocaine") == ["l'", "armée", "marocaine"])
        #expect(texts("d'Algérie") == ["d'", "Algérie"])
        #expect(texts("qu'il") == ["qu'", "il"])
        #expect(texts("jusqu'à Rabat") == ["jusqu'", "à", "Rabat"])
    }

    /// "d'« occuper »": the elided word is quoted; the elision is still a word, and the quote a punctuation token.
    @Test func anElisionBeforeAQuoteIsAWord() {
        #expect(texts("d'« occuper »") == ["d'", "«", "occuper", "»"])
        #expect(texts("l'\"accord\"") == ["l'", "\"", "accord", "\""])
        #expect(texts("qu' « il »") == ["qu'", "«", "il", "»"])
        // An apostrophe closing a quoted word is no elision.
        #expect(texts("'Oslo' was") == ["'", "Oslo", "'", "was"])
    }

    @Test func typographicApostropheElisionFoldsToAscii() {
        let result = tokens("l\u{2019}Éthiopie")
        #expect(result.map(\.text) == ["l\u{2019}", "Éthiopie"])
        #expect(result.map(\.folded) == ["l'", "ethiopie"])
    }

    @Test func englishPossessiveIsItsOwnToken() {
        #expect(texts("Japan's foreign minister") == ["Japan", "'s", "foreign", "minister"])
        #expect(texts("Kenya\u{2019}s army") == ["Kenya", "\u{2019}s", "army"])
        #expect(texts("Poland's") == ["Poland", "'s"])
    }

    @Test func contractionsThatAreNotPossessivesStayWhole() {
        #expect(texts("Seoul didn't") == ["Seoul", "didn't"])
        #expect(texts("O'Brien said") == ["O'Brien", "said"])
    }

    @Test func hyphenatedWordsStayWhole() {
        #expect(texts("les relations germano-polonaises") == ["les", "relations", "germano-polonaises"])
        #expect(texts("le vice-ministre") == ["le", "vice-ministre"])
        #expect(texts("Guinée-Bissau") == ["Guinée-Bissau"])
        #expect(texts("a Japan-South Korea summit") == ["a", "Japan-South", "Korea", "summit"])
    }

    @Test func aDottedAbbreviationJoinedByAHyphenIsOneWord() {
        #expect(texts("a U.S.-backed plan") == ["a", "U.S.-backed", "plan"])
        #expect(texts("the U.K.-led force.") == ["the", "U.K.-led", "force", "."])
        // A full stop that ends a sentence before a dash stays apart.
        #expect(texts("in the U.S. - and elsewhere") == ["in", "the", "U.S", ".", "-", "and", "elsewhere"])
    }

    @Test func trailingHyphenIsPunctuation() {
        #expect(texts("pro- et anti-") == ["pro", "-", "et", "anti", "-"])
    }

    @Test func dottedAcronymsStayWhole() {
        #expect(texts("the U.S. and Brazil") == ["the", "U.S", ".", "and", "Brazil"])
        #expect(texts("los EE.UU. y Argentina") == ["los", "EE.UU", ".", "y", "Argentina"])
        #expect(texts("U.K.") == ["U.K", "."])
    }

    @Test func fullStopBetweenLowercaseWordsIsPunctuation() {
        #expect(texts("Rabat.Alger") == ["Rabat", ".", "Alger"])
        #expect(texts("fin.Le") == ["fin", ".", "Le"])
    }

    @Test func kindsAreWordNumberPunctuation() {
        let result = tokens("En 2023, Nairobi a signé.")
        #expect(result.map(\.kind) == [.word, .number, .punctuation, .word, .word, .word, .punctuation])
    }

    @Test func runsOfDotsAreOneToken() {
        #expect(texts("Et puis... rien") == ["Et", "puis", "...", "rien"])
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Le Brésil 🇧🇷 et l’Argentine ont signé."
        let scalars = Array(text.unicodeScalars)
        for token in tokens(text) {
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == token.text)
        }
        let argentine = tokens(text).first { $0.text == "Argentine" }
        // "Le Brésil " = 10 scalars, the flag is two regional indicators, then " et l’" = 6.
        #expect(argentine?.start == 18)
        #expect(argentine?.end == 27)
    }

    @Test func combiningAccentsStayInsideTheWord() {
        // "Bogotá" with a combining acute accent (decomposed form).
        let text = "Bogota\u{0301} respalda"
        let result = tokens(text)
        #expect(result.count == 2)
        #expect(result[0].text == "Bogota\u{0301}")
        #expect(result[0].folded == "bogota")
        #expect(result[0].end == 7)
    }

    @Test func lineBreaksAreRecorded() {
        let result = tokens("Titre du jour\nLe texte commence")
        #expect(result.map(\.followsLineBreak) == [false, false, false, true, false, false])
    }

    @Test func capitalisationAndAcronymFlags() {
        let result = tokens("OTAN Nairobi nato U.S")
        #expect(result.map(\.isCapitalized) == [true, true, false, true])
        #expect(result.map(\.isAllCaps) == [true, false, false, true])
    }

    /// A token whose text is its own folded form shares it; the others are folded as before.
    @Test func tokensThatAreTheirOwnFoldedForm() {
        #expect(Tokenizer.asciiShape(ArraySlice("kenya".unicodeScalars))?.hasCapitals == false)
        #expect(Tokenizer.asciiShape(ArraySlice("'s".unicodeScalars))?.hasCapitals == false)
        #expect(Tokenizer.asciiShape(ArraySlice("Kenya".unicodeScalars))?.hasCapitals == true)
        #expect(Tokenizer.asciiShape(ArraySlice("bénin".unicodeScalars)) == nil)
        for token in Tokenizer.tokenize(Array("Le Kenya, l'Ouganda et le bénin ont signé 3 accords.".unicodeScalars)) {
            #expect(token.folded == TextFolding.fold(token.text))
        }
    }

    /// The flags the tokenizer sets are what reading the token's strings says: all-ASCII text, a hyphen in the
    /// folded form (typographic hyphens fold to one).
    @Test func asciiAndHyphenFlagsAgreeWithTheStrings() {
        let text = "Les États-Unis et la Russie-Venezuela — russo\u{2010}ukrainiens, US-China, 1-2 - al-Assad ; vice‑premier 3,5."
        for token in Tokenizer.tokenize(Array(text.unicodeScalars)) {
            #expect(token.isASCII == token.text.utf8.allSatisfy { $0 < 0x80 }, "\(token.text)")
            #expect(token.isHyphenated == token.folded.utf8.contains(UInt8(ascii: "-")), "\(token.text)")
        }
    }

    /// The tokenizer's hash of an ASCII token is the word lists' hash of its folded form.
    @Test func foldedHashOfASCIIScalarsIsTheWordKeyHash() {
        for word in ["", "kenya", "Kenya", "U.S", "'s", "OTAN-2024", "l'"] {
            #expect(Tokenizer.asciiShape(ArraySlice(word.unicodeScalars))?.foldedHash == WordKey.asciiHash(TextFolding.fold(word)))
        }
        #expect(Tokenizer.asciiShape(ArraySlice("Bénin".unicodeScalars)) == nil)
    }

    /// The Latin-1 signs and General Punctuation are answered without Unicode's tables: the answers must be the tables'.
    @Test func punctuationBlocksClassifyAsUnicodeDoes() {
        for value in Array(UInt32(0x80)..<UInt32(0xC0)) + Array(UInt32(0x2000)...UInt32(0x206F)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            let expected = properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            #expect(Tokenizer.isWordScalar(scalar) == expected, "U+\(String(value, radix: 16))")
        }
    }
}
