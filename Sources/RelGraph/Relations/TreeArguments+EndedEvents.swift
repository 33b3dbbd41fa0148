/// Events that their governor ends: aid suspended, cooperation cut, an agreement cancelled. PLOVER counts halting aid or
/// cooperation as a sanction, so the act is the ending, not what is ended.
extension TreeArguments {
    /// Whether the event at `range` is ended by the word that governs it: the object of an ending verb ("suspended its
    /// aid to X", "a gelé sa coopération avec X"), the subject of one in the passive ("aid to X was suspended"), the
    /// complement of a noun of ending ("the suspension of aid to X", "la fin de la coopération"), or the oblique of a
    /// verb whose object is such a noun ("a mis fin à l'accord avec X", "puso fin a la ayuda"); a verb that describes
    /// such a noun ("terminated the agreement signed with X") is ended with it, and so is a verb an ending verb
    /// governs ("stopped cooperating with X").
    ///
    /// - Parameter countsReduction: whether cutting back ends it too: "cut military cooperation" does, "cut a deal"
    ///   makes one.
    func isEnded(_ range: Range<Int>, countsReduction: Bool) -> Bool {
        isGoverned(range, throughEndingNouns: true, by: { word in
            words.endingVerbs.contains(word) || (countsReduction && words.reducingVerbs.contains(word))
        }, nouns: words.endingNouns.contains)
    }

    /// Whether the meeting at `range` is called off or put off by the word that governs it, in the same places as
    /// `isEnded`: "cancelled his visit to X", "a reporté le sommet avec X", "la suspensión de su viaje a X". An end
    /// put to it ("ended his visit") is not asked: the visit took place.
    func isCalledOff(_ range: Range<Int>) -> Bool {
        isGoverned(range, throughEndingNouns: false, by: words.callingOffWords.contains, nouns: words.callingOffWords.contains)
    }

    private func isGoverned(_ range: Range<Int>, throughEndingNouns: Bool, by verbs: (Token) -> Bool, nouns: (Token) -> Bool) -> Bool {
        guard var event = headWord(of: range) else { return false }
        if parsed.tag(of: event) == .verb, parsed.relation(of: event) == .acl, let noun = parsed.governor(of: event) { event = noun }
        guard let governor = parsed.governor(of: event) else { return false }
        let governing = tokens[parsed.tokenOfWord[governor]]
        switch parsed.relation(of: event) {
        case .obj: return verbs(governing)
        // "ended up backing X" is no ending: a verb with a particle is another verb.
        case .xcomp: return parsed.tag(of: event) == .verb && verbs(governing)
            && !parsed.dependents(of: governor).contains { parsed.label(of: $0).isSubtype("prt", of: .compound) }
        case .nsubj: return isPassive(governor) && verbs(governing)
        case .nmod: return nouns(governing)
        case .obl: return throughEndingNouns && verbOfEndingNoun(event) != nil
        default: return false
        }
    }

    /// The verb that ends `noun` through a noun of ending as its object, with `noun` its oblique or the ending noun's
    /// complement: "mis" in "a mis fin à l'accord", "puso" in "puso fin al acuerdo". Its subject ends the event.
    func verbOfEndingNoun(_ noun: Int) -> Int? {
        guard let governor = parsed.governor(of: noun) else { return nil }
        func isEnding(_ word: Int) -> Bool { words.endingNouns.contains(tokens[parsed.tokenOfWord[word]]) }
        switch parsed.relation(of: noun) {
        case .obl where parsed.tag(of: governor) == .verb && parsed.dependents(of: governor, [.obj]).contains(where: isEnding):
            return governor
        case .nmod where isEnding(governor) && parsed.relation(of: governor) == .obj:
            return parsed.governor(of: governor).flatMap { parsed.tag(of: $0) == .verb ? $0 : nil }
        default:
            return nil
        }
    }
}
