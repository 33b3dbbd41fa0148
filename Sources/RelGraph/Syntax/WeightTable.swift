internal import CSyntaxModels

/// A trained classifier's weights: for each feature key, the classes it votes for and how strongly.
///
/// Stored as a hash table of 64-byte buckets probed in place (see `SyntaxModel` for the whole file):
///
///     u32 classCount, u32 bucketCount, u32 layout, u32 keyCount
///     256 × i32    the weight of each code, code 0 weighing nothing; zeros up to the next 64 bytes
///     bucketCount × 64 bytes
///     layout 0, sparse, for up to 256 classes (the tagger, the labeller): a bucket is
///       u8 end mark (1: every lookup that reaches this bucket ends in it; 0: keys whose home is this
///       bucket or an earlier one may continue in the next),
///       u8 entry count n (at most 16), n × u16 fingerprint, (n + 1) × u8 offset from the bucket's start,
///       then the entries' (u8 class, u8 code) pairs: entry i's from offset i to offset i + 1, at most 28
///     layout 1, dense, for two or three classes (the parser's three moves): a bucket is
///       15 × u16 fingerprint (0: an empty slot), u16 end mark (0xFFFF: every lookup that reaches this
///       bucket ends in it; 0: keys may continue in the next), then 16 × (classCount − 1) codes, the last
///       row all zeros: the row an absent key reads.
///       A row holds each class's weight minus class 0's, and class 0 scores zero: adding one number to
///       every class changes no choice, and the row is a third shorter.
///
/// A key's low 32 bits choose its home bucket and its high 16 bits are the fingerprint kept instead of the
/// key; a key is looked for in its home bucket, then in the next ones while their end marks say it may
/// continue (one test of the found slots and the end mark together decides whether to go on). Two features
/// are confused only when they share a bucket and a fingerprint: for an absent key, about once in 5,000
/// lookups, a cost far below the accuracy that the room saved buys.
///
/// A lookup reads one cache line (rarely two neighbours) and compares all of a bucket's fingerprints at once
/// (`relgraph_match16`), and the tables of a language's model are small enough to stay in the processor's
/// cache together: the parser looks up some seventy features per move, and a lookup that misses the cache
/// or mispredicts a branch costs more than all the arithmetic around it.
///
/// Weights are quantised to one byte each on a logarithmic scale: 127 magnitudes, each about 7% above
/// the one below, spanning 13 octaves under the table's largest weight; weights smaller than that are
/// dropped. The averaged perceptron's weights spread over that whole range, and a byte per weight
/// keeps their ranking within rounding while taking half the room of 16-bit weights.
///
/// Sendable though it holds pointers: they point into `bytes`, which the table keeps alive and nothing writes.
struct WeightTable: @unchecked Sendable {
    enum Layout: UInt32 {
        case sparse, dense
    }

    let bytes: ModelBytes
    let classCount: Int
    let layout: Layout
    let bucketCount: Int
    /// Features the table holds.
    let keyCount: Int
    private let codebook: UnsafeRawPointer
    private let buckets: UnsafeRawPointer
    /// Bytes the table takes from its offset.
    let byteCount: Int

    static let bucketBytes = 64
    static let headerBytes = 16 + 256 * 4 + 48
    /// Fingerprints a bucket holds at most: as many as `relgraph_match16` compares at once.
    static let bucketSlots = 16
    /// The dense slot whose fingerprint field holds the bucket's end mark, and whose row of zeros an absent
    /// key reads.
    static let markSlot = 15
    static let denseEnd: UInt16 = 0xFFFF
    static let sparseEnd: UInt8 = 1
    /// Where a dense bucket's rows begin, after its fingerprints.
    static let denseRows = 32

