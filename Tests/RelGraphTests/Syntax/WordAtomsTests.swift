import Testing
@testable import RelGraph

/// WordAtoms: the Latin-1 letters, read without the Unicode tables, fold and shape as Unicode says.
@Suite("WordAtoms")
struct WordAtomsTests {
    /// Every capital of Latin-1 shares its form with its small letter, and both shape as the ASCII letters do.
    @Test func latinOneLettersFoldAndShapeLikeUnicodeSays() {
        let capital = WordAtoms("A"), small = WordAtoms("a")
        for value in UInt32(0xC0)...0xFF where value != 0xD7 && value != 0xF7 {
            let scalar = Unicode.Scalar(value)!
            let atoms = WordAtoms(String(scalar))
            if scalar.properties.isUppercase {
                let lowered = WordAtoms(String(scalar).lowercased())
                #expect(atoms.form == lowered.form, "U+\(String(value, radix: 16))")
                #expect(atoms.shape == capital.shape, "U+\(String(value, radix: 16))")
            } else {
                #expect(scalar.properties.isLowercase && scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
                #expect(atoms.shape == small.shape, "U+\(String(value, radix: 16))")
            }
            #expect(!atoms.isPunctuation)
        }
    }

    @Test func aCapitalizedWordShapesApartFromItsCapitalsAndSmallLetters() {
        #expect(WordAtoms("École").form == WordAtoms("école").form)
        #expect(WordAtoms("École").shape == WordAtoms("Ecole").shape)
        #expect(WordAtoms("ÉCOLE").shape == WordAtoms("ECOLE").shape)
        #expect(WordAtoms("école").shape == WordAtoms("ecole").shape)
        #expect(WordAtoms("×").isPunctuation)
    }
}
