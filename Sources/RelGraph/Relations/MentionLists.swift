/// The lists of actors a sentence writes on its surface: "X, Y et Z", "au Pérou et à la Bolivie".
///
/// Parsers often hang the members of a long list on the verb or as appositions, while the list itself is plain
/// in the text: coordinators, articles and commas between mentions. The tree asks for a mention's list members
/// here; a sentence that is not parsed (it has no trigger) tells the discourse its subject from here.
struct MentionLists {
    let tokens: [Token]
    let mentions: [Mention]
    let sentence: Range<Int>
    /// The preposition governing each mention, inherited along lists.
    private let governing: [String?]
    /// Whether each mention is joined to the one before it as a list member.
    private let joined: [Bool]

    init(tokens: [Token], mentions: [Mention], sentence: Range<Int>) {
        self.tokens = tokens
        self.mentions = mentions
        self.sentence = sentence
        var joined = [Bool].filled(with: false, count: mentions.count)
        var governing = mentions.map(\.preposition)
        var closed = false
        for index in mentions.indices.dropFirst() {
            let gap = Self.gap(tokens, mentions, before: index)
            // Only a list gap can join two mentions, and only then does a conjunction in it matter: the gap,
            // often the whole clause between two actors, is scanned for one only when it is a list gap.
            let isList = Self.isListGap(gap)
            let conjunction = isList && gap.contains { FunctionWords.listConjunctions.contains($0) }
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
            FunctionWords.coordinators.contains($0) || FunctionWords.articles.contains($0)
                || FunctionWords.listFillers.contains($0)
        } && gap.contains { FunctionWords.coordinators.contains($0) } && !opensRelativeClause(gap)
    }

    /// "X que le Kenya accuse": a word that joins a list only after the first word of its conjunction ("ainsi que")
    /// opens a relative clause when nothing of the conjunction comes before it.
    private static func opensRelativeClause(_ gap: ArraySlice<Token>) -> Bool {
        gap.indices.contains { index in
            FunctionWords.boundListWords.contains(gap[index])
                && (index == gap.startIndex || !FunctionWords.listConjunctions.contains(gap[index - 1]))
        }
    }

    private func hasConjunction(before position: Int) -> Bool {
        Self.gap(tokens, mentions, before: position).contains { FunctionWords.listConjunctions.contains($0) }
    }

    /// The tokens between the mention before `position` and it; none when the two touch or overlap, as mentions of
    /// text that is no prose (runs of invalid bytes) may.
    private static func gap(_ tokens: [Token], _ mentions: [Mention], before position: Int) -> ArraySlice<Token> {
        let start = mentions[position - 1].range.upperBound, end = mentions[position].range.lowerBound
        return start < end ? tokens[start..<end] : tokens[end..<end]
    }

    /// The mention at `position` and those listed after it; a comma after the closing "et" ends the list.
    func list(starting position: Int) -> [Mention] {
        Array(mentions[position...last(starting: position)])
    }

    /// The positions of the mentions written as one list with the mention at `position` ("X, Y et Z"), in text
    /// order. A list is a run of neighbouring mentions, so its positions are a range: asked of every actor an
    /// argument resolves to, it hands back no array and copies no mention.
    func listMembers(of position: Int) -> Range<Int> {
        // One joined to no neighbour is its own list, found without walking the lists either way.
        guard joined[position] || (position + 1 < mentions.count && joined[position + 1]) else { return position..<position + 1 }
        return first(ending: position)..<last(starting: position) + 1
    }

    /// The first position of the list ending at `position`: "X, Y et Z" read back from Z.
    private func first(ending position: Int) -> Int {
        var current = position
        while current > 0, joined[current], current < position || hasConjunction(before: current) {
            // "Comme prévu avec le Chili, le Pérou et la Bolivie exigent…": a fronted phrase is no subject.
            if !hasConjunction(before: current), mentions[current - 1].preposition != nil, mentions[current].preposition == nil { break }
            current -= 1
        }
        return current
    }

    /// The last position of the list starting at `position`; a comma after the closing "et" ends the list.
    private func last(starting position: Int) -> Int {
        var current = position
        var closed = false
        while current + 1 < mentions.count, joined[current + 1] {
            let conjunction = hasConjunction(before: current + 1)
            if closed && !conjunction { break }
            closed = closed || conjunction
            current += 1
        }
        return current
    }

    /// The subject of the sentence's main clause: the first actor that is not the object of a preposition.
    func mainSubject() -> [Mention] {
        guard let first = mentions.indices.first(where: { governing[$0] == nil && mentions[$0].form != .seat }) else { return [] }
        return list(starting: first)
    }
}
