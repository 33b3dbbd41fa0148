/// Reads a trigger's source and target off the dependency tree of its sentence, as its argument frame says.
///
/// One mechanism for every trigger: the frame lists roles (subject, object, a preposition…) in order of
/// preference, and each role is a place in the tree. Voice, coordination, control, relative clauses and the
/// verbs that govern an event noun are handled here once, for every language, so a new trigger needs a row of
/// data and no code.
struct TreeArguments {
    /// What the tree gave a trigger.
    struct Found {
        var sources: [Mention] = []
        var targets: [Mention] = []
        /// The roles that filled source and target, for `--explain`.
        var rule: String
        /// Every pair of sources is a party to the event ("talks between X and Y").
        var mutual = false
        /// The trigger's subject is a pronoun or is not written: the discourse may supply it.
        var subjectUnwritten = false
        /// The trigger is a passive verb.
        var passive = false
        /// The tree's subject is a noun that names no actor ("a coalition of nine states, including…"): the source is
        /// known to be empty, and nothing else in the sentence may stand in for it.
        var sourceIsNoActor = false
    }

    let parsed: ParsedSentence
    let tokens: [Token]
    let mentions: [Mention]
    let words: ArgumentWords
    /// The mention each word belongs to, if any.
    private let mentionOfWord: [Int?]

    /// The mentions written in one list with a mention, given by its index: parsers often attach the members
    /// of a long list ("X, Y, Z and W") as appositions or to the verb, while the list itself is plain on the surface.
    private let listMembers: (Int) -> [Mention]

    init(parsed: ParsedSentence, tokens: [Token], mentions: [Mention], language: Language,
         listMembers: @escaping (Int) -> [Mention] = { _ in [] }) {
        self.parsed = parsed
        self.listMembers = listMembers
        self.tokens = tokens
        self.mentions = mentions
        words = ArgumentWords.of(language)
        var mentionOfWord = [Int?](repeating: nil, count: parsed.wordCount)
        let dateline = Self.datelineEnd(tokens: tokens, sentenceStart: parsed.tokenOfWord.first ?? 0)
        for (index, mention) in mentions.enumerated() where mention.range.lowerBound >= dateline {
            for word in parsed.words(of: mention.range) { mentionOfWord[word] = index }
        }
        self.mentionOfWord = mentionOfWord
    }

    /// Where a dateline ("DUBAI, United Arab Emirates —", "PARIS -") ends: the places in it take no part in the
    /// sentence. A plain hyphen counts only after a word in capitals, as datelines write their city.
    private static func datelineEnd(tokens: [Token], sentenceStart: Int) -> Int {
        guard sentenceStart < tokens.count else { return 0 }
        let window = sentenceStart..<min(tokens.count, sentenceStart + 8)
        let startsInCapitals = tokens[sentenceStart].isWord && tokens[sentenceStart].text.count > 1
            && tokens[sentenceStart].text == tokens[sentenceStart].text.uppercased()
        let dash = window.first { index in
            tokens[index].kind == .punctuation
                && (datelineDashes.contains(tokens[index].text) || (startsInCapitals && tokens[index].text == "-"))
        }
        return dash.map { $0 + 1 } ?? 0
    }

    private static let datelineDashes: Set<String> = ["—", "–", "--"]

    /// The subject of the sentence's main verb: who a following "il", "he" or Spanish dropped subject may be.
    func mainSubject() -> [Mention] {
        guard let root = (0..<parsed.wordCount).first(where: { parsed.governor(of: $0) == nil }) else { return [] }
        // "Uno de los primeros en intervenir fue la Unión Europea": the actor a copula names is the topic.
        if mentionOfWord[root] != nil, parsed.dependents(of: root).contains(where: { parsed.relation(of: $0) == "cop" }) {
            return resolve([root])
        }
        guard [.verb, .aux, .adj].contains(parsed.tag(of: root)) else { return [] }
        return resolve(subjectWords(of: root))
    }

    /// The head word of the trigger at `range`.
    func headWord(of range: Range<Int>) -> Int? {
        parsed.head(of: parsed.words(of: range))
    }

    /// The word governing the trigger at `range`, with the relation that joins them.
    func governor(of range: Range<Int>) -> (word: Int, relation: Substring)? {
        guard let head = headWord(of: range), let governor = parsed.governor(of: head) else { return nil }
        return (governor, parsed.relation(of: head))
    }

