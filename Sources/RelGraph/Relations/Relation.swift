/// One event read from one sentence: who did what to whom, and the rule that said so.
struct Relation: Hashable, Sendable {
    var source: ActorRef
    var target: ActorRef
    var type: EventType
    var sentence: Int
    /// Tokens of the trigger.
    var trigger: Range<Int>
    var confidence: Double
    var historical: Bool
    /// Set when the relation is one leg of a multi-party event: the index of that event in the document.
    var group: Int?
    /// The rule that attached the arguments, for `--explain`.
    var rule: String
}
