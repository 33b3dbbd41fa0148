/// Attaches actors to a trigger: who acts and who receives, following the sentence.
///
/// Works on the mentions of one sentence in text order. The subject of a
/// verb is the nearest actor before it that is not the object of a
/// preposition; its object is the first actor after it, before the next
/// clause. Lists ("au Pérou et à la Bolivie", "la Suède, la Norvège
/// et le Danemark") extend both, and a list shares the preposition of its first
/// member ("entre l'Inde et le Népal").
struct ArgumentFinder {
    let tokens: [Token]
    let mentions: [Mention]
    let sentence: Range<Int>
    /// The preposition governing each mention, inherited along lists.
    private let governing: [String?]
    /// Whether each mention is joined to the one before it as a list member.
    private let joined: [Bool]

    /// Words after which an actor is what a meeting or agreement is about, not a party to it.
    static let topics = FunctionWords.set("sur on about over sobre concernant regarding acerca")
    /// Words that introduce a recipient after a noun ("sanctions contre Cuba", "talks with Iran", "near the border of").
    static let recipients = FunctionWords.set("""
        contre against contra à au aux to a avec with con envers towards toward hacia sur on vers upon al
        frontière frontières frontière border borders frontera fronteras près near cerca
        """)
    /// Prepositions that introduce an actor after a noun ("le soutien de la Russie").
    static let agents = FunctionWords.ofPrepositions
    /// Prepositions that introduce the giver after a receiving verb ("obtained arms from Moscow").
    static let origins = FunctionWords.set("de d' du des from en auprès del desde of")
    /// Agents of a passive verb.
    static let passiveAgents = FunctionWords.set("par by por")
    /// Prepositions of a mutual event's parties.
    static let betweens = FunctionWords.set("entre between")
    /// Tokens that close the clause a verb's object can be found in.
    static let clauseEnds = FunctionWords.set("; : qui which who mais but pero porque parce car because tandis while whereas donde où where cuando lorsque quand as mientras alors")
    /// Prepositions that introduce the other party of a mutual event ("rencontré avec", "téléphoné au").
    static let partners = FunctionWords.set("avec with con à au aux a al to from")
    /// Complementisers: "warned that…", "a averti que…".
    static let complementisers = FunctionWords.set("que qu' that")
    /// Words a list may hold between its members besides conjunctions and articles.
    private static let listFillers = FunctionWords.set("à au aux a al to que as well also autres other others otros otras d' de")
    private static let conjunctions = FunctionWords.set("et and y e ainsi que as well ni nor or ou o")

    init(tokens: [Token], mentions: [Mention], sentence: Range<Int>) {
        self.tokens = tokens
        self.mentions = mentions
        self.sentence = sentence
        var joined = [Bool](repeating: false, count: mentions.count)
        var governing = mentions.map(\.preposition)
        var closed = false
        for index in mentions.indices.dropFirst() {
            let gap = tokens[mentions[index - 1].range.upperBound..<mentions[index].range.lowerBound]
            // Only a list gap can join two mentions, and only then does a conjunction in it matter: the gap,
            // often the whole clause between two actors, is scanned for one only when it is a list gap.
            let isList = Self.isListGap(gap)
            let conjunction = isList && gap.contains { Self.conjunctions.contains($0) }
            joined[index] = isList && (conjunction || !closed)
            closed = joined[index] ? (closed || conjunction) : false
            if joined[index], conjunction, governing[index] == nil || governing[index] == governing[index - 1] {
                governing[index] = governing[index - 1]
            }
        }
        self.joined = joined
        self.governing = governing
    }

    /// A gap of coordinators, articles and list fillers with at least one coordinator. Every word is tested
    /// before the coordinator is looked for: a clause between two actors fails at its first other word.
    private static func isListGap(_ gap: ArraySlice<Token>) -> Bool {
        !gap.isEmpty && gap.allSatisfy {
            FunctionWords.coordinators.contains($0) || FunctionWords.articles.contains($0) || listFillers.contains($0)
        } && gap.contains { FunctionWords.coordinators.contains($0) }
    }

    private func hasConjunction(before position: Int) -> Bool {
        tokens[mentions[position - 1].range.upperBound..<mentions[position].range.lowerBound].contains { Self.conjunctions.contains($0) }
    }

    func preposition(of mention: Mention) -> String? {
        mentions.firstIndex(of: mention).flatMap { governing[$0] }
    }

    // MARK: Subjects