    func arguments(of range: Range<Int>, frame: ArgumentFrame, type: EventType, isTrigger: (Int) -> Bool) -> Found? {
        guard let head = headWord(of: range) else { return nil }
        let phrase = Array(parsed.words(of: range))
        let isNoun = [.noun, .propn].contains(parsed.tag(of: head))
        var found = Found(rule: "")
        /// The first role that names an actor, and how it was reached: "with (obl)"; "no actor" when the first role
        /// that names anything names only nouns that are no actor.
        func fill(_ roles: [ArgumentRole], excluding excluded: [Mention]) -> ([Mention], String) {
            var noActor = false
            for role in roles {
                let heads = words(for: role, head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger)
                let taken = Set(excluded.flatMap(\.refs))
                let resolved = resolve(heads).filter { !$0.refs.allSatisfy(taken.contains) }
                if let first = heads.first, !resolved.isEmpty {
                    return (resolved, "\(Self.name(role)) (\(parsed.path(from: head, to: first)))")
                }
                if role == .subject, !heads.isEmpty, heads.allSatisfy(isNonActorNoun) { noActor = true }
            }
            return ([], noActor ? "no actor" : "none")
        }
        let (sources, sourceRole) = fill(isNoun ? frame.sources.flatMap { $0 == .subject ? Self.nounSubject : [$0] } : frame.sources,
                                         excluding: [])
        /// "China's support of Russia", "Russia's invasion of Ukraine": once the possessor acts, "of" names the target.
        let ownedTargets = isNoun && ["poss", "modifier"].contains(sourceRole.prefix { $0 != " " }) ? [ArgumentRole.preposition(words.genitive)] : []
        var (targets, targetRole) = fill(frame.targets + ownedTargets, excluding: sources)
        found.sources = sources
        found.targets = targets
        found.sourceIsNoActor = sourceRole == "no actor"
        if targetRole.hasPrefix("between") {
            // "Egypt mediated between Sudan and Chad", "hosted talks between…": the subject of a verb meets both
            // parties; "a dialogue between X and Y" only relates X and Y.
            if found.sources.isEmpty || type != .consult || isNoun {
                found.sources = found.targets
                found.targets = []
                found.mutual = true
            }
        } else if found.targets.isEmpty, frame.mutual || type.isSymmetric, found.sources.flatMap(\.refs).count >= 2 {
            found.mutual = true
        }
        if !frame.places { found.targets.removeAll { $0.form == .seat && $0.isLocative } }
        if found.sources.isEmpty && !isNoun && !isPassive(head) { found.subjectUnwritten = subjectIsUnwritten(head) }
        found.passive = !isNoun && isPassive(head)
        var sourceName = sourceRole
        if isNoun, undergoes(head), let verb = parsed.governor(of: head) {
            (found.sources, found.targets) = ([], resolve(undergoer(of: verb)))
            sourceName = "none"
            targetRole = "undergoer"
        }
        found.rule = "source \(sourceName), target \(targetRole)" + (found.mutual ? ", mutual" : "")
        return found
    }

    /// A common noun that names no actor, itself or through what stands in for it ("the coalition", "the town").
    private func isNonActorNoun(_ word: Int) -> Bool {
        parsed.tag(of: word) == .noun && mentionOfWord[word] == nil && antecedent(of: word) == nil
    }

    /// For an event noun, "subject" is the actor the noun phrase itself names, else the support verb's subject.
    /// "by" and "par" name the agent of an event noun ("l'invasion de l'Ukraine par les forces russes"); Spanish "por"
    /// after a noun more often gives a cause ("sanciones por la crisis") and is left out.
    private static let nounSubject: [ArgumentRole] = [.modifier, .possessor, .preposition("by"), .preposition("par"),
                                                      .preposition("from"), .subject]

    private static func name(_ role: ArgumentRole) -> String {
        switch role {
        case .subject: "subject"
        case .object: "object"
        case .indirectObject: "iobj"
        case .possessor: "poss"
        case .modifier: "modifier"
        case .between: "between"
        case .clauseSubject: "clause-subject"
        case .clauseObject: "clause-object"
        case .preposition(let word): word
        }
    }

    // MARK: Roles to words

