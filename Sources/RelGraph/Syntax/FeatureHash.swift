/// Hashes of feature atoms and of features built from them.
///
/// A feature is a template number and up to three atoms (a word, a tag, a distance), mixed into one
/// 64-bit key. Words are hashed once per sentence, so building a feature costs a few multiplications.
/// Zero is never a key: the weight tables use it to mark an empty slot.
enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes, finalised so that short strings spread over all 64 bits.
    static func string(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var copy = text
        copy.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        return mix(hash)
    }

    /// An atom for a small number (a tag, a distance bucket), apart from every string's hash.
    @inline(__always)
    static func number(_ value: Int) -> UInt64 {
        mix(UInt64(bitPattern: Int64(value)) &+ 0x51_7CC1_B727_220A)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        nonZero(mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(mix(mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a) ^ b))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonZero(mix(mix(mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a) ^ b) ^ c))
    }

    /// SplitMix64's finaliser.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private static func nonZero(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }
}
