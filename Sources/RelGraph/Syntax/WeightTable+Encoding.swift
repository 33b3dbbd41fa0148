import Foundation

extension WeightTable {
    /// A feature's averaged weights, one per class, and how many times it was scored in training.
    struct Feature {
        var weights: [Float]
        var firings: Int
    }

    /// The share of the buckets' room the encoder fills at most: the fuller the buckets, the more of them
    /// overflow, and a lookup of an absent key whose home overflowed reads the next bucket too.
    static let maximumLoad = 0.7

    /// The table's bytes for `features`, averaged real-valued weights per feature key, in at most
    /// `budget` bytes; dense when there are at most three classes.
    ///
    /// Features are kept most useful first while they fit: most of a perceptron's features are rare words
    /// and word pairs whose averaged votes are tiny or seldom cast, and dropping them shrinks a model several
    /// times at little cost. A feature's use is its strength times the square root of how often it was
    /// scored in training; a dense feature's strength is the gap between its highest and lowest class, the
    /// only thing its row can change, a sparse one's is its largest weight. Ties go to the smaller key, and
    /// features are placed in that order, so the same weights give the same bytes.
    static func encode(_ features: [UInt64: Feature], classCount: Int, budget: Int, maximumPairs: Int = maximumPairs,
                       firingExponent: Float = 0.5) -> [UInt8] {
        let layout: Layout = classCount <= 3 ? .dense : .sparse
        let bucketCount = max(1, (budget - headerBytes) / bucketBytes)
        let rows = layout == .dense
            ? features.mapValues { feature in feature.weights.map { $0 - feature.weights[0] } }
            : features.mapValues(\.weights)
        let codebook = WeightCodebook(largest: rows.values.lazy.flatMap { $0 }.map { abs($0) }.max() ?? 0)
        var candidates: [Candidate] = []
        for (key, row) in rows {
            let strength = layout == .dense ? (row.max() ?? 0) - (row.min() ?? 0) : row.map { abs($0) }.max() ?? 0
            let use = strength * pow(Float(max(features[key]?.firings ?? 0, 1)), firingExponent)
            let entry = layout == .dense
                ? denseEntry(row, codebook: codebook)
                : sparseEntry(row, codebook: codebook, maximumPairs: min(maximumPairs, Self.maximumPairs))
            if !entry.isEmpty { candidates.append(Candidate(key: key, use: use, entry: entry)) }
        }
        candidates.sort { $0.use != $1.use ? $0.use > $1.use : $0.key < $1.key }
        var buckets: any Buckets = layout == .dense
            ? DenseBuckets(count: bucketCount, classCount: classCount)
            : SparseBuckets(count: bucketCount)
        buckets.place(candidates)
        var writer = ByteWriter()
        writer.u32(UInt32(classCount))
        writer.u32(UInt32(bucketCount))
        writer.u32(layout.rawValue)
        writer.u32(UInt32(buckets.keyCount))
        for value in codebook.table { writer.u32(UInt32(bitPattern: value)) }
        writer.align(to: bucketBytes)
        writer.append(buckets.bytes)
        return writer.bytes
    }

    /// A feature to place: its key, how much it matters, and its entry's bytes after the fingerprint.
    struct Candidate {
        var key: UInt64
        var use: Float
        var entry: [UInt8]
    }

    /// The codes of classes 1 and up; empty when they all round to nothing.
    private static func denseEntry(_ row: [Float], codebook: WeightCodebook) -> [UInt8] {
        let codes = row.dropFirst().map(codebook.code)
        return codes.allSatisfy { $0 == 0 } ? [] : codes
    }

    /// (class, code) pairs in class order: the strongest `maximumPairs` that do not round to nothing.
    /// Empty when none is left.
    private static func sparseEntry(_ row: [Float], codebook: WeightCodebook, maximumPairs: Int) -> [UInt8] {
        var pairs = row.indices.filter { codebook.code(row[$0]) != 0 }
        if pairs.count > maximumPairs {
            pairs = Array(pairs.sorted { abs(row[$0]) != abs(row[$1]) ? abs(row[$0]) > abs(row[$1]) : $0 < $1 }
                .prefix(maximumPairs)).sorted()
        }
        return pairs.flatMap { [UInt8($0), codebook.code(row[$0])] }
    }

    fileprivate static func fingerprintBytes(_ key: UInt64) -> [UInt8] {
        let fingerprint = self.fingerprint(key)
        return [UInt8(fingerprint & 0xFF), UInt8(fingerprint >> 8)]
    }
}

/// Buckets being filled, one layout or the other.
private protocol Buckets {
    var bytes: [UInt8] { get }
    var keyCount: Int { get }
    /// Places the candidates in order while the load allows.
    mutating func place(_ candidates: [WeightTable.Candidate])
}

/// Dense buckets: fifteen slots each, a bucket that turned a key away marked so that lookups go on to the next.
private struct DenseBuckets: Buckets {
    private(set) var bytes: [UInt8]
    private(set) var keyCount = 0
    private let count: Int
    private let width: Int
    private var used: [Int]

    init(count: Int, classCount: Int) {
        self.count = count
        width = classCount - 1
        used = Array(repeating: 0, count: count)
        bytes = Array(repeating: 0, count: count * WeightTable.bucketBytes)
        for bucket in 0..<count { setEndMark(bucket, WeightTable.denseEnd) }
    }