    private func words(for role: ArgumentRole, head: Int, phrase: [Int], isNoun: Bool, isTrigger: (Int) -> Bool) -> [Int] {
        switch role {
        case .subject:
            if isNoun { return supportVerbSubject(of: head, isTrigger: isTrigger) }
            return isQuoteAttribution(head) ? objectWords(of: head) : subjectWords(of: head)
        case .object: return isNoun || isQuoteAttribution(head) ? [] : objectWords(of: head)
        case .indirectObject: return parsed.dependents(of: head).filter { parsed.relation(of: $0) == "iobj" }
        case .possessor:
            return parsed.dependents(of: head).filter {
                parsed.fullRelation(of: $0) == "nmod:poss" || parsed.markers(of: $0, in: tokens).contains("'s")
                    || (parsed.relation(of: $0) == "det" && words.possessives.contains(tokens[parsed.tokenOfWord[$0]]))
            }
        case .modifier:
            return parsed.dependents(of: head).filter { word in
                Self.modifierRelations.contains(parsed.relation(of: word)) && mentionOfWord[word] != nil
                    && parsed.markers(of: word, in: tokens).isEmpty
            }
        case .between:
            return prepositional(head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger) { $0 == "entre" || $0 == "between" }
        case .clauseSubject:
            return parsed.dependents(of: head).filter { parsed.relation(of: $0) == "ccomp" }.flatMap { subjectWords(of: $0) }
        case .clauseObject:
            return parsed.dependents(of: head).filter { Self.clauseRelations.contains(parsed.relation(of: $0)) }
                .flatMap { objectWords(of: $0) }
        case .preposition(let word):
            return prepositional(head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger) { $0 == word }
        }
    }

    private static let clauseRelations: Set<Substring> = ["xcomp", "ccomp", "advcl"]
    private static let modifierRelations: Set<Substring> = ["amod", "compound", "flat", "nmod", "appos"]
    private static let subjectRelations: Set<Substring> = ["nsubj", "csubj"]
    private static let obliqueRelations: Set<Substring> = ["obl", "nmod", "advmod", "iobj"]

    /// "«…», a averti le président X", "—dijo el ministro X": a verb of speech after a quote, its subject written
    /// after it. Parsers often read that subject as an object; it is the speaker, and the quote holds the rest.
    private func isQuoteAttribution(_ verb: Int) -> Bool {
        guard parsed.dependents(of: verb).allSatisfy({ !Self.subjectRelations.contains(parsed.relation(of: $0)) }) else { return false }
        var token = parsed.tokenOfWord[verb] - 1
        let start = parsed.tokenOfWord.first ?? 0
        while token >= start, tokens[token].isWord, parsed.words(of: token..<token + 1).allSatisfy({ parsed.tag(of: $0) == .aux }) {
            token -= 1
        }
        guard token >= start, tokens[token].kind == .punctuation else { return false }
        if tokens[token].text == ",", token > start { token -= 1 }
        return tokens[token].kind == .punctuation && Self.attributionMarks.contains(tokens[token].text)
    }

    /// What closes a quotation before its attribution: a closing quote (the comma after it is skipped), or a dash.
    private static let attributionMarks: Set<String> = ["»", "\"", "”", "—", "–"]

    /// A passive auxiliary or an agent makes a verb passive; a `nsubj:pass` alone does not, since the labeller
    /// gives it to active subjects too ("Azerbaijan deployed troops").
    private func isPassive(_ word: Int) -> Bool {
        let relations = parsed.dependents(of: word).map { parsed.fullRelation(of: $0) }
        return relations.contains("aux:pass") || relations.contains("obl:agent")
            || (relations.contains("nsubj:pass") && relations.contains { $0.hasPrefix("aux") })
    }

    /// The agent of a passive verb: `obl:agent`, or an oblique after "by", "par", "por".
    private func agentWords(of word: Int) -> [Int] {
        parsed.dependents(of: word).filter { child in
            parsed.fullRelation(of: child) == "obl:agent"
                || (parsed.relation(of: child) == "obl" && parsed.markers(of: child, in: tokens).contains { words.passiveAgents.contains($0) })
        }
    }

