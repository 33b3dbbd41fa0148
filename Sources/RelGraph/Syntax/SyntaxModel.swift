/// A language's trained tagger, parser and labeller, read in place from one block of bytes.
///
/// The format (all numbers little-endian, every section starting on a 64-byte boundary, so that each
/// bucket of a weight table is one cache line):
///
///     "RGSM"  u32 version (2)
///     6 × (u32 offset, u32 length)    tagger weights, tag dictionary, parser weights,
///                                     labeller weights, relation names, tag names
///     tagger, parser and labeller weights: `WeightTable`'s layout
///     tag dictionary: u32 count, u32 0, then count × (u64 form hash, u64 tag)
///     relation names, tag names: UTF-8, one per line, in class order (tags as `TagSet` names them)
///
/// Embedded models are checked once, when first used, and never copied.
public struct SyntaxModel: Sendable {
    static let magic: UInt32 = 0x4D53_4752 // "RGSM" read as a little-endian word
    static let version: UInt32 = 2

    let tagSet: TagSet
    /// The fine tag that is a universal tag with no features ("PROPN"), for the tags known before tagging; an
    /// auxiliary known before tagging is a finite one ("AUX|Fin"): the relation layer knows only those.
    let plainTags: [PartOfSpeech: Int]
    /// Fine tags that stand for a known universal tag instead of the plain one.
    private static let knownFineTags: [PartOfSpeech: String] = [.aux: "AUX|Fin"]
    let tagger: Tagger
    let parser: DependencyParser
    let labeler: ArcLabeler
    /// The model's size in bytes.
    public let byteCount: Int

    /// Reads a model from a copy of `bytes`, as `SyntaxModelTrainer` writes it.
    /// - Throws: `SyntaxError.malformedModel` when the bytes are not such a model.
    public init(bytes: [UInt8]) throws {
        try self.init(ModelBytes(copying: bytes))
    }

    init(_ bytes: ModelBytes) throws {
        guard bytes.count >= 8 + Self.sectionCount * 8, bytes.u32(at: 0) == Self.magic else { throw SyntaxError.malformedModel("not a relgraph syntax model") }
        guard bytes.u32(at: 4) == Self.version else { throw SyntaxError.malformedModel("version \(bytes.u32(at: 4)), expected \(Self.version)") }
        var sections: [Range<Int>] = []
        for index in 0..<Self.sectionCount {
            let offset = Int(bytes.u32(at: 8 + index * 8)), length = Int(bytes.u32(at: 12 + index * 8))
            guard offset + length <= bytes.count else { throw SyntaxError.malformedModel("section \(index) out of bounds") }
            sections.append(offset..<offset + length)
        }
        let labels = Self.lines(bytes, sections[4])
        guard let tagSet = TagSet(names: Self.lines(bytes, sections[5])), tagSet.count > 0 else {
            throw SyntaxError.malformedModel("tag names")
        }
        self.tagSet = tagSet
        var plainTags = Dictionary(tagSet.names.enumerated().compactMap { index, name in
            PartOfSpeech(name: name).map { ($0, index) }
        }, uniquingKeysWith: { first, _ in first })
        for (tag, name) in Self.knownFineTags {
            if let index = tagSet.names.firstIndex(of: name) { plainTags[tag] = index }
        }
        self.plainTags = plainTags
        let labelWeights = try WeightTable(bytes: bytes, offset: sections[3].lowerBound)
        guard !labels.isEmpty, labelWeights.classCount == labels.count else { throw SyntaxError.malformedModel("relation names") }
        let tagWeights = try WeightTable(bytes: bytes, offset: sections[0].lowerBound)
        let parseWeights = try WeightTable(bytes: bytes, offset: sections[2].lowerBound)
        guard tagWeights.classCount == tagSet.count, parseWeights.classCount == ArcHybrid.Move.allCases.count else {
            throw SyntaxError.malformedModel("class counts")
        }
        tagger = Tagger(weights: tagWeights, dictionary: try Self.readDictionary(bytes, sections[1], tagCount: tagSet.count))
        parser = DependencyParser(weights: parseWeights)
        labeler = ArcLabeler(weights: labelWeights, labels: labels)
        byteCount = bytes.count
    }

    static let sectionCount = 6
    static let sectionAlignment = 64

    private static func aligned(_ count: Int) -> Int {
        (count + sectionAlignment - 1) / sectionAlignment * sectionAlignment
    }

