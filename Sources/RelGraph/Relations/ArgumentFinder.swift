/// Attaches actors to a trigger: who acts and who receives, following the sentence.
///
/// Works on the mentions of one sentence in text order. The subject of a
/// verb is the nearest actor before it that is not the object of a
/// preposition; its object is the first actor after it, before the next
/// clause. Lists ("au Nicaragua et à Cuba", "la Grande-Bretagne, la France
/// et Israël") extend both.
struct ArgumentFinder {
    let tokens: [Token]
    let mentions: [Mention]
    let sentence: Range<Int>

    /// Words after which an actor is what a meeting or agreement is about, not a party to it.
    static let topics = FunctionWords.set("sur on about over sobre concernant regarding acerca")
    /// Prepositions that introduce a recipient after a noun ("sanctions contre Cuba", "talks with Iran").
    static let recipients = FunctionWords.set("contre against contra à au aux to a avec with con envers towards toward hacia sur on vers upon al")
    /// Prepositions that introduce an actor after a noun ("le soutien de la Russie").
    static let agents = FunctionWords.set("de d' du des of del by par por")
    /// Prepositions that introduce the giver after a receiving verb ("obtained arms from Moscow").
    static let origins = FunctionWords.set("de d' du des from en auprès del desde of")
    /// Agents of a passive verb.
    static let passiveAgents = FunctionWords.set("par by por")
    /// Tokens that close the clause a verb's object can be found in.
    static let clauseEnds = FunctionWords.set("; : que qu' qui which that who mais but pero porque parce car because tandis while whereas donde où where cuando lorsque quand")

    // MARK: Subjects

    /// The subject before `start` and the actors listed with it.
    func subject(before start: Int) -> [Mention] {
        let left = mentions.indices.filter { mentions[$0].range.upperBound <= start }
        for position in left.reversed() {
            let mention = mentions[position]
            if isRelativeAntecedent(mention, before: start) { return [mention] }
            if mention.isPrepositionalObject || (mention.form == .seat && mention.isLocative) { continue }
            return list(ending: position)
        }
        return []
    }

    /// "…le vice-premier ministre de Moscou qui doit ensuite se rendre…": the antecedent of "qui" is the subject.
    private func isRelativeAntecedent(_ mention: Mention, before start: Int) -> Bool {
        let next = mention.range.upperBound
        return next < start && FunctionWords.relatives.contains(tokens[next].folded)
    }

    /// The mention at `position` and those listed before it.
    private func list(ending position: Int) -> [Mention] {
        var members = [mentions[position]]
        var current = position
        while current > 0, isListGap(mentions[current - 1].range.upperBound, mentions[current].range.lowerBound) {
            current -= 1
            members.insert(mentions[current], at: 0)
        }
        return members
    }

    /// The mention at `position` and those listed after it.
    func list(starting position: Int) -> [Mention] {
        var members = [mentions[position]]
        var current = position
        while current + 1 < mentions.count, isListGap(mentions[current].range.upperBound, mentions[current + 1].range.lowerBound) {
            current += 1
            members.append(mentions[current])
        }
        return members
    }

    /// Only commas, conjunctions, articles and "à" stand between two list members.
    private func isListGap(_ from: Int, _ to: Int) -> Bool {
        guard from <= to else { return false }
        let gap = tokens[from..<to]
        return gap.contains { FunctionWords.coordinators.contains($0.folded) } && gap.allSatisfy {
            FunctionWords.coordinators.contains($0.folded) || FunctionWords.articles.contains($0.folded)
                || ["à", "au", "aux", "a", "al", "to", "que", "as", "well", "also"].contains($0.folded)
        }
    }

    // MARK: Objects

    /// The first actor after `end` in the same clause, and those listed with it.
    func object(after end: Int, allowPlaces: Bool, excludeTopics: Bool, maxGap: Int = 12) -> [Mention] {
        for position in mentions.indices where mentions[position].range.lowerBound >= end {
            let mention = mentions[position]
            if mention.range.lowerBound - end > maxGap { return [] }
            if tokens[end..<mention.range.lowerBound].contains(where: { Self.clauseEnds.contains($0.folded) || $0.text == "." }) { return [] }
            if excludeTopics, let preposition = mention.preposition, Self.topics.contains(preposition) { continue }
            if !allowPlaces && mention.form == .seat && mention.isLocative { continue }
            if mention.preposition.map(Self.passiveAgents.contains) ?? false { continue }
            return list(starting: position)
        }
        return []
    }

    /// The actor introduced by one of `prepositions` within `window` tokens after `end`.
    func prepositional(after end: Int, prepositions: Set<String>, window: Int) -> [Mention] {
        for position in mentions.indices where mentions[position].range.lowerBound >= end {
            let mention = mentions[position]
            guard mention.range.lowerBound - end <= window else { return [] }
            if let preposition = mention.preposition, prepositions.contains(preposition) { return list(starting: position) }
        }
        return []
    }

    /// The agent of a passive: "soutenue par le Venezuela", "backed by Iran".
    func passiveAgent(after end: Int) -> [Mention] {
        let window = tokens[end..<min(sentence.upperBound, end + 3)]
        guard window.contains(where: { Self.passiveAgents.contains($0.folded) }) else { return [] }
        return prepositional(after: end, prepositions: Self.passiveAgents, window: 5)
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
            return end + 1 == start && tokens[end].text == "'s"
        }
    }

    /// "entre X et Y", "between X and Y": both parties of a mutual event.
    func between(near hit: Range<Int>) -> [Mention] {
        for position in mentions.indices {
            let mention = mentions[position]
            guard let preposition = mention.preposition, preposition == "entre" || preposition == "between" else { continue }
            let distance = mention.range.lowerBound >= hit.upperBound ? mention.range.lowerBound - hit.upperBound : hit.lowerBound - mention.range.upperBound
            guard distance >= 0 && distance <= 8 else { continue }
            let members = list(starting: position)
            if members.count >= 2 || members.first?.refs.count ?? 0 >= 2 { return members }
        }
        return []
    }
}
