/// Letter-case questions about scalars, answered without a Unicode property lookup for ASCII.
///
/// `Unicode.Scalar.Properties` reads a table through a runtime call; the
/// tokenizer and name rules ask these questions for nearly every scalar and
/// token, and nearly all of them are ASCII.
enum ScalarClass {
    /// Unicode's Alphabetic property; for ASCII, the letters.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIUppercase(scalar.value) || isASCIILowercase(scalar.value) }
        if latinLetters.contains(scalar.value) { return isLatinLetter(scalar.value) }
        return isAlphabetic(scalar)
    }

    /// Latin-1's letters and Latin Extended-A and -B: the accented letters of French and Spanish text.
    /// A computed constant, not a stored static: every read of a stored static goes through its lazy initialisation check.
    static var latinLetters: ClosedRange<UInt32> { 0xC0...0x24F }

    /// Within `latinLetters`, every scalar is an alphabetic letter with no numeric value except the
    /// multiplication and division signs: answered by two comparisons, not a property lookup per accent.
    static func isLatinLetter(_ value: UInt32) -> Bool {
        value != 0xD7 && value != 0xF7
    }

    /// Unicode's Uppercase property; for ASCII, A to Z.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isASCIIUppercase(scalar.value) }
        return hasUppercaseProperty(scalar)
    }

    // The property lookups live in functions that are never inlined: `Unicode.Scalar.Properties` is a resilient
    // type, and a caller that touches it sets up its metadata on every call, even when the scalar is ASCII.

    @inline(never)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    @inline(never)
    private static func hasUppercaseProperty(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    private static func isASCIIUppercase(_ value: UInt32) -> Bool { value >= 0x41 && value <= 0x5A }
    private static func isASCIILowercase(_ value: UInt32) -> Bool { value >= 0x61 && value <= 0x7A }
}
