/// Reads the relations of a document from its triggers and the actors around them.
struct RelationExtractor {
    let document: Document
    let actors: ActorFinder.Result
    /// The language's triggers, with those of the user's lexicon.
    var matcher: TriggerMatcher

    init(document: Document, actors: ActorFinder.Result, addedTriggers: [Trigger] = []) {
        self.document = document
        self.actors = actors
        matcher = addedTriggers.isEmpty ? .shared(document.language) : TriggerMatcher(document.language, adding: addedTriggers)
    }

    /// Words that place an event in the past of the article: drawn dashed.
    private static let eraWords = FunctionWords.set("froide cold fría fria")
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
        var relations: [Relation] = []
        var discourse = Discourse()
        var groupCount = 0
        // The model is linked into the binary: only a broken build fails to open it, and then no relation is read.
        guard let model = try? SyntaxModel.embedded(for: document.language) else { return [] }
        for sentence in document.sentences {
            let mentions = actors.mentions[sentence.index]
            guard !mentions.isEmpty else { continue }
            let finder = ArgumentFinder(tokens: document.tokens, mentions: mentions, sentence: sentence.tokenRange)
            let hits = hits(in: sentence)
            // Parsing is most of the cost of reading an article: only a sentence with a trigger is parsed. Elsewhere the
            // discourse learns the sentence's subject from the first actor that no preposition governs.
            guard !hits.isEmpty else {
                discourse.record(sentence: sentence.index, mentions: mentions, subject: finder.mainSubject())
                continue
            }
            let parsed = ParsedSentence(tokens: document.tokens, range: sentence.tokenRange, language: document.language, model: model,
                                        hints: parseHints(sentence, hits: hits))
            let tree = TreeArguments(parsed: parsed, tokens: document.tokens, mentions: mentions, language: document.language,
                                     listMembers: finder.listMembers)
            let found = sentenceRelations(sentence, hits: hits, finder: finder, tree: tree, discourse: discourse, groupCount: &groupCount)
            discourse.record(sentence: sentence.index, mentions: mentions, subject: tree.mainSubject())
            discourse.record(found)
            relations += found
        }
        return relations
    }

    /// The triggers of a sentence, outside its actors' names.
    func hits(in sentence: Sentence) -> [TriggerMatcher.Hit] {
        let mentions = actors.mentions[sentence.index]
        return matcher.hits(in: document.tokens, range: sentence.tokenRange, isBlocked: TokenMask(mentions.map(\.range)).contains)
    }

    /// What the lexicons tell the parser before it reads a sentence: the proper names the actor layer found, and the
    /// verbs of the triggers.
    func parseHints(_ sentence: Sentence, hits: [TriggerMatcher.Hit]) -> ParseHints {
        ParseHints(names: actors.mentions[sentence.index].filter(\.isProperName).map(\.range),
                   predicates: hits.filter { $0.trigger.frame != .noun }.map(\.range))
    }

    /// The relations of one sentence, trigger by trigger, with arguments read off the sentence's parse.
    private func sentenceRelations(_ sentence: Sentence, hits: [TriggerMatcher.Hit], finder: ArgumentFinder, tree: TreeArguments,
                                   discourse: Discourse, groupCount: inout Int) -> [Relation] {
        let triggerTokens = TokenMask(hits.map(\.range))
        var relations: [Relation] = []
        var lastTargets: [ActorRef] = []
        var previousUnreal = false
        /// The same for every trigger of the sentence: found once, and only when there is a trigger.
        let speaksOfPossibility = tree.speaksOfPossibility(from: sentence.tokenRange.lowerBound, to: sentence.tokenRange.upperBound)
        /// Whether the sentence names a past era: also the same for every trigger, found at most once.
        var namesEra: Bool?
        for (position, hit) in hits.enumerated() {
            let isNoun = tree.isNominal(hit.range)
            var modality = tree.headWord(of: hit.range).map { tree.modality(of: $0, speaksOfPossibility: speaksOfPossibility) }
                ?? (speaksOfPossibility ? .unreal : .factual)
            if previousUnreal && isCoordinated(hit, with: hits[position - 1]) { modality = .unreal }
            let governor = governingHit(of: hit, among: hits, tree: tree)
            // "denied any attack", "demanded that X withdraw", "agreed to attack": the governed event did not happen;
            // "accused X of attacking Y": an alleged act is not coded; an event noun condemned ("condemned the attack") and
            // what a warning reports ("warned that they would never accept") are.
            let isAlleged = governor?.trigger.type == .accuse && !isNoun && tree.governor(of: hit.range)?.relation != "ccomp"
            if let governor, Self.topicGovernors.contains(governor.trigger.type) || isAlleged {
                modality = .unreal
            }
            // An event noun that is only the topic of its governor ("annulé la visite") leaves a verb coordinated after
            // it real; an unreal verb ("of supporting X and backing Y") does not.
            previousUnreal = modality == .unreal && !isNoun
            var effective = hit
            switch modality {
            case .unreal: continue
            case .negated:
                guard [.agree, .support, .cooperate, .concede].contains(hit.trigger.type) else { continue }
                effective.trigger.type = .reject
            case .factual: break
            }
            let frame = ArgumentDefaults.frame(for: hit.trigger, in: document.language)
            guard let found = tree.arguments(of: hit.range, frame: frame, type: effective.trigger.type,
                                             isTrigger: triggerTokens.contains) else { continue }
            let row = "\"\(hit.trigger.patterns.joined(separator: " "))\" \(hit.trigger.frame.rawValue) \(frame.text)"
            var arguments = Arguments(sources: found.sources, targets: found.targets, rule: "\(row): \(found.rule)",
                                      confidence: found.sources.isEmpty || found.targets.isEmpty ? 0.6 : 0.8, mutual: found.mutual,
                                      passive: found.passive)
            if !(isNoun && isTopicOfAnotherTrigger(hit, among: hits, tree: tree)), !found.mutual, !found.sourceIsNoActor,
               found.sources.isEmpty || found.targets.isEmpty,
               let window = windowArguments(hit, effective: effective, position: position, hits: hits, finder: finder, sentence: sentence) {
                arguments = window
            }
            if finder.hasObjectPronoun(after: hit.range.upperBound), !lastTargets.isEmpty, !arguments.passive {
                arguments.targets = [synthetic(lastTargets, at: hit.range.upperBound)]
            }
            complete(&arguments, hit: effective, isNoun: isNoun, subjectUnwritten: found.subjectUnwritten,
                     sentence: sentence.index, discourse: discourse)
            let era = namesEra ?? namesPastEra(sentence)
            namesEra = era
            var produced = expand(arguments, type: effective.trigger.type, hit: hit, sentence: sentence, namesEra: era)
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

    /// The arguments the token-window rules find, kept only when they are a complete pair: asked only when the tree
    /// gave no source or no target, which a parse that went wrong often does.
    private func windowArguments(_ hit: TriggerMatcher.Hit, effective: TriggerMatcher.Hit, position: Int, hits: [TriggerMatcher.Hit],
                                 finder: ArgumentFinder, sentence: Sentence) -> Arguments? {
        let isNoun = hit.range.lowerBound > sentence.tokenRange.lowerBound
            && FunctionWords.isDeterminer(document.tokens[hit.range.lowerBound - 1].folded, in: document.language)
        let governed = position > 0 && isGoverned(hit, by: hits[position - 1])
        let nextVerb = hits.indices.dropFirst(position + 1).first { index in
            let next = hits[index]
            return next.trigger.frame != .noun && !isGoverned(next, by: hits[index - 1]) && !(next.range.lowerBound > 0
                && FunctionWords.isDeterminer(document.tokens[next.range.lowerBound - 1].folded, in: document.language))
        }.map { hits[$0] }
        let objectLimit = hit.trigger.frame == .deny ? .max : nextVerb?.range.lowerBound ?? .max
        guard var window = attach(effective, finder: finder, isNoun: isNoun, governed: governed, objectLimit: objectLimit),
              window.mutual || (!window.sources.isEmpty && !window.targets.isEmpty) else { return nil }
        window.passive = window.rule == "passive"
        window.rule = "\(hit.trigger.frame.rawValue)/\(window.rule) (token window)"
        return window
    }

    /// The trigger whose argument `hit` is in the tree: "condemned the attack", "a critiqué la visite", and through a
    /// noun that is no trigger, "demanded the imposition of sanctions", "urged the government to prevent".
    private func governingHit(of hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> TriggerMatcher.Hit? {
        guard var word = tree.headWord(of: hit.range) else { return nil }
        for step in 0..<Self.governorReach {
            // The trigger hangs from its governor as any topic; a noun between them as an object or a complement.
            let relations = step == 0 ? Self.governedRelations : Self.nounTopicRelations
            guard let governor = tree.parsed.governor(of: word), relations.contains(tree.parsed.relation(of: word)) else { return nil }
            let token = tree.parsed.tokenOfWord[governor]
            if let trigger = hits.first(where: { $0.range.contains(token) && $0.range != hit.range }) {
                // A verb governs its topic ("called for talks"); a noun does not ("an agreement after a meeting between…").
                return tree.parsed.isNominal(governor) ? nil : trigger
            }
            // Only a common noun passes the chain on: a verb that is no trigger ("incited X to warn") has a topic of its
            // own, and a name is an actor, not a topic.
            guard tree.parsed.tag(of: governor) == .noun, tree.mentionOfWord[governor] == nil else { return nil }
            word = governor
        }
        return nil
    }

    /// An event noun that is the complement of another trigger: "réunion de coordination", "talks on disarmament".
    /// The tree gives it no arguments of its own, and the words around it belong to the other trigger.
    private func isTopicOfAnotherTrigger(_ hit: TriggerMatcher.Hit, among hits: [TriggerMatcher.Hit], tree: TreeArguments) -> Bool {
        guard let (word, relation) = tree.governor(of: hit.range), ["nmod", "obl"].contains(relation) || tree.parsed.isNominal(word)
        else { return false }
        let token = tree.parsed.tokenOfWord[word]
        return hits.contains { $0.range.contains(token) && $0.range != hit.range }
    }

    /// How a noun that passes a governed trigger on hangs from the next word up: "the imposition of sanctions".
    private static let nounTopicRelations: Set<Substring> = ["obj", "nmod"]

    /// How many words up the tree a governing trigger is looked for: the trigger's own governor, or one up to two nouns
    /// above.
    private static let governorReach = 3

    /// What a trigger governs as its topic: its object, a complement, a clause ("demanded that X withdraw").
    private static let governedRelations: Set<Substring> = ["obj", "nmod", "obl", "xcomp", "ccomp", "acl", "advcl"]

    /// A mention standing for actors the discourse supplies rather than the sentence.
    private func synthetic(_ refs: [ActorRef], at token: Int) -> Mention {
        Mention(range: token..<token + 1, refs: refs, form: .name, preposition: nil)
    }

    /// Types whose missing recipient is the other side of the conflict.
    private static let aimedTypes: Set<EventType> = [.assault, .mobilize]
    /// Types that answer a request: "Le Chili refuse."
    private static let answerTypes: Set<EventType> = [.reject, .agree, .concede, .retreat]

    /// Fills a missing subject or recipient from the sentences before, with a lower confidence.
    private func complete(_ arguments: inout Arguments, hit: TriggerMatcher.Hit, isNoun: Bool, subjectUnwritten: Bool, sentence: Int,
                          discourse: Discourse) {
        let countries = { (ref: ActorRef) -> String? in ref.stateCode ?? ref.personIndex.flatMap { actors.persons[$0].country } }
        if arguments.sources.isEmpty, !isNoun, hit.trigger.frame != .noun, subjectUnwritten || droppedSubject(before: hit.range.lowerBound),
           !discourse.lastSubject.isEmpty {
            arguments.sources = [synthetic(discourse.lastSubject, at: hit.range.lowerBound)]
            arguments.rule += "+previous-subject"
            arguments.confidence = min(arguments.confidence, 0.5)
        }
        if arguments.sources.isEmpty, !arguments.targets.isEmpty, arguments.rule.contains("target undergoer") {
            arguments.sources = [synthetic(discourse.lastSource(of: hit.trigger.type, at: sentence), at: hit.range.lowerBound)]
        }
        guard !arguments.sources.isEmpty, arguments.targets.isEmpty, !arguments.mutual else { return }
        let sources = arguments.sources.flatMap(\.refs)
        let type = hit.trigger.type
        if Self.answerTypes.contains(type) {
            let requesters = discourse.requesters(of: sources, at: sentence, countries: countries)
            if !requesters.isEmpty {
                arguments.targets = [synthetic(requesters, at: hit.range.upperBound)]
                arguments.rule += "+answer"
                arguments.confidence = min(arguments.confidence, 0.5)
            }
        } else if Self.aimedTypes.contains(type), let counterpart = discourse.counterpart(of: sources, at: sentence, countries: countries) {
            arguments.targets = [synthetic([counterpart], at: hit.range.upperBound)]
            arguments.rule += "+counterpart"
            arguments.confidence = min(arguments.confidence, 0.4)
        }
    }

    /// Spanish drops subject pronouns; French and English write one ("il", "elle", "they").
    private func droppedSubject(before start: Int) -> Bool {
        if document.language == .es { return true }
        var index = start - 1
        let range = document.sentences.first { $0.tokenRange.contains(start) }?.tokenRange ?? 0..<0
        while index >= range.lowerBound, FunctionWords.auxiliaries.contains(document.tokens[index])
                || FunctionWords.negations.contains(document.tokens[index]) {
            index -= 1
        }
        return index >= range.lowerBound && Self.subjectPronouns.contains(document.tokens[index])
    }

    private static let subjectPronouns = FunctionWords.set("il elle ils elles he she they it")

    // MARK: Attachment by frame

    private func attach(_ hit: TriggerMatcher.Hit, finder: ArgumentFinder, isNoun: Bool, governed: Bool, objectLimit: Int) -> Arguments? {
        if hit.trigger.type.isSymmetric {
            let parties = finder.between(after: hit.range)
            let subject = isNoun ? [] : finder.subject(before: hit.range.lowerBound)
            if !parties.isEmpty && !subject.isEmpty && hit.trigger.type == .consult && hit.trigger.frame != .noun {
                return Arguments(sources: subject, targets: parties, rule: "mediate-between", confidence: 0.7)
            }
            if !parties.isEmpty {
                return Arguments(sources: parties, targets: [], rule: "between", confidence: 0.8, mutual: true)
            }
        }
        switch hit.trigger.frame {
        case .verb, .deny, .reciprocal: return verbArguments(hit, finder: finder, places: false, objectLimit: objectLimit)
        case .visit:
            return isNoun ? nounArguments(hit, finder: finder, places: true, governed: governed, objectLimit: objectLimit)
                : verbArguments(hit, finder: finder, places: true, objectLimit: objectLimit)
        case .noun: return nounArguments(hit, finder: finder, places: false, governed: governed, objectLimit: objectLimit)
        case .receive:
            let receivers = finder.subject(before: hit.range.lowerBound)
            let givers = finder.prepositional(after: hit.range.upperBound, words: ArgumentFinder.origins, window: 6)
            return Arguments(sources: givers, targets: receivers, rule: "receive", confidence: 0.6)
        }
    }

    private func verbArguments(_ hit: TriggerMatcher.Hit, finder: ArgumentFinder, places: Bool, objectLimit: Int) -> Arguments {
        let end = hit.range.upperBound
        let agent = finder.passiveAgent(after: end)
        let subject = finder.subject(before: hit.range.lowerBound)
        if !agent.isEmpty {
            return Arguments(sources: agent, targets: subject, rule: "passive", confidence: 0.75)
        }
        /// "des entreprises accusées d'aider X": a participle with no auxiliary and no agent names no actor.
        if isBareParticiple(hit) {
            return Arguments(sources: [], targets: [], rule: "participle-without-agent", confidence: 0)
        }
        let symmetric = hit.trigger.type.isSymmetric
        var object = finder.pronounObject(after: end, before: hit.range.lowerBound, subject: subject)
        if object.isEmpty {
            /// One signs or cooperates *with* a party; one meets or calls a party directly.
            let direct = !(symmetric && hit.trigger.type != .consult)
            object = finder.object(after: end, allowPlaces: places, excludeTopics: symmetric, partiesOnly: symmetric,
                                   direct: direct, before: objectLimit)
        }
        if places, let first = object.first, !Self.isVisitTarget(first, finder: finder, trigger: hit) { object = [] }
        var rule = places ? "visit" : "subject-object"
        if object.isEmpty && Self.speechTypes.contains(hit.trigger.type) {
            object = finder.complementSubject(after: end)
            rule = "complement-subject"
        }
        if object.isEmpty && subject.flatMap(\.refs).count >= 2 && (symmetric || hit.trigger.frame == .reciprocal) {
            return Arguments(sources: subject, targets: [], rule: "mutual-subject", confidence: 0.6, mutual: true)
        }
        return Arguments(sources: subject, targets: object, rule: rule, confidence: rule == "complement-subject" ? 0.6 : 0.8)
    }

    /// French and Spanish past participles ("accusées", "acusado"); English past forms are also simple pasts, so
    /// English is left out.
    private static let participleEndings: [Language: [String]] = [
        .fr: ["e", "ee", "es", "ees"],
        .es: ["ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"],
    ]
    /// Auxiliaries of compound tenses: after them a participle is active ("a accusé", "ha acusado").
    private static let perfectAuxiliaries = FunctionWords.set("a ont avait avaient aura auront ha han habia habian haya hayan")

    /// A participle used as an adjective: no auxiliary before it.
    private func isBareParticiple(_ hit: TriggerMatcher.Hit) -> Bool {
        guard hit.range.count == 1, let endings = Self.participleEndings[document.language] else { return false }
        let token = document.tokens[hit.range.lowerBound]
        let accented = token.text.unicodeScalars.last.map { "éÉ".unicodeScalars.contains($0) } ?? false
            || token.text.hasSuffix("ée") || token.text.hasSuffix("és") || token.text.hasSuffix("ées")
        guard document.language == .es || accented, endings.contains(where: token.folded.hasSuffix) else { return false }
        // Look back over adverbs and quotes ("a toujours accusé", "a « annulé »") for an auxiliary; a participle
        // coordinated with another ("a annulé … et condamné") shares its auxiliary.
        for index in stride(from: hit.range.lowerBound - 1, through: max(0, hit.range.lowerBound - 5), by: -1) {
            let token = document.tokens[index]
            if Self.perfectAuxiliaries.contains(token) || FunctionWords.auxiliaries.contains(token) { return false }
            if ["et", "ou", "y", "o"].contains(token.folded) { return false }
            let isQuote = token.kind == .punctuation && "\"«»“”'".contains(token.text)
            guard isQuote || (token.isWord && !token.isCapitalized) else { return true }
        }
        return true
    }

    /// Prepositions before the place of a visit: "travelled to Qatar", "se rendre au Pérou".
    private static let visitPrepositions = FunctionWords.set("à au aux en to in a al dans at")

    /// A visit's recipient is a place after "to/à/en", or the direct object of "visit" itself.
    private static func isVisitTarget(_ mention: Mention, finder: ArgumentFinder, trigger: TriggerMatcher.Hit) -> Bool {
        if let preposition = finder.preposition(of: mention) { return visitPrepositions.contains(preposition) }
        return trigger.trigger.patterns.first?.hasPrefix("visit") ?? false
    }

    /// Verbs of speech whose recipient may be the subject of the clause they introduce ("warned that Moscow could…").
    private static let speechTypes: Set<EventType> = [.accuse, .threaten, .reject, .request]

    private func nounArguments(_ hit: TriggerMatcher.Hit, finder: ArgumentFinder, places: Bool, governed: Bool,
                               objectLimit: Int) -> Arguments {
        let end = hit.range.upperBound
        let topics = hit.trigger.type.isSymmetric ? ArgumentFinder.topics : .empty
        var recipients = endsWithPreposition(hit)
            ? finder.object(after: end, allowPlaces: true, excludeTopics: false, maxGap: 2)
            : finder.prepositional(after: end, words: ArgumentFinder.recipients, window: 12, excluding: topics, before: objectLimit)
        if !places { recipients.removeAll { $0.form == .seat && $0.isLocative } }
        /// "l'agression britannique en Égypte", "an offensive in northern Syria": force is aimed where it happens.
        if recipients.isEmpty && hit.trigger.type.quadClass == .materialConflict {
            recipients = finder.prepositional(after: end, words: FunctionWords.locatives, window: 6, before: objectLimit)
        }
        if let adjective = finder.adjectiveActor(after: end) ?? finder.possessor(before: hit.range.lowerBound) {
            recipients.removeAll { $0 == adjective }
            let targets = recipients.isEmpty ? finder.subject(before: hit.range.lowerBound).filter { $0 != adjective } : recipients
            return Arguments(sources: [adjective], targets: targets, rule: "noun-adjective", confidence: 0.7)
        }
        /// "le soutien de X", "les sanctions économiques de X": "de" right after the noun or one adjective.
        let adjective = end < document.tokens.count && document.tokens[end].isWord && !document.tokens[end].isCapitalized
            && !FunctionWords.prepositions.contains(document.tokens[end])
        let agent = finder.prepositional(after: end, words: ArgumentFinder.agents, window: adjective ? 2 : 1)
        if let first = agent.first, !recipients.contains(first) {
            let targets = recipients.isEmpty ? finder.subject(before: hit.range.lowerBound) : recipients
            return Arguments(sources: [first], targets: targets, rule: "noun-of", confidence: 0.65)
        }
        /// "condemned the attack on X": the subject of "condemned" did not attack.
        let subject = governed ? [] : finder.subject(before: hit.range.lowerBound)
        /// "Cuba étant soumis à un embargo", "Iran, under sanctions": the subject undergoes the act.
        if undergoes(before: hit.range.lowerBound), recipients.isEmpty, agent.isEmpty, !subject.isEmpty {
            return Arguments(sources: [], targets: subject, rule: "noun-undergone", confidence: 0.5)
        }
        let targets = recipients.isEmpty && !hit.trigger.type.isSymmetric ? agent : recipients
        /// "Benítez criticó el pacto": an agreement or a meeting named without its parties says nothing of the subject.
        if targets.isEmpty && hit.trigger.type.isSymmetric {
            return Arguments(sources: [], targets: [], rule: "noun-without-parties", confidence: 0)
        }
        if let first = agent.first, recipients.isEmpty, subject.isEmpty, hit.trigger.type.quadClass != .materialConflict {
            return Arguments(sources: [first], targets: [], rule: "noun-of", confidence: 0.5)
        }
        return Arguments(sources: subject, targets: targets, rule: "noun-subject", confidence: 0.6)
    }

    /// Words that make the subject the recipient of the noun after them.
    private static let undergoing = FunctionWords.set("""
        soumis soumise soumises subject subjected sometido sometida sometidos sometidas under sous bajo victime victimes
        victim victims víctima víctimas frappé frappée frappés hit targeted visé visée visés
        """)

    private func undergoes(before start: Int) -> Bool {
        let window = max(0, start - 5)..<start
        return document.tokens[window].contains { Self.undergoing.contains($0) }
    }

    /// Triggers whose object noun did not happen: talks rejected, support discussed, sanctions demanded,
    /// a meeting agreed or threatened. ("condemned the attack" is not here: the attack happened.)
    private static let topicGovernors: Set<EventType> = [.consult, .reject, .request, .agree, .threaten]

    /// A noun that is the object of the trigger before it: "condemned the attack", "a critiqué la visite".
    private func isGoverned(_ hit: TriggerMatcher.Hit, by previous: TriggerMatcher.Hit) -> Bool {
        guard previous.trigger.frame != .noun, previous.range.upperBound <= hit.range.lowerBound else { return false }
        let gap = document.tokens[previous.range.upperBound..<hit.range.lowerBound]
        return gap.count <= 3 && gap.allSatisfy { FunctionWords.isDeterminer($0.folded, in: document.language) }
    }

    /// "of supporting X and backing Y": a trigger joined by a conjunction to an unreal one is unreal too.
    private func isCoordinated(_ hit: TriggerMatcher.Hit, with previous: TriggerMatcher.Hit) -> Bool {
        let gap = document.tokens[previous.range.upperBound..<hit.range.lowerBound]
        guard let last = gap.last, ["and", "et", "y", "or", "ou", "o", "ni", "nor"].contains(last.folded) else { return false }
        return gap.count <= 6
    }

    /// "war against", "guerre contre": the trigger itself ends with the recipient's preposition.
    private func endsWithPreposition(_ hit: TriggerMatcher.Hit) -> Bool {
        ArgumentFinder.recipients.contains(document.tokens[hit.range.upperBound - 1])
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
            for (i, a) in sources.enumerated() {
                for b in sources[(i + 1)...] {
                    pairs.append((a, b))
                    if !type.isSymmetric { pairs.append((b, a)) }
                }
            }
        } else {
            for source in sources { for target in targets { pairs.append((source, target)) } }
        }
        let historical = namesEra || (sources + targets).contains { $0.stateCode.map(Self.formerStates.contains) ?? false }
        // The pairs kept so far, searched in a line: a trigger has a few, and a set of two-element arrays hashed
        // both actors' Strings and allocated an array per pair. The rule is one String for all of them.
        var seen: [(ActorRef, ActorRef)] = []
        let rule = arguments.rule
        return pairs.compactMap { pair in
            let (source, target) = (pair.0, promote(pair.1, from: pair.0, type: type))
            guard source != target, !isOwnState(source, target), !seen.contains(where: { $0.0 == source && $0.1 == target })
            else { return nil }
            seen.append((source, target))
            return Relation(source: source, target: target, type: type, sentence: sentence.index, trigger: hit.range,
                            confidence: arguments.confidence, historical: historical, group: nil, rule: rule)
        }
    }

    /// The event types whose target, a leader, stands for the leader's state when a state acts.
    private static let promotingTypes: [EventType] = [.sanction, .mobilize, .assault, .coerce, .aid, .cooperate]

    /// A state that sanctions or attacks a leader acts on the leader's state.
    private func promote(_ target: ActorRef, from source: ActorRef, type: EventType) -> ActorRef {
        guard source.stateCode != nil, let person = target.personIndex,
              Self.promotingTypes.contains(type),
              let country = actors.persons[person].country else { return target }
        return .state(country)
    }

    /// A person and the state they serve are one side: no relation between them.
    private func isOwnState(_ a: ActorRef, _ b: ActorRef) -> Bool {
        func country(_ ref: ActorRef) -> String? { ref.personIndex.flatMap { actors.persons[$0].country } }
        return (country(a) != nil && country(a) == b.stateCode) || (country(b) != nil && country(b) == a.stateCode)
    }

    /// An era word in the sentence ("guerre froide") makes all its relations historical, whatever their actors.
    /// Indices, not a slice of tokens: iterating the slice copied every `Token` and retained its Strings.
    private func namesPastEra(_ sentence: Sentence) -> Bool {
        sentence.tokenRange.contains { Self.eraWords.contains(document.tokens[$0]) }
    }
}
