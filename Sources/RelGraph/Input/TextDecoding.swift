/// Text read from bytes, with the lines whose encoding had to be guessed.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    /// Lines, from 1, read as Windows-1252 because they are not UTF-8: empty for a clean file.
    public var windows1252Lines: [Int]

    public init(text: String, windows1252Lines: [Int] = []) {
        self.text = text
        self.windows1252Lines = windows1252Lines
    }
}

/// Bytes to text, for articles and lexicons alike, whatever encoding they were saved in.
///
/// A byte order mark decides first: UTF-32, UTF-16 (either order) or UTF-8. Without one the text is
/// UTF-8, and a line that is not valid UTF-8 is read as Windows-1252 (a superset of Latin-1): one
/// stray byte of a pasted quotation spoils its own line, not the accents of the whole article.
/// Characters that cannot be decoded (a lone surrogate in UTF-16) become U+FFFD; only binary data
/// is refused.
enum TextDecoding {
    /// - Throws: `InputError.binary` for data that is not text (NUL bytes, or mostly control bytes).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> DecodedText {
        if let order = byteOrderMark(bytes) {
            let text = order.decode(UnsafeBufferPointer(rebasing: bytes[order.markLength...]))
            guard !text.unicodeScalars.contains("\u{0}") else { throw InputError.binary(name) }
            return DecodedText(text: text)
        }
        let body = bytes.starts(with: utf8Mark) ? UnsafeBufferPointer(rebasing: bytes[3...]) : bytes
        guard !isBinary(body) else { throw InputError.binary(name) }
        if let text = String(validating: body, as: UTF8.self) { return DecodedText(text: text) }
        return decodeByLine(body)
    }

    private static let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The Unicode encodings announced by a byte order mark.
    private enum ByteOrderMark: CaseIterable {
        case utf32LittleEndian, utf32BigEndian, utf16LittleEndian, utf16BigEndian

        /// UTF-32 first: its little-endian mark starts with UTF-16's.
        var mark: [UInt8] {
            switch self {
            case .utf32LittleEndian: [0xFF, 0xFE, 0x00, 0x00]
            case .utf32BigEndian: [0x00, 0x00, 0xFE, 0xFF]
            case .utf16LittleEndian: [0xFF, 0xFE]
            case .utf16BigEndian: [0xFE, 0xFF]
            }
        }

        var markLength: Int { mark.count }

        /// The text of the bytes after the mark; what cannot be decoded becomes U+FFFD.
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
            switch self {
            case .utf16LittleEndian, .utf16BigEndian:
                let units = codeUnits(bytes, width: 2).map { UInt16(truncatingIfNeeded: $0) }
                return String(decoding: units, as: UTF16.self) + (bytes.count % 2 == 0 ? "" : "\u{FFFD}")
            case .utf32LittleEndian, .utf32BigEndian:
                var scalars = String.UnicodeScalarView()
                for value in codeUnits(bytes, width: 4) { scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}") }
                return String(scalars) + (bytes.count % 4 == 0 ? "" : "\u{FFFD}")
            }
        }

        /// The whole code units of `bytes`, `width` bytes each, in this mark's byte order.
        private func codeUnits(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [UInt32] {
            let bigEndian = self == .utf16BigEndian || self == .utf32BigEndian
            return stride(from: 0, to: bytes.count - width + 1, by: width).map { start in
                var value: UInt32 = 0
                for offset in 0..<width {
                    let byte = UInt32(bytes[start + (bigEndian ? offset : width - 1 - offset)])
                    value = value << 8 | byte
                }
                return value
            }
        }
    }

    private static func byteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteOrderMark? {
        ByteOrderMark.allCases.first { bytes.starts(with: $0.mark) }
    }

    /// NUL bytes, or more than one byte in ten a control character: not text.
    private static func isBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.contains(0) { return true }
        let sample = bytes.prefix(65_536)
        // Counted in one loop: filtering built an array of the control bytes to count them.
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x0C { controls += 1 }
        return controls * 10 > sample.count
    }

    /// Each line as UTF-8 when it is valid, else as Windows-1252; line breaks are kept.
    private static func decodeByLine(_ bytes: UnsafeBufferPointer<UInt8>) -> DecodedText {
        var decoded = DecodedText(text: "")
        decoded.text.reserveCapacity(bytes.count + bytes.count / 8)
        var start = 0
        var number = 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let text = String(validating: line, as: UTF8.self) {
                decoded.text += text
            } else {
                decoded.text += String(decoding: line.map(windows1252), as: UTF16.self)
                decoded.windows1252Lines.append(number)
            }
            start = end
            number += 1
        }
        return decoded
    }

    /// Windows-1252 to UTF-16: Latin-1 except for the typographic characters at 0x80–0x9F.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        guard (0x80...0x9F).contains(byte) else { return UInt16(byte) }
        return cp1252High[Int(byte - 0x80)]
    }

    private static let cp1252High: [UInt16] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
