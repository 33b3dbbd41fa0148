import Foundation

/// Finds the actors of a document: states, organizations and persons, with coreference.
///
/// Two passes: the first reads every sentence for lexicon names, title
/// phrases and personal names and registers the persons it is sure of; the
/// second resolves what only makes sense once all persons are known:
/// surname-only mentions, title-only mentions ("le président russe"),
/// governments named after their leader and "les deux parties".
struct ActorFinder {
    let document: Document
    let lexicon: ActorLexicon

    struct Result: Sendable {
        /// Mentions per sentence, in text order.
        var mentions: [[Mention]]
        var persons: [Person]
    }

    init(document: Document, user: UserLexicon = UserLexicon()) {
        self.document = document
        lexicon = ActorLexicon.with(user, document.language)
    }

    /// What the first pass leaves for the second: a mention whose referent is not known yet.
    private enum Pending {
        case resolved(Mention)
        case name(NameScanner.Name, preposition: String?)
        case official(TitlePhrase, preposition: String?)
        case government(range: Range<Int>, person: Int?, keys: [String], preposition: String?)
        case pair(Range<Int>, preposition: String?)
        case ownCountry(Range<Int>, preposition: String?)
    }

    /// "son pays", "his country", "su país": the state of the person speaking or acting.
    private static let possessives = FunctionWords.set("son sa ses leur leurs his her their its su sus")
    private static let countryNouns = FunctionWords.set("pays country país pais nation nación nacion patrie")

    func run() -> Result {
        var registry = PersonRegistry()
        let pending = document.sentences.map { firstPass($0, registry: &registry) }
        fillFromLeaderTable(&registry)
        adoptCountries(from: pending.joined(), into: &registry)
        var mentions = pending.map { $0.compactMap { secondPass($0, registry: registry) }.map(markingPlaces) }
        resolvePairs(&mentions, registry: registry)
        return Result(mentions: mentions, persons: registry.persons)
    }

    // MARK: First pass

    private func firstPass(_ sentence: Sentence, registry: inout PersonRegistry) -> [Pending] {
        let tokens = document.tokens
        let range = sentence.tokenRange
        let spans = SentenceSpans(lexicalSpans(in: range))
        let names = NameScanner(tokens: tokens, spans: spans, sentence: range)
        var claimed = TokenMask(room: range)
        var found: [(start: Int, item: Pending)] = []
        // Room for the lexicon's spans and a few names, reserved once a sentence.
        found.reserveCapacity(spans.spans.count + 4)

        for span in spans.spans where span.entry.form == .title && !claimed.contains(span.range.lowerBound)
            && !isInsideProperName(span, spans: spans, sentence: range) && !isAdjective(span, spans: spans, sentence: range) {
            let phrase = TitlePhrase.read(title: span, tokens: tokens, spans: spans, names: names, document: document)
            claimed.insert(phrase.range)
            let preposition = prepositionBefore(phrase.range.lowerBound, in: range)
            if let name = phrase.name {
                let index = registry.register(person(name, phrase: phrase))
                found.append((phrase.range.lowerBound, .resolved(Mention(range: phrase.range, refs: [.person(index)], form: .name, preposition: preposition))))
            } else {
                found.append((phrase.range.lowerBound, .official(phrase, preposition: preposition)))
            }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if claimed.contains(index) { index += 1; continue }
            // Possessives and pair heads are words: punctuation and numbers skip both word-list lookups.
            if index + 1 < range.upperBound, tokens[index].isWord, Self.possessives.contains(tokens[index]),
               Self.countryNouns.contains(tokens[index + 1]) {
                claimed.insert(index..<index + 2)
                found.append((index, .ownCountry(index..<index + 2, preposition: prepositionBefore(index, in: range))))
                index += 2
                continue
            }
            if let pair = pairRange(at: index, in: range) {
                claimed.insert(pair)
                found.append((index, .pair(pair, preposition: prepositionBefore(index, in: range))))
                index = pair.upperBound
                continue
            }
            // A name starts at a capital, with an honorific or without: most tokens are not capitalised, and the
            // capital is the cheapest test of this loop, so it is asked before the scanner.
            // "Russie-Venezuela", "US-China": a pair of states joined by a hyphen is no person's name.
            if tokens[index].isCapitalized || names.mayOpenName(index), !namesStatePair(index), let name = names.name(at: index),
               !claimed.contains(name.range.upperBound - 1) {
                claimed.insert(name.range)
                found.append((name.range.lowerBound, namedPerson(name, spans: spans, names: names, registry: &registry)))
                index = name.range.upperBound
                continue
            }
            index += 1
        }
        for span in spans.spans where !claimed.contains(span.range.lowerBound) {
            guard var actor = span.actor else { continue }
            var span = span
            if DomesticBodyLexicon.isBody(span.entry.key), let country = bodyCountry(span, spans: spans, in: range) {
                actor = .domesticBody(key: span.entry.key, country: country)
                // "la Asamblea Nacional venezolana": the demonym belongs to the body.
                if let adjective = spans.starting(at: span.range.upperBound), adjective.entry.form == .demonym {
                    span.range = span.range.lowerBound..<adjective.range.upperBound
                }
            }
            let form: Mention.Form = span.entry.form == .demonym ? .demonym : (span.entry.form == .seat ? .seat : .name)
            found.append((span.range.lowerBound, .resolved(Mention(range: span.range, refs: [actor], form: form,
                                                                   preposition: prepositionBefore(span.range.lowerBound, in: range)))))
            claimed.insert(span.range)
        }
        // Only a hyphenated word can be a compound: the others are not copied out of the array to be asked. The
        // tokenizer keeps a hyphen only between word scalars, so a word of fewer than three scalars has none.
        for token in range where !claimed.contains(token) && tokens[token].isWord
            && tokens[token].end - tokens[token].start >= 3 && tokens[token].isHyphenated {
            if let codes = lexicon.compoundStates(tokens[token]) {
                found.append((token, .resolved(Mention(range: token..<token + 1, refs: codes.map(ActorRef.state), form: .demonym,
                                                       preposition: prepositionBefore(token, in: range)))))
            }
        }
        return markGovernments(found.sorted { $0.start < $1.start }.map { $0.item }, in: range)
    }

