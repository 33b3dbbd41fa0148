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
        guard var event = headWord(of: range) else { return false }
        if parsed.tag(of: event) == .verb, parsed.relation(of: event) == .acl, let noun = parsed.governor(of: event) { event = noun }
        guard let governor = parsed.governor(of: event) else { return false }
        let governing = tokens[parsed.tokenOfWord[governor]]
        func endsByVerb() -> Bool {
            words.endingVerbs.contains(governing) || (countsReduction && words.reducingVerbs.contains(governing))
        }
        switch parsed.relation(of: event) {
        case .obj: return endsByVerb()
        // "ended up backing X" is no ending: a verb with a particle is another verb.
        case .xcomp: return parsed.tag(of: event) == .verb && endsByVerb()
            && !parsed.dependents(of: governor).contains { parsed.label(of: $0).isSubtype("prt", of: .compound) }
        case .nsubj: return isPassive(governor) && endsByVerb()
        case .nmod: return words.endingNouns.contains(governing)
        case .obl: return verbOfEndingNoun(event) != nil
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
