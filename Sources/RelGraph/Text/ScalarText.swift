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
}
