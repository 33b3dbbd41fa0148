import Testing
@testable import RelGraph

/// The folded forms written into the sources (`make foundation-tables`) are Foundation's, one per scalar of the range.
@Suite("Latin fold table")
struct LatinFoldTableTests {
    @Test func oneFormPerScalarOfTheRange() {
        #expect(LatinFoldTable.forms.count == TextFolding.latinRange.count)
    }

    @Test func formsAreFoundations() {
        for (value, form) in zip(TextFolding.latinRange, LatinFoldTable.forms) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let letter = String(Character(scalar))
            #expect(form == TextFolding.foldedByFoundation(letter),
                    "U+\(String(value, radix: 16)): run `make foundation-tables`")
        }
    }
}