    init(bytes: ModelBytes, offset: Int) throws {
        guard offset >= 0, offset + Self.headerBytes <= bytes.count, let base = bytes.base.baseAddress else {
            throw SyntaxError.malformedModel("weight table out of bounds")
        }
        self.bytes = bytes
        classCount = Int(bytes.u32(at: offset))
        bucketCount = Int(bytes.u32(at: offset + 4))
        keyCount = Int(bytes.u32(at: offset + 12))
        guard let layout = Layout(rawValue: bytes.u32(at: offset + 8)), bucketCount > 0, classCount > 1, classCount <= 256,
              layout == .sparse || classCount <= 3 else {
            throw SyntaxError.malformedModel("weight table header")
        }
        self.layout = layout
        codebook = base + offset + 16
        buckets = base + offset + Self.headerBytes
        byteCount = Self.headerBytes + bucketCount * Self.bucketBytes
        guard offset + byteCount <= bytes.count else { throw SyntaxError.malformedModel("weight table truncated") }
        guard codebook.loadUnaligned(as: Int32.self) == 0 else { throw SyntaxError.malformedModel("weight table code 0") }
        if !bytes.isLinked { try checkBuckets() }
    }

    /// Every entry must lie inside its bucket and name real classes, and some bucket must end every probe:
    /// checked once, so that lookups need not. A linked model's buckets are checked by the test suite instead.
    func checkBuckets() throws {
        var endsProbes = false
        for bucket in 0..<bucketCount {
            let start = buckets + bucket * Self.bucketBytes
            switch layout {
            case .dense:
                let last = start + (Self.denseRows + Self.markSlot * (classCount - 1))
                guard (0..<classCount - 1).allSatisfy({ last.load(fromByteOffset: $0, as: UInt8.self) == 0 }) else {
                    throw SyntaxError.malformedModel("weight table without its row of zeros")
                }
                switch start.loadUnaligned(fromByteOffset: Self.markSlot * 2, as: UInt16.self) {
                case Self.denseEnd: endsProbes = true
                case 0: break
                default: throw SyntaxError.malformedModel("weight table end mark")
                }
            case .sparse:
                switch start.load(as: UInt8.self) {
                case Self.sparseEnd: endsProbes = true
                case 0: break
                default: throw SyntaxError.malformedModel("weight table end mark")
                }
                let count = Int(start.load(fromByteOffset: 1, as: UInt8.self))
                guard count <= Self.bucketSlots, 3 + 3 * count <= Self.bucketBytes else {
                    throw SyntaxError.malformedModel("weight table bucket overfull")
                }
                let offsets = (0...count).map { Int(start.load(fromByteOffset: 2 + 2 * count + $0, as: UInt8.self)) }
                guard offsets[0] >= 3 + 3 * count, offsets[count] <= Self.bucketBytes else {
                    throw SyntaxError.malformedModel("weight table entry out of its bucket")
                }
                for entry in 0..<count {
                    let (begin, end) = (offsets[entry], offsets[entry + 1])
                    guard begin <= end, end - begin <= 2 * Self.maximumPairs, (end - begin) % 2 == 0 else {
                        throw SyntaxError.malformedModel("weight table entry out of its bucket")
                    }
                    for pair in stride(from: begin, to: end, by: 2) where Int(start.load(fromByteOffset: pair, as: UInt8.self)) >= classCount {
                        throw SyntaxError.malformedModel("weight table class out of range")
                    }
                }
            }
        }
        guard endsProbes else { throw SyntaxError.malformedModel("weight table without an empty bucket") }
    }

    @inline(__always)
    static func fingerprint(_ key: UInt64) -> UInt16 {
        let high = UInt16(truncatingIfNeeded: key >> 48)
        return high == 0 ? 1 : high
    }

    /// The bucket where the lookup of `key` begins: its low 32 bits scaled to the bucket count.
    @inline(__always)
    static func home(_ key: UInt64, bucketCount: Int) -> Int {
        Int(truncatingIfNeeded: ((key & 0xFFFF_FFFF) &* UInt64(truncatingIfNeeded: bucketCount)) >> 32)
    }

    @inline(__always)
    private func weight(_ code: UInt8) -> Int32 {
        codebook.loadUnaligned(fromByteOffset: Int(code) &* 4, as: Int32.self)
    }

    @inline(__always)
    private func next(_ bucket: Int) -> Int {
        bucket &+ 1 == bucketCount ? 0 : bucket &+ 1
    }

    /// Starts loading the bucket where the lookup of `key` begins, so that a later `addWeights(of:to:)` finds
    /// it in cache.
    @inline(__always)
    func prefetch(_ key: UInt64) {
        relgraph_prefetch(buckets + Self.home(key, bucketCount: bucketCount) &* Self.bucketBytes)
    }