    private func namesStatePair(_ token: Int) -> Bool {
        document.tokens[token].isHyphenated && lexicon.compoundStates(document.tokens[token]) != nil
    }

    /// The gazetteer's matches in `sentence`, each with the entry chosen for it, appended into room for all of them.
    private func lexicalSpans(in sentence: Range<Int>) -> [LexicalSpan] {
        let matches = lexicon.gazetteer.matches(in: document.tokens, range: sentence)
        var spans: [LexicalSpan] = []
        spans.reserveCapacity(matches.count)
        for match in matches {
            if let span = LexicalSpan(match) { spans.append(span) }
        }
        return spans
    }

    /// Words that may qualify a title before it: "hauts responsables", "senior official", "altos funcionarios".
    private static let titleQualifiers = FunctionWords.set("""
        haut hauts haute hautes grand grands nouveau nouvelle nouveaux nouvelles premier première senior top chief new
        alto altos alta altas nuevo nueva nuevos nuevas principal principales autres other others otros otras plusieurs
        several varios varias certains some algunos algunas
        """)

    /// "relaciones diplomáticas", "relations diplomatiques": a title word right after a common noun is an adjective.
    private func isAdjective(_ span: LexicalSpan, spans: SentenceSpans, sentence: Range<Int>) -> Bool {
        let start = span.range.lowerBound
        guard start > sentence.lowerBound, !document.tokens[start].isCapitalized else { return false }
        let previous = document.tokens[start - 1]
        guard previous.isWord, !previous.isCapitalized, !spans.covers(start - 1) else { return false }
        return !FunctionWords.determiners.contains(previous) && !FunctionWords.prepositions.contains(previous)
            && !FunctionWords.formerMarkers.contains(previous) && !Self.titleQualifiers.contains(previous)
            && previous.kind != .number && !FunctionWords.coordinators.contains(previous)
            && !FunctionWords.auxiliaries.contains(previous) && !FunctionWords.reportingVerbs.contains(previous)
    }

