/// A Universal Dependencies part-of-speech tag (UPOS): the seventeen classes every treebank shares.
///
/// The raw value is the tag's index in the tagger's model, so the order here is part of the model format.
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    /// The tag as CoNLL-U writes it ("NOUN", "PROPN").
    public var name: String { Self.names[Int(rawValue)] }

    /// The tag named `name` in CoNLL-U, nil for anything else (including "_").
    public init?(name: String) {
        guard let index = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(index))
    }

    private static let names = [
        "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
        "SCONJ", "SYM", "VERB", "X",
    ]
}
