/// The learner behind the tagger, the parser and the labeller while they train: a multi-class perceptron
/// whose final weights are the average of its weights over all training steps.
///
/// Averaging uses the running-sum identity (Daumé): each update of `delta` at step `c` adds `delta` to the
/// weight and `c × delta` to a second sum, and the average is `weight − sum / c`. Rows are created only
/// for features that are ever updated, so features seen only at prediction time cost no memory.
struct AveragedPerceptron {
    let classCount: Int
    private var rows: [UInt64: Int] = [:]
    private var weights: [Float] = []
    private var sums: [Double] = []
    /// Per row, how many times its feature was scored after it had a row: how often it is likely to vote.
    private var firings: [Int] = []
    /// Training steps so far, from 1.
    private(set) var steps = 1

    init(classCount: Int) {
        self.classCount = classCount
    }

    /// Sets `scores` to the sum of each feature's current weights, and counts the features that have weights.
    mutating func score(_ features: [UInt64], into scores: inout [Float]) {
        for index in scores.indices { scores[index] = 0 }
        add(features, to: &scores)
    }

    /// Adds each feature's current weights to `scores`, and counts the features that have weights.
    mutating func add(_ features: [UInt64], to scores: inout [Float]) {
        for feature in features {
            guard let row = rows[feature] else { continue }
            firings[row] += 1
            let base = row * classCount
            for label in 0..<classCount { scores[label] += weights[base + label] }
        }
    }

    /// Moves the weights towards `truth` and away from `guess`; nothing when they agree.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        let step = Double(steps)
        for feature in features {
            let base = row(for: feature) * classCount
            weights[base + truth] += 1
            sums[base + truth] += step
            weights[base + guess] -= 1
            sums[base + guess] -= step
        }
    }

    /// Counts one training instance, whether or not it updated the weights.
    mutating func tick() { steps += 1 }

    /// The averaged weights per feature, with how many times each was scored in training.
    func averaged() -> [UInt64: WeightTable.Feature] {
        let step = Double(steps)
        var result: [UInt64: WeightTable.Feature] = [:]
        result.reserveCapacity(rows.count)
        for (feature, row) in rows {
            let base = row * classCount
            let weights = (0..<classCount).map { Float(Double(self.weights[base + $0]) - sums[base + $0] / step) }
            result[feature] = WeightTable.Feature(weights: weights, firings: firings[row])
        }
        return result
    }

    /// The average of several runs' averaged weights (a feature a run lacks weighs zero there), with the
    /// firings of all of them: one linear model that votes as the runs do together.
    static func mixing(_ runs: [[UInt64: WeightTable.Feature]]) -> [UInt64: WeightTable.Feature] {
        guard runs.count > 1 else { return runs.first ?? [:] }
        var result: [UInt64: WeightTable.Feature] = [:]
        let share = 1 / Float(runs.count)
        for run in runs {
            for (key, feature) in run {
                var mixed = result[key] ?? WeightTable.Feature(weights: Array(repeating: 0, count: feature.weights.count), firings: 0)
                for index in feature.weights.indices { mixed.weights[index] += feature.weights[index] * share }
                mixed.firings += feature.firings
                result[key] = mixed
            }
        }
        return result
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rows[feature] { return row }
        let row = rows.count
        rows[feature] = row
        weights.append(contentsOf: repeatElement(0, count: classCount))
        sums.append(contentsOf: repeatElement(0, count: classCount))
        firings.append(0)
        return row
    }
}

/// A reproducible random sequence (SplitMix64), so that training with one seed gives one model.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return FeatureHash.mix(state &- 0x9E37_79B9_7F4A_7C15)
    }

    /// A number in 0..<1 with 53 bits of precision.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
