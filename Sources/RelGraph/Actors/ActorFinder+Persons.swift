/// Names that are persons: apposed titles, given names, reporting verbs, the leader table.
extension ActorFinder {
    /// A name decides it is a person from its context: an apposed title, a given name, a reporting verb, the leader table.
    func namedPerson(_ name: NameScanner.Name, spans: SentenceSpans, names: NameScanner, isListed: Bool,
                     registry: inout PersonRegistry) -> Pending {
        let preposition = prepositionBefore(name.range.lowerBound, in: names.sentence)
        if isCredit(name, sentence: names.sentence) || completesPlaceName(name, spans: spans, names: names) || namesOutlet(name) {
            return .name(name, preposition: preposition)
        }
        let leader = tableLeader(named: name.keys)
        // "dans la mer Égée, le Premier ministre grec a déclaré…": a name a place noun opens names a place, whatever
        // title follows its comma.
        if leader == nil, names.isPlaceName(name, language: document.language) { return .name(name, preposition: preposition) }
        if leader != nil || !opensSentenceAlone(name, sentence: names.sentence),
           let phrase = appositionTitle(after: name, spans: spans, names: names) {
            let index = registry.register(person(name, phrase: phrase), at: firstMention(name, spans: spans, sentence: names.sentence))
            return .resolved(Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition))
        }
        // A leader's name was not asked above whether a place noun opens it.
        if (leader != nil && names.isPlaceName(name, language: document.language)) || isBystander(name, spans: spans, sentence: names.sentence) {
            return .name(name, preposition: preposition)
        }
        let isGiven = (name.keys.count >= 2 && GivenNameLexicon.contains(name.keys[0])) || hasCourtesyTitle(name) || isListed
        let isSpeaker = !opensSentenceAlone(name, sentence: names.sentence)
            && !endsInstitutionName(name, sentence: names.sentence) && !namesBody(name)
            && (isReported(name, names: names) || actsInCompoundTense(name, names: names))
        if isGiven || isSpeaker || leader != nil {
            let text = document.text(document.tokens[name.nameStart].start, document.tokens[name.range.upperBound - 1].end)
            var person = Person(name: Self.capitalizingSurnames(text), keys: name.keys)
            if let leader {
                person.country = CountryCodes.isStateCode(leader.affiliation) ? leader.affiliation : nil
                person.organization = person.country == nil ? leader.affiliation : nil
                person.roleKey = leader.role
            }
            if registry.matches(name.keys).count <= 1 {
                let index = registry.register(person, at: firstMention(name, spans: spans, sentence: names.sentence))
                return .resolved(Mention(range: name.range, refs: [.person(index)], form: .name, preposition: preposition))
            }
        }
        return .name(name, preposition: preposition)
    }

    /// "the journalist X", "The BBC's X", "X, docente de la Universidad…": a name introduced by a profession of those who
    /// report on or study politics, or by a news outlet's possessive, is a witness's, not an actor's. Read only for a
    /// name no leader table knows.
    /// "John MAHAMA" is shown as "John Mahama": a word of a name written in capitals, longer than initials,
    /// is a surname that official statements capitalise.
    static func capitalizingSurnames(_ name: String) -> String {
        guard name.contains(where: \.isLowercase) else { return name }
        return name.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.filter(\.isLetter).count > 2 && word.allSatisfy({ $0.isUppercase || $0 == "-" })
                && !word.allSatisfy("IVXLCDM".contains)
                ? word.prefix(1) + word.dropFirst().lowercased() : String(word)
        }.joined(separator: " ")
    }

    func isBystander(_ name: NameScanner.Name, spans: SentenceSpans, sentence: Range<Int>) -> Bool {
        let tokens = document.tokens
        let bystanders = FunctionWordClasses.wordClass(\.bystanderNouns, of: document.language)
        var before = name.nameStart - 1
        while before >= sentence.lowerBound, FunctionWords.articles.contains(tokens[before]) { before -= 1 }
        if before >= sentence.lowerBound {
            if bystanders.contains(tokens[before]) { return true }
            if tokens[before].folded == "'s", before > sentence.lowerBound, spans.covering(before - 1)?.entry.form == .media { return true }
        }
        var after = name.range.upperBound
        guard after < sentence.upperBound, tokens[after].text == "," else { return false }
        after += 1
        while after < sentence.upperBound, FunctionWords.articles.contains(tokens[after]) { after += 1 }
        return after < sentence.upperBound && bystanders.contains(tokens[after])
    }

    /// "reported CoastNews", "selon le Morning Herald": a name ending in a word newspapers and channels are named
    /// with is an outlet the media table does not list, not a speaker.
    func namesOutlet(_ name: NameScanner.Name) -> Bool {
        guard let last = name.keys.last else { return false }
        return Self.outletWords.contains(last) || Self.outletEndings.contains { last.count > $0.count && last.hasSuffix($0) }
    }

    /// The last words of outlets' names: "Morning Herald", "The Times", "Daily News", "Le Journal".
    private static let outletWords: Set<String> = [
        "herald", "times", "post", "journal", "tribune", "gazette", "telegraph", "news", "press", "chronicle", "guardian",
        "observer", "monitor", "courier", "dispatch", "express", "mirror", "daily", "weekly", "tv", "radio", "television",
        "channel", "agency", "newsweek",
    ]
    /// Endings of outlets' names written as one word: "CoastNews", "EuroNews".
    private static let outletEndings = ["news", "tv"]

    /// "the Taiwan Strait", "the Persian Gulf": a place noun right after a state's or a region's name completes a place
    /// name, and names no one even where a comma and a title follow ("across the Taiwan Strait, the spokesperson said").
    func completesPlaceName(_ name: NameScanner.Name, spans: SentenceSpans, names: NameScanner) -> Bool {
        guard name.keys.count == 1, PlaceHeads.position(document.language) == .last,
              PlaceHeads.words(document.language).contains(name.keys[0]), name.range.lowerBound > names.sentence.lowerBound,
              let before = spans.covering(name.range.lowerBound - 1) else { return false }
        return [.stateName, .region, .demonym, .seat].contains(before.entry.form)
    }

    /// One capitalised word opening the sentence, with no honorific: as often a sentence adverb ("Finally, the
    /// minister…", "Posteriormente, el canciller…", "Parallèlement, le président…") as a surname, and news names a
    /// person in full before it uses the surname alone. Such a word is a person only when the leader table knows it.
    func opensSentenceAlone(_ name: NameScanner.Name, sentence: Range<Int>) -> Bool {
        name.keys.count == 1 && name.nameStart == name.range.lowerBound && name.range.lowerBound == sentence.lowerBound
    }

    /// "the Department of State said", "el Banco de Inglaterra": one word after "of" and a capitalised word
    /// ends the name of an institution, not a speaker's name. So do the words of a portfolio, however many
    /// ("the Ministry of Foreign Affairs said", "el Ministerio de Asuntos Exteriores informó"), after "for" too ("the
    /// Ministry for Foreign Affairs").
    func endsInstitutionName(_ name: NameScanner.Name, sentence: Range<Int>) -> Bool {
        let start = name.range.lowerBound
        let isPortfolio = namesPortfolio(name)
        guard name.keys.count == 1 || isPortfolio, start - 2 > sentence.lowerBound,
              (isPortfolio ? FunctionWords.portfolioPrepositions : FunctionWords.ofPrepositions).contains(document.tokens[start - 1])
        else { return false }
        return document.tokens[start - 2].isWord && document.tokens[start - 2].isCapitalized
    }

    /// "the Chinese Embassy said", "the Army said": one capitalised word that is an agent's or a ruler's noun names a
    /// body, not a speaker.
    private func namesBody(_ name: NameScanner.Name) -> Bool {
        guard name.keys.count == 1 else { return false }
        let words = ArgumentWords.Shared.of(document.language).words
        let token = document.tokens[name.range.upperBound - 1]
        return words.agentNouns.contains(token) || words.rulerNouns.contains(token)
    }

    /// Every word of the name is a word of a ministry's portfolio ("Foreign Affairs", "Asuntos Exteriores").
    private func namesPortfolio(_ name: NameScanner.Name) -> Bool {
        name.range.allSatisfy { !document.tokens[$0].isWord || TitlePhrase.isPortfolioNoun(document.tokens[$0]) }
    }

    /// "M. Zelaya", "Mrs Okafor": a courtesy title only ever stands before a person's name.
    func hasCourtesyTitle(_ name: NameScanner.Name) -> Bool {
        name.nameStart > name.range.lowerBound && CourtesyTitles.words.contains(document.tokens[name.range.lowerBound])
    }

    /// The one leader of the tables a name stands for: of the state or body the article gives, if it gives one. Leaders
    /// of two states or bodies who answer to one name give none: the tables cannot say which one the article means.
    func tableLeader(named keys: [String], role: String? = nil, serving given: String? = nil) -> Leader? {
        var matching = lexicon.leaders(named: keys, role: role).filter { leaderMatches($0, keys, role: role) }
        if let given { matching.removeAll { $0.affiliation != given } }
        guard let leader = matching.first, matching.allSatisfy({ $0.affiliation == leader.affiliation }) else { return nil }
        return leader
    }

    /// - Parameter role: the role key of the title the article gives the person, which lets a surname alone name an
    ///   office holder of that role ("President Kenyatta").
    func leaderMatches(_ leader: Leader, _ keys: [String], role: String? = nil) -> Bool {
        if Self.givenNameDiffers(leader, keys) { return false }
        // The keys are joined once, not once per surname.
        let name = keys.joined(separator: " ")
        if leader.isNamedBySurname || role == leader.role, leader.surnames.contains(where: { TextFolding.fold($0) == name }) {
            return true
        }
        if nameFormMatches(leader.fullName, keys, bySurname: leader.isNamedBySurname)
            || leader.aliases.contains(where: { nameFormMatches($0, keys, bySurname: leader.isNamedBySurname) }) {
            return true
        }
        // "Ayman Al Safadi", "Arancha González-Laya": the name without its particles and hyphens, as the tables write it.
        let variants = OfficeHolderLexicon.spellingVariants(of: keys)
        guard !leader.isNamedBySurname, !variants.isEmpty else { return false }
        return ([leader.fullName] + leader.aliases).contains { form in
            let folded = TextFolding.fold(form).split(separator: " ").map(String.init)
            let forms = [folded] + OfficeHolderLexicon.spellingVariants(of: folded)
            return variants.contains { variant in forms.contains { Self.endsAlike(variant, $0) } }
        }
    }

    /// "Wahid Omar Karzai" is not Hamid Karzai: a name written with a given name that none of the forms of a leader
    /// known by surname holds, and that ends with none of their forms of two words or more ("Luiz Inácio Lula da Silva"
    /// ends as "Lula da Silva"), names someone else. An initial ("J. Biden") contradicts nothing.
    private static func givenNameDiffers(_ leader: Leader, _ keys: [String]) -> Bool {
        guard leader.isNamedBySurname, keys.count >= 2, let given = keys.first, given.count > 2, !given.hasSuffix(".") else { return false }
        let forms = ([leader.fullName] + leader.aliases).map { TextFolding.fold($0).split(separator: " ").map(String.init) }
        return !forms.contains { form in form.contains(given) || (form.count >= 2 && keys.ends(with: form)) }
    }

    /// Whether one of two names of two words or more ends with the other.
    private static func endsAlike(_ first: [String], _ second: [String]) -> Bool {
        min(first.count, second.count) >= 2 && (first.ends(with: second) || second.ends(with: first))
    }

    /// Whether the words of a leader's name or alias end as `keys` do, or `keys` end as they do: in two words or more
    /// for a leader not named by surname alone, unless the form is one word, a nickname the press names them by
    /// ("Farmaajo").
    private func nameFormMatches(_ form: String, _ keys: [String], bySurname: Bool) -> Bool {
        let folded = TextFolding.fold(form).split(separator: " ").map(String.init)
        let words = bySurname ? 1 : min(2, folded.count)
        return min(folded.count, keys.count) >= words && (folded.ends(with: keys) || keys.ends(with: folded))
    }

    /// "Tomás Acosta, Chile's ambassador to Lima", "Jeanne Morel, ministre française".
    func appositionTitle(after name: NameScanner.Name, spans: SentenceSpans, names: NameScanner) -> TitlePhrase? {
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
            // "Ethiopia's U.N. ambassador": an abbreviation's full stop ends nothing.
            guard FunctionWords.articles.contains(folded) || FunctionWords.formerMarkers.contains(folded) || folded == "'s"
                    || TitlePhrase.isAbbreviationStop(index, tokens: tokens) else { return nil }
            index += 1
        }
        return nil
    }

    /// "Alassane Ouattara a accueilli…", "Jorge Glas ha sido detenido": a full name followed by an auxiliary and a
    /// verb acts or undergoes as a person does; a single word there may be a place or a body.
    func actsInCompoundTense(_ name: NameScanner.Name, names: NameScanner) -> Bool {
        let tokens = document.tokens
        let auxiliary = name.range.upperBound
        guard name.keys.count >= 2, auxiliary + 1 < names.sentence.upperBound,
              FunctionWords.auxiliaries.contains(tokens[auxiliary]),
              // "El Gobierno ha…": every word of the name is a name's, none an article or a common noun.
              name.range.allSatisfy({ !FunctionWords.articles.contains(tokens[$0]) && !FunctionWords.nonNameWords.contains(tokens[$0]) })
        else { return false }
        let next = tokens[auxiliary + 1]
        return next.isWord && !next.isCapitalized && !FunctionWords.articles.contains(next)
    }

    func isReported(_ name: NameScanner.Name, names: NameScanner) -> Bool {
        let tokens = document.tokens
        // "la Alianza insistió", "the Alliance said": a capitalised noun after an article is a body speaking, not a person.
        let opener = name.range.lowerBound - 1
        if FunctionWords.articles.contains(tokens[name.range.lowerBound])
            || (opener >= names.sentence.lowerBound && FunctionWords.articles.contains(tokens[opener])) { return false }
        var index = name.range.upperBound
        while index < names.sentence.upperBound, FunctionWords.auxiliaries.contains(tokens[index]) { index += 1 }
        // A verb in the plural ("dicen", "affirment") has no one person for its subject.
        if index < names.sentence.upperBound, FunctionWords.reportingVerbs.contains(tokens[index]),
           !FunctionWords.isPluralVerb(tokens[index], in: document.language) { return true }
        // "…», said X", not "It says X is…": a speaker after the verb stands in an attribution that follows a quote or
        // a comma.
        let before = name.range.lowerBound - 1
        return before > names.sentence.lowerBound && FunctionWords.reportingVerbs.contains(tokens[before])
            && tokens[before - 1].kind == .punctuation
    }

    /// "le Togolais Kofi Mensah", "el ghanés Ali Moussa", "the Beninese Jean Houngbo": a demonym right after an article
    /// and right before a person's name is a noun of the person's nationality, not the state.
    func nationalityNoun(before name: NameScanner.Name, spans: SentenceSpans, names: NameScanner,
                         claimed: TokenMask) -> Range<Int>? {
        let last = name.range.lowerBound - 1
        guard last > names.sentence.lowerBound, !claimed.contains(last), let span = spans.covering(last),
              span.range.upperBound == name.range.lowerBound, span.entry.form == .demonym, span.actor?.stateCode != nil,
              span.range.lowerBound > names.sentence.lowerBound,
              names.ownArticles.contains(document.tokens[span.range.lowerBound - 1]) else { return nil }
        return span.range
    }

    func person(_ name: NameScanner.Name, phrase: TitlePhrase) -> Person {
        let text = document.text(document.tokens[name.nameStart].start, document.tokens[name.range.upperBound - 1].end)
        return Person(name: Self.capitalizingSurnames(text), keys: name.keys, role: phrase.role, roleKey: phrase.roleKey,
                      country: phrase.country, organization: phrase.organization, posting: phrase.posting)
    }

    /// Where a person is first named, with the states named in that sentence.
    func firstMention(_ name: NameScanner.Name, spans: SentenceSpans, sentence: Range<Int>) -> PersonRegistry.FirstMention {
        PersonRegistry.FirstMention(token: name.range.lowerBound, states: Set(spans.spans.compactMap { $0.actor?.stateCode }),
                                    sentenceStart: sentence.lowerBound)
    }
}
