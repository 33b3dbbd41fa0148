/// From the words a role found to the actors they name: mentions, list members, what an agent noun or a title
/// stands for, and the antecedents of relative, object, subject and possessive pronouns.
extension TreeArguments {
    /// "…the support of X and Y, but Z refused": a conjunct joined by a conjunction of contrast is no list member.
    func isContrasted(_ conjunct: Int) -> Bool {
        parsed.dependents(of: conjunct).contains { child in
            parsed.relation(of: child) == .cc && words.adversatives.contains(tokens[parsed.tokenOfWord[child]])
        }
    }

    /// The mentions the phrases headed by `heads` name: a mention itself, the members coordinated with it, and
    /// the actor an agent noun stands for ("the Israeli army", "le gouvernement du Mali").
    func resolve(_ heads: [Int]) -> [Mention] {
        // Most roles of a frame find no word: asked for every role of every trigger.
        guard !heads.isEmpty else { return [] }
        var found: [Int] = []
        /// Seats a ruling noun stands for: "the authorities in Bamako" are Mali's, not a place.
        var ruled = Set<Int>()
        // The words are read in the order they are queued, and a word queued before has been read: the queue is also
        // the list of words visited, and is copied only when a word adds to it. What each word names depends on that
        // word alone, and the actors are sorted at the end, so the order of reading changes nothing.
        var queue = heads
        var next = 0
        while next < queue.count {
            let word = queue[next]
            next += 1
            // A handful of words at most: a list searched in place costs less than hashing each into a set.
            guard !queue[..<(next - 1)].contains(word) else { continue }
            if var mention = mentionOfWord[word] {
                if isIndividual(mention) { continue }
                mention = named(mention) ?? mention
                if !found.contains(mention) { found.append(mention) }
                // A long mention ("Indian prime minister Lal Bahadur Shastri") may carry its coordination on any word.
                // "the invasion of Ukraine, as well as China's moves": a common noun joined to a name is no list member.
                // The conjuncts are queued as they are found: no list of them is built to be filtered.
                for member in parsed.words(of: mentions[mention].range) {
                    for child in parsed.dependents(of: member) where parsed.relation(of: child) == .conj && mayNameActor(child)
                        && !isContrasted(child) && !(mentionOfWord[child].map(ownsNextTitle) ?? false) {
                        queue.append(child)
                    }
                }
                // "met Turkish officials, including President X and Prime Minister Y": those named are met too.
                if !mentions[mention].isProperName, let last = parsed.words(of: mentions[mention].range).last,
                   let first = firstExample(after: last), !found.contains(first) {
                    found.append(first)
                }
                continue
            }
            for child in parsed.dependents(of: word) where parsed.relation(of: child) == .conj && !isContrasted(child) {
                queue.append(child)
            }
            if let antecedent = antecedent(of: word) {
                queue.append(antecedent)
                continue
            }
            let bodies = bodiesOfMembers(word)
            if !bodies.isEmpty {
                queue += bodies
                continue
            }
            let standIns = standIns(of: word)
            if words.rulerNouns.contains(tokens[parsed.tokenOfWord[word]]) { ruled.formUnion(standIns) }
            for actor in standIns where !found.contains(actor) { found.append(actor) }
        }
        var members: [Mention] = []
        found.sort()
        for index in found {
            var mention = mentions[index]
            if ruled.contains(index) { mention.isLocative = false }
            // The mention, then its listable list members, each added once: no list of them is built to be read once.
            if !members.contains(mention) { members.append(mention) }
            for position in listMembers(index) where isListable(mentions[position]) && !ownsNextTitle(position) && !members.contains(mentions[position])
                && !isSubjectOfOwnVerb(mentions[position], besides: mentions[index]) {
                members.append(mentions[position])
            }
        }
        members.sort { $0.range.lowerBound < $1.range.lowerBound }
        return members
    }

