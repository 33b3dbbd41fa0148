import Testing
@testable import RelGraph

/// SyntaxModelTrainer: training is reproducible byte for byte, and a model learns its training sentences.
@Suite("SyntaxModelTrainer")
struct SyntaxModelTrainerTests {
    @Test func sameSentencesAndSeedGiveTheSameBytes() throws {
        let sentences = try SyntaxFixtures.sentences()
        let first = try SyntaxModelTrainer(options: SyntaxFixtures.options).train(sentences)
        let second = try SyntaxModelTrainer(options: SyntaxFixtures.options).train(sentences)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func anotherSeedGivesAnotherModel() throws {
        let sentences = try SyntaxFixtures.sentences()
        var options = SyntaxFixtures.options
        let first = try SyntaxModelTrainer(options: options).train(sentences)
        options.seed += 1
        let second = try SyntaxModelTrainer(options: options).train(sentences)
        #expect(first != second)
    }

    @Test func trainedModelParsesItsTrainingSentences() throws {
        let sentences = try SyntaxFixtures.sentences()
        let model = try SyntaxModel(bytes: try SyntaxModelTrainer(options: SyntaxFixtures.options).train(sentences))
        for sentence in sentences {
            let tree = model.parse(sentence.words.map(\.form))
            #expect(tree.words.map(\.head) == sentence.words.map { $0.head ?? -1 }, "\(sentence.words.map(\.form))")
            #expect(tree.words.map(\.relation) == sentence.words.map(\.deprel))
            #expect(tree.words.map(\.tag.name) == sentence.words.map(\.upos))
        }
    }

    @Test func sentencesWithoutCompleteTreesAreNoTrainingData() throws {
        let untreed = try CoNLLU(parsing: "1\tHello\t_\tINTJ\t_\t_\t_\t_\t_\t_\n\n").sentences
        #expect(throws: SyntaxError.noTrainingData) { try SyntaxModelTrainer(options: SyntaxFixtures.options).train(untreed) }
    }

    /// A second treebank that tags "the" PRON twice as often as the first tags it DET: the shipped model keeps
    /// to the first treebank's convention when each treebank learns its own features, and follows the
    /// majority when the treebanks are pooled.
    @Test func theFirstTreebanksConventionsWinOverAnotherTreebanks() throws {
        let sentences = try SyntaxFixtures.sentences()
        let pronoun = try CoNLLU(parsing: SyntaxFixtures.treebank.replacingOccurrences(of: "\tDET\t", with: "\tPRON\t")).sentences
        let forms = ["Peru", "condemned", "the", "attack", "."]
        var options = SyntaxFixtures.options
        let separate = try SyntaxModel(bytes: try SyntaxModelTrainer(options: options).train(treebanks: [sentences, pronoun + pronoun]))
        #expect(separate.tags(forms)[2] == .det)
        options.treebankFeatures = false
        let pooled = try SyntaxModel(bytes: try SyntaxModelTrainer(options: options).train(treebanks: [sentences, pronoun + pronoun]))
        #expect(pooled.tags(forms)[2] == .pron)
    }

    @Test func relatedSentencesChangeOnlyWhatTheParserLearns() throws {
        let sentences = try SyntaxFixtures.sentences()
        let trainer = SyntaxModelTrainer(options: SyntaxFixtures.options)
        let alone = try SyntaxModel(bytes: try trainer.train(Array(sentences.prefix(3))))
        let helped = try SyntaxModel(bytes: try trainer.train(Array(sentences.prefix(3)), related: Array(sentences.suffix(3))))
        #expect(alone.tagSet == helped.tagSet)
        #expect(alone.labeler.labels == helped.labeler.labels)
    }
}