    /// The subject before `start` and the actors listed with it.
    ///
    /// A relative pronoun before the verb makes its antecedent the subject ("le ministre, qui a signé");
    /// a participle after a comma takes the subject of the main clause ("…, accusing it of…").
    func subject(before start: Int) -> [Mention] {
        if let relative = relativePronoun(before: start) {
            let antecedent = mentions.lastIndex { mention in
                mention.range.upperBound <= relative
                    && tokens[mention.range.upperBound..<relative].allSatisfy { Self.antecedentGap.contains($0) }
            }
            return antecedent.map { represented(by: list(ending: $0)) } ?? []
        }
        if let antecedent = closedRelativeClauseAntecedent(before: start) { return represented(by: antecedent) }
        if isParticipleAfterComma(start) {
            if let main = mentions.indices.first(where: { governing[$0] == nil && mentions[$0].range.upperBound <= start }) {
                return list(starting: main)
            }
        }
        if sentence.contains(start), start > sentence.lowerBound, let adjacent = mentions.lastIndex(where: { $0.range.upperBound == start }),
           isParticiple(tokens[start]) {
            return [mentions[adjacent]]
        }
        let left = mentions.indices.filter { mentions[$0].range.upperBound <= start }
        for position in left.reversed() {
            let mention = mentions[position]
            if isRelativeAntecedent(mention, before: start) { return [mention] }
            if governing[position] != nil || (mention.form == .seat && mention.isLocative) { continue }
            return represented(by: list(ending: position))
        }
        return []
    }

    /// What may stand between an antecedent and its relative: ", qui", ", both of which", ", dont tous".
    private static let antecedentGap = FunctionWords.set(", both all each of de tous toutes ambos todos todas cada uno")

    /// "Les Soviétiques, représentés par Alexeï Kossyguine, …": the representative acts for the subject.
    private static let representedMarkers = FunctionWords.set("represented représenté représentée représentés représentées representado representada representados representadas")

    func represented(by subject: [Mention]) -> [Mention] {
        guard let last = subject.last, let lastIndex = mentions.firstIndex(of: last) else { return subject }
        let after = last.range.upperBound
        guard after + 2 < sentence.upperBound, tokens[after].text == ",", Self.representedMarkers.contains(tokens[after + 1]),
              lastIndex + 1 < mentions.count, mentions[lastIndex + 1].range.lowerBound <= after + 4 else { return subject }
        return [mentions[lastIndex + 1]]
    }

    /// Relative pronouns that are only relatives ("que" is also a complementiser, so it is left out).
    private static let relativePronouns = FunctionWords.set("qui who which quien quienes lequel laquelle lesquels lesquelles")

    /// The position of a relative pronoun opening the clause of the verb at `start`, within four tokens.
    private func relativePronoun(before start: Int) -> Int? {
        for index in stride(from: start - 1, through: max(sentence.lowerBound, start - 12), by: -1) {
            let folded = tokens[index].folded
            if Self.relativePronouns.contains(folded) { return index }
            if tokens[index].kind == .punctuation || mentions.contains(where: { $0.range.contains(index) }) { return nil }
        }
        return nil
    }

    /// "Le président, qui a reçu… le ministre, a ordonné…": a relative clause closed by a comma before the verb
    /// holds no subject; the antecedent of its pronoun is the subject.
    private func closedRelativeClauseAntecedent(before start: Int) -> [Mention]? {
        guard let comma = (sentence.lowerBound..<start).last(where: { tokens[$0].text == "," }),
              !mentions.contains(where: { $0.range.lowerBound > comma && $0.range.upperBound <= start }),
              let relative = (sentence.lowerBound..<comma).last(where: { Self.relativePronouns.contains(tokens[$0]) }),
              let position = mentions.lastIndex(where: { mention in
                  mention.range.upperBound <= relative
                      && tokens[mention.range.upperBound..<relative].allSatisfy { Self.antecedentGap.contains($0) }
              }) else { return nil }
        return list(ending: position)
    }

    /// "-ing", "-ant", "-ando/-iendo": a participle.
    private func isParticiple(_ token: Token) -> Bool {
        ["ing", "ant", "ando", "iendo"].contains { token.folded.hasSuffix($0) } && token.folded.count > 5
    }

    /// "…, accusing it of…", "…, en accusant…": a participle clause after a comma.
    private func isParticipleAfterComma(_ start: Int) -> Bool {
        guard sentence.contains(start), isParticiple(tokens[start]) else { return false }
        var index = start - 1
        if index >= sentence.lowerBound, tokens[index].folded == "en" { index -= 1 }
        return index >= sentence.lowerBound && tokens[index].text == ","
    }