    /// "criticised by 15 countries of the AU and by the UN": the international organizations the genitive of a noun of
    /// members names (`memberNouns`), and none for a state's neighbours or a region's countries.
    private func bodiesOfMembers(_ word: Int) -> [Int] {
        guard parsed.isNominal(word), words.memberNouns.contains(tokens[parsed.tokenOfWord[word]]) else { return [] }
        return parsed.dependents(of: word, [.nmod]).filter { complement in
            guard markers(of: complement) == [words.genitive], let mention = mentionOfWord[complement] else { return false }
            return mentions[mention].refs.allSatisfy { if case .organization = $0 { true } else { false } }
        }
    }

    /// "accused an Iranian-Norwegian of…", "un Français a été arrêté": a demonym standing alone after a singular
    /// indefinite article is one of the state's people, not the state.
    private func isIndividual(_ mention: Int) -> Bool {
        // The tagger may call such a demonym an adjective; it is a noun wherever it modifies none.
        guard mentions[mention].form == .demonym, let head = parsed.head(of: parsed.words(of: mentions[mention].range)),
              !Self.nounModifierRelations.contains(parsed.relation(of: head)) else { return false }
        return parsed.dependents(of: head).contains {
            parsed.relation(of: $0) == .det && words.singularIndefinites.contains(tokens[parsed.tokenOfWord[$0]])
        }
    }

    /// A mention the surface lists beside another is a member of that list unless the tree makes it a modifier of a
    /// noun that names no actor: "Denmark, a NATO ally of…" lists no NATO.
    private func isListable(_ mention: Mention) -> Bool {
        // "Ukraine, as well as China's moves": a possessor belongs to the noun after it.
        if mention.range.upperBound < tokens.count, Self.isPossessiveEnding(tokens[mention.range.upperBound].folded) { return false }
        guard let head = parsed.head(of: parsed.words(of: mention.range)), let governor = parsed.governor(of: head) else { return true }
        return !(Self.nounModifierRelations.contains(parsed.relation(of: head)) && mentionOfWord[governor] == nil)
    }

    private static let nounModifierRelations: DependencyRelations = [.amod, .compound]

    /// "Los presidentes de X, A, y de Y, B", "the foreign ministers of X, A, and of Y, B": a state named after the
    /// genitive of a title the coordination leaves unwritten, between the holder of the first title and its own holder's
    /// name after a comma, says whose that holder is; it is no member of the list. "…d'Érythrée et d'Éthiopie, MM. A et
    /// B" lists both states.
    private func ownsNextTitle(_ mention: Int) -> Bool {
        guard mention > 0, !mentions[mention - 1].refs.isEmpty, mentions[mention - 1].refs.allSatisfy({ $0.personIndex != nil }),
              let preposition = mentions[mention].preposition, words.genitiveForms.contains(preposition), mention + 1 < mentions.count,
              case let after = mentions[mention].range.upperBound, after < tokens.count, tokens[after].text == ",",
              mentions[mention + 1].range.lowerBound == after + 1, mentions[mention + 1].form == .name else { return false }
        return mentions[mention + 1].refs.allSatisfy { $0.personIndex != nil }
    }

    /// "X recalled its envoy to Lomé and Benin severed air links": a name the text lists with another is no member of
    /// that list when the parse makes it the subject of a verb the other is not the subject of.
    /// The parse's own coordination ("Germany and France, which…", "the Kenyan and Ugandan presidents") keeps them listed.
    private func isSubjectOfOwnVerb(_ member: Mention, besides listed: Mention) -> Bool {
        guard let head = parsed.head(of: parsed.words(of: member.range)), parsed.relation(of: head) == .nsubj,
              let verb = parsed.governor(of: head), let other = parsed.head(of: parsed.words(of: listed.range)) else { return false }
        return parsed.governor(of: other) != head && parsed.governor(of: other) != verb
    }

    /// "'s" with either apostrophe.
    private static func isPossessiveEnding(_ folded: String) -> Bool {
        folded == "'s" || folded == "’s"
    }

