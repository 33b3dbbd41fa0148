/// Hashes of feature atoms and of features built from them.
///
/// A feature is a template number and up to three atoms (a word, a tag, a distance), combined into one
/// 64-bit key. Atoms are hashed once per sentence (words) or once per process (tags, small numbers), so
/// they are already random 64-bit values: a feature needs no further mixing, only the template's salt and
/// each atom rotated by its place, so that (a, b) and (b, a) differ. The parser builds some seventy
/// features per move, and this keeps each to a few single-cycle instructions.
/// Zero is never a key: the weight tables reserve it.
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
        nonZero(salt(template) ^ a)
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        nonZero(salt(template) ^ a ^ b.rotated(21))
    }

    @inline(__always)
    static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        nonZero(salt(template) ^ a ^ b.rotated(21) ^ c.rotated(42))
    }

    /// A random-looking constant per template; the templates are literals, so the compiler computes it.
    @inline(__always)
    static func salt(_ template: UInt64) -> UInt64 {
        mix(template &* 0x9E37_79B9_7F4A_7C15)
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

extension UInt64 {
    /// The bits rotated left by `count` (0 < count < 64).
    @inline(__always)
    func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