    /// "…le vice-premier ministre de Moscou qui doit ensuite se rendre…": the antecedent of "qui" is the subject.
    private func isRelativeAntecedent(_ mention: Mention, before start: Int) -> Bool {
        let next = mention.range.upperBound
        return next < start && FunctionWords.relatives.contains(tokens[next])
    }

    /// The mention at `position` and those listed before it: "X, Y et Z" read back from Z.
    func list(ending position: Int) -> [Mention] {
        var members = [mentions[position]]
        var current = position
        while current > 0, joined[current], current < position || hasConjunction(before: current) {
            // "Comme prévu avec le Chili, le Pérou et la Bolivie exigent…": a fronted phrase is no subject.
            if !hasConjunction(before: current), mentions[current - 1].preposition != nil, mentions[current].preposition == nil { break }
            current -= 1
            members.insert(mentions[current], at: 0)
        }
        return members
    }

    /// The mention at `position` and those listed after it; a comma after the closing "et" ends the list.
    func list(starting position: Int) -> [Mention] {
        var members = [mentions[position]]
        var current = position
        var closed = false
        while current + 1 < mentions.count, joined[current + 1] {
            let conjunction = hasConjunction(before: current + 1)
            if closed && !conjunction { break }
            closed = closed || conjunction
            current += 1
            members.append(mentions[current])
        }
        return members
    }

    /// The mentions written as one list with the mention at `position` ("X, Y et Z"), in text order.
    func listMembers(of position: Int) -> [Mention] {
        let before = list(ending: position), after = list(starting: position)
        return before + after.dropFirst()
    }

    /// The subject of the sentence's main clause: the first actor that is not the object of a preposition.
    func mainSubject() -> [Mention] {
        guard let first = mentions.indices.first(where: { governing[$0] == nil && mentions[$0].form != .seat }) else { return [] }
        return list(starting: first)
    }

    // MARK: Objects

    /// The first actor after `end` in the same clause, and those listed with it.
    func object(after end: Int, allowPlaces: Bool, excludeTopics: Bool, partiesOnly: Bool = false, direct: Bool = true,
                maxGap: Int = 12, before limit: Int = .max) -> [Mention] {
        for position in mentions.indices where mentions[position].range.lowerBound >= end {
            let mention = mentions[position]
            if mention.range.lowerBound - end > maxGap || mention.range.lowerBound >= limit { return [] }
            let gap = tokens[end..<mention.range.lowerBound]
            if gap.contains(where: { Self.clauseEnds.contains($0) || Self.complementisers.contains($0) || $0.text == "." }) { return [] }
            let preposition = governing[position]
            if excludeTopics, let preposition, Self.topics.contains(preposition) { continue }
            if !allowPlaces && mention.form == .seat && mention.isLocative { continue }
            if let preposition, Self.passiveAgents.contains(preposition) || Self.betweens.contains(preposition) { continue }
            if partiesOnly, let preposition, !Self.partners.contains(preposition) { continue }
            if !direct && preposition == nil { continue }
            return list(starting: position)
        }
        return []
    }

    /// English object pronouns right after a verb: "urged him to", "accusing it of".
    private static let objectPronouns = FunctionWords.set("him her it them")

    func hasObjectPronoun(after end: Int) -> Bool {
        end < sentence.upperBound && Self.objectPronouns.contains(tokens[end])
    }

    /// The actor an object pronoun after `end` stands for: the last actor named before the verb that is not its subject.
    func pronounObject(after end: Int, before start: Int, subject: [Mention]) -> [Mention] {
        guard end < sentence.upperBound, Self.objectPronouns.contains(tokens[end]) else { return [] }
        let refs = Set(subject.flatMap(\.refs))
        let wantsPerson = tokens[end].folded == "him" || tokens[end].folded == "her"
        let candidate = mentions.last { mention in
            mention.range.upperBound <= start && !mention.refs.contains(where: refs.contains)
                && (!wantsPerson || mention.refs.contains { $0.personIndex != nil })
        }
        return candidate.map { [$0] } ?? []
    }

    /// The first actor after the complementiser that follows `end`: "a averti que le Kremlin…".
    func complementSubject(after end: Int) -> [Mention] {
        guard end < sentence.upperBound, Self.complementisers.contains(tokens[end]) else { return [] }
        return subjectAfter(end + 1, within: 8)
    }

