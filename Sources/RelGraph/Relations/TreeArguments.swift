/// Reads a trigger's source and target off the dependency tree of its sentence, as its argument frame says.
///
/// One mechanism for every trigger: the frame lists roles (subject, object, a preposition…) in order of
/// preference, and each role is a place in the tree. Voice, coordination, control, relative clauses and the
/// verbs that govern an event noun are handled here once, for every language, so a new trigger needs a row of
/// data and no code.
final class TreeArguments {
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
        /// The trigger's subject is a written personal pronoun ("Il tente de menacer…"): whatever the lexicon calls the
        /// word, the sentence uses it as a verb with a subject the discourse supplies.
        var subjectIsPronoun = false
        /// That pronoun names one actor ("il", "she"): the discourse may not make it stand for a pair.
        var subjectIsSingularPronoun = false
        /// That pronoun names a person ("he", "she"): it stands for the last person written as a subject.
        var subjectIsPersonPronoun = false
        /// That pronoun names a thing ("it"): it never stands for a person.
        var subjectIsThingPronoun = false
        /// That pronoun is the speaker's own ("we", "je", "nosotros").
        var subjectIsSpeakerPronoun = false
        /// That subject is a state's own body or forces owned by a possessive ("son gouvernement", "his army"): the
        /// state of the person it stands for acts, not the person.
        var subjectIsOwnedStateBody = false
        /// The trigger's object is a pronoun the sentence does not resolve ("il a été reçu par…"): the discourse may
        /// supply it.
        var objectUnwritten = false
        /// That object pronoun stands for several ("urged them", "les a appelés").
        var objectIsPluralPronoun = false
        /// That object pronoun names a thing ("to prevent it from sinking"): it never stands for a person.
        var objectIsThingPronoun = false
        /// That object is an act named again ("criticó la ruptura", "condemned the decision"): the token of its noun,
        /// which may say the act's kind (`sanctionAnaphors`, `accusationAnaphors`) and so which act told before it means.
        var actNamedAgain: Int?
        /// That object is a policy named again ("rejected the decree", "a dénoncé ce décret"): the token of its noun,
        /// whose owner the discourse may have been told (`Discourse.owners(ofActNamed:at:)`).
        var policyNamedAgain: Int?
        /// The trigger is a passive verb.
        var passive = false
        /// …and the verb of its sentence's main clause ("It was agreed to…", not "what had been agreed upon").
        var passiveMainVerb = false
        /// The tree's subject is a noun that names no actor ("a coalition of nine states, including…"): the source is
        /// known to be empty, and nothing else in the sentence may stand in for it.
        var sourceIsNoActor = false
        /// A preposition of the frame introduces a noun that names no actor ("fighting against terrorism"): the target
        /// is written, and no counterpart from the discourse stands in for it.
        var targetIsNoActor = false
        /// The target is written, and names only the source ("China… to resume diplomatic ties with Beijing" with
        /// China read as the subject): whoever the other side is, the sentence does not say it.
        var targetIsSource = false
        /// The target is the event noun's genitive complement ("the expulsion of X's envoy"): whom the event befalls.
        var targetIsGenitive = false
        /// The target is an event noun's complement of company ("the talks with X focused on…", "les entretiens avec X"),
        /// and the noun is no verb's object, whose subject would have held the talks ("hold talks with X").
        var targetIsComitative = false
        /// Others take part in the event noun beside its author ("maniobras en las que participarán X y Y"): the event
        /// is a joint one.
        var joint = false
    }

    let parsed: ParsedSentence
    let tokens: [Token]
    let mentions: [Mention]
    /// The language's word classes, shared rather than copied into each sentence's reader.
    private let shared: ArgumentWords.Shared
    var words: ArgumentWords { shared.words }
    /// The mention each word belongs to, if any.
    let mentionOfWord: [Int?]
    /// The folded prepositions marking each word (`ParsedSentence.markers`), found the first time a rule asks: the rules
    /// ask the same words' markers again and again as they walk the tree, and each finding folds the words anew.
    private var markersOfWord: [[String]?]

    /// The mentions written in one list with a mention, given by its index: parsers often attach the members
    /// of a long list ("X, Y, Z and W") as appositions or to the verb, while the list itself is plain on the surface.
    /// Given as positions in `mentions`: a list is a run of neighbouring mentions.
    let listMembers: (Int) -> Range<Int>
    /// The tokens of the sentence's verbs of travel and visit ("visited", "se rendit"): the object of one is where it
    /// goes, never who acts in the infinitive after it ("visited Togo to meet X" is the visitor's meeting).
    var travelTokens = TokenMask([])

    init(parsed: ParsedSentence, tokens: [Token], mentions: [Mention], language: Language,
         listMembers: @escaping (Int) -> Range<Int> = { $0..<$0 }) {
        self.parsed = parsed
        self.listMembers = listMembers
        self.tokens = tokens
        self.mentions = mentions
        shared = ArgumentWords.Shared.of(language)
        var mentionOfWord = [Int?].filled(with: nil, count: parsed.wordCount)
        let sentenceStart = parsed.tokenOfWord.first ?? 0
        let dateline = max(Self.datelineEnd(tokens: tokens, sentenceStart: sentenceStart),
                           Self.cityBeforeColon(tokens: tokens, sentenceStart: sentenceStart, mentions: mentions))
        for (index, mention) in mentions.enumerated() where mention.range.lowerBound >= dateline && !mention.standsAside {
            for word in parsed.words(of: mention.range) { mentionOfWord[word] = index }
        }
        self.mentionOfWord = mentionOfWord
        markersOfWord = .filled(with: nil, count: parsed.wordCount)
    }

    /// The folded prepositions marking `word` ("à", "against", "a"): its `case` dependents, and a `mark` for a clause.
    func markers(of word: Int) -> [String] {
        if let markers = markersOfWord[word] { return markers }
        let markers = parsed.markers(of: word, in: tokens)
        markersOfWord[word] = markers
        return markers
    }

    /// Where a dateline ("DUBAI, United Arab Emirates —", "PARIS -") ends: the places in it take no part in the
    /// sentence. A plain hyphen counts only after a word in capitals, as datelines write their city.
    private static func datelineEnd(tokens: [Token], sentenceStart: Int) -> Int {
        guard sentenceStart < tokens.count else { return 0 }
        let window = sentenceStart..<min(tokens.count, sentenceStart + 8)
        // Whether the first word is in capitals is asked only of a plain hyphen: upper-casing it costs more than the rest.
        let startsInCapitals = {
            tokens[sentenceStart].isWord && tokens[sentenceStart].text.count > 1
                && tokens[sentenceStart].text == tokens[sentenceStart].text.uppercased()
        }
        // "Washington, June 29 -- India and…": two hyphens written for a dash are one.
        let isDoubleHyphen = { (index: Int) in
            tokens[index].text == "-" && index + 1 < tokens.count && tokens[index + 1].text == "-"
        }
        let dash = window.first { index in
            tokens[index].kind == .punctuation
                && (datelineDashes.contains(tokens[index].text) || isDoubleHyphen(index)
                    || (tokens[index].text == "-" && startsInCapitals()))
        }
        return dash.map { isDoubleHyphen($0) ? $0 + 2 : $0 + 1 } ?? 0
    }

    private static let datelineDashes: Set<String> = ["—", "–", "--"]

    /// Where "New Delhi: Russian Foreign Minister…" ends its dateline: a city alone before a colon that opens the
    /// sentence is where the story was filed. A state or a person before a colon may be the one who speaks, and stays.
    private static func cityBeforeColon(tokens: [Token], sentenceStart: Int, mentions: [Mention]) -> Int {
        // The sentence's first word is the mention's head when the mention is one word for the parser ("Delhi").
        guard let first = mentions.first, first.range.lowerBound <= sentenceStart, first.form == .seat,
              first.range.upperBound < tokens.count, tokens[first.range.upperBound].text == ":" else { return 0 }
        return first.range.upperBound + 1
    }

    /// The subject of the sentence's main verb: who a following "il", "he" or Spanish dropped subject may be.
    func mainSubject() -> [Mention] {
        guard let root = (0..<parsed.wordCount).first(where: { parsed.governor(of: $0) == nil }) else { return [] }
        // "Uno de los primeros en intervenir fue la Unión Europea": the actor a copula names is the topic.
        if mentionOfWord[root] != nil, parsed.dependents(of: root).contains(where: { parsed.relation(of: $0) == .cop }) {
            return resolve([root])
        }
        guard [.verb, .aux, .adj].contains(parsed.tag(of: root)) else { return [] }
        let heads = subjectWords(of: root)
        let subject = resolve(heads)
        guard subject.isEmpty else { return subject }
        // "La visite du président X a débuté lundi. Il a été reçu…": a subject that names no actor leaves the article
        // following the official it belongs to.
        let owners = heads.filter { mentionOfWord[$0] == nil && parsed.tag(of: $0) == .noun }
            .flatMap { parsed.dependents(of: $0).filter(isGenitiveOwner) }
        return resolve(owners).filter { $0.form == .official || $0.refs.contains { $0.personIndex != nil } }
    }

    /// "se acusan mutuamente", "accused each other": a reciprocal phrase in the few words after the verb.
    func isReciprocal(_ verb: Int) -> Bool {
        let start = parsed.tokenOfWord[verb] + 1
        return hasPhrase(of: words.reciprocalMarkers, in: start..<min(tokens.count, start + Self.reciprocalReach))
    }

    /// How many words after a verb its reciprocal phrase may stand: "se acusan desde hace meses mutuamente".
    private static let reciprocalReach = 5

    /// "India and Canada each expelled…", "ont chacun expulsé", "expulsaron cada uno": a distributive word right
    /// before the verb (its auxiliary aside) or in the few words after it.
    func isDistributive(_ verb: Int) -> Bool {
        let token = parsed.tokenOfWord[verb]
        return hasPhrase(of: words.distributiveMarkers, in: max(0, token - Self.distributiveReachBefore)..<token)
            || hasPhrase(of: words.distributiveMarkers, in: token + 1..<min(tokens.count, token + 1 + Self.reciprocalReach))
    }

    /// Whether one of `phrases` (folded words) starts at a token of `starts`.
    private func hasPhrase(of phrases: [[String]], in starts: Range<Int>) -> Bool {
        starts.contains { index in
            phrases.contains { phrase in
                index + phrase.count <= tokens.count && phrase.indices.allSatisfy { tokens[index + $0].folded == phrase[$0] }
            }
        }
    }

    /// How many words before a verb its distributive word may stand: "ont chacun expulsé", "each expelled".
    private static let distributiveReachBefore = 1

    /// The persons written as the subject of a verb, in the order of the sentence: "X's handover came as Y visited Z.
    /// He met…" has Y for the person the next sentence's "he" stands for.
    func personSubjects() -> [Mention] {
        (0..<parsed.wordCount).compactMap { word -> Mention? in
            guard parsed.relation(of: word) == .nsubj, let verb = parsed.governor(of: word), parsed.tag(of: verb) == .verb,
                  let mention = mentionOfWord[word], mentions[mention].refs.allSatisfy({ $0.personIndex != nil }) else { return nil }
            return mentions[mention]
        }
    }

    /// A verb hung as an adverbial clause, opened by a comma with no subordinator or preposition of its own: ", urging X
    /// to…", ", exigiendo…", ", appelant X à…".
    func isParticipleAfterComma(_ verb: Int) -> Bool {
        guard parsed.relation(of: verb) == .advcl, parsed.tag(of: verb) == .verb, let governor = parsed.governor(of: verb), governor < verb,
              !parsed.dependents(of: verb).contains(where: { [.mark, .case].contains(parsed.relation(of: $0)) || isSubjectRelation($0) })
        else { return false }
        let token = parsed.tokenOfWord[verb]
        return token > 0 && tokens[token - 1].text == ","
    }

    /// A gerund clause written before the verb it hangs on ("Tout en saluant X, elle promet…", "Welcoming X, it
    /// pledged…", "Saludando a X, prometió…"): what the subject does meanwhile, not what the verb is about.
    func isFrontedGerund(_ verb: Int) -> Bool {
        guard parsed.relation(of: verb) == .advcl, let governor = parsed.governor(of: verb), verb < governor,
              !words.gerundEnding.isEmpty else { return false }
        return tokens[parsed.tokenOfWord[verb]].folded.hasSuffix(words.gerundEnding)
    }

    private func isSubjectRelation(_ word: Int) -> Bool { Self.subjectRelations.contains(parsed.relation(of: word)) }

    /// The head word of the trigger at `range`.
    func headWord(of range: Range<Int>) -> Int? {
        let words = parsed.words(of: range)
        // "political, economic and military ties": a modifier coordinated outside the phrase also hangs outside it;
        // the phrase's noun or verb heads it. One pass, with no list of the words outside: asked several times for
        // every trigger.
        var firstOutside: Int?
        for word in words where !words.contains(parsed.governor(of: word) ?? -1) {
            switch parsed.tag(of: word) {
            case .noun, .propn, .verb: return word
            default: if firstOutside == nil { firstOutside = word }
            }
        }
        return firstOutside
    }

    /// Whether the trigger at `range` is read as a noun ("the sanctions") rather than a verb.
    func isNominal(_ range: Range<Int>) -> Bool {
        headWord(of: range).map(isNominalHead) ?? false
    }

    /// A noun, or a pronoun that stands for one with a genitive of its own ("celle d'un diplomate", "that of X"):
    /// either is read as an event noun when it holds a trigger.
    private func isNominalHead(_ word: Int) -> Bool {
        parsed.isNominal(word) || (parsed.tag(of: word) == .pron && words.echoPronouns.contains(tokens[parsed.tokenOfWord[word]]))
    }

    /// Events judged after they were told: condemned, rejected, welcomed. A switch, not a set: asked for every
    /// trigger, and hashing an event type hashes its name.
    private static func isAnswering(_ type: EventType) -> Bool {
        switch type {
        case .accuse, .reject, .support: true
        default: false
        }
    }

    /// A noun of an act after a definite or demonstrative determiner, with no actor of its own written on it.
    private func isEventAnaphor(_ word: Int) -> Bool {
        isNamedAgain(word, among: words.eventAnaphors)
    }

    /// A noun of `nouns` after a definite or demonstrative determiner, with no actor nor possessive of its own written on
    /// it: what the article told before, named again ("this decision", "le communiqué").
    func isNamedAgain(_ word: Int, among nouns: WordSet) -> Bool {
        guard mentionOfWord[word] == nil, nouns.contains(tokens[parsed.tokenOfWord[word]]) else { return false }
        let dependents = parsed.dependents(of: word)
        return dependents.contains { parsed.relation(of: $0) == .det && words.anaphoricDeterminers.contains(tokens[parsed.tokenOfWord[$0]]) }
            && resolve(dependents.filter { parsed.relation(of: $0) != .det }).isEmpty
            && !dependents.contains { parsed.relation(of: $0) == .det && words.possessives.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    /// The policies and acts the sentence names with their owners ("a decree by X", "la décision du Mali", "su medida"),
    /// as folded nouns with the actors owning them: what a later "the decree" may name again.
    func ownedActs() -> [(noun: String, owners: [Mention])] {
        var owned: [(noun: String, owners: [Mention])] = []
        for word in 0..<parsed.wordCount where parsed.tag(of: word) == .noun && mentionOfWord[word] == nil {
            let token = tokens[parsed.tokenOfWord[word]]
            guard words.policyNouns.contains(token) || words.eventAnaphors.contains(token) else { continue }
            let owners = possessorWords(of: word) + parsed.dependents(of: word).filter { complement in
                guard mentionOfWord[complement] != nil else { return false }
                switch parsed.relation(of: complement) {
                case .nmod: return markers(of: complement).allSatisfy { $0 == words.genitive || words.nounAgentMarkers.contains($0) }
                case .amod, .compound: return true
                default: return false
                }
            }
            let resolved = resolve(owners)
            if !resolved.isEmpty { owned.append((token.folded, resolved)) }
        }
        return owned
    }

    /// "decided not to meet X", "la decisión de no reunirse con X": the verb at `range` completes another verb or a
    /// noun, as what is decided or refused does.
    func isComplementClause(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        switch parsed.relation(of: head) {
        case .xcomp, .acl: return true
        // The parser may hang a noun's infinitive as an adverbial clause.
        case .advcl: return parsed.governor(of: head).map { parsed.tag(of: $0) == .noun } ?? false
        default: return false
        }
    }

    /// "ocupa la presidencia del consejo", "occupies the chair": the object of the verb at `range` is an office it holds.
    func objectIsHeldOffice(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        // A relative clause's verb ("que ocupa la presidencia") may have its object read as its subject.
        return parsed.dependents(of: head, [.obj, .nsubj]).contains { $0 > head && words.heldOffices.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    /// "delivered a note to X", "a remis une lettre à X", "entregó una nota a X": the objects of the verb at `range` are
    /// messages (`messageNouns`), not goods.
    func objectIsMessage(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range), case let objects = objectWords(of: head), !objects.isEmpty else { return false }
        return objects.allSatisfy { mentionOfWord[$0] == nil && words.messageNouns.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    /// "attacked a decree by X", "a attaqué la décision de X", "atacó las declaraciones de X": the objects of the verb at
    /// `range` are words said or a policy decided (`messageNouns`, `rejectedDeeds`, `policyNouns`), which are
    /// criticised, not struck.
    func objectIsSaidOrDecided(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range), case let objects = objectWords(of: head), !objects.isEmpty else { return false }
        return objects.allSatisfy { object in
            let token = tokens[parsed.tokenOfWord[object]]
            return mentionOfWord[object] == nil
                && (words.messageNouns.contains(token) || words.rejectedDeeds.contains(token) || words.policyNouns.contains(token))
        }
    }

    /// "a dénoncé ces accusations", "rejected these allegations": the object of the trigger at `range` is a charge the
    /// article told before (`accusationAnaphors`).
    func objectIsChargeNamedAgain(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        return parsed.dependents(of: head, [.obj]).contains { words.accusationAnaphors.contains(tokens[parsed.tokenOfWord[$0]]) && isEventAnaphor($0) }
    }

    /// "…, une décision saluée par X": a noun of an act, after a comma and an indefinite article, that names nothing
    /// of its own and closes the sentence; it sums up the clause before.
    private func isResumptiveApposition(_ word: Int) -> Bool {
        guard mentionOfWord[word] == nil, words.eventAnaphors.contains(tokens[parsed.tokenOfWord[word]]) else { return false }
        let dependents = parsed.dependents(of: word)
        guard let article = dependents.first(where: { parsed.relation(of: $0) == .det }),
              words.singularIndefinites.contains(tokens[parsed.tokenOfWord[article]]),
              parsed.tokenOfWord[article] > 0, tokens[parsed.tokenOfWord[article] - 1].text == "," else { return false }
        guard let governor = parsed.governor(of: word), governor < word else { return false }
        return !dependents.contains { $0 < word && parsed.relation(of: $0) != .det } && !hasWordsAfter(subtreeOf: word)
    }

    /// Whether the sentence goes on past `word`'s phrase (its final punctuation aside).
    private func hasWordsAfter(subtreeOf word: Int) -> Bool {
        var last = word
        var frontier = [word]
        while let next = frontier.popLast() {
            last = max(last, next)
            frontier += parsed.dependents(of: next)
        }
        return ((last + 1)..<parsed.wordCount).contains { parsed.tag(of: $0) != .punct }
    }

    /// The verb at the top of the clauses above `word`: the sentence's main verb.
    private func mainVerb(above word: Int) -> Int {
        var top = word
        var steps = 0
        while let governor = parsed.governor(of: top), steps < parsed.wordCount {
            top = governor
            steps += 1
        }
        return top
    }

    /// Event nouns named after the place where they were made.
    private static func isNamedAfterPlaces(_ type: EventType) -> Bool {
        switch type {
        case .agree, .consult: true
        default: false
        }
    }

    /// A capital written as a noun's genitive or compound ("l'accord de Niamey", "the Minsk agreements").
    private func isPlaceNaming(_ mention: Mention, head: Int) -> Bool {
        mention.form == .seat && names(head, mention, asAdjective: false)
    }

    /// An organization written as the modifier or the genitive of a gathering noun: the gathering's forum.
    private func isForumNaming(_ mention: Mention, head: Int) -> Bool {
        mention.refs.allSatisfy { if case .organization = $0 { true } else { false } } && names(head, mention, asAdjective: true)
    }

    /// Whether `mention` is written as the name of the noun at `head`: its compound, its genitive, or (when
    /// `asAdjective`) its adjective ("the UN meeting" read with "UN" as an adjective).
    private func names(_ head: Int, _ mention: Mention, asAdjective: Bool) -> Bool {
        guard let word = parsed.head(of: parsed.words(of: mention.range)), parsed.governor(of: word) == head else { return false }
        switch parsed.relation(of: word) {
        case .compound, .flat: return true
        case .amod: return asAdjective
        case .nmod: return markers(of: word) == [words.genitive]
        default: return false
        }
    }

    /// Whether a place is written for the event at `range`: a name hung on it or on its complements ("shut its
    /// consulate in Narva"), or an envoy named with a posting ("l'ambassadeur à Tel-Aviv, X"). The act is placed,
    /// even where the place names no actor.
    func namesPlace(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        let isPosted = { (word: Int) in self.mentionOfWord[word].map { self.mentions[$0].posting != nil } ?? false }
        let holders = [head] + parsed.dependents(of: head, [.obj, .obl, .nmod])
        return holders.contains { holder in
            isPosted(holder) || parsed.dependents(of: holder, [.nmod, .obl]).contains { word in
                isPosted(word) || (parsed.tag(of: word) == .propn && !range.contains(parsed.tokenOfWord[word]))
            }
        }
    }

    /// A diplomat: the word, or the first word of the mention it lies in ("the Russian ambassador", "l'ambassadeur de
    /// Russie"), is an envoy noun.
    func isEnvoy(_ word: Int) -> Bool {
        if words.envoyNouns.contains(tokens[parsed.tokenOfWord[word]]) { return true }
        guard let mention = mentionOfWord[word] else { return false }
        return mentions[mention].range.contains { words.envoyNouns.contains(tokens[$0]) }
    }

    /// A person named with an envoy's title: "su embajador en X, Y".
    private func isNamedEnvoy(_ mention: Mention) -> Bool {
        mention.refs.contains { $0.personIndex != nil } && mention.range.contains { words.envoyNouns.contains(tokens[$0]) }
    }

    /// Whether `mention` names only people and its head is in apposition, or a conjunct with no conjunction of its own:
    /// a name in apposition the parser coordinated with the word before it.
    private func isApposedPerson(_ mention: Mention) -> Bool {
        guard mention.refs.allSatisfy({ $0.personIndex != nil }), let head = headWord(of: mention.range) else { return false }
        return parsed.relation(of: head) == .appos || (parsed.relation(of: head) == .conj && parsed.dependents(of: head, [.cc]).isEmpty)
    }

    /// Whether `mention` names only people and its head has a possessive determiner: "son ministre", "its envoy".
    private func isOwnPerson(_ mention: Mention) -> Bool {
        guard mention.refs.allSatisfy({ $0.personIndex != nil }), let head = headWord(of: mention.range) else { return false }
        return parsed.dependents(of: head, [.det, .nmod]).contains { words.possessives.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    /// The classes of acts done in words: their target is a state or an official, never its people.
    private static let spokenTypes: Set<QuadClass> = [.verbalCooperation, .verbalConflict]

    /// "expelled 50 Togolese migrants", "l'expulsion de migrants togolais": people, not a state's envoys or goods, are
    /// what the act at `range` is done to. Sending people out is coercing them (deporting), not cutting ties.
    func hasCivilianObject(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        let objects = parsed.isNominal(head)
            ? parsed.dependents(of: head, [.nmod]).filter { markers(of: $0).contains(words.genitive) }
            : objectWords(of: head)
        return !objects.isEmpty && objects.allSatisfy(isCivilian)
    }

    /// "called on the president in Accra", "a appelé le président X", "llamó al rey X para aclarar…": a verb of asking
    /// that asks no act of its object (no clause under it but one of the call's own purpose, no phrase of what for)
    /// tells a call paid to it, in person or on the telephone (`visitingRequests`).
    func isCourtesyCall(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range), parsed.tag(of: head) == .verb,
              words.visitingRequests.contains(tokens[parsed.tokenOfWord[head]]), !namesItsObject(head) else { return false }
        return !parsed.dependents(of: head).contains { dependent in
            ([.xcomp, .ccomp, .advcl].contains(parsed.relation(of: dependent)) && !markers(of: dependent).contains { words.purposes.contains($0) })
                || (parsed.relation(of: dependent) == .obl && markers(of: dependent).contains { words.beneficiaryMarkers.contains($0) })
        }
    }

    /// "welcomed President X at the palace", "Welcoming his counterpart, X said…": a verb of welcoming whose objects all
    /// name persons receives them (`welcomingVerbs`); "welcomed the decision" or "welcomed X's decision" backs a thing.
    func welcomesVisitors(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range), parsed.tag(of: head) == .verb,
              words.welcomingVerbs.contains(tokens[parsed.tokenOfWord[head]]), case let objects = objectWords(of: head),
              !objects.isEmpty else { return false }
        return objects.allSatisfy { word in
            mentionOfWord[word].map { mentions[$0].refs.allSatisfy { $0.personIndex != nil } } ?? false
        }
    }

    private func isCivilian(_ word: Int) -> Bool {
        mentionOfWord[word] == nil && words.civilianNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    /// The word governing the trigger at `range`, with the relation that joins them.
    func governor(of range: Range<Int>) -> (word: Int, relation: DependencyRelation)? {
        guard let head = headWord(of: range), let governor = parsed.governor(of: head) else { return nil }
        return (governor, parsed.relation(of: head))
    }

    /// Whether the verb's written subject is an event noun ("the summit", "la reunión"), not an actor.
    /// The written subjects, active or passive, of the verb an event noun is an oblique of: who was in the event.
    private func sceneSubjects(of noun: Int) -> [Int] {
        guard parsed.relation(of: noun) == .obl, let verb = parsed.governor(of: noun), parsed.tag(of: verb) == .verb else { return [] }
        return parsed.dependents(of: verb).filter { parsed.relation(of: $0) == .nsubj && $0 < noun }
    }

    /// Whether a clause the verb governs, or its object, is a trigger: what a promise is of.
    private func promisesEvent(_ verb: Int, isTrigger: (Int) -> Bool) -> Bool {
        parsed.dependents(of: verb).contains { clause in
            [.xcomp, .ccomp, .advcl].contains(parsed.relation(of: clause))
                && ([clause] + parsed.dependents(of: clause, [.obj])).contains { isTrigger(parsed.tokenOfWord[$0]) }
        }
    }

    private func isGatheredByEvent(_ verb: Int, isTrigger: (Int) -> Bool) -> Bool {
        let subjects = parsed.dependents(of: verb).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
        return !subjects.isEmpty && subjects.allSatisfy { mentionOfWord[$0] == nil && isTrigger(parsed.tokenOfWord[$0]) }
    }

    /// - Parameter isJudgedEvent: whether the trigger at a token is an event this one judges rather than takes part
    ///   in, so that the event keeps its own complements; by default any event a condemnation, a rejection or a
    ///   backing governs.
    /// - Parameter judgedEventsKeepGenitives: whether whom a judged event befalls, in its genitive, may still fill a
    ///   role of this trigger ("asked for the expulsion of X's envoy"); by default unless the trigger answers the event.
    func arguments(of range: Range<Int>, frame: ArgumentFrame, type: EventType, isTrigger: (Int) -> Bool,
                   isJudgedEvent: ((Int) -> Bool)? = nil, judgedEventsKeepGenitives: Bool? = nil) -> Found? {
        guard let head = headWord(of: range) else { return nil }
        let phrase = Array(parsed.words(of: range))
        let isNoun = isNominalHead(head)
        // Asked for every role filled: whether the trigger answers an event is looked up once, not hashed each time.
        let answers = Self.isAnswering(type)
        var found = Found(rule: "")
        var complements: PrepositionalComplements?
        func prepositionalComplements() -> PrepositionalComplements {
            if let complements { return complements }
            let found = self.prepositionalComplements(head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger,
                                                      isJudgedEvent: { token in
                isJudgedEvent.map { $0(token) } ?? (answers && isTrigger(token))
            }, judgedKeepGenitives: judgedEventsKeepGenitives ?? !answers)
            complements = found
            return found
        }
        /// The first role that names an actor, and how it was reached: "with (obl)"; "no actor" when the first role
        /// that names anything names only nouns that are no actor.
        func fill(_ roles: [ArgumentRole], excluding excluded: [Mention], owners: Bool = false, isSource: Bool = false) -> ([Mention], String) {
            var noActor = false
            /// A role written with only the other role's actors ("resume ties with Beijing", Beijing's own).
            var onlyTaken = false
            // The other role's few actors, searched in place: no set of them is hashed for each role filled.
            let taken = excluded.flatMap(\.refs)
            func roleWords(_ role: ArgumentRole) -> [Int] {
                if role == .host { return postings(of: roleWords(.object).filter(isEnvoy)) }
                let own = (frame.passive && !isNoun ? passiveWords(for: role, verb: head) : nil)
                    ?? words(for: role, head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger,
                             complements: prepositionalComplements)
                // "20 soldiers were killed in a clash with X", "murieron en una confrontación con X": a mutual event a
                // clause places its subject in is that subject's.
                if own.isEmpty, role == .subject, isNoun, frame.mutual { return sceneSubjects(of: head) }
                // "X is in Y on a state visit": a clause of being somewhere names the visitor and the place visited.
                if isNoun, frame.places, type == .consult, role == .subject || (role == .object && own.isEmpty),
                   let stay = stay(of: head) {
                    return role == .subject ? stay.visitors : [stay.place]
                }
                return own
            }
            for role in roles {
                var written = roleWords(role)
                // "se reunieron al margen de la cumbre": a locution of circumstance fills no role.
                if case .preposition = role, written.contains(where: isCircumstance) { written.removeAll(where: isCircumstance) }
                // "with Turkey's mediation", "con el auspicio de X": a comitative noun of manner is no party, whoever owns it.
                if role == .preposition(words.comitative), written.contains(where: isMannerNoun) { written.removeAll(where: isMannerNoun) }
                // "Syrian refugees arrived in Turkey": private people are no state acting.
                // Most roles find no civilian: the list is changed only when one is there.
                // "instó a los ciudadanos de ambos países a…": nor are they whom a state speaks to.
                if isSource || Self.spokenTypes.contains(type.quadClass), written.contains(where: isCivilian) { written.removeAll(where: isCivilian) }
                if frame.envoys, isSource == frame.envoysAreSources { written.removeAll { !isEnvoy($0) } }
                var heads = written
                var named = resolve(heads)
                if frame.organizations, !isSource { named.removeAll { !$0.refs.allSatisfy(\.isOrganization) } }
                if frame.persons, !isSource { named.removeAll { !$0.refs.allSatisfy { $0.personIndex != nil } } }
                var resolved = named.filter { Self.isFree($0, taken: taken) }
                // "el presidente secuestrado por los golpistas, X" with X read as the agent's apposition: the target of a
                // one-way act that names only its source names no one else, and no one is to be guessed in its place.
                if !isSource, resolved.isEmpty, !named.isEmpty { onlyTaken = true }
                if !isSource, resolved.isEmpty, !named.isEmpty, !frame.mutual, !type.isSymmetric { noActor = true }
                // "signé lundi à Nairobi entre X et Y": a seat named as where it happened fills no role of an event that
                // visits no place; the next role may name the parties.
                if !isSource, !frame.places { resolved.removeAll { isVenue($0, type: type) } }
                // "llamó a consultas a su embajador en X, Y": the envoy a state calls home is its own; the host is the
                // target, never the envoy.
                if !isSource, frame.places {
                    // "recalled its ambassador to Kenya, X": the named envoy's posting is the host.
                    let hosts = resolved.filter(isNamedEnvoy).compactMap { envoy in
                        envoy.posting.map { Mention(range: envoy.range, refs: [.state($0)], form: .name, preposition: nil) }
                    }
                    resolved.removeAll(where: isNamedEnvoy)
                    // "al embajador de su país en X, [name], a consultas": a name the parser hung on the host, in
                    // apposition or as a conjunct with no conjunction, is the envoy's, set off by commas.
                    if resolved.count > 1 { resolved.removeAll(where: isApposedPerson) }
                    // "a dépêché son ministre pour…": one's own envoy is what is sent, not whom it is sent to.
                    if role == .object { resolved.removeAll(where: isOwnPerson) }
                    if resolved.isEmpty { resolved = hosts.filter { Self.isFree($0, taken: taken) } }
                    // "llama a consulta a sus embajadores en X, Y y Z": envoys named by no one are posted where the
                    // phrase under them says, wherever the parser hung the phrase.
                    if resolved.isEmpty, case let postings = postings(of: written.filter(isEnvoy)), !postings.isEmpty {
                        resolved = resolve(postings + postings.flatMap(conjuncts)).filter { Self.isFree($0, taken: taken) }
                        heads = postings
                    }
                }
                // "condemned the plan to proclaim the independence of X": a thing owned by a thing owned by X is X's. A
                // capital further down names the thing, not its owner: "la mise en œuvre du processus de Luanda".
                // "con el auspicio de X", "with the help of X": a comitative noun naming no actor is the act's manner, and
                // its owner a backer, not a party.
                let isManner = role == .preposition(words.comitative) && heads.contains(where: isMannerNoun)
                // "calls X's decision interference": a row that takes persons for targets takes no owner of a thing.
                let takesOwners = owners && !(frame.persons && !isSource)
                for depth in 0..<Self.ownerDepth where resolved.isEmpty && takesOwners && !heads.isEmpty && !isManner {
                    heads = ownerWords(of: heads, isTrigger: isTrigger, namedByCompounds: role == .object || role == .clauseObject)
                    resolved = resolve(heads).filter { Self.isFree($0, taken: taken) && (depth == 0 || $0.form != .seat) }
                }
                if let first = heads.first, !resolved.isEmpty {
                    return (resolved, "\(Self.name(role)) (\(parsed.path(from: head, to: first)))")
                }
                // "He was received by X": a personal pronoun the sentence does not resolve fills the role; the
                // discourse may say whom it stands for, and no later role stands in.
                if !written.isEmpty, written.allSatisfy({ isPersonalPronoun($0) || (isSource && isItineraryNoun($0)) }),
                   resolve(written).isEmpty {
                    return ([], "pronoun")
                }
                // "Its president then met…": an agent owned by a possessive the sentence does not resolve is the
                // discourse's, as "it" would be.
                // "The letter sent on Friday accuses X": a message named again with no author written is the discourse's too.
                if isSource, !written.isEmpty, written.allSatisfy({ isOwnedByUnresolvedPossessive($0) || isUnattributedMessage($0) }),
                   resolve(written).isEmpty {
                    return ([], "pronoun")
                }
                // "Le Maroc a rompu avec X, une décision saluée par Y": an act named again in apposition to the sentence is
                // its main clause's, and so its subject's.
                if role == .object, answers, written.count == 1, isResumptiveApposition(written[0]) {
                    let authors = resolve(subjectWords(of: mainVerb(above: written[0]))).filter { Self.isFree($0, taken: taken) }
                    if !authors.isEmpty { return (authors, "resumed clause") }
                }
                // "Ghana rejected the decree" after "a decree by Togo's president": a policy named again may be
                // the one whose owner was told.
                if role == .object, answers, !isSource, written.count == 1, isNamedAgain(written[0], among: words.policyNouns) {
                    found.policyNamedAgain = parsed.tokenOfWord[written[0]]
                }
                // "China condemned the test": an act already told stands for whoever carried it out, as "it" would.
                if role == .object, answers, !written.isEmpty, written.allSatisfy(isEventAnaphor) {
                    if !isSource { found.actNamedAgain = parsed.tokenOfWord[written[0]] }
                    return ([], "pronoun")
                }
                if role == .object, written.isEmpty, !isNoun, words.dropsSubjects, isPassive(head), !hasWrittenSubject(head) {
                    return ([], "pronoun")
                }
                // "bombed the positions of the rebels": a hostile act's object written as a noun naming no actor is
                // whom it was aimed at; no other actor of the sentence is guessed in its place.
                let aimedObject = role == .object && type.quadClass == .materialConflict && !written.contains(where: phrase.contains)
                // "X and Y agreed to a truce": an event written there is what was done together, not whom it was done with.
                // "Au plan bilatéral, X et Y ont signé…": a complement written before its verb is the clause's setting.
                if role.isWrittenPlace || aimedObject, !written.isEmpty, isSource || isNoun || written.contains(where: { $0 > head }),
                   written.allSatisfy({ isNonActorNoun($0) && (aimedObject || !isTrigger(parsed.tokenOfWord[$0])) }) {
                    noActor = true
                }
            }
            return ([], noActor ? "no actor" : onlyTaken ? Self.onlyTakenRole : "none")
        }
        var (sources, sourceRole) = isNoun ? nounAgents(of: head, isTrigger: isTrigger, readsGenitives: !Self.spokenTypes.contains(type.quadClass)) : ([], "none")
        if sources.isEmpty {
            (sources, sourceRole) = fill(isNoun ? frame.sources.flatMap { $0 == .subject ? Self.nounSubject : [$0] } : frame.sources,
                                         excluding: [], isSource: true)
        }
        var apposedPartners: [Mention] = []
        if isNoun, Self.roleName(sourceRole) == "modifier", let owned = ownedPartners(of: head) {
            // "its allies X and Y", "sus aliados X y Y": the owner's partners are named in apposition; the relation is
            // the owner's with each of them, not theirs with one another.
            (sources, apposedPartners) = (owned.owners, owned.partners)
            sourceRole = "poss (\(parsed.path(from: head, to: owned.word)))"
        }
        if sources.isEmpty, isNoun, let agent = strayAgents(of: head).first, case let agents = resolve([agent]), !agents.isEmpty {
            // "condemns launch of a rocket by X", with "by X" hung on the verb.
            sources = agents
            sourceRole = "by (\(parsed.path(from: head, to: agent)))"
        }
        if sources.isEmpty, isNoun, !frame.sources.contains(.participleAgent),
           case let heads = words(for: .participleAgent, head: head, phrase: phrase, isNoun: true, isTrigger: isTrigger,
                                  complements: prepositionalComplements),
           let first = heads.first, case let agents = resolve(heads), !agents.isEmpty {
            // "similar attacks carried out by X": whoever carried out the act is its author, whatever the row's roles.
            sources = agents
            sourceRole = "agent (\(parsed.path(from: head, to: first)))"
        }
        if sources.isEmpty, isNoun, let owners = sharedOwners(of: head, isTrigger: isTrigger) {
            // "Turkey's moves in the Aegean and threats toward Greece": coordinated nouns share their owner.
            sources = owners.mentions
            sourceRole = "shared owner (\(parsed.path(from: head, to: owners.word)))"
        }
        if sources.isEmpty, isNoun, Self.isOccasionType(type), !hasOwnerNamingNoActor(head), let verb = occasionVerb(of: head) {
            // "Blinken spoke in a meeting with Wang": who speaks at a gathering takes part in it; "in partnership with
            // X, the US imposed…": who acts in a partnership is a partner. "«…», dijo X tras la reunión con Y": who
            // speaks, not the subject of what is quoted.
            let heads = speakerWords(of: verb)
            sources = resolve(heads)
            if let first = heads.first, !sources.isEmpty { sourceRole = "occasion (\(parsed.path(from: head, to: first)))" }
        }
        if sources.isEmpty, isNoun, type == .threaten,
           let clause = parsed.relation(of: head) == .ccomp ? head : parsed.governor(of: head), parsed.relation(of: clause) == .ccomp,
           let reporting = parsed.governor(of: clause), case let speakers = subjectWords(of: reporting), let first = speakers.first,
           case let resolved = resolve(speakers), !resolved.isEmpty {
            // "X said the closure would have serious consequences": a threat whose clause names no actor who makes it
            // is the reporter's.
            sources = resolved
            sourceRole = "reporter (\(parsed.path(from: head, to: first)))"
        }
        if sources.isEmpty, let told = toldDecision(of: head), case let tellers = subjectWords(of: told.verb), let first = tellers.first,
           case let resolved = resolve(tellers), !resolved.isEmpty {
            // "El canciller X ha comunicado a Y la decisión de la ruptura de relaciones": who tells the decision took it.
            sources = resolved
            sourceRole = "told the decision (\(parsed.path(from: head, to: first)))"
        }
        /// "China's support of Russia", "Russia's invasion of Ukraine": once the possessor acts, "of" names the target.
        let ownedTargets = isNoun && ["poss", "modifier", "agent"].contains(Self.roleName(sourceRole))
            ? [ArgumentRole.preposition(words.genitive)] : []
        var (targets, targetRole) = fill(ownedTargets.isEmpty ? frame.targets : frame.targets + ownedTargets, excluding: sources, owners: true)
        if targets.isEmpty, !apposedPartners.isEmpty {
            targets = apposedPartners
            targetRole = "apposed partners"
        }
        if !targets.isEmpty, frame.targets.contains(.inviter), !targetRole.hasPrefix(Self.name(.inviter)) {
            // "a effectué une visite au Turkménistan à l'invitation du président X": the visitor is the inviter's guest
            // as well as the place's.
            let (inviters, _) = fill([.inviter], excluding: sources + targets)
            targets += inviters
        }
        if targets.isEmpty, isNoun, !frame.envoys, let written = complement(rightAfter: range, markedByOneOf: frame.targets),
           case let resolved = resolve([written]).filter({ !sources.contains($0) && !(frame.places && isNamedEnvoy($0)) }), !resolved.isEmpty {
            // "a annoncé la fermeture de la frontière avec le Bénin", with "avec le Bénin" hung on the verb: a complement
            // written right after the trigger, with a preposition of its row, is the trigger's wherever the parser hangs it.
            // The envoy a recall names there ("la llamada a consultas de la embajadora") is the one recalled, not its host.
            targets = resolved
            targetRole = "\(tokens[range.upperBound].folded) (right after)"
        }
        if targets.isEmpty, isNoun, type == .sanction, case let destinations = goodsDestinations(under: head), let first = destinations.first,
           case let resolved = resolve(destinations).filter({ !sources.contains($0) }), !resolved.isEmpty {
            // "la suspensión de las exportaciones de energía hacia X", "a ban on arms sales to X": goods stopped on their
            // way to a state are stopped against it.
            targets = resolved
            targetRole = "destination of the goods (\(parsed.path(from: head, to: first)))"
        }
        if targets.isEmpty, let told = recipientsOfToldDecision(head), case let resolved = told.mentions.filter({ !sources.contains($0) }),
           !resolved.isEmpty {
            // "ha comunicado a X la decisión de la ruptura de relaciones", "informed X of its decision to cut ties".
            targets = resolved
            targetRole = "told the decision (\(parsed.path(from: head, to: told.word)))"
        }
        if targets.isEmpty, isNoun, frame.places, let clause = objectRelative(of: head), case let places = visitedPlaces(in: clause, frame: frame),
           let first = places.first, case let resolved = resolve(places).filter({ !sources.contains($0) }), !resolved.isEmpty {
            // "la visite que X a effectuée au Togo", "the visit X paid to Togo": the clause that tells the visit names its place.
            targets = resolved
            targetRole = "place of the clause (\(parsed.path(from: head, to: first)))"
        }
        if targets.isEmpty, !isNoun, type == .agree, sources.count == 1, let hosts = hostsOfSigning(verb: head, excluding: sources) {
            // "la delegación X firmó acuerdos en Y", "X signed agreements in Y": signed on a state's soil with no partner
            // written, an agreement is signed with the host.
            targets = hosts.mentions
            targetRole = "host of the signing (\(parsed.path(from: head, to: hosts.word)))"
        }
        if targets.isEmpty, frame.places, let place = placeBeforeRelativeAdverb(of: head),
           case let resolved = resolve([place]).filter({ !sources.contains($0) }), !resolved.isEmpty {
            // "is in Lomé, where he starts a state visit", "Accra, donde llegó ayer": the place the clause is relative to.
            targets = resolved
            targetRole = "place of the relative adverb (\(parsed.path(from: head, to: place)))"
        }
        if targets.isEmpty, isNoun, type == .consult, case let fronted = frontedCompany(of: head), let first = fronted.first,
           case let company = resolve(fronted).filter({ !sources.contains($0) }), !company.isEmpty {
            // "Avec X, les discussions ont porté sur…", "With X, the talks focused on…": the company is fronted before
            // the clause the talks are the subject of, and the parser hangs it on the verb.
            targets = company
            targetRole = "\(words.comitative) (\(parsed.path(from: head, to: first)))"
        }
        if targets.isEmpty, isNoun, type.isConflict, case let opposed = opposedActors(of: head).filter({ !sources.contains($0) }),
           !opposed.isEmpty {
            // "the EU's anti-Russian sanctions", "des sanctions anti-russes".
            targets = opposed
            targetRole = "opposed (anti-)"
        }
        if targets.isEmpty, isNoun, type.isConflict, let aimed = aimedActors(of: head, excluding: sources) {
            // "sanctions targeting X", "des sanctions visant l'économie de X", "sanciones que apuntan a X".
            targets = aimed.mentions
            targetRole = "aimed (\(parsed.path(from: head, to: aimed.word)))"
        }
        if targets.isEmpty, isNoun, type == .threaten, let aimed = threatenedActTargets(of: head, isTrigger: isTrigger, excluding: sources) {
            targets = aimed.mentions
            targetRole = "threatened act (\(parsed.path(from: head, to: aimed.word)))"
        }
        if targets.isEmpty, isNoun, Self.isBackingType(type), !sources.isEmpty, let backed = backedActors(of: head, excluding: sources) {
            // "con el apoyo de X": the giver is the genitive, the receiver whoever does the act it backs.
            targets = backed.mentions
            targetRole = "backed (\(parsed.path(from: head, to: backed.word)))"
        }
        if sources.isEmpty, isNoun, !targets.isEmpty, FunctionWords.opposingPrepositions.contains(String(targetRole.prefix { $0 != " " })) {
            // "l'attaque du Bénin contre le Togo", "las sanciones de X contra Y": once a preposition of opposition names
            // the target, the genitive names the author.
            let heads = words(for: .preposition(words.genitive), head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger,
                              complements: prepositionalComplements)
            let owners = resolve(heads).filter { !targets.contains($0) }
            if let first = heads.first, !owners.isEmpty {
                sources = owners
                sourceRole = "\(words.genitive) (\(parsed.path(from: head, to: first)))"
            }
        }
        if sources.isEmpty, isNoun, [.assault, .coerce].contains(type), targetRole.hasPrefix("\(words.genitive) "),
           let scene = sceneOfAttack(head: head, phrase: phrase, isTrigger: isTrigger, complements: prepositionalComplements,
                                     excluding: targets) {
            // "los bombardeos de X, Y y Z en Siria", "the strikes of X in Y": with a state named where the act is done,
            // the genitive names its authors, not its victims.
            sources = targets
            sourceRole = targetRole
            targets = scene.mentions
            targetRole = "scene (\(parsed.path(from: head, to: scene.word)))"
        }
        if sources.isEmpty, isNoun, Self.actsOnEnvoys(type), let origin = envoysOrigin(of: head) ?? postedEnvoys(of: head) {
            // "l'expulsion de ses diplomates de X": the state the envoys are sent out of acts on them, and their owner
            // undergoes it; the genitive, read through the envoys, found the state they leave.
            sources = origin.authors
            sourceRole = "envoys' origin (\(parsed.path(from: head, to: origin.place)))"
            targets = origin.owners
            targetRole = origin.owners.isEmpty ? "none" : "envoys' owner (\(parsed.path(from: head, to: origin.envoy)))"
            // "la retirada del embajador peruano en México": a recall is the act of the envoys' own state, aimed at the
            // state they leave.
            if frame.places {
                (sources, targets) = (targets, sources)
                (sourceRole, targetRole) = (targetRole, "envoys' posting (\(parsed.path(from: head, to: origin.place)))")
            }
        }
        if isNoun, !sources.isEmpty, let joined = joiners(of: head, excluding: sources + targets) {
            sources += joined.mentions
            sourceRole += ", joined by (\(parsed.path(from: head, to: joined.word)))"
        }
        var joint = false
        if isNoun, case let heads = participantWords(of: head), let first = heads.first {
            let written = resolve(heads)
            if !sources.isEmpty, sources.allSatisfy(written.contains) {
                // "Iran held drills in which X took part": the clause's subject, read as the noun's, takes part; the
                // author is the subject of the verb that governs the noun.
                let verb = parsed.relation(of: head) == .obj ? parsed.governor(of: head) : nil
                sources = verb.map { resolve(subjectWords(of: $0)).filter { !written.contains($0) } } ?? []
                if let verb, let subject = subjectWords(of: verb).first { sourceRole = "subject (\(parsed.path(from: head, to: subject)))" }
            }
            let participants = written.filter { !sources.contains($0) && !targets.contains($0) }
            // "Iran will hold drills in which X and Y take part": those who take part are the author's partners, and
            // each other's when no author is written.
            if sources.isEmpty { sources = participants } else { targets += participants }
            targetRole = "participants (\(parsed.path(from: head, to: first)))"
            joint = !participants.isEmpty
        }
        // "Thebault, the recalled French ambassador to Australia": an envoy is what the act befalls, not a relational
        // noun whose holder acts.
        if isNoun, !isEnvoy(head), let holder = holderWords(of: head, considered: type.isSymmetric, setOff: frame.places) {
            // "Denmark is an ally of the United States", "Japan, China's main partner": the relational noun says what
            // its holder is to the actors its complements name.
            let holders = resolve(holder)
            var others = (sources + targets).filter { !holders.contains($0) }
            // "India considers Chile a partner": the one who considers is whom the holder is a partner to.
            if others.isEmpty, type.isSymmetric, let verb = consideringVerb(of: head) { others = resolve(subjectWords(of: verb)).filter { !holders.contains($0) } }
            // "France and Germany are close allies": with no complement, the holders are each other's.
            if !holders.isEmpty, !others.isEmpty || (type.isSymmetric && holders.count > 1), let first = holder.first {
                (sources, targets) = (holders, others)
                sourceRole = "holder (\(parsed.path(from: head, to: first)))"
                targetRole = others.isEmpty ? "none" : "complement"
            }
        }
        if isNoun, Self.isNamedAfterPlaces(type) {
            // "l'accord de Niamey", "the Minsk agreements", "la conférence de Berlin": a capital naming an agreement or
            // a gathering says where it was made, not who made it.
            sources.removeAll { isPlaceNaming($0, head: head) }
            targets.removeAll { isPlaceNaming($0, head: head) }
        }
        if isNoun, type == .consult, words.forumNouns.contains(tokens[parsed.tokenOfWord[head]]),
           (sources + targets).allSatisfy({ isForumNaming($0, head: head) }) {
            // "the UN meeting last week", "le sommet de l'UA": an organization naming a gathering, with no one else
            // written, is its forum, not a party to talks with whoever attends. "An EU summit with China" is the EU's.
            sources = []
            targets = []
        }
        if isNoun, type == .consult, isPressInterview(head) {
            // "en una entrevista con X para CNN": an interview given for an outlet relates no one.
            sources = []
            targets = []
        }
        // "Japan and India held naval drills": a show of force by several states, aimed at no one written, is done together.
        if isNoun, type == .mobilize, targets.isEmpty, Set(sources.flatMap(\.refs)).count >= 2 { joint = true }
        // "des combats ont opposé l'armée X à l'armée Y", "los combates enfrentaron a X con Y": a fight that is the subject
        // of a verb of pitting is fought between the sides the verb names.
        if isNoun, type.quadClass == .materialConflict, sources.isEmpty, targets.isEmpty, case let sides = pittedSides(by: head, type: type),
           sides.partyCount >= 2 {
            sources = sides
            joint = true
        }
        // "The summit brought together X, Y and Z", "la cumbre reunió a X y Y": a gathering that is the subject of a verb
        // of meeting has those it gathers meet one another.
        if !isNoun, type == .consult, sources.isEmpty, targets.partyCount >= 2, isGatheredByEvent(head, isTrigger: isTrigger) {
            sources = targets
            targets = []
            joint = true
        }
        found.sources = sources
        found.targets = targets
        found.joint = joint
        if joint, targets.isEmpty, sources.partyCount >= 2 { found.mutual = true }
        // "se sont rencontrés à Pékin": where it happened is no party, and leaves the subjects each other's.
        if !frame.places { found.targets.removeAll { isVenue($0, type: type) } }
        found.sourceIsNoActor = sourceRole == "no actor"
        found.targetIsNoActor = targetRole == "no actor"
        found.targetIsSource = targetRole == Self.onlyTakenRole
        found.targetIsGenitive = isNoun && targetRole.hasPrefix("\(words.genitive) ")
        found.targetIsComitative = isNoun && targetRole.hasPrefix("\(words.comitative) ") && parsed.relation(of: head) != .obj
        if isNoun, type == .consult, !found.sources.isEmpty, found.targets.partyCount >= 2, isMultilateral(head) {
            // "held a tripartite summit with X and Y": the three meet one another.
            found.sources += found.targets
            found.targets = []
            found.mutual = true
        } else if targetRole.hasPrefix("between") {
            // "Egypt mediated between Sudan and Chad", "hosted talks between…": the subject of a verb meets both
            // parties; "a dialogue between X and Y" only relates X and Y.
            // "X and Y lead a mediation between…" (a frame of actors acting `together`): the mediators meet both.
            if found.sources.isEmpty || type != .consult || (isNoun && !frame.together) {
                let heads = words(for: .between, head: head, phrase: phrase, isNoun: isNoun, isTrigger: isTrigger,
                                  complements: prepositionalComplements)
                if let group = groupSide(under: heads, among: found.targets) {
                    // "talks between Iran and the six powers — X, Y, Z": the members of a group are one party together.
                    found.sources = found.targets.filter { !group.contains($0) }
                    found.targets = group
                    sourceRole = targetRole
                } else {
                    found.sources = found.targets
                    found.targets = []
                    found.mutual = true
                }
            }
        } else if found.targets.isEmpty, frame.mutual || type.isSymmetric || (!isNoun && isReciprocal(head)), !frame.together,
                  found.sources.partyCount >= 2, !found.targetIsNoActor, !(frame.places && type == .consult) {
            // "X and Y met": each other; "X and Y spoke to reporters": not. "X and Y accused each other": both ways.
            // "X and Y arrived in the country": those who travel together visit a place, not each other.
            found.mutual = true
        } else if found.targets.isEmpty, frame.together, type == .agree, !isNoun, found.sources.partyCount == 2, !found.targetIsNoActor,
                  !promisesEvent(head, isTrigger: isTrigger) {
            // "Seúl y Pyongyang se comprometieron a trabajar por…", "X and Y pledged to work for peace": a promise two
            // parties make together, and to no one else, is made to each other. One of an event ("pledged to send aid") is
            // that event's; three or more that pledge ("X, Y and Z pledged to send police") each pledge their own.
            found.mutual = true
        } else if !isNoun, !frame.together, found.sources.partyCount >= 2, isReciprocal(head) || (found.targets.isEmpty && isDistributive(head)) {
            // "les deux pays ont bombardé mutuellement leurs bases": done to each other, whatever the possessive of the
            // object resolves to, and whatever noun it owns.
            found.targets = []
            found.targetIsNoActor = false
            found.mutual = true
        }
        if found.sources.isEmpty && !isNoun && !isPassive(head) { found.subjectUnwritten = subjectIsUnwritten(head) }
        if sourceRole == "pronoun" { found.subjectUnwritten = true }
        // "He also announced new sanctions": the pronoun subject of an event noun's support verb is the noun's author.
        let pronounSubjects = sourceRole != "pronoun" ? [] : isNoun ? supportVerbSubject(of: head, isTrigger: isTrigger) : subjectWords(of: head)
        found.subjectIsPronoun = (!pronounSubjects.isEmpty
                && (!isNoun || pronounSubjects.allSatisfy { isPersonalPronoun($0) || isItineraryNoun($0) }))
            || (isNoun && sourceRole == "none" && hasDroppedSupportSubject(head, isTrigger: isTrigger))
        found.subjectIsSingularPronoun = found.subjectIsPronoun
            && pronounSubjects.contains { words.singularPronouns.contains(tokens[parsed.tokenOfWord[$0]]) }
        found.subjectIsPersonPronoun = found.subjectIsPronoun
            && pronounSubjects.contains { words.personPronouns.contains(tokens[parsed.tokenOfWord[$0]]) }
        found.subjectIsThingPronoun = found.subjectIsPronoun
            && pronounSubjects.contains { words.thingPronouns.contains(tokens[parsed.tokenOfWord[$0]]) }
        found.subjectIsSpeakerPronoun = found.sources.isEmpty && !isNoun
            && subjectWords(of: head).contains { words.speakerPronouns.contains(tokens[parsed.tokenOfWord[$0]]) }
        found.subjectIsOwnedStateBody = found.subjectIsPronoun && !pronounSubjects.isEmpty
            && pronounSubjects.allSatisfy(isStateBodyNoun)
        if targetRole == "pronoun" {
            found.objectUnwritten = true
            let objects = isNoun ? [] : parsed.dependents(of: head, [.obj, .iobj])
            found.objectIsPluralPronoun = objects.contains { isWord($0, in: words.pluralObjectPronouns) }
            found.objectIsThingPronoun = objects.contains { isWord($0, in: words.thingPronouns) }
        }
        found.passive = !isNoun && isPassive(head)
        found.passiveMainVerb = found.passive && parsed.governor(of: head) == nil
        var sourceName = sourceRole
        // "la agresión de Uganda", "l'ingérence de Paris": a noun of an act whose genitive is its doer, not whom it befalls
        // (unlike "la invasión de Somalia"), with no author of its own written, has the genitive for author.
        if isNoun, found.sources.isEmpty, found.targetIsGenitive, words.authorGenitiveNouns.contains(tokens[parsed.tokenOfWord[head]]) {
            found.sources = found.targets
            found.targets = []
            sourceName = targetRole
            targetRole = "none"
            found.targetIsGenitive = false
        }
        if isNoun, undergoes(head), let verb = parsed.governor(of: head) {
            // "Iran faces US sanctions": the noun's own source stays; the verb's subject is the target, not the source.
            let readOnTheVerb = ["subject", "occasion"].contains(sourceRole.prefix { $0 != " " })
            if readOnTheVerb { found.sources = []; sourceName = "none" }
            if found.sources.isEmpty, found.targetIsGenitive {
                // "Colombia sufrió un ataque de Venezuela": with the victim the verb's subject, the genitive that was read
                // as the target is the author.
                found.sources = found.targets
                sourceName = targetRole
            }
            found.targets = resolve(undergoer(of: verb)).filter { target in !found.sources.contains(target) }
            targetRole = "undergoer"
            // "Recibió el apoyo de X" with the subject unwritten: the one who undergoes it is the discourse's.
            if found.targets.isEmpty, !found.sources.isEmpty, subjectIsUnwritten(verb) { found.objectUnwritten = true }
        }
        // Written in one interpolation: no string of the sides is made to be joined to the mark of a mutual event.
        found.rule = found.mutual ? "source \(sourceName), target \(targetRole), mutual" : "source \(sourceName), target \(targetRole)"
        return found
    }

    /// The owner written on the noun an event noun is coordinated with: its possessor or its genitive complement.
    private func sharedOwners(of noun: Int, isTrigger: (Int) -> Bool) -> (mentions: [Mention], word: Int)? {
        guard parsed.relation(of: noun) == .conj, let first = parsed.governor(of: noun), first < noun,
              parsed.tag(of: first) == .noun, mentionOfWord[first] == nil else { return nil }
        // An event noun's genitive is what it is aimed at ("the invasion of X"), not its owner.
        let possessors = possessorWords(of: first)
        let owners = !possessors.isEmpty || isTrigger(parsed.tokenOfWord[first]) ? possessors : parsed.dependents(of: first).filter { child in
            parsed.relation(of: child) == .nmod && mentionOfWord[child] != nil && markers(of: child).contains(words.genitive)
        }
        // The owner's own mention only: a list the surface joins it to ("X, as well as China's moves") is not the owner.
        let named = owners.compactMap { mentionOfWord[$0] }.map { mentions[$0] }
        guard let word = owners.first, !named.isEmpty else { return nil }
        return (named, word)
    }

    /// The members of a group noun among the parties under "between" ("the six powers — X, Y, Z"), when the other
    /// parties are named apart from it; nil when every party is named on its own.
    private func groupSide(under heads: [Int], among parties: [Mention]) -> [Mention]? {
        for word in heads.flatMap({ [$0] + conjuncts(of: $0) }) where mentionOfWord[word] == nil && parsed.tag(of: word) == .noun {
            let members = resolve([word]).filter(parties.contains)
            if members.count >= 2, members.count < parties.count { return members }
        }
        return nil
    }

    /// "refused the independence of Kosovo", "a expulsé plus de 40 diplomates russes", "condenó el ensayo realizado
    /// por X": a target that names no actor stands for the actor it belongs to, its possessor, its genitive
    /// complement or the agent of a participle describing it. An event noun does not: "the
    /// invasion of Ukraine" is aimed at Ukraine, and the trigger of that noun reads it.
    /// - Parameter namedByCompounds: a name written as the thing's compound owns it too ("closed the NATO base"); only
    ///   for an object, the verb's or its clause's ("threatened to close a US base"), since a thing after a
    ///   preposition is most often a place ("moved troops to a US base").
    func ownerWords(of heads: [Int], isTrigger: (Int) -> Bool, namedByCompounds: Bool = false) -> [Int] {
        heads.flatMap { word -> [Int] in
            // "hosting an opponent of the junta": an opponent is no one's own.
            guard mentionOfWord[word] == nil, Self.ownedTags.contains(parsed.tag(of: word)),
                  !isTrigger(parsed.tokenOfWord[word]), !words.opposingNouns.contains(tokens[parsed.tokenOfWord[word]]) else { return [] }
            // "la expulsión de sus diplomáticos": a possessive determiner owns as "its" does.
            let owners = parsed.dependents(of: word).filter { child in
                isGenitiveOwner(child)
                    || (parsed.relation(of: child) == .det && words.possessives.contains(tokens[parsed.tokenOfWord[child]]))
                    || (namedByCompounds && isNameCompound(child)) || isDemonymOnThing(child) || isAgentPhrase(child)
            } + genitivesOnEpithets(of: word)
            // "condemned the test carried out by X", "thanked them for the aid X has provided": who made the thing owns it.
            let made = participles(of: word).flatMap { agentWords(of: $0) } + (objectRelative(of: word).map { subjectWords(of: $0) } ?? [])
            let own = (owners.isEmpty ? made : owners) + placeHolders(of: word) + strayAgents(of: word)
            let found = own.isEmpty ? sharedOwnerWords(of: word) : own
            // "blocked the adoption of a resolution drafted by X": a thing owned by a thing is its owner's.
            return found + found.filter { mentionOfWord[$0] == nil && parsed.tag(of: $0) == .noun && !isTrigger(parsed.tokenOfWord[$0]) }
                .flatMap { owned in
                    parsed.dependents(of: owned).filter { parsed.label(of: $0).isSubtype("poss", of: .nmod) } + participles(of: owned).flatMap { agentWords(of: $0) }
                }
        }
    }

    /// The states an "anti-" word qualifying the noun `head` opposes: "anti-Russian sanctions".
    func opposedActors(of head: Int) -> [Mention] {
        mentions.filter { mention in
            mention.compound == .opposes && parsed.words(of: mention.range).contains { parsed.governor(of: $0) == head }
        }
    }

    /// "bombed the town of X, located in the south of Y", "la ville de X, située dans le sud-ouest du Y": where a
    /// participle of location says a place lies, the words of that location, whose state holds the place.
    /// The participle may hang from the verb whose object the place is, as an adverbial clause written after it.
    private func placeHolders(of place: Int) -> [Int] {
        let beside = parsed.governor(of: place).map { verb in
            parsed.dependents(of: verb, [.advcl]).filter { $0 > place }
        } ?? []
        return (participles(of: place) + beside).filter { words.locatedParticiples.contains(tokens[parsed.tokenOfWord[$0]]) }
            .flatMap { parsed.dependents(of: $0, [.obl]) }
            + origins(of: place)
    }

    /// "goods from X", "les produits provenant du X", "los productos procedentes de X": the words of the state goods
    /// come from, which owns them.
    private func origins(of goods: Int) -> [Int] {
        guard words.goodsNouns.contains(tokens[parsed.tokenOfWord[goods]]) else { return [] }
        let marked = parsed.dependents(of: goods, [.nmod]).filter { markers(of: $0).contains(where: words.originPrepositions.contains) }
        // The participle may be tagged an adjective ("procedentes").
        let participial = parsed.dependents(of: goods, [.acl, .amod]).filter { words.originParticiples.contains(tokens[parsed.tokenOfWord[$0]]) }
            .flatMap { parsed.dependents(of: $0, [.obl, .nmod]) }
        return marked + participial
    }

    /// The complements of a clause that tells a visit, after a preposition the visit's row reads its place with.
    private func visitedPlaces(in clause: Int, frame: ArgumentFrame) -> [Int] {
        let prepositions = frame.targets.compactMap(\.preposition)
        return parsed.dependents(of: clause, [.obl]).filter { markers(of: $0).contains(where: prepositions.contains) }
    }

    /// The words of the states goods a noun governs go to: "(suspension) of exports to X", "(prohibición) de la venta de
    /// armas a X".
    private func goodsDestinations(under noun: Int) -> [Int] {
        parsed.dependents(of: noun, [.nmod]).filter { words.goodsNouns.contains(tokens[parsed.tokenOfWord[$0]]) }.flatMap { goods in
            parsed.dependents(of: goods, [.nmod]).filter { markers(of: $0).contains(where: words.destinationPrepositions.contains) }
        }
    }

    private func isCircumstance(_ word: Int) -> Bool {
        words.circumstanceNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    private func isMultilateral(_ noun: Int) -> Bool {
        parsed.dependents(of: noun, [.amod, .compound]).contains { words.multilateralAdjectives.contains(tokens[parsed.tokenOfWord[$0]]) }
    }

    private func isMannerNoun(_ word: Int) -> Bool {
        words.mannerNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    /// "agradeció la profesionalidad y el compromiso de X": the owner written on the last of coordinated things owns
    /// the first too.
    private func sharedOwnerWords(of word: Int) -> [Int] {
        parsed.dependents(of: word, [.conj]).filter { mentionOfWord[$0] == nil && parsed.tag(of: $0) == .noun }.flatMap { conjunct in
            parsed.dependents(of: conjunct).filter(isGenitiveOwner)
        }
    }

    /// "after the pope's visit to X", "après la visite du pape": a gathering whose own participant is written,
    /// and is no actor, is not attended by the subject of the clause it dates.
    private func hasOwnerNamingNoActor(_ noun: Int) -> Bool {
        parsed.dependents(of: noun).contains { owner in
            mentionOfWord[owner] == nil && (parsed.label(of: owner).isSubtype("poss", of: .nmod)
                ? [.noun, .propn].contains(parsed.tag(of: owner))
                : parsed.tag(of: owner) == .propn && isGenitiveOwner(owner))
        }
    }

    /// "les provocations répétées du X", "las incursiones reiteradas de X": a participle written right after the thing, as
    /// an epithet, takes the thing's genitive in the parse; the actor named there owns the thing.
    private func genitivesOnEpithets(of thing: Int) -> [Int] {
        participles(of: thing).filter { $0 == thing + 1 }.flatMap { epithet in
            parsed.dependents(of: epithet).filter { isGenitiveOwner($0) && mentionOfWord[$0] != nil }
        }
    }

    /// The sides a verb of pitting (`pittingVerbs`) names when an event noun is its subject: its object and the
    /// complements and conjuncts written after it, places aside.
    private func pittedSides(by noun: Int, type: EventType) -> [Mention] {
        guard parsed.relation(of: noun) == .nsubj, let verb = parsed.governor(of: noun),
              words.pittingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return [] }
        let written = parsed.dependents(of: verb, [.obj, .obl, .conj]).filter { $0 > verb }
        return resolve(written + written.flatMap { parsed.dependents(of: $0, [.conj]) }).filter { !isVenue($0, type: type) }
    }

    /// A seat written after a preposition of place, where something happens; not one the parser reads as an argument
    /// of a verb of blame or demand ("reproche à Lomé son soutien", `obl:arg`), which stands for its government. A
    /// meeting or a signing "à Lomé" takes place there, whatever the label.
    private func isVenue(_ mention: Mention, type: EventType) -> Bool {
        guard mention.form == .seat, mention.isLocative else { return false }
        guard Self.addressedTypes.contains(type), let word = parsed.head(of: parsed.words(of: mention.range)) else { return true }
        if parsed.label(of: word).isSubtype("arg", of: .obl) { return false }
        // "a demandé à Lomé de garantir…", "pidió a Accra que…": a seat written before the act asked of it is whom it
        // is asked of, however the parser labels it.
        guard let verb = parsed.governor(of: word) else { return true }
        return !parsed.dependents(of: verb).contains { $0 > word && [.xcomp, .ccomp].contains(parsed.relation(of: $0)) }
    }

    private static let addressedTypes: Set<EventType> = [.accuse, .request, .threaten, .reject]

    /// A possessor ("X's") or a genitive complement ("de X") of a thing: its owner.
    func isGenitiveOwner(_ child: Int) -> Bool {
        parsed.label(of: child).isSubtype("poss", of: .nmod)
            || (Self.ownerRelations.contains(parsed.relation(of: child)) && markers(of: child).contains(words.genitive))
    }

    /// "rejected the statement by X", "dismissed remarks by X": a thing's agent phrase names who made it, and so owns it.
    private func isAgentPhrase(_ word: Int) -> Bool {
        parsed.relation(of: word) == .nmod && markers(of: word).contains(where: words.nounAgentMarkers.contains)
    }

    /// "tariffs on Chinese steel", "sanctions on Russian banks": a state's demonym on a thing owns it, whether the
    /// parser read it as an adjective or as a compound.
    private func isDemonymOnThing(_ word: Int) -> Bool {
        // "une initiative émiratie" with the demonym tagged a participle, heading a clause with nothing before it.
        let isTakenForParticiple = parsed.relation(of: word) == .acl && parsed.dependents(of: word).allSatisfy { $0 > word }
        guard [.amod, .compound].contains(parsed.relation(of: word)) || isTakenForParticiple, let mention = mentionOfWord[word] else { return false }
        return mentions[mention].form == .demonym
    }

    /// "threatened closure of the NATO base", "the US embassy": a state's or an organization's name written before a
    /// thing as its compound owns it, as its demonym would ("the American base"). A place's name does not: "the
    /// Geneva office" is where the thing is.
    private func isNameCompound(_ word: Int) -> Bool {
        guard parsed.relation(of: word) == .compound, let mention = mentionOfWord[word] else { return false }
        return mentions[mention].form == .name
    }

    /// "la condamnation de l'Iran par la France", "the seizure of the tanker by Iran", "la expulsión de X por parte de
    /// Y" (`partAgents`): an agent phrase on an event noun names its author, whatever actor its genitive names before it; the
    /// genitive is then the target, as after a possessor. The parser may hang the agent on that genitive ("the seizure
    /// of the tanker by Iran"), which takes none unless it is an event itself.
    /// - Parameter readsGenitives: whether an agent phrase on the noun's genitive is the noun's ("the launch of a missile
    ///   by X"). Not for words spoken: "allegations of discrimination by X" charge X with the act the genitive names.
    private func nounAgents(of noun: Int, isTrigger: (Int) -> Bool, readsGenitives: Bool) -> ([Mention], String) {
        let parts = partAgents(of: noun)
        let agents = resolve(parts)
        if let first = parts.first, !agents.isEmpty { return (agents, "agent (\(parsed.path(from: noun, to: first)))") }
        // The agent phrases on the noun, then those on its genitives, each tried alone: read in place, with no list of
        // them built, as most event nouns have none.
        for complement in parsed.dependents(of: noun) where Self.ownerRelations.contains(parsed.relation(of: complement)) {
            if let found = agent(complement, of: noun) { return found }
        }
        for complement in parsed.dependents(of: noun) where readsGenitives && parsed.relation(of: complement) == .nmod
            && markers(of: complement).contains(words.genitive) && !isTrigger(parsed.tokenOfWord[complement]) {
            for phrase in parsed.dependents(of: complement) where parsed.relation(of: phrase) == .nmod {
                if let found = agent(phrase, of: noun) { return found }
            }
        }
        return ([], "none")
    }

    /// The actors an agent phrase on an event noun names, with the rule that reached them; nil for a phrase that is no
    /// agent phrase or names no actor.
    private func agent(_ phrase: Int, of noun: Int) -> ([Mention], String)? {
        guard markers(of: phrase).contains(where: words.nounAgentMarkers.contains) else { return nil }
        let agents = resolve([phrase])
        return agents.isEmpty ? nil : (agents, "agent (\(parsed.path(from: noun, to: phrase)))")
    }

    /// "condemns launch of a missile by X" with "by X" hung on the verb: an active verb with a subject has no agent, so
    /// the agent is its object's.
    private func strayAgents(of object: Int) -> [Int] {
        let relation = parsed.relation(of: object)
        guard relation == .obj || relation == .obl, let verb = parsed.governor(of: object), !isPassive(verb),
              parsed.dependents(of: verb).contains(where: { Self.subjectRelations.contains(parsed.relation(of: $0)) }) else { return [] }
        // "Cuba enfrenta un embargo por parte de X" with "por parte de X" hung on the verb; "protestó contra la
        // expulsión… por parte de X" too, where a bare "por" on the verb would rather give a cause.
        let parts = partAgents(of: verb)
        guard parts.isEmpty, relation == .obj else { return parts }
        return parsed.dependents(of: verb).filter { child in
            parsed.relation(of: child) == .obl && markers(of: child).contains { words.passiveAgents.contains($0) }
        }
    }

    /// "condemned the coup in X", "su condena a la ruptura del orden democrático acaecida en X": a thing judged that is
    /// no event of the lexicon, no one who acts ("su embajador en X") and names no actor happened in the state written
    /// after a preposition of place under it
    /// (on the thing, on its complement, or on a participle on it), which the judgement charges. Empty when no such
    /// state, or several, are written.
    func sceneOfJudgedThing(_ range: Range<Int>, isTrigger: (Int) -> Bool) -> [Mention] {
        guard headWord(of: range) != nil else { return [] }
        // "expressed concern about human rights in X": the thing may hang on any word of the trigger's phrase.
        let phrase = Array(parsed.words(of: range))
        let things = phrase.flatMap { parsed.dependents(of: $0) }.filter { thing in
            !phrase.contains(thing)
                && [.obj, .nmod, .obl].contains(parsed.relation(of: thing)) && parsed.isNominal(thing) && mentionOfWord[thing] == nil
                && !isTrigger(parsed.tokenOfWord[thing]) && !words.agentNouns.contains(tokens[parsed.tokenOfWord[thing]])
        }
        for thing in things {
            let under = parsed.dependents(of: thing).filter { [.nmod, .acl].contains(parsed.relation(of: $0)) }
            let candidates = under + under.flatMap { parsed.dependents(of: $0).filter { [.nmod, .obl].contains(parsed.relation(of: $0)) } }
            let places = candidates.filter { markers(of: $0).contains(where: words.scenePrepositions.contains) }
            // "a condamné le coup d'État au Niger": a state's name after "au" says where.
            let statePlaces = candidates.filter { place in
                mentionOfWord[place].map { mentions[$0].form == .name } ?? false
                    && markers(of: place).contains(where: words.stateScenePrepositions.contains)
            }
            let states = resolve(places + statePlaces).filter { $0.refs.allSatisfy { $0.stateCode != nil } }
            if Set(states.flatMap(\.refs)).count == 1 { return states }
        }
        return []
    }

    /// The states named after the language's prepositions of place on an attack noun ("en Siria"), when they are not
    /// among `excluded`.
    private func sceneOfAttack(head: Int, phrase: [Int], isTrigger: (Int) -> Bool,
                               complements: () -> PrepositionalComplements, excluding excluded: [Mention]) -> (mentions: [Mention], word: Int)? {
        for preposition in words.scenePrepositions.words {
            let heads = words(for: .preposition(preposition), head: head, phrase: phrase, isNoun: true, isTrigger: isTrigger,
                              complements: complements)
            let states = resolve(heads).filter { mention in
                !excluded.contains(mention) && mention.refs.allSatisfy { $0.stateCode != nil }
            }
            if let first = heads.first, !states.isEmpty { return (states, first) }
        }
        return nil
    }

    /// The states a verb's complements name as where it happens ("en Y", "in Y", "au Y"), down its objects and obliques
    /// to `betweenDepth` nouns: "firmó acuerdos de cooperación en diversas áreas en Y y Z". A state's name only: a city
    /// is where a signing is held, not whom with.
    private func hostsOfSigning(verb: Int, excluding excluded: [Mention]) -> (mentions: [Mention], word: Int)? {
        var level = [verb]
        for _ in 0..<Self.betweenDepth where !level.isEmpty {
            level = level.flatMap { parsed.dependents(of: $0, [.obl, .obj, .nmod]) }
            for word in level {
                guard let mention = mentionOfWord[word], isHostState(mentions[mention]) else { continue }
                let hosts = ([word] + conjuncts(of: word)).compactMap { mentionOfWord[$0] }.map { mentions[$0] }
                    .filter { isHostState($0) && !excluded.contains($0) }
                if !hosts.isEmpty { return (hosts, word) }
            }
            level = level.filter { mentionOfWord[$0] == nil && parsed.tag(of: $0) == .noun }
        }
        return nil
    }

    /// The verb of telling (`informingVerbs`) whose object or complement is the noun of decision the act at `head`
    /// completes: its subject decided the act, and its other complements are whom it is told to.
    private func toldDecision(of head: Int) -> (verb: Int, decision: Int)? {
        guard let decision = parsed.governor(of: head), words.decisionNouns.contains(tokens[parsed.tokenOfWord[decision]]),
              let verb = parsed.governor(of: decision), parsed.tag(of: verb) == .verb,
              words.informingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return nil }
        return (verb, decision)
    }

    /// Whom the act at `head` is told to as a decision (`toldDecision`).
    private func recipientsOfToldDecision(_ head: Int) -> (mentions: [Mention], word: Int)? {
        guard let told = toldDecision(of: head) else { return nil }
        let recipients = parsed.dependents(of: told.verb, [.obj, .iobj, .obl]).filter { $0 != told.decision && mentionOfWord[$0] != nil }
        guard let first = recipients.first, case let resolved = resolve(recipients), !resolved.isEmpty else { return nil }
        return (resolved, first)
    }

    /// The place named right before the relative adverb of place that opens the clause of `head` (a visit verb, or the
    /// visit noun its verb takes): "Lomé, Togo, where he starts a state visit", whatever the parser hung the clause on.
    func placeBeforeRelativeAdverb(of head: Int) -> Int? {
        guard let verb = parsed.tag(of: head) == .verb ? head : parsed.governor(of: head), parsed.tag(of: verb) == .verb,
              let adverb = parsed.dependents(of: verb).first(where: { $0 < verb && words.placeRelatives.contains(tokens[parsed.tokenOfWord[$0]]) })
        else { return nil }
        var place = adverb - 1
        if place >= 0, parsed.tag(of: place) == .punct { place -= 1 }
        guard place >= 0, let mention = mentionOfWord[place], !mentions[mention].refs.isEmpty,
              mentions[mention].refs.allSatisfy({ $0.stateCode != nil }) else { return nil }
        return place
    }

    private func isHostState(_ mention: Mention) -> Bool {
        mention.isLocative && mention.form == .name && !mention.refs.isEmpty && mention.refs.allSatisfy { $0.stateCode != nil }
    }

    /// "Avec X, les discussions ont porté sur…": the complements of company written before a subject noun, on its verb.
    private func frontedCompany(of noun: Int) -> [Int] {
        guard parsed.relation(of: noun) == .nsubj, let verb = parsed.governor(of: noun) else { return [] }
        return parsed.dependents(of: verb).filter { child in
            child < noun && [.obl, .nmod].contains(parsed.relation(of: child)) && markers(of: child).contains(words.comitative)
        }
    }

    /// How `--explain` names a role written with only the other role's actors.
    static let onlyTakenRole = "only its source"

    /// Whether a mention names someone not already taken by the other role. "The two countries" the sources themselves
    /// would be stays when the discourse offers another pair ("X and Y pushed the two warring countries…").
    private static func isFree(_ mention: Mention, taken: [ActorRef]) -> Bool {
        !mention.refs.allSatisfy(taken.contains) || (!mention.alternativeRefs.isEmpty && !mention.alternativeRefs.allSatisfy(taken.contains))
    }

    /// Words that may belong to an actor: things, and the quantities before them ("plus de", "dozens of").
    private static let ownedTags: Set<PartOfSpeech> = [.noun, .adv, .num, .pron]
    /// How many things deep an owner is looked for: "le projet de proclamation d'indépendance du Kosovo" is three.
    static let ownerDepth = 3
    private static let ownerRelations: DependencyRelations = [.nmod, .obl]

    /// A common noun that names no actor, itself or through what stands in for it ("the coalition", "the town").
    private func isNonActorNoun(_ word: Int) -> Bool {
        parsed.tag(of: word) == .noun && mentionOfWord[word] == nil && antecedent(of: word) == nil
    }

    /// For an event noun, "subject" is the actor the noun phrase itself names, else the support verb's subject.
    /// "by" and "par" name the agent of an event noun ("l'invasion de l'Ukraine par les forces russes"); Spanish "por"
    /// after a noun more often gives a cause ("sanciones por la crisis") and is left out.
    private static let nounSubject: [ArgumentRole] = [.modifier, .possessor, .participleAgent, .preposition("by"),
                                                      .preposition("par"), .preposition("from"), .subject]

    /// Event nouns whose occasion makes the clause's subject a party: gatherings and partnerships.
    static func isOccasionType(_ type: EventType) -> Bool {
        switch type {
        case .consult, .cooperate: true
        default: false
        }
    }

    /// The name of the role a rule says filled a side, before the path written after it: "poss" in "poss (nmod:poss)".
    /// Cut at the first space's byte: the names and paths are plain words, and walking them Character by Character
    /// cost more than the comparison.
    private static func roleName(_ rule: String) -> Substring {
        rule.utf8.firstIndex(of: UInt8(ascii: " ")).map { rule[..<$0] } ?? rule[...]
    }

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
        case .participleAgent: "agent"
        case .condition: "condition"
        case .host: "host"
        case .inviter: "invitation"
        case .purposeObject: "purpose-object"
        case .purposeClauseObject: "purpose-clause-object"
        case .preposition(let word): word
        case .clausePreposition(let word): ArgumentRole.clausePrefix + word
        }
    }
}
