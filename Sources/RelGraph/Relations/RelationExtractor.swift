/// Reads the relations of a document from its triggers and the actors around them.
struct RelationExtractor {
    let document: Document
    let actors: ActorFinder.Result
    /// The language's triggers, with those of the user's lexicon.
    var matcher: TriggerMatcher
    /// Threads that parse the sentences ahead of the reading (`parsedAhead`); 1 parses each as it is read.
    var parseThreads = 1
    /// The sentences about sport (`sportSentences(of:)`), by index: teams named by their country meet, face and beat
    /// each other there, and no relation is read in them.
    private let sportSentences: [Bool]

    init(document: Document, actors: ActorFinder.Result, addedTriggers: [Trigger] = []) {
        self.document = document
        self.actors = actors
        matcher = addedTriggers.isEmpty ? .shared(document.language) : TriggerMatcher(document.language, adding: addedTriggers)
        sportSentences = Self.sportSentences(of: document, actors: actors)
    }

    /// The sentences that hold a word only sport reports use; every sentence of a game report, an article with such
    /// words in at least `sportReportSentences` sentences and in a fifth of them, whose sentences name teams by their
    /// country with no word of sport beside them ("Uruguay visitará a Chile"). One mention of a World Cup in a report
    /// on diplomacy is no game report, and neither is an article whose lead names a head of state or government: the
    /// riot at a match that it tells of is one episode of its politics.
    private static func sportSentences(of document: Document, actors: ActorFinder.Result) -> [Bool] {
        let words = ArgumentWords.Shared.of(document.language).words
        let sportWords = words.sportWords, reportWords = words.sportReportWords
        let tokens = document.tokens
        let sporting = document.sentences.map { sentence in
            sentence.tokenRange.contains { sportWords.contains(tokens[$0]) || isGameScore(tokens[$0]) }
        }
        // A sentence with a word that sport reports use often ("scored a goal") counts toward a report, and is read
        // as the rest of the article is.
        let count = zip(sporting, document.sentences).count { sporting, sentence in
            sporting || sentence.tokenRange.contains { reportWords.contains(tokens[$0]) }
        }
        let isReport = count >= sportReportSentences && count * 5 >= document.sentences.count
            && !leadNamesLeader(actors)
        return isReport ? Array(repeating: true, count: sporting.count) : sporting
    }
    private static let sportReportSentences = 2

    /// Whether one of the first `leadSentences` sentences names a head of state or of government by title or by the
    /// leader table.
    private static func leadNamesLeader(_ actors: ActorFinder.Result) -> Bool {
        actors.mentions.prefix(leadSentences).joined().contains { mention in
            mention.refs.contains { ref in
                guard case .person(let index) = ref, let role = actors.persons[index].roleKey else { return false }
                return PersonRegistry.leaderRoles.contains(role)
            }
        }
    }
    private static let leadSentences = 2

    /// A game's score written as one word, "2-0", "1–1": one digit on each side of a hyphen or a dash. A vote ("141-5",
    /// "13-0") has a side of two digits.
    private static func isGameScore(_ token: Token) -> Bool {
        // Asked of every token: the length rules out nearly all of them before any byte is read.
        let utf8 = token.text.utf8
        guard utf8.count == 3 || utf8.count == 5, let first = utf8.first, let last = utf8.last,
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(last)
        else { return false }
        return utf8.count == 3 ? utf8.dropFirst().first == UInt8(ascii: "-") : utf8.dropFirst().starts(with: "–".utf8)
    }

    /// States that no longer exist: a relation with one is historical.
    private static let formerStates: Set<String> = ["SUN", "YUG", "CSK", "DDR"]

    /// A relation before its arguments are reduced to actors.
    private struct Arguments {
        var sources: [Mention]
        var targets: [Mention]
        var rule: String
        var confidence: Double
        /// Every pair of sources is a party to the event ("X et Y ont signé").
        var mutual = false
        /// The trigger is a passive verb: an object pronoun after it is not its target.
        var passive = false
    }

    func run() -> [Relation] {
        run(record: nil)
    }

    /// The relations, with what was read in each sentence that has a trigger (`SentenceReading`, by sentence index):
    /// `--explain` shows the triggers and parses extraction read, without reading the sentences again.
    func runRecording() -> (relations: [Relation], readings: [Int: SentenceReading]) {
        var readings: [Int: SentenceReading] = [:]
        let relations = run { readings[$0.sentence] = $0 }
        return (relations, readings)
    }

