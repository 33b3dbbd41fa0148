/// What a speaker says someone must do, read off the parse beside the triggers of the lexicon: "the minister said Togo
/// must apologise", "a affirmé que le Togo devait retirer ses troupes", "dijo que Togo debe disculparse". The duty a
/// speaker lays on another actor asks it of them (REQUEST), whatever the act; the act itself is not done.
extension RelationExtractor {
    /// Whether the sentence holds a verb of saying and a modal of obligation: only then can a duty be reported.
    func mayTellObligation(_ sentence: Sentence) -> Bool {
        let shared = ArgumentWords.Shared.of(document.language)
        let tokens = document.tokens
        return sentence.tokenRange.contains { shared.words.obligationModals.contains(tokens[$0]) }
            && sentence.tokenRange.contains { FunctionWords.reportingVerbs.contains(tokens[$0]) }
    }

    /// The requests of the sentence's reported duties: from the speaker to the subject of the clause of duty.
    func obligationRelations(_ sentence: Sentence, tree: TreeArguments) -> [Relation] {
        let shared = ArgumentWords.Shared.of(document.language)
        let parsed = tree.parsed
        var relations: [Relation] = []
        for modal in 0..<parsed.wordCount where shared.words.obligationModals.contains(document.tokens[parsed.tokenOfWord[modal]]) {
            // "must apologise": the modal is the verb's auxiliary; "doit s'excuser", "debe disculparse": the infinitive
            // is the modal's complement, and the modal heads the clause.
            guard let clause = parsed.relation(of: modal) == .aux ? parsed.governor(of: modal) : modal,
                  parsed.tag(of: clause) == .verb || parsed.tag(of: clause) == .aux else { continue }
            // "Togo debe dinero", "Ghana tiene relaciones con…": a modal verb that governs no act lays no duty.
            guard clause != modal || !parsed.dependents(of: modal, [.xcomp]).isEmpty else { continue }
            var speakers = tree.speakers(reporting: clause).flatMap(\.refs)
            if speakers.isEmpty { speakers = tree.quoteSpeakers(of: clause).flatMap(\.refs) }
            // "both countries must continue…": a duty laid on a pair the speaker's side belongs to is no request.
            let obligedMentions = tree.resolve(tree.subjectWords(of: clause))
            guard !obligedMentions.contains(where: { $0.form == .pair }) else { continue }
            let obliged = obligedMentions.flatMap(\.refs)
            appendSaid(.request, from: speakers, to: obliged, in: sentence, at: parsed.tokenOfWord[modal],
                       rule: "duty reported: the speaker asks the subject of the clause of obligation", to: &relations)
        }
        return relations
    }

    /// A relation a speaker's words make, from each speaker to each actor spoken of that is another and not yet told
    /// so in the sentence.
    func appendSaid(_ type: EventType, from speakers: [ActorRef], to targets: [ActorRef], in sentence: Sentence, at token: Int,
                    rule: String, to relations: inout [Relation]) {
        for source in speakers {
            for target in targets where source != target && !isOwnState(source, target)
                && !relations.contains(where: { $0.source == source && $0.target == target }) {
                relations.append(Relation(source: source, target: target, type: type, sentence: sentence.index,
                                          trigger: token..<token + 1, confidence: 0.6, historical: false, group: nil, rule: rule))
            }
        }
    }
}
