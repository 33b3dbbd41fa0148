/// A word or phrase that states an event of a given type, and how its arguments attach.
struct Trigger: Hashable, Sendable {
    /// How a trigger finds its actor and recipient in the sentence.
    enum Frame: String, Hashable, Sendable {
        /// A verb: the subject acts, the object receives ("Russia sanctions Cuba"); passive swaps them.
        case verb
        /// A noun: "de X" or a demonym is the actor, "contre Y" the recipient ("les sanctions américaines contre Cuba").
        case noun
        /// A visit: the place visited is the recipient, even after "à" or "in" ("se rendre à Cuba").
        case visit
        /// A reversed verb: the subject receives from the actor after "from/de/en" ("X obtained arms from Y").
        case receive
        /// A denial: REJECT, and nothing it denies is coded as having happened.
        case deny
        /// A reciprocal verb: with no object, the actors listed as its subject act on each other ("X and Y clashed").
        case reciprocal
        /// A verb of command: an event noun it governs is carried out by its subject ("ordered the expulsion of X" is
        /// a sanction, not a request); any other object is asked to act ("ordered X to leave").
        case decree
        /// An act done again by another ("a pris une mesure similaire", "a fait de même"): its type and target are the
        /// act told just before, its subject the one who repeats it. The lexicon writes its type as `*`.
        case imitate
        /// Misconduct said of someone ("interfering", "s'ingère", "desestabiliza"): the act is no event of its own, but
        /// told by a speaker of another, it is the speaker's charge against the doer ("said X was interfering").
        case charge
    }

    /// The type an imitation row holds until the act it repeats is known: one no trigger states.
    static let repeatedType: EventType = .affiliation

    var type: EventType
    var frame: Frame
    /// Folded patterns, one per token: "sanction*" matches any word starting with "sanction".
    var patterns: [String]
    /// Where the tree holds the source and the target; nil takes `ArgumentDefaults` for the language, kind and type.
    var arguments: ArgumentFrame?

    func matches(_ pattern: String, _ folded: String) -> Bool {
        guard pattern.utf8.last == UInt8(ascii: "*") else { return folded == pattern }
        return Self.hasStem(folded, pattern.utf8.dropLast())
    }

    /// Whether `folded` starts with `stem`, as `hasPrefix` says, comparing
    /// UTF-8 bytes rather than Characters: this runs for every trigger candidate
    /// of every word. Bytes and Characters agree unless a non-ASCII scalar sits
    /// at the stem's edge (it might extend the last Character); only then are
    /// Characters compared.
    private static func hasStem(_ folded: String, _ stem: Substring.UTF8View) -> Bool {
        var bytes = folded.utf8.makeIterator()
        for byte in stem {
            guard byte < 0x80 else { return folded.hasPrefix(Substring(stem)) }
            // `folded` is shorter than the stem, whose bytes so far are ASCII: no prefix.
            guard let next = bytes.next() else { return false }
            if next != byte { return false }
        }
        if let next = bytes.next(), next >= 0x80 { return folded.hasPrefix(Substring(stem)) }
        return true
    }
}
