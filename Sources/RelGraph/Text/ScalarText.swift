/// Strings from runs of scalars, the one conversion tokens and evidence need.
enum ScalarText {
    /// The text of `scalars`. Encodes to UTF-8 bytes and builds the String
    /// once: `String(String.UnicodeScalarView(slice))` goes through a generic,
    /// unspecialised append that cost thousands of instructions per token.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