    /// The logical subject of a verb: its own, else the one it shares through coordination, control or a
    /// relative or participial clause.
    func subjectWords(of word: Int, depth: Int = 0) -> [Int] {
        if isPassive(word) || isPassiveParticiple(word) { return agentWords(of: word) }
        let own = parsed.dependents(of: word).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
        if !own.isEmpty { return own.flatMap { relativeResolved($0, clause: word) } }
        guard depth < 6, let governor = parsed.governor(of: word) else { return [] }
        switch parsed.relation(of: word) {
        case "conj" where [.noun, .propn].contains(parsed.tag(of: governor)):
            // "a annulé la visite et condamné X", read as a noun coordinated with a verb: the verb above shares its subject.
            return parsed.governor(of: governor).map { subjectWords(of: $0, depth: depth + 1) } ?? []
        case "conj":
            // "X, backed by Y, attacked Z" read as two coordinated verbs: the second shares the first's written subject,
            // not its agent.
            let written = parsed.dependents(of: governor).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
            return written.isEmpty ? subjectWords(of: governor, depth: depth + 1) : written.flatMap { relativeResolved($0, clause: governor) }
        case "advcl":
            return subjectWords(of: governor, depth: depth + 1)
        case "xcomp":
            let controller = parsed.dependents(of: governor).filter { ["obj", "iobj"].contains(parsed.relation(of: $0)) }
            return controller.isEmpty ? subjectWords(of: governor, depth: depth + 1) : controller
        case "acl":
            // "signed a decree imposing sanctions": the decree's author imposes them.
            if mentionOfWord[governor] == nil, parsed.relation(of: governor) == "obj", let verb = parsed.governor(of: governor) {
                return subjectWords(of: verb, depth: depth + 1)
            }
            return [governor]
        default:
            return []
        }
    }

    /// A relative pronoun (or "both of which") as the argument of `clause` stands for the clause's antecedent: the
    /// actor written right before it ("…, Juan Guaidó, qui a été…"), else the noun the clause hangs from.
    private func relativeResolved(_ argument: Int, clause: Int) -> [Int] {
        guard isRelativePronoun(argument) || hasRelativeDependent(argument) else { return [argument] }
        if let adjacent = actorWritten(before: parsed.tokenOfWord[argument]) { return [adjacent] }
        return parsed.governor(of: clause).map { [$0] } ?? []
    }

    /// The head word of the mention that ends right before `token`, a comma apart at most.
    private func actorWritten(before token: Int) -> Int? {
        var previous = token - 1
        if previous >= 0, tokens[previous].text == "," { previous -= 1 }
        guard previous >= 0, let word = parsed.words(of: previous..<previous + 1).last, let mention = mentionOfWord[word],
              mentions[mention].range.upperBound == previous + 1 else { return nil }
        return parsed.head(of: parsed.words(of: mentions[mention].range))
    }

    /// A participle modifying a noun with an agent: "sanctions imposed by the EU".
    private func isPassiveParticiple(_ word: Int) -> Bool {
        parsed.relation(of: word) == "acl" && !agentWords(of: word).isEmpty
    }

    private func objectWords(of word: Int) -> [Int] {
        if isPassive(word) || isPassiveParticiple(word) {
            let subjects = parsed.dependents(of: word).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
            if !subjects.isEmpty { return subjects.flatMap { relativeResolved($0, clause: word) } }
            return parsed.relation(of: word) == "acl" ? parsed.governor(of: word).map { [$0] } ?? [] : []
        }
        // "Iran, which Israel accused…": a relative object stands for the antecedent.
        let objects = parsed.dependents(of: word).filter { parsed.relation(of: $0) == "obj" }
        if !objects.isEmpty { return objects.flatMap { relativeResolved($0, clause: word) } }
        // Spanish marks a person or a state as object with "a", which parsers often read as an oblique.
        return parsed.dependents(of: word).filter { child in
            parsed.relation(of: child) == "obl" && parsed.markers(of: child, in: tokens).contains { words.objectMarkers.contains($0) }
        }
    }

    /// The subject of the verb an event noun is the object of ("the US imposed sanctions"); none when that verb
    /// is itself a trigger ("condemned the attack"): its subject did not attack.
    private func supportVerbSubject(of noun: Int, isTrigger: (Int) -> Bool) -> [Int] {
        guard parsed.relation(of: noun) == "obj", let verb = parsed.governor(of: noun),
              !isTrigger(parsed.tokenOfWord[verb]), !undergoes(noun) else { return [] }
        return subjectWords(of: verb)
    }

