import Foundation
import RelGraph

/// relgraph-models: trains the syntax models from Universal Dependencies treebanks and measures them.
///
///     relgraph-models train LANGUAGE UD_DIRECTORY OUTPUT_FILE
///     relgraph-models evaluate LANGUAGE UD_DIRECTORY MODEL_FILE [tune]
///
/// `evaluate` scores the files `ud/README.md` marks "measure only" (or, with `tune`, the tuning files).
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

func train(_ language: Language, ud: String, output: String) throws {
    var sentences: [CoNLLU.Sentence] = []
    for split in Treebanks.training[language] ?? [] { sentences += try Treebanks.read(split, from: ud) }
    var options = SyntaxModelTrainer.Options()
    let environment = ProcessInfo.processInfo.environment
    if let value = environment["PARSER_KIB"].flatMap(Int.init) { options.parserBytes = value << 10 }
    if let value = environment["PARSER_EPOCHS"].flatMap(Int.init) { options.parserEpochs = value }
    let trainer = SyntaxModelTrainer(options: options, progress: { log("\(language.rawValue) \($0)") })
    let bytes = try trainer.train(sentences)
    let temporary = output + ".partial"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { throw ToolError("cannot write '\(temporary)'") }
    _ = try? FileManager.default.removeItem(atPath: output)
    try FileManager.default.moveItem(atPath: temporary, toPath: output)
    log("\(language.rawValue): wrote \(output) (\(bytes.count) bytes)")
}

func evaluate(_ language: Language, ud: String, model path: String, tuning: Bool) throws {
    guard let data = FileManager.default.contents(atPath: path) else { throw ToolError("cannot read '\(path)'") }
    let model = try SyntaxModel(bytes: [UInt8](data))
    for split in (tuning ? Treebanks.tuning : Treebanks.measurement)[language] ?? [] {
        let gold = CoNLLU(sentences: try Treebanks.read(split, from: ud))
        let clock = ContinuousClock()
        var best = Duration.seconds(1_000)
        var predicted = gold
        for _ in 0..<3 {
            let elapsed = clock.measure { predicted = model.annotate(gold) }
            best = min(best, elapsed)
        }
        var score = ParseScore()
        for (expected, found) in zip(gold.sentences, predicted.sentences) { score.add(gold: expected, predicted: found) }
        let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
        let name = (split.file as NSString).lastPathComponent.replacingOccurrences(of: ".conllu", with: "")
        print("\(name)\(split.everyTenth == true ? " (every tenth)" : "")\twords \(score.words)\tUPOS \(score.ratio(score.tags))\tUAS \(score.ratio(score.heads))\tLAS \(score.ratio(score.labelled))\t\(Int(Double(score.words) / seconds)) words/s")
    }
}

let arguments = CommandLine.arguments
do {
    guard arguments.count >= 5, let language = Language(rawValue: arguments[2]) else {
        throw ToolError("usage: relgraph-models train|evaluate fr|en|es UD_DIRECTORY MODEL_FILE [tune]")
    }
    switch arguments[1] {
    case "train": try train(language, ud: arguments[3], output: arguments[4])
    case "evaluate": try evaluate(language, ud: arguments[3], model: arguments[4], tuning: arguments.count > 5 && arguments[5] == "tune")
    default: throw ToolError("unknown command '\(arguments[1])': train or evaluate")
    }
} catch {
    log("relgraph-models: \(error)")
    exit(1)
}
