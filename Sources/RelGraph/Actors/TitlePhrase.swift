/// A title and the words around it that say whose official someone is.
///
/// "l'ancien président brésilien Paulo Ferreira", "Kenya's ambassador to
/// Addis Ababa", "el embajador de Chile en la OEA, Tomás Acosta", "le
/// porte-parole de l'Élysée, Jeanne Morel": a title, an optional "former",
/// the state or body (demonym, "de X", "X's"), a posting ("à Washington"),
/// an apposition comma, and maybe the name.
struct TitlePhrase: Sendable {
    var range: Range<Int>
    var role: String
    var roleKey: String
    var country: String?
    /// Further states of a plural title: "ses homologues français, allemand et britannique".
    var otherCountries: [String] = []
    var organization: String?
    /// Where the phrase names its body after the title ("l'Assemblée nationale" in "le chef de l'Assemblée nationale").
    var organizationName: Range<Int>?
    var name: NameScanner.Name?
    /// "los embajadores de Alemania", "Arab foreign ministers": several officials, never one person of the article.
    var isPlural = false
    /// The state a posted official serves in ("to Kenya" in "its ambassador to Kenya X"): never theirs.
    var posting: String?

    /// "ministre brésilien des Affaires étrangères": a portfolio after a demonym still makes the minister a foreign minister.
    private static let portfolioRoles: [String: String] = [
        "etrangeres": "foreign minister", "exteriores": "foreign minister", "foreign": "foreign minister",
        "defense": "defense minister", "defensa": "defense minister", "defence": "defense minister", "armees": "defense minister",
        "interieur": "interior minister", "interior": "interior minister", "finances": "finance minister",
        "hacienda": "finance minister", "finance": "finance minister", "economie": "economy minister", "economia": "economy minister",
    ]

    /// "minister" with a portfolio the text names after it: "foreign minister", "defence minister".
    static func ministry(_ roleKey: String, portfolio: String) -> String {
        guard roleKey == "minister", let role = portfolioRoles[portfolio] else { return roleKey }
        return role
    }

    /// Spans that name a place, which a portfolio may be about ("Minister for the Pacific").
    private static let placeForms: Set<LexiconEntry.Form> = [.region, .stateName, .seat, .demonym]

    /// Roles held abroad, whose posting names the host, not the official's state.
    private static let postedRoles: Set<String> = [
        "ambassador", "charge d'affaires", "diplomat", "envoy", "consul", "permanent representative", "representative",
    ]

