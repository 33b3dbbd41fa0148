/// A language's trained tagger, parser and labeller, read in place from one block of bytes.
///
/// The format (all numbers little-endian, every table starting on an 8-byte boundary):
///
///     "RGSM"  u32 version (1)
///     5 × (u32 offset, u32 length)    tagger weights, tag dictionary, parser weights,
///                                     labeller weights, relation names
///     tagger, parser and labeller weights: `WeightTable`'s layout
///     tag dictionary: u32 count, u32 0, then count × (u64 form hash, u64 tag)
///     relation names: UTF-8, one per line, in class order
///
/// Embedded models are checked once, when first used, and never copied.
public struct SyntaxModel: Sendable {
    static let magic: UInt32 = 0x4D53_4752 // "RGSM" read as a little-endian word
    static let version: UInt32 = 1

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
        guard bytes.count >= 48, bytes.u32(at: 0) == Self.magic else { throw SyntaxError.malformedModel("not a relgraph syntax model") }
        guard bytes.u32(at: 4) == Self.version else { throw SyntaxError.malformedModel("version \(bytes.u32(at: 4)), expected \(Self.version)") }
        var sections: [Range<Int>] = []
        for index in 0..<5 {
            let offset = Int(bytes.u32(at: 8 + index * 8)), length = Int(bytes.u32(at: 12 + index * 8))
            guard offset + length <= bytes.count else { throw SyntaxError.malformedModel("section \(index) out of bounds") }
            sections.append(offset..<offset + length)
        }
        let names = String(decoding: UnsafeRawBufferPointer(rebasing: bytes.base[sections[4]]), as: UTF8.self)
        let labels = names.split(separator: "\n").map(String.init)
        let labelWeights = try WeightTable(bytes: bytes, offset: sections[3].lowerBound)
        guard !labels.isEmpty, labelWeights.classCount == labels.count else { throw SyntaxError.malformedModel("relation names") }
        let tagWeights = try WeightTable(bytes: bytes, offset: sections[0].lowerBound)
        let parseWeights = try WeightTable(bytes: bytes, offset: sections[2].lowerBound)
        guard tagWeights.classCount == PartOfSpeech.allCases.count, parseWeights.classCount == ArcHybrid.Move.allCases.count else {
            throw SyntaxError.malformedModel("class counts")
        }
        tagger = Tagger(weights: tagWeights, dictionary: try Self.readDictionary(bytes, sections[1]))
        parser = DependencyParser(weights: parseWeights)
        labeler = ArcLabeler(weights: labelWeights, labels: labels)
        byteCount = bytes.count
    }

    private static func readDictionary(_ bytes: ModelBytes, _ section: Range<Int>) throws -> TagDictionary {
        let count = Int(bytes.u32(at: section.lowerBound))
        guard section.count >= 8 + count * 16 else { throw SyntaxError.malformedModel("tag dictionary truncated") }
        var entries: [UInt64: PartOfSpeech] = [:]
        entries.reserveCapacity(count)
        for index in 0..<count {
            let at = section.lowerBound + 8 + index * 16
            guard let tag = PartOfSpeech(rawValue: UInt8(truncatingIfNeeded: bytes.u64(at: at + 8))) else {
                throw SyntaxError.malformedModel("tag dictionary entry \(index)")
            }
            entries[bytes.u64(at: at)] = tag
        }
        return TagDictionary(entries)
    }

    /// The model's bytes for its parts.
    static func encode(tagger: [UInt8], dictionary: TagDictionary, parser: [UInt8], labeler: [UInt8], labels: [String]) -> [UInt8] {
        var dictionaryBytes = ByteWriter()
        dictionaryBytes.u32(UInt32(dictionary.all.count))
        dictionaryBytes.u32(0)
        for (form, tag) in dictionary.all.sorted(by: { $0.key < $1.key }) {
            dictionaryBytes.u64(form)
            dictionaryBytes.u64(UInt64(tag.rawValue))
        }
        var names = ByteWriter()
        names.append(Array(labels.joined(separator: "\n").utf8))
        names.align()
        let parts = [tagger, dictionaryBytes.bytes, parser, labeler, names.bytes]
        var writer = ByteWriter()
        writer.u32(magic)
        writer.u32(version)
        var offset = 8 + parts.count * 8
        for part in parts {
            writer.u32(UInt32(offset))
            writer.u32(UInt32(part.count))
            offset += part.count
        }
        for part in parts { writer.append(part) }
        return writer.bytes
    }

    /// Tags and parses one sentence given as its words.
    public func parse(_ forms: [String]) -> SyntaxTree {
        guard !forms.isEmpty else { return SyntaxTree(words: []) }
        let atoms = forms.map(WordAtoms.init)
        let tags = tagger.tag(atoms)
        let heads = parser.parse(atoms, tags: tags)
        let labels = labeler.label(atoms, tags: tags, heads: heads)
        var words: [SyntaxTree.Word] = []
        words.reserveCapacity(forms.count)
        for index in forms.indices {
            let head = heads[index]
            words.append(SyntaxTree.Word(form: forms[index], tag: tags[index], head: head == forms.count ? 0 : head + 1,
                                         relation: labeler.labels[labels[index]]))
        }
        return SyntaxTree(words: words)
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
