/// What the lexicons know of a sentence before it is parsed, told to the tagger and the parser.
///
/// The models learnt from treebanks that hold few of the names and rare verb forms of international news; the
/// actor and trigger layers have already read them. Telling the parser keeps a long name or an unusual verb from
/// costing the sentence its tree.
struct ParseHints: Sendable {
    /// Tokens of proper names: tagged as proper nouns.
    var names: TokenMask
    /// Names of several tokens ("Consejo de Seguridad de la ONU", "Sheikh Tamim bin Hamad Al Thani"): each is read
    /// as one word, so that its inner prepositions and articles are not taken for the sentence's own.
    var nameSpans: [Range<Int>]
    /// Tokens of event verbs: never read as adjectives or adverbs ("somment", "condena").
    var predicates: TokenMask
    /// Event verbs that no noun of the trigger lexicon spells ("expulsé", "condenó", unlike "sanctions" or "appel"):
    /// not read as nouns either.
    var verbs: TokenMask
    /// Event nouns of one word, read as nouns by the trigger lexicon from what stands before them ("the visit",
    /// "Sweden's visit", "un esperado encuentro"): not read as verbs, nor as adjectives of the word before them.
    var nouns: TokenMask
    /// Demonyms of one token written in lower case ("russe", "chino"): adjectives.
    var adjectives: TokenMask
    /// "a" of "L'Algérie a de son côté convoqué…": an auxiliary parted from the event's participle by an adverbial
    /// phrase, which the tagger would take for the main verb with an object.
    var auxiliaries: TokenMask
    /// Common nouns the tagger may take for another word class and that the lexicons are sure of: an epithet written
    /// bare before a state's name ("accused neighbour X", read as "near X").
    var commonNouns: TokenMask
    /// Cardinal numbers written as words ("doce diplomáticos", "twelve diplomats"): numerals, which the tagger may take
    /// for the head noun of the phrase they count.
    var numerals: TokenMask
    /// Words that open a phrase or a clause of their own after a comma (a preposition, a relative pronoun): a comma
    /// before one is no mere close of the apposition before it (`ParserWords.collapse`).
    var phraseOpeners: TokenMask

    /// - Parameter clinging: quote marks around a few words inside a sentence ('said it "strongly condemns" X'), each
    ///   with the word it clings to: read as that word, since the parser takes a quote mark for a clause's edge.
    init(names: [Range<Int>] = [], predicates: [Range<Int>] = [], verbs: [Range<Int>] = [], nouns: [Range<Int>] = [],
         adjectives: [Range<Int>] = [], auxiliaries: [Range<Int>] = [], commonNouns: [Range<Int>] = [], numerals: [Range<Int>] = [],
         phraseOpeners: [Range<Int>] = [], clinging: [Range<Int>] = []) {
        self.names = TokenMask(names)
        nameSpans = (names.filter { $0.count > 1 } + clinging).sorted { $0.lowerBound < $1.lowerBound }
        self.predicates = TokenMask(predicates + verbs)
        self.verbs = TokenMask(verbs)
        self.nouns = TokenMask(nouns.filter { $0.count == 1 })
        self.adjectives = TokenMask(adjectives.filter { $0.count == 1 })
        self.auxiliaries = TokenMask(auxiliaries)
        self.commonNouns = TokenMask(commonNouns)
        self.numerals = TokenMask(numerals)
        self.phraseOpeners = TokenMask(phraseOpeners)
    }
}

/// What the trigger lexicon says a word of a sentence may be, told to the tagger.
enum PredicateReading: Sendable {
    /// An event's verb, or the noun spelled as it ("appel", "sanctions").
    case eventWord
    /// An event's verb that no event noun spells.
    case verb
    /// An event's noun.
    case noun
}
