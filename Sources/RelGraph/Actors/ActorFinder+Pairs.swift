/// "Les deux parties", "both sides", "son pays": the states a pair or a possessive stands for.
extension ActorFinder {
    /// "les deux parties", "both sides", "ambos países", "les deux ont…".
    ///
    /// The word lists are asked about `tokens[i]` through `WordSet.contains(_: Token)`, which is inlined and reads
    /// the folded form in place, so that no `Token` is copied to be asked.
    func pairRange(at index: Int, in sentence: Range<Int>, spans: SentenceSpans) -> Range<Int>? {
        let tokens = document.tokens
        // "urged the parties to show restraint": the sides of a dispute, with the article alone.
        if FunctionWords.sideNouns.contains(tokens[index]), index > sentence.lowerBound,
           FunctionWords.definitePlurals.contains(tokens[index - 1]) {
            return index..<index + 1
        }
        if isBarePluralOfOfficials(at: index, in: sentence, spans: spans) { return index..<index + 1 }
        guard tokens[index].isWord, Self.pairOrGroupHeads.contains(tokens[index]) else { return nil }
        if isPairPronoun(at: index, in: sentence) { return index..<index + 1 }
        // "el apoyo de otros dos países, X y Y": a quantity before the number counts new ones, as one after it does below
        // ("two other countries", "deux autres pays").
        if index > sentence.lowerBound, FunctionWords.quantities.contains(tokens[index - 1]),
           !FunctionWords.prepositions.contains(tokens[index - 1]) {
            return nil
        }
        // "esos países", "these countries": the states just listed, whatever their number.
        if FunctionWords.listDemonstratives.contains(tokens[index]) {
            return index + 1 < sentence.upperBound && FunctionWords.pairNouns.contains(tokens[index + 1]) ? index..<index + 2 : nil
        }
        let isGroup = FunctionWords.groupHeads.contains(tokens[index])
        let hasArticle = index > sentence.lowerBound && FunctionWords.articles.contains(tokens[index - 1])
        let next = index + 1 < sentence.upperBound ? tokens[index + 1].folded : ""
        // "los tres países", "the five leaders": a number only with its article, as "tres países" names three new ones.
        if isGroup {
            let counted = FunctionWords.pairNouns.contains(next) || FunctionWords.officialPairNouns.contains(next)
            return hasArticle && counted ? index..<index + 2 : nil
        }
        if FunctionWords.pairNouns.contains(next) { return index..<index + 2 }
        // "ambos cancilleres", "los dos presidentes"; "dos ministros rusos", a bare number, names new people.
        if FunctionWords.officialPairNouns.contains(next), hasArticle || !FunctionWords.quantities.contains(tokens[index]) {
            return index..<index + 2
        }
        if index + 2 < sentence.upperBound, FunctionWords.pairNouns.contains(tokens[index + 2]), tokens[index + 1].isWord,
           !tokens[index + 1].isCapitalized, !FunctionWords.quantities.contains(tokens[index + 1]) {
            return index..<index + 3
        }
        if hasArticle && (FunctionWords.auxiliaries.contains(next) || next == "ont" || next == "sont") { return index..<index + 1 }
        return nil
    }

    /// "The leaders reviewed…", "los mandatarios anunciaron…": officials with the article alone stand for those just
    /// named; "the leaders of X and Y", "les présidents ghanéen et togolais", "los presidentes X y Y" name their own.
    func isBarePluralOfOfficials(at index: Int, in sentence: Range<Int>, spans: SentenceSpans) -> Bool {
        let tokens = document.tokens
        guard FunctionWords.officialPairNouns.contains(tokens[index]), index > sentence.lowerBound,
              FunctionWords.definitePlurals.contains(tokens[index - 1]) else { return false }
        let next = index + 1
        return next == sentence.upperBound
            || !(tokens[next].isCapitalized || FunctionWords.ofPrepositions.contains(tokens[next]) || spans.covers(next))
    }

