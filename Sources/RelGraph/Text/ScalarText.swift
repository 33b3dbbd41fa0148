/// Strings from runs of scalars, the one conversion tokens and evidence need.
enum ScalarText {
    /// The text of `scalars`. Encodes straight into the new String's UTF-8
    /// storage: `String(String.UnicodeScalarView(slice))` goes through a
    /// generic, unspecialised append that cost thousands of instructions per
    /// token, and a byte array in between costs an allocation per token.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
                    offset += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }

    /// The text of ASCII scalars, one byte each: the length is known without measuring every scalar's width.
    static func asciiString(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: scalar.value) }
            return scalars.count
        }
    }

    /// The scalars of `text`, decoded straight from its UTF-8 storage.
    ///
    /// `Array(text.unicodeScalars)` counts the scalars in one pass and copies
    /// them through the generic iterator in another, several instructions per
    /// byte of every article; a String's storage is always valid UTF-8, so one
    /// table-free pass over the bytes gives the same scalars.
    static func scalars(of text: some StringProtocol) -> [Unicode.Scalar] {
        text.utf8.withContiguousStorageIfAvailable(decode) ?? Array(text.unicodeScalars)
    }

    /// Decodes valid UTF-8 into at most one scalar per byte, then trims the array to what was decoded.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var index = 0
            var decoded = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    buffer[decoded] = Unicode.Scalar(lead)
                    index += 1
                } else {
                    // Valid UTF-8 never ends inside a scalar; the `min` only keeps a malformed slice in bounds.
                    let width = min(lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4), bytes.count - index)
                    // The lead byte keeps 5, 4 or 3 payload bits; each continuation byte 6.
                    var value = UInt32(lead & (0x7F >> width))
                    for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    buffer[decoded] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    index += width
                }
                decoded += 1
            }
            count = decoded
        }
    }
}
