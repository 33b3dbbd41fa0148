/// Where each role of a frame stands in the tree: the words that fill it, before they are resolved to actors.
///
/// Voice, shared subjects (coordination, control, adverbial, relative and participial clauses), support verbs,
/// prepositional complements the parser hung on the object or the support verb, and quote attributions are
/// decided here.
extension TreeArguments {
    /// - Parameter complements: the trigger's prepositional complements (`prepositionalComplements`), asked only for
    ///   a role that a preposition introduces.
    func words(for role: ArgumentRole, head: Int, phrase: [Int], isNoun: Bool, isTrigger: (Int) -> Bool,
               complements: () -> PrepositionalComplements) -> [Int] {
        switch role {
        case .subject:
            if isNoun { return supportVerbSubject(of: head, isTrigger: isTrigger) }
            let own = isQuoteAttribution(head) ? objectWords(of: head) : subjectWords(of: head)
            // "fue declarado persona non grata por X": a passive phrase's agent may hang on another of its words.
            guard own.isEmpty, isPassive(head) else { return own }
            let hung = phrase.filter { $0 != head }.flatMap { parsed.dependents(of: $0).filter(isAgentPhrase) }
            return hung.isEmpty ? agentsHungBelow(head) : hung
        case .object:
            if isNoun || isQuoteAttribution(head) { return [] }
            // "a qualifié d'inacceptables les propos de X": the object may hang on another word of the phrase, also as
            // a subject or an apposition after it ("calificó de «inadmisible» la actuación de X"): the phrase's
            // subject is its head's.
            // "brought together X and Y" with the particle read as the object: a word of the phrase is none, but for a
            // pronoun written onto the verb ("acusándolos").
            var own = objectWords(of: head)
            if !own.isEmpty, own.allSatisfy({ phrase.contains($0) && !Self.nominalTags.contains(parsed.tag(of: $0)) && parsed.tag(of: $0) != .pron }) {
                own = parsed.dependents(of: head).filter { child in
                    child > head && !Self.subjectRelations.contains(parsed.relation(of: child)) && mentionOfWord[child] != nil
                        && markers(of: child).isEmpty && !phrase.contains(child)
                }
            }
            if let last = own.max(), !isPassive(head), own.allSatisfy({ mentionOfWord[$0] == nil && resolve([$0]).isEmpty }) {
                own += namesApposedAfterObject(of: head, after: last)
            }
            return own.isEmpty ? phrase.filter { $0 != head }.flatMap { word in
                parsed.dependents(of: word).filter { child in
                    (parsed.relation(of: child) == .obj || (Self.objectAfterPhraseWord.contains(parsed.relation(of: child)) && child > word)
                        || isUnmarkedComplement(child, after: word)) && !phrase.contains(child)
                }
            } : own
        case .indirectObject:
            // "gave X an ultimatum", "sent X a message": a noun's indirect object is the one of the verb that carries it.
            let carrier = isNoun && parsed.relation(of: head) == .obj && isSupported(head) ? parsed.governor(of: head) : head
            return carrier.map { parsed.dependents(of: $0).filter { parsed.relation(of: $0) == .iobj } } ?? []
        case .possessor:
            return possessorWords(of: head)
        case .modifier:
            // The head's modifiers, then those of the agent nouns the phrase spells, gathered in place.
            var modifiers: [Int] = []
            func collect(of noun: Int) {
                for word in parsed.dependents(of: noun) where Self.modifierRelations.contains(parsed.relation(of: word))
                    && mentionOfWord[word] != nil && markers(of: word).isEmpty && !continuesComplementList(word, of: noun)
                    && !opensAfterColon(word) {
                    modifiers.append(word)
                }
            }
            collect(of: head)
            for noun in phraseAgentNouns(of: head, phrase: phrase) { collect(of: noun) }
            return modifiers
        case .between:
            let own = complements().introduced(by: Self.isBetween)
            guard own.isEmpty, isNoun else { return own }
            // "la signature d'accords de coopération entre X et Y": the parties may hang on the common noun that
            // completes the event noun, or, as parsers hang them, on the verb whose object the phrase is, or whose
            // subject the event is ("un affrontement a eu lieu entre X et Y", "talks were held between X and Y").
            // So may they on the conflict it is written in ("a ceasefire in the conflict between X and Y"), or on the
            // nouns of its topic, down to `betweenDepth` of them ("l'accord sur la délimitation de la frontière entre X
            // et Y").
            let completed = complementsUnderTopic(of: head) { markers(of: $0).contains(where: Self.isBetween) }
            guard completed.isEmpty, let verb = verbOfObjectPhrase(head) ?? verbOfSubject(head) else { return completed }
            return parsed.dependents(of: verb, [.obl, .nmod]).filter { markers(of: $0).contains(where: Self.isBetween) }
        case .clauseSubject:
            return reportedClauses(of: head).flatMap { subjectWords(of: $0) }
        case .clauseObject:
            return complementClauses(of: head).flatMap { objectWords(of: $0) }
        case .clausePreposition(let word):
            // "threatened to announce measures against X", "amenazó con anunciar medidas contra X": also the complement
            // of the clause's object that names no one.
            return complementClauses(of: head).flatMap { clause in
                let objects = parsed.dependents(of: clause, [.obj]).filter { mentionOfWord[$0] == nil }
                return parsed.dependents(of: clause, [.obl]).filter { markers(of: $0).contains(word) }
                    + objects.flatMap { parsed.dependents(of: $0, [.nmod]).filter { markers(of: $0).contains(word) } }
            }
        case .condition:
            // The condition hangs on the trigger or on the act it threatens ("threatened to withdraw its envoy if…").
            return ([head] + complementClauses(of: head)).flatMap { verb in
                parsed.dependents(of: verb, [.advcl, .ccomp]).filter { clause in
                    parsed.dependents(of: clause).contains { parsed.relation(of: $0) == .mark && words.conditionals.contains(tokens[parsed.tokenOfWord[$0]]) }
                }
            }.flatMap { subjectWords(of: $0) }
        case .participleAgent:
            return participles(of: head).filter { !isJudging($0, isTrigger: isTrigger) && !isUndergoing($0) }
                .flatMap { agentWords(of: $0) + attributedAuthor(of: $0) } + partAgents(of: head)
        case .preposition(let word):
            var introduced = complements().introduced { $0 == word }.filter { !isListedWithPlaces($0) }
            // "held a meeting on issues of mutual concern with X": parsers hang the partner on the last noun of a
            // gathering's topic; a noun with no partner of its own takes the one written there.
            if introduced.isEmpty, isNoun, word == words.comitative {
                introduced = complementsUnderTopic(of: head) { mentionOfWord[$0] != nil && markers(of: $0).contains(words.comitative) }
            }
            if isNoun, word == words.genitive || word == words.comitative {
                let displaced = genitivesListedAfterPartners(of: head)
                if word == words.genitive {
                    introduced.removeAll { genitive in
                        displaced.contains { $0 == genitive || ParsedSentence.isUnder(genitive, $0, in: parsed.tree) }
                    }
                } else if !displaced.isEmpty {
                    // The partners are then the names under each item of the list: "colegas de X, A" as much as "de Y, B".
                    let items = introduced.filter { mentionOfWord[$0] == nil } + displaced
                    introduced += items.flatMap { item in
                        parsed.dependents(of: item, [.nmod, .appos]).filter { mentionOfWord[$0] != nil }
                    } + displaced
                }
            }
            // "l'exclusion de la Russie du G20": after the one removed, a second genitive is the body it leaves. The
            // agent phrase "de la part de X" is no genitive of the one removed. Sorted out only for a noun's genitive.
            guard isNoun, word == words.genitive, introduced.count > 1 else { return introduced }
            let genitives = introduced.filter { !words.partNouns.contains(tokens[parsed.tokenOfWord[$0]]) }
            guard genitives.count > 1, words.removalNouns.contains(tokens[parsed.tokenOfWord[head]]) else { return introduced }
            return genitives.min().map { [$0] } ?? []
        case .inviter:
            return inviterWords(of: head, phrase: phrase)
        case .purposeObject:
            guard !isNoun, parsed.relation(of: head) == .advcl, writtenSubjects(of: head).isEmpty,
                  let act = parsed.governor(of: head), parsed.tag(of: act) == .verb else { return [] }
            return objectWords(of: act)
        case .purposeClauseObject:
            guard isNoun else { return [] }
            let holders = [head] + [verbOfObjectPhrase(head)].compactMap { $0 }
            return holders.flatMap { parsed.dependents(of: $0, [.advcl, .acl]) }.filter { clause in
                parsed.tag(of: clause) == .verb && markers(of: clause).contains { words.purposes.contains($0) || words.adverbialPurposes.contains($0) }
            }.flatMap { objectWords(of: $0) }
        case .host:
            // Read in `TreeArguments.arguments`, from the object as the frame's voice reads it.
            return []
        }
    }

    /// "la reunión con sus colegas de X, A; de Y, B; y de Z, C", with "de Y" hung on the meeting: a genitive written
    /// after the partners, set off by a comma, a semicolon or a conjunction, goes on listing them; it names no owner of
    /// the meeting.
    private func genitivesListedAfterPartners(of head: Int) -> [Int] {
        let dependents = parsed.dependents(of: head, [.nmod])
        guard let partners = dependents.first(where: { markers(of: $0).contains(words.comitative) }) else { return [] }
        return dependents.filter { genitive in
            guard genitive > partners, mentionOfWord[genitive] != nil, markers(of: genitive).contains(words.genitive),
                  let marker = parsed.dependents(of: genitive, [.case]).min() else { return false }
            let before = parsed.tokenOfWord[marker] - 1
            return before >= 0 && (tokens[before].text == ";" || FunctionWords.coordinators.contains(tokens[before]))
        }
    }

    /// How many common nouns down from an event noun its parties may be written ("between X and Y").
    static let betweenDepth = 3

