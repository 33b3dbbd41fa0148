import Testing
@testable import RelGraph

/// AveragedPerceptron: updates move the weights of the features they see, and runs mix into their average.
@Suite("AveragedPerceptron")
struct AveragedPerceptronTests {
    @Test func anUpdateFavoursTheTruthForItsFeatures() {
        var model = AveragedPerceptron(classCount: 3)
        model.update([7, 8], truth: 2, guess: 0)
        model.tick()
        var scores = [Float](repeating: 0, count: 3)
        model.score([7], into: &scores)
        #expect(scores[2] > scores[1] && scores[1] > scores[0])
        model.score([9], into: &scores)
        #expect(scores == [0, 0, 0])
    }

    @Test func averagedWeightsCountHowOftenAFeatureWasScored() {
        var model = AveragedPerceptron(classCount: 2)
        model.update([7], truth: 1, guess: 0)
        model.tick()
        var scores = [Float](repeating: 0, count: 2)
        for _ in 0..<3 { model.score([7, 8], into: &scores) }
        let averaged = model.averaged()
        #expect(averaged[7]?.firings == 3)
        #expect(averaged[8] == nil)
    }

    @Test func mixingAveragesTheRunsWeightsAndAddsTheirFirings() {
        let first: [UInt64: WeightTable.Feature] = [1: .init(weights: [2, 0], firings: 3), 2: .init(weights: [0, 4], firings: 1)]
        let second: [UInt64: WeightTable.Feature] = [1: .init(weights: [0, 2], firings: 5)]
        let mixed = AveragedPerceptron.mixing([first, second])
        #expect(mixed[1]?.weights == [1, 1])
        #expect(mixed[1]?.firings == 8)
        #expect(mixed[2]?.weights == [0, 2])
    }
}
