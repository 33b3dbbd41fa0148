import Testing
@testable import RelGraph

/// ScalarClass: letter and case questions with an ASCII fast path.
@Suite("ScalarClass")
struct ScalarClassTests {
    @Test func agreesWithUnicodePropertiesOnASCII() {
        for value in 0..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic)
            #expect(ScalarClass.isUppercase(scalar) == scalar.properties.isUppercase)
        }
    }

    @Test func agreesWithUnicodePropertiesOnLatinLetters() {
        for value in ScalarClass.latinLetters {
            let scalar = Unicode.Scalar(value)!
            #expect(ScalarClass.isLetter(scalar) == scalar.properties.isAlphabetic)
            #expect(ScalarClass.isLatinLetter(value) == scalar.properties.isAlphabetic)
            #expect(scalar.properties.numericType == nil && scalar.properties.generalCategory != .nonspacingMark)
        }
    }

    @Test func usesUnicodePropertiesBeyondASCII() {
        #expect(ScalarClass.isLetter("é") && !ScalarClass.isUppercase("é"))
        #expect(ScalarClass.isUppercase("É") && ScalarClass.isUppercase("Д"))
        #expect(!ScalarClass.isLetter("«") && !ScalarClass.isLetter("\u{2019}"))
    }
}
