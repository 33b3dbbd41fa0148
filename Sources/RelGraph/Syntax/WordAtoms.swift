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

    /// Reads the word's scalars once, without allocating: prefixes are the running hash after one, two and
    /// three scalars, suffixes are hashed from the last four scalars kept on the way.
    init(_ text: String) {
        var reading = Reading()
        // Most words are ASCII: their bytes, read in place, are their scalars, and need no decoding.
        let readAsASCII = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            for byte in bytes { reading.read(ascii: UInt32(byte)) }
            return true
        } ?? false
        if !readAsASCII {
            for scalar in text.unicodeScalars { reading.read(scalar) }
        }
        let folded = reading.folded
        form = folded.whole
        prefixes = (folded.prefix(1), folded.prefix(2), folded.prefix(3))
        suffixes = (folded.suffix(1), folded.suffix(2), folded.suffix(3), folded.suffix(4))
        let (upper, lower, digits) = (reading.upper, reading.lower, reading.digits)
        let capitals = upper == 0 ? 0 : (lower == 0 ? 1 : (reading.firstUpper ? 2 : 3))
        shape = UInt64(capitals + 4 * min(digits, 2) + 12 * min(reading.hyphens, 1) + (lower + upper == 0 ? 24 : 0))
        isShort = folded.count <= 1
        isPunctuation = lower + upper + digits == 0 && !reading.hasLetter
    }

    /// What reading a word's scalars in order has found so far.
    private struct Reading {
        var folded = Folded()
        var upper = 0, lower = 0, digits = 0, hyphens = 0, firstUpper = false, hasLetter = false

        /// An ASCII scalar, given as its value.
        mutating func read(ascii value: UInt32) {
            if value >= 0x30 && value <= 0x39 {
                digits += 1
                folded.append(0x30)
            } else if value >= 0x41 && value <= 0x5A {
                if folded.count == 0 { firstUpper = true }
                upper += 1
                folded.append(value + 32)
            } else {
                if value >= 0x61 && value <= 0x7A { lower += 1 }
                if value == 0x2D { hyphens += 1 }
                folded.append(value)
            }
        }

        mutating func read(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 0x80 {
                read(ascii: value)
            } else if value >= 0xC0 && value <= 0xFF && value != 0xD7 && value != 0xF7 {
                // The Latin-1 letters, most of the non-ASCII scalars of French and Spanish, read without the Unicode
                // tables: "À" to "Þ" are capitals whose small letter is 0x20 above, "ß" to "ÿ" small letters.
                if value <= 0xDE {
                    if folded.count == 0 { firstUpper = true }
                    upper += 1
                    folded.append(value + 0x20)
                } else {
                    lower += 1
                    hasLetter = true
                    folded.append(value)
                }
            } else if scalar.properties.isUppercase {
                if folded.count == 0 { firstUpper = true }
                upper += 1
                for mapped in scalar.properties.lowercaseMapping.unicodeScalars { folded.append(mapped.value) }
            } else {
                if scalar.properties.isLowercase { lower += 1 }
                if scalar.properties.isAlphabetic { hasLetter = true }
                folded.append(value)
            }
        }
    }

    /// The folded scalars of a word as they come: their running hash, the hashes of the first three
    /// prefixes, and the last four scalars.
    private struct Folded {
        private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
        private(set) var count = 0
        private var running = seed
        private var prefixHashes: (UInt64, UInt64, UInt64) = (seed, seed, seed)
        /// The last four scalars, the latest first.
        private var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)

        mutating func append(_ value: UInt32) {
            running = (running ^ UInt64(value)) &* 0x0000_0100_0000_01B3
            count += 1
            switch count {
            case 1: prefixHashes.0 = running
            case 2: prefixHashes.1 = running
            case 3: prefixHashes.2 = running
            default: break
            }
            last = (value, last.0, last.1, last.2)
        }

        var whole: UInt64 { FeatureHash.mix(running) }

        /// The hash of the first `length` scalars (all of them when the word is shorter), apart from the
        /// whole form's and the suffixes' by its salt.
        func prefix(_ length: Int) -> UInt64 {
            let hash: UInt64
            switch length {
            case _ where count < length: hash = running
            case 1: hash = prefixHashes.0
            case 2: hash = prefixHashes.1
            default: hash = prefixHashes.2
            }
            return FeatureHash.mix(hash ^ UInt64(length) << 56)
        }

        /// The hash of the last `length` scalars (all of them when the word is shorter).
        func suffix(_ length: Int) -> UInt64 {
            var hash = Self.seed ^ UInt64(8 + length) << 56
            let used = min(length, count)
            if used >= 4 { hash = (hash ^ UInt64(last.3)) &* 0x0000_0100_0000_01B3 }
            if used >= 3 { hash = (hash ^ UInt64(last.2)) &* 0x0000_0100_0000_01B3 }
            if used >= 2 { hash = (hash ^ UInt64(last.1)) &* 0x0000_0100_0000_01B3 }
            if used >= 1 { hash = (hash ^ UInt64(last.0)) &* 0x0000_0100_0000_01B3 }
            return FeatureHash.mix(hash)
        }
    }
}
