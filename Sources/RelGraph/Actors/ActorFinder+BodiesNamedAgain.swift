/// "the UN Security Council condemned the launch… The council also demanded…": a body the article has named is
/// named again by the noun its name ends with, after a determiner that points back ("the council", "the commission").
/// So is a state's body written beside its state ("the Russian Foreign Ministry… The ministry also demanded…"), and a
/// state after a demonstrative ("…Togo. Ghana closed its border with that country").
extension ActorFinder {
    /// Adds a mention for each body named again, with the refs of the latest body whose name ends with that noun,
    /// named in the same sentence or in the `bodyMemory` before it.
    func resolveBodiesNamedAgain(_ mentions: inout [[Mention]]) {
        let classes = FunctionWordClasses.of(document.language)
        let bodyNouns = classes.bodyNouns
        let stateBodyNouns = classes.stateBodyNouns
        let blocNouns = classes.blocNouns
        let allianceNouns = classes.allianceNouns
        let organizationNouns = classes.organizationNouns
        let kingdomNouns = classes.kingdomNouns
        // Spelt out once: a union or an alliance named records each of its nouns.
        let blocWords = blocNouns.words, allianceWords = allianceNouns.words, organizationWords = organizationNouns.words
        let kingdomWords = kingdomNouns.words
        let countryNouns = classes.countryNouns, countryWords = countryNouns.words, demonstratives = classes.demonstratives
        let determiners = ArgumentWords.of(document.language).anaphoricDeterminers
        let tokens = document.tokens
        /// The bodies named lately, by the folded noun their name ends with.
        var named: [String: (sentence: Int, refs: [ActorRef])] = [:]
        /// The states named by themselves, latest last: "son voisin" is the latest one other than its owner.
        var statesNamed: [(sentence: Int, code: String)] = []
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
                    // "the European Union… the bloc", "NATO… the alliance", "ECOWAS… the organization": a union of states,
                    // an alliance or another organization of states is named again by the language's noun of its kind.
                    if mention.refs.count == 1, case .organization(let key) = mention.refs[0] {
                        if OrganizationLexicon.unionsOfStates.contains(key) { for noun in blocWords { named[noun] = (sentence, mention.refs) } }
                        if OrganizationLexicon.alliances.contains(key) { for noun in allianceWords { named[noun] = (sentence, mention.refs) } }
                        if OrganizationLexicon.organizationsOfStates.contains(key) {
                            for noun in organizationWords { named[noun] = (sentence, mention.refs) }
                        }
                    }
                    // "Morocco… the kingdom", "le Maroc… le royaume": a kingdom is named again by the noun of its kind.
                    if mention.refs.count == 1, let code = mention.refs[0].stateCode, StateLexicon.kingdoms.contains(code) {
                        for noun in kingdomWords { named[noun] = (sentence, mention.refs) }
                    }
                    // "…Togo. …that country": any state named by itself is the last a demonstrative can point to.
                    if mention.refs.count == 1, let code = mention.refs[0].stateCode, [.name, .demonym, .seat].contains(mention.form) {
                        for noun in countryWords { named[noun] = (sentence, mention.refs) }
                        statesNamed.append((sentence, code))
                    }
                    if let noun = stateBody(beside: mention, in: document.sentences[sentence].tokenRange, nouns: stateBodyNouns, classes: classes) {
                        named[tokens[noun].folded] = (sentence, mention.refs)
                    }
                    next += 1
                    continue
                }
                let range = document.sentences[sentence].tokenRange
                if let neighbour = neighbourNamed(at: index, in: range, of: sentence, statesNamed: statesNamed, classes: classes) {
                    added.append(Mention(range: index..<index + 1, refs: [.state(neighbour)], form: .name, preposition: prepositionBefore(index, in: range)))
                    continue
                }
                guard index > range.lowerBound, tokens[index].isWord,
                      bodyNouns.contains(tokens[index]) || stateBodyNouns.contains(tokens[index]) || blocNouns.contains(tokens[index])
                        || allianceNouns.contains(tokens[index]) || organizationNouns.contains(tokens[index])
                        || kingdomNouns.contains(tokens[index]) || countryNouns.contains(tokens[index]),
                      case let epithet = isEpithet(index, in: range, mentions: mentions[sentence], classes: classes),
                      determiners.contains(tokens[index - 1]) || isQualifiedAfterDeterminer(index, in: range, determiners: determiners) || epithet,
                      !countryNouns.contains(tokens[index]) || demonstratives.contains(tokens[index - 1]) || epithet,
                      !mentions[sentence].contains(where: { $0.range.contains(index) }),
                      !isQualified(index, in: range, mentions: mentions[sentence], nouns: stateBodyNouns, classes: classes),
                      let body = named[tokens[index].folded], sentence - body.sentence <= Self.bodyMemory else { continue }
                added.append(Mention(range: index..<index + 1, refs: body.refs, form: .name, preposition: prepositionBefore(index, in: range)))
            }
            guard !added.isEmpty else { continue }
            mentions[sentence] = (mentions[sentence] + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    /// "Lomé a suspendu les liaisons avec son voisin", "cut links with its neighbour": a neighbour noun after a
    /// possessive of one owner is the latest state named before it other than the latest one, its owner.
    /// - Parameters:
    ///   - range: the tokens of the sentence the noun is in; `sentence`, its index.
    ///   - statesNamed: the states named by themselves before the noun, latest last.
    private func neighbourNamed(at noun: Int, in range: Range<Int>, of sentence: Int, statesNamed: [(sentence: Int, code: String)],
                                classes: FunctionWordClasses) -> String? {
        let tokens = document.tokens
        guard noun > range.lowerBound, classes.neighbourNouns.contains(tokens[noun]), classes.neighbourPossessives.contains(tokens[noun - 1]),
              let owner = statesNamed.last,
              let other = statesNamed.last(where: { $0.code != owner.code }), sentence - other.sentence <= Self.bodyMemory else { return nil }
        return other.code
    }

    /// The state body noun in a state's mention or beside it, with no punctuation between: "the Russian Foreign
    /// Ministry", up to two capitalised words after it), "le ministère russe", "el gobierno de Chile" (right before it, or
    /// with a genitive between).
    private func stateBody(beside mention: Mention, in sentence: Range<Int>, nouns: WordSet, classes: FunctionWordClasses) -> Int? {
        guard !mention.refs.isEmpty, mention.refs.allSatisfy({ $0.stateCode != nil }), mention.form != .pair else { return nil }
        let tokens = document.tokens
        // "le gouvernement malien" may be the mention itself, an official's.
        if let inside = mention.range.first(where: { nouns.contains(tokens[$0]) }) { return inside }
        // After it, past the possessive's ending, only capitalised words of the body's name between ("Foreign"), or one
        // word qualifying the noun ("Niger's military regime").
        let after = mention.range.upperBound + (mention.range.upperBound < sentence.upperBound
            && Self.possessiveEndings.contains(tokens[mention.range.upperBound].text) ? 1 : 0)
        for index in after..<min(after + 3, sentence.upperBound) {
            if nouns.contains(tokens[index]) { return index }
            if index == after, tokens[index].isWord, index + 1 < sentence.upperBound, nouns.contains(tokens[index + 1]) {
                return index + 1
            }
            guard tokens[index].isWord, tokens[index].isCapitalized else { break }
        }
        // Before it, right before, with one word qualifying the noun ("la junta militar nigerina") or with a genitive
        // between ("gobierno de Chile").
        let before = mention.range.lowerBound - 1
        guard before > sentence.lowerBound else { return nil }
        if nouns.contains(tokens[before]) { return before }
        if mention.form == .demonym, tokens[before].isWord, nouns.contains(tokens[before - 1]) { return before - 1 }
        if classes.ofPrepositions.contains(tokens[before]), nouns.contains(tokens[before - 1]) { return before - 1 }
        return nil
    }

    /// "the government of Chile", "le gouvernement malien": a state body noun that names its state itself after it is
    /// no body named again.
    /// So is one whose name goes on to its state: "el Ministerio de Relaciones Exteriores de Taiwán", "the Ministry of
    /// Foreign Affairs of X" (capitalised words and genitives between).
    private func isQualified(_ noun: Int, in sentence: Range<Int>, mentions: [Mention], nouns: WordSet, classes: FunctionWordClasses) -> Bool {
        guard nouns.contains(document.tokens[noun]) else { return false }
        let tokens = document.tokens
        var index = noun + 1
        while index < sentence.upperBound {
            if mentions.contains(where: { $0.range.lowerBound == index }) { return true }
            let partOfName = tokens[index].isWord && (tokens[index].isCapitalized || classes.ofPrepositions.contains(tokens[index])
                || classes.articles.contains(tokens[index]))
            guard partOfName || index == noun + 1 else { return false }
            index += 1
        }
        return false
    }

    /// "the military regime", "the new government": one lower-case word between the determiner and the noun.
    private func isQualifiedAfterDeterminer(_ noun: Int, in sentence: Range<Int>, determiners: WordSet) -> Bool {
        let tokens = document.tokens
        guard noun - 2 >= sentence.lowerBound, tokens[noun - 1].isWord, !tokens[noun - 1].isCapitalized else { return false }
        return determiners.contains(tokens[noun - 2])
    }

    private static let possessiveEndings: Set<String> = ["'s", "’s"]

    /// "the tiny Pacific nation", "le petit pays": a lower-case country noun after a definite article and one to three
    /// words that describe it, none an actor's name, a function word, nor a word relating it to another state
    /// (`epithetExclusions`).
    private func isEpithet(_ noun: Int, in sentence: Range<Int>, mentions: [Mention], classes: FunctionWordClasses) -> Bool {
        let tokens = document.tokens
        guard classes.countryNouns.contains(tokens[noun]), !tokens[noun].isCapitalized else { return false }
        for words in 1...Self.longestEpithet where noun - words - 1 >= sentence.lowerBound {
            let article = noun - words - 1
            let between = (article + 1)..<noun
            guard between.allSatisfy({ tokens[$0].isWord && !classes.epithetExclusions.contains(tokens[$0]) && !Self.isFunctionWord(tokens[$0]) }),
                  !mentions.contains(where: { $0.range.overlaps(between) }) else { return false }
            if classes.epithetArticles.contains(tokens[article]) { return true }
        }
        return false
    }

    private static let longestEpithet = 3

    /// An article or another determiner, or a preposition: "la salida del país" puts a noun and its complement before
    /// the country noun, no words describing it.
    private static func isFunctionWord(_ token: Token) -> Bool {
        FunctionWords.determiners.contains(token) || FunctionWords.prepositions.contains(token)
    }

    /// How many sentences back a body may have been named for its noun to name it again.
    private static let bodyMemory = 6
}
