/// "lanzó la ofensiva con el apoyo de X", "Con el respaldo de X, Y vetó…", "attacked with the backing of X": support
/// written as the manner of an act, with its giver named and no one it is given to, is given to whoever does the act.
extension TreeArguments {
    /// The actors a backing noun's clause makes its receivers: the subject of the verb the comitative phrase hangs
    /// on, directly or through the verb's object ("lanzó una ofensiva con apoyo de X").
    func backedActors(of noun: Int, excluding givers: [Mention]) -> (mentions: [Mention], word: Int)? {
        guard isBackingPhrase(noun), let verb = clauseVerb(above: noun) else { return nil }
        let heads = subjectWords(of: verb)
        let receivers = resolve(heads).filter { !givers.contains($0) }
        guard let first = heads.first, !receivers.isEmpty else { return nil }
        return (receivers, first)
    }

    /// A noun opened by the comitative preposition and hung on a verb or a noun: "con el apoyo de X".
    func isBackingPhrase(_ noun: Int) -> Bool {
        Self.backingRelations.contains(parsed.relation(of: noun)) && markers(of: noun).contains(words.comitative)
    }

    /// Types whose noun says one side stands behind another.
    static func isBackingType(_ type: EventType) -> Bool {
        switch type {
        case .support, .aid: true
        default: false
        }
    }

    /// The verb a phrase hangs on, or the verb whose object or oblique it qualifies.
    private func clauseVerb(above noun: Int) -> Int? {
        guard let governor = parsed.governor(of: noun) else { return nil }
        if parsed.tag(of: governor) == .verb { return governor }
        guard parsed.isNominal(governor), mentionOfWord[governor] == nil, Self.backedObjectRelations.contains(parsed.relation(of: governor)),
              let verb = parsed.governor(of: governor), parsed.tag(of: verb) == .verb else { return nil }
        return verb
    }

    private static let backingRelations: DependencyRelations = [.obl, .nmod]
    private static let backedObjectRelations: DependencyRelations = [.obj, .obl]
}