    /// "Iran faces sanctions", "Cuba subit un embargo", "l'Iran, soumis à un embargo": the verb's subject, or the
    /// noun the participle describes, undergoes the event noun.
    private func undergoes(_ noun: Int) -> Bool {
        guard ["obj", "obl"].contains(parsed.relation(of: noun)), let verb = parsed.governor(of: noun) else { return false }
        return words.undergoingVerbs.contains(tokens[parsed.tokenOfWord[verb]])
    }

    /// Who undergoes the event noun governed by `verb`.
    private func undergoer(of verb: Int) -> [Int] {
        if parsed.relation(of: verb) == "acl", let described = parsed.governor(of: verb) { return [described] }
        return subjectWords(of: verb)
    }

    /// Obliques and complements introduced by a preposition that `accepts`: on the trigger's words and, since a
    /// prepositional phrase after an object is often read as the object's complement, on the object too.
    private func prepositional(head: Int, phrase: [Int], isNoun: Bool, isTrigger: (Int) -> Bool, accepts: (String) -> Bool) -> [Int] {
        var holders = phrase
        if isNoun {
            // "the agreement reached between X and Y", "les sanctions imposées à X": a participle carries the noun's
            // complements.
            holders += parsed.dependents(of: head).filter {
                (parsed.relation(of: $0) == "nmod" && mentionOfWord[$0] != nil) || parsed.fullRelation(of: $0) == "acl"
            }
            // "imposed sanctions on X", "a tenu des pourparlers avec X": the support verb carries the noun's complements.
            if parsed.relation(of: head) == "obj", let verb = parsed.governor(of: head), !isTrigger(parsed.tokenOfWord[verb]) {
                holders.append(verb)
            }
        } else {
            holders += parsed.dependents(of: head).filter { parsed.relation(of: $0) == "obj" && mentionOfWord[$0] == nil }
        }
        return holders.flatMap { holder in
            parsed.dependents(of: holder).filter { child in
                // A word inside the holder's own mention ("Nord" in "Corée du Nord") is no complement of it.
                let sameMention = mentionOfWord[child] != nil && mentionOfWord[child] == mentionOfWord[holder]
                return !sameMention && !phrase.contains(child) && Self.obliqueRelations.contains(parsed.relation(of: child))
                    && parsed.markers(of: child, in: tokens).contains(where: accepts)
            }
        }
    }

