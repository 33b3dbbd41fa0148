import Testing
@testable import RelGraph

/// WeightTable: weights survive encoding in both layouts, the budget is kept, and bad bytes are refused.
@Suite("WeightTable")
struct WeightTableTests {
    private func scores(_ table: WeightTable, _ key: UInt64) -> [Int32] {
        var scores = [Int32](repeating: 0, count: table.classCount)
        scores.withUnsafeMutableBufferPointer { table.addWeights(of: key, to: $0.baseAddress!) }
        return scores
    }

    private func table(_ bytes: [UInt8]) throws -> WeightTable {
        try WeightTable(bytes: ModelBytes(copying: bytes), offset: 0)
    }

    @Test(arguments: [3, 20])
    func weightsKeepTheirSignsAndOrder(classCount: Int) throws {
        var weights: [UInt64: [Float]] = [:]
        for key in 1...500 as ClosedRange<UInt64> {
            weights[FeatureHash.mix(key)] = (0..<classCount).map { Float((Int(key) + $0 * 7) % 11) - 5 }
        }
        let table = try table(WeightTable.encode(weights, classCount: classCount, budget: 1 << 20))
        #expect(table.layout == (classCount <= 4 ? .dense : .sparse))
        for (key, row) in weights {
            let found = scores(table, key)
            for label in 0..<classCount {
                #expect((found[label] > 0) == (row[label] > 0) && (found[label] < 0) == (row[label] < 0))
            }
        }
        #expect(scores(table, 12_345).allSatisfy { $0 == 0 })
    }

    @Test func budgetKeepsTheStrongestFeatures() throws {
        var weights: [UInt64: [Float]] = [:]
        for key in 1...2_000 as ClosedRange<UInt64> { weights[FeatureHash.mix(key)] = [Float(key), 0, -Float(key)] }
        let bytes = WeightTable.encode(weights, classCount: 3, budget: 4_096)
        #expect(bytes.count <= 4_096)
        let table = try table(bytes)
        #expect(scores(table, FeatureHash.mix(2_000))[0] > 0)
        #expect(scores(table, FeatureHash.mix(1)) == [0, 0, 0])
    }

    @Test func truncatedOrInconsistentBytesAreRefused() throws {
        let bytes = WeightTable.encode([7: [1, 2, 3, 4, 5]], classCount: 5, budget: 1 << 16)
        #expect(throws: SyntaxError.self) { try table(Array(bytes.prefix(20))) }
        var wrongClasses = bytes
        wrongClasses[0] = 0
        #expect(throws: SyntaxError.self) { try table(wrongClasses) }
    }
}
