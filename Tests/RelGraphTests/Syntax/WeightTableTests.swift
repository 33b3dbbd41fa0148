import Testing
@testable import RelGraph

/// WeightTable: weights survive encoding in both layouts, the budget keeps the most useful features, keys
/// that overflow their bucket are still found, and bad bytes are refused.
@Suite("WeightTable")
struct WeightTableTests {
    private func scores(_ table: WeightTable, _ key: UInt64) -> [Int32] {
        var scores = [Int32](repeating: 0, count: table.classCount)
        scores.withUnsafeMutableBufferPointer { table.addWeights(of: key, to: $0) }
        return scores
    }

    private func table(_ bytes: [UInt8]) throws -> WeightTable {
        try WeightTable(bytes: ModelBytes(copying: bytes), offset: 0)
    }

    private func features(_ rows: [UInt64: [Float]], firings: Int = 1) -> [UInt64: WeightTable.Feature] {
        rows.mapValues { WeightTable.Feature(weights: $0, firings: firings) }
    }

    @Test(arguments: [3, 20])
    func classesKeepTheirOrder(classCount: Int) throws {
        var weights: [UInt64: [Float]] = [:]
        for key in 1...500 as ClosedRange<UInt64> {
            weights[FeatureHash.mix(key)] = (0..<classCount).map { Float((Int(key) + $0 * 7) % 11) - 5 }
        }
        let table = try table(WeightTable.encode(features(weights), classCount: classCount, budget: 1 << 20))
        #expect(table.layout == (classCount <= 3 ? .dense : .sparse))
        #expect(table.keyCount == weights.count)
        for (key, row) in weights {
            let found = scores(table, key)
            for first in 0..<classCount {
                for second in 0..<classCount where row[first] > row[second] {
                    #expect(found[first] > found[second])
                }
            }
        }
        #expect(scores(table, 12_345).allSatisfy { $0 == 0 })
    }

    @Test func budgetKeepsTheStrongestFeatures() throws {
        var weights: [UInt64: [Float]] = [:]
        for key in 1...2_000 as ClosedRange<UInt64> { weights[FeatureHash.mix(key)] = [Float(key), 0, -Float(key)] }
        let bytes = WeightTable.encode(features(weights), classCount: 3, budget: 4_096)
        #expect(bytes.count <= 4_096)
        let table = try table(bytes)
        let strongest = scores(table, FeatureHash.mix(2_000))
        #expect(strongest[0] > strongest[1] && strongest[1] > strongest[2])
        #expect(scores(table, FeatureHash.mix(1)) == [0, 0, 0])
    }

    @Test func aFeatureScoredMoreOftenOutranksAnEquallyStrongOne() throws {
        let seldom = WeightTable.Feature(weights: [0, 0, 1], firings: 1)
        let often = WeightTable.Feature(weights: [0, 0, 1], firings: 100)
        var features: [UInt64: WeightTable.Feature] = [:]
        for key in 1...20 as ClosedRange<UInt64> { features[FeatureHash.mix(key)] = key <= 10 ? seldom : often }
        // One bucket of fifteen slots, filled to 70%: ten features fit.
        let table = try table(WeightTable.encode(features, classCount: 3, budget: WeightTable.headerBytes + 64))
        #expect(table.keyCount == 10)
        for key in 11...20 as ClosedRange<UInt64> { #expect(scores(table, FeatureHash.mix(key))[2] > 0) }
    }

    @Test(arguments: [3, 20])
    func keysWhoseHomeIsFullAreFoundInTheNextBuckets(classCount: Int) throws {
        // Keys whose low 32 bits are zero all start at the first bucket, which holds fifteen dense keys or
        // a few sparse ones: the rest go on to the next buckets.
        var weights: [UInt64: [Float]] = [:]
        for index in 1...40 as ClosedRange<UInt64> {
            weights[index << 48] = (0..<classCount).map { Float(($0 * 3 + Int(index)) % 7) - 3 }
        }
        let table = try table(WeightTable.encode(features(weights), classCount: classCount, budget: WeightTable.headerBytes + 64 * 40))
        #expect(table.keyCount == weights.count)
        for (key, row) in weights {
            let found = scores(table, key)
            let strongest = row.indices.max { row[$0] < row[$1] } ?? 0
            #expect(found.indices.allSatisfy { found[$0] <= found[strongest] })
        }
        #expect(scores(table, 41 << 48).allSatisfy { $0 == 0 })
    }

    @Test func sparseRowsKeepTheirStrongestClasses() throws {
        let row: [Float] = [0.5, -4, 1, 3, 0, 0, 0, 0]
        let table = try table(WeightTable.encode(features([42: row]), classCount: row.count, budget: 1 << 12, maximumPairs: 2))
        #expect(scores(table, 42).map { $0.signum() } == [0, -1, 0, 1, 0, 0, 0, 0])
    }

    @Test func codesRoundToTheNearestLevel() {
        let codebook = WeightCodebook(largest: 10)
        let table = codebook.table
        for weight in [10, 3.3, -0.02, 0.5, -7.25] as [Float] {
            let value = Double(table[Int(codebook.code(weight))]) / codebook.scale
            #expect(abs(value - Double(weight)) <= abs(Double(weight)) * 0.04)
        }
        #expect(codebook.code(0.0001) == 0)
        #expect(zip(codebook.levels, codebook.levels.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func truncatedOrInconsistentBytesAreRefused() throws {
        let bytes = WeightTable.encode(features([7: [1, 2, 3, 4, 5]]), classCount: 5, budget: 1 << 16)
        #expect(throws: SyntaxError.self) { try table(Array(bytes.prefix(20))) }
        var wrongClasses = bytes
        wrongClasses[0] = 0
        #expect(throws: SyntaxError.self) { try table(wrongClasses) }
        var wrongMark = bytes
        wrongMark[WeightTable.headerBytes] = 7
        #expect(throws: SyntaxError.self) { try table(wrongMark) }
    }
}
