import RelGraph

/// UPOS accuracy, UAS and LAS over all words, as the CoNLL 2018 evaluation counts them with gold
/// tokens: punctuation included, relations compared without their subtypes.
struct ParseScore {
    var words = 0
    var tags = 0
    var heads = 0
    var labelled = 0

    mutating func add(gold: CoNLLU.Sentence, predicted: CoNLLU.Sentence) {
        for (expected, found) in zip(gold.words, predicted.words) {
            words += 1
            if expected.upos == found.upos { tags += 1 }
            guard expected.head == found.head else { continue }
            heads += 1
            if Self.universal(expected.deprel) == Self.universal(found.deprel) { labelled += 1 }
        }
    }

    static func universal(_ relation: String) -> Substring {
        relation.split(separator: ":", maxSplits: 1).first ?? ""
    }

    func ratio(_ count: Int) -> String {
        let value = words == 0 ? 0 : Double(count) / Double(words)
        return String(format: "%.4f", value)
    }
}