    /// "both of which", "tous deux": a quantifier whose relative makes the clause's antecedent the subject.
    private func hasRelativeDependent(_ word: Int) -> Bool {
        words.relativeQuantifiers.contains(tokens[parsed.tokenOfWord[word]])
            && parsed.dependents(of: word).contains { isRelativePronoun($0) || words.relativePronouns.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    private func isRelativePronoun(_ word: Int) -> Bool {
        parsed.tag(of: word) == .pron && words.relativePronouns.contains(tokens[parsed.tokenOfWord[word]])
            && parsed.relation(of: parsed.governor(of: word) ?? word) != "root"
            && parsed.governor(of: word).map { parsed.fullRelation(of: $0).hasPrefix("acl") } ?? false
    }

    /// No written subject, or a personal pronoun: "Il a condamné…", "Condenó…".
    private func subjectIsUnwritten(_ head: Int) -> Bool {
        let subjects = subjectWords(of: head)
        return subjects.isEmpty || subjects.allSatisfy { parsed.tag(of: $0) == .pron && mentionOfWord[$0] == nil }
    }

    // MARK: Words to mentions

    /// The mentions the phrases headed by `heads` name: a mention itself, the members coordinated with it, and
    /// the actor an agent noun stands for ("the Israeli army", "le gouvernement du Mali").
    private func resolve(_ heads: [Int]) -> [Mention] {
        var found: [Int] = []
        var queue = heads
        var visited = Set<Int>()
        while let word = queue.popLast() {
            guard visited.insert(word).inserted else { continue }
            if var mention = mentionOfWord[word] {
                mention = named(mention) ?? mention
                if !found.contains(mention) { found.append(mention) }
                // A long mention ("Indian prime minister Lal Bahadur Shastri") may carry its coordination on any word.
                for member in parsed.words(of: mentions[mention].range) { queue += conjuncts(of: member) }
                continue
            }
            queue += conjuncts(of: word)
            if let antecedent = antecedent(of: word) {
                queue.append(antecedent)
                continue
            }
            for actor in standIns(of: word) where !found.contains(actor) { found.append(actor) }
        }
        var members: [Mention] = []
        for index in found.sorted() {
            for member in [mentions[index]] + listMembers(index) where !members.contains(member) { members.append(member) }
        }
        return members.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// What a pronoun stands for: a relative's antecedent ("…, which", "both of which"), or for an object
    /// pronoun the last actor named before it ("urged him").
    private func antecedent(of word: Int) -> Int? {
        let token = tokens[parsed.tokenOfWord[word]]
        guard parsed.tag(of: word) == .pron || (parsed.tag(of: word) == .det && words.possessives.contains(token)) else { return nil }
        if words.relativeQuantifiers.contains(token) || isRelativePronoun(word),
           let clause = parsed.governor(of: word), parsed.fullRelation(of: clause).hasPrefix("acl") {
            return parsed.governor(of: clause)
        }
        if words.possessives.contains(token) { return clauseSubject(above: word) }
        if words.subjectPronouns.contains(token), parsed.relation(of: word) == "nsubj" { return reportingSubject(of: word) }
        guard words.objectPronouns.contains(token), ["obj", "iobj"].contains(parsed.relation(of: word)) else { return nil }
        let verb = parsed.governor(of: word) ?? word
        let subjects = Set(subjectWords(of: verb).compactMap { mentionOfWord[$0] })
        return (0..<word).last { candidate in
            guard let mention = mentionOfWord[candidate], !subjects.contains(mention) else { return false }
            return parsed.head(of: parsed.words(of: mentions[mention].range)) == candidate
        }
    }

    /// "Beijing has sought…, despite its ties with Moscow": a possessive stands for the subject of its clause.
    private func clauseSubject(above word: Int) -> Int? {
        var path: Set<Int> = [word]
        var current = parsed.governor(of: word)
        while let node = current, path.count < 12 {
            path.insert(node)
            if [.verb, .aux].contains(parsed.tag(of: node)) {
                return subjectWords(of: node).first { !path.contains($0) && parsed.tag(of: $0) != .pron }
            }
            current = parsed.governor(of: node)
        }
        return nil
    }

    /// "South Sudan says it will withdraw": the subject pronoun of a reported clause is the speaker.
    private func reportingSubject(of pronoun: Int) -> Int? {
        guard var clause = parsed.governor(of: pronoun) else { return nil }
        while ["conj", "xcomp"].contains(parsed.relation(of: clause)), let up = parsed.governor(of: clause) { clause = up }
        guard parsed.relation(of: clause) == "ccomp", let verb = parsed.governor(of: clause) else { return nil }
        return subjectWords(of: verb).first { parsed.tag(of: $0) != .pron }
    }

    /// The person a bare title is in apposition with: "le président provisoire Roberto Micheletti".
    private func named(_ mention: Int) -> Int? {
        guard mentions[mention].form == .official, let head = parsed.head(of: parsed.words(of: mentions[mention].range)) else { return nil }
        return parsed.dependents(of: head).lazy.filter { ["appos", "flat", "nmod"].contains(parsed.relation(of: $0)) }
            .compactMap { mentionOfWord[$0] }.first { mentions[$0].form == .name }
    }

    private func conjuncts(of word: Int) -> [Int] {
        parsed.dependents(of: word).filter { parsed.relation(of: $0) == "conj" }
    }

    /// The mentions a noun that is not itself an actor stands for: a demonym or name modifying it, and for an
    /// agent noun its complement ("the government of Iran").
    private func standIns(of word: Int) -> [Int] {
        guard [.noun, .propn, .pron].contains(parsed.tag(of: word)) else { return [] }
        let isAgent = words.agentNouns.contains(tokens[parsed.tokenOfWord[word]])
        var found: [Int] = []
        for child in parsed.dependents(of: word) {
            let relation = parsed.relation(of: child)
            guard Self.modifierRelations.contains(relation) else { continue }
            guard let mention = mentionOfWord[child] else {
                if isAgent, relation == "nmod" { found += standIns(of: child) }
                continue
            }
            // Any noun is its demonym's ("a Russian ship"); only an agent noun is its complement's or its name's
            // ("the government of Iran", not "the Tashkent Declaration").
            let isPossessor = parsed.fullRelation(of: child) == "nmod:poss"
            guard isAgent || isPossessor || (mentions[mention].form == .demonym && relation == "amod") else { continue }
            found.append(mention)
            for member in conjuncts(of: child) {
                if let other = mentionOfWord[member] { found.append(other) }
            }
        }
        return found
    }
}