    private func subjectAfter(_ start: Int, within window: Int) -> [Mention] {
        guard let position = mentions.indices.first(where: { mentions[$0].range.lowerBound >= start }),
              mentions[position].range.lowerBound - start <= window, governing[position] == nil else { return [] }
        return list(starting: position)
    }

    /// The actors introduced by one of `words` within `window` tokens after `end`,
    /// also through a counted noun and a list opener ("avec 19 autres pays, dont l'Australie, …").
    func prepositional(after end: Int, words: WordSet, window: Int, excluding excluded: WordSet = .empty,
                       before boundary: Int = .max) -> [Mention] {
        let limit = min(sentence.upperBound, end + window, boundary)
        let clauseEnd = (end..<limit).first { Self.clauseEnds.contains(tokens[$0]) || Self.complementisers.contains(tokens[$0]) } ?? limit
        for introducer in end..<clauseEnd where words.contains(tokens[introducer]) && !excluded.contains(tokens[introducer]) {
            guard let position = mentions.indices.first(where: { mentions[$0].range.lowerBound > introducer }) else { return [] }
            let gap = tokens[(introducer + 1)..<mentions[position].range.lowerBound]
            if gap.count <= 8, gap.indices.allSatisfy(isNounPhraseFiller) { return list(starting: position) }
        }
        return []
    }

    /// Words that may stand between a preposition and its actor: articles, numbers, common nouns, list openers,
    /// and "de" only after a government noun ("contre le gouvernement de X", not "contre des proches de X").
    private func isNounPhraseFiller(_ index: Int) -> Bool {
        let token = tokens[index]
        if Self.clauseEnds.contains(token) || Self.complementisers.contains(token) || token.text == "." { return false }
        if Self.agentiveNouns.contains(token) { return false }
        if Self.agents.contains(token) {
            let previous = index > sentence.lowerBound ? tokens[index - 1].folded : ""
            // "contre des entreprises": right after a preposition, "des"/"du" is an article, not "of".
            let isArticle = FunctionWords.prepositions.contains(previous) && FunctionWords.articles.contains(token)
            return isArticle || FunctionWords.governmentNouns.contains(previous) || Self.peopleNouns.contains(previous)
        }
        if FunctionWords.prepositions.contains(token) && !FunctionWords.articles.contains(token) { return false }
        return token.kind != .punctuation || token.text == ","
    }

    /// "à la demande de X", "at the request of X": X asks, it does not receive.
    private static let agentiveNouns = FunctionWords.set("demande request petición peticion solicitud initiative iniciativa invitation invitación instigation nom behalf")
    private static let peopleNouns = FunctionWords.set("peuple people pueblo citoyens citizens ciudadanos forces fuerzas armée army ejército territoire territory territorio frontière frontières border borders frontera fronteras")

    /// The agent of a passive: "soutenue par le Brésil", "backed by Iran".
    func passiveAgent(after end: Int) -> [Mention] {
        let window = tokens[end..<min(sentence.upperBound, end + 3)]
        guard window.contains(where: { Self.passiveAgents.contains($0) }) else { return [] }
        return prepositional(after: end, words: Self.passiveAgents, window: 3)
    }

    /// A demonym right after a noun: "les sanctions américaines", "restrictions économiques américaines".
    func adjectiveActor(after end: Int) -> Mention? {
        mentions.first { mention in
            mention.form == .demonym && mention.range.lowerBound >= end && mention.range.lowerBound - end <= 2
                && tokens[end..<mention.range.lowerBound].allSatisfy { $0.isWord && !$0.isCapitalized }
        }
    }

    /// An actor right before a noun: "Russian support", "Russia's support".
    func possessor(before start: Int) -> Mention? {
        mentions.first { mention in
            let end = mention.range.upperBound
            if end == start && mention.form == .demonym { return true }
            return end + 1 == start && tokens[end].folded == "'s"
        }
    }

    /// "entre X et Y", "between X and Y" after a mutual trigger: both parties.
    func between(after hit: Range<Int>) -> [Mention] {
        for position in mentions.indices where mentions[position].range.lowerBound >= hit.upperBound {
            guard mentions[position].range.lowerBound - hit.upperBound <= 6 else { return [] }
            guard let preposition = mentions[position].preposition, Self.betweens.contains(preposition) else { continue }
            let members = list(starting: position)
            if members.flatMap(\.refs).count >= 2 { return members }
        }
        return []
    }
}
