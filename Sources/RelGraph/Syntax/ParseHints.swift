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

    init(names: [Range<Int>] = [], predicates: [Range<Int>] = []) {
        self.names = TokenMask(names)
        nameSpans = names.filter { $0.count > 1 }.sorted { $0.lowerBound < $1.lowerBound }
        self.predicates = TokenMask(predicates)
    }
}