    /// What a pronoun stands for: a relative's antecedent ("…, which", "both of which"), or for an object
    /// pronoun the last actor named before it ("urged him").
    func antecedent(of word: Int) -> Int? {
        let token = tokens[parsed.tokenOfWord[word]]
        guard parsed.tag(of: word) == .pron || (parsed.tag(of: word) == .det && words.possessives.contains(token)) || isCliticObject(word)
        else { return nil }
        if words.relativeQuantifiers.contains(token) || isRelativePronoun(word),
           let clause = parsed.governor(of: word), parsed.relation(of: clause) == .acl {
            return parsed.governor(of: clause)
        }
        if let named = nameBeforeComma(relativeSubject: word) { return named }
        if words.possessives.contains(token) { return possessiveOwner(word) }
        if words.subjectPronouns.contains(token) || words.speakerPronouns.contains(token), parsed.relation(of: word) == .nsubj {
            return reportingSubject(of: word) ?? relativeClauseSubject(of: word)
        }
        guard isWord(word, in: words.objectPronouns), [.obj, .iobj].contains(parsed.relation(of: word)) else { return nil }
        let verb = parsed.governor(of: word) ?? word
        let subjects = Set(subjectWords(of: verb).compactMap { mentionOfWord[$0] })
        // "to prevent it from being sunk": "it" stands for no person.
        let isThing = isWord(word, in: words.thingPronouns)
        // "…Qatar, home to a major U.S. military base, accusing it": a name modifying another noun is no referent.
        return (0..<word).last { candidate in
            guard let mention = mentionOfWord[candidate], !subjects.contains(mention),
                  !(isThing && mentions[mention].refs.contains { $0.personIndex != nil }) else { return false }
            return parsed.head(of: parsed.words(of: mentions[mention].range)) == candidate
                && !Self.nounModifierRelations.contains(parsed.relation(of: candidate))
        }
    }

    /// Whether `word` is one of `set`: its token, or, for a word the tokenizer split off a token ("acusándolos"), its own
    /// form.
    func isWord(_ word: Int, in set: WordSet) -> Bool {
        let token = parsed.tokenOfWord[word]
        return parsed.words(of: token..<token + 1).count == 1 ? set.contains(tokens[token]) : set.contains(parsed.folded(word, tokens))
    }

    /// "X a saisi des navires qu'elle accuse de…", "X struck sites that it says…": the subject pronoun of a relative
    /// clause stands for the actor who is subject of the clause the antecedent is in; the antecedent itself is not.
    private func relativeClauseSubject(of pronoun: Int) -> Int? {
        guard words.subjectPronouns.contains(tokens[parsed.tokenOfWord[pronoun]]), let clause = parsed.governor(of: pronoun),
              parsed.label(of: clause).isSubtype("relcl", of: .acl), let antecedent = parsed.governor(of: clause),
              let subject = clauseSubject(above: antecedent), subject < pronoun, mentionOfWord[subject] != nil else { return nil }
        return subject
    }

    /// "l'a remercié", "pour le féliciter": a French object clitic the tagger reads as the article it is spelt like,
    /// and the parser still hangs before its verb as the object.
    func isCliticObject(_ word: Int) -> Bool {
        guard parsed.tag(of: word) == .det, [.obj, .iobj].contains(parsed.relation(of: word)),
              let verb = parsed.governor(of: word), word < verb, [.verb, .aux].contains(parsed.tag(of: verb)) else { return false }
        return words.objectPronouns.contains(tokens[parsed.tokenOfWord[word]])
    }

    /// "…ties with X, which broke all ties with Y" with the relative clause read as coordinated: the subject relative
    /// stands for the name written just before its comma; a demonym there names people ("some Turkish-Americans, who").
    private func nameBeforeComma(relativeSubject word: Int) -> Int? {
        guard word >= 2, parsed.relation(of: word) == .nsubj, words.relativePronouns.contains(tokens[parsed.tokenOfWord[word]]),
              tokens[parsed.tokenOfWord[word - 1]].text == ",", let mention = mentionOfWord[word - 2], mentions[mention].isProperName,
              parsed.head(of: parsed.words(of: mentions[mention].range)) == word - 2 else { return nil }
        return word - 2
    }

