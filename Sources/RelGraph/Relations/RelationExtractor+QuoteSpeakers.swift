/// Quotations of several sentences attributed at their end: '"We regret the decision of X. We will not yield," the
/// president said.' The attribution is written after the last sentence; the sentences before it are the same speaker's,
/// and a "we" or a dropped subject there stands for that speaker.
extension RelationExtractor {
    /// For each sentence of a quotation that stays open past it, the actors the attribution after the quotation's
    /// closing mark names: persons if it names any, else the first actor after the mark. A quotation closed with no
    /// verb of saying after its mark gives no speaker.
    func speakersOfLongQuotes() -> [Int: [ActorRef]] {
        let tokens = document.tokens
        var speakers: [Int: [ActorRef]] = [:]
        var pending: [Int] = []
        var isOpen = false
        for sentence in document.sentences {
            var closing: Int?
            for index in sentence.tokenRange where tokens[index].kind == .punctuation {
                switch Self.quoteMarkKinds[tokens[index].text] {
                case .opening?: isOpen = true
                case .closing?:
                    if isOpen { closing = index }
                    isOpen = false
                case .either?:
                    if isOpen { closing = index }
                    isOpen.toggle()
                case nil: continue
                }
            }
            if let closing, !pending.isEmpty {
                let said = attributedSpeakers(after: closing, in: sentence)
                if !said.isEmpty { for quoted in pending { speakers[quoted] = said } }
                pending = []
            }
            if isOpen { pending.append(sentence.index) }
        }
        return speakers
    }

    private enum QuoteMark { case opening, closing, either }

    /// Curly and angle quotes by their side; a straight double quote opens and closes by turns. Single quotes are
    /// also apostrophes, and are left out.
    private static let quoteMarkKinds: [String: QuoteMark] = ["“": .opening, "«": .opening, "”": .closing, "»": .closing, "\"": .either]

    /// The speakers an attribution after the mark at `closing` names, with a verb of saying after the mark.
    private func attributedSpeakers(after closing: Int, in sentence: Sentence) -> [ActorRef] {
        let tokens = document.tokens
        let after = closing + 1..<sentence.tokenRange.upperBound
        guard after.contains(where: { FunctionWords.reportingVerbs.contains(tokens[$0]) }) else { return [] }
        let named = actors.mentions[sentence.index].filter { $0.range.lowerBound > closing }
        let persons = named.flatMap(\.refs).filter { $0.personIndex != nil }
        return !persons.isEmpty ? [persons[0]] : named.first?.refs ?? []
    }
}