    private func run(record: ((SentenceReading) -> Void)?) -> [Relation] {
        var relations: [Relation] = []
        var discourse = Discourse()
        discourse.quoteSpeakers = speakersOfLongQuotes()
        var groupCount = 0
        let model: SyntaxModel
        do {
            model = try SyntaxModel.embedded(for: document.language)
        } catch {
            // The model is linked into the binary: only a broken build fails to open it, and then no relation is read.
            if let record { recordTriggers(record, parseUnavailable: "\(error)") }
            return []
        }
        let ahead = parseThreads > 1 && record == nil ? parsedAhead(model: model) : [:]
        for sentence in document.sentences {
            let mentions = actors.mentions[sentence.index]
            // A sentence that names no actor can only go on with the states the article follows: "X, Y and Z met in
            // Oslo. They signed a declaration.", or with the two who met in the sentence before ("X met Y. It was
            // agreed to…"). Only an act they can do together is read there.
            let followsGroup = mentions.isEmpty
                && (discourse.gathered(discourse.lastSubject, at: sentence.index) || discourse.metJustBefore(at: sentence.index))
            guard !mentions.isEmpty || followsGroup else { continue }
            let lists = MentionLists(tokens: document.tokens, mentions: mentions, sentence: sentence.tokenRange)
            let readAhead = ahead[sentence.index]
            let hits = readAhead?.hits ?? (followsGroup ? readHits(sentence).filter { $0.trigger.type.isSymmetric } : readHits(sentence))
            guard !followsGroup || !hits.isEmpty else { continue }
            // A sentence that is not parsed (`isParsed`) still tells the discourse its subject: the first actor that no
            // preposition governs.
            // A dateline written as a sentence of its own ("BANJUL, The Gambia —") names where, not who acts next.
            guard isParsed(sentence, hits: hits) else {
                discourse.record(sentence: sentence.index, mentions: mentions, subject: isNamesOnly(sentence) ? [] : lists.mainSubject())
                continue
            }
            let hints = parseHints(sentence, hits: hits)
            let parsed: ParsedSentence
            if let record {
                let syntax = SentenceSyntax(sentence: sentence, in: document, model: model, hints: hints)
                record(SentenceReading(sentence: sentence.index, hits: hits, parse: .parsed(syntax)))
                parsed = ParsedSentence(syntax, firstToken: sentence.tokenRange.lowerBound, language: document.language)
            } else {
                parsed = readAhead?.parsed ?? ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: document.language,
                                                             model: model, hints: hints)
            }
            let tree = TreeArguments(parsed: parsed, tokens: document.tokens, mentions: mentions, language: document.language,
                                     listMembers: lists.listMembers)
            tree.travelTokens = TokenMask(hits.filter { $0.trigger.frame == .visit }.map(\.range))
            var found = sentenceRelations(sentence, hits: hits, tree: tree, discourse: discourse, groupCount: &groupCount)
                + backingRelations(sentence, tree: tree)
            found += mediatedRelations(sentence, among: found, tree: tree)
            found += protestedAuthorRelations(sentence, among: found, tree: tree)
            found += hostStateRelations(among: found, tree: tree)
            found += incursionRelations(sentence, tree: tree)
            // Duties and judgments read off the parse add only the edges the triggers did not already give.
            let conflicts = TokenMask(hits.filter { $0.trigger.type.isConflict }.map(\.range))
            for extra in obligationRelations(sentence, tree: tree) + judgmentRelations(sentence, tree: tree, isConflict: conflicts.contains)
            where !found.contains(where: { $0.source == extra.source && $0.target == extra.target && $0.type == extra.type }) {
                found.append(extra)
            }
            discourse.record(sentence: sentence.index, mentions: mentions, subject: tree.mainSubject(), persons: tree.personSubjects())
            discourse.recordOwners(tree.ownedActs(), sentence: sentence.index)
            discourse.record(found)
            relations += found
        }
        return relations
    }

    /// "Iran and Saudi Arabia agreed to resume ties, with the mediation of China", "bajo los auspicios de la ONU": whoever
    /// mediates the agreement or the talks of a sentence meets each party to them, wherever the phrase hangs.
    private func mediatedRelations(_ sentence: Sentence, among found: [Relation], tree: TreeArguments) -> [Relation] {
        let settled = found.filter { Self.mediatedTypes.contains($0.type) }
        guard !settled.isEmpty else { return [] }
        var parties: [ActorRef] = []
        for relation in settled {
            for party in [relation.source, relation.target] where !parties.contains(party) { parties.append(party) }
        }
        var mediated: [Relation] = []
        for (mention, token) in tree.mediators(of: settled.compactMap { tree.headWord(of: $0.trigger) }) {
            for mediator in mention.refs where !parties.contains(mediator) {
                for party in parties where !isOwnState(mediator, party)
                    && !mediated.contains(where: { $0.source == mediator && $0.target == party }) {
                    mediated.append(Relation(source: mediator, target: party, type: .consult, sentence: sentence.index,
                                             trigger: token..<token + 1, confidence: 0.6, historical: false, group: nil,
                                             rule: "mediator: the parties of the sentence's \(settled[0].type.rawValue)"))
                }
            }
        }
        return mediated
    }

    /// "X s'est entretenu à Lomé avec son homologue togolais Y", "met his counterpart Y in Lomé": an official who meets,
    /// in the other's country, an official of that country visits it as well as the official.
    private func hostStateRelations(among found: [Relation], tree: TreeArguments) -> [Relation] {
        var visits: [Relation] = []
        for meeting in found where meeting.type == .consult {
            guard case let venues = tree.venueStates(of: meeting.trigger), !venues.isEmpty else { continue }
            for (visitor, host) in [(meeting.source, meeting.target), (meeting.target, meeting.source)] {
                guard let visitorState = visitor.personIndex.flatMap({ actors.persons[$0].country }),
                      let hostState = host.personIndex.flatMap({ actors.persons[$0].country }),
                      visitorState != hostState, venues.contains(hostState), case let state = ActorRef.state(hostState),
                      !(found + visits).contains(where: { $0.type == .consult && Set([$0.source, $0.target]) == Set([visitor, state]) })
                else { continue }
                var visit = meeting
                visit.source = visitor
                visit.target = state
                visit.rule = "a meeting held in the host's country: the visitor visits it"
                visits.append(visit)
            }
        }
        return visits
    }

    /// "summoned the envoy over the remarks of X": a protest blames the author of the words it is done for, besides the
    /// one it is addressed to.
    private func protestedAuthorRelations(_ sentence: Sentence, among found: [Relation], tree: TreeArguments) -> [Relation] {
        var blamed: [Relation] = []
        for protest in found where protest.type == .accuse {
            for author in tree.authorsOfProtestedDeeds(protest.trigger).flatMap(\.refs)
            where author != protest.source && !isOwnState(protest.source, author)
                && !(found + blamed).contains(where: { $0.type == .accuse && $0.source == protest.source && $0.target == author }) {
                var relation = protest
                relation.target = author
                relation.rule = "the author of the words the protest is made for"
                blamed.append(relation)
            }
        }
        return blamed
    }

    /// The peaceful acts whose intent, denied, refuses them.
    private static let refusableTypes: Set<EventType> = [.consult, .agree, .cooperate, .support]

    /// The peaceful events a mediator brings about between parties.
    private static let mediatedTypes: Set<EventType> = [.agree, .consult, .support, .cooperate, .concede]

    /// "the US-backed opposition leader X": a state joined to a participle of backing supports the actor its word
    /// qualifies in the tree. A word that qualifies no actor ("US-backed rebels") gives nothing.
    private func backingRelations(_ sentence: Sentence, tree: TreeArguments) -> [Relation] {
        tree.mentions.filter(\.backs).flatMap { backer -> [Relation] in
            let words = tree.parsed.words(of: backer.range)
            guard let word = words.first, let head = tree.parsed.governor(of: word), !words.contains(head),
                  let qualified = tree.mentionOfWord[head], !tree.mentions[qualified].backs else { return [] }
            return backer.refs.flatMap { source in
                tree.mentions[qualified].refs.filter { $0 != source }.map { target in
                    Relation(source: source, target: target, type: .support, sentence: sentence.index, trigger: backer.range,
                             confidence: 0.8, historical: false, group: nil,
                             rule: "backing compound: target the actor it qualifies (\(tree.parsed.label(of: word).name))")
                }
            }
        }
    }

    /// Records the triggers of every sentence with actors and a trigger, when no model could parse them.
    private func recordTriggers(_ record: (SentenceReading) -> Void, parseUnavailable reason: String) {
        for sentence in document.sentences where !actors.mentions[sentence.index].isEmpty {
            let hits = hits(in: sentence)
            if !hits.isEmpty { record(SentenceReading(sentence: sentence.index, hits: hits, parse: .unavailable(reason))) }
        }
    }

    /// The triggers of a sentence, outside its actors' names. A title that opens an official's mention stays
    /// readable ("a convoqué l'ambassadeur de France", "recalled its ambassador to X"): phrase triggers end on it.
    /// So does the title before a named official's name ("a convoqué l'ambassadeur ghanéen Kofi Mensah").
    func hits(in sentence: Sentence) -> [TriggerMatcher.Hit] {
        // Read through the shared reference: a copy of the classes would retain each of their sets, sentence after sentence.
        let shared = ArgumentWords.Shared.of(document.language)
        let tokens = document.tokens
        // So does a demonym before the title ("recalled the Spanish ambassador in Buenos Aires"), which may stand inside a
        // phrase as an article does. A demonym on its own does not: "déclarer 41 Russes persona non grata" names whom.
        var blocked: [Range<Int>] = []
        var qualifiers: [Range<Int>] = []
        for mention in actors.mentions[sentence.index] {
            // "the Organisation of Islamic Cooperation": an organization's name is a name, all of it, whatever noun ends it.
            if mention.form == .name, !mention.refs.isEmpty, mention.refs.allSatisfy(\.isOrganization) {
                blocked.append(mention.range)
            } else if let title = mention.range.prefix(Self.titleReach).first(where: { shared.words.agentNouns.contains(tokens[$0]) }) {
                blocked.append(title + 1..<mention.range.upperBound)
                qualifiers.append(mention.range.lowerBound..<title)
            } else {
                blocked.append(mention.form == .official ? mention.range.lowerBound + 1..<mention.range.upperBound : mention.range)
            }
        }
        // "en signe de protestation", "un signe": a verb of one word right after a word that only opens noun phrases is
        // a noun, and one no event noun of the lexicon spells; a gerund is still a verb there ("en soutenant X", "the
        // signing of", read as its act).
        let hits = matcher.hits(in: tokens, range: sentence.tokenRange, isBlocked: TokenMask(blocked).contains,
                                isQualifier: TokenMask(qualifiers).contains)
        func isNoun(_ hit: TriggerMatcher.Hit) -> Bool {
            hit.trigger.frame == .verb && hit.range.count == 1 && !hit.nounReadable && hit.range.lowerBound > sentence.tokenRange.lowerBound
                && shared.words.nounOnlyOpeners.contains(tokens[hit.range.lowerBound - 1])
                && !tokens[hit.range.lowerBound].folded.hasSuffix(shared.words.gerundEnding)
        }
        // Most sentences have no such word: their hits are not copied into a new list.
        return hits.contains(where: isNoun) ? hits.filter { !isNoun($0) } : hits
    }


    /// How far into a mention its title may stand: "the Spanish ambassador", "el primer ministro de X".
    private static let titleReach = 3

    /// What the lexicons tell the parser before it reads a sentence: the proper names the actor layer found, the
    /// verbs of the triggers and the verbs that carry event nouns.
    func parseHints(_ sentence: Sentence, hits: [TriggerMatcher.Hit]) -> ParseHints {
        // The classes are read through the shared reference: a copy of them would retain each of their sets.
        let shared = ArgumentWords.Shared.of(document.language)
        // The closures below read the tokens, not `document`: one that reads a property of `self` copies the whole
        // extractor.
        let tokens = document.tokens
        // The triggers are read in place, once: filtering them for each hint copied every hit with its trigger.
        var predicates: [Range<Int>] = []
        var verbs: [Range<Int>] = []
        var nouns: [Range<Int>] = []
        // "un esperado encuentro": the adjective written before an event noun is an adjective, as the noun is a noun.
        var beforeNouns: [Range<Int>] = []
        let gerundEnding = shared.words.nominalGerundEnding
        for index in hits.indices {
            let frame = hits[index].trigger.frame
            // "the signing of agreements", "the shelling of X": a verb's form after a determiner names the act.
            if !gerundEnding.isEmpty, hits[index].followsDeterminer, hits[index].range.count == 1,
               tokens[hits[index].range.lowerBound].folded.hasSuffix(gerundEnding) {
                nouns.append(hits[index].range)
                continue
            }
            if Self.isPlainVerb(hits[index]) || hasVerbOnlyEnding(hits[index], tokens: tokens, words: shared.words) {
                verbs.append(hits[index].range)
            } else if frame != .noun {
                // "work together", "called it unacceptable": a phrase's other words are its adverbs, adjectives and
                // objects, which the tagger must not be told are verbs.
                let start = hits[index].range.lowerBound
                predicates.append(start..<start + 1)
            }
            let start = hits[index].range.lowerBound
            // "held discussions with X", "impuso sanciones": an event noun right after a verb that carries event nouns is
            // that verb's object, whatever its form looks like.
            let followsSupportVerb = start > sentence.tokenRange.lowerBound && shared.words.supportVerbs.contains(tokens[start - 1])
            guard (frame == .noun || frame == .visit) && (hits[index].followsDeterminer || followsSupportVerb) else { continue }
            nouns.append(hits[index].range)
            if start > sentence.tokenRange.lowerBound, shared.words.prenominalAdjectives.contains(tokens[start - 1]) {
                beforeNouns.append(start - 1..<start)
            }
        }
        // One pass over the words: the verbs that carry event nouns, the nouns of time the tagger reads as verbs ("a été
        // accueilli hier après-midi par…"), and the adjectives the language spells as verbs ("nuclear").
        var formAdjectives: [Range<Int>] = []
        for token in sentence.tokenRange {
            if shared.words.modalAuxiliaries.contains(tokens[token]), let verb = verbAfterModal(token, in: sentence, words: shared.words) {
                verbs.append(verb..<verb + 1)
            }
            if shared.words.perfectAuxiliaries.contains(tokens[token]), isParticiple(token + 1, in: sentence, words: shared.words) {
                verbs.append(token + 1..<token + 2)
            }
            // "his host, President X": one word between a possessive of the article's language and the end of its phrase
            // is a noun. A capitalised possessive may open a name ("Son hailed…").
            if shared.words.possessives.contains(tokens[token]), !tokens[token].isCapitalized, token + 2 < sentence.tokenRange.upperBound,
               tokens[token + 1].isWord, !tokens[token + 1].isCapitalized, endsNounPhrase(token + 2) {
                nouns.append(token + 1..<token + 2)
            }
            if shared.words.supportVerbs.contains(tokens[token]) { predicates.append(token..<token + 1) }
            if shared.words.timeNouns.contains(tokens[token]) { nouns.append(token..<token + 1) }
            if shared.words.verbFormAdjectives.contains(tokens[token]) { formAdjectives.append(token..<token + 1) }
        }
        // "a 21 altos funcionarios venezolanos", "senior Kenyan officials": an agent noun that opens an official's
        // mention is a noun, and a qualifier of titles right before it its adjective, which the tagger may swap.
        for mention in actors.mentions[sentence.index] where mention.form == .official
            && shared.words.agentNouns.contains(tokens[mention.range.lowerBound]) {
            let start = mention.range.lowerBound
            nouns.append(start..<start + 1)
            if start > sentence.tokenRange.lowerBound, FunctionWords.titleQualifiers.contains(tokens[start - 1]) {
                beforeNouns.append(start - 1..<start)
            }
        }
        // "accused neighbour X": a relation's noun written bare before a state's name is a noun, not a preposition.
        let epithets = actors.mentions[sentence.index].filter { mention in
            mention.isProperName && mention.range.lowerBound > sentence.tokenRange.lowerBound
                && shared.words.epithetNouns.contains(tokens[mention.range.lowerBound - 1])
        }.map { $0.range.lowerBound - 1..<$0.range.lowerBound }
        let properNames = actors.mentions[sentence.index].filter(\.isProperName).map { withClosingDot($0.range, in: sentence) }
        let names = properNames + acronymsWithClosingDot(in: sentence, outside: properNames)
        // "le ministère russe", "el ataque somalí": a demonym right after an agent noun or an event noun is its adjective,
        // which the tagger may doubt; so is a demonym of one hyphenated word ("Franco-German", "Saudi-led"), which it may
        // take for a participle.
        let eventNouns = TokenMask(nouns)
        // "buques chinos", "Chinese vessels", read the other way round: an agent noun beside a demonym is a noun.
        let agentsOfDemonyms = actors.mentions[sentence.index].filter { mention in
            mention.form == .demonym && mention.range.lowerBound > sentence.tokenRange.lowerBound
                && shared.words.agentNouns.contains(tokens[mention.range.lowerBound - 1])
        }.map { $0.range.lowerBound - 1..<$0.range.lowerBound }
        let numerals = sentence.tokenRange.filter { shared.words.cardinals.contains(tokens[$0]) }.map { $0..<$0 + 1 }
        let adjectives = actors.mentions[sentence.index].filter { mention in
            mention.form == .demonym && ((mention.range.lowerBound > sentence.tokenRange.lowerBound
                && (shared.words.agentNouns.contains(tokens[mention.range.lowerBound - 1]) || eventNouns.contains(mention.range.lowerBound - 1)))
                || (mention.range.count == 1 && tokens[mention.range.lowerBound].isHyphenated))
        }.map(\.range) + formAdjectives + beforeNouns
        // "…, Kofi Mensah, ante la injerencia…", "…, Kofi Mensah, dont le pays…": a phrase or a clause opened after a comma.
        let phraseOpeners = sentence.tokenRange.filter { token in
            token > sentence.tokenRange.lowerBound && tokens[token - 1].text == ","
                && (FunctionWords.prepositions.contains(tokens[token]) || shared.words.relativeOpeners.contains(tokens[token]))
        }.map { $0..<$0 + 1 }
        return ParseHints(names: names, predicates: predicates, verbs: verbs, nouns: nouns, adjectives: adjectives,
                          auxiliaries: auxiliariesBeforeIncises(in: sentence, verbs: TokenMask(predicates + verbs)).map { $0..<$0 + 1 }, commonNouns: epithets + agentsOfDemonyms, numerals: numerals,
                          phraseOpeners: phraseOpeners, clinging: QuotedPhrases.clinging(tokens, in: sentence.tokenRange, outside: TokenMask(names)))
    }

    /// Whether the token at `index` ends the noun phrase before it: a punctuation mark, a preposition, a determiner or a
    /// coordinator.
    private func endsNounPhrase(_ index: Int) -> Bool {
        let token = document.tokens[index]
        return !token.isWord || FunctionWords.prepositions.contains(token) || FunctionWords.determiners.contains(token)
            || FunctionWords.coordinators.contains(token)
    }

    /// "will co-chair the meeting", "could also host": the bare verb after a modal auxiliary and its adverbs, a word of
    /// lower-case letters that no closed class of the language holds ("the will of", "may be" are left to the tagger).
    private func verbAfterModal(_ modal: Int, in sentence: Sentence, words: ArgumentWords) -> Int? {
        let tokens = document.tokens
        var next = modal + 1
        while next < sentence.tokenRange.upperBound, words.adverbsAfterModals.contains(tokens[next]) { next += 1 }
        guard next < sentence.tokenRange.upperBound, tokens[next].isWord, !tokens[next].isCapitalized,
              tokens[next].folded.utf8.count >= 3, tokens[next].folded.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 == 0x2D }),
              !words.passiveAuxiliaries.contains(tokens[next]), !FunctionWords.auxiliaries.contains(tokens[next]),
              !FunctionWords.determiners.contains(tokens[next]), !FunctionWords.prepositions.contains(tokens[next]),
              !FunctionWords.coordinators.contains(tokens[next]) else { return nil }
        return next
    }

    /// The auxiliaries parted from their participle by an adverbial phrase of a preposition, a possessive and a noun:
    /// "L'Algérie a de son côté convoqué", "a, pour sa part, condamné", "ha por su parte convocado", "a de son côté
    /// indiqué qu'elle rompait…". The tagger would take the auxiliary for the main verb with an object.
    /// - Parameter verbs: the tokens of the triggers that may be verbs.
    private func auxiliariesBeforeIncises(in sentence: Sentence, verbs: TokenMask) -> [Int] {
        let language = document.language
        let tokens = document.tokens
        let auxiliaries = FunctionWordClasses.wordClass(\.auxiliaries, of: language)
        let possessives = FunctionWordClasses.wordClass(\.possessives, of: language)
        let prepositions = FunctionWordClasses.wordClass(\.prepositions, of: language)
        let range = sentence.tokenRange
        let shared = ArgumentWords.Shared.of(language)
        return range.filter { auxiliary in
            guard auxiliaries.contains(tokens[auxiliary]) else { return false }
            if isBeforeAdverbialIncise(auxiliary, in: range, words: shared.words, verbs: verbs) { return true }
            var index = auxiliary + 1
            if index < range.upperBound, tokens[index].text == "," { index += 1 }
            let preposition = index, possessive = index + 1, noun = index + 2
            var participle = noun + 1
            if participle < range.upperBound, tokens[participle].text == "," { participle += 1 }
            return participle < range.upperBound && prepositions.contains(tokens[preposition])
                && possessives.contains(tokens[possessive]) && tokens[noun].isWord && !tokens[noun].isCapitalized
                && tokens[participle].isWord && !tokens[participle].isCapitalized
        }
    }

    /// "a une fois de plus demandé", "had earlier on Monday accused": an auxiliary, words of an adverbial incise and a
    /// verb the trigger lexicon knows.
    private func isBeforeAdverbialIncise(_ auxiliary: Int, in range: Range<Int>, words: ArgumentWords, verbs: TokenMask) -> Bool {
        let tokens = document.tokens
        var index = auxiliary + 1
        while index < range.upperBound, index - auxiliary <= Self.longestIncise,
              words.inciseWords.contains(tokens[index]) || words.timeNouns.contains(tokens[index]) {
            index += 1
        }
        return index > auxiliary + 1 && index < range.upperBound && index - auxiliary <= Self.longestIncise
            && verbs.contains(index)
    }

    /// How many words an adverbial incise between an auxiliary and its participle may have, the participle included.
    private static let longestIncise = 6

    /// "a major U.S. military base": the tokenizer keeps a dotted acronym's last period apart, which the parser reads
    /// as the end of the sentence; inside a sentence the period is told to it as part of the name.
    private func withClosingDot(_ range: Range<Int>, in sentence: Sentence) -> Range<Int> {
        let tokens = document.tokens
        let next = range.upperBound
        guard next + 1 < sentence.tokenRange.upperBound, tokens[next].text == ".", tokens[next].start == tokens[next - 1].end,
              tokens[next - 1].hasFullStop else { return range }
        return range.lowerBound..<next + 1
    }

    /// Dotted acronyms with their closing period outside the proper names ("summoned the U.S. ambassador", where the
    /// mention is the official's): the period read apart would end the sentence for the parser.
    private func acronymsWithClosingDot(in sentence: Sentence, outside names: [Range<Int>]) -> [Range<Int>] {
        sentence.tokenRange.compactMap { token in
            guard document.tokens[token].isCapitalized, document.tokens[token].hasFullStop, !names.contains(where: { $0.contains(token) }) else { return nil }
            let range = withClosingDot(token..<token + 1, in: sentence)
            return range.count > 1 ? range : nil
        }
    }

    /// A verb of one word that no event noun spells ("expulsé", "condenó"), or a verb of denial not read as a noun
    /// after a determiner ("Lomé dément", not "un démenti"). The words of a phrase may be nouns ("prisoner
    /// exchange", "rendu visite"). Static, so that passing it to `filter` does not copy the extractor into a closure.
    /// "demanded", "exigió": a verb's trigger of one word written with an ending only verbs have is a verb, whatever
    /// noun of the lexicon shares its stem.
    private func hasVerbOnlyEnding(_ hit: TriggerMatcher.Hit, tokens: [Token], words: ArgumentWords) -> Bool {
        hit.range.count == 1 && hit.trigger.frame == .verb && words.hasVerbOnlyEnding(tokens[hit.range.lowerBound])
    }

    private static func isPlainVerb(_ hit: TriggerMatcher.Hit) -> Bool {
        guard hit.range.count == 1, !hit.nounReadable else { return false }
        return hit.trigger.frame == .verb || hit.trigger.frame == .charge || (hit.trigger.frame == .deny && !hit.followsDeterminer)
    }

    /// The relations of one sentence, trigger by trigger, with arguments read off the sentence's parse.
    private func sentenceRelations(_ sentence: Sentence, hits allHits: [TriggerMatcher.Hit], tree: TreeArguments,
                                   discourse: Discourse, groupCount: inout Int) -> [Relation] {
        // "une frappe imputée au Kenya", "a strike blamed on X": a participle that lays an event at someone's door tells
        // who did it and names no accuser; it is no trigger, and the event keeps it as the carrier of its complements.
        let hits = allHits.contains(where: { isAttribution($0, tree: tree) }) ? allHits.filter { !isAttribution($0, tree: tree) } : allHits
        // A verb of command carries the event noun it governs as a support verb does ("ordered the expulsion of X").
        let triggerTokens = TokenMask(hits.filter { $0.trigger.frame != .decree }.map(\.range))
        let conflictTokens = TokenMask(hits.filter { $0.trigger.frame != .decree && $0.trigger.type.isConflict }.map(\.range))
        var relations: [Relation] = []
        var lastTargets: [ActorRef] = []
        var previousUnreal = false
        /// The same for every trigger of the sentence: found once, and only when there is a trigger.
        let possibility = tree.possibility(from: sentence.tokenRange.lowerBound, to: sentence.tokenRange.upperBound)
        /// Whether the sentence names a past era: also the same for every trigger, found at most once.
        var namesEra: Bool?
        for (position, hit) in hits.enumerated() {
            let isNoun = tree.isNominal(hit.range)
            // "the ministry will deal with the matter": a word the lexicon knows only as an event noun, used as a verb with an
            // auxiliary, names another act ("deal with" is to handle, not an agreement).
            if hit.trigger.frame == .noun, !hit.verbReadable, !isNoun, tree.headWord(of: hit.range).map(tree.hasAuxiliary) ?? false { continue }
            var modality = tree.headWord(of: hit.range).map {
                tree.modality(of: $0, speaksOfPossibility: tree.speaksOfPossibility(possibility, over: $0),
                              reportsFuture: !hit.trigger.type.isForce)
            }
                ?? (possibility.isEmpty ? .factual : .unreal)
            if previousUnreal && isCoordinated(hit, with: hits[position - 1]) { modality = .unreal }
            // "will not extend its accord with X": an event noun is denied with the verb that carries it.
            if modality == .factual, isNoun, let head = tree.headWord(of: hit.range),
               tree.isDeniedWithItsVerb(head, isTrigger: triggerTokens.contains) {
                modality = .negated
            }
            // "recalled its envoy to protest": the protest is made by the act it is the purpose of; "summoned the envoy to
            // demand an explanation": so is a demand made by summoning, where the envoy is told it.
            // Asked only where the answer matters, once: most triggers are real and govern nothing.
            var performedPurpose: Bool?
            func isPerformedPurpose() -> Bool {
                if let performedPurpose { return performedPurpose }
                let answer = tree.headWord(of: hit.range).map { head in
                    (Self.performedPurposes.contains(hit.trigger.type) && tree.isPurposeOfStatedAct(head, possibility: possibility))
                        || (hit.trigger.type == .request && tree.isPurposeOfSummons(head, possibility: possibility))
                } ?? false
                performedPurpose = answer
                return answer
            }
            if modality == .unreal, isPerformedPurpose() { modality = .factual }
            // "X will cut ties with Y if Y goes on", "si Y sigue, X podría suspender el acuerdo con Y": a hostile act
            // held over someone on a condition threatens them. So does a threat on a condition, made, not supposed,
            // also reported with "would" ("said it would retaliate if X…", "se défendrait si X…").
            var heldOver = false
            if hit.trigger.type.quadClass == .materialConflict || hit.trigger.type == .threaten, !isNoun,
               let head = tree.headWord(of: hit.range),
               !tree.speaksOfPossibility(possibility, over: head), !tree.isNegated(head), tree.isConditionalAct(head) {
                modality = .factual
                heldOver = true
            }
            // "llegó a amenazar a X": the verb of arrival only says the threat came to pass.
            if hit.trigger.frame == .visit, !isNoun, tree.headWord(of: hit.range).map(tree.isArrivalPeriphrasis) ?? false { continue }
            let governor = governingHit(of: hit, among: hits, tree: tree).flatMap { governor in
                governor.trigger.frame == .visit && tree.headWord(of: governor.range).map(tree.isArrivalPeriphrasis) ?? false
                    ? nil : governor
            }
            // "denied any attack", "demanded that X withdraw", "agreed to attack": the governed event did not happen;
            // "accused X of attacking Y": an alleged act is not coded; an event noun condemned ("condemned the attack") and
            // what a warning reports ("warned that they would never accept") are.
            // A decision criticised ("criticó la decisión de X de expulsar a Y") is no allegation: X decided it; nor is
            // what a summoned envoy did in a relative clause ("a convoqué l'ambassadeur de X, qui a critiqué…").
            let isAlleged = governor?.trigger.type == .accuse && !isNoun && tree.governor(of: hit.range)?.relation != .ccomp
                && !(tree.headWord(of: hit.range).map { tree.isClauseOfActNoun($0) || tree.isMislabelledRelativeClause($0) } ?? false)
            if hit.trigger.frame == .decree, commandsEvent(hit, among: hits, tree: tree) { continue }
            if hit.trigger.type == .retreat, !isNoun, publishesStatement(hit, among: hits, tree: tree) { continue }
            if [.request, .consult].contains(hit.trigger.type), !isNoun, tree.headWord(of: hit.range).map(tree.namesItsObject) ?? false { continue }
            if hit.trigger.type == .accuse, !isNoun, tree.headWord(of: hit.range).map(tree.tellsOfAThing) ?? false { continue }
            if !isNoun, undergoesEvent(hit, among: hits, tree: tree) { continue }
            // A clause joined to the governor by a conjunction ("a reçu X, puis a rencontré Y", which the parser may read
            // as a subordinate clause) is a second act, not its topic.
            let isBeside = !isNoun && tree.governor(of: hit.range)?.relation == .advcl
                && tree.headWord(of: hit.range).map { head in tree.parsed.dependents(of: head).contains { tree.parsed.relation(of: $0) == .cc } } ?? false
            // "visited X to hold talks with Y", "s'est rendu à X pour rencontrer Y": a meeting a real visit is made for is
            // no topic of it, and takes place, as a planned meeting is coded.
            let isPromise = governor.map { Self.isPromise(of: hit, isNoun: isNoun, by: $0) } ?? false
            // "is not willing to cooperate with X": the promise denied is a refusal, coded on the promise; the act is none.
            if isPromise, let governor, tree.headWord(of: governor.range).map(tree.isNegated) ?? false { continue }
            let meetingOfVisit = hit.trigger.type == .consult && governor.map { isRealVisit($0, tree: tree, possibility: possibility) } ?? false
            if meetingOfVisit {
                if modality == .unreal, let head = tree.headWord(of: hit.range) { modality = tree.isNegated(head) ? .negated : .factual }
            } else if let governor, isRejectedSpeechAct(hit, isNoun: isNoun, governor: governor, tree: tree) {
                // "Y rejected X's accusations": the accusation was made, whatever Y says of it.
            } else if isPromise {
                // "X and Y pledged to work together": the promise is made, and coded AGREE below.
            } else if let governor, governor.trigger.frame != .decree,
                      (Self.topicGovernors.contains(governor.trigger.type) && !isBeside) || isAlleged, !isPerformedPurpose(),
                      !Self.isRejectedAttack(hit, isNoun: isNoun, governor: governor),
                      !isDecision(of: hit.trigger.type, by: governor, among: &relations) {
                modality = .unreal
            }
            // An event noun that is only the topic of its governor ("annulé la visite") leaves a verb coordinated after
            // it real; an unreal verb ("of supporting X and backing Y") does not.
            previousUnreal = modality == .unreal && !isNoun
            var effective = hit
            switch modality {
            case .unreal: continue
            case .negated:
                // "la decisión de no reunirse con X", "decided not to meet X": a meeting refused rejects whom it would
                // have been with; one that did not take place ("has not visited X") says nothing. One announced not to take
                // place ("ne rencontrera pas X", "will not meet X", "no se reunirá con X") is refused too.
                guard [.agree, .support, .cooperate, .concede].contains(hit.trigger.type)
                        || (hit.trigger.type == .consult && !isNoun && (tree.isComplementClause(hit.range) || tree.isAnnounced(hit.range)))
                else { continue }
                effective.trigger.type = .reject
            case .factual:
                // "allowed X to visit": a permission granted is no event; only its refusal is.
                if hit.trigger.arguments?.denied == true { continue }
            }
            if heldOver { effective.trigger.type = .threaten }
            // "a pris une mesure similaire", "a fait de même": the act told before, in this sentence or the ones before,
            // done again.
            let repeated = hit.trigger.frame == .imitate
                ? RepeatedAct(lastOf: relations) ?? discourse.actToRepeat(at: sentence.index) : nil
            if hit.trigger.frame == .imitate {
                guard let repeated else { continue }
                effective.trigger.type = repeated.type
            }
            // "que ahora ocupa la presidencia del consejo": an office held is no seizure.
            if effective.trigger.type == .coerce, !isNoun, tree.objectIsHeldOffice(hit.range) { continue }
            // "delivered a note to X", "a remis une lettre à X": a message handed over is no aid.
            if effective.trigger.type == .aid, !isNoun, tree.objectIsMessage(hit.range) { continue }
            // "attacked a decree by X", "a attaqué la décision de X": an attack on words or a policy is criticism.
            if effective.trigger.type == .assault, !isNoun, tree.objectIsSaidOrDecided(hit.range) { effective.trigger.type = .accuse }
            // "a dénoncé ces accusations", "condemned these allegations": condemning a charge told before answers it.
            if effective.trigger.type == .accuse, !isNoun, tree.objectIsChargeNamedAgain(hit.range) { effective.trigger.type = .reject }
            let frame = ArgumentDefaults.frame(for: hit.trigger, in: document.language, readAsNoun: isNoun)
            // "called for sanctions on X": a request for a hostile act is not addressed to its target; "a obtenu
            // l'expulsion de X": whom an obtained hostile act befalls is no giver.
            let receives = hit.trigger.frame == .receive
            let isJudgedEvent = effective.trigger.type == .request || receives ? conflictTokens.contains : nil
            guard var found = tree.arguments(of: hit.range, frame: frame, type: effective.trigger.type,
                                             isTrigger: triggerTokens.contains, isJudgedEvent: isJudgedEvent,
                                             judgedEventsKeepGenitives: receives ? false : nil) else { continue }
            // "advirtió que no quedará nada de X si Y ataca": a warning of what follows if someone acts threatens them.
            if effective.trigger.type == .accuse, !isNoun, case let warned = tree.warnedActors(of: hit.range).filter({ !found.sources.contains($0) }),
               !warned.isEmpty {
                effective.trigger.type = .threaten
                found.targets = warned
                found.rule += ", the target taken from the condition's subject"
            }
            // "warned that measures will be taken": a response in kind announced threatens.
            if effective.trigger.type == .accuse, !isNoun, tree.warnsOfAnnouncedResponse(hit.range) { effective.trigger.type = .threaten }
            // "the intention to impose sanctions on X": a hostile act meant, not done, threatens its target.
            if effective.trigger.type.quadClass == .materialConflict, let head = tree.headWord(of: hit.range), tree.isIntended(head) {
                effective.trigger.type = .threaten
            }
            // "n'a pas l'intention de négocier avec X", "has no intention of meeting X": a peaceful act
            // meant, and denied, is refused; not yet done, it has not taken place.
            if Self.refusableTypes.contains(effective.trigger.type), let head = tree.headWord(of: hit.range), let intent = tree.intent(over: head),
               tree.isDeniedIntent(intent) {
                effective.trigger.type = .reject
            }
            // "deployed troops to X to help combat terrorism", "a déployé des soldats au X pour aider à…": forces sent to
            // help are aid to whom they are sent.
            if effective.trigger.type == .mobilize, !found.targets.isEmpty, hits.contains(where: { other in
                other.trigger.type == .aid && other.range != hit.range && governingHit(of: other, among: hits, tree: tree)?.range == hit.range
            }) {
                effective.trigger.type = .aid
            }
            // "a mobilisé 3 000 hommes en soutien à l'armée de X", "deployed troops in support of X": backing given by
            // forces sent is aid.
            if effective.trigger.type == .support, isNoun, let governor = tree.governor(of: hit.range)?.word,
               hits.contains(where: { $0.trigger.type == .mobilize && tree.headWord(of: $0.range) == governor }) {
                effective.trigger.type = .aid
            }
            // "expelled 50 Togolese migrants": people sent out of a country are deported (COERCE), not envoys expelled.
            if effective.trigger.type == .sanction, tree.hasCivilianObject(hit.range) { effective.trigger.type = .coerce }
            // "suspended its aid to X", "a mis fin à la coopération avec X": aid, cooperation, backing or an agreement ended
            // reduces relations.
            if Self.endableTypes.contains(effective.trigger.type),
               tree.isEnded(hit.range, countsReduction: effective.trigger.type != .agree) {
                effective.trigger.type = .sanction
            }
            // "cancelled his visit to X", "suspendió su viaje a X": a meeting called off refuses it (PLOVER's REJECT).
            if effective.trigger.type == .consult, tree.isCalledOff(hit.range) { effective.trigger.type = .reject }
            // "President X welcomed President Y at the palace": a visitor received by a host, not backed. A state that
            // welcomes a person may back them ("Togo welcomed the opposition leader").
            if effective.trigger.type == .support, !isNoun, !found.sources.isEmpty,
               found.sources.allSatisfy({ $0.refs.allSatisfy { $0.personIndex != nil } }), tree.welcomesVisitors(hit.range) {
                effective.trigger.type = .consult
            }
            if effective.trigger.type == .request, !isNoun, !found.targets.isEmpty,
               found.targets.allSatisfy({ $0.refs.allSatisfy { $0.personIndex != nil } }), tree.isCourtesyCall(hit.range) {
                effective.trigger.type = .consult
            }
            // "expressed its total rejection of the Turkish aggression": rejecting an attack condemns its author. Denying
            // one ("denied the attack") says it did not happen, and stays a denial.
            if effective.trigger.type == .reject, hit.trigger.frame != .deny,
               rejectsViolence(hit, among: hits, tree: tree) || rejectsDeed(hit, tree: tree) {
                effective.trigger.type = .accuse
            }
            // "maniobras en las que participarán X y Y": a show of force that others join is done together.
            if found.joint, effective.trigger.type == .mobilize { effective.trigger.type = .cooperate }
            // "realizarán maniobras conjuntas", "will hold joint drills", "enviará ayuda": cooperation or aid announced for
            // later is an agreement to give it, not yet given.
            // So is a restoration of ties announced ("restablecerán sus relaciones", "will restore relations").
            let restoresTies = effective.trigger.type == .support && hit.trigger.frame == .reciprocal
            if Self.promisedTypes.contains(effective.trigger.type) || restoresTies, tree.isAnnounced(hit.range) { effective.trigger.type = .agree }
            if isPromise { effective.trigger.type = .agree }
            // "X pledged to sanction Y", "prometió imponer sanciones a Y": a promise to strike or sanction someone threatens
            // them. Sanctions a promise names with no act of its own ("remain committed to sanctions") may be in force.
            if Self.isPromiseVerb(hit), let promise = tree.headWord(of: hit.range), hits.contains(where: { other in
                other.trigger.type.quadClass == .materialConflict && !Self.pledgedActs.contains(other.trigger.type) && other.range != hit.range
                    && governingHit(of: other, among: hits, tree: tree)?.range == hit.range
                    && !(tree.isNominal(other.range) && tree.headWord(of: other.range).flatMap(tree.parsed.governor) == promise)
            }) {
                effective.trigger.type = .threaten
            }
            // The trigger's row and what the tree gave it, written as one string: no string of the row is made to be
            // copied into it.
            let rule = "\"\(hit.trigger.patterns.joined(separator: " "))\" \(hit.trigger.frame.rawValue) \(frame.text): \(found.rule)"
            var arguments = Arguments(sources: found.sources, targets: found.targets, rule: rule,
                                      confidence: found.sources.isEmpty || found.targets.isEmpty ? 0.6 : 0.8, mutual: found.mutual,
                                      passive: found.passive)
            if let repeated {
                guard aimRepeated(repeated, into: &arguments, at: hit.range.upperBound) else { continue }
            }
            // "X accuses Y of arming rebels, a charge Y denies", "ce que Y dément", "algo que Y niega": a denial with no
            // target of its own answers the accusation this sentence made against its author.
            if arguments.targets.isEmpty, hit.trigger.frame == .deny, !arguments.sources.isEmpty {
                let deniers = arguments.sources.flatMap(\.refs)
                let accusers = relations.filter { $0.type == .accuse && deniers.contains($0.target) }.map(\.source)
                if let accuser = accusers.last, let mention = arguments.sources.first {
                    arguments.targets = [Mention(range: mention.range, refs: [accuser], form: .name, preposition: nil)]
                    arguments.rule += ", target the accusation it answers"
                }
            }
            if let governor, isRejectedSpeechAct(hit, isNoun: isNoun, governor: governor, tree: tree) {
                // Only an accusation whose author the sentence writes; "rejected the accusations" alone says nothing of who.
                guard !arguments.sources.isEmpty, !found.subjectUnwritten else { continue }
                if arguments.targets.isEmpty {
                    arguments.targets = rejecters(of: governor, tree: tree, isTrigger: triggerTokens.contains)
                    arguments.rule += ", target who rejects it"
                }
            }
            if arguments.targets.isEmpty, effective.trigger.type == .request, isNoun, !arguments.sources.isEmpty {
                let asked = circumstanceAddressees(of: hit, tree: tree, sources: Set(arguments.sources.flatMap(\.refs)))
                if !asked.isEmpty {
                    arguments.targets = asked
                    arguments.rule += ", target the subject of the clause it is the circumstance of"
                }
            }
            if arguments.targets.isEmpty, !arguments.mutual {
                let topic = topicTargets(of: hit, type: effective.trigger.type, among: hits, tree: tree, isTrigger: triggerTokens.contains,
                                         sources: Set(arguments.sources.flatMap(\.refs)))
                if !topic.isEmpty {
                    arguments.targets = topic
                    arguments.rule += ", target from its topic"
                }
            }
            if arguments.targets.isEmpty, !arguments.mutual, effective.trigger.type == .accuse, !arguments.sources.isEmpty,
               case let authors = authorsOfActToldBefore(answeredBy: hit, among: hits, tree: tree, discourse: discourse, sentence: sentence.index,
                                                         sources: Set(arguments.sources.flatMap(\.refs))), !authors.isEmpty {
                arguments.targets = [synthetic(authors, at: hit.range.lowerBound)]
                arguments.rule += ", target the author of the act told before"
                arguments.confidence = min(arguments.confidence, 0.5)
            }
            if arguments.targets.isEmpty, !arguments.mutual, !arguments.sources.isEmpty,
               effective.trigger.type.quadClass == .materialConflict {
                let sources = arguments.sources
                let opposed = tree.opposedActors(inClauseOf: hit.range).filter { !sources.contains($0) }
                if !opposed.isEmpty {
                    arguments.targets = opposed
                    arguments.rule += ", target against it in its clause"
                }
            }
            if arguments.targets.isEmpty, !arguments.mutual, !arguments.sources.isEmpty, effective.trigger.type == .accuse {
                let sources = Set(arguments.sources.flatMap(\.refs))
                let scene = tree.sceneOfJudgedThing(hit.range, isTrigger: triggerTokens.contains).filter { $0.refs.allSatisfy { !sources.contains($0) } }
                if !scene.isEmpty {
                    arguments.targets = scene
                    arguments.rule += ", target the state where the thing judged happened"
                }
            }
            if arguments.targets.isEmpty, !arguments.mutual, !arguments.sources.isEmpty, effective.trigger.type == .accuse, !isNoun {
                let sources = Set(arguments.sources.flatMap(\.refs))
                let doers = tree.doersOfAnsweredDeed(hit.range).filter { $0.refs.allSatisfy { !sources.contains($0) } }
                if !doers.isEmpty {
                    arguments.targets = doers
                    arguments.rule += ", target who did the deed it answers"
                }
            }
            if arguments.targets.isEmpty, !arguments.mutual, let slot = hit.objectSlot {
                let written = slotTargets(slot, in: sentence.index, sources: Set(arguments.sources.flatMap(\.refs)))
                if !written.isEmpty {
                    arguments.targets = written
                    arguments.rule += ", target from its object slot"
                }
            }
            if hasObjectPronoun(after: hit.range.upperBound, in: sentence), !lastTargets.isEmpty, !arguments.passive {
                arguments.targets = [synthetic(lastTargets, at: hit.range.upperBound)]
            }
            // "China's support of Russia… into Moscow's invasion": who the sentence sets on a side's side is not the
            // side it attacks.
            let sided = Set(relations.filter { Self.sidingTypes.contains($0.type) }.flatMap { [$0.source, $0.target] })
            complete(&arguments, hit: effective, frame: frame, isNoun: isNoun, found: found, sentence: sentence.index, discourse: discourse,
                     sided: sided, writtenSubjectAbove: { tree.headWord(of: hit.range).map(tree.nearestWrittenSubject) ?? [] },
                     reportingSubjectAbove: { tree.headWord(of: hit.range).map { tree.speakers(reporting: $0) } ?? [] },
                     reportedByUnknownName: { tree.headWord(of: hit.range).map(tree.speakerIsUnknownName) ?? false },
                     namesPlace: { tree.namesPlace(hit.range) })
            // "left the embassy", "left Kingstown to meet X": what a row for organizations completes from elsewhere is
            // no organization left.
            if frame.organizations {
                arguments.targets.removeAll { !$0.refs.allSatisfy(\.isOrganization) }
                arguments.mutual = false
            }
            // "una demanda contra X", "a petition against X": a request lodged against someone is a charge against them.
            if effective.trigger.type == .request, isNoun || holdsNoun(hit, tree: tree), !arguments.targets.isEmpty,
               arguments.targets.allSatisfy({ $0.preposition.map(FunctionWords.opposingPrepositions.contains) ?? false }) {
                effective.trigger.type = .accuse
            }
            // "said X was interfering": misconduct is coded only as the charge of whoever reports it.
            if hit.trigger.frame == .charge {
                if !isNoun { relations += reportedCharges(of: arguments, hit: hit, tree: tree, sentence: sentence) }
                continue
            }
            let era = namesEra ?? namesPastEra(sentence)
            namesEra = era
            // "Kenya said the incursion was an act of aggression": a hostile act a copula gives a subject is reported too.
            let isPredicate = isNoun && tree.headWord(of: hit.range).map { tree.copularPredicate(of: $0) != nil } ?? false
            if Self.chargedTypes.contains(effective.trigger.type), !isNoun || isPredicate, !arguments.mutual {
                relations += reportedCharges(of: arguments, hit: hit, tree: tree, sentence: sentence)
            }
            var produced = expand(arguments, type: effective.trigger.type, hit: hit, sentence: sentence, namesEra: era)
            // "expelled the diplomat for interfering", "retiró a su embajadora por sus declaraciones": a sanction done for
            // a deed of whom it befalls blames them for it.
            if effective.trigger.type == .sanction, !arguments.mutual, tree.statesDeedAsReason(hit.range, isTrigger: conflictTokens.contains) {
                produced += Self.copies(of: produced, as: .accuse, rule: ", blamed by the reason given")
            } else if effective.trigger.type == .sanction, !arguments.mutual {
                // "recalled its ambassador from X", "rompió relaciones con X", "a imposé des sanctions au X": a state's
                // sanction of another state protests against it, and readers code the protest beside it. A bloc's
                // measures, ties broken by both sides together and envoys sent home are no protest of one state
                // against another. The protest comes first: an act done again after it ("Poland did the same")
                // repeats the sanction.
                let protests = Self.copies(of: produced.filter(Self.protestsAgainstAState), as: .accuse,
                                           rule: ", a sanction of a state protests against it")
                produced = protests + produced
            }
            // "convocó al embajador para que informe", "summoned the envoy to explain": what one is summoned for is asked.
            if effective.trigger.type == .accuse, !isNoun,
               tree.summonsForAPurpose(hit.range, isProtest: { token in hits.contains { $0.trigger.type == .accuse && $0.range.contains(token) } }) {
                produced += Self.copies(of: produced, as: .request, rule: ", asked what the summons is for")
            }
            // A noun, or a phrase that holds one ("a porté plainte"): a verb alone is spoken, not lodged.
            if isNoun || holdsNoun(hit, tree: tree), Self.appealedTypes.contains(effective.trigger.type), !arguments.sources.isEmpty {
                lodge(&produced, hit: hit, arguments: arguments, tree: tree, isTrigger: triggerTokens.contains, sentence: sentence, namesEra: era)
            }
            // A group needs three targets of one source: fewer relations need no counting.
            let targetsPerSource = produced.count < 3 ? [:] : Dictionary(grouping: produced, by: \.source).mapValues(\.count)
            if let largest = targetsPerSource.values.max(), largest >= 3, !arguments.mutual {
                for index in produced.indices where targetsPerSource[produced[index].source] ?? 0 >= 3 {
                    produced[index].group = groupCount
                }
                groupCount += 1
            }
            relations += produced
            if let last = produced.last { lastTargets = produced.filter { $0.source == last.source }.map(\.target) }
        }
        return relations
    }

    /// The trigger whose argument `hit` is in the tree: "condemned the attack", "a critiqué la visite", and through a
    /// noun that is no trigger, "demanded the imposition of sanctions", "urged the government to prevent".
    /// "Bolivia ordered the expulsion of X": the command is the expulsion, coded as the noun's own event.
    private func commandsEvent(_ hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> Bool {
        hits.contains { other in
            other.range != hit.range && tree.isNominal(other.range) && governingHit(of: other, among: hits, tree: tree)?.range == hit.range
        }
    }

    /// "Cuba enfrenta un embargo", "Chile recibió el apoyo de X": a verb whose subject undergoes the event noun it governs
    /// states that event, not one of its own ("enfrentar" is also to clash, "recibir" to host).
    private func undergoesEvent(_ hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> Bool {
        guard let verb = tree.headWord(of: hit.range) else { return false }
        return hits.contains { other in
            guard other.range != hit.range, tree.isNominal(other.range), let noun = tree.headWord(of: other.range) else { return false }
            return tree.parsed.governor(of: noun) == verb && tree.undergoes(noun)
        }
    }

    /// "Y rejected X's accusations", "Y niega las acusaciones de X", "Y dément les accusations de X", "Y rejected X's
    /// ultimatum": an accusation, a demand or a threat that names no target and that its governor's subject rejects
    /// or denies was made to that subject.
    private func isRejectedSpeechAct(_ hit: TriggerMatcher.Hit, isNoun: Bool, governor: TriggerMatcher.Hit, tree: TreeArguments) -> Bool {
        isNoun && Self.rejectableSpeechActs.contains(hit.trigger.type) && governor.trigger.type == .reject
            && tree.governor(of: hit.range)?.relation == .obj
    }

    /// "Doha a travaillé à la demande des États-Unis", "sent troops at the request of X": a request written as the
    /// circumstance of a clause was made to the clause's subject, when the clause's verb is no participle on a noun
    /// ("une réunion convoquée à la demande de X") and writes its subject. Parsers often hang the circumstance on the
    /// verb's object ("a remis sa démission à la demande de X"); it is still the clause's.
    private func circumstanceAddressees(of hit: TriggerMatcher.Hit, tree: TreeArguments, sources: Set<ActorRef>) -> [Mention] {
        guard let head = tree.headWord(of: hit.range), var verb = tree.parsed.governor(of: head) else { return [] }
        let markers = tree.markers(of: head)
        if tree.parsed.relation(of: head) == .nmod, tree.parsed.relation(of: verb) == .obj, !markers.isEmpty, !markers.contains(tree.words.genitive),
           // "une visite à l'invitation de X": an invitation under an event noun names whoever hosts it (`inviterWords`).
           !tree.words.invitationNouns.contains(tree.tokens[tree.parsed.tokenOfWord[head]]), let clause = tree.parsed.governor(of: verb) {
            verb = clause
        } else if tree.parsed.relation(of: head) != .obl {
            return []
        }
        guard tree.parsed.tag(of: verb) == .verb, tree.parsed.relation(of: verb) != .acl else { return [] }
        // "des soldats ont été transportés par avions français, à la demande de X": in the passive, whoever does the act
        // is its agent.
        if tree.isPassive(verb) {
            return tree.resolve(tree.agentWords(of: verb)).filter { $0.refs.allSatisfy { !sources.contains($0) } }
        }
        guard tree.hasWrittenSubject(verb) else { return [] }
        return tree.nearestWrittenSubject(above: head).filter { $0.refs.allSatisfy { !sources.contains($0) } }
    }

    /// "released a joint statement", "a rendu public un communiqué": a text let out is no captive freed, and the verb
    /// only publishes it.
    private func publishesStatement(_ hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> Bool {
        guard let head = tree.headWord(of: hit.range) else { return false }
        return tree.parsed.dependents(of: head).contains { object in
            tree.parsed.relation(of: object) == .obj
                && hits.contains { $0.trigger.type == .agree && tree.headWord(of: $0.range) == object }
        }
    }

    /// A participle of attribution modifying a noun: "imputée" in "une frappe imputée au Kenya".
    private func isAttribution(_ hit: TriggerMatcher.Hit, tree: TreeArguments) -> Bool {
        guard hit.range.count == 1, let head = tree.headWord(of: hit.range) else { return false }
        return tree.parsed.label(of: head).isPlain(.acl) && tree.isAttributing(head)
    }

    /// Acts of speech made to someone, whom rejecting them names: "rejected X's ultimatum", "rechazó las exigencias de X".
    private static let rejectableSpeechActs: Set<EventType> = [.accuse, .request, .threaten]

    /// Who rejects or denies an accusation, a demand or a threat: the subject of the verb that does.
    private func rejecters(of governing: TriggerMatcher.Hit, tree: TreeArguments, isTrigger: (Int) -> Bool) -> [Mention] {
        let frame = ArgumentDefaults.frame(for: governing.trigger, in: document.language, readAsNoun: tree.isNominal(governing.range))
        return tree.arguments(of: governing.range, frame: frame, type: governing.trigger.type, isTrigger: isTrigger)?.sources ?? []
    }

    private func governingHit(of hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> TriggerMatcher.Hit? {
        // "expelled the envoy in solidarity with X": a stance is why the act is done, never what it is about.
        guard var word = tree.headWord(of: hit.range), !tree.isStance(hit.range) else { return nil }
        // "demanded that Russia halt its offensive and withdraw its forces": a verb coordinated to another shares that
        // verb's governor. One opened by a conjunction of its own ("…, como lo exige X") is a clause of its own.
        while tree.parsed.relation(of: word) == .conj, let first = tree.parsed.governor(of: word), first < word,
              tree.parsed.tag(of: first) == .verb, tree.parsed.tag(of: word) == .verb,
              !tree.parsed.dependents(of: word).contains(where: { tree.parsed.relation(of: $0) == .mark }) {
            word = first
        }
        if let demand = demand(openedOnObject: word, among: hits, tree: tree) { return demand }
        for step in 0..<Self.governorReach {
            // The trigger hangs from its governor as any topic; a noun between them as an object or a complement.
            let relations = step == 0 ? Self.governedRelations : Self.nounTopicRelations
            guard let governor = tree.parsed.governor(of: word), relations.contains(tree.parsed.relation(of: word)) else { return nil }
            // "Before speaking with Wang, Blinken urged…": a clause of time is when, not what, the verb is about.
            if step == 0, tree.isTimeClause(word) { return nil }
            // "X fue recibido por Y, y el presidente Z se dirigió a Cali y recibió a X": an adverbial clause with a subject
            // of its own tells an act of its own, not what the verb above it is about.
            if step == 0, tree.parsed.relation(of: word) == .advcl, tree.hasWrittenSubject(word) { return nil }
            // "X spoke with Y, urging it to…", "criticó a X, exigiendo…": a participle set off by a comma with nothing
            // joining it tells a second act of the same subject, not what the first is about; so does a gerund written
            // before the verb ("Tout en saluant X, elle promet…").
            if step == 0, tree.isParticipleAfterComma(word) || tree.isFrontedGerund(word) { return nil }
            // "refuse de retirer ses troupes, comme l'exige le Maroc", "Comme convenu avec X, Y somme Z de…": a clause of
            // comparison is no topic either.
            if step == 0, tree.invertedSubject(of: word) != nil || tree.isComparisonClause(word) { return nil }
            // "recibió la condena de X", "faces sanctions": an event its governor's subject undergoes is no topic of it.
            if step == 0, tree.isNominal(hit.range), tree.undergoes(word) { return nil }
            // "Con el respaldo de X, Y vetó…": support that backs the act is its manner, not what the act is about.
            if step == 0, TreeArguments.isBackingType(hit.trigger.type), tree.isBackingPhrase(word) { return nil }
            let token = tree.parsed.tokenOfWord[governor]
            if let trigger = hits.first(where: { $0.range.contains(token) && $0.range != hit.range }) {
                // A verb governs its topic ("called for talks"); a noun does not ("an agreement after a meeting between…"),
                // but for a noun of judgment its complement is what is judged ("su rechazo a las acusaciones de X").
                let judged = step == 0 && Self.judgingTypes.contains(trigger.trigger.type) && tree.parsed.relation(of: word) == .nmod
                return tree.parsed.isNominal(governor) && !judged ? nil : trigger
            }
            // "urged X to stop the fighting", "asked X to consider not signing": an infinitive that is no trigger passes
            // its object on to the trigger that controls it.
            if tree.parsed.tag(of: governor) == .verb, tree.isControlledInfinitive(governor),
               let controller = tree.parsed.governor(of: governor), !tree.parsed.isNominal(controller) {
                let token = tree.parsed.tokenOfWord[controller]
                return hits.first { $0.range.contains(token) && $0.range != hit.range }
            }
            // Only a common noun passes the chain on: a verb that is no trigger ("incited X to warn") has a topic of its
            // own, and a name is an actor, not a topic.
            guard tree.parsed.tag(of: governor) == .noun, tree.mentionOfWord[governor] == nil else { return nil }
            word = governor
        }
        return nil
    }

    /// "exigió a Togo y Benín que retiren a sus representantes": a clause opened by "que" on the object of a verb of
    /// demand, which the parser reads as a relative clause on that object, is what is demanded of it.
    private func demand(openedOnObject clause: Int, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> TriggerMatcher.Hit? {
        guard tree.parsed.label(of: clause).isSubtype("relcl", of: .acl), let object = tree.parsed.governor(of: clause),
              object < clause, [.obj, .iobj].contains(tree.parsed.relation(of: object)), let verb = tree.parsed.governor(of: object),
              tree.parsed.tag(of: verb) == .verb,
              tree.parsed.dependents(of: clause).contains(where: { opener in
                  opener < clause && tree.words.complementizers.contains(tree.tokens[tree.parsed.tokenOfWord[opener]])
              })
        else { return nil }
        let token = tree.parsed.tokenOfWord[verb]
        return hits.first { $0.range.contains(token) && $0.trigger.type == .request }
    }

    /// "denied any plan to attack Ethiopia", "rejected talks with Greece": a trigger with no target of its own is aimed
    /// where the event it governs is; a condemnation ("condemned the attack by X") at that event's author.
    private static let forceTypes: Set<EventType> = [.assault, .coerce]

    private func topicTargets(of hit: TriggerMatcher.Hit, type: EventType, among hits: [TriggerMatcher.Hit], tree: TreeArguments,
                              isTrigger: (Int) -> Bool, sources: Set<ActorRef>, nested: Bool = false) -> [Mention] {
        // "seized on the talks with X": force is used on whom it strikes, never on a topic.
        guard !Self.forceTypes.contains(type) else { return [] }
        // What a speaker reports ("warned that they would never accept…") is no topic: the clause has its own actors.
        for topic in hits where topic.range != hit.range && governingHit(of: topic, among: hits, tree: tree)?.range == hit.range
            && tree.governor(of: topic.range)?.relation != .ccomp && !tree.isCoAgentPhrase(topic.range) {
            let frame = ArgumentDefaults.frame(for: topic.trigger, in: document.language, readAsNoun: tree.isNominal(topic.range))
            guard var found = tree.arguments(of: topic.range, frame: frame, type: topic.trigger.type, isTrigger: isTrigger) else { continue }
            // "threatened to cancel the summit with X": a threatened act aimed at no one in its own words is aimed where
            // its own topic is. One step down, no more.
            if type == .threaten, !nested, found.targets.isEmpty {
                found.targets = topicTargets(of: topic, type: topic.trigger.type, among: hits, tree: tree, isTrigger: isTrigger,
                                             sources: sources, nested: true)
            }
            // "a rappelé son ambassadeur, dénonçant les propos de X": a clause beside the verb whose act is the same
            // actor's is a second act, not what the first is about; the recall names no host.
            if tree.governor(of: topic.range)?.relation == .advcl, found.sources.contains(where: { !sources.isDisjoint(with: $0.refs) }) {
                continue
            }
            // "helped X defend itself against the attack by Y": backing against an event backs none of its parties.
            if type == .support, tree.isOpposed(topic.range) { continue }
            // Who is accused of an event did it; who backs or rejects an event ("welcomed the sanctions the EU
            // imposed") backs or rejects its author when it has one, else whom it is for ("welcomed the deal with X").
            let side = switch type {
            case .accuse: found.sources
            // "financió la agresión de X contra Y": aid to a hostile act goes to its author, never to its victim.
            case .support, .aid, .reject:
                // "denied any plan to attack X": a plan of its own is no author to reject, its target is; "the two
                // parties approved their cooperation": parties to a shared event back each other. Backing or opposing
                // sanctions on X backs or opposes their author, never X.
                Self.others(of: sources, in: found.sources)
                    ?? (found.mutual || found.sources.partyCount >= 2 ? found.sources
                        : topic.trigger.type.isConflict && (type != .reject || hit.trigger.frame != .deny) ? [] : found.targets)
            // "demanded the withdrawal of X's troops": whoever is asked to act is the event's author. "Called for
            // sanctions on X" does not ask X; "asked for the expulsion of X's envoy" asks X, whom the event befalls.
            // "demanded the release of X" asks X's captors, whom the sentence does not name.
            // "agreed to impose sanctions on X", "coordinating sanctions against X": an agreement or cooperation to act
            // against someone is made with the act's other authors, never with whom it befalls.
            case .agree where topic.trigger.type.isConflict, .cooperate where topic.trigger.type.isConflict:
                Self.others(of: sources, in: found.sources) ?? []
            case .request where tree.namesCaptive(topic.range): [Mention]()
            // "pushed to deepen relations with X": an act the asker is to do itself, with no one asked, asks no one.
            case .request:
                Self.others(of: sources, in: found.sources)
                    ?? ((topic.trigger.type.isConflict && !found.targetIsGenitive) || isOwnEffort(hit, topic: topic, tree: tree) ? [] : found.targets)
            default: found.targets
            }
            if !side.isEmpty { return side }
        }
        return []
    }

    /// "lodged a protest against the arrest of its fishermen", "condenó la detención de sus pescadores": a hostile act named with no
    /// author of its own, which a protest is about, is the one the article told last of that kind; its author is whom
    /// the protest aims at.
    private func authorsOfActToldBefore(answeredBy hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments,
                                        discourse: Discourse, sentence: Int, sources: Set<ActorRef>) -> [ActorRef] {
        for topic in hits where topic.range != hit.range && topic.trigger.type.quadClass == .materialConflict && tree.isNominal(topic.range)
            && governingHit(of: topic, among: hits, tree: tree)?.range == hit.range {
            let authors = discourse.lastSource(of: topic.trigger.type, at: sentence).filter { !sources.contains($0) }
            if !authors.isEmpty { return authors }
        }
        return []
    }

    /// Whether an attack or a use of force is what `hit` rejects.
    private func rejectsViolence(_ hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> Bool {
        hits.contains { other in
            [.assault, .coerce].contains(other.trigger.type) && other.range != hit.range && tree.isNominal(other.range)
                && governingHit(of: other, among: hits, tree: tree)?.range == hit.range
        }
    }

    /// "expresó su rechazo a las declaraciones de X", "rejected X's remarks": rejecting what another said or did
    /// (`rejectedDeeds`) condemns it, as rejecting an attack does.
    private func rejectsDeed(_ hit: TriggerMatcher.Hit, tree: TreeArguments) -> Bool {
        guard let head = tree.headWord(of: hit.range) else { return false }
        return tree.parsed.dependents(of: head, [.obj, .nmod, .obl]).contains { word in
            tree.words.rejectedDeeds.contains(tree.tokens[tree.parsed.tokenOfWord[word]])
        }
    }

    /// A verb clause under a request verb that has no object: the asker's own act ("pushed to deepen relations").
    private func isOwnEffort(_ hit: TriggerMatcher.Hit, topic: TriggerMatcher.Hit, tree: TreeArguments) -> Bool {
        guard !tree.isNominal(topic.range), let verb = tree.headWord(of: hit.range) else { return false }
        return !tree.parsed.dependents(of: verb).contains { [.obj, .iobj].contains(tree.parsed.relation(of: $0)) }
    }

    /// The actors the sentence names, nearest the trigger first ("sent troops to its border with X, as Y…" faces X), but
    /// not a capital after a preposition, which says where.
    private func namedNearest(to range: Range<Int>, in sentence: Int) -> [ActorRef] {
        actors.mentions[sentence].filter { !($0.form == .seat && $0.preposition != nil) }
            .sorted { Self.distance($0.range, range) < Self.distance($1.range, range) }
            .flatMap(\.refs)
    }

    /// The first person named in `sentence` before the token `start` as a subject or an object (after no preposition:
    /// "after talks with X, he…" is no one's antecedent), other than `besides`.
    private func personNamedBefore(_ start: Int, in sentence: Int, besides: Set<ActorRef>) -> ActorRef? {
        actors.mentions[sentence].lazy.filter { $0.range.upperBound <= start && $0.preposition == nil }.flatMap(\.refs)
            .first { $0.personIndex != nil && !besides.contains($0) }
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : max(0, b.lowerBound - a.upperBound)
    }

    /// The mentions that name someone besides `sources`, or nil when there is none.
    private static func others(of sources: Set<ActorRef>, in mentions: [Mention]) -> [Mention]? {
        let others = mentions.filter { !$0.refs.allSatisfy(sources.contains) }
        return others.isEmpty ? nil : others
    }

    /// How a noun that passes a governed trigger on hangs from the next word up: "the imposition of sanctions".
    private static let nounTopicRelations: DependencyRelations = [.obj, .nmod]

    /// How many words up the tree a governing trigger is looked for: the trigger's own governor, or one up to two nouns
    /// above.
    private static let governorReach = 3

    /// What a trigger governs as its topic: its object, a complement, a clause ("demanded that X withdraw").
    private static let governedRelations: DependencyRelations = [.obj, .nmod, .obl, .xcomp, .ccomp, .acl, .advcl]

    /// An object pronoun right after the verb: "urged them to", "accusing it of". The parser reads the pronoun;
    /// which actor it stands for is the discourse's: the targets of the trigger before.
    private func hasObjectPronoun(after end: Int, in sentence: Sentence) -> Bool {
        end < sentence.tokenRange.upperBound && FunctionWords.objectPronounsAfterVerb.contains(document.tokens[end])
    }

    /// Aims an act done again at whom the act told before was aimed (`RepeatedAct.targets(of:)`), for the sources the
    /// sentence writes. - Returns: false when the sentence names no one repeating it, or no one to aim it at.
    private func aimRepeated(_ act: RepeatedAct, into arguments: inout Arguments, at token: Int) -> Bool {
        let repeaters = arguments.sources.flatMap(\.refs)
        let aimed = act.targets(of: repeaters).filter { !repeaters.contains($0) }
        guard !repeaters.isEmpty, !aimed.isEmpty else { return false }
        arguments.targets = [synthetic(aimed, at: token)]
        arguments.rule += ", act and target of the one told before"
        return true
    }

    /// A mention standing for actors the discourse supplies rather than the sentence.
    private func synthetic(_ refs: [ActorRef], at token: Int) -> Mention {
        Mention(range: token..<token + 1, refs: refs, form: .name, preposition: nil)
    }

    /// "declared 15 Emirati embassy staff persona non grata": the actors an object slot's words name, where the parser
    /// hung them off the object. Only those no preposition introduces: "l'ambassadeur du Nicaragua à Bruxelles" is
    /// posted to Brussels, not Belgium's.
    private func slotTargets(_ slot: Range<Int>, in sentence: Int, sources: Set<ActorRef>) -> [Mention] {
        actors.mentions[sentence].filter { mention in
            slot.contains(mention.range.lowerBound) && mention.range.upperBound <= slot.upperBound && mention.preposition == nil
                && !mention.refs.contains(where: sources.contains)
        }
    }

    /// "han puesto": a lower-case word of the sentence at `index` with an ending of the language's participles.
    private func isParticiple(_ index: Int, in sentence: Sentence, words: ArgumentWords) -> Bool {
        guard index < sentence.tokenRange.upperBound, document.tokens[index].isWord, !document.tokens[index].isCapitalized else { return false }
        let folded = document.tokens[index].folded
        return words.participleEndings.contains { folded.count > $0.count + 1 && folded.hasSuffix($0) }
    }

    /// The triggers of `sentence` the reading looks at: none in a sentence about sport.
    private func readHits(_ sentence: Sentence) -> [TriggerMatcher.Hit] {
        sportSentences[sentence.index] ? [] : hits(in: sentence)
    }

    /// Whether `sentence`, with `hits`, is parsed: it has a trigger, a state backing something ("US-backed"), troops
    /// entering a state or a duty a speaker reports. Parsing is most of the cost of reading an article.
    /// Whether every word of the sentence but its articles is part of an actor's name: a dateline ("BANJUL, The
    /// Gambia —"), or a list of names with no verb.
    private func isNamesOnly(_ sentence: Sentence) -> Bool {
        let mentions = actors.mentions[sentence.index]
        return sentence.tokenRange.allSatisfy { index in
            !document.tokens[index].isWord || FunctionWords.articles.contains(document.tokens[index])
                || mentions.contains { $0.range.contains(index) }
        }
    }

    private func isParsed(_ sentence: Sentence, hits: [TriggerMatcher.Hit]) -> Bool {
        !hits.isEmpty || actors.mentions[sentence.index].contains(where: \.backs) || mayTellIncursion(sentence) || mayTellObligation(sentence)
            || mayTellJudgment(sentence)
    }

    /// A sentence read ahead: its triggers and its parse.
    private struct ReadAhead {
        var hits: [TriggerMatcher.Hit]
        var parsed: ParsedSentence
    }

    /// The sentences the reading will parse whatever the sentences before them say — those that name an actor and
    /// hold a trigger, a state backing something, or an incursion — parsed on `parseThreads` threads, by sentence
    /// index. Parsing is most of the cost of reading an article; a sentence that names no actor is parsed when read.
    private func parsedAhead(model: SyntaxModel) -> [Int: ReadAhead] {
        var sentences: [(index: Int, range: Range<Int>, hits: [TriggerMatcher.Hit], hints: ParseHints)] = []
        for sentence in document.sentences where !actors.mentions[sentence.index].isEmpty {
            let hits = readHits(sentence)
            guard isParsed(sentence, hits: hits) else { continue }
            sentences.append((sentence.index, sentence.tokenRange, hits, parseHints(sentence, hits: hits)))
        }
        let tokens = document.tokens
        let language = document.language
        let parses = parallelMap(sentences.map { ($0.range, $0.hints) }, threads: parseThreads) { range, hints in
            ParsedSentence(tokens: tokens, range: range, language: language, model: model, hints: hints)
        }
        var ahead: [Int: ReadAhead] = [:]
        for (sentence, parsed) in zip(sentences, parses) { ahead[sentence.index] = ReadAhead(hits: sentence.hits, parsed: parsed) }
        return ahead
    }

    /// Speech acts a real act is done to perform ("cut ties with X to support Y", "recalled its envoy to protest against
    /// X's remarks"): done by doing it.
    private static let performedPurposes: Set<EventType> = [.support, .accuse]

    /// Types whose missing recipient is the other side of the conflict.
    private static let aimedTypes: Set<EventType> = [.assault, .mobilize]
    /// Types of the rows that break or mend ties ("rompió relaciones", "the restoration of ties"): a tie has two sides.
    private static let tieTypes: Set<EventType> = [.sanction, .support]
    /// Types that answer a request: "Le Chili refuse."; a refusal or a denial also answers an accusation.
    private static let answerTypes: Set<EventType> = [.reject, .agree, .concede, .retreat]

    /// How many sentences back an act named again by a noun of its kind may have been told.
    private static let actNamedAgainReach = 6

    /// The kind of act a noun naming an act again says it is ("la ruptura": a sanction); nil for a noun of any act
    /// ("the decision", "la medida").
    private func kindOfActNamedAgain(at token: Int) -> EventType? {
        let words = ArgumentWords.Shared.of(document.language).words
        if words.sanctionAnaphors.contains(document.tokens[token]) { return .sanction }
        if words.accusationAnaphors.contains(document.tokens[token]) { return .accuse }
        return nil
    }

    /// Fills a missing subject or recipient from the sentences before, with a lower confidence.
    ///
    /// A role the tree saw written as a noun naming no actor ("las fuerzas…", "fighting against terrorism") is not
    /// missing: no actor of a sentence before stands in for it, even where Spanish drops subjects. Nor is the agent of
    /// a passive that names none ("fue detenido el exministro"): the sentence leaves it unknown, not unwritten.
    /// - Parameter frame: the frame row the trigger's arguments were read with.
    private func complete(_ arguments: inout Arguments, hit: TriggerMatcher.Hit, frame: ArgumentFrame, isNoun: Bool, found: TreeArguments.Found,
                          sentence: Int, discourse: Discourse, sided: Set<ActorRef> = [],
                          writtenSubjectAbove: () -> [Mention] = { [] }, reportingSubjectAbove: () -> [Mention] = { [] },
                          reportedByUnknownName: () -> Bool = { false }, namesPlace: () -> Bool = { false }) {
        // "X met Y… It was agreed to set up a commission", "Il a été convenu…": an agreement in the passive, as a
        // sentence's main verb, that names neither party was reached by the two who last met.
        if arguments.sources.isEmpty, arguments.targets.isEmpty, hit.trigger.type == .agree, found.passiveMainVerb,
           case let met = discourse.lastSource(of: .consult, at: sentence), met.count == 1,
           let other = discourse.lastTarget(of: .consult, at: sentence, isOther: { !met.contains($0) }) {
            arguments.sources = [synthetic(met, at: hit.range.lowerBound)]
            arguments.targets = [synthetic([other], at: hit.range.lowerBound)]
            arguments.rule += "+the two who met"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        // "«Condenamos la decisión de X. No cederemos», dijo el presidente": a speaker's own subject in a sentence of a quote
        // attributed at the end of a later sentence is that speaker.
        if arguments.sources.isEmpty, !found.passive,
           found.subjectIsSpeakerPronoun || (found.subjectUnwritten && !found.subjectIsPronoun && ArgumentWords.Shared.of(document.language).words.dropsSubjects),
           !found.sourceIsNoActor,
           case let speakers = (discourse.quoteSpeakers[sentence] ?? []).filter({ ref in !arguments.targets.contains { $0.refs.contains(ref) } }),
           !speakers.isEmpty {
            arguments.sources = [synthetic(speakers, at: hit.range.lowerBound)]
            arguments.rule += "+speaker of the quote"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        // Reads the persons, not `actors`: a closure that reads a property of `self` copies the whole extractor.
        let persons = actors.persons
        let countries = { (ref: ActorRef) -> String? in ref.stateCode ?? ref.personIndex.flatMap { persons[$0].country } }
        // "X announced it would…": a pronoun reported by a verb of saying is its subject's, a person's for "he", the
        // person's state for "it".
        // "Le président X a annoncé que son gouvernement avait rappelé…": a government or army owned by a person is
        // his state's.
        let reported = arguments.sources.isEmpty && found.subjectIsPronoun ? reportingSubjectAbove().flatMap(\.refs).map { ref in
            found.subjectIsOwnedStateBody || found.subjectIsThingPronoun ? countries(ref).map(ActorRef.state) ?? ref : ref
        }.filter { ref in
            !arguments.targets.contains { $0.refs.contains(ref) } && (!found.subjectIsPersonPronoun || ref.personIndex != nil)
        } : []
        // "It signed…": a pronoun that names no person stands for no person the discourse followed.
        let lastSubject = found.subjectIsThingPronoun ? discourse.lastSubject.filter { $0.personIndex == nil } : discourse.lastSubject
        // "il", "él": a singular pronoun of a language that spells persons and things alike stands for a person when the
        // article last followed one.
        let personLike = found.subjectIsPersonPronoun || (found.subjectIsSingularPronoun && !found.subjectIsThingPronoun
            && !lastSubject.isEmpty && lastSubject.allSatisfy { $0.personIndex != nil })
        // "X snubbed Y when he sought a meeting with X", "X est resté ferme, mais il a annoncé…": the first person
        // the sentence named before the pronoun who is not its clause's target.
        let namedBefore = personLike && reported.isEmpty
            ? personNamedBefore(hit.range.lowerBound, in: sentence, besides: Set(arguments.targets.flatMap(\.refs))) : nil
        // "X, Y and Z met in Accra, where they held talks with W": a plural pronoun no verb of saying reports stands for
        // the several actors the clause above it has for subject.
        let pluralAbove = arguments.sources.isEmpty && found.subjectIsPronoun && !found.subjectIsSingularPronoun && reported.isEmpty
            ? writtenSubjectAbove().flatMap(\.refs).filter { ref in !arguments.targets.contains { $0.refs.contains(ref) } } : []
        let pluralSubjectAbove = Set(pluralAbove).count > 1 ? pluralAbove : []
        // A verb of receiving has its recipient for subject: whoever the discourse follows is no giver.
        if arguments.sources.isEmpty, (!isNoun && hit.trigger.frame != .noun) || found.subjectIsPronoun, !found.sourceIsNoActor,
           hit.trigger.frame != .receive,
           found.subjectUnwritten || (!found.passive && droppedSubject(before: hit.range.lowerBound)),
           !lastSubject.isEmpty || !reported.isEmpty || namedBefore != nil || !pluralSubjectAbove.isEmpty,
           !(found.subjectIsSingularPronoun && reported.isEmpty && namedBefore == nil && Set(lastSubject).count > 1),
           !(found.subjectIsPronoun && reported.isEmpty && reportedByUnknownName()) {
            // "X se reunió con Y, con quien dialogó…": a clause inside a sentence whose main verb has a subject shares it.
            let targets = Set(arguments.targets.flatMap(\.refs))
            let written = !pluralSubjectAbove.isEmpty ? pluralSubjectAbove
                : found.subjectIsPronoun ? reported : writtenSubjectAbove().flatMap(\.refs).filter { !targets.contains($0) }
            // "He met…" after a sentence whose subject was a state: the last person written as a subject.
            let person = !personLike ? [] : namedBefore.map { [$0] } ?? discourse.personSubject(at: sentence)
            arguments.sources = [synthetic(!written.isEmpty ? written : !person.isEmpty ? person : lastSubject, at: hit.range.lowerBound)]
            arguments.rule += "+previous-subject"
            arguments.confidence = min(arguments.confidence, 0.5)
            // "X, Y and Z met in Oslo. They signed a declaration.": states that act together on no one else do it with
            // one another, as they would with their names written.
            if arguments.targets.isEmpty, hit.trigger.type.isSymmetric, discourse.gathered(arguments.sources.flatMap(\.refs), at: sentence),
               !frame.together {
                arguments.mutual = true
                arguments.rule += ", mutual"
            }
        }
        // "Ambassadors from X and Y were summoned to the Foreign Ministry": a summons in the passive that names no one
        // who made it was made by the state the article follows, never by an envoy's own.
        if arguments.sources.isEmpty, found.passive, !arguments.targets.isEmpty, hit.trigger.type == .accuse,
           frame.sources.contains(.host) {
            let targets = arguments.targets.flatMap(\.refs)
            let summoner = discourse.lastSubject.filter { ref in
                !targets.contains(ref) && !targets.contains { countries($0) != nil && countries($0) == countries(ref) }
            }
            if !summoner.isEmpty {
                arguments.sources = [synthetic(summoner, at: hit.range.lowerBound)]
                arguments.rule += "+previous-subject"
                arguments.confidence = min(arguments.confidence, 0.5)
            }
        }
        // "Les entretiens avec X ont porté sur…", "With X, the talks focused on…": talks held with someone, and no one
        // named beside them, are held by whom the article follows.
        if arguments.sources.isEmpty, isNoun, hit.trigger.type == .consult, found.targetIsComitative, !found.sourceIsNoActor {
            let targets = Set(arguments.targets.flatMap(\.refs))
            // The subject of the clause above first: "Russia said the talks with X had failed".
            let written = writtenSubjectAbove().flatMap(\.refs).filter { !targets.contains($0) }
            // A pair the article last followed ("les deux ministres") does not say which of them held these talks.
            let subject = written.isEmpty ? discourse.followed(among: discourse.lastSubject.filter { !targets.contains($0) }) : written
            if !targets.isEmpty, subject.count == 1 || !written.isEmpty, !subject.isEmpty {
                arguments.sources = [synthetic(subject, at: hit.range.lowerBound)]
                arguments.rule += "+previous-subject"
                arguments.confidence = min(arguments.confidence, 0.5)
            }
        }
        // "…a decree by Togo's president. Ghana described the decree as…": a policy or an act named again, whose
        // owner an earlier sentence named, is that owner's.
        if arguments.targets.isEmpty, let token = found.policyNamedAgain ?? found.actNamedAgain,
           case let owners = discourse.owners(ofActNamed: document.tokens[token].folded, at: sentence)
            .filter({ !arguments.sources.flatMap(\.refs).contains($0) }), !owners.isEmpty {
            arguments.targets = [synthetic(owners, at: hit.range.lowerBound)]
            arguments.rule += "+owner named before"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        // "Nicaragua broke with Taiwan… The break was criticised by X": an act named again by a noun of a trigger's kind
        // is the last act of that kind, whoever acted last.
        if arguments.targets.isEmpty, let token = found.actNamedAgain, let kind = kindOfActNamedAgain(at: token),
           case let authors = discourse.lastSource(of: kind, at: sentence, reach: Self.actNamedAgainReach).filter({ !arguments.sources.flatMap(\.refs).contains($0) }), !authors.isEmpty {
            arguments.targets = [synthetic(authors, at: hit.range.lowerBound)]
            arguments.rule += "+act named again"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        // "It was sanctioned by X": an object pronoun the sentence does not resolve is the last subject.
        let sourceRefs = Set(arguments.sources.flatMap(\.refs))
        let previousSubject = discourse.lastSubject.filter { !sourceRefs.contains($0) && !(found.objectIsThingPronoun && $0.personIndex != nil) }
        // "la cumbre convocada por X": a row that takes only envoys for targets takes no one else from the discourse.
        let envoysOnly = frame.envoys && !frame.envoysAreSources
        // "X accused Y and Z. W urged them to…": a plural pronoun after one subject stands for the several acted on.
        let several = found.objectIsPluralPronoun ? discourse.severalTargets(at: sentence).filter { !sourceRefs.contains($0) } : []
        if arguments.targets.isEmpty, found.objectUnwritten, several.count >= 2 {
            arguments.targets = [synthetic(several, at: hit.range.lowerBound)]
            arguments.rule += "+previous-targets"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        if arguments.targets.isEmpty, found.objectUnwritten, !previousSubject.isEmpty,
           !envoysOnly || previousSubject.allSatisfy({ ref in ref.personIndex.flatMap { persons[$0].roleKey }.map(PersonRegistry.isEnvoyRole) ?? false }) {
            arguments.targets = [synthetic(previousSubject, at: hit.range.lowerBound)]
            arguments.rule += "+previous-subject"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        if arguments.sources.isEmpty, !arguments.targets.isEmpty, arguments.rule.containsASCII("target undergoer") {
            arguments.sources = [synthetic(discourse.lastSource(of: hit.trigger.type, at: sentence), at: hit.range.lowerBound)]
        }
        // One side at least is written in the sentence: a source lent by the discourse gets no guessed target. A tie
        // one side alone is said to break or mend ("announced the breaking of relations") has the other side unwritten.
        // A row that places its act (an embassy closed, an envoy recalled) names where it happens, not a tie.
        let isTie = (hit.trigger.frame == .reciprocal || frame.mutual) && !frame.places && Self.tieTypes.contains(hit.trigger.type)
            && !found.targetIsSource
        let loneParty = arguments.mutual && isTie && Set(arguments.sources.flatMap(\.refs)).count == 1
        guard !arguments.sources.isEmpty, arguments.targets.isEmpty, !arguments.mutual || loneParty,
              !arguments.rule.hasASCIISuffix("+previous-subject") else { return }
        let sources = arguments.sources.flatMap(\.refs)
        let type = hit.trigger.type
        if Self.answerTypes.contains(type) {
            var asked = discourse.requesters(of: sources, at: sentence, countries: countries)
            if asked.isEmpty, type == .reject { asked = discourse.accusers(of: sources, at: sentence, countries: countries) }
            if !asked.isEmpty {
                arguments.targets = [synthetic(asked, at: hit.range.upperBound)]
                arguments.rule += "+answer"
                arguments.confidence = min(arguments.confidence, 0.5)
            }
        } else if ([.accuse, .threaten].contains(type) && !isNoun) || (type == .sanction && frame.places && !namesPlace()),
                  case let struck = discourse.assailants(of: sources, at: sentence, countries: countries), !struck.isEmpty {
            // "X expelled Y's ambassador. Y denounced an unfriendly decision.": a protest aimed at no one written
            // answers whoever just struck its author, and so does a warning of a response; so does an envoy called home
            // from nowhere written ("Y recalled its ambassador in response").
            arguments.targets = [synthetic(struck, at: hit.range.upperBound)]
            arguments.rule += "+answered-blow"
            arguments.confidence = min(arguments.confidence, 0.5)
        } else if Self.aimedTypes.contains(type), !found.targetIsNoActor, sources.count == 1,
                  let told = discourse.toldTarget(of: type, by: sources[0]), told != sources[0] {
            arguments.targets = [synthetic([told], at: hit.range.upperBound)]
            arguments.rule += "+told-before"
            arguments.confidence = min(arguments.confidence, 0.5)
        } else if isTie, !found.targetIsNoActor, let tied = discourse.lastTarget(of: type, at: sentence, isOther: { ref in
            !sources.contains(ref) && !(countries(ref).map { country in sources.contains { countries($0) == country } } ?? false)
        }) {
            arguments.targets = [synthetic([tied], at: hit.range.upperBound)]
            arguments.mutual = false
            arguments.rule += "+same-tie"
            arguments.confidence = min(arguments.confidence, 0.5)
        } else if Self.aimedTypes.contains(type) || isTie, !found.targetIsNoActor, !isNoun || isTie,
                  // An event noun with no target written ("Russian aggression", "its build-up") names its author's
                  // conduct, not a victim, and other actors of its sentence are often who judge it ("condemned the
                  // attack by X"): the other side is guessed for a verb only, and for a noun of ties ("announced the
                  // breaking of relations"), which always has another side. A verb's sentence names its other side
                  // ("X mobilises while Y deploys"), though not a capital after a preposition, which says where
                  // ("depuis Vienne"), and a reciprocal verb with one party written faces something else than an actor
                  // ("enfrentaba una negación").
                  let counterpart = discourse.counterpart(of: sources, at: sentence,
                                                          named: hit.trigger.frame != .verb ? []
                                                              : namedNearest(to: hit.range, in: sentence),
                                                          countries: countries,
                                                          excluding: sources.contains(where: sided.contains) ? sided : [],
                                                          reach: isTie ? 3 : 1) {
            arguments.targets = [synthetic([counterpart], at: hit.range.upperBound)]
            arguments.mutual = false
            arguments.rule += "+counterpart"
            arguments.confidence = min(arguments.confidence, 0.4)
        }
    }

    /// The relations `produced` again with another type, as sure as the reading that gave them allows.
    /// A sanction from a state or its official to another state.
    private static func protestsAgainstAState(_ relation: Relation) -> Bool {
        relation.target.stateCode != nil && !relation.source.isOrganizationOrBody && relation.source != relation.target
    }

    private static func copies(of produced: [Relation], as type: EventType, rule: String) -> [Relation] {
        produced.map { relation in
            var copy = relation
            copy.type = type
            copy.confidence = min(relation.confidence, 0.6)
            copy.rule += rule
            return copy
        }
    }

    /// Relations that put two actors on one side.
    private static let sidingTypes: Set<EventType> = [.support, .cooperate, .aid, .agree]

    /// A language that drops subject pronouns (`ArgumentWords.dropsSubjects`) leaves any subject unwritten; French and
    /// English write one ("il", "elle", "they").
    private func droppedSubject(before start: Int) -> Bool {
        if ArgumentWords.Shared.of(document.language).words.dropsSubjects { return true }
        var index = start - 1
        let range = document.sentences.first { $0.tokenRange.contains(start) }?.tokenRange ?? 0..<0
        while index >= range.lowerBound, FunctionWords.auxiliaries.contains(document.tokens[index])
                || FunctionWords.negations.contains(document.tokens[index]) {
            index -= 1
        }
        return index >= range.lowerBound && FunctionWords.subjectPronouns.contains(document.tokens[index])
    }

    /// "rechazó la nueva agresión israelí contra Irán", "rejected the invasion": an act of force named as a noun that is
    /// rejected is condemned, and took place; a denial ("denied any attack") still says it did not, and sanctions
    /// rejected ("rejected the US sanctions on X") may be only proposed.
    private static func isRejectedAttack(_ hit: TriggerMatcher.Hit, isNoun: Bool, governor: TriggerMatcher.Hit) -> Bool {
        isNoun && governor.trigger.type == .reject && governor.trigger.frame != .deny
            && [.assault, .coerce].contains(hit.trigger.type)
    }

    /// Triggers whose object noun did not happen: talks rejected, support discussed, sanctions demanded,
    /// a meeting agreed or threatened. ("condemned the attack" is not here: the attack happened.)
    private static let topicGovernors: Set<EventType> = [.consult, .reject, .request, .agree, .threaten]
    /// Types an agreement to act on someone pledges to them rather than decides on them.
    private static let pledgedTypes: Set<EventType> = [.consult, .agree, .support, .retreat]
    /// Types whose act announced for later is a promise, coded AGREE until it happens.
    private static let promisedTypes: Set<EventType> = [.cooperate, .aid]
    /// What an ending verb or noun turns into a sanction (`TreeArguments.isEnded`).
    private static let endableTypes: Set<EventType> = [.cooperate, .aid, .agree, .support]
    /// "X and Y pledged to work together", "se comprometieron a cooperar": a verb of promise (an agreement row acting
    /// `together`, whose subjects are no partners by themselves) over cooperation, help or support to come is that promise,
    /// AGREE between those the governed act relates. An agreement verb over the same ("agreed to cooperate") already
    /// says it, and its governed act stays a topic.
    private static func isPromise(of hit: TriggerMatcher.Hit, isNoun: Bool, by governor: TriggerMatcher.Hit) -> Bool {
        !isNoun && isPromiseVerb(governor) && (promisedTypes.contains(hit.trigger.type) || pledgedActs.contains(hit.trigger.type))
    }

    /// Acts a promise pledges besides cooperation and help: backing, and forces sent ("pledged to deploy police officers
    /// to X", "dispuestos a enviar tropas a X"), which are offered, not aimed.
    private static let pledgedActs: Set<EventType> = [.support, .mobilize]

    private static func isPromiseVerb(_ hit: TriggerMatcher.Hit) -> Bool {
        hit.trigger.type == .agree && hit.trigger.frame == .verb && hit.trigger.arguments?.together == true
    }

    /// A phrase trigger with a noun among its words ("porté plainte", "filed a complaint").
    private func holdsNoun(_ hit: TriggerMatcher.Hit, tree: TreeArguments) -> Bool {
        hit.range.count > 1 && tree.parsed.words(of: hit.range).contains { tree.parsed.tag(of: $0) == .noun }
    }

    /// Types whose noun may be lodged with a body: a complaint, a charge, a request.
    private static let appealedTypes: Set<EventType> = [.accuse, .request]

    /// "une plainte auprès de la CIJ contre X", "a complaint with the ICJ", "una denuncia ante la ONU": the organization a
    /// complaint or a request is lodged with (the language's `appeals` frame) is asked to act (REQUEST), and is not
    /// whom the complaint is against. A state there ("une protestation auprès de la Chine") is the one protested to,
    /// and stays the target.
    private func lodge(_ produced: inout [Relation], hit: TriggerMatcher.Hit, arguments: Arguments, tree: TreeArguments,
                       isTrigger: (Int) -> Bool, sentence: Sentence, namesEra: Bool) {
        guard let frame = ArgumentWords.Shared.of(document.language).words.appeals,
              let found = tree.arguments(of: hit.range, frame: frame, type: .request, isTrigger: isTrigger) else { return }
        let bodies = found.targets.filter { !$0.refs.isEmpty && $0.refs.allSatisfy(\.isOrganization) }
        guard !bodies.isEmpty else { return }
        let addressed = Set(bodies.flatMap(\.refs))
        var appeal = arguments
        appeal.targets = bodies
        appeal.mutual = false
        appeal.rule += ", asking the body it is lodged with (\(found.rule))"
        produced.removeAll { addressed.contains($0.target) }
        produced += expand(appeal, type: .request, hit: hit, sentence: sentence, namesEra: namesEra)
    }

    /// Types whose noun judges the event noun it takes as complement: "the condemnation of the attacks by X".
    private static let judgingTypes: Set<EventType> = [.accuse, .reject]

    /// A visit the sentence states: neither negated nor unreal.
    private func isRealVisit(_ hit: TriggerMatcher.Hit, tree: TreeArguments, possibility: TreeArguments.Possibility) -> Bool {
        guard hit.trigger.frame == .visit, let head = tree.headWord(of: hit.range) else { return false }
        return tree.modality(of: head, speaksOfPossibility: tree.speaksOfPossibility(possibility, over: head)) == .factual
    }

    /// "EU nations have agreed to suspend sanctions against X", "acordó imponer sanciones a X": an agreement with no
    /// partner (no relation came of it) to act on someone is its authors' decision, and the act is done as "decided to"
    /// says. Agreeing to cooperate, meet or help is a promise to the other side (AGREE), and stays one.
    /// An agreement whose only other side was the decided act's target ("agreed to suspend sanctions against X") is no
    /// agreement with X: those relations are dropped.
    private func isDecision(of type: EventType, by governor: TriggerMatcher.Hit, among relations: inout [Relation]) -> Bool {
        // A promise is no decision: "prometió imponer sanciones a X" threatens X, the sanctions are to come.
        guard governor.trigger.type == .agree, governor.trigger.frame != .noun, !Self.promisedTypes.contains(type),
              !Self.pledgedTypes.contains(type), !Self.isPromiseVerb(governor) else { return false }
        let agreed = relations.filter { $0.trigger.overlaps(governor.range) }
        guard agreed.allSatisfy({ $0.rule.containsASCII(", target from its topic") }) else { return false }
        relations.removeAll { $0.trigger.overlaps(governor.range) }
        return true
    }

    /// "of supporting X and backing Y": a trigger joined by a conjunction to an unreal one is unreal too.
    private func isCoordinated(_ hit: TriggerMatcher.Hit, with previous: TriggerMatcher.Hit) -> Bool {
        let gap = document.tokens[previous.range.upperBound..<hit.range.lowerBound]
        guard let last = gap.last, FunctionWords.clauseConjunctions.contains(last) else { return false }
        return gap.count <= 6
    }

    // MARK: From mentions to relations

    /// - Parameter namesEra: `namesPastEra(sentence)`, found once for the sentence.
    private func expand(_ arguments: Arguments, type: EventType, hit: TriggerMatcher.Hit, sentence: Sentence,
                        namesEra: Bool) -> [Relation] {
        let sources = arguments.sources.flatMap(\.refs)
        let targets = arguments.targets.flatMap { mention in
            mention.refs.contains(where: sources.contains) && !mention.alternativeRefs.isEmpty ? mention.alternativeRefs : mention.refs
        }
        var pairs: [(ActorRef, ActorRef)] = []
        if arguments.mutual {
            // "signé par les ministres du Ghana et du Togo, MM. X et Y": with two states and two persons among the
            // parties, the states deal with each other and the persons with each other, not a state with a person.
            let byLevel = sources.filter { $0.stateCode != nil }.count >= 2 && sources.filter { $0.personIndex != nil }.count >= 2
            for (i, a) in sources.enumerated() {
                for b in sources[(i + 1)...] where !byLevel || (a.personIndex == nil) == (b.personIndex == nil) {
                    pairs.append((a, b))
                    if !type.isSymmetric { pairs.append((b, a)) }
                }
            }
        } else {
            for source in sources { for target in targets { pairs.append((source, target)) } }
        }
        let historical = namesEra || (sources + targets).contains { $0.stateCode.map(Self.formerStates.contains) ?? false }
        // The pairs kept so far, searched in a line: a trigger has a few, and a set would hash both actors of each.
        // The rule is one String for all of them.
        var seen: [(ActorRef, ActorRef)] = []
        let rule = arguments.rule
        return pairs.flatMap { pair in
            promote(pair.1, from: pair.0, type: type, mutual: arguments.mutual).compactMap { target in
                let source = pair.0
                guard source != target, !isOwnState(source, target), !seen.contains(where: { $0.0 == source && $0.1 == target })
                else { return nil }
                seen.append((source, target))
                return Relation(source: source, target: target, type: type, sentence: sentence.index, trigger: hit.range,
                                confidence: arguments.confidence, historical: historical, group: nil, rule: rule)
            }
        }
    }

    /// Hostile acts that, told by a speaker of another's doing, are the speaker's charge against the doer.
    private static let chargedTypes: Set<EventType> = [.assault, .coerce]

    /// "Le ministère kirghize affirme que les gardes-frontières tadjiks ont ouvert le feu", "India says Chinese troops
    /// crossed…": a hostile act a speaker reports of someone else is the speaker's charge against its author, whatever
    /// the act's own target. Acts of both sides ("clashed") charge no one.
    private func reportedCharges(of arguments: Arguments, hit: TriggerMatcher.Hit, tree: TreeArguments, sentence: Sentence) -> [Relation] {
        guard !arguments.sources.isEmpty, let head = tree.headWord(of: hit.range), let verb = tree.reportingVerb(above: head)
        else { return [] }
        let speakers = tree.speakers(reporting: head).flatMap(\.refs)
        let authors = arguments.sources.flatMap(\.refs)
        let token = tree.parsed.tokenOfWord[verb]
        var charges: [Relation] = []
        for speaker in speakers {
            for author in authors where speaker != author && !speakers.contains(author) && !isOwnState(speaker, author)
                && !charges.contains(where: { $0.target == author && $0.source == speaker }) {
                charges.append(Relation(source: speaker, target: author, type: .accuse, sentence: sentence.index,
                                        trigger: token..<token + 1, confidence: 0.6, historical: false, group: nil,
                                        rule: arguments.rule + ", charged by the speaker who reports it"))
            }
        }
        return charges
    }

    /// The event types whose target, a leader, stands for the leader's state when a state acts.
    private static let promotingTypes: [EventType] = [.sanction, .mobilize, .assault, .coerce, .aid, .cooperate]

    /// A state that sanctions or attacks a leader acts on the leader and on the leader's state. What is done to an envoy
    /// ("expelled the Uzbek ambassador", "summoned ambassador X") is done to him and to the state he speaks for; an
    /// envoy who acts with others ("X and ambassador Y signed") is one party among them. An envoy of an organization
    /// and no state speaks for the organization.
    private func promote(_ target: ActorRef, from source: ActorRef, type: EventType, mutual: Bool) -> [ActorRef] {
        guard let person = target.personIndex else { return [target] }
        let isEnvoy = !mutual && (actors.persons[person].roleKey.map(PersonRegistry.isEnvoyRole) ?? false)
        guard let country = actors.persons[person].country else {
            // "expulsó a la embajadora de la Unión Europea": an organization's envoy speaks for it.
            guard isEnvoy, let organization = actors.persons[person].organization else { return [target] }
            return [target, .organization(organization)]
        }
        if isEnvoy { return [target, .state(country)] }
        guard source.stateCode != nil, Self.promotingTypes.contains(type) else { return [target] }
        return [target, .state(country)]
    }

    /// A person and the state they serve are one side: no relation between them.
    func isOwnState(_ a: ActorRef, _ b: ActorRef) -> Bool {
        func country(_ ref: ActorRef) -> String? { ref.personIndex.flatMap { actors.persons[$0].country } }
        return (country(a) != nil && country(a) == b.stateCode) || (country(b) != nil && country(b) == a.stateCode)
    }

    /// An era word in the sentence ("guerre froide") makes all its relations historical, whatever their actors.
    /// Indices, not a slice of tokens, so that no `Token` is copied.
    private func namesPastEra(_ sentence: Sentence) -> Bool {
        sentence.tokenRange.contains { FunctionWords.pastEraWords.contains(document.tokens[$0]) }
    }
}
