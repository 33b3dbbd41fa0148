/// What the relation stage read in one sentence with a trigger: its triggers, and the parse it read the arguments
/// from. Recorded only when asked (`RelationExtractor.runRecording`), for `--explain`.
struct SentenceReading: Sendable {
    /// The parse of the sentence, as the parser gave it (before `ParsedSentence` repaired its labels).
    enum Parse: Sendable {
        case parsed(SentenceSyntax)
        /// The language's model could not be read (a broken build): why.
        case unavailable(String)
    }

    /// The sentence's index in its document.
    var sentence: Int
    var hits: [TriggerMatcher.Hit]
    var parse: Parse
}