    /// Reads the phrase around the title span `title`.
    static func read(title: LexicalSpan, tokens: [Token], spans: SentenceSpans, names: NameScanner,
                     document: Document) -> TitlePhrase {
        var phrase = TitlePhrase(range: title.range, role: "", roleKey: title.entry.key)
        phrase.isPlural = TitleLexicon.isPlural(title.entry.surface, document.language)
        var roleStart = title.range.lowerBound
        var roleEnd = title.range.upperBound
        var modifierEnd = title.range.upperBound
        /// Where a posting ("à Washington") starts: without a name after it, the place is not part of the phrase.
        var postingStart: Int?
        phrase.readBefore(title: title, tokens: tokens, spans: spans, roleStart: &roleStart)
        let isOwnedByPossessive = Self.postedRoles.contains(phrase.roleKey) && title.range.lowerBound > 0
            && FunctionWords.possessives.contains(tokens[title.range.lowerBound - 1])
        var index = title.range.upperBound
        /// Set from a posting preposition ("à", "en", "to") to the next comma: what follows is where, not whose.
        var posting: Int?
        var commas = 0
        /// Where "for", "chargé", "para" opened a portfolio: its own words, capitalised or not, run up to the name.
        var portfolioOpener: Int?
        /// The title after "of" ("du Premier ministre"), which a name right after it holds.
        var ownerTitle: LexicalSpan?
        /// Where a body listed among portfolios ends ("Exteriores, UA y Cooperación"): the "and" after it goes on.
        var listedPortfolioEnd: Int?
        scan: while index < names.sentence.upperBound && index - title.range.upperBound <= 12 {
            if let span = spans.starting(at: index) {
                // "envoy for Syria", "ministre chargé de l'Europe": the place is the portfolio, not the official's state.
                if let opener = portfolioOpener, Self.placeForms.contains(span.entry.form),
                   (opener + 1..<index).allSatisfy({ FunctionWords.articles.contains(tokens[$0]) || FunctionWords.ofPrepositions.contains(tokens[$0]) }) {
                    index = span.range.upperBound
                    modifierEnd = index
                    continue
                }
                switch span.entry.form {
                case .demonym:
                    // "his Ugandan counterpart, the Kenyan president": an article and another state's demonym after the
                    // comma open another official's phrase.
                    // So does another state's demonym right after the comma ("the Togolese envoy, Ghanaian official X").
                    if commas > 0, let country = phrase.country, country != span.entry.key, index > 0,
                       FunctionWords.articles.contains(tokens[index - 1]) || tokens[index - 1].text == "," {
                        break scan
                    }
                    // "la embajadora de la Unión Europea en X, la portuguesa Y": the nationality of a body's official,
                    // written after the comma, makes them no official of that state.
                    if commas > 0, phrase.country == nil, phrase.organization != nil, index > 0,
                       FunctionWords.articles.contains(tokens[index - 1]) {
                        break
                    }
                    if let country = phrase.country, country != span.entry.key, index > 0,
                       (tokens[index - 1].folded == "," || FunctionWords.andConjunctions.contains(tokens[index - 1])) {
                        phrase.otherCountries.append(span.entry.key)
                    }
                    phrase.country = phrase.country ?? span.entry.key
                    roleEnd = span.range.upperBound
                case .stateName, .seat:
                    // "the foreign ministers of X, Y and Z": a state after the comma goes on a list of whose, and is no
                    // official's name.
                    if commas > 0, phrase.country != nil, posting == nil { break scan }
                    // "los diplomáticos cubanos de Ecuador", "les diplomates russes de l'Estonie": once a demonym has said
                    // whose they are, a state after "de" is where they come from ("su homólogo de X" is X's); so once a
                    // possessive has ("l'expulsion de ses diplomates de X", "retiró a su embajador de X").
                    if commas == 0, posting == nil, phrase.country != nil || isOwnedByPossessive, Self.followsGenitive(index, tokens: tokens) {
                        break scan
                    }
                    // "the ambassador in London" serves there: a diplomat's posting is not their state.
                    if posting == nil || (phrase.country == nil && phrase.organization == nil && !Self.postedRoles.contains(phrase.roleKey)) {
                        phrase.country = phrase.country ?? span.entry.key
                    } else {
                        postingStart = postingStart ?? posting
                        phrase.posting = phrase.posting ?? span.entry.key
                    }
                case .organization where commas == 1 && Self.isListedPortfolio(span.range, tokens: tokens):
                    // "ministra de Asuntos Exteriores, UA y Cooperación": a body listed among portfolios is the
                    // ministry's, not the body the minister serves; the comma before it goes on with the portfolio.
                    commas = 0
                    roleEnd = span.range.upperBound
                    listedPortfolioEnd = span.range.upperBound
                case .organization:
                    if posting == nil || phrase.country == nil, phrase.organization == nil {
                        phrase.organization = span.entry.key
                        phrase.organizationName = span.range
                    }
                case .title:
                    // "son homologue cambodgien, le ministre indonésien X": an article after the comma opens another phrase.
                    if commas > 0, index > 0, FunctionWords.articles.contains(tokens[index - 1]) { break scan }
                    // "porte-parole du Premier ministre", "spokesman of the president": a title after "of" names whose
                    // the office is, and the office stays the first title's.
                    guard !Self.followsGenitive(index, tokens: tokens) else {
                        if commas == 0 { ownerTitle = ownerTitle ?? span }
                        break
                    }
                    phrase.roleKey = span.entry.key
                    roleStart = span.range.lowerBound
                    roleEnd = span.range.upperBound
                case .region where portfolioOpener != nil:
                    break
                case .region where index == roleEnd && phrase.country == nil && phrase.organization == nil
                    && RegionLexicon.body(qualifyingTitlesAs: span.entry.key) != nil:
                    // "le commissaire européen X", "the European Commissioner": the region's body.
                    phrase.organization = RegionLexicon.body(qualifyingTitlesAs: span.entry.key)
                    roleEnd = span.range.upperBound
                case .media, .region:
                    break scan
                }
                index = span.range.upperBound
                modifierEnd = index
                continue
            }
            let token = tokens[index]
            if isAbbreviationStop(index, tokens: tokens) {
                // "Ambassador to the U.N. Nikki Haley": the abbreviation's full stop ends nothing.
                index += 1
                continue
            }
            if let length = qualifierLength(at: index, tokens: tokens, language: document.language, limit: names.sentence.upperBound) {
                // "le président déchu", "el presidente interino", "Premier ministre par intérim": still the office.
                roleEnd = index + length
                modifierEnd = roleEnd
                index += length
                continue
            }
            if TitleModifiers.speakerRoles.contains(phrase.roleKey), TitleModifiers.speakerOwnerPrepositions.contains(token) {
                // "spokesman for the Kremlin" speaks for it: what follows is whose, as after "of".
            } else if TitleModifiers.portfolioOpeners.contains(token), phrase.posting != nil {
                // "son ambassadeur au Togo pour des consultations": after the posting, "pour" says why, not which
                // portfolio; the posting stays a mention of its own.
                break scan
            } else if TitleModifiers.portfolioOpeners.contains(token) {
                portfolioOpener = index
            } else if portfolioOpener != nil && isPortfolioWord(token) {
                roleEnd = index + 1
                modifierEnd = roleEnd
            } else if roleEnd == index, Self.isPortfolioNoun(tokens[index - 1]) || listedPortfolioEnd == index,
                      FunctionWords.andConjunctions.contains(token) || token.folded == "&" {
                // "Foreign Affairs & Trade", "Relaciones Exteriores y de Culto": the portfolio goes on.
            } else if TitleModifiers.verbsSpeltAsPrepositions(document.language).contains(token.text) {
                break scan
            } else if FunctionWords.articles.contains(token) || FunctionWords.titlePrepositions.contains(token) {
                if FunctionWords.postingPrepositions.contains(token) { posting = posting ?? index }
            } else if FunctionWords.andConjunctions.contains(token) || token.folded == ",", phrase.country != nil,
                      let next = spans.starting(at: index + 1), next.entry.form == .demonym {
                // "homologues français, allemand et britannique": the list goes on.
            } else if token.text == ",", phrase.posting != nil, let next = spans.starting(at: index + 1),
                      [.stateName, .seat].contains(next.entry.form) {
                // "sus embajadores en España, Irlanda y Noruega": a comma inside a list of postings goes on with it.
            } else if token.text == "," && commas == 0 {
                commas += 1
                posting = nil
                portfolioOpener = nil
            } else if token.text == "(", let close = (index..<min(index + 8, names.sentence.upperBound)).first(where: { tokens[$0].text == ")" }) {
                index = close
            } else if commas == 0, FunctionWords.countryNouns.contains(token), phrase.country == nil {
                // "el primer ministro del país, X": the office goes on, its country left to the discourse; the state
                // named last is often another ("a la frontera con Laos").
                roleEnd = index + 1
                modifierEnd = roleEnd
            } else if token.isCapitalized && FunctionWords.nonNameWords.contains(token) {
                // "en la Organización de Estados Americanos": an institution's own words, skipped.
            } else if FunctionWords.portfolios.contains(token) {
                // "summoning the Ukrainian ambassador, the foreign ministry will…": an article right after the comma
                // opens a phrase of its own; "ministre des Affaires étrangères, de la Coopération" goes on.
                if commas > 0, index > 1, FunctionWords.articles.contains(tokens[index - 1]), tokens[index - 2].text == "," { break scan }
                roleEnd = index + 1
                modifierEnd = index + 1
                phrase.roleKey = Self.ministry(phrase.roleKey, portfolio: token.folded)
            } else if commas == 0, token.isCapitalized, TitleModifiers.portfolioNouns.contains(token) {
                // "Minister of International Relations and Cooperation, X": a capitalised portfolio noun is the
                // portfolio's, not the official's name.
                roleEnd = index + 1
                modifierEnd = roleEnd
            } else if commas == 0, let name = names.name(at: index),
                      // "su par uruguayo X": the title's own word is no "de" or "par" of a body, whatever it spells.
                      case let opener = Self.opener(before: index, spans: spans),
                      !title.range.contains(opener) && Self.introducesBody(tokens[opener])
                        || (index > 0 && tokens[index - 1].isCapitalized && FunctionWords.nonNameWords.contains(tokens[index - 1])
                            && !(name.keys.first.map(GivenNameLexicon.contains) ?? false)) {
                // "director de la Sección Política", "ministra de Relaciones Exteriores y de Culto": a name after an
                // article or "de" is the body's or the portfolio's, not the official's; so is one after an article and
                // a demonym ("officials of the Australian Customs"), and one after an institution's own word ("el líder
                // del Frente Popular") unless a given name opens it ("the Speaker of the Parliament Kofi X").
                roleEnd = name.range.upperBound
                modifierEnd = roleEnd
                index = roleEnd
                continue
            } else if let name = names.name(at: index), !names.isPlaceName(name, language: document.language),
                      !Self.introducesBody(tokens[index - 1]),
                      !FunctionWords.postingPrepositions.contains(tokens[index - 1]) {
                // "officials in Geneva": a name right after a posting preposition is where they are. "Foreign
                // Ministers Gather to Talk": a plural title names several people, never one word alone.
                if commas == 1, Self.closesFrontedPhrase(before: name, tokens: tokens, sentence: names.sentence) { break scan }
                if commas == 1, Self.isListedPortfolio(name.range, tokens: tokens) {
                    // "Relaciones Exteriores, Integración Regional y Cooperación": a capitalised portfolio listed among
                    // the others is no name of the minister's; the comma before it goes on with the portfolio.
                    commas = 0
                    roleEnd = name.range.upperBound
                    modifierEnd = roleEnd
                    listedPortfolioEnd = roleEnd
                    index = roleEnd
                    continue
                }
                if phrase.isPlural, name.keys.count == 1, !Self.continuesList(after: name.range.upperBound, tokens: tokens) { break scan }
                phrase.name = name
                index = name.range.upperBound
                break scan
            } else {
                break scan
            }
            index += 1
        }
        // "Chairman of the Council of Ministers X": a plural title after "of" names a body's members, no one's owner.
        if let ownerTitle, let name = phrase.name, commas == 0, name.range.lowerBound > ownerTitle.range.upperBound,
           !TitleLexicon.isPlural(ownerTitle.entry.surface, document.language) {
            // "the adviser of President X", "el encargado de negocios del presidente brasileño X": the name is the
            // owner's, who is the one the phrase names; the first office is of someone the article does not name.
            phrase.roleKey = ownerTitle.entry.key
            roleStart = ownerTitle.range.lowerBound
            // The owner's title may end after the first one's words: the role is read from one to the other.
            roleEnd = max(roleEnd, ownerTitle.range.upperBound)
            phrase.range = roleStart..<max(roleStart, phrase.range.upperBound)
        }
        if phrase.country == nil && phrase.organization == nil {
            phrase.country = inheritedCountry(before: phrase.range.lowerBound, tokens: tokens, spans: spans)
                ?? apposedOfficeCountry(before: phrase.range.lowerBound, roleKey: phrase.roleKey, tokens: tokens, spans: spans)
        }
        let end = phrase.name?.range.upperBound ?? roleEnd
        phrase.range = min(roleStart, phrase.range.lowerBound)..<max(end, roleEnd)
        phrase.role = document.text(tokens[roleStart].start, tokens[roleEnd - 1].end)
        if phrase.name == nil {
            let end = max(roleEnd, modifierEnd)
            phrase.range = phrase.range.lowerBound..<min(end, postingStart.map { max($0, roleEnd) } ?? end)
        }
        return phrase
    }

