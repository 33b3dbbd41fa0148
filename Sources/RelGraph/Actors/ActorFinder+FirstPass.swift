/// The first pass: a sentence's lexicon names, title phrases and personal names, in text order.
extension ActorFinder {

    func firstPass(_ sentence: Sentence, registry: inout PersonRegistry) -> [Pending] {
        let tokens = document.tokens
        let range = sentence.tokenRange
        let spans = SentenceSpans(lexicalSpans(in: range))
        var names = NameScanner(tokens: tokens, spans: spans, sentence: range)
        names.ownArticles = FunctionWordClasses.wordClass(\.articles, of: document.language)
        var claimed = TokenMask(room: range)
        /// Where the names listed under a plural title start.
        var listed = Set<Int>()
        var found: [(start: Int, item: Pending)] = []
        // Room for the lexicon's spans and a few names, reserved once a sentence.
        found.reserveCapacity(spans.spans.count + 4)

        for span in spans.spans where span.entry.form == .title && !claimed.contains(span.range.lowerBound)
            && !isInsideProperName(span, spans: spans, sentence: range) && !isAdjective(span, spans: spans, sentence: range)
            && !(span.range.count == 1 && isBarePluralOfOfficials(at: span.range.lowerBound, in: range, spans: spans)) {
            let phrase = TitlePhrase.read(title: span, tokens: tokens, spans: spans, names: names, document: document)
            claimed.insert(phrase.range)
            listed.formUnion(listedNames(after: phrase, title: span, names: names, spans: spans))
            let preposition = prepositionBefore(phrase.range.lowerBound, in: range)
            if let name = phrase.name {
                let index = registry.register(person(name, phrase: phrase), at: firstMention(name, spans: spans, sentence: range))
                var mention = Mention(range: phrase.range, refs: [.person(index)], form: .name, preposition: preposition)
                mention.posting = phrase.posting
                found.append((phrase.range.lowerBound, .resolved(mention)))
            } else {
                found.append((phrase.range.lowerBound, .official(phrase, preposition: preposition)))
            }
        }
        var index = range.lowerBound
        while index < range.upperBound {
            if claimed.contains(index) { index += 1; continue }
            // Possessives and pair heads are words: punctuation and numbers skip both word-list lookups.
            if index + 1 < range.upperBound, tokens[index].isWord, FunctionWords.possessives.contains(tokens[index]),
               FunctionWords.countryNouns.contains(tokens[index + 1]) {
                claimed.insert(index..<index + 2)
                found.append((index, .ownCountry(index..<index + 2, preposition: prepositionBefore(index, in: range))))
                index += 2
                continue
            }
            if index + 2 < range.upperBound, FunctionWords.latterDeterminers.contains(tokens[index]),
               FunctionWords.latterWords.contains(tokens[index + 1]), FunctionWords.countryNouns.contains(tokens[index + 2]) {
                claimed.insert(index..<index + 3)
                found.append((index, .latterCountry(index..<index + 3, preposition: prepositionBefore(index, in: range))))
                index += 3
                continue
            }
            if let pair = pairRange(at: index, in: range, spans: spans) {
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
                var pending = namedPerson(name, spans: spans, names: names, isListed: listed.contains(name.range.lowerBound),
                                          registry: &registry)
                var start = name.range.lowerBound
                if case .resolved(var mention) = pending, case .person? = mention.refs.onlyElement,
                   let nationality = nationalityNoun(before: name, spans: spans, names: names, claimed: claimed) {
                    // "le Togolais X", "el ghanés X": the noun of nationality is the person's, not a state acting.
                    // It gives no office: the person serves no state for being its national.
                    claimed.insert(nationality)
                    start = nationality.lowerBound
                    mention.range = start..<mention.range.upperBound
                    pending = .resolved(mention)
                }
                found.append((start, pending))
                index = name.range.upperBound
                continue
            }
            index += 1
        }
        for span in spans.spans where !claimed.contains(span.range.lowerBound) {
            guard var actor = span.actor else {
                if span.entry.form == .region, let members = RegionLexicon.members(ofGroup: span.entry.key),
                   !countsOthers(before: span.range.lowerBound, in: range, members: members.count) {
                    // "the Baltic states urged Moscow": the group's name stands for each of its members.
                    var group = Mention(range: span.range, refs: members.map(ActorRef.state), form: .name,
                                        preposition: prepositionBefore(span.range.lowerBound, in: range))
                    group.isGroup = true
                    found.append((span.range.lowerBound, .resolved(group)))
                    claimed.insert(span.range)
                } else if span.entry.form == .region, let body = actingBody(of: span, in: range) {
                    // "European sanctions", "l'aide européenne": the adjective names the body whose act it qualifies.
                    found.append((span.range.lowerBound, .resolved(Mention(range: span.range, refs: [.organization(body)], form: .demonym,
                                                                           preposition: prepositionBefore(span.range.lowerBound, in: range)))))
                    claimed.insert(span.range)
                }
                continue
            }
            var span = span
            if DomesticBodyLexicon.isBody(span.entry.key), let country = bodyCountry(span, spans: spans, in: range) {
                actor = .domesticBody(key: span.entry.key, country: country)
                // "la Asamblea Nacional venezolana": the demonym belongs to the body.
                if let adjective = spans.starting(at: span.range.upperBound), adjective.entry.form == .demonym {
                    span.range = span.range.lowerBound..<adjective.range.upperBound
                }
            }
            let form: Mention.Form = span.entry.form == .demonym ? .demonym : (span.entry.form == .seat ? .seat : .name)
            if form == .demonym, namesLanguage(span.range, in: range) { continue }
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
            } else if let compound = lexicon.participleCompound(tokens[token]) {
                // "the Saudi-led coalition": the group acts for the state that leads it; "US-backed": the state backs it.
                var mention = Mention(range: token..<token + 1, refs: [.state(compound.state)], form: .demonym,
                                      preposition: prepositionBefore(token, in: range))
                mention.compound = compound.part
                found.append((token, .resolved(mention)))
            }
        }
        return markGovernments(found.sorted { $0.start < $1.start }.map { $0.item }, in: range)
    }

    /// The body a region's adjective names beside a noun of the body's acts, on either side of it.
    private func actingBody(of span: LexicalSpan, in sentence: Range<Int>) -> String? {
        for noun in [span.range.lowerBound - 1, span.range.upperBound] where sentence.contains(noun) {
            if let body = RegionLexicon.body(of: span.entry.key, qualifyingAct: document.tokens[noun], in: document.language) { return body }
        }
        return nil
    }

    /// "the two Central Asian nations": a number before a group's name counts some of its members, whom the group's name
    /// does not say; "the three Baltic states" counts them all.
    private func countsOthers(before start: Int, in sentence: Range<Int>, members: Int) -> Bool {
        guard start > sentence.lowerBound else { return false }
        let word = document.tokens[start - 1]
        let count = FunctionWords.groupCount(word) ?? Int(word.text) ?? (FunctionWords.pairHeads.contains(word) ? 2 : nil)
        return count.map { $0 != members } ?? false
    }

    /// "una entrevista para CNN en Español", "traduit en russe", "said in Russian.": a demonym right after the
    /// preposition of a medium names a language. English puts its demonym adjectives before a noun ("in Russian
    /// hands"), which is no language; French and Spanish put theirs after ("en territoire russe").
    func namesLanguage(_ demonym: Range<Int>, in sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        guard demonym.count == 1, demonym.lowerBound > sentence.lowerBound,
              Self.languagePrepositions[document.language] == tokens[demonym.lowerBound - 1].folded else { return false }
        guard !TitleModifiers.adjectivesFollowNouns(document.language) else { return true }
        return demonym.upperBound == sentence.upperBound || !tokens[demonym.upperBound].isWord
            || tokens[demonym.upperBound].isCapitalized
    }

    /// The preposition of the language something is said or written in.
    private static let languagePrepositions: [Language: String] = [.en: "in", .fr: "en", .es: "en"]

    /// "Russie-Venezuela", "US-China", "Saudi-led", "US-backed": a word of states joined by hyphens, or of a state and a
    /// participle of leading or backing, is no person's name.
    func namesStatePair(_ token: Int) -> Bool {
        document.tokens[token].isHyphenated
            && (lexicon.compoundStates(document.tokens[token]) != nil || lexicon.participleCompound(document.tokens[token]) != nil)
    }

    /// The gazetteer's matches in `sentence`, each with the entry chosen for it, appended into room for all of them.
    func lexicalSpans(in sentence: Range<Int>) -> [LexicalSpan] {
        let matches = lexicon.gazetteer.matches(in: document.tokens, range: sentence)
        var spans: [LexicalSpan] = []
        spans.reserveCapacity(matches.count)
        for match in matches {
            if let span = LexicalSpan(match), !isGivenName(span, sentence: sentence), !isSurname(span, sentence: sentence) {
                spans.append(span)
            }
        }
        return spans
    }

    /// "Mauricio Macri", "Maurice Gourdault", "Israel Katz": a one-word state name that is also a given name,
    /// followed by one more name word and no other, is a person's first name. "Israel Defense Forces" and
    /// "Georgia's president" keep their state.
    func isGivenName(_ span: LexicalSpan, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        let start = span.range.lowerBound
        let next = span.range.upperBound
        guard span.entry.form == .stateName || span.entry.form == .seat, span.range.count == 1, next < sentence.upperBound,
              tokens[start].isCapitalized, GivenNameLexicon.contains(tokens[start].folded) else { return false }
        let surname = tokens[next]
        guard surname.isWord, surname.isCapitalized, !surname.isAllCaps, !FunctionWords.nonNameWords.contains(surname),
              !FunctionWords.sentenceWords.contains(surname), !FunctionWords.articles.contains(surname),
              !FunctionWords.prepositions.contains(surname),
              lexicon.gazetteer.matches(in: tokens, range: next..<next + 1).isEmpty else { return false }
        return next + 1 >= sentence.upperBound || !(tokens[next + 1].isWord && tokens[next + 1].isCapitalized)
    }

    /// "François Hollande", "Paris Hilton": a one-word state or capital right after a capitalised given name is the
    /// person's surname.
    func isSurname(_ span: LexicalSpan, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        let start = span.range.lowerBound
        guard span.entry.form == .stateName || span.entry.form == .seat, span.range.count == 1, start > sentence.lowerBound
        else { return false }
        let given = tokens[start - 1]
        return given.isWord && given.isCapitalized && !given.isAllCaps && GivenNameLexicon.contains(given.folded)
            && lexicon.gazetteer.matches(in: tokens, range: start - 1..<start).isEmpty
    }

    /// "relaciones diplomáticas", "relations diplomatiques": a title word right after a common noun is an adjective.
    /// In English the noun before a title qualifies it: "foreign affairs spokesperson", "party leader".
    func isAdjective(_ span: LexicalSpan, spans: SentenceSpans, sentence: Range<Int>) -> Bool {
        let start = span.range.lowerBound
        guard TitleModifiers.adjectivesFollowNouns(document.language), start > sentence.lowerBound,
              !document.tokens[start].isCapitalized else { return false }
        let previous = document.tokens[start - 1]
        guard previous.isWord, !previous.isCapitalized, !spans.covers(start - 1) else { return false }
        return !FunctionWords.determiners.contains(previous) && !FunctionWords.prepositions.contains(previous)
            && !FunctionWords.formerMarkers.contains(previous) && !FunctionWords.titleQualifiers.contains(previous)
            && previous.kind != .number && !FunctionWords.coordinators.contains(previous)
            && !FunctionWords.auxiliaries.contains(previous) && !FunctionWords.reportingVerbs.contains(previous)
    }

    /// "Acuerdo General de Comercio": a capitalised title right after a capitalised word belongs to a proper name.
    func isInsideProperName(_ span: LexicalSpan, spans: SentenceSpans, sentence: Range<Int>) -> Bool {
        let start = span.range.lowerBound
        guard start > sentence.lowerBound, document.tokens[start].isCapitalized else { return false }
        let previous = document.tokens[start - 1]
        // "MFA Secretary General X": an acronym the lexicons do not know names the body, not a proper name's word.
        return previous.isWord && previous.isCapitalized && !previous.isAllCaps && !spans.covers(start - 1)
            && start - 1 != sentence.lowerBound
    }

    /// The preposition governing the phrase at `start`, looking back over articles ("de la Russie" -> "de").
    func prepositionBefore(_ start: Int, in sentence: Range<Int>) -> String? {
        var index = start - 1
        while index >= sentence.lowerBound, FunctionWords.articles.contains(document.tokens[index]),
              !FunctionWords.prepositions.contains(document.tokens[index]) {
            index -= 1
        }
        guard index >= sentence.lowerBound else { return nil }
        // Asked of the token, with the hash the tokenizer computed: asked of its folded String, the set hashed it again.
        return FunctionWords.prepositions.contains(document.tokens[index]) ? document.tokens[index].folded : nil
    }
}