    /// "Beijing has sought…, despite its ties with Moscow": a possessive stands for the subject of its clause.
    func clauseSubject(above word: Int) -> Int? {
        var path: Set<Int> = [word]
        var current = parsed.governor(of: word)
        while let node = current, path.count < 12 {
            path.insert(node)
            // A clause whose only subject is the possessive itself ("despite its deepening ties", misread) passes the
            // question up to the clause above.
            // A participle on a noun ("los acuerdos obtenidos durante su visita") has the noun for its subject, not
            // an owner: the question goes up to the clause the noun is in.
            if [.verb, .aux].contains(parsed.tag(of: node)), !parsed.label(of: node).isPlain(.acl) {
                let subjects = subjectWords(of: node)
                if subjects != [word] {
                    return subjects.first { !path.contains($0) && parsed.tag(of: $0) != .pron }
                        ?? subjects.first { isAsideOfSubject(word, subject: $0) }
                }
            }
            current = parsed.governor(of: node)
        }
        return nil
    }

    /// "El primer ministro X, en su visita a Y, dijo…" with the aside hung on the subject: a possessive in a phrase
    /// opened by a preposition other than the genitive, hung right on the subject, stands for the subject.
    private func isAsideOfSubject(_ possessive: Int, subject: Int) -> Bool {
        guard let noun = parsed.governor(of: possessive), noun != subject, parsed.governor(of: noun) == subject,
              mentionOfWord[subject] != nil, case let markers = markers(of: noun), !markers.isEmpty else { return false }
        return !markers.contains(words.genitive)
    }

    /// "South Sudan says it will withdraw": the subject pronoun of a reported clause is the speaker, unless quoted.
    /// "«Nous rejetons…», a déclaré le ministère": a speaker's "we" is the speaker too, in a quote the attribution
    /// governs or one that governs the attribution.
    func reportingSubject(of pronoun: Int) -> Int? {
        guard var clause = parsed.governor(of: pronoun) else { return nil }
        while [.conj, .xcomp].contains(parsed.relation(of: clause)), let up = parsed.governor(of: clause) { clause = up }
        let isSpeaker = words.speakerPronouns.contains(tokens[parsed.tokenOfWord[pronoun]])
        // '"The council met and it agreed…," its president said': inside a quotation only the speaker's own pronouns
        // stand for the speaker; "it" there is someone the speaker names.
        if !isSpeaker, QuotedPhrases.isQuoted(tokens, at: parsed.tokenOfWord[pronoun], from: parsed.tokenOfWord[0]) { return nil }
        // '"We broke off relations", the president said': the speaker is the attribution's subject, or the name after
        // its verb that the parser read as an object.
        if isSpeaker, let attribution = parsed.dependents(of: clause).first(where: {
            $0 > clause && Self.attributionRelations.contains(parsed.relation(of: $0)) && followsQuote($0)
        }) {
            return speakerWords(of: attribution).first { parsed.tag(of: $0) != .pron }
        }
        let relations: DependencyRelations = isSpeaker ? Self.attributionRelations : [.ccomp]
        guard relations.contains(parsed.relation(of: clause)), let verb = parsed.governor(of: clause) else { return nil }
        return speakerWords(of: verb).first { parsed.tag(of: $0) != .pron }
    }

    /// The person a bare title is in apposition with: "le président provisoire Roberto Micheletti".
    func named(_ mention: Int) -> Int? {
        guard mentions[mention].form == .official, let head = parsed.head(of: parsed.words(of: mentions[mention].range)) else { return nil }
        // A name in apposition, not one a preposition introduces ("le président suédois au Chili").
        return parsed.dependents(of: head).lazy
            .filter { [.appos, .flat, .nmod].contains(self.parsed.relation(of: $0)) && self.markers(of: $0).isEmpty }
            .compactMap { self.mentionOfWord[$0] }
            // "the foreign ministers of X, Y and Z": states beside a title are a list, not its holder's name.
            .first { self.mentions[$0].form == .name && self.mentions[$0].refs.allSatisfy { $0.personIndex != nil } }
    }