    /// "Acuerdo General de Comercio": a capitalised title right after a capitalised word belongs to a proper name.
    private func isInsideProperName(_ span: LexicalSpan, spans: SentenceSpans, sentence: Range<Int>) -> Bool {
        let start = span.range.lowerBound
        guard start > sentence.lowerBound, document.tokens[start].isCapitalized else { return false }
        let previous = document.tokens[start - 1]
        return previous.isWord && previous.isCapitalized && !spans.covers(start - 1)
            && start - 1 != sentence.lowerBound
    }

    /// The state a parliament or court belongs to: "le parlement de la Serbie", "Kenya's National Assembly",
    /// "la Asamblea Nacional venezolana".
    private func bodyCountry(_ span: LexicalSpan, spans: SentenceSpans, in sentence: Range<Int>) -> String? {
        var index = span.range.upperBound
        while index < sentence.upperBound, index - span.range.upperBound < 3,
              FunctionWords.articles.contains(document.tokens[index]) || FunctionWords.ofPrepositions.contains(document.tokens[index]) {
            index += 1
        }
        if let after = spans.starting(at: index), let code = after.actor?.stateCode { return code }
        let before = span.range.lowerBound - 1
        guard before >= sentence.lowerBound else { return nil }
        if let previous = spans.covering(before), previous.entry.form == .demonym { return previous.entry.key }
        if document.tokens[before].folded == "'s", let owner = spans.covering(before - 1) { return owner.actor?.stateCode }
        return nil
    }

