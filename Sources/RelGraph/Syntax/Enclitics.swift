/// Spanish infinitives and gerunds with pronouns attached ("apoyarlos", "reuniéndose", "dárselo"), cut as the
/// treebanks cut them: the verb, without the accent the pronouns made it take, then each pronoun
/// ("apoyar los", "reuniendo se", "dar se lo").
///
/// Many nouns end like a verb with a pronoun ("parte", "firme", "gobiernos", "Carlos"). Measured on the Spanish
/// treebanks, the rules below cut nine in ten of the verbs and almost no other word: "me", "te" and "nos" alone,
/// and any capitalised word, are cut only when the written accent shows the word is a verb with pronouns.
/// Imperatives ("dime", "únanse") are left whole: their endings are those of too many other words.
enum Enclitics {
    /// Pronouns that may end the word, longest first so "los" is tried before "lo".
    private static let last = ["los", "las", "les", "nos", "lo", "la", "le", "se", "me", "te"]
    /// Pronouns that may come before another ("se" in "dárselo").
    private static let first = ["nos", "me", "te", "se"]
    /// Pronouns that end too many other words to be cut without a written accent.
    private static let needAccent: Set<String> = ["me", "te", "nos"]
    private static let infinitiveEndings = ["ar", "er", "ir"]
    private static let gerundEndings = ["ando", "iendo", "yendo"]
    /// Infinitives whose written accent is their own ("oír", "reír"), not one the pronouns added.
    private static let accentedInfinitiveEndings = ["oír", "eír"]

    /// One part of a cut word: how many scalars of the word it is written as, and its form in the treebanks.
    struct Part: Equatable {
        var length: Int
        var form: String
    }

    /// The parts of `word`, verb first; nil when it is not an infinitive or gerund with pronouns attached.
    static func split(_ word: String) -> [Part]? {
        let scalars = Array(word.unicodeScalars)
        let lower = Array(word.lowercased().unicodeScalars)
        guard lower.count == scalars.count, let initial = scalars.first else { return nil }
        let capitalised = ScalarClass.isUppercase(initial)
        for pronoun in last where hasSuffix(lower[...], pronoun) && lower.count > pronoun.count + 1 {
            let stem = lower.count - pronoun.count
            for before in first where hasSuffix(lower[..<stem], before) {
                let verbEnd = stem - before.count
                if let verb = verb(scalars[..<verbEnd], lower[..<verbEnd], needsAccent: true) {
                    return [Part(length: verbEnd, form: verb), Part(length: before.count, form: text(scalars[verbEnd..<stem])),
                            Part(length: pronoun.count, form: text(scalars[stem...]))]
                }
            }
            let needsAccent = capitalised || needAccent.contains(pronoun)
            if let verb = verb(scalars[..<stem], lower[..<stem], needsAccent: needsAccent) {
                return [Part(length: stem, form: verb), Part(length: pronoun.count, form: text(scalars[stem...]))]
            }
        }
        return nil
    }

    /// The verb's form in the treebanks when `scalars` is an infinitive or a gerund, nil otherwise.
    /// - Parameter needsAccent: only a verb whose written accent the pronouns caused counts.
    private static func verb(_ scalars: ArraySlice<Unicode.Scalar>, _ lower: ArraySlice<Unicode.Scalar>,
                             needsAccent: Bool) -> String? {
        guard scalars.count >= 2 else { return nil }
        if accentedInfinitiveEndings.contains(where: { hasSuffix(lower, $0) }) {
            return needsAccent ? nil : text(scalars)
        }
        let plain = lower.map(withoutAcute)
        let accented = plain != Array(lower)
        let isGerund = gerundEndings.contains { hasSuffix(plain[...], $0) }
        let isInfinitive = infinitiveEndings.contains { hasSuffix(plain[...], $0) }
        guard (isGerund && accented) || (isInfinitive && (accented || !needsAccent)) else { return nil }
        return text(scalars.map(withoutAcute)[...])
    }

    private static func hasSuffix(_ scalars: ArraySlice<Unicode.Scalar>, _ suffix: String) -> Bool {
        let ending = suffix.unicodeScalars
        guard scalars.count >= ending.count else { return false }
        return scalars.suffix(ending.count).elementsEqual(ending)
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        ScalarText.string(scalars)
    }

    /// The vowel without its acute accent, in either case; any other scalar unchanged.
    private static func withoutAcute(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        acute[scalar] ?? scalar
    }

    private static let acute: [Unicode.Scalar: Unicode.Scalar] = [
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U",
    ]
}