    /// The complements `accepts` takes that hang on the nouns of `head`'s topic, down to `betweenDepth` of them, from the
    /// first level that holds any ("l'accord sur la délimitation de la frontière entre X et Y"). A noun of the topic
    /// names no actor and is introduced by a preposition that neither opposes nor joins a partner.
    private func complementsUnderTopic(of head: Int, where accepts: (Int) -> Bool) -> [Int] {
        var nouns = [head]
        for _ in 0..<Self.betweenDepth where !nouns.isEmpty {
            nouns = nouns.flatMap { parsed.dependents(of: $0, [.nmod]) }.filter { noun in
                guard parsed.tag(of: noun) == .noun, mentionOfWord[noun] == nil else { return false }
                let markers = markers(of: noun)
                return !markers.isEmpty && !markers.contains(where: FunctionWords.opposingPrepositions.contains) && !markers.contains(words.comitative)
            }
            let found = nouns.flatMap { noun in parsed.dependents(of: noun, [.nmod]).filter(accepts) }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The clauses that complete a verb ("pledged to work with X", "se comprometió a cooperar con X"). An adverbial
    /// clause set off by a comma is an act of its own ("prometió una respuesta, acusando a X de…"), not what the verb
    /// promises or threatens.
    private func complementClauses(of head: Int) -> [Int] {
        parsed.dependents(of: head).filter { clause in
            Self.clauseRelations.contains(parsed.relation(of: clause))
                && !(parsed.relation(of: clause) == .advcl && (isSetOffByComma(clause) || isMeansGerund(clause)))
        }
    }

    private func isSetOffByComma(_ clause: Int) -> Bool {
        parsed.dependents(of: clause).contains { child in
            child < clause && parsed.tag(of: child) == .punct && tokens[parsed.tokenOfWord[child]].text == ","
        }
    }

    /// "a signé un succès en battant X", "by beating X": a gerund no infinitive marker opens tells how the act was done,
    /// not what it was; "committed to strengthening ties with X" keeps its clause.
    private func isMeansGerund(_ clause: Int) -> Bool {
        guard !words.gerundEnding.isEmpty, tokens[parsed.tokenOfWord[clause]].folded.hasSuffix(words.gerundEnding) else { return false }
        return !parsed.dependents(of: clause).contains { child in
            parsed.relation(of: child) == .mark && (words.infinitiveMarkers.contains(tokens[parsed.tokenOfWord[child]])
                || words.complementGerundMarkers.contains(tokens[parsed.tokenOfWord[child]]))
        }
    }

    /// "les réactions en Syrie, au Liban et dans les territoires palestiniens": a complement listed with members that a
    /// preposition of place opens is a place too, whatever its own preposition.
    private func isListedWithPlaces(_ word: Int) -> Bool {
        // A role of a place ("rappel de ses ambassadeurs en Irlande et en Norvège") keeps its places.
        if markers(of: word).contains(where: words.scenePrepositions.contains) { return false }
        var members = parsed.dependents(of: word, [.conj])
        if parsed.relation(of: word) == .conj, let first = parsed.governor(of: word) { members.append(first) }
        return members.contains { member in markers(of: member).contains(where: words.scenePrepositions.contains) }
    }

    /// "arrived at the invitation of X", "une visite à l'invitation de X", "llegó por invitación de X": the genitives of the
    /// invitation nouns hung on the trigger, on a word of its phrase, or on a noun one step below it ("arrived for a
    /// state visit upon the invitation of X").
    private func inviterWords(of head: Int, phrase: [Int]) -> [Int] {
        // "a effectué une visite à l'invitation de X": a noun's invitation may hang on the verb that carries it.
        let holders = parsed.isNominal(head) ? phrase + [verbOfObjectPhrase(head)].compactMap { $0 } : phrase
        let below = holders.flatMap { word in parsed.dependents(of: word, [.obl, .nmod]) }
        var invitations = (below + below.flatMap { parsed.dependents(of: $0, [.nmod]) })
            .filter { words.invitationNouns.contains(tokens[parsed.tokenOfWord[$0]]) }
        // "…, les 6 et 7 mars, à l'invitation de X", hung on the date: the locution is the sentence's event's wherever
        // the parser hangs it.
        if invitations.isEmpty {
            invitations = (0..<parsed.wordCount).filter { word in
                words.invitationNouns.contains(tokens[parsed.tokenOfWord[word]]) && !markers(of: word).isEmpty
                    && !Self.subjectRelations.contains(parsed.relation(of: word)) && parsed.relation(of: word) != .obj
            }
        }
        return invitations.flatMap { invitation in parsed.dependents(of: invitation, [.nmod]).filter { markers(of: $0).contains(words.genitive) } }
    }

    /// The verb whose object `noun` is, directly or through genitives ("présidé une cérémonie de signature d'accords"),
    /// within three steps.
    private func verbOfObjectPhrase(_ noun: Int) -> Int? {
        var word = noun
        for _ in 0..<3 {
            guard let governor = parsed.governor(of: word) else { return nil }
            switch parsed.relation(of: word) {
            case .obj: return parsed.tag(of: governor) == .verb ? governor : nil
            case .nmod where markers(of: word).contains(words.genitive) && parsed.tag(of: governor) == .noun: word = governor
            default: return nil
            }
        }
        return nil
    }

    /// The verb whose subject `noun` is; or the predicate a copula joins it to: "des pourparlers sont en cours entre X et Y".
    private func verbOfSubject(_ noun: Int) -> Int? {
        guard parsed.relation(of: noun) == .nsubj, let governor = parsed.governor(of: noun) else { return nil }
        if parsed.tag(of: governor) == .verb { return governor }
        return parsed.dependents(of: governor, [.cop]).isEmpty ? nil : governor
    }

    /// The preposition of the parties to a mutual event, in the three languages.
    static func isBetween(_ marker: String) -> Bool { marker == "entre" || marker == "between" }

    /// Where the envoys serve: "the ambassador to Russia", "l'ambassadeur de France au Mali", "el embajador en Rabat".
    /// The posting may hang on the envoy's state instead ("el embajador de X en Y" read as X's complement).
    func postings(of envoys: [Int]) -> [Int] {
        envoys.flatMap { envoy in
            // "the diplomats posted in X", "los diplomáticos destinados en X": the participle's oblique is the posting.
            let complements = parsed.dependents(of: envoy, [.nmod, .obl])
                + parsed.dependents(of: envoy, [.acl]).flatMap { parsed.dependents(of: $0, [.obl]) }
            return (complements + complements.flatMap { parsed.dependents(of: $0, [.nmod]) }).filter { complement in
                markers(of: complement).contains { FunctionWords.postingPrepositions.contains($0) }
            }
        }
    }

    /// "un renforcement massif de l'armée russe": an agent noun a phrase trigger spells ("de l'armée") carries the
    /// phrase's modifier. Envoys are left out: "le renvoi de diplomates russes" is not Russia's act.
    private func phraseAgentNouns(of head: Int, phrase: [Int]) -> [Int] {
        phrase.filter { word in
            let token = tokens[parsed.tokenOfWord[word]]
            return word != head && words.agentNouns.contains(token) && !words.envoyNouns.contains(token)
        }
    }

    /// "Biden's Asia trip: Japan, South Korea and the Philippines", "Sommet de l'OTAN : la Turquie et la Suède": a
    /// headline's list after a colon says what the piece is about, not who holds the event.
    private func opensAfterColon(_ word: Int) -> Bool {
        guard parsed.relation(of: word) == .appos else { return false }
        var index = parsed.tokenOfWord[word] - 1
        if let mention = mentionOfWord[word] { index = mentions[mention].range.lowerBound - 1 }
        while index >= 0, FunctionWords.articles.contains(tokens[index]) { index -= 1 }
        return index >= 0 && tokens[index].text == ":"
    }

    /// "in partnership with X, Y, Australia and Canada" with Y hung on the noun as an apposition: a name the surface
    /// lists after a complement of the noun continues that complement; it modifies nothing.
    private func continuesComplementList(_ word: Int, of head: Int) -> Bool {
        guard parsed.relation(of: word) == .appos, let mention = mentionOfWord[word] else { return false }
        return parsed.dependents(of: head).contains { complement in
            guard Self.listedComplementRelations.contains(parsed.relation(of: complement)), complement < word,
                  let listed = mentionOfWord[complement] else { return false }
            return listMembers(listed).contains { mentions[$0] == mentions[mention] }
        }
    }

    /// The actors a noun names as its own before `limit`: its possessor, its genitive complement ("la décision de X"),
    /// or the agent of a noun of endeavour ("an attempt by X to convince…", `endeavourNouns`).
    private func ownActors(of noun: Int, before limit: Int) -> [Int] {
        let possessors = possessorWords(of: noun).filter { $0 < limit }
        if !possessors.isEmpty { return possessors }
        let isEndeavour = words.endeavourNouns.contains(tokens[parsed.tokenOfWord[noun]])
        return parsed.dependents(of: noun).filter { complement in
            guard parsed.relation(of: complement) == .nmod, complement < limit, mentionOfWord[complement] != nil else { return false }
            let marked = markers(of: complement)
            return marked == [words.genitive] || (isEndeavour && marked.count == 1 && marked.allSatisfy { words.nounAgentMarkers.contains($0) })
        }
    }

    /// "l'occasion pour X de signer", "an opportunity for X to sign": the actors a noun of opportunity or means is for,
    /// written before the infinitive clause it governs.
    private func opportunityHolders(of noun: Int, clause: Int) -> [Int] {
        guard Self.clauseOfNounRelations.contains(parsed.relation(of: clause)), mentionOfWord[noun] == nil,
              words.opportunityNouns.contains(tokens[parsed.tokenOfWord[noun]]),
              markers(of: clause).contains(where: { words.infinitiveMarkers.contains($0) }) else { return [] }
        return parsed.dependents(of: noun).filter { complement in
            Self.listedComplementRelations.contains(parsed.relation(of: complement)) && complement < clause
                && mentionOfWord[complement] != nil && markers(of: complement).contains { words.beneficiaryMarkers.contains($0) }
        }
    }

    /// "protesta contra la decisión de X de expulsar…", "a dénoncé la décision de X d'expulser…" with the infinitive
    /// hung on the verb: an infinitive opened by "de" or the language's infinitive marker ("the decision of X to expel")
    /// right after a noun of an act that the verb governs, and that
    /// names its own actor, is that noun's clause, and the actor acts in it. A noun that is an actor itself ("a accusé
    /// le Mali d'avoir…") leaves the infinitive the verb's.
    private func actNounOwners(ofInfinitive infinitive: Int, verb: Int) -> [Int] {
        guard parsed.tag(of: infinitive) == .verb,
              markers(of: infinitive).contains(where: { $0 == words.genitive || words.infinitiveMarkers.contains($0) })
        else { return [] }
        let nouns = parsed.dependents(of: verb).filter { $0 < infinitive && [.obj, .obl].contains(parsed.relation(of: $0)) }
        guard let noun = nouns.last, mentionOfWord[noun] == nil,
              words.eventAnaphors.contains(tokens[parsed.tokenOfWord[noun]]),
              !parsed.dependents(of: verb).contains(where: { $0 > noun && $0 < infinitive && parsed.relation(of: $0) != .punct })
        else { return [] }
        return ownActors(of: noun, before: infinitive)
    }

    /// Whether the verb `word` is the infinitive clause of a noun of an act that names its own actor ("criticó la
    /// decisión de X de expulsar…"), however the parser hung it: the act was decided, not alleged.
    func isClauseOfActNoun(_ word: Int) -> Bool {
        guard let governor = parsed.governor(of: word) else { return false }
        if parsed.tag(of: governor) == .noun, mentionOfWord[governor] == nil,
           words.eventAnaphors.contains(tokens[parsed.tokenOfWord[governor]]) {
            return !ownActors(of: governor, before: word).isEmpty
        }
        return !actNounOwners(ofInfinitive: word, verb: governor).isEmpty
    }

    /// "X's", "son", "su": the possessor written on a noun.
    func possessorWords(of noun: Int) -> [Int] {
        parsed.dependents(of: noun).filter {
            parsed.label(of: $0).isSubtype("poss", of: .nmod) || markers(of: $0).contains("'s")
                || (parsed.relation(of: $0) == .det && words.possessives.contains(tokens[parsed.tokenOfWord[$0]]))
        }
    }

    /// "a rencontré les deux médiateurs, le président X et l'ancien président Y" with the names hung on the
    /// verb: names set off by a comma after an object that names no one, with no preposition, are that object's
    /// apposition.
    private func namesApposedAfterObject(of verb: Int, after object: Int) -> [Int] {
        parsed.dependents(of: verb).filter { child in
            guard child > object, [.obl, .nmod, .appos, .dep].contains(parsed.relation(of: child)), markers(of: child).isEmpty,
                  let mention = mentionOfWord[child], mentions[mention].isProperName || mentions[mention].form == .official else { return false }
            var before = mentions[mention].range.lowerBound - 1
            if before >= 0, FunctionWords.articles.contains(tokens[before]) { before -= 1 }
            // "Spain pledged €1 million, Belgium €650,000": a name followed by its own object is a clause with its verb
            // left out, not an apposition.
            let after = mentions[mention].range.upperBound
            let endsPhrase = after >= tokens.count || Self.phraseEnds.contains(tokens[after].text) || FunctionWords.coordinators.contains(tokens[after])
            return before >= 0 && tokens[before].text == "," && endsPhrase
        }
    }

    /// The marks that close a phrase set off by commas.
    private static let phraseEnds: Set<String> = [",", ".", ";", ":", ")", "»", "”", "\"", "—", "–"]

    /// Whether `word` is a verb with an auxiliary of its own ("will deal", "a traité").
    func hasAuxiliary(_ word: Int) -> Bool {
        parsed.tag(of: word) == .verb && parsed.dependents(of: word).contains { parsed.relation(of: $0) == .aux }
    }

    /// "backed the rebels, along with its allies X and Y", "junto con sus aliados": a phrase of company names who acts
    /// beside the subject, never what the act is about.
    func isCoAgentPhrase(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        return parsed.dependents(of: head).contains { child in
            parsed.relation(of: child) == .case && words.coAgentMarkers.contains(tokens[parsed.tokenOfWord[child]])
        }
    }

    /// The owner and the names in apposition of a relational noun ("its allies X and Y", "ses partenaires X et Y"), when
    /// both name actors: the names listed after the noun, as appositions or as the conjuncts the parser may hang on it.
    func ownedPartners(of noun: Int) -> (owners: [Mention], partners: [Mention], word: Int)? {
        let owner = possessorWords(of: noun)
        let apposed = parsed.dependents(of: noun).filter { child in
            child > noun && [.appos, .conj].contains(parsed.relation(of: child)) && mentionOfWord[child] != nil
        }
        guard let word = owner.first, !apposed.isEmpty, case let partners = resolve(apposed), !partners.isEmpty else { return nil }
        let owners = resolve(owner).filter { !partners.contains($0) }
        return owners.isEmpty ? nil : (owners, partners, word)
    }

    /// "a mis en garde Washington" with the name hung on "garde" as a complement with no preposition: the phrase's object.
    private func isUnmarkedComplement(_ child: Int, after word: Int) -> Bool {
        child > word && parsed.relation(of: child) == .nmod && mentionOfWord[child] != nil && markers(of: child).isEmpty
    }

    static let clauseRelations: DependencyRelations = [.xcomp, .ccomp, .advcl]
    /// How the parser hangs an object after a phrase trigger's last word when a quote closes before it.
    static let objectAfterPhraseWord: DependencyRelations = [.nsubj, .appos]

    /// The participles describing a noun: "the attack carried out by…", "les sanctions imposées à…".
    func participles(of noun: Int) -> [Int] {
        parsed.dependents(of: noun).filter { parsed.label(of: $0).isPlain(.acl) && parsed.tag(of: $0) == .verb }
    }

    /// "an invasion described as barbaric by X", "condemned by X": a participle by which someone judges the event it
    /// describes; its agent and complements are the judge's, not the event's.
    private func isJudging(_ participle: Int, isTrigger: (Int) -> Bool) -> Bool {
        let token = parsed.tokenOfWord[participle]
        return isTrigger(token) || words.judgingParticiples.contains(tokens[token])
    }

    /// A verb that gives an event to an author: "attributed", "blames", "atribuye", "impute".
    func isAttributing(_ verb: Int) -> Bool {
        words.attributions.contains(tokens[parsed.tokenOfWord[verb]])
    }

    /// "the aggression suffered by X", "la agresión sufrida por X": a participle of undergoing, whose agent is the
    /// event's victim, not its author.
    func isUndergoing(_ participle: Int) -> Bool {
        words.undergoingVerbs.contains(tokens[parsed.tokenOfWord[participle]])
    }

    /// "el bombardeo por parte de X", "une attaque de la part de X": the agent a noun of part names with its genitive,
    /// where the noun after the preposition is only the compound preposition's middle.
    /// The phrase may hang a few complements down ("la negativa a la venta de armas por parte de X").
    func partAgents(of noun: Int) -> [Int] {
        // Asked for every event noun, and most have no such phrase: each level is walked in place, into one list reused
        // from level to level, with no list per word.
        var level = [noun]
        var next: [Int] = []
        for _ in 0..<Self.partDepth where !level.isEmpty {
            var parts: [Int] = []
            for word in level {
                for child in parsed.dependents(of: word) where Self.partRelations.contains(parsed.relation(of: child)) && isPartPhrase(child) {
                    parts.append(child)
                }
            }
            if !parts.isEmpty {
                return parts.flatMap { part in
                    parsed.dependents(of: part).filter { parsed.relation(of: $0) == .nmod && markers(of: $0).contains(words.genitive) }
                }
            }
            next.removeAll(keepingCapacity: true)
            for word in level {
                for child in parsed.dependents(of: word) where parsed.relation(of: child) == .nmod && mentionOfWord[child] == nil {
                    next.append(child)
                }
            }
            swap(&level, &next)
        }
        return []
    }

    /// How "por parte de" hangs from the noun or the complement it follows.
    private static let partRelations: DependencyRelations = [.nmod, .obl]

    /// Complements down an event noun that "por parte de" may be hung from.
    private static let partDepth = 3

    private func isPartPhrase(_ word: Int) -> Bool {
        words.partNouns.contains(tokens[parsed.tokenOfWord[word]]) && mentionOfWord[word] == nil
            && markers(of: word).contains { words.partMarkers.contains($0) }
    }

    /// "a strike attributed to X", "une frappe imputée à X": the author a participle of attribution names.
    private func attributedAuthor(of participle: Int) -> [Int] {
        guard isAttributing(participle) else { return [] }
        return parsed.dependents(of: participle).filter { complement in
            Self.attributionComplementRelations.contains(parsed.relation(of: complement))
                && markers(of: complement).contains { words.attributionMarkers.contains($0) }
        }
    }

    /// Whether the trigger at `range` is a noun of setting someone free, whose complement is the captive.
    func namesCaptive(_ range: Range<Int>) -> Bool {
        range.contains { words.releaseNouns.contains(tokens[$0]) }
    }

    /// Whether the trigger at `range` is written as what another event opposes: "defend Israel against the attack by
    /// X" backs no one behind the attack.
    func isOpposed(_ range: Range<Int>) -> Bool {
        guard let head = headWord(of: range) else { return false }
        return markers(of: head).contains { FunctionWords.opposingPrepositions.contains($0) }
    }

    /// The clauses a verb of speech reports: its `ccomp`, and for a quote's attribution ("«…», amenazó Bush") the
    /// quoted clause before it, which parsers hang as they can.
    func reportedClauses(of verb: Int) -> [Int] {
        let quoted = isQuoteAttribution(verb)
        let clauses = parsed.dependents(of: verb).filter { child in
            parsed.relation(of: child) == .ccomp || (quoted && child < verb && Self.quotedRelations.contains(parsed.relation(of: child)))
        }
        // The attribution hung under the quote instead ("«…», amenazó X" read as a `parataxis` of the quote's verb).
        guard quoted, clauses.isEmpty, Self.quotedRelations.contains(parsed.relation(of: verb)),
              let quote = parsed.governor(of: verb), quote < verb else { return clauses }
        return [quote]
    }

    static let quotedRelations: DependencyRelations = [.ccomp, .advcl, .parataxis, .conj]
    /// How a noun's or a verb's complement hangs from it.
    static let listedComplementRelations: DependencyRelations = [.nmod, .obl]
    /// How an infinitive clause hangs from the noun that governs it, as parsers read it.
    static let clauseOfNounRelations: DependencyRelations = [.acl, .xcomp, .advcl, .ccomp]
    /// How the author a participle of attribution names hangs from it.
    static let attributionComplementRelations: DependencyRelations = [.obl, .nmod, .iobj]
    /// How a noun whose infinitive complement shares the clause's subject hangs from the clause's verb.
    static let controlledRelations: DependencyRelations = [.xcomp, .acl]
    static let controllingNounRelations: DependencyRelations = [.obj, .obl]
    static let modifierRelations: DependencyRelations = [.amod, .compound, .flat, .nmod, .appos]
    static let subjectRelations: DependencyRelations = [.nsubj, .csubj]
    static let obliqueRelations: DependencyRelations = [.obl, .nmod, .advmod, .iobj]

    /// "«…», a averti le président X", "—dijo el ministro X": a verb of speech after a quote, its subject written
    /// after it. Parsers often read that subject as an object; it is the speaker, and the quote holds the rest.
    /// A gerund after a quote opens a clause of the sentence's subject ('promised a "firm" response, accusing X of…'),
    /// never an attribution.
    func isQuoteAttribution(_ verb: Int) -> Bool {
        parsed.dependents(of: verb).allSatisfy({ !Self.subjectRelations.contains(parsed.relation(of: $0)) }) && followsQuote(verb)
            && !tokens[parsed.tokenOfWord[verb]].folded.hasSuffix(words.gerundEnding)
    }

    /// Who speaks in the attribution `verb` of a quote: its subject, or the name after it that the parser read as an
    /// object ("«…», a déclaré le ministère").
    func speakerWords(of verb: Int) -> [Int] {
        isQuoteAttribution(verb) ? objectWords(of: verb) : subjectWords(of: verb)
    }

    /// "«Rechazamos las acusaciones», dijo el ministerio": a quote's verb with no subject written speaks for the
    /// speaker of the attribution hung under it.
    private func attributedSpeaker(of verb: Int) -> [Int] {
        guard let attribution = parsed.dependents(of: verb).first(where: {
            $0 > verb && Self.attributionRelations.contains(parsed.relation(of: $0)) && followsQuote($0)
        }) else { return [] }
        return speakerWords(of: attribution)
    }

    /// "«…», dijo X" read as a verb coordinated with the quote's verb counts too: the quote closes before it.
    static let attributionRelations: DependencyRelations = [.parataxis, .ccomp, .conj]

    /// Whether a closing quote or a dash stands right before `verb`, its auxiliaries and a comma aside.
    func followsQuote(_ verb: Int) -> Bool {
        var token = parsed.tokenOfWord[verb] - 1
        let start = parsed.tokenOfWord.first ?? 0
        while token >= start, tokens[token].isWord, parsed.words(of: token..<token + 1).allSatisfy({ parsed.tag(of: $0) == .aux }) {
            token -= 1
        }
        guard token >= start, tokens[token].kind == .punctuation else { return false }
        if tokens[token].text == ",", token > start { token -= 1 }
        // A mark that opens the sentence opens a quote: nothing was said before it.
        return token > start && tokens[token].kind == .punctuation && Self.attributionMarks.contains(tokens[token].text)
    }

    /// What closes a quotation before its attribution: a closing quote (the comma after it is skipped), or a dash.
    static let attributionMarks: Set<String> = ["»", "\"", "”", "’", "'", "—", "–"]

    /// What opens a quotation that a sentence starts with, besides the marks that close one in other typographies.
    private static let openingQuotes: Set<String> = ["«", "“", "‘", "'"]

    /// A passive auxiliary or an agent makes a verb passive; a `nsubj:pass` alone does not, since the labeller
    /// gives it to active subjects too ("Azerbaijan deployed troops"), nor with a tense auxiliary or an object
    /// ("Tokyo a condamné Séoul").
    /// An `obl:agent` makes it passive only when it names an actor ("backed by American drones"): "por teléfono"
    /// after "ha hablado" is a means.
    func isPassive(_ word: Int) -> Bool {
        // Asked at nearly every step of a role: the labels are read in one pass, each compared whole only when its
        // relation is the one it subtypes, and an agent is resolved only when it decides.
        var hasObject = false, hasPassiveAux = false, hasPassiveSubject = false, hasAgent = false, isPronominal = false
        for child in parsed.dependents(of: word) {
            switch parsed.relation(of: child) {
            case .obj: hasObject = hasObject || parsed.label(of: child).isPlain(.obj)
            case .expl: isPronominal = isPronominal || parsed.label(of: child).isSubtype("pv", of: .expl)
            case .aux: hasPassiveAux = hasPassiveAux || parsed.label(of: child).isSubtype("pass", of: .aux)
            case .nsubj: hasPassiveSubject = hasPassiveSubject || parsed.label(of: child).isSubtype("pass", of: .nsubj)
            case .obl: hasAgent = hasAgent || parsed.label(of: child).isSubtype("agent", of: .obl)
            default: continue
            }
        }
        // A verb with an object is active whatever agent the parser hung on it ("ont empêché l'adoption par le Conseil").
        guard !hasObject else { return hasPassiveAux }
        if !hasPassiveSubject, isOpeningParticiple(word) { return true }
        // "s'en était pris à X": a pronominal verb takes "être" in its compound tenses, which the labeller may call passive.
        if isPronominal && !hasAgent { return false }
        if hasPassiveAux { return true }
        if hasAgent, parsed.dependents(of: word).contains(where: { parsed.label(of: $0).isSubtype("agent", of: .obl) && !resolve([$0]).isEmpty }) {
            return true
        }
        return hasPassiveSubject && hasPassiveAuxiliary(word)
    }

    /// The logical subject and object of a verb that its frame row says is passive: the agent, and the subject written.
    func passiveWords(for role: ArgumentRole, verb: Int) -> [Int]? {
        switch role {
        case .subject: agentWords(of: verb)
        case .object: parsed.dependents(of: verb, Self.subjectRelations).flatMap { relativeResolved($0, clause: verb) }
        default: nil
        }
    }

    /// "a été sanctionné" with "été" labelled a plain `aux`: the passive auxiliary by its form. An auxiliary the
    /// parser calls one of tense is believed ("s'est rendu").
    private func hasPassiveAuxiliary(_ word: Int) -> Bool {
        parsed.dependents(of: word).contains { child in
            parsed.label(of: child).isPlain(.aux) && words.passiveAuxiliaries.contains(tokens[parsed.tokenOfWord[child]])
        }
    }

    /// The agent of a passive verb: `obl:agent`, or an oblique after "by", "par", "por".
    func agentWords(of word: Int) -> [Int] {
        let own = parsed.dependents(of: word).filter(isAgentPhrase)
        guard own.isEmpty else { return own }
        // "accueilli à l'aéroport par le président": the agent hung on the complement before it. The agent of an
        // object's noun is that noun's: "une résolution dénonçant l'annexion par X" is not X's resolution.
        return parsed.dependents(of: word, [.obl]).flatMap { parsed.dependents(of: $0, [.nmod]).filter(isAgentPhrase) }
    }

    /// "France, represented by Foreign Minister X, met…": whoever a subject's representative is named acts for it;
    /// "represented by its ambassador" leaves the subject acting.
    private func representative(of subject: Int) -> [Int] {
        let agents = parsed.dependents(of: subject, [.acl])
            .filter { words.representationVerbs.contains(tokens[parsed.tokenOfWord[$0]]) }
            .flatMap(agentWords(of:)).filter { mentionOfWord[$0] != nil }
        return agents.isEmpty ? [subject] : agents
    }

    /// "La France, par la voix de son ministre X, a condamné…": whoever the subject speaks through acts with it. The
    /// parser hangs the phrase on the subject or on the verb.
    private func spokesmen(ofClause verb: Int, subjects: [Int]) -> [Int] {
        // Asked of every clause with a subject, and most have no such phrase: the words are walked in place, with no
        // list made of the holders, their phrases or the phrases' complements.
        var found: [Int] = []
        func collect(under holder: Int) {
            for phrase in parsed.dependents(of: holder) where Self.spokesmanPhraseRelations.contains(parsed.relation(of: phrase))
                && words.spokesmanNouns.contains(tokens[parsed.tokenOfWord[phrase]])
                && markers(of: phrase).contains(where: { words.passiveAgents.contains($0) }) {
                for owner in parsed.dependents(of: phrase) where parsed.relation(of: owner) == .nmod
                    && mentionOfWord[owner] != nil && markers(of: owner) == [words.genitive] && canSpeakFor(owner) {
                    found.append(owner)
                }
            }
        }
        for subject in subjects { collect(under: subject) }
        collect(under: verb)
        return found
    }

    private static let spokesmanPhraseRelations: DependencyRelations = [.nmod, .obl]

    /// A spokesman is an official: a person or a title ("par la voix de son ministre"). An organization or a state
    /// named in the phrase is a channel the act goes through ("par l'intermédiaire de l'OTAN"), not its author.
    private func canSpeakFor(_ owner: Int) -> Bool {
        guard let mention = mentionOfWord[owner] else { return false }
        return mentions[mention].form == .official || mentions[mention].refs.contains { $0.personIndex != nil }
    }

    /// "a été accueilli à sa descente de l'avion par le président X": a passive's agent the parser hung on a noun of
    /// its oblique, a few nouns down, when it names an actor.
    private func agentsHungBelow(_ verb: Int) -> [Int] {
        var level = parsed.dependents(of: verb, [.obl])
        for _ in 0..<Self.agentDepth where !level.isEmpty {
            let agents = level.flatMap { parsed.dependents(of: $0, [.nmod]) }.filter { isAgentPhrase($0) && mentionOfWord[$0] != nil }
            if !agents.isEmpty { return agents }
            level = level.flatMap { parsed.dependents(of: $0, [.nmod]) }
        }
        return []
    }

    /// Nouns down an oblique that a passive's agent may be hung from.
    private static let agentDepth = 3

    private func isAgentPhrase(_ word: Int) -> Bool {
        parsed.label(of: word).isSubtype("agent", of: .obl)
            || ([.obl, .nmod].contains(parsed.relation(of: word)) && markers(of: word).contains { words.passiveAgents.contains($0) })
    }

    /// The subjects written on a verb, nouns of time aside. A personal pronoun the parser called expletive ("Il a
    /// décidé de…" read as "il faut") is a subject unless the verb is one that takes no one as its subject.
    private func writtenSubjects(of verb: Int) -> [Int] {
        // Asked at every step of a subject's search: the subjects are appended in place, with no list per dependent.
        var subjects: [Int] = []
        for dependent in parsed.dependents(of: verb) {
            if Self.subjectRelations.contains(parsed.relation(of: dependent)) {
                // "El lunes Chile firmó…" read with the day as the subject and the name as its apposition.
                if isTimeNoun(dependent) { appendNamedAppositions(of: dependent, to: &subjects) } else { subjects.append(dependent) }
                continue
            }
            // "Así lo acordó este jueves X con Y" read with the day as the object: the object is the clitic, and the
            // name in apposition to the day is the subject written after the verb.
            if isTimeNoun(dependent), dependent > verb, parsed.relation(of: dependent) == .obj, hasCliticObject(verb) {
                appendNamedAppositions(of: dependent, to: &subjects)
                continue
            }
            if parsed.label(of: dependent).isSubtype("subj", of: .expl) && isPersonalPronoun(dependent)
                && !words.impersonalVerbs.contains(tokens[parsed.tokenOfWord[verb]]) {
                subjects.append(dependent)
            }
        }
        return subjects
    }

    /// The names in apposition to a noun of time that the parser took for a subject or an object.
    private func appendNamedAppositions(of day: Int, to subjects: inout [Int]) {
        for child in parsed.dependents(of: day) where parsed.relation(of: child) == .appos && mentionOfWord[child] != nil {
            subjects.append(child)
        }
    }

    /// An object pronoun written before the verb ("lo", "la"): the verb's object is taken.
    private func hasCliticObject(_ verb: Int) -> Bool {
        parsed.dependents(of: verb).contains { child in
            child < verb && parsed.relation(of: child) == .obj && words.objectPronouns.contains(tokens[parsed.tokenOfWord[child]])
        }
    }

    /// "…, comme l'en a accusé Washington", "…, como lo exigió Marruecos": in a clause opened by a word of comparison,
    /// with no subject written before the verb, the name after the verb is its subject.
    func invertedSubject(of verb: Int) -> Int? {
        let dependents = parsed.dependents(of: verb)
        guard dependents.contains(where: { $0 < verb && words.inversionOpeners.contains(tokens[parsed.tokenOfWord[$0]]) }),
              !dependents.contains(where: { $0 < verb && Self.subjectRelations.contains(parsed.relation(of: $0)) && parsed.tag(of: $0) != .pron })
        else { return nil }
        return dependents.first { $0 > verb && mentionOfWord[$0] != nil && [.obj, .nsubj, .obl].contains(parsed.relation(of: $0))
            && markers(of: $0).isEmpty }
    }

    /// "Se retiró de la Cancillería el embajador de X": a pronominal verb takes no object, so an actor after it with
    /// no preposition, read as one, is its subject when it has none.
    private func pronominalSubject(of verb: Int) -> Int? {
        let dependents = parsed.dependents(of: verb)
        guard dependents.contains(where: { parsed.label(of: $0).isSubtype("pv", of: .expl) }),
              !dependents.contains(where: { Self.subjectRelations.contains(parsed.relation(of: $0)) }) else { return nil }
        return dependents.first { $0 > verb && parsed.relation(of: $0) == .obj && markers(of: $0).isEmpty
            && !resolve([$0]).isEmpty }
    }

    /// The logical subject of a verb: its own, else the one it shares through coordination, control or a
    /// relative or participial clause.
    /// The actors named as the written subject of the nearest clause above `word`: "X se reunió con Y, con quien
    /// dialogó…", "Russia said the talks with X had failed". A dropped subject, or a gathering with no author, is most
    /// often that clause's subject before it is the last sentence's. Empty when the nearest subject names no actor.
    func nearestWrittenSubject(above word: Int) -> [Mention] {
        var current = word
        for _ in 0..<Self.clauseReach {
            guard let governor = parsed.governor(of: current) else { return [] }
            // "«…», dijo tras la reunión con X": the attribution of a quote shares no subject with what is quoted.
            if parsed.relation(of: current) == .parataxis, isQuoteAttribution(current) { return [] }
            if [.verb, .aux, .adj].contains(parsed.tag(of: governor)) {
                let subjects = writtenSubjects(of: governor).filter { $0 != current }.flatMap(representative)
                // "…, where they held talks with X": a pronoun the sentence does not resolve stands for a subject further up.
                let resolved = subjects.isEmpty ? [] : resolve(subjects.flatMap { relativeResolved($0, clause: governor) })
                if !resolved.isEmpty || subjects.contains(where: { !isPersonalPronoun($0) }) { return resolved }
            }
            current = governor
        }
        return []
    }

    /// Who says what the clause `word` is in reports: the subject of the verb of saying, or its owner when the subject
    /// is a body of the speaker's ("le ministère des Affaires étrangères kirghize affirme que…", "a statement from the
    /// government of X said…"). "L'Australie a annoncé qu'elle allait négocier…", "X said it would…": the clause's
    /// pronoun subject is the speaker.
    func speakers(reporting word: Int) -> [Mention] {
        guard let verb = reportingVerb(above: word) else { return [] }
        let subjects = writtenSubjects(of: verb).flatMap(representative)
        // "A statement from the government of X said…": what is said comes from its author, as from an owner.
        let authors = subjects.flatMap { subject in
            parsed.dependents(of: subject, [.nmod]).filter { markers(of: $0).contains(where: words.authorMarkers.contains) }
        }
        return resolvedOrOwners(subjects + authors)
    }

    /// The actors `heads` name, or else those that own them, a few owners up ("the office of X's Prime Minister").
    private func resolvedOrOwners(_ heads: [Int]) -> [Mention] {
        var heads = heads
        var resolved = resolve(heads)
        for _ in 0..<Self.ownerDepth where resolved.isEmpty && !heads.isEmpty {
            heads = ownerWords(of: heads, isTrigger: { _ in false })
            resolved = resolve(heads)
        }
        return resolved
    }

    /// "Volta announced it had signed…": a reported pronoun whose speaker is a name that is no actor (nor a state's
    /// body) stands for that name. No actor the discourse followed stands in for it.
    func speakerIsUnknownName(reporting word: Int) -> Bool {
        guard let verb = reportingVerb(above: word) else { return false }
        let subjects = writtenSubjects(of: verb)
        return !subjects.isEmpty && subjects.allSatisfy { parsed.tag(of: $0) == .propn && !isStateBodyNoun($0) }
            && speakers(reporting: word).isEmpty
    }

    /// Who states a judgment the clause headed by `predicate` makes: the subject of the verb of saying, judging or
    /// considering the clause completes ("Togo said that…", "le Togo a jugé que…", "Togo consideró que…"), or the
    /// speaker of a quote it opens.
    func judges(of predicate: Int) -> [Mention] {
        guard let verb = parsed.governor(of: predicate), parsed.relation(of: predicate) == .ccomp else { return [] }
        if verb > predicate { return quoteSpeakers(of: predicate) }
        let token = tokens[parsed.tokenOfWord[verb]]
        guard FunctionWords.reportingVerbs.contains(token) || words.judgmentVerbs.contains(token) || words.consideringVerbs.contains(token)
        else { return [] }
        return resolve(writtenSubjects(of: verb).flatMap(representative))
    }

    /// '"Togo must withdraw its troops," Ghana said': the speakers of a quote that opens the sentence, named by the verb
    /// after it that reports it. Only for what the quote says of actors it names: a pronoun in it is the speaker's.
    func quoteSpeakers(of clause: Int) -> [Mention] {
        guard let verb = parsed.governor(of: clause), verb > clause, [.ccomp, .parataxis].contains(parsed.relation(of: clause)),
              FunctionWords.reportingVerbs.contains(tokens[parsed.tokenOfWord[verb]]),
              let start = parsed.tokenOfWord.first,
              Self.attributionMarks.contains(tokens[start].text) || Self.openingQuotes.contains(tokens[start].text) else { return [] }
        // "…,' said the office of X's Prime Minister": an office speaks for its owner.
        return resolvedOrOwners(writtenSubjects(of: verb).flatMap(representative))
    }

    /// The verb of saying written before the clause `word` is in, that reports it: "said", "affirme", "aseguró".
    func reportingVerb(above word: Int) -> Int? {
        var current = word
        for _ in 0..<Self.reportReach {
            guard let governor = parsed.governor(of: current) else { return nil }
            // Only a verb written before what it reports: a quote's attribution after it ('"…it agreed…," X said')
            // quotes someone for whom "it" is another.
            if isReportedClause(current), parsed.tag(of: governor) == .verb, governor < current,
               FunctionWords.reportingVerbs.contains(tokens[parsed.tokenOfWord[governor]]) {
                return governor
            }
            current = governor
        }
        return nil
    }

    /// A clausal complement, or an adverbial clause opened by a complementizer ("said on Monday that X…", which the
    /// labeller may read as a clause of the verb's circumstances).
    private func isReportedClause(_ word: Int) -> Bool {
        switch parsed.relation(of: word) {
        case .ccomp: true
        case .advcl: parsed.dependents(of: word, [.mark]).contains { words.complementizers.contains(tokens[parsed.tokenOfWord[$0]]) }
        default: false
        }
    }

    /// How many words up from a trigger its reported clause's head is looked for: "qu'elle allait négocier".
    private static let reportReach = 3

    /// How a noun that a relative clause's dropped subject may come from hangs on its clause's verb.
    private static let complementOfClauseRelations: DependencyRelations = [.obj, .obl, .iobj]

    /// How many governors up a clause's subject is looked for.
    private static let clauseReach = 8

    func subjectWords(of word: Int, depth: Int = 0) -> [Int] {
        if isPassive(word) || isPassiveParticiple(word) { return agentWords(of: word) }
        if let inverted = invertedSubject(of: word) ?? pronominalSubject(of: word) { return [inverted] }
        let own = writtenSubjects(of: word).flatMap(representative)
        if !own.isEmpty {
            return coordinatedHead(ofClause: word, subjects: own) + own.flatMap { relativeResolved($0, clause: word) }
                + spokesmen(ofClause: word, subjects: own)
        }
        if let unmarked = unmarkedSubject(of: word) { return [unmarked] }
        if let antecedent = antecedentOfMarkedRelative(word) { return [antecedent] }
        let speaker = attributedSpeaker(of: word)
        if !speaker.isEmpty { return speaker }
        guard depth < 6, let governor = parsed.governor(of: word) else { return [] }
        // "a été l'occasion pour les deux pays de signer…", however the parser hung the clause: whom the opportunity is
        // for acts in it.
        let beneficiaries = opportunityHolders(of: governor, clause: word)
        if !beneficiaries.isEmpty { return beneficiaries }
        switch parsed.relation(of: word) {
        case .obl where parsed.tag(of: word) == .verb && [.verb, .aux].contains(parsed.tag(of: governor)):
            // "se mostró decepcionado con X" with the participle read as an oblique: a predicate of the verb's subject.
            return subjectWords(of: governor, depth: depth + 1)
        case .conj where parsed.isNominal(governor):
            // "X y Y son socios y se encuentran negociando…": a copula's predicate has the clause's subject, which the
            // verb coordinated with it shares.
            let predicated = writtenSubjects(of: governor)
            if !predicated.isEmpty, parsed.dependents(of: governor).contains(where: { parsed.relation(of: $0) == .cop }) {
                return predicated.flatMap(representative)
            }
            // "a annulé la visite et condamné X", read as a noun coordinated with a verb: the verb above shares its subject.
            return parsed.governor(of: governor).map { subjectWords(of: $0, depth: depth + 1) } ?? []
        case .conj, .parataxis:
            // "X, backed by Y, attacked Z" read as two coordinated verbs: the second shares the first's written subject,
            // not its agent.
            let written = writtenSubjects(of: governor)
            return written.isEmpty ? subjectWords(of: governor, depth: depth + 1) : written.flatMap { relativeResolved($0, clause: governor) }
        case .xcomp where parsed.isNominal(governor) && mentionOfWord[governor] == nil,
             .advcl where parsed.isNominal(governor) && mentionOfWord[governor] == nil:
            // "entered the embassy with the aim of arresting X", "took the decision to expel": the noun's clause acts,
            // unless the noun names its own actor ("la decisión de X de expulsar").
            let owners = ownActors(of: governor, before: word)
            if !owners.isEmpty { return owners }
            // "Ghana fue el primer país en reconocer X": a noun a copula predicates of a subject.
            let predicated = copularSubjects(of: governor)
            if !predicated.isEmpty { return predicated }
            guard Self.controllingNounRelations.contains(parsed.relation(of: governor)), let verb = parsed.governor(of: governor)
            else { return [] }
            return subjectWords(of: verb, depth: depth + 1)
        case .advcl where !actNounOwners(ofInfinitive: word, verb: governor).isEmpty,
             .xcomp where !actNounOwners(ofInfinitive: word, verb: governor).isEmpty:
            // Hung on the verb as an adverbial clause or as its complement ("répondra à la décision de X d'expulser").
            return actNounOwners(ofInfinitive: word, verb: governor)
        case .advcl, .ccomp:
            // "Hungría afirma que retirará sus tropas": a clause with no subject of its own has its speaker's.
            return subjectWords(of: governor, depth: depth + 1)
        case .xcomp:
            // "X is set to expel…", "X is said to have demanded…": a participle of schedule or of hearsay leaves the act
            // to its passive subject, not to an agent.
            if isPassive(governor), words.schedulingParticiples.contains(tokens[parsed.tokenOfWord[governor]])
                || words.raisingParticiples.contains(tokens[parsed.tokenOfWord[governor]]) {
                return writtenSubjects(of: governor).flatMap(representative)
            }
            // "visited Togo to meet X": a place visited controls nothing; the visitor meets.
            let controller = travelTokens.contains(parsed.tokenOfWord[governor]) ? []
                : parsed.dependents(of: governor).filter { [.obj, .iobj].contains(parsed.relation(of: $0)) }
            // "a réaffirmé son engagement à soutenir X" with the infinitive hung on the verb: the will's owner acts.
            if controller.count == 1, let noun = controller.first, mentionOfWord[noun] == nil, noun < word,
               words.intentNouns.contains(tokens[parsed.tokenOfWord[noun]]) {
                let owners = ownActors(of: noun, before: word)
                return owners.isEmpty ? subjectWords(of: governor, depth: depth + 1) : owners
            }
            return controller.isEmpty ? subjectWords(of: governor, depth: depth + 1) : controller
        case .acl:
            // "la décision de l'Algérie d'expulser…", "la decisión de X de expulsar": the actor a noun names as its own,
            // written before the clause, acts in it.
            if mentionOfWord[governor] == nil, parsed.tag(of: governor) == .noun, case let owners = ownActors(of: governor, before: word),
               !owners.isEmpty {
                return owners
            }
            // "signed a decree imposing sanctions": the decree's author imposes them.
            // So does whoever ends the noun's event ("a mis fin à l'accord signé avec X").
            if mentionOfWord[governor] == nil, parsed.tag(of: governor) == .noun,
               let verb = parsed.relation(of: governor) == .obj ? parsed.governor(of: governor) : verbOfEndingNoun(governor) {
                return subjectWords(of: verb, depth: depth + 1)
            }
            // "…Fernández, con quien firmará acuerdos": the antecedent of a relative that is the trigger's object or
            // oblique is not its subject, which the clause leaves unwritten, as a dropped subject: the one of the clause
            // the antecedent is a complement in ("expulsó a dos diplomáticos, a quienes acusa de…").
            if depth == 0, parsed.label(of: word).isSubtype("relcl", of: .acl),
               parsed.dependents(of: word).contains(where: { isRelativePronoun($0) && !Self.subjectRelations.contains(parsed.relation(of: $0)) }) {
                guard Self.complementOfClauseRelations.contains(parsed.relation(of: governor)), let clause = parsed.governor(of: governor),
                      parsed.tag(of: clause) == .verb else { return [] }
                return subjectWords(of: clause, depth: depth + 1)
            }
            // "Ghana was the first country to recognise X": a clause on a noun a copula predicates of a subject is that
            // subject's act.
            if mentionOfWord[governor] == nil, parsed.tag(of: governor) == .noun, case let predicated = copularSubjects(of: governor),
               !predicated.isEmpty {
                return predicated
            }
            return [governor]
        default:
            return []
        }
    }

    /// "Labor's spokesperson, X, accused…", "También el presidente de X, Y, se ha mostrado…" with the noun labelled a
    /// bare oblique: a nominal before a verb that has no subject, with no preposition and naming no time, is its
    /// subject. A common noun counts only where the treebank marks obliques with no preposition (`obl:unmarked`).
    private func unmarkedSubject(of verb: Int) -> Int? {
        guard parsed.tag(of: verb) == .verb else { return nil }
        return parsed.dependents(of: verb).first { child in
            let unmarked = parsed.label(of: child).isSubtype("unmarked", of: .obl)
                || (parsed.label(of: child).isPlain(.obl) && parsed.tag(of: child) == .propn)
            return child < verb && unmarked && [.noun, .propn].contains(parsed.tag(of: child))
                && !isTimeNoun(child) && markers(of: child).isEmpty
        }
    }

    func isTimeNoun(_ word: Int) -> Bool {
        mentionOfWord[word] == nil && words.timeNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    /// "Envoys of Chile, as well as Peru, were meeting…" read as a clause on the first noun whose subject opens with a
    /// coordinator: the noun is the subject's first conjunct.
    private func coordinatedHead(ofClause clause: Int, subjects: [Int]) -> [Int] {
        guard parsed.relation(of: clause) == .acl, let noun = parsed.governor(of: clause), noun < clause,
              subjects.contains(where: { subject in noun < subject && parsed.dependents(of: subject).contains { parsed.relation(of: $0) == .cc } })
        else { return [] }
        return [noun]
    }

    /// A relative pronoun (or "both of which") as the argument of `clause` stands for the clause's antecedent: the
    /// actor written right before it ("…, Juan Guaidó, qui a été…"), else the noun the clause hangs from.
    func relativeResolved(_ argument: Int, clause: Int) -> [Int] {
        let quantified = hasRelativeDependent(argument)
        let mislabelled = opensMislabelledRelative(argument)
        guard quantified || mislabelled || isRelativePronoun(argument) else { return [argument] }
        if var adjacent = actorWritten(before: parsed.tokenOfWord[argument]) {
            // "l'ambassadeur X à Accra qui était convoqué": the place an envoy is posted to, written between the envoy and
            // the relative the parser hangs on the envoy, is no antecedent.
            if let antecedent = parsed.governor(of: clause), parsed.label(of: clause).isSubtype("relcl", of: .acl),
               parsed.governor(of: adjacent) == antecedent, tokens[parsed.tokenOfWord[argument] - 1].text != ",",
               markers(of: adjacent).contains(where: FunctionWords.postingPrepositions.contains) {
                return [antecedent]
            }
            // "X and Y, both of which": the quantifier takes the whole coordination, from its first member.
            while quantified, parsed.relation(of: adjacent) == .conj, let first = parsed.governor(of: adjacent) { adjacent = first }
            return [adjacent]
        }
        return mislabelled ? [] : parsed.governor(of: clause).map { [$0] } ?? []
    }

    /// "…por autoridades peruanas, quienes acusaron…" with the clause hung as a `parataxis`, a `conj` or an adverbial
    /// clause ("a convoqué l'ambassadeur de X, qui a critiqué…"): a relative
    /// pronoun right after a comma opens a relative clause whatever label the clause got, and stands for the actor
    /// written before the comma.
    private func opensMislabelledRelative(_ word: Int) -> Bool {
        let token = parsed.tokenOfWord[word]
        guard parsed.tag(of: word) == .pron, words.relativePronouns.contains(tokens[token]), token > 0, tokens[token - 1].text == ",",
              let clause = parsed.governor(of: word) else { return false }
        return Self.mislabelledRelativeClauses.contains(parsed.relation(of: clause))
    }

    private static let mislabelledRelativeClauses: DependencyRelations = [.parataxis, .conj, .advcl]

    /// Whether `verb` heads a relative clause the parser hung as a clause of the verb before: its act is its
    /// antecedent's own, neither alleged nor reported by that verb.
    func isMislabelledRelativeClause(_ verb: Int) -> Bool {
        antecedentOfMarkedRelative(verb) != nil || parsed.dependents(of: verb).contains(where: opensMislabelledRelative)
    }

    /// "…a los embajadores de X, Y y Z, que criticaron…" with "que" read as a subordinator and the clause hung beside
    /// the main verb: a clause with no subject, opened right after a comma by a relative word, is a subject relative of
    /// the actor written before the comma.
    private func antecedentOfMarkedRelative(_ verb: Int) -> Int? {
        guard parsed.tag(of: verb) == .verb, Self.mislabelledRelativeClauses.contains(parsed.relation(of: verb)),
              let opener = parsed.dependents(of: verb).first(where: { parsed.relation(of: $0) != .punct }), opener < verb,
              parsed.relation(of: opener) == .mark,
              words.relativePronouns.contains(tokens[parsed.tokenOfWord[opener]]) else { return nil }
        let token = parsed.tokenOfWord[opener]
        guard token > 0, tokens[token - 1].text == "," else { return nil }
        return actorWritten(before: token)
    }

    /// The head word of the mention that ends right before `token`, a comma apart at most.
    func actorWritten(before token: Int) -> Int? {
        var previous = token - 1
        if previous >= 0, tokens[previous].text == "," { previous -= 1 }
        guard previous >= 0, let word = parsed.words(of: previous..<previous + 1).last, let mention = mentionOfWord[word],
              mentions[mention].range.upperBound == previous + 1 else { return nil }
        return parsed.head(of: parsed.words(of: mentions[mention].range))
    }

    /// "Asked whether the border would reopen, he replied…": a participle that opens the sentence as an adverbial
    /// clause (or as its root, as the parser may read it), with no subject nor auxiliary of its own, is passive; the
    /// subject of the clause is the one asked, and whoever asked is not written. (A gerund, "Speaking to reporters, X
    /// said", stays active.)
    private func isOpeningParticiple(_ word: Int) -> Bool {
        guard [.advcl, .root].contains(parsed.relation(of: word)), !words.openingParticipleEndings.isEmpty,
              (0..<word).allSatisfy({ parsed.tag(of: $0) == .punct }),
              !parsed.dependents(of: word).contains(where: { [.nsubj, .aux, .expl].contains(parsed.relation(of: $0)) }) else { return false }
        let text = tokens[parsed.tokenOfWord[word]].text.lowercased()
        return words.openingParticipleEndings.contains { text.count > $0.count + 2 && text.hasSuffix($0) }
    }

    /// A participle modifying a noun with an agent: "sanctions imposed by the EU".
    func isPassiveParticiple(_ word: Int) -> Bool {
        parsed.relation(of: word) == .acl && !agentWords(of: word).isEmpty
    }

    /// "les deux ont été soutenues par X" with "les deux" read as an object and a number: a passive verb with no
    /// subject has for subject the last nominal hung before it without a preposition.
    private func misreadSubject(of verb: Int) -> Int? {
        parsed.dependents(of: verb).last { child in
            child < verb && Self.misreadSubjectTags.contains(parsed.tag(of: child))
                && Self.misreadSubjectRelations.contains(parsed.relation(of: child)) && markers(of: child).isEmpty
        }
    }

    private static let misreadSubjectTags: Set<PartOfSpeech> = [.noun, .propn, .num, .pron]
    private static let misreadSubjectRelations: DependencyRelations = [.obj, .nummod, .dep, .appos, .nmod]

    func objectWords(of word: Int) -> [Int] {
        if isPassive(word) || isPassiveParticiple(word) {
            let subjects = parsed.dependents(of: word).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
            if !subjects.isEmpty { return subjects.flatMap { relativeResolved($0, clause: word) } }
            if parsed.relation(of: word) == .acl { return parsed.governor(of: word).map { [$0] } ?? [] }
            if let misread = misreadSubject(of: word) { return [misread] }
            // "X arrived on Monday and was received by Y": a passive verb coordinated with another, with no subject of its
            // own, shares the other's.
            guard parsed.relation(of: word) == .conj, let governor = parsed.governor(of: word), parsed.tag(of: governor) == .verb
            else { return [] }
            return writtenSubjects(of: governor).flatMap { relativeResolved($0, clause: governor) }
        }
        // "…, comme l'exige le Maroc": the clitic object is the subject of the clause above.
        if invertedSubject(of: word) != nil, let governor = parsed.governor(of: word) { return subjectWords(of: governor) }
        // "Iran, which Israel accused…": a relative object stands for the antecedent.
        // "a qualifié d'invasion la présence de X" read with "invasion" as the object: a noun after a preposition other
        // than the object marker is a predicate of the object, which follows it.
        let objects = parsed.dependents(of: word).filter { child in
            parsed.relation(of: child) == .obj && markers(of: child).allSatisfy { words.objectMarkers.contains($0) }
        }
        if !objects.isEmpty { return objects.flatMap { relativeResolved($0, clause: word) } }
        // "the support the U.S. has provided since…": a relative clause with neither object nor relative word leaves
        // its object unwritten, and the antecedent is it; nothing strayed under its obliques is. A clause opened by a
        // complementiser ("el anuncio que las tres naciones reconocerán a X") says what the noun holds: no relative.
        if parsed.label(of: word).isSubtype("relcl", of: .acl), let antecedent = parsed.governor(of: word),
           !parsed.dependents(of: word).contains(where: { isRelativePronoun($0) || parsed.relation(of: $0) == .mark }) {
            return [antecedent]
        }
        // "condemned in the strongest terms X's launch" with the object hung on the noun before it: a noun takes no
        // object, so the object is the verb's.
        let strayed = parsed.dependents(of: word).filter { parsed.relation(of: $0) == .obl }.flatMap { oblique in
            parsed.dependents(of: oblique).filter { parsed.relation(of: $0) == .obj && parsed.isNominal(oblique) }
        }
        if !strayed.isEmpty { return strayed }
        // Spanish marks a person or a state as object with "a", which parsers often read as an oblique.
        let marked = parsed.dependents(of: word).filter { child in
            child > word && Self.mislabelledObjectRelations.contains(parsed.relation(of: child))
                && markers(of: child).contains { words.objectMarkers.contains($0) } && !isCompoundPreposition(child)
        }
        if !marked.isEmpty { return marked }
        let unlabelled = unlabelledObject(of: word)
        return unlabelled.isEmpty ? sharedObject(of: word) : unlabelled
    }

    /// "lamenta y rechaza la decisión de X", "condemned and rejected X's move": a verb coordinated before another that
    /// writes the object they share has it too, when it names an actor or an actor's act ("arrived and signed the deal"
    /// shares nothing).
    private func sharedObject(of verb: Int) -> [Int] {
        guard let next = parsed.dependents(of: verb, [.conj]).first(where: { conjunct in
            conjunct > verb && parsed.tag(of: conjunct) == .verb && parsed.dependents(of: conjunct).contains { parsed.relation(of: $0) == .cc }
                && !parsed.dependents(of: conjunct).contains { Self.subjectRelations.contains(parsed.relation(of: $0)) }
        }) else { return [] }
        return parsed.dependents(of: next, [.obj]).filter { object in
            !resolve([object]).isEmpty
                || !resolve(parsed.dependents(of: object, [.nmod]).filter { markers(of: $0) == [words.genitive] }).isEmpty
        }
    }

    /// The first name or noun after the verb, in the same stretch of the sentence, that hangs from it with no
    /// preposition: its object, whatever the labeller called it ("ont appelé Washington à répondre" with "Washington" labelled `xcomp`). Heads are
    /// right more often than labels, and a word that no actor stands behind fills no role anyway.
    private func unlabelledObject(of verb: Int) -> [Int] {
        let candidate = parsed.dependents(of: verb).first { child in
            child > verb && Self.nominalTags.contains(parsed.tag(of: child)) && Self.mislabelledObjectRelations.contains(parsed.relation(of: child))
                && markers(of: child).isEmpty
                && !tokens[parsed.tokenOfWord[verb] + 1..<parsed.tokenOfWord[child]].contains { $0.kind == .punctuation }
        }
        return candidate.map { relativeResolved($0, clause: verb) } ?? []
    }

    static let nominalTags: Set<PartOfSpeech> = [.propn, .noun]

    /// "a través de X", "a causa de X": an object marker before a noun with no determiner and its genitive is a
    /// compound preposition, not the mark of an object, and the noun is no complement of its own; an agent noun
    /// stays an object ("sancionó a funcionarios de X").
    func isCompoundPreposition(_ word: Int) -> Bool {
        guard parsed.tag(of: word) == .noun, mentionOfWord[word] == nil, !words.agentNouns.contains(tokens[parsed.tokenOfWord[word]]),
              markers(of: word).contains(where: { words.objectMarkers.contains($0) }) else { return false }
        let dependents = parsed.dependents(of: word)
        return !dependents.contains { parsed.relation(of: $0) == .det }
            && dependents.contains { parsed.relation(of: $0) == .nmod && markers(of: $0).contains(words.genitive) }
    }
    /// Labels the labeller gives an object it read as something else.
    static let mislabelledObjectRelations: DependencyRelations = [.xcomp, .obl, .nmod, .iobj, .dep, .appos]

    /// How an event noun hangs from its support verb: "held talks", "ont procédé à un échange".
    /// "obj" and "obl:arg".
    static func isSupportedRelation(_ label: DependencyLabel) -> Bool {
        label.isPlain(.obj) || label.isSubtype("arg", of: .obl)
    }

    /// The subject of the verb an event noun is the object of ("the US imposed sanctions"); none when that verb
    /// is itself a trigger ("condemned the attack"): its subject did not attack.
    func supportVerbSubject(of noun: Int, isTrigger: (Int) -> Bool) -> [Int] {
        if let clause = objectRelative(of: noun), !isTrigger(parsed.tokenOfWord[clause]) {
            // "an attack that X blamed on Y", "un atentado que X atribuye a Y": the clause names the author it is
            // given to; its subject only judges the event.
            if isAttributing(clause) { return attributedAuthor(of: clause) }
            let subjects = parsed.dependents(of: clause).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) && !isRelativePronoun($0) }
            if !subjects.isEmpty { return subjects }
        }
        // "L'exclusion du Honduras a été approuvée par l'OEA": the body that enacts an event in the passive is its author.
        if parsed.relation(of: noun) == .nsubj, let verb = parsed.governor(of: noun), isPassive(verb),
           words.enactingParticiples.contains(tokens[parsed.tokenOfWord[verb]]) {
            return agentWords(of: verb)
        }
        // "the incursion was an act of aggression", "esa decisión es una provocación": an act a copula says a subject
        // is, is done by whoever the subject names.
        if let predicate = copularPredicate(of: noun) {
            return parsed.dependents(of: predicate).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
        }
        // "atribuyó al Gobierno de X la expulsión del nuncio", "a imputé l'attaque à X": a verb that gives the event an
        // author names it in its complement; its subject only judges.
        if parsed.relation(of: noun) == .obj, let verb = parsed.governor(of: noun), parsed.tag(of: verb) == .verb, isAttributing(verb) {
            return attributedAuthor(of: verb)
        }
        // "a mis fin à l'accord avec X": whoever puts an end to an event is its side.
        guard let verb = supportVerb(of: noun, isTrigger: isTrigger) ?? verbOfEndingNoun(noun) ?? verbOfCapacity(noun) else {
            return motiveBearers(of: noun)
        }
        return subjectWords(of: verb)
    }

    /// "X acts as mediator", "X joue le rôle de médiateur", "X desempeña el papel de mediador": the verb whose subject
    /// an event's agent noun says it is, by a marker of capacity or under a noun of role that is the verb's object.
    private func verbOfCapacity(_ noun: Int) -> Int? {
        guard let governor = parsed.governor(of: noun) else { return nil }
        if parsed.tag(of: governor) == .verb, [.obl, .xcomp, .advcl].contains(parsed.relation(of: noun)),
           markers(of: noun).contains(where: words.capacityMarkers.contains) {
            return governor
        }
        guard parsed.relation(of: noun) == .nmod, words.roleNouns.contains(tokens[parsed.tokenOfWord[governor]]),
              parsed.relation(of: governor) == .obj, let verb = parsed.governor(of: governor), parsed.tag(of: verb) == .verb
        else { return nil }
        return verb
    }

    /// A noun of stance (`motiveNouns`, or `stanceBackingNouns` in a phrase of manner): why its verb's subject acts,
    /// never what the verb is about.
    func isStance(_ range: Range<Int>) -> Bool {
        headWord(of: range).map(isStanceNoun) ?? false
    }

    private func isStanceNoun(_ noun: Int) -> Bool {
        let token = tokens[parsed.tokenOfWord[noun]]
        if words.motiveNouns.contains(token) { return true }
        return words.stanceBackingNouns.contains(token) && parsed.relation(of: noun) == .obl
            && parsed.governor(of: noun).map { parsed.tag(of: $0) == .verb } ?? false
            && markers(of: noun).contains(where: words.stanceMarkers.contains)
    }

    /// "expelled the envoy in protest at…", "took these measures as a sign of solidarity with…", "voted in support of
    /// X": a noun of stance on a verb, alone or under a noun of gesture, is the stance of the verb's subject.
    private func motiveBearers(of noun: Int) -> [Int] {
        guard isStanceNoun(noun) else { return [] }
        var stance = noun
        if parsed.relation(of: noun) == .nmod, let gesture = parsed.governor(of: noun),
           words.gestureNouns.contains(tokens[parsed.tokenOfWord[gesture]]) {
            stance = gesture
        }
        guard parsed.relation(of: stance) == .obl, let verb = parsed.governor(of: stance),
              parsed.tag(of: verb) == .verb else { return [] }
        return subjectWords(of: verb)
    }

    /// The noun a copula joins to its subject, when it is `noun` or the noun `noun` completes ("an act of
    /// aggression"), and names no actor.
    func copularPredicate(of noun: Int) -> Int? {
        if isCopular(noun) { return noun }
        guard parsed.relation(of: noun) == .nmod, let holder = parsed.governor(of: noun), parsed.tag(of: holder) == .noun,
              mentionOfWord[holder] == nil, isCopular(holder) else { return nil }
        return holder
    }

    /// The subjects a copula gives `noun` ("Ghana was the first country"); none when no copula hangs on it.
    private func copularSubjects(of noun: Int) -> [Int] {
        guard isCopular(noun) else {
            // "Ghana became the first state to expel…": a verb of becoming predicates its complement of its subject.
            guard [.xcomp, .obj, .obl].contains(parsed.relation(of: noun)), let verb = parsed.governor(of: noun),
                  words.becomingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return [] }
            return writtenSubjects(of: verb)
        }
        return parsed.dependents(of: noun).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
    }