    /// A name decides it is a person from its context: an apposed title, a given name, a reporting verb, the leader table.
    private func namedPerson(_ name: NameScanner.Name, spans: SentenceSpans, names: NameScanner,
                             registry: inout PersonRegistry) -> Pending {
        let preposition = prepositionBefore(name.range.lowerBound, in: names.sentence)
        if isCredit(name, sentence: names.sentence) { return .name(name, preposition: preposition) }
        if let phrase = appositionTitle(after: name, spans: spans, names: names) {
            let index = registry.register(person(name, phrase: phrase))
            return .resolved(Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition))
        }
        let isGiven = name.keys.count >= 2 && GivenNameLexicon.contains(name.keys[0])
        let isSpeaker = (name.keys.count >= 2 || name.range.lowerBound != names.sentence.lowerBound) && isReported(name, names: names)
        let leader = lexicon.leaders(named: name.keys).first { leaderMatches($0, name.keys) }
        if isGiven || isSpeaker || leader != nil {
            let text = document.text(document.tokens[name.nameStart].start, document.tokens[name.range.upperBound - 1].end)
            var person = Person(name: text, keys: name.keys)
            if let leader {
                person.country = CountryCodes.isStateCode(leader.affiliation) ? leader.affiliation : nil
                person.organization = person.country == nil ? leader.affiliation : nil
                person.roleKey = leader.role
            }
            if registry.matches(name.keys).count <= 1 {
                let index = registry.register(person)
                return .resolved(Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition))
            }
        }
        return .name(name, preposition: preposition)
    }

    private func leaderMatches(_ leader: Leader, _ keys: [String]) -> Bool {
        if leader.surnames.contains(where: { TextFolding.fold($0) == keys.joined(separator: " ") }) { return true }
        let forms = [leader.fullName] + leader.aliases
        return forms.contains { form in
            let folded = TextFolding.fold(form).split(separator: " ").map(String.init)
            return folded.ends(with: keys) || keys.ends(with: folded)
        }
    }

    /// Words that open a byline or a photo credit: "By Jane Doe", "Par Jean Dupont", "Photo : X/AFP".
    private static let creditOpeners = FunctionWords.set("by par por photo foto credit crédito crédit source fuente")

    /// A name in a byline or a photo credit is the journalist's, not an actor's.
    private func isCredit(_ name: NameScanner.Name, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        let end = name.range.upperBound
        if end < sentence.upperBound, tokens[end].text == "/" { return true }
        if name.range.lowerBound > sentence.lowerBound, tokens[name.range.lowerBound - 1].text == "/" { return true }
        var start = name.range.lowerBound - 1
        while start >= sentence.lowerBound, Self.isCreditSeparator(tokens[start].text) { start -= 1 }
        return start == sentence.lowerBound && Self.creditOpeners.contains(tokens[start])
    }

    /// ":", "-" or "—" between a credit's opener and its name. Compared one by one: an array literal of them was
    /// built anew for every token looked at.
    private static func isCreditSeparator(_ text: String) -> Bool {
        text == ":" || text == "-" || text == "—"
    }

    /// "Tomás Acosta, Chile's ambassador to Lima", "Jeanne Morel, ministre française".
    private func appositionTitle(after name: NameScanner.Name, spans: SentenceSpans, names: NameScanner) -> TitlePhrase? {
        let tokens = document.tokens
        var index = name.range.upperBound
        guard index < names.sentence.upperBound, tokens[index].text == "," else { return nil }
        index += 1
        while index < names.sentence.upperBound, index - name.range.upperBound <= 5 {
            if let span = spans.starting(at: index) {
                if span.entry.form == .title {
                    let phrase = TitlePhrase.read(title: span, tokens: tokens, spans: spans, names: names, document: document)
                    // "Brussels, NATO Secretary-General Mark Rutte": a title with its own name is no apposition.
                    return phrase.name == nil ? phrase : nil
                }
                guard span.actor != nil else { return nil }
                index = span.range.upperBound
                continue
            }
            let folded = tokens[index].folded
            guard FunctionWords.articles.contains(folded) || FunctionWords.formerMarkers.contains(folded) || folded == "'s" else { return nil }
            index += 1
        }
        return nil
    }

    private func isReported(_ name: NameScanner.Name, names: NameScanner) -> Bool {
        let tokens = document.tokens
        var index = name.range.upperBound
        while index < names.sentence.upperBound, FunctionWords.auxiliaries.contains(tokens[index]) { index += 1 }
        if index < names.sentence.upperBound, FunctionWords.reportingVerbs.contains(tokens[index]) { return true }
        let before = name.range.lowerBound - 1
        return before >= names.sentence.lowerBound && FunctionWords.reportingVerbs.contains(tokens[before])
    }

    private func person(_ name: NameScanner.Name, phrase: TitlePhrase) -> Person {
        let text = document.text(document.tokens[name.nameStart].start, document.tokens[name.range.upperBound - 1].end)
        return Person(name: text, keys: name.keys, role: phrase.role, roleKey: phrase.roleKey,
                      country: phrase.country, organization: phrase.organization)
    }

    /// "les deux parties", "both sides", "ambos países", "les deux ont…".
    ///
    /// The word lists are asked about `tokens[i]` through `WordSet.contains(_: Token)`, which is inlined and reads
    /// the folded form in place, so that no `Token` is copied to be asked.
    private func pairRange(at index: Int, in sentence: Range<Int>) -> Range<Int>? {
        let tokens = document.tokens
        guard tokens[index].isWord, FunctionWords.pairHeads.contains(tokens[index]) else { return nil }
        let hasArticle = index > sentence.lowerBound && FunctionWords.articles.contains(tokens[index - 1])
        let next = index + 1 < sentence.upperBound ? tokens[index + 1].folded : ""
        if FunctionWords.pairNouns.contains(next) { return index..<index + 2 }
        if index + 2 < sentence.upperBound, FunctionWords.pairNouns.contains(tokens[index + 2]), tokens[index + 1].isWord,
           !tokens[index + 1].isCapitalized {
            return index..<index + 3
        }
        if hasArticle && (FunctionWords.auxiliaries.contains(next) || next == "ont" || next == "sont") { return index..<index + 1 }
        return nil
    }

    /// "l'administration Obama", "the administration of President X": a government named after its leader stands for the leader's state.
    ///
    /// Replaces the few items that change in place, so that the others, each a large enum, stay where they are.
    private func markGovernments(_ items: [Pending], in sentence: Range<Int>) -> [Pending] {
        var items = items
        for position in items.indices {
            if let government = government(items[position], in: sentence) { items[position] = government }
        }
        return items
    }

    /// What `item` becomes after a government noun, or nil when no such noun stands before it.
    private func government(_ item: Pending, in sentence: Range<Int>) -> Pending? {
        switch item {
        case .resolved(let mention):
            guard let noun = governmentNoun(before: mention.range.lowerBound, in: sentence) else { return nil }
            guard let person = mention.refs.first?.personIndex else {
                /// "El Gobierno de México condenó…": the government is its state, and the subject.
                var state = mention
                state.range = noun..<mention.range.upperBound
                state.preposition = prepositionBefore(noun, in: sentence)
                return mention.refs.first?.stateCode == nil ? nil : .resolved(state)
            }
            return .government(range: noun..<mention.range.upperBound, person: person, keys: [],
                               preposition: prepositionBefore(noun, in: sentence))
        case .name(let name, _):
            guard let noun = governmentNoun(before: name.range.lowerBound, in: sentence) else { return nil }
            return .government(range: noun..<name.range.upperBound, person: nil, keys: name.keys,
                               preposition: prepositionBefore(noun, in: sentence))
        default:
            return nil
        }
    }

    private func governmentNoun(before start: Int, in sentence: Range<Int>) -> Int? {
        var index = start - 1
        while index >= sentence.lowerBound, start - index <= 3,
              FunctionWords.articles.contains(document.tokens[index]) || FunctionWords.ofPrepositions.contains(document.tokens[index]) {
            index -= 1
        }
        guard index >= sentence.lowerBound, FunctionWords.governmentNouns.contains(document.tokens[index]) else { return nil }
        return index
    }

    /// The preposition governing the phrase at `start`, looking back over articles ("de la Russie" -> "de").
    private func prepositionBefore(_ start: Int, in sentence: Range<Int>) -> String? {
        var index = start - 1
        while index >= sentence.lowerBound, FunctionWords.articles.contains(document.tokens[index]),
              !FunctionWords.prepositions.contains(document.tokens[index]) {
            index -= 1
        }
        guard index >= sentence.lowerBound else { return nil }
        // Asked of the token, with the hash the tokenizer computed: asked of its folded String, the set hashed it again.
        return FunctionWords.prepositions.contains(document.tokens[index]) ? document.tokens[index].folded : nil
    }

    // MARK: Second pass

    /// Spanish "a" introduces persons and states as objects ("condenó a Seúl"); elsewhere "à"/"a" is a place.
    private func markingPlaces(_ mention: Mention) -> Mention {
        var marked = mention
        guard let preposition = mention.preposition else { return marked }
        marked.isLocative = FunctionWords.locatives.contains(preposition) && !(document.language == .es && preposition == "a")
        return marked
    }

    /// Well-known leaders get their state when the article gives none, and one id whatever the spelling
    /// ("Vladimir Poutine", "Putin", "Vladímir Putin" are all `person:vladimir-putin`), so that merged
    /// graphs of articles in several languages have one node per person.
    private func fillFromLeaderTable(_ registry: inout PersonRegistry) {
        for (index, person) in registry.persons.enumerated() {
            let candidates = lexicon.leaders(named: person.keys)
            guard let leader = candidates.first(where: { leaderMatches($0, person.keys) }) else { continue }
            var filled = person
            if person.country == nil && person.organization == nil {
                if CountryCodes.isStateCode(leader.affiliation) { filled.country = leader.affiliation } else { filled.organization = leader.affiliation }
                filled.roleKey = filled.roleKey ?? leader.role
            }
            guard filled.country == leader.affiliation || filled.organization == leader.affiliation else { continue }
            filled.canonicalName = leader.fullName
            registry.merge(filled, into: index)
        }
    }

    /// A title-only mention with a state gives that state to the one person it resolves to, if they had none.
    private func adoptCountries(from items: some Sequence<Pending>, into registry: inout PersonRegistry) {
        for item in items {
            guard case .official(let phrase, _) = item, let country = phrase.country,
                  let index = registry.resolve(roleKey: phrase.roleKey, country: country, organization: phrase.organization) else { continue }
            registry.adopt(country: country, for: index)
        }
    }

    private func secondPass(_ item: Pending, registry: PersonRegistry) -> Mention? {
        switch item {
        case .resolved(let mention):
            return mention
        case .name(let name, let preposition):
            guard let index = registry.resolve(name.keys) else { return nil }
            return Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition)
        case .official(let phrase, let preposition):
            if let country = phrase.country, !phrase.otherCountries.isEmpty {
                return Mention(range: phrase.range, refs: ([country] + phrase.otherCountries).map(ActorRef.state), form: .official,
                               preposition: preposition)
            }
            if let index = registry.resolve(roleKey: phrase.roleKey, country: phrase.country, organization: phrase.organization) {
                return Mention(range: phrase.range, refs: [.person(index)], form: .official, preposition: preposition)
            }
            if let organization = phrase.organization {
                return Mention(range: phrase.range, refs: [.organization(organization)], form: .official, preposition: preposition)
            }
            guard let country = phrase.country else { return nil }
            return Mention(range: phrase.range, refs: [.state(country)], form: .official, preposition: preposition)
        case .government(let range, let person, let keys, let preposition):
            guard let person = person ?? registry.resolve(keys) else { return nil }
            guard let country = registry.persons[person].country else {
                return Mention(range: range, refs: [.person(person)], form: .name, preposition: preposition)
            }
            return Mention(range: range, refs: [.state(country)], form: .name, preposition: preposition)
        case .pair(let range, let preposition):
            return Mention(range: range, refs: [], form: .pair, preposition: preposition)
        case .ownCountry(let range, let preposition):
            return Mention(range: range, refs: [], form: .ownCountry, preposition: preposition)
        }
    }

    /// Gives "les deux parties" the two states just named together ("entre X et Y"), else the last two
    /// distinct states; gives "son pays" the state of the last person named.
    private func resolvePairs(_ mentions: inout [[Mention]], registry: PersonRegistry) {
        /// The two most recently named distinct states, all the pair rule reads of their order.
        var recent: (older: String?, newer: String?) = (nil, nil)
        var couples: [(sentence: Int, states: [String])] = []
        var lastPersonCountry: String?
        for sentence in mentions.indices {
            for index in mentions[sentence].indices {
                let mention = mentions[sentence][index]
                switch mention.form {
                case .pair:
                    couples.removeAll { sentence - $0.sentence > 2 }
                    var candidates = couples.reversed().map(\.states)
                    if let older = recent.older, let newer = recent.newer { candidates.append([older, newer]) }
                    var seen = Set<[String]>()
                    candidates = candidates.filter { seen.insert($0.sorted()).inserted }
                    mentions[sentence][index].refs = candidates.first?.map(ActorRef.state) ?? []
                    mentions[sentence][index].alternativeRefs = candidates.dropFirst().first?.map(ActorRef.state) ?? []
                    continue
                case .ownCountry:
                    mentions[sentence][index].refs = lastPersonCountry.map { [.state($0)] } ?? []
                    continue
                default: break
                }
                if index > 0, let couple = couple(mentions[sentence][index - 1], mention) {
                    couples.append((sentence, couple))
                }
                for ref in mention.refs {
                    let personCountry = ref.personIndex.flatMap { registry.persons[$0].country }
                    if personCountry != nil { lastPersonCountry = personCountry }
                    guard let code = ref.stateCode ?? personCountry, code != recent.newer else { continue }
                    recent = (recent.newer, code)
                }
            }
            mentions[sentence].removeAll { ($0.form == .pair || $0.form == .ownCountry) && $0.refs.isEmpty }
        }
    }

    /// Two states joined by "et"/"and"/"y": "entre Pékin et Tokyo", "au Pérou et à la Bolivie".
    private func couple(_ first: Mention, _ second: Mention) -> [String]? {
        guard let a = first.refs.onlyElement?.stateCode, let b = second.refs.onlyElement?.stateCode, a != b,
              first.range.upperBound < second.range.lowerBound else { return nil }
        let gap = document.tokens[first.range.upperBound..<second.range.lowerBound]
        /// "et une délégation japonaise": a demonym comes after the noun it qualifies.
        let nounBeforeDemonym = second.form == .demonym
        guard gap.count <= 4, gap.contains(where: { ["et", "and", "y", "e"].contains($0.folded) }),
              gap.allSatisfy({ ["et", "and", "y", "e"].contains($0.folded) || FunctionWords.articles.contains($0)
                  || FunctionWords.locatives.contains($0) || (nounBeforeDemonym && $0.isWord && !$0.isCapitalized) })
        else { return nil }
        return [a, b]
    }
}