    /// A name, a pronoun, or a noun that stands for an actor (an agent, ruling or territory noun).
    private func mayNameActor(_ word: Int) -> Bool {
        if mentionOfWord[word] != nil || [.propn, .pron].contains(parsed.tag(of: word)) { return true }
        let token = tokens[parsed.tokenOfWord[word]]
        return words.agentNouns.contains(token) || words.rulerNouns.contains(token) || words.territoryNouns.contains(token)
            || isSpelledOut(word)
    }

    /// A noun whose actors are written out beside it: "the four mediators — Egypt, Kenya…", "las potencias (X, Y…)".
    private func isSpelledOut(_ word: Int) -> Bool {
        parsed.tag(of: word) == .noun && (parsed.dependents(of: word).contains { parsed.relation(of: $0) == .appos && mentionOfWord[$0] != nil }
            || firstExample(after: word) != nil)
    }

    func conjuncts(of word: Int) -> [Int] {
        parsed.dependents(of: word).filter { parsed.relation(of: $0) == .conj }
    }

    /// "a coalition of nine states, including…": the states listed under a group are the group's, not actors of its verb.
    /// An agent noun's complement is its owner, not a group: "the envoys of the five members — X, Y…" are X's and Y's;
    /// a part noun's complement is the agent itself: "por parte de varios países, entre ellos X y Y" names X and Y.
    private func isMemberList(_ word: Int) -> Bool {
        guard let governor = parsed.governor(of: word), case let token = tokens[parsed.tokenOfWord[governor]],
              !words.agentNouns.contains(token), !words.partNouns.contains(token) else { return false }
        return parsed.isNominal(governor) && markers(of: word).contains(words.genitive)
    }

    /// The mentions a noun that is not itself an actor stands for: a demonym or name modifying it, for an agent
    /// noun its complement ("the government of Iran"), and for a territory noun any complement ("the border with
    /// Ukraine").
    /// - Parameter owned: the word completes an agent noun ("the Ministry of Foreign Affairs of X"): its own
    ///   complement is the agent's owner too.
    func standIns(of word: Int, owned: Bool = false) -> [Int] {
        guard [.noun, .propn, .pron].contains(parsed.tag(of: word)) else { return [] }
        let isAgent = owned || words.agentNouns.contains(tokens[parsed.tokenOfWord[word]])
        let isRuler = words.rulerNouns.contains(tokens[parsed.tokenOfWord[word]])
        let isTerritory = words.territoryNouns.contains(tokens[parsed.tokenOfWord[word]])
        var found: [Int] = []
        var leaders: [Int] = []
        for child in parsed.dependents(of: word) {
            let relation = parsed.relation(of: child)
            // "a delegation led by X": an agent noun that names no one stands for the one who leads it.
            if isAgent, relation == .acl, words.leadingParticiples.contains(tokens[parsed.tokenOfWord[child]]) {
                leaders += agentWords(of: child).compactMap { mentionOfWord[$0] }
                continue
            }
            // "the delegation, made up of X and Y", "enviada por X e integrada por Y": the members it lists, when nothing
            // else names it.
            if isAgent, relation == .acl {
                for participle in [child] + conjuncts(of: child) where words.memberParticiples.contains(tokens[parsed.tokenOfWord[participle]]) {
                    leaders += members(listedBy: participle)
                }
                continue
            }
            guard Self.modifierRelations.contains(relation) else { continue }
            // An agent noun is its owner's ("the forces of X", "X's envoy"), not what another preposition names ("the
            // force against officials of X", "the ambassador to X"); a ruling noun is also its seat's ("in Bamako").
            let markers = relation == .nmod ? self.markers(of: child) : []
            // "ambassadors from X", "officials from X": an agent noun is also the state it comes from.
            let owns = markers.isEmpty || markers.contains(words.genitive) || isRuler || isTerritory
                || (isAgent && markers.contains(where: words.authorMarkers.contains))
            guard let mention = mentionOfWord[child] else {
                if isAgent, relation == .nmod, owns { found += standIns(of: child, owned: !owned) }
                // "las fuerzas armadas ecuatorianas": a demonym on the agent noun's adjective is the noun's.
                if isAgent, relation == .amod { found += demonyms(under: child) }
                // "le tir de missile nord-coréen": a complement without an article makes one name with its noun, and the
                // demonym written after it is the whole name's.
                if relation == .nmod, markers == [words.genitive], isArticleless(child) { found += demonyms(under: child) }
                continue
            }
            // Any noun is its demonym's ("a Russian ship") and the actors set beside it are what it names ("19 other
            // countries, including Australia and Chile"); only an agent noun is its complement's or its name's ("the
            // government of Iran", not "the Tashkent Declaration").
            let isPossessor = parsed.label(of: child).isSubtype("poss", of: .nmod)
            let isDemonym = mentions[mention].form == .demonym && (relation == .amod || relation == .compound)
            // A complement of an agent noun passes on only its own genitive ("of Foreign Affairs of X"), not its
            // modifiers ("the UN Security Council members").
            let passesOwner = !owned || (relation == .nmod && !markers.isEmpty)
            guard ((isAgent || isTerritory) && owns && passesOwner) || isPossessor || isDemonym || (relation == .appos && !isMemberList(word)) else { continue }
            found.append(mention)
            for member in conjuncts(of: child) {
                if let other = mentionOfWord[member] { found.append(other) }
            }
        }
        // "une délégation russe dirigée par X" is Russia's: a leader stands for a group only when nothing else names it.
        if found.isEmpty { found = leaders }
        if found.isEmpty, !isMemberList(word), let first = firstExample(after: word) { found.append(first) }
        // "the border with Syria", "his counterparts in both countries": written right after the noun, the complement is
        // the noun's wherever the parser hangs it.
        if found.isEmpty, isTerritory || FunctionWords.counterpartNouns.contains(tokens[parsed.tokenOfWord[word]]),
           let neighbour = complement(rightAfter: word) {
            found.append(neighbour)
        }
        return found
    }