    /// "Both agreed to…", "Ambos acordaron…": a pair head that stands alone as a subject, a verb after it.
    private func isPairPronoun(at index: Int, in sentence: Range<Int>) -> Bool {
        let classes = FunctionWordClasses.of(document.language)
        guard classes.pairPronouns.contains(document.tokens[index]), index + 1 < sentence.upperBound,
              case let next = document.tokens[index + 1], next.isWord, !next.isCapitalized
        else { return false }
        return classes.verbsAfterPairPronouns.contains(next) || classes.verbEndingsAfterPairPronouns.contains { next.folded.hasSuffix($0) }
    }

    /// The words that may open a pair or a numbered group, one set asked of every word, where most words were asked of both.
    private static let pairOrGroupHeads = FunctionWords.pairHeads.union(FunctionWords.groupHeads).union(FunctionWords.listDemonstratives)

    /// Gives "les deux parties" the two states just named together ("entre X et Y"), else the last two
    /// distinct states; gives "son pays" the state of the last person named.
    func resolvePairs(_ mentions: inout [[Mention]], registry: PersonRegistry) {
        /// The two most recently named distinct states, all the pair rule reads of their order.
        var recent: (older: String?, newer: String?) = (nil, nil)
        /// The distinct state named before `recent.older`, for a pair of counterparts that leaves out the official's own.
        var oldest: String?
        /// The couples named lately, each with how many sentences on it may still be meant: a couple a pair was read as
        /// is the article's pair, meant again further on than two states named side by side.
        var couples: [(sentence: Int, states: [String], reach: Int)] = []
        var lastPersonCountry: String?
        /// The lists of three states or more named lately ("entre X, Y y Z"), for "los tres países", "the five leaders".
        var lists: [(sentence: Int, states: [String])] = []
        /// The states of the list being read, comma by comma.
        var run: [String] = []
        /// The persons named lately, each once, the latest last, for "ambos cancilleres".
        var persons: [(sentence: Int, person: Int)] = []
        /// How often each state was named so far: the article's main pair is named again and again.
        var mentionCounts: [String: Int] = [:]
        /// The sentence each state was last named in.
        var lastNamed: [String: Int] = [:]
        let pairPronouns = FunctionWordClasses.of(document.language).pairPronouns
        for sentence in mentions.indices {
            /// The states named before this sentence, the latest last, and those this sentence has named so far.
            let before = [oldest, recent.older, recent.newer].compactMap { $0 }
            var named: [String] = []
            for index in mentions[sentence].indices {
                let mention = mentions[sentence][index]
                switch mention.form {
                case .pair where FunctionWords.listDemonstratives.contains(document.tokens[mention.range.lowerBound]):
                    lists.removeAll { sentence - $0.sentence > 1 }
                    couples.removeAll { sentence - $0.sentence > 1 }
                    // The latest list or couple; a list "X, Y y Z" is also read as the couple of its last two, in its sentence.
                    var states = couples.last?.states ?? []
                    if let list = lists.last, couples.last.map({ $0.sentence <= list.sentence }) ?? true { states = list.states }
                    mentions[sentence][index].refs = states.map(ActorRef.state)
                    continue
                case .pair where FunctionWords.groupHeads.contains(document.tokens[mention.range.lowerBound]):
                    lists.removeAll { sentence - $0.sentence > 2 }
                    let count = FunctionWords.groupCount(document.tokens[mention.range.lowerBound])
                    mentions[sentence][index].refs = lists.last { $0.states.count == count }?.states.map(ActorRef.state) ?? []
                    continue
                // "ambos se reunirán", "both agreed": a pair head alone is the two people named last, as "the two leaders" is.
                case .pair where FunctionWords.officialPairNouns.contains(document.tokens[mention.range.upperBound - 1])
                    || (mention.range.count == 1 && pairPronouns.contains(document.tokens[mention.range.lowerBound])):
                    let noun = document.tokens[mention.range.upperBound - 1].folded
                    if mention.range.count == 1, FunctionWords.officialPairNouns.contains(document.tokens[mention.range.lowerBound]) {
                        // "The leaders": every holder of the office named lately, however many; none, and it names no one.
                        let holders = persons.filter { sentence - $0.sentence <= Self.pairReach && Self.holdsOffice(registry.persons[$0.person], named: noun) }
                        mentions[sentence][index].refs = holders.count >= 2 ? holders.map { .person($0.person) } : []
                        continue
                    }
                    // "the two leaders" a few sentences after the leaders' meeting, with a minister quoted between: the
                    // holders of the office the noun names reach further back than anyone else named.
                    let titled = persons.filter { sentence - $0.sentence <= Self.titledPairReach && Self.holdsOffice(registry.persons[$0.person], named: noun) }
                    // "Accueillis par X, le maire, les deux ministres…": someone given another office is none of the
                    // holders of an office the noun names; "the two leaders" may be a president and a minister.
                    let token = document.tokens[mention.range.upperBound - 1]
                    let namesOffice = FunctionWords.officialPairNouns.contains(token) && !FunctionWords.leaderPairNouns.contains(token)
                    let pair = titled.count >= 2 ? titled : persons.filter { named in
                        let person = registry.persons[named.person]
                        return sentence - named.sentence <= Self.pairReach
                            && !(namesOffice && person.role != nil && !Self.holdsOffice(person, named: noun))
                    }
                    if pair.count >= 2 {
                        mentions[sentence][index].refs = pair.suffix(2).map { .person($0.person) }
                        continue
                    }
                    // "Ghana's president met his Togolese counterpart… The two leaders": officials named by their
                    // titles alone stand for their states, and so do the two of them.
                    fallthrough
                case .pair:
                    // A couple a pair was read as is meant further on, until the two states named last were both named
                    // after it ("…au Ghana, puis au Togo. Les deux pays…").
                    let namedSince = { (couple: Int) in
                        [recent.older, recent.newer].allSatisfy { code in code.map { lastNamed[$0, default: -1] > couple } ?? false }
                    }
                    couples.removeAll { sentence - $0.sentence > (namedSince($0.sentence) ? Self.coupleReach : $0.reach) }
                    // Meant past the reach of a couple named side by side, the article's pair outweighs the states named most.
                    let meansResolvedPair = couples.last.map { $0.reach == Self.resolvedPairReach && sentence - $0.sentence > Self.coupleReach } ?? false
                    var candidates = couples.reversed().map(\.states)
                    if named.count == 1, case let others = before.filter({ $0 != named[0] }), others.count >= 2 {
                        // "Tanzania will host talks between the two countries", "Washington urged both sides": the one
                        // state the sentence names before the pair acts on it, and is none of it.
                        candidates.append(Array(others.suffix(2)))
                    } else if let older = recent.older, let newer = recent.newer {
                        candidates.append([older, newer])
                    }
                    // "X spoke with his counterparts in both countries": two states other than the official's.
                    if let own = lastPersonCountry, followsCounterparts(mention.range.lowerBound, in: sentence) {
                        let others = [oldest, recent.older, recent.newer].compactMap { $0 }.filter { $0 != own }
                        candidates = candidates.filter { !$0.contains(own) }
                        if others.count >= 2 { candidates.append(Array(others.suffix(2))) }
                    }
                    // "des responsables français et américains ont assisté… les deux voisins": a couple named once in
                    // passing is not the pair the article is about, when the article has named another pair often.
                    if !meansResolvedPair, let first = candidates.first, first.contains(where: { mentionCounts[$0, default: 0] <= 1 }),
                       case let salient = Self.mostNamedPair(mentionCounts), salient.count == 2,
                       salient.allSatisfy({ mentionCounts[$0, default: 0] >= Self.salientPairMentions }) {
                        candidates.insert(salient, at: 0)
                    }
                    var seen = Set<[String]>()
                    candidates = candidates.filter { seen.insert($0.sorted()).inserted }
                    if candidates.isEmpty, let ahead = pairAhead(in: mentions[sentence], after: index, newest: recent.newer) {
                        candidates = [ahead]
                    }
                    mentions[sentence][index].refs = candidates.first?.map(ActorRef.state) ?? []
                    mentions[sentence][index].alternativeRefs = candidates.dropFirst().first?.map(ActorRef.state) ?? []
                    // "les deux pays…; les parties ont remercié…": a pair resolved is the couple the next one means.
                    if let couple = candidates.first, couple.count == 2 { couples.append((sentence, couple, Self.resolvedPairReach)) }
                    continue
                case .ownCountry:
                    mentions[sentence][index].refs = lastPersonCountry.map { [.state($0)] } ?? []
                    continue
                case .latterCountry:
                    mentions[sentence][index].refs = recent.newer.map { [.state($0)] } ?? []
                    continue
                default: break
                }
                // "sus homólogos armenio y azerbaiyano": one mention of two states is a couple too.
                let codes = mention.refs.compactMap(\.stateCode)
                if codes.count == 2, mention.refs.count == 2, codes[0] != codes[1] { couples.append((sentence, codes, Self.coupleReach)) }
                if codes.count >= 3, mention.refs.count == codes.count, !mention.isGroup { lists.append((sentence, codes)) }
                let state = mention.refs.onlyElement?.stateCode
                if index > 0, let couple = couple(mentions[sentence][index - 1], mention) {
                    couples.append((sentence, couple, Self.coupleReach))
                    // "X, Y y Z": the list read comma by comma ends at its conjunction.
                    if run.last == couple[0], !run.contains(couple[1]), run.count >= 2 { lists.append((sentence, run + [couple[1]])) }
                    run = []
                } else if index > 0, let state, let previous = mentions[sentence][index - 1].refs.onlyElement?.stateCode,
                          previous != state, listed(mentions[sentence][index - 1], before: mention) {
                    if run.last != previous { run = [previous] }
                    if !run.contains(state) { run.append(state) }
                } else {
                    run = []
                }
                // "an emergency meeting in Cairo": a capital named as where something happens is a venue, not one of
                // the two countries a pair stands for.
                if mention.form == .seat, mention.isLocative { continue }
                for ref in mention.refs {
                    if let person = ref.personIndex {
                        persons.removeAll { $0.person == person }
                        persons.append((sentence, person))
                    }
                    let personCountry = ref.personIndex.flatMap { registry.persons[$0].country }
                    if personCountry != nil { lastPersonCountry = personCountry }
                    // "Oman's foreign minister, whose country…": an official with no name stands for the state, whose
                    // country is that state.
                    if mention.form == .official, let code = ref.stateCode { lastPersonCountry = code }
                    guard let code = ref.stateCode ?? personCountry else { continue }
                    mentionCounts[code, default: 0] += 1
                    lastNamed[code] = sentence
                    if !named.contains(code) { named.append(code) }
                    // "les deux chefs d'État" after "sa position sur la Guadeloupe": a dependent territory has no head of state
                    // and is neither of the two countries a pair names.
                    guard code != recent.newer, CountryCodes.status(of: code) != .territory else { continue }
                    if code != recent.older { oldest = recent.older }
                    recent = (recent.newer, code)
                }
            }
            mentions[sentence].removeAll { [.pair, .ownCountry, .latterCountry].contains($0.form) && $0.refs.isEmpty }
        }
    }

