/// Whether a trigger states something that happened, was denied, or is only possible.
///
/// "ont nié tout projet d'attaque", "could order an invasion", "ni confirmer
/// ni exclure", "si l'Égypte décidait de bloquer": none of these is the act.
enum Modality: Equatable, Sendable {
    case factual
    /// Negated: "ne reconnaîtra jamais". A negated agreement or support is coded as REJECT.
    case negated
    /// Hypothetical, planned, asked for or denied: not coded at all.
    case unreal

    /// Plans and projects: an attack planned is not an attack.
    private static let plans = FunctionWords.set("projet projets plan plans planes proyecto proyectos planned planifié préparer prévoit prévoient prevé prevén envisage envisagent contempla contemplan proposed proposé propuesto planificó planificaron planeó planearon planeaba planifie planifient planifiait")

    /// Words that mark the start of an infinitive complement ("somment la Bolivie de se retirer").
    private static let infinitiveMarkers = FunctionWords.set("de d' à to pour para afin a of")

    /// "Si l'Égypte décidait de bloquer…", "if talks failed, X would…": an open "si"/"if" clause before the trigger.
    private static func isInConditional(_ hit: TriggerMatcher.Hit, tokens: [Token], sentence: Range<Int>) -> Bool {
        for index in stride(from: hit.range.lowerBound - 1, through: sentence.lowerBound, by: -1) {
            let folded = tokens[index].folded
            if tokens[index].kind == .punctuation && (folded == "," || folded == ";") { return false }
            if conditionals.contains(folded) { return true }
        }
        return false
    }

    /// Compares text only for punctuation: String comparison is a runtime call, and most tokens are words.
    private static func isQuestionMark(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.text == "?" || token.text == "¿")
    }

    private static let conditionals = FunctionWords.set("si if unless sauf")

    /// "n'est pas écartée", "is not ruled out", "no se descarta": the sentence speaks of what may happen.
    private static let possibilities = FunctionWords.set("écartée écarté écartées écartés exclue exclu exclues exclus descarta descartada descartado")

    /// "les manœuvres prévues", "the planned strikes" written after the noun.
    private static let plannedAfter = FunctionWords.set("prévu prévue prévus prévues previsto prevista previstos previstas planned envisagé envisagée proposed propuesto propuesta éventuel éventuelle eventual possible possibles")

    private static let complementisers = FunctionWords.set("que qu' that")

    /// "pour défendre", "para obligar": an aim, not an act.
    private static let purposes = FunctionWords.set("pour para afin")

    /// Types whose trigger governs a later one ("demanded that X withdraw", "agreed to attack"). A switch:
    /// an array literal tested per earlier trigger was built each time.
    private static func isGoverning(_ type: EventType) -> Bool {
        switch type {
        case .request, .threaten, .agree, .accuse: true
        default: false
        }
    }

    /// A question or "n'est pas écartée" anywhere in the sentence makes every trigger in it unreal.
    ///
    /// Found once per sentence and handed to `of` for each trigger: scanning the sentence per trigger
    /// walked it again for every trigger it holds. Walks indices so no `Token` (and its Strings) is copied.
    static func speaksOfPossibility(tokens: [Token], sentence: Range<Int>) -> Bool {
        for index in sentence where isQuestionMark(tokens[index]) || possibilities.contains(tokens[index]) { return true }
        return false
    }

    /// - Parameter speaksOfPossibility: `speaksOfPossibility(tokens:sentence:)` of the sentence.
    static func of(_ hit: TriggerMatcher.Hit, earlier: ArraySlice<TriggerMatcher.Hit>, tokens: [Token], sentence: Range<Int>,
                   speaksOfPossibility: Bool) -> Modality {
        if speaksOfPossibility { return .unreal }
        if earlier.contains(where: { $0.trigger.frame == .deny }) { return .unreal }
        let window = max(sentence.lowerBound, hit.range.lowerBound - 4)..<hit.range.lowerBound
        /// The words right before the trigger, back to a clause opener other than "si"/"if", as indices
        /// (`before` reads them from the trigger backwards, so its first three are the last three here).
        var beforeStart = window.upperBound
        while beforeStart > window.lowerBound {
            let folded = tokens[beforeStart - 1].folded
            guard !FunctionWords.clauseOpeners.contains(tokens[beforeStart - 1]) || folded == "si" || folded == "if" else { break }
            beforeStart -= 1
        }
        let before = beforeStart..<window.upperBound
        if before.contains(where: { FunctionWords.modals.contains(tokens[$0]) || plans.contains(tokens[$0]) }) { return .unreal }
        if isInConditional(hit, tokens: tokens, sentence: sentence) { return .unreal }
        if hit.range.lowerBound > sentence.lowerBound, purposes.contains(tokens[hit.range.lowerBound - 1]) { return .unreal }
        /// Only the last governing trigger matters, found from the end without an array of them all.
        let lastGovernor = earlier.last { isGoverning($0.trigger.type) }
        let governed = lastGovernor != nil
        /// "a exigé que l'Argentine retire ses troupes": what is demanded has not happened.
        if let last = lastGovernor, last.trigger.type == .request || last.trigger.type == .threaten,
           (last.range.upperBound..<hit.range.lowerBound).contains(where: { complementisers.contains(tokens[$0]) }) {
            return .unreal
        }
        if governed, hit.range.lowerBound > sentence.lowerBound,
           infinitiveMarkers.contains(tokens[hit.range.lowerBound - 1]) || tokens[hit.range.lowerBound - 1].folded == "se" {
            return .unreal
        }
        if before.suffix(3).contains(where: { FunctionWords.negations.contains(tokens[$0]) }) { return .negated }
        let after = hit.range.upperBound..<min(sentence.upperBound, hit.range.upperBound + 2)
        if after.contains(where: { plannedAfter.contains(tokens[$0]) }) { return .unreal }
        if after.contains(where: { tokens[$0].folded == "pas" || tokens[$0].folded == "jamais" }) { return .negated }
        return .factual
    }
}
