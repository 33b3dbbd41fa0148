/// "the UN Security Council condemned the launch… The council also demanded…": a body the article has named is
/// named again by the noun its name ends with, after a determiner that points back ("the council", "the commission").
extension ActorFinder {
    /// Adds a mention for each body named again, with the refs of the latest body whose name ends with that noun,
    /// named in the same sentence or in the `bodyMemory` before it.
    func resolveBodiesNamedAgain(_ mentions: inout [[Mention]]) {
        let bodyNouns = FunctionWordClasses.of(document.language).bodyNouns
        let determiners = ArgumentWords.of(document.language).anaphoricDeterminers
        let tokens = document.tokens
        /// The bodies named lately, by the folded noun their name ends with.
        var named: [String: (sentence: Int, refs: [ActorRef])] = [:]
        for sentence in mentions.indices {
            var added: [Mention] = []
            var next = 0
            for index in document.sentences[sentence].tokenRange {
                if next < mentions[sentence].count, mentions[sentence][next].range.lowerBound == index {
                    let mention = mentions[sentence][next]
                    let last = tokens[mention.range.upperBound - 1]
                    if mention.form == .name, !mention.refs.isEmpty, mention.refs.allSatisfy(\.isOrganizationOrBody), bodyNouns.contains(last) {
                        named[last.folded] = (sentence, mention.refs)
                    }
                    next += 1
                    continue
                }
                let range = document.sentences[sentence].tokenRange
                guard index > range.lowerBound, tokens[index].isWord, bodyNouns.contains(tokens[index]), determiners.contains(tokens[index - 1]),
                      !mentions[sentence].contains(where: { $0.range.contains(index) }),
                      let body = named[tokens[index].folded], sentence - body.sentence <= Self.bodyMemory else { continue }
                added.append(Mention(range: index..<index + 1, refs: body.refs, form: .name, preposition: prepositionBefore(index, in: range)))
            }
            guard !added.isEmpty else { continue }
            mentions[sentence] = (mentions[sentence] + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// How many sentences back a body may have been named for its noun to name it again.
    private static let bodyMemory = 6
}
