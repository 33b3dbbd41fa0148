import Foundation
import Testing
@testable import RelGraph

/// Articles and lexicons decode whatever encoding they were saved in; one bad byte spoils one line.
@Suite("TextDecoding")
struct TextDecodingTests {
    private func decode(_ bytes: [UInt8]) throws -> DecodedText {
        try ArticleReader.decodeText(Data(bytes), name: "x")
    }

    @Test("a stray Windows-1252 byte spoils its own line only, and the line is named")
    func perLineFallback() throws {
        let bytes = Array("Le Brésil soutient l’Équateur.\n".utf8) + Array("Caf".utf8) + [0xE9, 0x2E, 0x0A] + Array("La Suède aussi.".utf8)
        let decoded = try decode(bytes)
        #expect(decoded.text == "Le Brésil soutient l’Équateur.\nCafé.\nLa Suède aussi.")
        #expect(decoded.windows1252Lines == [2])
        #expect(try decode(Array("Café\n".utf8)).windows1252Lines.isEmpty)
    }

    @Test("UTF-32 with a byte order mark, either order, is not read as UTF-16")
    func utf32() throws {
        let text = "La Suède soutient l’Équateur 🙂."
        let little: [UInt8] = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { scalar in (0..<4).map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) } }
        let big: [UInt8] = [0, 0, 0xFE, 0xFF] + text.unicodeScalars.flatMap { scalar in (0..<4).reversed().map { UInt8(truncatingIfNeeded: scalar.value >> (8 * $0)) } }
        #expect(try decode(little).text == text)
        #expect(try decode(big).text == text)
    }

    @Test("UTF-16 with a lone surrogate keeps the article, the surrogate replaced")
    func utf16LoneSurrogate() throws {
        let units: [UInt16] = Array("La France ".utf16) + [0xD800] + Array(" soutient le Brésil.".utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
        #expect(try decode(little).text == "La France \u{FFFD} soutient le Brésil.")
        #expect(try decode(big).text == "La France \u{FFFD} soutient le Brésil.")
    }

    @Test("binary data is still refused, in UTF-8 and behind a byte order mark")
    func binary() {
        #expect(throws: InputError.binary("x")) { try decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]) }
        #expect(throws: InputError.binary("x")) { try decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x42, 0x00]) }
    }
}