    private func isCopular(_ word: Int) -> Bool {
        parsed.dependents(of: word).contains { parsed.relation(of: $0) == .cop }
    }

    /// The verb that carries an event noun as its object, whose subject is the noun's author. "The EU approved
    /// sanctions against X": a verb that enacts an event is its support verb, trigger or not; a verb that judges,
    /// counters or undergoes the event is none.
    private func supportVerb(of noun: Int, isTrigger: (Int) -> Bool) -> Int? {
        var noun = firstConjunct(of: noun)
        // "a annoncé le maintien de la fermeture de la frontière", "ont multiplié les gestes de rapprochement": the noun
        // that keeps the act going, or shows it, carries it.
        if parsed.relation(of: noun) == .nmod, markers(of: noun).contains(words.genitive), let holder = parsed.governor(of: noun),
           parsed.tag(of: holder) == .noun, case let token = tokens[parsed.tokenOfWord[holder]],
           words.continuationNouns.contains(token) || words.gestureNouns.contains(token) {
            noun = holder
        }
        guard isSupported(noun),
              let verb = parsed.governor(of: noun),
              !isTrigger(parsed.tokenOfWord[verb]) || words.enactingParticiples.contains(tokens[parsed.tokenOfWord[verb]]),
              !undergoes(noun), !words.counteringVerbs.contains(tokens[parsed.tokenOfWord[verb]]),
              !words.judgingVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return nil }
        return verb
    }

    /// "Luego impuso sanciones a X": the main verb carrying an event noun has no written subject, in a language that
    /// drops subjects; the discourse says who it is.
    func hasDroppedSupportSubject(_ noun: Int, isTrigger: (Int) -> Bool) -> Bool {
        guard words.dropsSubjects, let verb = supportVerb(of: noun, isTrigger: isTrigger), parsed.tag(of: verb) == .verb,
              parsed.relation(of: verb) == .root else { return false }
        return !hasWrittenSubject(verb)
    }

    /// "expressed dissatisfaction and opposition to X": a noun coordinated to another stands where the first one does,
    /// and shares its support verb.
    func firstConjunct(of noun: Int) -> Int {
        var first = noun
        while parsed.relation(of: first) == .conj, let previous = parsed.governor(of: first), previous < first,
              parsed.isNominal(previous), mentionOfWord[previous] == nil {
            first = previous
        }
        return first
    }

    /// Whether a noun is the object of the verb above it: an `obj`, an oblique that is a misread partitive object
    /// ("a imposé de lourdes sanctions à X"), or the oblique of a verb that carries its event through a preposition
    /// ("ont procédé à un échange"). "a répondu à la visite de X" does not visit.
    func isSupported(_ noun: Int) -> Bool {
        let label = parsed.label(of: noun)
        if isResponseAct(noun) { return true }
        guard Self.isSupportedRelation(label) else { return false }
        if label.isPlain(.obj) || markers(of: noun).allSatisfy({ $0 == words.genitive }) { return true }
        return parsed.governor(of: noun).map { words.prepositionalSupportVerbs.contains(tokens[parsed.tokenOfWord[$0]]) } ?? false
    }

    /// "responded with air strikes", "a riposté par des frappes", "respondió con ataques": the act a response is made
    /// with, an oblique opened by the language's response marker under a verb of answering.
    private func isResponseAct(_ noun: Int) -> Bool {
        guard parsed.relation(of: noun) == .obl, let verb = parsed.governor(of: noun),
              words.responseVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return false }
        return markers(of: noun).contains { words.responseMarkers.contains($0) }
    }

    /// "the sanctions that the EU adopted against…", "las sanciones que la UE adoptó contra…": a relative clause whose
    /// object is the noun is a support verb written after it, with the noun's author as its subject.
    func objectRelative(of noun: Int) -> Int? {
        parsed.dependents(of: noun).first { clause in
            guard parsed.label(of: clause).isSubtype("relcl", of: .acl), parsed.tag(of: clause) == .verb else { return false }
            // "las sanciones que X impuso a Y": a name with a preposition labelled the object is the clause's
            // recipient, the object being the noun the clause describes.
            let objects = parsed.dependents(of: clause).filter { parsed.relation(of: $0) == .obj && markers(of: $0).isEmpty }
            return objects.allSatisfy(isRelativePronoun) && !isPassive(clause)
        }
    }

    /// Who a relational noun is said of: the subject of the noun as a predicate ("X is an ally of Y", "X es socio de
    /// Y"), the object a verb of considering predicates it of ("considers X a partner"), or the actor it is in apposition
    /// with ("X, an ally of Y,", "X, on a visit to Y,"); nil for any other noun.
    /// - Parameter considered: a verb of considering may predicate the noun ("considers X a partner"); asked only of
    ///   a relation both sides share, since "sees X as a threat" says how one side sees the other, not what X does.
    /// - Parameter setOff: a phrase set off by a comma after a name may say what its bearer does: asked of a frame that
    ///   places its event ("X, en visite au Niger,"), not of a verb the tagger took for a noun ("…, en leur ordonnant").
    func holderWords(of noun: Int, considered: Bool, setOff: Bool = false) -> [Int]? {
        if parsed.dependents(of: noun).contains(where: { parsed.relation(of: $0) == .cop }) {
            let subjects = parsed.dependents(of: noun).filter { Self.subjectRelations.contains(parsed.relation(of: $0)) }
            return subjects.isEmpty ? nil : subjects
        }
        if considered, let verb = consideringVerb(of: noun) {
            let objects = parsed.dependents(of: verb).filter { $0 != noun && parsed.relation(of: $0) == .obj }
            if !objects.isEmpty { return objects }
        }
        guard let governor = parsed.governor(of: noun) else { return nil }
        if parsed.relation(of: noun) == .appos { return [governor] }
        // "X, en visite au Niger,", "X, de visita en Perú,": a phrase set off by a comma after a name says what its
        // bearer does, as an apposition does; not one whose noun has an owner of its own ("X, during Y's visit").
        guard setOff, parsed.relation(of: noun) == .nmod, governor < noun, mentionOfWord[governor] != nil,
              !parsed.dependents(of: noun).contains(where: { parsed.label(of: $0).isSubtype("poss", of: .nmod) }),
              case let first = parsed.dependents(of: noun).first.map({ min($0, noun) }) ?? noun, first > governor,
              parsed.tree.words[first].form == "," || parsed.tree.words[first - 1].form == "," else { return nil }
        return [governor]
    }

    /// "llamó a X «traidor»", "called X a traitor": a verb of naming whose object has a name or a quality said of it, and
    /// nothing asked of it ("a dialogar", "al diálogo", "to talks"), calls the object something; it asks nothing, nor
    /// is it a call paid. The object may be read as an oblique after the language's object marker ("llamó al presidente
    /// X «nazi»").
    func namesItsObject(_ verb: Int) -> Bool {
        guard words.namingVerbs.contains(tokens[parsed.tokenOfWord[verb]]),
              let object = parsed.dependents(of: verb, [.obj, .iobj]).first
                ?? parsed.dependents(of: verb, [.obl]).first(where: { mentionOfWord[$0] != nil && markers(of: $0).contains(where: words.objectMarkers.contains) })
        else { return false }
        let said = parsed.dependents(of: object).contains { $0 > object && [.amod, .appos].contains(parsed.relation(of: $0)) }
            || parsed.dependents(of: verb).contains { $0 > object && parsed.isNominal($0) && isNameGiven($0) }
        let asked = parsed.dependents(of: verb).contains { complement in
            complement > object && (([.obl, .advcl].contains(parsed.relation(of: complement)) && !isNameGiven(complement))
                || parsed.tag(of: complement) == .verb)
        }
        return said && !asked
    }

    /// The name a verb of naming gives its object: a second object, a predicate, or a bare noun with no preposition
    /// ("called X a traitor", read as an unmarked oblique).
    private func isNameGiven(_ word: Int) -> Bool {
        [.obj, .xcomp].contains(parsed.relation(of: word))
            || (parsed.label(of: word).isSubtype("unmarked", of: .obl) && parsed.dependents(of: word, [.case]).isEmpty && !isTimeNoun(word))
    }

    /// "a prévenu son homologue de son arrivée": a verb of notice with a thing after the genitive, and no clause of
    /// what is feared, tells the object of it; it warns no one.
    func tellsOfAThing(_ verb: Int) -> Bool {
        guard words.noticeVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return false }
        let children = parsed.dependents(of: verb)
        // The thing told may hang on the one told ("son homologue de cette décision"); an actor there is whose they are.
        let told = children + parsed.dependents(of: verb, [.obj]).flatMap { parsed.dependents(of: $0, [.nmod]) }
        let warns = children.contains { clause in
            parsed.tag(of: clause) == .verb && ([.ccomp, .xcomp].contains(parsed.relation(of: clause))
                || (parsed.relation(of: clause) == .advcl && markers(of: clause).contains(where: words.complementizers.contains)))
        }
        return !warns
            && told.contains { [.obl, .nmod].contains(parsed.relation(of: $0)) && parsed.isNominal($0) && mentionOfWord[$0] == nil
                && markers(of: $0).contains(words.genitive) }
    }

    /// The verb of considering that predicates `noun` of its object ("considers X a partner", "voit X comme un allié").
    func consideringVerb(of noun: Int) -> Int? {
        guard Self.predicateRelations.contains(parsed.relation(of: noun)), let verb = parsed.governor(of: noun),
              parsed.tag(of: verb) == .verb, words.consideringVerbs.contains(tokens[parsed.tokenOfWord[verb]]) else { return nil }
        return verb
    }

    /// How parsers hang a noun predicated of a verb's object: "a partner", "as a partner", "comme un partenaire".
    private static let predicateRelations: DependencyRelations = [.xcomp, .obj, .obl, .nsubj, .advcl]

    /// The verb of the clause at whose occasion a gathering noun is written: "said in a meeting with…", also when
    /// the parser reads the phrase as an adverbial clause ("returned after state visits to…"), and when a noun of its
    /// phase stands for it (`phaseNouns`).
    func occasionVerb(of noun: Int) -> Int? {
        // "au terme d'une visite au Togo": the phase of the event stands where the event would; "after two days of
        // meetings with X", "tras dos días de reuniones con X": so does its length, after a preposition of occasion.
        if parsed.relation(of: noun) == .nmod, markers(of: noun).contains(words.genitive), let phase = parsed.governor(of: noun),
           words.phaseNouns.contains(tokens[parsed.tokenOfWord[phase]])
            || (isTimeNoun(phase) && markers(of: phase).contains(where: { words.occasions.contains($0) })),
           parsed.relation(of: phase) == .obl {
            return parsed.governor(of: phase).flatMap { [.verb, .aux].contains(parsed.tag(of: $0)) ? $0 : nil }
        }
        // "dijo X en una declaración luego de una reunión con Y", with the meeting read as a conjunct of the statement:
        // its own preposition of occasion still makes it the clause's occasion.
        if parsed.relation(of: noun) == .conj, let first = parsed.governor(of: noun), parsed.relation(of: first) == .obl,
           let verb = parsed.governor(of: first), [.verb, .aux].contains(parsed.tag(of: verb)),
           markers(of: noun).contains(where: { words.occasions.contains($0) }) {
            return verb
        }
        let relation = parsed.relation(of: noun)
        guard relation == .obl || (relation == .advcl && parsed.isNominal(noun)), var verb = parsed.governor(of: noun) else { return nil }
        var markers = self.markers(of: noun)
        // "lors d'une réunion" read with "lors" as an adverb the noun hangs from.
        if parsed.tag(of: verb) == .adv, let above = parsed.governor(of: verb) {
            markers.append(parsed.folded(verb, tokens))
            verb = above
        }
        guard [.verb, .aux].contains(parsed.tag(of: verb)), markers.contains(where: { words.occasions.contains($0) }) else { return nil }
        return verb
    }

    /// "Iran faces sanctions", "Cuba subit un embargo", "l'Iran, soumis à un embargo": the verb's subject, or the
    /// noun the participle describes, undergoes the event noun.
    func undergoes(_ noun: Int) -> Bool {
        guard [.obj, .obl].contains(parsed.relation(of: noun)), let verb = parsed.governor(of: noun) else { return false }
        return words.undergoingVerbs.contains(tokens[parsed.tokenOfWord[verb]])
    }

    /// Who undergoes the event noun governed by `verb`.
    func undergoer(of verb: Int) -> [Int] {
        if parsed.relation(of: verb) == .acl, let described = parsed.governor(of: verb) { return [described] }
        // "Les deux pays sont confrontés à des restrictions": the written subject, whatever the voice.
        let written = parsed.dependents(of: verb, Self.subjectRelations)
        return written.isEmpty ? subjectWords(of: verb) : written.flatMap { relativeResolved($0, clause: verb) }
    }

    /// Obliques and complements introduced by a preposition, with their prepositions, in the order the roles read them.
    /// A noun that acts for the actor its complement names: "officials (from X)", "the government (of X)".
    func isAgentNoun(_ word: Int) -> Bool {
        parsed.tag(of: word) == .noun && words.agentNouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    struct PrepositionalComplements {
        fileprivate let complements: [(word: Int, markers: [String])]

        /// The complements introduced by a preposition that `accepts`. Asked for every preposition of a frame: the
        /// words are gathered in one pass, with no list of the complements themselves copied out first.
        func introduced(by accepts: (String) -> Bool) -> [Int] {
            var words: [Int] = []
            for index in complements.indices where complements[index].markers.contains(where: accepts) {
                words.append(complements[index].word)
            }
            return words
        }
    }

    /// Obliques and complements introduced by a preposition: on the trigger's words and, since a prepositional phrase
    /// after an object is often read as the object's complement, on the object too. Found once per trigger: a frame
    /// asks for a dozen prepositions in turn, and each reads the same complements.
    /// - Parameter isJudgedEvent: whether the trigger at a token is an event this one judges (condemns, backs, rejects,
    ///   calls for), so that the event noun keeps its own complements: "condemned the attack on X" does not condemn X.
    func prepositionalComplements(head: Int, phrase: [Int], isNoun: Bool, isTrigger: (Int) -> Bool,
                                  isJudgedEvent isJudgedToken: (Int) -> Bool = { _ in false },
                                  judgedKeepGenitives: Bool = false) -> PrepositionalComplements {
        /// "demanded the imposition of sanctions on X": a noun that is no event but names the event under it is judged
        /// with it.
        func isJudgedEvent(_ word: Int) -> Bool {
            isJudgedToken(parsed.tokenOfWord[word])
                || (!isTrigger(parsed.tokenOfWord[word]) && parsed.dependents(of: word).contains {
                    parsed.relation(of: $0) == .nmod && isJudgedToken(parsed.tokenOfWord[$0])
                })
        }
        var holders = phrase
        var judged: [Int] = []
        if isNoun {
            // "the agreement reached between X and Y", "les sanctions imposées à X": a participle carries the noun's
            // complements.
            // "the deployment of troops near X": the agent named under the noun carries the event's complements too.
            // "une visite de 48 heures à X": the duration the parser hung the place on carries it too.
            holders += parsed.dependents(of: head).filter {
                (parsed.relation(of: $0) == .nmod && (mentionOfWord[$0] != nil || words.agentNouns.contains(tokens[parsed.tokenOfWord[$0]])
                    || isTimeNoun($0)))
                    || (parsed.label(of: $0).isPlain(.acl) && !isJudging($0, isTrigger: isTrigger) && !isUndergoing($0))
            }
            if let clause = objectRelative(of: head), !isTrigger(parsed.tokenOfWord[clause]), !isAttributing(clause) {
                holders.append(clause)
            }
            // "cualquier plan de ataque contra Etiopía": a noun the event noun completes carries its complements too.
            if parsed.relation(of: head) == .nmod, let noun = parsed.governor(of: head), parsed.tag(of: noun) == .noun,
               mentionOfWord[noun] == nil, !isTrigger(parsed.tokenOfWord[noun]) {
                // "the product of an agreement reached between X and Y", the participle hung on the noun above.
                holders += [noun] + participles(of: noun)
            }
            // "a memorandum on energy cooperation with X", "talks on trade with X": the party a topic noun under the event
            // is done with belongs to the event; the topic takes none of its own. A place is no topic ("a lo largo de la
            // frontera con X").
            // "reached an agreement for a ceasefire with X": the topic may hang on the support verb, after the noun.
            let supported = firstConjunct(of: head)
            let supportVerb = isSupported(supported) ? parsed.governor(of: supported).flatMap { isTrigger(parsed.tokenOfWord[$0]) ? nil : $0 } : nil
            let verbTopics = supportVerb.map { verb in parsed.dependents(of: verb, [.obl]).filter { $0 > head } } ?? []
            for topic in parsed.dependents(of: phrase.last ?? head) + verbTopics
            where [.nmod, .obl].contains(parsed.relation(of: topic)) && parsed.tag(of: topic) == .noun && mentionOfWord[topic] == nil
                && !words.territoryNouns.contains(tokens[parsed.tokenOfWord[topic]]) && !words.prepositionalNouns.contains(tokens[parsed.tokenOfWord[topic]])
                && !markers(of: topic).isEmpty && parsed.dependents(of: topic).contains(where: { markers(of: $0).contains(words.comitative) }) {
                holders.append(topic)
            }
            // "imposed sanctions on X", "a tenu des pourparlers avec X": the support verb carries the noun's complements.
            if let supportVerb { holders.append(supportVerb) }
            // "pressure was put on X by Y", "des sanctions ont été imposées à X": so does the passive verb that enacts it.
            if parsed.relation(of: supported) == .nsubj, let verb = parsed.governor(of: supported), isPassive(verb),
               words.enactingParticiples.contains(tokens[parsed.tokenOfWord[verb]]), !isTrigger(parsed.tokenOfWord[verb]) {
                holders.append(verb)
            }
        } else {
            // "imposed sanctions on X": the object carries the verb's complements, unless it is an event the verb
            // judges ("condemned the attack on X"), whose complements are its own.
            // "demanded an inquiry and a formal apology from X": the complement hung on a conjunct of the object is shared.
            let firstObjects = parsed.dependents(of: head).filter { parsed.relation(of: $0) == .obj && mentionOfWord[$0] == nil }
            let objects = firstObjects + firstObjects.flatMap { object in
                parsed.dependents(of: object, [.conj]).filter { parsed.tag(of: $0) == .noun && mentionOfWord[$0] == nil }
            }
            judged = objects.filter { !phrase.contains($0) && isJudgedEvent($0) }
            holders += objects.filter { !judged.contains($0) }
            // "lifted the sanctions imposed on X": the support verb of the object's participle carries its complements.
            // The participle may be labelled a modifier ("las sanciones impuestas a X").
            holders += objects.filter { !judged.contains($0) }.flatMap { parsed.dependents(of: $0, [.acl, .nmod, .amod]) }.filter { word in
                [.verb, .adj].contains(parsed.tag(of: word)) && words.supportVerbs.contains(tokens[parsed.tokenOfWord[word]])
            }
            // "spoke by phone with X": the party talked with is the verb's, however the parser hung it on the means;
            // "acordó este jueves con X": so is a complement hung on a day written after the verb.
            holders += parsed.dependents(of: head).filter { means in
                (parsed.relation(of: means) == .obl && words.mediumNouns.contains(tokens[parsed.tokenOfWord[means]]))
                    || (means > head && isTimeNoun(means))
            }
        }
        // "imposed by the EU on Belarus": a complement the parser hung on a name that a holder governs is the holder's,
        // a state or a person taking no such complement. A subject's are its own: "President X of Ghana held talks with
        // Y" names where X serves. Appended in place: no list per holder.
        for index in holders.indices {
            for child in parsed.dependents(of: holders[index])
            where mentionOfWord[child] != nil && parsed.tag(of: child) == .propn && !phrase.contains(child)
                && parsed.relation(of: child) != .nsubj {
                holders.append(child)
            }
        }
        // The complements are gathered into one list, holder by holder: no list per holder filtered and copied.
        var complements: [(word: Int, markers: [String])] = []
        // "condemned the US embargo on Cuba" with "on Cuba" hung on the verb: after an event the verb judges, whom a
        // preposition of aim introduces is the event's target, not the judge's.
        let lastJudged = judged.max() ?? Int.max
        for holder in holders {
            // "talks with officials from X", "une rencontre avec des diplomates de X": the party met keeps its owner,
            // who is met through it, not the author of the meeting.
            let keepsOwner = holder != head && isAgentNoun(holder) && markers(of: holder).contains(words.comitative)
            appendComplements(of: holder, phrase: phrase, to: &complements) { complement in
                if keepsOwner, complement.markers.contains(where: { $0 == words.genitive || words.authorMarkers.contains($0) }) { return false }
                return holder != head || complement.word < lastJudged || !complement.markers.contains(where: words.aimPrepositions.contains)
            }
        }
        if isNoun, parsed.relation(of: head) == .obj, let verb = parsed.governor(of: head), parsed.tag(of: verb) == .verb,
           !holders.contains(verb), isTrigger(parsed.tokenOfWord[verb]) {
            appendComplements(of: verb, phrase: phrase, to: &complements) { complement in
                complement.word > head && complement.markers.contains(where: words.aimPrepositions.contains)
            }
        }
        // "asked for the expulsion of X's envoy": whom a judged event befalls, written in the genitive, may still be
        // the one asked.
        if judgedKeepGenitives {
            for event in judged {
                appendComplements(of: event, phrase: phrase, to: &complements) { $0.markers.contains(words.genitive) }
            }
        }
        // "recibió en el Palacio Nacional a su homólogo": an actor hung on the verb's place or time, by any preposition
        // but the genitive, is the verb's; an event the verb judges keeps its own, and so does an event that only says
        // when ("following a conversation between X and Y, the ministers agreed…").
        if !isNoun {
            for place in parsed.dependents(of: head)
            where parsed.relation(of: place) == .obl && (mentionOfWord[place] == nil || parsed.tag(of: place) == .propn)
                && !isJudgedEvent(place) && !(isTrigger(parsed.tokenOfWord[place]) && isTimeClause(place)) {
                appendComplements(of: place, phrase: phrase, to: &complements) { complement in
                    mentionOfWord[complement.word] != nil && !complement.markers.isEmpty && !complement.markers.contains(words.genitive)
                }
            }
        }
        return PrepositionalComplements(complements: complements)
    }

    /// Appends the complements of `holder` introduced by a preposition, with their prepositions, that `accepts`.
    private func appendComplements(of holder: Int, phrase: [Int], to complements: inout [(word: Int, markers: [String])],
                                   accepts: ((word: Int, markers: [String])) -> Bool) {
        let keepsGenitive = keepsOwnGenitive(holder, phrase: phrase)
        for child in parsed.dependents(of: holder) {
            // A word inside the holder's own mention ("Nord" in "Corée du Nord") is no complement of it.
            let sameMention = mentionOfWord[child] != nil && mentionOfWord[child] == mentionOfWord[holder]
            // "las sanciones que X impuso a Y" with "a Y" read as the object, as Spanish marks persons: a name with a
            // preposition is a complement whatever its label.
            let isOblique = Self.obliqueRelations.contains(parsed.relation(of: child))
                || (parsed.relation(of: child) == .obj && mentionOfWord[child] != nil && !markers(of: child).isEmpty)
            guard !sameMention, !phrase.contains(child), isOblique, !isCompoundPreposition(child) else { continue }
            let complement = (word: child, markers: complementMarkers(of: child))
            guard !keepsGenitive || mentionOfWord[child] == nil || !complement.markers.contains(words.genitive),
                  accepts(complement) else { continue }
            complements.append(complement)
        }
    }

    /// "held meetings with the King of Jordan and X": an actor that is itself a complement introduced by another
    /// preposition than the genitive keeps the actor in its genitive to itself; the King's state is not the meeting's
    /// author. A genitive that names no actor may still be the event's, misplaced by the parser ("l'adoption par le
    /// Conseil d'une résolution").
    private func keepsOwnGenitive(_ holder: Int, phrase: [Int]) -> Bool {
        guard !phrase.contains(holder), mentionOfWord[holder] != nil,
              [.nmod, .obl].contains(parsed.relation(of: holder)) else { return false }
        let markers = self.markers(of: holder)
        return !markers.isEmpty && !markers.contains(words.genitive)
    }

    /// The prepositions that introduce a complement: its own, or the noun itself when it is one of the language's
    /// prepositional nouns with no preposition of its own ("le long de la frontière": "long" introduces the border).
    /// The parser may hang the genitive beside the noun ("des troupes le long de la frontière", both on "troupes"):
    /// written right after it, the genitive is introduced by the noun too.
    private func complementMarkers(of word: Int) -> [String] {
        let markers = self.markers(of: word)
        if markers.isEmpty, isPrepositionalNoun(word) { return [parsed.folded(word, tokens)] }
        guard markers.contains(words.genitive) else { return markers }
        let start = (parsed.dependents(of: word).filter { $0 < word }.min() ?? word) - 1
        guard start >= 0, isPrepositionalNoun(start), parsed.governor(of: start) == parsed.governor(of: word) else { return markers }
        return markers + [parsed.folded(start, tokens)]
    }

    private func isPrepositionalNoun(_ word: Int) -> Bool {
        words.prepositionalNouns.contains(tokens[parsed.tokenOfWord[word]]) && markers(of: word).isEmpty
    }

    /// "both of which", "tous deux": a quantifier whose relative makes the clause's antecedent the subject. The
    /// parser may hang the relative on the verb instead: "both of which" written in a row counts as well.
    func hasRelativeDependent(_ word: Int) -> Bool {
        let token = parsed.tokenOfWord[word]
        guard words.relativeQuantifiers.contains(tokens[token]) else { return false }
        if parsed.dependents(of: word).contains(where: { isRelativePronoun($0) || words.relativePronouns.contains(tokens[parsed.tokenOfWord[$0]]) }) {
            return true
        }
        return token + 2 < tokens.count && tokens[token + 1].folded == words.genitive && words.relativePronouns.contains(tokens[token + 2])
    }

    /// An infinitive complement: labelled `xcomp`, or an adverbial clause opened by the infinitive's particle, which
    /// is how the parser often reads "asked X to consider…".
    func isControlledInfinitive(_ verb: Int) -> Bool {
        switch parsed.relation(of: verb) {
        case .xcomp: true
        case .advcl: parsed.dependents(of: verb).contains { parsed.relation(of: $0) == .mark && words.infinitiveMarkers.contains(tokens[parsed.tokenOfWord[$0]]) }
        default: false
        }
    }

    /// "llegó a amenazar a X", "est arrivé à convaincre X": a verb of arrival whose infinitive opens with the language's
    /// particle of result says that act came to pass; it is no journey, and the act is no topic of one.
    func isArrivalPeriphrasis(_ verb: Int) -> Bool {
        parsed.dependents(of: verb).contains { child in
            parsed.tag(of: child) == .verb && [.xcomp, .advcl, .ccomp].contains(parsed.relation(of: child))
                && parsed.dependents(of: child).contains { marker in
                    marker < child && [.mark, .case].contains(parsed.relation(of: marker))
                        && words.arrivalPeriphrasisMarkers.contains(tokens[parsed.tokenOfWord[marker]])
                }
        }
    }

    func isRelativePronoun(_ word: Int) -> Bool {
        // "la visite que X a effectuée", with "que" tagged a subordinator but labelled the clause's object.
        (parsed.tag(of: word) == .pron || (parsed.tag(of: word) == .sconj && [.obj, .nsubj].contains(parsed.relation(of: word))))
            && words.relativePronouns.contains(tokens[parsed.tokenOfWord[word]])
            && parsed.relation(of: parsed.governor(of: word) ?? word) != .root
            && parsed.governor(of: word).map { parsed.relation(of: $0) == .acl } ?? false
    }

    /// No written subject, or a personal pronoun: "Il a condamné…", "Condenó…". An infinitive under another word
    /// ("with the aim of arresting") has no subject of its own to leave unwritten: the sentence before does not supply it.
    func hasWrittenSubject(_ verb: Int) -> Bool {
        parsed.dependents(of: verb).contains { Self.subjectRelations.contains(parsed.relation(of: $0)) }
    }

    /// An agent noun, or a noun of the state as a whole, whose owner is a possessive with no antecedent in the sentence:
    /// "Its president", "Son armée", "his country will recognize…".
    func isOwnedByUnresolvedPossessive(_ word: Int) -> Bool {
        let noun = tokens[parsed.tokenOfWord[word]]
        guard words.agentNouns.contains(noun) || words.homelandNouns.contains(noun) else { return false }
        return parsed.dependents(of: word).contains { owner in
            words.possessives.contains(tokens[parsed.tokenOfWord[owner]]) && antecedent(of: owner) == nil
        }
    }

    /// "The letter sent on Friday accuses X", "le communiqué dénonce X": a message (`messageNouns`) after a determiner
    /// pointing back, with no author written on it, is the one the discourse last had send it, as a pronoun would be.
    func isUnattributedMessage(_ word: Int) -> Bool {
        isNamedAgain(word, among: words.messageNouns)
    }

    /// A government or armed forces noun ("gouvernement", "army", "tropas"): what it does, its state does.
    func isStateBodyNoun(_ word: Int) -> Bool {
        let noun = tokens[parsed.tokenOfWord[word]]
        return FunctionWords.governmentNouns.contains(noun) || words.militaryNouns.contains(noun)
    }

    /// A noun of a visitor's programme with no owner written ("the agenda included a meeting with X"): it stands for
    /// whom the article follows, as a pronoun would.
    func isItineraryNoun(_ word: Int) -> Bool {
        parsed.tag(of: word) == .noun && mentionOfWord[word] == nil && words.itineraryNouns.contains(tokens[parsed.tokenOfWord[word]])
            && possessorWords(of: word).isEmpty
    }

    /// A personal pronoun ("il", "he", "ella", "him").
    func isPersonalPronoun(_ word: Int) -> Bool {
        let token = tokens[parsed.tokenOfWord[word]]
        // "los llamó", "les a appelés": an object clitic the tagger reads as an article is a pronoun too.
        return (parsed.tag(of: word) == .pron && (words.subjectPronouns.contains(token) || words.objectPronouns.contains(token)))
            || isCliticObject(word)
    }

    func subjectIsUnwritten(_ head: Int) -> Bool {
        guard !Self.controlledRelations.contains(parsed.relation(of: head)) else { return false }
        // "con el propósito de detener": an infinitive completing a noun has no subject to look for elsewhere.
        if parsed.relation(of: head) == .advcl, let governor = parsed.governor(of: head), parsed.isNominal(governor) { return false }
        // "Il faut sanctionner X": what an impersonal verb governs has no one for its subject.
        if let governor = parsed.governor(of: head), words.impersonalVerbs.contains(tokens[parsed.tokenOfWord[governor]]) { return false }
        // "X, which broke ties with Y" read as a coordinated clause: a relative pronoun's antecedent is in the
        // sentence, never a subject of the sentences before, even when it names no actor.
        if parsed.dependents(of: head).contains(where: {
            parsed.relation(of: $0) == .nsubj && words.relativePronouns.contains(tokens[parsed.tokenOfWord[$0]])
        }) { return false }
        let subjects = subjectWords(of: head)
        return subjects.isEmpty || subjects.allSatisfy {
            parsed.tag(of: $0) == .pron && mentionOfWord[$0] == nil && !words.relativePronouns.contains(tokens[parsed.tokenOfWord[$0]])
        }
    }
}
