/// Visits told by where the visitor is: "X is in Y on a state visit", "X, qui se trouve au Togo pour une visite",
/// "X está en Y en visita oficial". No verb of travel is written; the clause that places its subject somewhere is on
/// a visit, so its subject visits the place.
extension TreeArguments {
    /// The visitors and the place of a visit noun written under a clause of being somewhere; nil when the noun is
    /// under no such clause.
    func stay(of noun: Int) -> (visitors: [Int], place: Int)? {
        guard [.obl, .nmod].contains(parsed.relation(of: noun)), let holder = parsed.governor(of: noun) else { return nil }
        if let visitors = copularSubjects(ofPlace: holder) { return (visitors, holder) }
        if parsed.tag(of: holder) == .verb, words.stayingVerbs.contains(tokens[parsed.tokenOfWord[holder]]),
           let place = parsed.dependents(of: holder).first(where: { isPlaceComplement($0) && $0 != noun }) {
            return (subjectWords(of: holder), place)
        }
        // "estuvo en Togo de visita", with the visit read as the place's complement.
        if isPlaceComplement(holder), let verb = parsed.governor(of: holder), parsed.tag(of: verb) == .verb,
           words.stayingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) {
            return (subjectWords(of: verb), holder)
        }
        // "X, who is in Beijing for a state visit," with the visit hung on the name: the relative clause places it.
        if mentionOfWord[holder] != nil,
           let place = parsed.dependents(of: holder).first(where: { $0 < noun && copularSubjects(ofPlace: $0) != nil }),
           parsed.dependents(of: place, Self.subjectRelations).contains(where: { word in
               parsed.tag(of: word) == .pron && words.relativePronouns.contains(tokens[parsed.tokenOfWord[word]])
           }) {
            return ([holder], place)
        }
        return nil
    }

    /// The states where the event at `range` takes place, as its verb's complements of place name them with a seat or
    /// a state ("s'est entretenu à Lomé avec X", "met X in Accra", "se reunió en Togo con X"); parsers also hang the
    /// place on the object or on the day before it ("met his counterpart X in Lomé", "el lunes en Lomé").
    func venueStates(of range: Range<Int>) -> [String] {
        guard let head = headWord(of: range), parsed.tag(of: head) == .verb else { return [] }
        let complements = parsed.dependents(of: head, [.obl, .obj])
        let written = (complements + complements.flatMap { parsed.dependents(of: $0, [.nmod]) }).compactMap { mentionOfWord[$0] }
            .map { mentions[$0] }.filter { $0.isLocative && ($0.form == .seat || $0.form == .name) }
        // "était au Mali, où il s'est entretenu avec X": the place the clause is relative to.
        let relative = placeBeforeRelativeAdverb(of: head).flatMap { mentionOfWord[$0] }.map { [mentions[$0]] } ?? []
        return (written + relative).flatMap { $0.refs.compactMap(\.stateCode) }
    }

    /// Whom a copula places at `word` ("X is in Y", "X est au Togo", "X está en Y"); nil when `word` is no place a
    /// copula predicates. "Le président est au Togo", read with the place as the name's complement, places the name.
    private func copularSubjects(ofPlace word: Int) -> [Int]? {
        guard isPlaceComplement(word), parsed.dependents(of: word).contains(where: { parsed.relation(of: $0) == .cop }) else { return nil }
        let subjects = parsed.dependents(of: word, Self.subjectRelations)
        if !subjects.isEmpty { return subjects.flatMap { relativeResolved($0, clause: word) } }
        guard parsed.relation(of: word) == .nmod, let bearer = parsed.governor(of: word), bearer < word,
              mentionOfWord[bearer] != nil else { return nil }
        return [bearer]
    }

    /// A name introduced by a preposition of place ("in X", "au Togo", "en Perú").
    private func isPlaceComplement(_ word: Int) -> Bool {
        mentionOfWord[word] != nil && markers(of: word).contains(where: words.destinationPrepositions.contains)
    }
}
