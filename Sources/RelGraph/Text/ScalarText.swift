/// Strings from runs of scalars, the one conversion tokens and evidence need.
enum ScalarText {
    /// The text of `scalars`. Encodes straight into the new String's UTF-8
    /// storage: `String(String.UnicodeScalarView(slice))` goes through a
    /// generic, unspecialised append, and a byte array in between costs an
    /// allocation per token.
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
        text.utf8.withContiguousStorageIfAvailable { decode($0, offsets: nil) } ?? Array(text.unicodeScalars)
    }

    /// The scalars of `text` and the UTF-8 offset where each starts, with the length of `text` as a last
    /// offset; no offsets when its storage is not contiguous UTF-8 or too long for 32-bit offsets.
    ///
    /// Recorded in the same pass as the scalars, so that a document can cut its text from its own bytes.
    static func scalarsAndOffsets(of text: Substring) -> (scalars: [Unicode.Scalar], utf8Offsets: [UInt32]) {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> ([Unicode.Scalar], [UInt32])? in
            guard bytes.count < Int(UInt32.max) else { return nil }
            var scalars: [Unicode.Scalar] = []
            let offsets = [UInt32](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
                scalars = decode(bytes, offsets: buffer.baseAddress)
                count = scalars.count + 1
            }
            return (scalars, offsets)
        }
        guard let (scalars, offsets) = decoded ?? nil else { return (scalars(of: text), []) }
        return (scalars, offsets)
    }

    /// Decodes valid UTF-8 into at most one scalar per byte, then trims the array to what was decoded.
    /// - Parameter offsets: when given, room for one more offset than `bytes` has bytes: receives where
    ///   each scalar starts, then the end.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, offsets: UnsafeMutablePointer<UInt32>?) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            var index = 0
            var decoded = 0
            while index < bytes.count {
                offsets?[decoded] = UInt32(truncatingIfNeeded: index)
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
            offsets?[decoded] = UInt32(truncatingIfNeeded: bytes.count)
            count = decoded
        }
    }
}