    /// "In his talks with the Togolese president, Kofi Mensah said…": a sentence that opens on a preposition and whose
    /// first comma stands right before the name, with no comma closing it after the name, ends its fronted phrase with
    /// that comma; the name is the clause's subject, no apposition to the title inside the phrase.
    private static func closesFrontedPhrase(before name: NameScanner.Name, tokens: [Token], sentence: Range<Int>) -> Bool {
        let comma = name.range.lowerBound - 1
        guard comma > sentence.lowerBound, tokens[comma].text == ",", FunctionWords.prepositions.contains(tokens[sentence.lowerBound]),
              name.range.upperBound < sentence.upperBound, tokens[name.range.upperBound].isWord else { return false }
        return !tokens[sentence.lowerBound..<comma].contains { $0.text == "," }
    }

    /// An "of" preposition before `index`, with an article between them or none.
    private static func followsGenitive(_ index: Int, tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        if FunctionWords.ofPrepositions.contains(tokens[index - 1]) { return true }
        return index > 1 && FunctionWords.articles.contains(tokens[index - 1]) && FunctionWords.ofPrepositions.contains(tokens[index - 2])
    }

    /// A comma or a coordinator after a name or a title: more follow it ("the ministers of Kenya, Uganda…").
    static func continuesList(after index: Int, tokens: [Token]) -> Bool {
        index < tokens.count && (tokens[index].text == "," || FunctionWords.andConjunctions.contains(tokens[index]))
    }

