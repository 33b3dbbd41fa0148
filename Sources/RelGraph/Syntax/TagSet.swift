/// The tags the tagger chooses among: a universal part of speech refined by the morphological features
/// that matter to syntax, such as "VERB|Part|Past" or "PRON|Rel".
///
/// A participle, an infinitive and a finite verb attach differently, and so do a relative pronoun and a
/// personal one: the parser reads these finer tags, and users see their universal part. The set is
/// learnt from the treebank and stored in the model.
struct TagSet: Sendable, Equatable {
    let names: [String]
    let universal: [PartOfSpeech]

    init?(names: [String]) {
        var universal: [PartOfSpeech] = []
        for name in names {
            guard let tag = PartOfSpeech(name: String(name.prefix { $0 != "|" })) else { return nil }
            universal.append(tag)
        }
        self.names = names
        self.universal = universal
    }

    var count: Int { names.count }

    /// The features kept in a fine tag, with the values kept (nil keeps every value).
    private static let kept: [(feature: String, values: Set<String>?)] = [
        ("VerbForm", ["Fin", "Inf", "Part", "Ger"]),
        ("Tense", nil),
        ("PronType", ["Rel", "Int"]),
    ]

    /// The fine tag of a treebank word with universal tag `upos` and CoNLL-U features `feats`.
    static func name(upos: String, feats: String) -> String {
        var features: [String: String] = [:]
        for pair in feats.split(separator: "|") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { features[String(parts[0])] = String(parts[1]) }
        }
        let verbForm = features["VerbForm"]
        var name = upos
        for (feature, values) in kept {
            // Tense only tells participles apart ("signé" from "signant"); on finite verbs it is noise.
            if feature == "Tense" && verbForm != "Part" { continue }
            guard let value = features[feature], values?.contains(value) ?? true else { continue }
            name += "|" + value
        }
        return name
    }
}