    /// "massed troops at the border with Syria": parsers hang the complement of a territory noun on the verb as often
    /// as on the noun; written right after the noun, it is the noun's.
    private func complement(rightAfter word: Int) -> Int? {
        var token = parsed.tokenOfWord[word] + 1
        guard token < tokens.count, FunctionWords.prepositions.contains(tokens[token]) else { return nil }
        token += 1
        while token < tokens.count, FunctionWords.articles.contains(tokens[token]) { token += 1 }
        return mentions.firstIndex { $0.range.lowerBound == token && $0.form != .demonym }
    }

    /// The word of a name written right after a trigger's last token, opened by one of `roles`' prepositions (articles
    /// aside) and hung anywhere by the parser, as long as the preposition is the name's own ("to a NATO base" names
    /// a base).
    func complement(rightAfter range: Range<Int>, markedByOneOf roles: [ArgumentRole]) -> Int? {
        var token = range.upperBound
        guard token + 1 < tokens.count, tokens[token].isWord,
              roles.contains(where: { $0.preposition == tokens[token].folded })
        else { return nil }
        let marker = token
        token += 1
        while token < tokens.count, FunctionWords.articles.contains(tokens[token]) { token += 1 }
        guard let mention = mentions.firstIndex(where: { $0.range.lowerBound == token && $0.form != .demonym }),
              let name = parsed.head(of: parsed.words(of: mentions[mention].range)),
              parsed.dependents(of: name).contains(where: { parsed.tokenOfWord[$0] == marker }) else { return nil }
        return name
    }

    /// The actors a participle of membership lists: its complements and their conjuncts ("made up of X and Y"), also
    /// those hung on its particle.
    private func members(listedBy participle: Int) -> [Int] {
        var found: [Int] = []
        let particles = parsed.dependents(of: participle).filter { [.compound, .advmod].contains(parsed.relation(of: $0)) }
        for complement in ([participle] + particles).flatMap({ parsed.dependents(of: $0) })
        where [.obl, .obj, .nmod].contains(parsed.relation(of: complement)) {
            for word in [complement] + conjuncts(of: complement) {
                if let mention = mentionOfWord[word] { found.append(mention) }
            }
        }
        return found
    }