    /// Adds the weights of every key to `scores`, all buckets requested from memory before any is read.
    @inline(__always)
    func addWeights(of keys: UnsafeMutableBufferPointer<UInt64>, to scores: UnsafeMutableBufferPointer<Int32>) {
        for key in keys { prefetch(key) }
        for key in keys { addWeights(of: key, to: scores) }
    }

    /// Adds the weights of `key` to `scores` (one per class); a key the table does not hold adds nothing.
    /// A dense table leaves `scores[0]` as it is. The classes were checked against the table when it was
    /// opened, and `scores` holds one score per class.
    @inline(__always)
    func addWeights(of key: UInt64, to scores: UnsafeMutableBufferPointer<Int32>) {
        if layout == .dense {
            addDenseWeights(of: key, to: scores)
        } else {
            addSparseWeights(of: key, to: scores)
        }
    }

    /// The scores of classes 1 and 2 from the keys of a dense table of three classes (class 0 scores zero),
    /// all buckets requested from memory before any is read.
    ///
    /// Runs at every move of the parser: the sums stay in registers, and an absent key reads the row of
    /// zeros instead of branching, so the only branch that depends on the data is the one to the next bucket,
    /// rarely taken.
    @inline(__always)
    func denseScores(of keys: UnsafeMutableBufferPointer<UInt64>) -> (Int32, Int32) {
        for key in keys { prefetch(key) }
        var first: Int32 = 0, second: Int32 = 0
        for key in keys {
            let row = denseRow(of: key)
            first &+= weight(row.load(as: UInt8.self))
            second &+= weight(row.load(fromByteOffset: 1, as: UInt8.self))
        }
        return (first, second)
    }

    @inline(__always)
    private func addDenseWeights(of key: UInt64, to scores: UnsafeMutableBufferPointer<Int32>) {
        let row = denseRow(of: key)
        for label in 1..<classCount { scores[label] &+= weight(row.load(fromByteOffset: label &- 1, as: UInt8.self)) }
    }

    /// The codes of `key` in a dense table, or the row of zeros when it is absent.
    @inline(__always)
    private func denseRow(of key: UInt64) -> UnsafeRawPointer {
        let fingerprint = Self.fingerprint(key)
        var bucket = Self.home(key, bucketCount: bucketCount)
        while true {
            let start = buckets + bucket &* Self.bucketBytes
            let found = relgraph_match16(start, fingerprint) & ~(1 << UInt32(Self.markSlot))
            let end = UInt32(start.loadUnaligned(fromByteOffset: Self.markSlot &* 2, as: UInt16.self))
            if _slowPath(found | end == 0) {
                bucket = next(bucket)
                continue
            }
            let slot = Int(truncatingIfNeeded: (found | 1 << UInt32(Self.markSlot)).trailingZeroBitCount)
            return start + (Self.denseRows &+ slot &* (classCount &- 1))
        }
    }

    /// Pairs an entry of a sparse table holds at most, so that the longest fits in a bucket alone; longer
    /// rows keep their strongest weights.
    static let maximumPairs = 28

    @inline(__always)
    private func addSparseWeights(of key: UInt64, to scores: UnsafeMutableBufferPointer<Int32>) {
        let fingerprint = Self.fingerprint(key)
        var bucket = Self.home(key, bucketCount: bucketCount)
        while true {
            let start = buckets + bucket &* Self.bucketBytes
            let count = UInt32(start.load(fromByteOffset: 1, as: UInt8.self))
            let found = relgraph_match16(start + 2, fingerprint) & ((1 &<< count) &- 1)
            if _slowPath(found | UInt32(start.load(as: UInt8.self)) == 0) {
                bucket = next(bucket)
                continue
            }
            if found == 0 { return }
            let offsets = start + (2 &+ 2 &* Int(count) &+ Int(truncatingIfNeeded: found.trailingZeroBitCount))
            var at = Int(offsets.load(as: UInt8.self))
            let end = Int(offsets.load(fromByteOffset: 1, as: UInt8.self))
            while at < end {
                scores[Int(start.load(fromByteOffset: at, as: UInt8.self))] &+= weight(start.load(fromByteOffset: at &+ 1, as: UInt8.self))
                at &+= 2
            }
            return
        }
    }
}
