import RelGraph

/// Which Universal Dependencies files train, tune and measure each language's model, as
/// `ud/README.md` assigns them.
enum Treebanks {
    struct Split {
        var file: String
        /// Keeps the sentences whose 1-based number is (or, with `false`, is not) a multiple of ten.
        var everyTenth: Bool?
    }

    /// Per language, first the treebank whose conventions the model follows where treebanks disagree (see
    /// `SyntaxModelTrainer.train(treebanks:related:)`).
    static let training: [Language: [Split]] = [
        .en: [Split(file: "en/en_ewt-ud-train.conllu"), Split(file: "en/en_pud-ud-test.conllu")],
        .fr: [Split(file: "fr/fr_sequoia-ud-train.conllu"), Split(file: "fr/fr_gsd-ud-dev.conllu"),
              Split(file: "fr/fr_pud-ud-test.conllu")],
        .es: [Split(file: "es/es_gsd-ud-dev.conllu", everyTenth: false), Split(file: "es/es_pud-ud-test.conllu")],
    ]

    static let tuning: [Language: [Split]] = [
        .en: [Split(file: "en/en_ewt-ud-dev.conllu")],
        .fr: [Split(file: "fr/fr_sequoia-ud-dev.conllu")],
        .es: [Split(file: "es/es_gsd-ud-dev.conllu", everyTenth: true)],
    ]

    /// A related language whose treebanks the parser (not the tagger or the labeller) also learns from:
    /// Spanish has the smallest treebank here, and French shares most of its word order.
    static let related: [Language: Language] = [.es: .fr]

    /// The languages whose other treebanks (and related language) train features of their own, never shipped
    /// (`SyntaxModelTrainer.Options.treebankFeatures`): on the tuning files they gain in French and Spanish,
    /// where the treebanks' conventions differ most, and not in English.
    static let treebankFeatures: Set<Language> = [.fr, .es]

    /// The files the accuracy targets are measured on, and nothing is tuned on.
    static let measurement: [Language: [Split]] = [
        .en: [Split(file: "en/en_ewt-ud-test.conllu")],
        .fr: [Split(file: "fr/fr_sequoia-ud-test.conllu"), Split(file: "fr/fr_gsd-ud-test.conllu")],
        .es: [Split(file: "es/es_gsd-ud-test.conllu")],
    ]

    /// The split's sentences; `directory` nil reads `split.file` as a path of its own.
    static func read(_ split: Split, from directory: String?) throws -> [CoNLLU.Sentence] {
        let path = directory.map { $0 + "/" + split.file } ?? split.file
        let file = try CoNLLU(parsing: try readText(path))
        guard let tenth = split.everyTenth else { return file.sentences }
        return file.sentences.enumerated().filter { ($0.offset + 1).isMultiple(of: 10) == tenth }.map(\.element)
    }
}