    /// The length of a qualifier of the office at `index` ("déchu", "par intérim"), if one stands there.
    private static func qualifierLength(at index: Int, tokens: [Token], language: Language, limit: Int) -> Int? {
        guard tokens[index].isWord else { return nil }
        if TitleModifiers.qualifiers(language).contains(tokens[index]) { return 1 }
        let phrase = TitleModifiers.qualifierPhrases.first { words in
            index + words.count <= limit && words.indices.allSatisfy { tokens[index + $0].folded == words[$0] }
        }
        return phrase?.count
    }

    /// A noun of a portfolio, which a coordinator may extend: "Foreign Affairs & Trade", "Exteriores y de Culto".
    /// A name written between a portfolio and "and" another portfolio: "Exteriores, UA y Cooperación",
    /// "Foreign Affairs, AU and Cooperation".
    private static func isListedPortfolio(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.lowerBound >= 2, tokens[range.lowerBound - 1].text == ",", isPortfolioNoun(tokens[range.lowerBound - 2]),
              range.upperBound + 1 < tokens.count, FunctionWords.andConjunctions.contains(tokens[range.upperBound]) else { return false }
        return isPortfolioNoun(tokens[range.upperBound + 1])
    }

    static func isPortfolioNoun(_ token: Token) -> Bool {
        FunctionWords.portfolios.contains(token) || TitleModifiers.portfolioNouns.contains(token)
    }

