import Testing
@testable import RelGraph

/// TextFolding: the one normalisation every lexicon lookup shares.
@Suite("TextFolding")
struct TextFoldingTests {
    @Test func foldsCaseAndAccentsInFrench() {
        #expect(TextFolding.fold("États-Unis") == "etats-unis")
        #expect(TextFolding.fold("ETATS-UNIS") == "etats-unis")
        #expect(TextFolding.fold("Algérie") == "algerie")
        #expect(TextFolding.fold("Côte d'Ivoire") == "cote d'ivoire")
        #expect(TextFolding.fold("Éthiopie") == "ethiopie")
        #expect(TextFolding.fold("maïs") == "mais")
    }

    @Test func foldsCaseAndAccentsInSpanish() {
        #expect(TextFolding.fold("Perú") == "peru")
        #expect(TextFolding.fold("ESPAÑA") == "espana")
        #expect(TextFolding.fold("Bogotá") == "bogota")
        #expect(TextFolding.fold("según") == "segun")
        #expect(TextFolding.fold("pingüino") == "pinguino")
    }

    /// Folding a word's bytes one by one gives the bytes `fold` writes, or nothing where it needs Unicode's properties.
    @Test func foldedBytesAreTheFoldsBytes() {
        for word in ["Tebboune", "Mohammed ben Salmane", "Łukaszenka", "Ærø", "Dlamini-Zuma", "Vučić", "Erdoğan"] {
            var bytes: [UInt8] = []
            var utf8 = Array(word.utf8)
            let folded = utf8.withUnsafeMutableBufferPointer { buffer in
                TextFolding.forEachFoldedByte(ofUTF8: UnsafeBufferPointer(buffer)) { bytes.append($0) }
            }
            #expect(folded)
            #expect(String(decoding: bytes, as: UTF8.self) == TextFolding.fold(word), "\(word)")
        }
        var greek = Array("Τσίπρας".utf8)
        var called = false
        let folded = greek.withUnsafeMutableBufferPointer { buffer in
            TextFolding.forEachFoldedByte(ofUTF8: UnsafeBufferPointer(buffer)) { _ in called = true }
        }
        #expect(!folded && !called)
    }

    @Test func foldsCaseInEnglish() {
        #expect(TextFolding.fold("South KOREA") == "south korea")
        #expect(TextFolding.fold("NATO") == "nato")
    }

    @Test func otherLatinLetters() {
        #expect(TextFolding.fold("Gdańsk") == "gdansk")
        #expect(TextFolding.fold("Kraków") == "krakow")
        #expect(TextFolding.fold("Türkiye") == "turkiye")
    }

    @Test("every Latin letter folds as Foundation folds it alone")
    func latinTableMatchesFoundationScalarByScalar() {
        for value in UInt32(0xC0)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = String(Character(scalar))
            #expect(TextFolding.fold(letter) == TextFolding.foldedByFoundation(letter), "U+\(String(value, radix: 16))")
        }
    }

    @Test func decomposedAccentsFoldLikePrecomposed() {
        #expect(TextFolding.fold("Be\u{0301}nin") == TextFolding.fold("Bénin"))
        #expect(TextFolding.fold("Be\u{0301}nin") == "benin")
    }

    @Test func typographicApostrophesBecomeAscii() {
        #expect(TextFolding.fold("l\u{2019}Égypte") == "l'egypte")
        #expect(TextFolding.fold("d\u{2018}Alger") == "d'alger")
        #expect(TextFolding.fold("Japan\u{02BC}s") == "japan's")
        #expect(TextFolding.fold("l'Égypte") == "l'egypte")
    }

    @Test func nonBreakingHyphensBecomeAscii() {
        #expect(TextFolding.fold("germano\u{2011}polonais") == "germano-polonais")
        #expect(TextFolding.fold("vice\u{2010}ministre") == "vice-ministre")
    }

    @Test func asciiPunctuationAndDigitsUnchanged() {
        #expect(TextFolding.fold("G20, 2024!") == "g20, 2024!")
    }

    @Test func foldingIsIdempotent() {
        for word in ["Émirats arabes unis", "PAÍSES", "Kenya\u{2019}s", "Žilina"] {
            let once = TextFolding.fold(word)
            #expect(TextFolding.fold(once) == once)
        }
    }

    @Test func nonLatinScriptsAreLowercased() {
        #expect(TextFolding.fold("МОСКВА") == "москва")
    }

    @Test(arguments: ["États-Unis", "NATO", "Be\u{0301}nin", "l\u{2019}Égypte", "vice\u{2010}ministre", "МОСКВА",
                      "Žilina", "G20, 2024!", "ESPAÑA", "\u{00B4}", ""])
    func foldingScalarsMatchesFoldingTheString(_ text: String) {
        #expect(TextFolding.fold(ArraySlice(text.unicodeScalars)) == TextFolding.fold(text))
    }

    /// A token's scalars take the table path; a String the general one: both fold every Latin letter,
    /// sign and typographic mark alike.
    @Test func scalarsFoldAsTheirStringDoes() {
        let values = Array(UInt32(0x80)...UInt32(0x2FF)) + [0x2010, 0x2011, 0x2018, 0x2019, 0x201C, 0x2014, 0x00AB]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let word: [Unicode.Scalar] = ["A", scalar, "b"]
            let text = String(String.UnicodeScalarView(word))
            #expect(TextFolding.fold(word[...]) == TextFolding.fold(text), "U+\(String(value, radix: 16))")
        }
    }
}