    private func isArticleless(_ noun: Int) -> Bool {
        parsed.tag(of: noun) == .noun && !parsed.dependents(of: noun).contains { parsed.relation(of: $0) == .det }
    }

    private func demonyms(under adjective: Int) -> [Int] {
        parsed.dependents(of: adjective).compactMap { mentionOfWord[$0] }.filter { mentions[$0].form == .demonym }
    }

    /// "four other countries, including Chad and Mali", "trois pays voisins, dont le Tchad", "the six powers — X, Y
    /// and Z": the first actor of a list of examples written after a noun (its adjectives, a comma and the words
    /// that open the list, or a dash, a colon or a bracket before a list of two or more, then articles). Parsers
    /// hang such lists every way; the surface says plainly what the noun names.
    private func firstExample(after word: Int) -> Int? {
        var next = word + 1
        while next < parsed.wordCount, parsed.tag(of: next) == .adj, parsed.governor(of: next) == word { next += 1 }
        // "d'autres pays de la région parmi lesquels X, Y…": the noun's own short complement may stand before a list opened
        // by its marker alone.
        var complement = next
        while complement < parsed.wordCount, complement - next < Self.longestComplementBeforeList, parsed.tag(of: complement) != .punct,
              isBelow(complement, word), !words.exampleMarkers.contains(tokens[parsed.tokenOfWord[complement]]) {
            complement += 1
        }
        guard next < parsed.wordCount else { return nil }
        var token = parsed.tokenOfWord[next]
        guard token < tokens.count else { return nil }
        // Single markers are also prepositions and conjunctions ("entre", "como", "dont"): without a comma, only a marker
        // of two words ("parmi lesquels", "entre ellos", "such as") or "including" opens the list.
        let markerAlone = complement < parsed.wordCount && opensListWithoutComma(at: parsed.tokenOfWord[complement])
        if markerAlone { token = parsed.tokenOfWord[complement] - 1 }
        // The openers are punctuation: a word, as most tokens after a noun are, is not hashed to be looked up.
        let opensList = tokens[token].kind == .punctuation && Self.listOpeners.contains(tokens[token].text)
        guard opensList || markerAlone || tokens[token].text == "," else { return nil }
        token += 1
        let markerStart = token
        while token < tokens.count, words.exampleMarkers.contains(tokens[token]) { token += 1 }
        guard token > markerStart || opensList else { return nil }
        while token < tokens.count, FunctionWords.articles.contains(tokens[token]) { token += 1 }
        guard let first = mentions.firstIndex(where: { $0.range.lowerBound == token }) else { return nil }
        return token > markerStart || !listMembers(first).isEmpty ? first : nil
    }

    /// Punctuation that opens a list spelling out the noun before it.
    private static let listOpeners: Set<String> = ["-", "–", "—", ":", "("]
    /// How many words of the noun's own complement may come between it and a list its marker opens ("du Golfe").
    private static let longestComplementBeforeList = 4

    private func opensListWithoutComma(at token: Int) -> Bool {
        guard words.exampleMarkers.contains(tokens[token]) else { return false }
        if token + 1 < tokens.count, words.exampleMarkers.contains(tokens[token + 1]) { return true }
        return Self.listOpeningWords.contains(tokens[token].folded)
    }

    /// The one-word markers that open a list of examples and nothing else.
    private static let listOpeningWords: Set<String> = ["including", "incluyendo"]

    /// Whether `word` hangs from `noun` within a few steps.
    private func isBelow(_ word: Int, _ noun: Int) -> Bool {
        var current = word
        for _ in 0..<3 {
            guard let governor = parsed.governor(of: current) else { return false }
            if governor == noun { return true }
            current = governor
        }
        return false
    }
}
