import Testing
@testable import RelGraph

/// SmallValueScores: a table read gives the sum the lookups of its templates' features give, for every kind of value,
/// and a count beyond the tables is left to the lookups.
@Suite("SmallValueScores")
struct SmallValueScoresTests {
    /// The sum of the 19 templates' weights, looked up one feature at a time as training reads them.
    private func lookedUp(_ weights: WeightTable, _ raw: SmallValueScores.Raw) -> (Int32, Int32) {
        var features = [UInt64](repeating: 0, count: SmallValueScores.templateCount)
        return features.withUnsafeMutableBufferPointer { buffer in
            SmallValueScores.features(of: raw, into: buffer)
            return weights.denseScores(of: buffer)
        }
    }

    /// Raw values of every kind's whole range, the root and "no node" among the tags.
    private func randomRaw(tagCount: Int, using generator: inout SeededGenerator) -> [Int] {
        SmallValueScores.Value.allCases.map { value in
            switch value.kind {
            case .tag: [-10, -11, Int.random(in: 0..<tagCount, using: &generator)][Int.random(in: 0..<3, using: &generator)]
            case .distance: Int.random(in: 0..<8, using: &generator) == 0 ? -1 : Int.random(in: 1...7, using: &generator)
            case .between: Int.random(in: -1...2, using: &generator)
            case .count: Int.random(in: -1...SmallValueScores.countLimit, using: &generator)
            }
        }
    }

    @Test func theValuesAreCountedAndTheTagsComeFirst() {
        #expect(SmallValueScores.valueCount == SmallValueScores.Value.allCases.count)
        #expect(SmallValueScores.Value.allCases.prefix(10).allSatisfy { $0.kind == .tag })
        #expect(SmallValueScores.Value.allCases.dropFirst(10).allSatisfy { $0.kind != .tag })
        #expect(SmallValueScores.templateCount == 19)
    }

    @Test(arguments: Language.allCases)
    func aTableReadSumsTheWeightsTheLookupsGive(language: Language) throws {
        let model = try SyntaxModel.embedded(for: language)
        var generator = SeededGenerator(seed: 7)
        var nonZero = 0
        for _ in 0..<2000 {
            var raw = randomRaw(tagCount: model.tagSet.count, using: &generator)
            let (fromTables, fromLookups) = raw.withUnsafeMutableBufferPointer { buffer in
                (model.parser.smallValues.scores(of: buffer), lookedUp(model.parser.weights, buffer))
            }
            #expect(fromTables.map { [$0.0, $0.1] } == [fromLookups.0, fromLookups.1])
            if fromLookups != (0, 0) { nonZero += 1 }
        }
        // The combinations drawn must reach weights the model holds, or the comparison says little.
        #expect(nonZero > 1000)
    }

    @Test func aCountBeyondTheTablesIsLeftToTheLookups() throws {
        let model = try SyntaxModel.embedded(for: .en)
        var raw = [Int](repeating: -1, count: SmallValueScores.valueCount)
        raw[SmallValueScores.Value.s0LeftCount.rawValue] = SmallValueScores.countLimit + 1
        #expect(raw.withUnsafeMutableBufferPointer { model.parser.smallValues.scores(of: $0) } == nil)
        raw[SmallValueScores.Value.s0LeftCount.rawValue] = SmallValueScores.countLimit
        #expect(raw.withUnsafeMutableBufferPointer { model.parser.smallValues.scores(of: $0) } != nil)
    }
}