    /// How many sentences back "both", "the two ministers" look for the two people they stand for.
    private static let pairReach = 2
    /// How many sentences on two states named side by side may be meant by a pair.
    private static let coupleReach = 2
    /// How many sentences on a couple a pair was read as may be meant by the next pair ("both sides… Both sides signed").
    private static let resolvedPairReach = 6
    /// How many sentences back "the two leaders" look for two holders of the office the noun names.
    private static let titledPairReach = 5

    /// How often both states of the article's main pair must have been named for it to outweigh a couple named once.
    private static let salientPairMentions = 3

    /// The two states named most often, the more named first; a tie goes to the code first in alphabetical order, so
    /// that the choice does not depend on a dictionary's order.
    private static func mostNamedPair(_ counts: [String: Int]) -> [String] {
        Array(counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(2).map(\.key))
    }

    /// "counterparts in both countries", "homologues des deux pays": a counterpart noun and a preposition right before
    /// the pair, in its sentence.
    private func followsCounterparts(_ start: Int, in sentence: Int) -> Bool {
        let range = document.sentences[sentence].tokenRange
        var index = start - 1
        // "des" and "del" are read over as articles: a counterpart noun may then stand right there.
        while index > range.lowerBound, FunctionWords.articles.contains(document.tokens[index]) { index -= 1 }
        if FunctionWords.counterpartNouns.contains(document.tokens[index]) { return true }
        guard index > range.lowerBound, FunctionWords.prepositions.contains(document.tokens[index]) else { return false }
        return FunctionWords.counterpartNouns.contains(document.tokens[index - 1])
    }

