import ArgumentParser
import Foundation
import RelGraph

/// relgraph-models: trains relgraph's syntax models from Universal Dependencies treebanks and measures
/// them. `make models` and `make parse-eval` run it; it is not part of the `relgraph` binary.
struct RelGraphModels: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph-models",
        abstract: "Train and measure relgraph's tagger and dependency parser.",
        subcommands: [Train.self, Evaluate.self]
    )
}

struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Train one language's model from the treebanks ud/README.md assigns to training.")

    @Argument(help: "The language: fr, en or es.") var language: String
    @Option(help: "The folder of Universal Dependencies treebanks.") var treebanks = "../shared/ud"
    @Option(name: .shortAndLong, help: "The model file to write.") var output: String
    @Option(help: "Passes of the parser over its training sentences.") var parserEpochs: Int?
    @Option(help: "The seed of the shuffling and exploration.") var seed: UInt64?
    @Option(help: "Passes of the tagger over its training sentences.") var taggerEpochs: Int?
    @Option(help: "Folds for tagging the parser's training sentences with taggers that have not seen them.")
    var jackknifeFolds: Int?
    @Option(help: "Times the parser sees each of the language's own sentences per epoch beside a related language's.")
    var ownSentenceWeight: Int?
    @Option(help: "Whether sentences of other treebanks also fire features of their own treebank, never shipped (true or false).")
    var treebankFeatures: Bool?

    func run() throws {
        let language = try parseLanguage(language)
        let own = try (Treebanks.training[language] ?? []).map { try Treebanks.read($0, from: treebanks) }
        var related: [[CoNLLU.Sentence]] = []
        if let other = Treebanks.related[language] {
            related = try (Treebanks.training[other] ?? []).map { try Treebanks.read($0, from: treebanks) }
        }
        var options = SyntaxModelTrainer.Options()
        if let parserEpochs { options.parserEpochs = parserEpochs }
        if let seed { options.seed = seed }
        if let taggerEpochs { options.taggerEpochs = taggerEpochs }
        if let jackknifeFolds { options.jackknifeFolds = jackknifeFolds }
        if let ownSentenceWeight { options.ownSentenceWeight = ownSentenceWeight }
        options.treebankFeatures = treebankFeatures ?? Treebanks.treebankFeatures.contains(language)
        let trainer = SyntaxModelTrainer(options: options, progress: { log("\(language.rawValue) \($0)") })
        let bytes = try trainer.train(treebanks: own, related: related)
        let temporary = output + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw ToolError("cannot write '\(temporary)'")
        }
        _ = try? FileManager.default.removeItem(atPath: output)
        try FileManager.default.moveItem(atPath: temporary, toPath: output)
        log("\(language.rawValue): wrote \(output) (\(bytes.count) bytes)")
    }
}

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a model with gold tokens: UPOS, UAS, LAS over all words, and words per second.",
        discussion: "Scores the files ud/README.md marks 'measure only', or with --tuning the tuning files."
    )

    @Argument(help: "The language: fr, en or es.") var language: String
    @Option(help: "The folder of Universal Dependencies treebanks.") var treebanks = "../shared/ud"
    @Option(help: "The model file; the one linked into relgraph when omitted.") var model: String?
    @Flag(help: "Score the tuning files instead of the measure-only ones.") var tuning = false
    @Option(help: "Score this CoNLL-U file instead (a path, not under --treebanks).") var file: String?
    @Option(help: "A folder to write each predicted file into, for error analysis.") var predictions: String?
    @Option(name: .customLong("repeat"), help: "Times to tag and parse each file; words per second come from the fastest.")
    var repetitions = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let language = try parseLanguage(language)
        let syntax: SyntaxModel
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { throw ToolError("cannot read '\(model)'") }
            syntax = try SyntaxModel(bytes: [UInt8](data))
        } else {
            syntax = try SyntaxModel.embedded(for: language)
        }
        if let file {
            return try score(Treebanks.Split(file: file), with: syntax, directory: nil)
        }
        for split in (tuning ? Treebanks.tuning : Treebanks.measurement)[language] ?? [] {
            try score(split, with: syntax, directory: treebanks)
        }
    }

    private func score(_ split: Treebanks.Split, with syntax: SyntaxModel, directory: String?) throws {
        let gold = CoNLLU(sentences: try Treebanks.read(split, from: directory))
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        let predicted = syntax.annotate(gold)
        // The speed is of tagging and parsing alone: the sentences' words are taken out of the file beforehand,
        // and writing the results back into CoNLL-U columns is left out of the clock.
        let sentences = gold.sentences.map { $0.words.map(\.form) }
        var trees = 0
        // Best of several: the figure is the parser's speed, not the machine's noise.
        for _ in 0..<repetitions {
            best = min(best, clock.measure { for forms in sentences { trees &+= syntax.parse(forms).words.count } })
        }
        guard trees > 0 || sentences.isEmpty else { throw ToolError("no word parsed") }
        let name = (split.file as NSString).lastPathComponent.replacingOccurrences(of: ".conllu", with: "")
        if let predictions {
            let path = predictions + "/" + name + ".conllu"
            guard FileManager.default.createFile(atPath: path, contents: Data(predicted.text.utf8)) else {
                throw ToolError("cannot write '\(path)'")
            }
        }
        var score = ParseScore()
        for (expected, found) in zip(gold.sentences, predicted.sentences) { score.add(gold: expected, predicted: found) }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let label = name + (split.everyTenth == true ? " (every tenth)" : "")
        print("\(label)\twords \(score.words)\tUPOS \(score.ratio(score.tags))\tUAS \(score.ratio(score.heads))\tLAS \(score.ratio(score.labelled))\t\(Int(Double(score.words) / seconds)) words/s")
    }
}

func parseLanguage(_ code: String) throws -> Language {
    guard let language = Language(rawValue: code) else { throw ToolError("unknown language '\(code)': fr, en or es") }
    return language
}

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw ToolError("cannot read '\(path)'") }
    return String(decoding: data, as: UTF8.self)
}

struct ToolError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

RelGraphModels.main()
