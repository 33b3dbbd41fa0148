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
    }

    var type: EventType
    var frame: Frame
    /// Folded patterns, one per token: "sanction*" matches any word starting with "sanction".
    var patterns: [String]

    func matches(_ pattern: String, _ folded: String) -> Bool {
        pattern.hasSuffix("*") ? folded.hasPrefix(pattern.dropLast()) : folded == pattern
    }
}
