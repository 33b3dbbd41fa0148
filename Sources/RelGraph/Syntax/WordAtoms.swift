/// The hashed pieces of a word that the tagger's and the parser's features are built from, computed once
/// per word of a sentence.
struct WordAtoms: Sendable {
    /// The lower-cased form with every digit written 0, so that numbers share their features by shape.
    var form: UInt64
    var prefixes: (UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    /// Capitalisation, digits and hyphens, as a small number.
    var shape: UInt64
    /// The form is one scalar long.
    var isShort: Bool
    /// The form has neither letters nor digits.
    var isPunctuation: Bool

    init(_ text: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var upper = 0, lower = 0, digits = 0, hyphens = 0, firstUpper = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x30 && value <= 0x39 {
                digits += 1
                scalars.append(0x30)
            } else if value >= 0x41 && value <= 0x5A {
                if scalars.isEmpty { firstUpper = true }
                upper += 1
                scalars.append(value + 32)
            } else if value < 0x80 {
                if value >= 0x61 && value <= 0x7A { lower += 1 }
                if value == 0x2D { hyphens += 1 }
                scalars.append(value)
            } else if scalar.properties.isUppercase {
                if scalars.isEmpty { firstUpper = true }
                upper += 1
                for mapped in scalar.properties.lowercaseMapping.unicodeScalars { scalars.append(mapped.value) }
            } else {
                if scalar.properties.isLowercase { lower += 1 }
                scalars.append(value)
            }
        }
        form = Self.hash(scalars[...], salt: 0)
        func prefix(_ length: Int) -> UInt64 { Self.hash(scalars.prefix(length), salt: UInt64(length)) }
        func suffix(_ length: Int) -> UInt64 { Self.hash(scalars.suffix(length), salt: UInt64(8 + length)) }
        prefixes = (prefix(1), prefix(2), prefix(3))
        suffixes = (suffix(1), suffix(2), suffix(3), suffix(4))
        let capitals = upper == 0 ? 0 : (lower == 0 ? 1 : (firstUpper ? 2 : 3))
        shape = UInt64(capitals + 4 * min(digits, 2) + 12 * min(hyphens, 1) + (lower + upper == 0 ? 24 : 0))
        isShort = scalars.count <= 1
        isPunctuation = lower + upper + digits == 0 && !scalars.contains { Self.isLetter($0) }
    }

    private static func isLetter(_ value: UInt32) -> Bool {
        guard value >= 0x80, let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic
    }

    private static func hash(_ scalars: ArraySlice<UInt32>, salt: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
        for value in scalars { hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3 }
        return FeatureHash.mix(hash)
    }
}