    /// An article or "de"/"of" before a capitalised name: the name is a body's or a portfolio's.
    /// The token before `index`, demonyms written between aside.
    private static func opener(before index: Int, spans: SentenceSpans) -> Int {
        var opener = index - 1
        while opener > 0, let span = spans.covering(opener), span.entry.form == .demonym { opener = span.range.lowerBound - 1 }
        return opener
    }

    private static func introducesBody(_ token: Token) -> Bool {
        FunctionWords.articles.contains(token) || FunctionWords.ofPrepositions.contains(token)
    }

    /// The full stop of an abbreviation written with stops: "U.N.", "U.S.".
    static func isAbbreviationStop(_ index: Int, tokens: [Token]) -> Bool {
        index > 0 && tokens[index].text == "." && tokens[index - 1].isWord && tokens[index - 1].hasFullStop
    }

    /// A word of a portfolio named after "for", "chargé de", "para": "Trade and Investment", "du Commerce extérieur".
    private static func isPortfolioWord(_ token: Token) -> Bool {
        TitleModifiers.portfolioNouns.contains(token) || FunctionWords.portfolios.contains(token)
            || FunctionWords.articles.contains(token) || FunctionWords.ofPrepositions.contains(token)
            || FunctionWords.andConjunctions.contains(token) || token.folded == "&"
            || (token.isCapitalized && FunctionWords.nonNameWords.contains(token))
    }

