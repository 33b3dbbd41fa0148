/// Common verb forms that stand in, for the parser, for an event verb it read as no verb can be read.
///
/// The treebanks hold few of the verbs of diplomacy, and some of their forms spell a noun or an adverb the parser
/// knows better: "somme" is a sum, "somment" ends as adverbs do. Told only that such a word is a verb, the parser may
/// still hang it as a preposition or a noun's complement, and the sentence loses its tree. Parsed again with a common
/// verb of the same ending in its place ("exhortent" for "somment"), the sentence keeps its own structure; the word
/// keeps its own form in the tree.
enum VerbStandIns {
    /// The stand-in for a verb form, by its longest ending in the table; nil for a form no ending fits.
    static func standIn(for form: String, language: Language) -> String? {
        guard let endings = endings[language] else { return nil }
        // An ASCII form is lowered and matched byte by byte, as `lowercased` and `hasSuffix` would read it: every
        // scalar of it is a character of its own. Any other form is read through Unicode's rules.
        let ascii = form.utf8.withContiguousStorageIfAvailable { bytes -> (isASCII: Bool, standIn: String?) in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return (false, nil) }
            return (true, endings.first { endsWith(bytes, $0.ending) }?.standIn)
        }
        if let ascii, ascii.isASCII { return ascii.standIn }
        if let lowered = latinLowered(form) { return endings.first { endsWith(lowered, $0.ending) }?.standIn }
        let lowered = form.lowercased()
        return endings.first { lowered.hasSuffix($0.ending) }?.standIn
    }

    /// The scalars of a form of letters below the combining marks ("réclamé", "condenó"), lowered; nil for a form with
    /// any other scalar, left to Unicode's rules.
    ///
    /// Below U+0300 every scalar is a Character of its own, no two are canonically equivalent, and each lowers to one
    /// scalar but "İ": comparing the last scalars, lowered, answers as `lowercased` and `hasSuffix` do, without their
    /// Unicode tables, which cost more than the rest of reading the sentence's verbs.
    private static func latinLowered(_ form: String) -> [Unicode.Scalar]? {
        var lowered: [Unicode.Scalar] = []
        for scalar in form.unicodeScalars {
            guard scalar.value < 0x300, scalar != "\u{130}" else { return nil }
            lowered.append(lowerLatin(scalar))
        }
        return lowered
    }

    private static func endsWith(_ scalars: [Unicode.Scalar], _ ending: String) -> Bool {
        let count = ending.unicodeScalars.count
        return count <= scalars.count && scalars[(scalars.count - count)...].elementsEqual(ending.unicodeScalars)
    }

    /// A scalar below U+0300 lowered as far as the endings need: they are written in lower-case letters of ASCII and
    /// Latin-1 ("é", "ó"), and no other capital below U+0300 lowers to one of those.
    private static func lowerLatin(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        let isCapital = (value >= 0x41 && value <= 0x5A) || (value >= 0xC0 && value <= 0xDE && value != 0xD7)
        return isCapital ? Unicode.Scalar(value + 0x20) ?? scalar : scalar
    }

    /// Whether the ASCII bytes, lowered, end with `ending`; false for an ending that is not ASCII, which no ASCII word
    /// ends with.
    private static func endsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ ending: String) -> Bool {
        let suffix = ending.utf8
        guard suffix.count <= bytes.count else { return false }
        return zip(bytes[(bytes.count - suffix.count)...], suffix).allSatisfy { byte, expected in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte) == expected
        }
    }

    /// Relations the labeller may give a verb only by misreading it: those of function words and of nouns'
    /// complements.
    static let misreadLabels: Set<String> = ["case", "det", "cc", "mark", "nmod", "flat", "flat:name", "fixed", "compound",
                                             "obl:mod", "nummod", "punct"]

    static func isMisread(_ label: DependencyLabel) -> Bool {
        misreadLabels.contains(label.name)
    }

    /// Per language, endings of finite forms, participles and infinitives, longest first, each with a transitive verb
    /// of that ending that takes an object and a clause as the verbs of requests and accusations do.
    private static let endings: [Language: [(ending: String, standIn: String)]] = [
        .fr: [("aient", "exhortaient"), ("ait", "exhortait"), ("ent", "exhortent"), ("ées", "exhortées"), ("ée", "exhortée"),
              ("és", "exhortés"), ("é", "exhorté"), ("er", "exhorter"), ("e", "exhorte"), ("a", "exhorta")],
        .es: [("aron", "instaron"), ("ieron", "instaron"), ("aban", "instaban"), ("aba", "instaba"), ("ado", "instado"),
              ("ido", "instado"), ("an", "instan"), ("en", "instan"), ("ó", "instó"), ("a", "insta"), ("e", "insta"),
              ("ar", "instar"), ("er", "instar"), ("ir", "instar")],
        .en: [("ing", "urging"), ("ed", "urged"), ("es", "urges"), ("s", "urges"), ("e", "urge")],
    ]
}