    private mutating func setEndMark(_ bucket: Int, _ mark: UInt16) {
        let at = bucket * WeightTable.bucketBytes + WeightTable.markSlot * 2
        bytes[at] = UInt8(mark & 0xFF)
        bytes[at + 1] = UInt8(mark >> 8)
    }

    mutating func place(_ candidates: [WeightTable.Candidate]) {
        let capacity = Int(WeightTable.maximumLoad * Double(count * WeightTable.markSlot))
        for candidate in candidates.prefix(capacity) {
            var bucket = WeightTable.home(candidate.key, bucketCount: count)
            while used[bucket] == WeightTable.markSlot {
                setEndMark(bucket, 0)
                bucket = bucket + 1 == count ? 0 : bucket + 1
            }
            let start = bucket * WeightTable.bucketBytes
            let slot = used[bucket]
            bytes.replaceSubrange(start + slot * 2..<start + slot * 2 + 2, with: WeightTable.fingerprintBytes(candidate.key))
            let row = start + WeightTable.denseRows + slot * width
            bytes.replaceSubrange(row..<row + width, with: candidate.entry)
            used[bucket] += 1
            keyCount += 1
        }
    }
}

/// Sparse buckets: entries of any length, gathered per bucket and laid out when all are placed; a bucket
/// that turned an entry away is marked so that lookups go on to the next.
private struct SparseBuckets: Buckets {
    private(set) var keyCount = 0
    private let count: Int
    private var entries: [[(fingerprint: [UInt8], pairs: [UInt8])]]
    private var used: [Int]
    private var endMarks: [UInt8]

    init(count: Int) {
        self.count = count
        entries = Array(repeating: [], count: count)
        used = Array(repeating: 3, count: count)
        endMarks = Array(repeating: WeightTable.sparseEnd, count: count)
    }

    mutating func place(_ candidates: [WeightTable.Candidate]) {
        var room = Int(WeightTable.maximumLoad * Double(count * (WeightTable.bucketBytes - 3)))
        for candidate in candidates {
            let size = 3 + candidate.entry.count
            guard size <= room else { break }
            var bucket = WeightTable.home(candidate.key, bucketCount: count)
            var tried = 0
            while (used[bucket] + size > WeightTable.bucketBytes || entries[bucket].count == WeightTable.bucketSlots) && tried < count {
                endMarks[bucket] = 0
                bucket = bucket + 1 == count ? 0 : bucket + 1
                tried += 1
            }
            guard tried < count else { break }
            entries[bucket].append((WeightTable.fingerprintBytes(candidate.key), candidate.entry))
            used[bucket] += size
            room -= size
            keyCount += 1
        }
    }

    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * WeightTable.bucketBytes)
        for bucket in 0..<count {
            let start = bytes.count
            let list = entries[bucket]
            bytes += [endMarks[bucket], UInt8(list.count)]
            for entry in list { bytes += entry.fingerprint }
            var offset = 3 + 3 * list.count
            bytes.append(UInt8(offset))
            for entry in list {
                offset += entry.pairs.count
                bytes.append(UInt8(offset))
            }
            for entry in list { bytes += entry.pairs }
            bytes += repeatElement(0, count: start + WeightTable.bucketBytes - bytes.count)
        }
        return bytes
    }
}

/// The weights a byte stands for: code k (read as a signed byte) is ±`levels[|k|]`, on a logarithmic scale
/// from the largest weight down.
struct WeightCodebook {
    static let magnitudes = 127
    static let octaves = 13.0
    /// The integer a table's largest weight becomes: large enough that the smallest levels stay apart,
    /// small enough that seventy-odd of them add up without overflowing 32 bits.
    static let largestValue = 1 << 20

    /// `levels[k]` for k in 1...127, ascending; `levels[0]` is 0.
    let levels: [Int32]
    /// Integer weight per real weight.
    let scale: Double
    private let ratio: Double

    init(largest: Float) {
        scale = largest > 0 ? Double(Self.largestValue) / Double(largest) : 1
        let ratio = pow(2, Self.octaves / Double(Self.magnitudes - 1))
        self.ratio = ratio
        levels = [0] + (1...Self.magnitudes).map {
            Int32((Double(Self.largestValue) * pow(ratio, Double($0 - Self.magnitudes))).rounded())
        }
    }

    /// The code of the level nearest `weight` by ratio; 0 for weights below the lowest level's lower half.
    func code(_ weight: Float) -> UInt8 {
        let target = abs(Double(weight)) * scale
        guard target * target * ratio >= Double(levels[1]) * Double(levels[1]) else { return 0 }
        var low = 1, high = Self.magnitudes
        while low < high {
            let middle = (low + high + 1) / 2
            if Double(levels[middle]) <= target { low = middle } else { high = middle - 1 }
        }
        if low < Self.magnitudes && target * target > Double(levels[low]) * Double(levels[low + 1]) { low += 1 }
        let code = Int8(weight < 0 ? -low : low)
        return UInt8(bitPattern: code)
    }

    /// The 256 values a table stores, by code.
    var table: [Int32] {
        (0..<256).map { code in
            let signed = Int(Int8(bitPattern: UInt8(code)))
            return signed == -128 ? 0 : (signed < 0 ? -levels[-signed] : levels[signed])
        }
    }
}
