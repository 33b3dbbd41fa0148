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

    static func of(_ hit: TriggerMatcher.Hit, earlier: [TriggerMatcher.Hit], tokens: [Token], sentence: Range<Int>) -> Modality {
        if tokens[sentence].contains(where: { isQuestionMark($0) || possibilities.contains($0) }) { return .unreal }
        if earlier.contains(where: { $0.trigger.frame == .deny }) { return .unreal }
        let window = max(sentence.lowerBound, hit.range.lowerBound - 4)..<hit.range.lowerBound
        let before = tokens[window].reversed().prefix { !FunctionWords.clauseOpeners.contains($0) || $0.folded == "si" || $0.folded == "if" }
        if before.contains(where: { FunctionWords.modals.contains($0) || plans.contains($0) }) { return .unreal }
        if isInConditional(hit, tokens: tokens, sentence: sentence) { return .unreal }
        if hit.range.lowerBound > sentence.lowerBound, purposes.contains(tokens[hit.range.lowerBound - 1]) { return .unreal }
        let governors = earlier.filter { [.request, .threaten, .agree, .accuse].contains($0.trigger.type) }
        let governed = !governors.isEmpty
        /// "a exigé que l'Argentine retire ses troupes": what is demanded has not happened.
        if let last = governors.last, last.trigger.type == .request || last.trigger.type == .threaten,
           tokens[last.range.upperBound..<hit.range.lowerBound].contains(where: { complementisers.contains($0) }) {
            return .unreal
        }
        if governed, hit.range.lowerBound > sentence.lowerBound,
           infinitiveMarkers.contains(tokens[hit.range.lowerBound - 1]) || tokens[hit.range.lowerBound - 1].folded == "se" {
            return .unreal
        }
        if before.prefix(3).contains(where: { FunctionWords.negations.contains($0) }) { return .negated }
        let after = tokens[hit.range.upperBound..<min(sentence.upperBound, hit.range.upperBound + 2)]
        if after.contains(where: { plannedAfter.contains($0) }) { return .unreal }
        if after.contains(where: { $0.folded == "pas" || $0.folded == "jamais" }) { return .negated }
        return .factual
    }
}