    /// Whether a person's title is the office a plural noun names: "les deux ministres" are ministers, not the
    /// presidents named after them. A counterpart holds the office of whom it is the counterpart of; a title's word
    /// is the noun's singular when the noun only adds a plural ending to it ("ministres", "cancilleres"). A noun of
    /// leading ("les deux dirigeants") is held by heads of state and of government, not by whoever else was named.
    static func holdsOffice(_ person: Person, named plural: String) -> Bool {
        if person.roleKey == "counterpart" { return true }
        if FunctionWords.leaderPairNouns.contains(plural), let key = person.roleKey, PersonRegistry.leaderRoles.contains(key) {
            return true
        }
        guard let role = person.role else { return false }
        return TextFolding.fold(role).split(whereSeparator: { !$0.isLetter }).contains { word in
            word.count >= 4 && plural.hasPrefix(word) && plural.count - word.count <= 2
        }
    }

    /// "Les deux armées s'affrontent… des nationalistes thaïlandais" with one state named before: the pair is that
    /// state and the next other state of the sentence, or the first two states of the sentence when none came before.
    private func pairAhead(in sentence: [Mention], after index: Int, newest: String?) -> [String]? {
        var states: [String] = newest.map { [$0] } ?? []
        for mention in sentence[(index + 1)...] {
            guard let code = mention.refs.onlyElement?.stateCode, !states.contains(code) else { continue }
            states.append(code)
            if states.count == 2 { return states }
        }
        return nil
    }