    /// "former", a demonym or "X's" before the title: "former Indian prime minister", "Qatar's emir".
    private mutating func readBefore(title: LexicalSpan, tokens: [Token], spans: SentenceSpans, roleStart: inout Int) {
        var index = title.range.lowerBound - 1
        if index >= 1, Self.isAbbreviationStop(index, tokens: tokens) { index -= 1 }
        guard index >= 0 else { return }
        if tokens[index].folded == "'s", index >= 1, let span = spans.covering(index - 1), let code = span.actor?.stateCode {
            country = code
            range = span.range.lowerBound..<range.upperBound
            return
        }
        // "Chinese foreign ministry spokesperson X": the body's words between the state and the title are skipped.
        var body = index
        while body >= 0, index - body < TitleModifiers.longestBodyBeforeTitle, spans.covering(body) == nil,
              TitleModifiers.bodyWordsBeforeTitles.contains(tokens[body]) {
            body -= 1
        }
        if body < index, body >= 0, let span = spans.covering(body), [.demonym, .stateName].contains(span.entry.form) {
            index = body
        }
        // "Russian", "US", "NATO", "Kremlin" right before the title: "US President X", "NATO Secretary-General Y",
        // "Kremlin spokesman Z".
        // "European Commissioner X": the region's body, where the region qualifies titles as a body's.
        if let span = spans.covering(index), span.entry.form == .region, let body = RegionLexicon.body(qualifyingTitlesAs: span.entry.key) {
            organization = body
            range = span.range.lowerBound..<range.upperBound
            index = span.range.lowerBound - 1
        } else if let span = spans.covering(index), [.demonym, .stateName, .seat, .organization].contains(span.entry.form) {
            if span.entry.form == .organization { organization = span.entry.key } else { country = span.entry.key }
            range = span.range.lowerBound..<range.upperBound
            index = span.range.lowerBound - 1
            // "Ethiopia's U.N. ambassador", "the Japanese UN envoy": the body before a posted role is where the state
            // before it posted its envoy, not the envoy's employer.
            if span.entry.form == .organization, Self.postedRoles.contains(roleKey),
               let owner = Self.postingState(before: index, tokens: tokens, spans: spans) {
                country = owner.code
                organization = nil
                range = owner.start..<range.upperBound
                index = owner.start - 1
            }
        }
        if index >= 0, FunctionWords.formerMarkers.contains(tokens[index]) {
            roleStart = index
            range = index..<range.upperBound
        }
    }

    /// The state written right before a posting body: a possessive ("Ethiopia's") or a demonym or name ("Japanese").
    private static func postingState(before index: Int, tokens: [Token], spans: SentenceSpans) -> (code: String, start: Int)? {
        guard index >= 0 else { return nil }
        if tokens[index].folded == "'s", index >= 1, let span = spans.covering(index - 1), let code = span.actor?.stateCode {
            return (code, span.range.lowerBound)
        }
        guard let span = spans.covering(index), [.demonym, .stateName].contains(span.entry.form) else { return nil }
        return (span.entry.key, span.range.lowerBound)
    }

    /// "le président de la République du Congo, le président X", "the Prime Minister of India, Prime Minister X": the
    /// same office named again after a comma, with its state just before the comma, is that state's office.
    private static func apposedOfficeCountry(before start: Int, roleKey: String, tokens: [Token], spans: SentenceSpans) -> String? {
        var index = start - 1
        while index >= 0, FunctionWords.articles.contains(tokens[index]) { index -= 1 }
        guard index >= 1, tokens[index].text == ",", let state = spans.covering(index - 1),
              [.stateName, .seat, .demonym].contains(state.entry.form) else { return nil }
        let window = max(0, state.range.lowerBound - 8)..<state.range.lowerBound
        let sameOffice = window.contains { spans.covering($0).map { $0.entry.form == .title && $0.entry.key == roleKey } ?? false }
        return sameOffice ? state.entry.key : nil
    }

    /// "les responsables russes, comme le vice-ministre X": the example belongs to the group's state.
    private static func inheritedCountry(before start: Int, tokens: [Token], spans: SentenceSpans) -> String? {
        let window = max(0, start - 4)..<start
        guard let marker = window.reversed().first(where: { FunctionWords.exampleMarkers.contains(tokens[$0]) }) else {
            return nil
        }
        for index in stride(from: marker - 1, through: max(0, marker - 4), by: -1) {
            if let span = spans.covering(index), span.entry.form == .demonym || span.entry.form == .stateName {
                return span.entry.key
            }
        }
        return nil
    }
}