    private static func lines(_ bytes: ModelBytes, _ section: Range<Int>) -> [String] {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes.base[section]), as: UTF8.self)
            .split(separator: "\n").map { String($0.prefix { $0 != "\0" }) }.filter { !$0.isEmpty }
    }

    private static func readDictionary(_ bytes: ModelBytes, _ section: Range<Int>, tagCount: Int) throws -> TagDictionary {
        let count = Int(bytes.u32(at: section.lowerBound))
        guard section.count >= 8 + count * 16 else { throw SyntaxError.malformedModel("tag dictionary truncated") }
        var entries: [UInt64: Int] = [:]
        entries.reserveCapacity(count)
        for index in 0..<count {
            let at = section.lowerBound + 8 + index * 16
            let tag = bytes.u64(at: at + 8)
            guard tag < UInt64(tagCount) else { throw SyntaxError.malformedModel("tag dictionary entry \(index)") }
            entries[bytes.u64(at: at)] = Int(tag)
        }
        return TagDictionary(entries)
    }

    /// The model's bytes for its parts.
    static func encode(tagger: [UInt8], tagSet: TagSet, dictionary: TagDictionary, parser: [UInt8], labeler: [UInt8],
                       labels: [String]) -> [UInt8] {
        var dictionaryBytes = ByteWriter()
        dictionaryBytes.u32(UInt32(dictionary.all.count))
        dictionaryBytes.u32(0)
        for (form, tag) in dictionary.all.sorted(by: { $0.key < $1.key }) {
            dictionaryBytes.u64(form)
            dictionaryBytes.u64(UInt64(tag))
        }
        let parts = [tagger, dictionaryBytes.bytes, parser, labeler, Array(labels.joined(separator: "\n").utf8),
                     Array(tagSet.names.joined(separator: "\n").utf8)]
        var writer = ByteWriter()
        writer.u32(magic)
        writer.u32(version)
        var offset = aligned(8 + parts.count * 8)
        for part in parts {
            writer.u32(UInt32(offset))
            writer.u32(UInt32(part.count))
            offset += aligned(part.count)
        }
        for part in parts {
            writer.align(to: sectionAlignment)
            writer.append(part)
        }
        writer.align(to: sectionAlignment)
        return writer.bytes
    }

    /// What a word the lexicon knows as an event's verb may be: the verb itself, the noun it shares a form with
    /// ("the attack", "la visite"), an auxiliary, or a function word of a phrase trigger ("se", "with").
    /// The tags an event word may keep: a verb, or a noun spelled as the verb; the closed classes are the tagger's
    /// to decide ("a" in "a condamné").
    private static let predicateTags: Set<PartOfSpeech> = [.verb, .noun, .aux, .pron, .adp, .part, .det, .sconj, .cconj, .punct]
    private static let verbTags = predicateTags.subtracting([.noun])

    private static func misreads(_ tag: PartOfSpeech, as reading: PredicateReading) -> Bool {
        switch reading {
        case .eventWord: !predicateTags.contains(tag)
        case .verb: !verbTags.contains(tag)
        case .noun: tag == .verb || tag == .adj
        }
    }

    /// Tags and parses one sentence given as its words.
    public func parse(_ forms: [String]) -> SyntaxTree {
        parse(forms, knownTags: [])
    }

    /// Tags and parses one sentence, keeping the universal tags already known for some of its words (a country's
    /// name is a proper noun even where the tagger, alone, would read a verb).
    ///
    /// - Parameter predicates: for each word, what a lexicon knows it as. An event word read as something a
    ///   predicate cannot be (an adjective, an adverb: a rare verb form the treebanks never showed), or a verb that
    ///   no event noun spells read as a noun, is tagged again as a verb, and its neighbours with it; an event noun
    ///   read as a verb is tagged again as a noun.
    /// - Parameter standIns: for each word, a common verb form to parse in its place should the word, an event verb,
    ///   come out with a label no verb bears (`VerbStandIns`); the tree of that second parse is kept when it reads
    ///   every such word as a verb can be read, with the words' own forms.
    /// - Parameter atoms: the words' atoms (`WordAtoms(form)`), when the caller has them already.
    func parse(_ forms: [String], atoms: [WordAtoms]? = nil, knownTags: [PartOfSpeech?], predicates: [PredicateReading?] = [],
               standIns: [String?]) -> SyntaxTree {
        let atoms = atoms ?? forms.map(WordAtoms.init)
        let tree = parse(forms, atoms: atoms, knownTags: knownTags, predicates: predicates)
        let misread = standIns.indices.filter { index in
            index < tree.words.count && standIns[index] != nil && tree.words[index].tag == .verb
                && VerbStandIns.isMisread(tree.words[index].label)
        }
        guard !misread.isEmpty else { return tree }
        var replaced = forms
        var replacedAtoms = atoms
        for index in misread {
            replaced[index] = standIns[index] ?? forms[index]
            replacedAtoms[index] = WordAtoms(replaced[index])
        }
        var again = parse(replaced, atoms: replacedAtoms, knownTags: knownTags, predicates: predicates)
        guard misread.allSatisfy({ again.words[$0].tag == .verb && !VerbStandIns.isMisread(again.words[$0].label) })
        else { return tree }
        for index in misread { again.words[index].form = forms[index] }
        return again
    }

    func parse(_ forms: [String], knownTags: [PartOfSpeech?], predicates: [PredicateReading?] = []) -> SyntaxTree {
        parse(forms, atoms: forms.map(WordAtoms.init), knownTags: knownTags, predicates: predicates)
    }

    /// - Parameter atoms: `WordAtoms(form)` of each form.
    func parse(_ forms: [String], atoms: [WordAtoms], knownTags: [PartOfSpeech?], predicates: [PredicateReading?] = []) -> SyntaxTree {
        guard !forms.isEmpty else { return SyntaxTree(words: []) }
        var fixed = knownTags.map { $0.flatMap { plainTags[$0] } }
        var tags = tagger.tag(atoms, fixed: fixed)
        var universal = tags.map { tagSet.universal[$0] }
        let misread = predicates.indices.filter { index in
            index < forms.count && predicates[index].map { Self.misreads(universal[index], as: $0) } ?? false
        }
        if !misread.isEmpty, let verb = plainTags[.verb], let noun = plainTags[.noun] {
            fixed += [Int?](repeating: nil, count: max(0, forms.count - fixed.count))
            for index in misread { fixed[index] = predicates[index] == .noun ? noun : verb }
            // The words before the first one fixed now keep their tags.
            tags = tagger.tag(atoms, fixed: fixed, after: tags[..<misread[0]])
            universal = tags.map { tagSet.universal[$0] }
        }
        let heads = parser.parse(atoms, tags: tags)
        let labels = labeler.label(atoms, tags: tags, universal: universal, heads: heads)
        var words: [SyntaxTree.Word] = []
        words.reserveCapacity(forms.count)
        for index in forms.indices {
            let head = heads[index]
            words.append(SyntaxTree.Word(form: forms[index], tag: universal[index], head: head == forms.count ? 0 : head + 1,
                                         label: labeler.labels[labels[index]]))
        }
        return SyntaxTree(words: words)
    }

    /// The tagger's tags for every word of a sentence, without parsing it.
    func tags(_ forms: [String]) -> [PartOfSpeech] {
        tagger.tag(forms.map(WordAtoms.init)).map { tagSet.universal[$0] }
    }

    /// The tagger's tags of the words at `wanted` (in ascending order) of a sentence's forms, without parsing it:
    /// what `ParserWords` asks before cutting "des". Each is the tag tagging the whole sentence through that word
    /// gives it (`Tagger.tags(of:in:)`); the words beyond the tagger's lookahead after the last one are not read.
    func tags(of wanted: [Int], in forms: [String]) -> [PartOfSpeech] {
        guard let last = wanted.last else { return [] }
        return tags(of: wanted, in: forms.prefix(max(0, last + 1 + Tagger.lookahead)).map(WordAtoms.init))
    }

    /// The same tags, of words given as their atoms: at least those of the words through the tagger's lookahead after
    /// the last one wanted.
    func tags(of wanted: [Int], in atoms: [WordAtoms]) -> [PartOfSpeech] {
        guard let last = wanted.last else { return [] }
        let read = last + 1 + Tagger.lookahead
        // `ParserWords` gives only the words read: they are handed on as they are, not copied.
        return tagger.tags(of: wanted, in: atoms.count <= read ? atoms : Array(atoms[..<read])).map { tagSet.universal[$0] }
    }

    /// Fills in the UPOS, HEAD and DEPREL of every sentence of a CoNLL-U file, keeping its own words.
    public func annotate(_ file: CoNLLU) -> CoNLLU {
        var result = file
        for index in result.sentences.indices {
            let tree = parse(result.sentences[index].words.map(\.form))
            result.sentences[index].fill(from: tree)
        }
        return result
    }
}