    /// The first two members of a list of states, parted by a comma: "Sudáfrica, Rusia y China".
    private func listed(_ first: Mention, before second: Mention) -> Bool {
        guard first.range.upperBound < second.range.lowerBound else { return false }
        let gap = document.tokens[first.range.upperBound..<second.range.lowerBound]
        return gap.count <= 2 && gap.first?.text == "," && gap.dropFirst().allSatisfy { FunctionWords.articles.contains($0) }
    }

    /// Two states joined by "et"/"and"/"y": "entre Pékin et Tokyo", "au Pérou et à la Bolivie".
    func couple(_ first: Mention, _ second: Mention) -> [String]? {
        guard let a = first.refs.onlyElement?.stateCode, let b = second.refs.onlyElement?.stateCode, a != b,
              first.range.upperBound < second.range.lowerBound else { return nil }
        let gap = document.tokens[first.range.upperBound..<second.range.lowerBound]
        /// "et une délégation japonaise": a demonym comes after the noun it qualifies.
        let nounBeforeDemonym = second.form == .demonym
        guard gap.count <= 4, gap.contains(where: { FunctionWords.andConjunctions.contains($0) }),
              gap.allSatisfy({ FunctionWords.andConjunctions.contains($0) || FunctionWords.articles.contains($0)
                  || FunctionWords.locatives.contains($0) || (nounBeforeDemonym && $0.isWord && !$0.isCapitalized) })
        else { return nil }
        return [a, b]
    }
}
