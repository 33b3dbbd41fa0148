/// The parser's templates that read only values of few kinds (tags of nodes, distance buckets, punctuation between two
/// words, numbers of dependents), scored from tables indexed by those values instead of hashed and looked up.
///
/// 19 of the 58 templates a move reads are of this kind. Each table holds, for every combination of its values, the
/// sum of the weights of the templates that read only those values ("s0's tag and b0's tag", "s0's tag and the
/// distance", "both tags and the distance"): one read instead of up to four hashed lookups, each a cache line of the
/// weight table. The tables are filled from the weight table itself when a model is opened, by looking up every
/// combination's feature as a move would; a move therefore sums the very weights the lookups give, and the parse is the
/// one scoring every feature gives (a test compares them).
///
/// A number of dependents has no bound: a move whose count does not fit a table's range looks its features up instead.
struct SmallValueScores: Sendable {
    /// A value of a parser state that takes few values. Every one is a small integer whose feature atom is
    /// `FeatureHash.number` of it, as the hashed templates read it.
    enum Value: Int, CaseIterable {
        case s0Tag, s1Tag, b0Tag, s0lTag, s0l2Tag, s0rTag, s0r2Tag, s1lTag, s1rTag, b0lTag
        case distance, stackDistance, between, stackBetween
        case s0RightCount, s0LeftCount, s1RightCount, b0LeftCount

        var kind: Kind {
            switch self {
            case .distance, .stackDistance: .distance
            case .between, .stackBetween: .between
            case .s0RightCount, .s0LeftCount, .s1RightCount, .b0LeftCount: .count
            default: .tag
            }
        }
    }

    /// How a value's raw integer maps to its place in a table.
    enum Kind {
        /// A word's tag (0 up), the root (-10) or no node (-11).
        case tag
        /// No stack (-1), or a bucket of `DependencyParser.distanceBucket` (1 to 7).
        case distance
        /// No node (-1), or the punctuation marks between two words up to 2.
        case between
        /// No node (-1), or a number of dependents; beyond `countLimit` a table cannot hold it.
        case count

        /// The values a table keeps of this kind, for a tag set of `tagCount` tags.
        func size(tagCount: Int) -> Int {
            switch self {
            case .tag: tagCount + 2
            case .distance: 9
            case .between: 4
            case .count: SmallValueScores.countLimit + 2
            }
        }

        /// The raw value at place `index` of a table: a tag is its own place, the root and no node come after the
        /// tags; every other kind is placed one above its raw value.
        func raw(_ index: Int, tagCount: Int) -> Int {
            self == .tag ? (index < tagCount ? index : tagCount - 10 - index) : index - 1
        }
    }

    /// The largest number of dependents the tables hold; a move with more looks its features up.
    static let countLimit = 14

    /// A template: its number (the salt of its hash) and the values it reads, in the order its feature combines them.
    struct Template {
        let number: UInt64
        let values: [Value]
    }

    /// Templates summed in one table, which is indexed by `values` (the first varying slowest).
    struct Table {
        let values: [Value]
        let templates: [Template]
    }

    /// The 19 templates, grouped by the values they read. Their numbers are those of the templates they were trained as.
    static let tables: [Table] = [
        Table(values: [.s0Tag, .b0Tag, .distance], templates: [
            Template(number: 21, values: [.s0Tag, .b0Tag]),
            Template(number: 39, values: [.s0Tag, .distance]),
            Template(number: 41, values: [.b0Tag, .distance]),
            Template(number: 43, values: [.s0Tag, .b0Tag, .distance]),
        ]),
        Table(values: [.s1Tag, .s0Tag, .stackDistance], templates: [
            Template(number: 23, values: [.s1Tag, .s0Tag]),
            Template(number: 66, values: [.s1Tag, .s0Tag, .stackDistance]),
        ]),
        Table(values: [.s0Tag, .b0Tag, .between], templates: [Template(number: 73, values: [.s0Tag, .b0Tag, .between])]),
        Table(values: [.s1Tag, .s0Tag, .stackBetween], templates: [Template(number: 74, values: [.s1Tag, .s0Tag, .stackBetween])]),
        Table(values: [.s0Tag, .s0RightCount], templates: [Template(number: 45, values: [.s0Tag, .s0RightCount])]),
        Table(values: [.s0Tag, .s0LeftCount], templates: [Template(number: 47, values: [.s0Tag, .s0LeftCount])]),
        Table(values: [.s1Tag, .s1RightCount], templates: [Template(number: 49, values: [.s1Tag, .s1RightCount])]),
        Table(values: [.b0Tag, .b0LeftCount], templates: [Template(number: 51, values: [.b0Tag, .b0LeftCount])]),
        Table(values: [.s0lTag, .s0l2Tag], templates: [
            Template(number: 53, values: [.s0lTag]),
            Template(number: 56, values: [.s0l2Tag]),
        ]),
        Table(values: [.s0rTag, .s0r2Tag], templates: [
            Template(number: 55, values: [.s0rTag]),
            Template(number: 57, values: [.s0r2Tag]),
        ]),
        Table(values: [.s1lTag, .s1rTag], templates: [
            Template(number: 58, values: [.s1lTag]),
            Template(number: 60, values: [.s1rTag]),
        ]),
        Table(values: [.b0lTag], templates: [Template(number: 62, values: [.b0lTag])]),
    ]

    static let templateCount = tables.reduce(0) { $0 + $1.templates.count }
    static let valueCount = 18

    /// The raw values of a state, by `Value.rawValue`.
    typealias Raw = UnsafeMutableBufferPointer<Int>

    /// Writes the raw values of a state's window.
    @inline(__always)
    static func values(of window: ArcHybrid.Window, atoms: DependencyParser.NodeAtoms, into raw: Raw) {
        let nodes = atoms.nodes, none = atoms.none
        let hasS0 = window.s0 < none, hasS1 = window.s1 < none
        raw[Value.s0Tag.rawValue] = nodes[window.s0].tagValue
        raw[Value.s1Tag.rawValue] = nodes[window.s1].tagValue
        raw[Value.b0Tag.rawValue] = nodes[window.b0].tagValue
        raw[Value.s0lTag.rawValue] = nodes[window.s0l].tagValue
        raw[Value.s0l2Tag.rawValue] = nodes[window.s0l2].tagValue
        raw[Value.s0rTag.rawValue] = nodes[window.s0r].tagValue
        raw[Value.s0r2Tag.rawValue] = nodes[window.s0r2].tagValue
        raw[Value.s1lTag.rawValue] = nodes[window.s1l].tagValue
        raw[Value.s1rTag.rawValue] = nodes[window.s1r].tagValue
        raw[Value.b0lTag.rawValue] = nodes[window.b0l].tagValue
        raw[Value.distance.rawValue] = hasS0 ? DependencyParser.distanceValue(window.b0 - window.s0) : -1
        raw[Value.stackDistance.rawValue] = hasS1 ? DependencyParser.distanceValue(window.s0 - window.s1) : -1
        raw[Value.between.rawValue] = hasS0
            ? min(nodes[window.b0].punctuationBefore - nodes[window.s0].punctuationBefore, 2) : -1
        raw[Value.stackBetween.rawValue] = hasS1
            ? min(nodes[window.s0].punctuationBefore - nodes[window.s1].punctuationBefore, 2) : -1
        raw[Value.s0RightCount.rawValue] = window.s0RightCount
        raw[Value.s0LeftCount.rawValue] = window.s0LeftCount
        raw[Value.s1RightCount.rawValue] = window.s1RightCount
        raw[Value.b0LeftCount.rawValue] = window.b0LeftCount
    }

    /// The hashed features of the 19 templates for the raw values `raw`, as training reads them.
    static func features(of raw: Raw, into f: UnsafeMutableBufferPointer<UInt64>) {
        var index = 0
        for table in tables {
            for template in table.templates {
                f[index] = key(template, raw)
                index += 1
            }
        }
    }

    private static func key(_ template: Template, _ raw: Raw) -> UInt64 {
        let values = template.values
        let first = FeatureHash.number(raw[values[0].rawValue])
        guard values.count > 1 else { return FeatureHash.feature(template.number, first) }
        let second = FeatureHash.number(raw[values[1].rawValue])
        guard values.count > 2 else { return FeatureHash.feature(template.number, first, second) }
        return FeatureHash.feature(template.number, first, second, FeatureHash.number(raw[values[2].rawValue]))
    }

    /// Where a table's entries start and how its three places (`zeroPlace` where it reads fewer values) combine.
    private struct Layout {
        var start: Int32
        var first: Int32, second: Int32, third: Int32
        var firstStride: Int32, secondStride: Int32
    }

    /// The place that is always zero, after those of the values: a table of fewer than three values reads it.
    private static let zeroPlace = valueCount
    private static let placeCount = valueCount + 1

    private let tagCount: Int
    private let layouts: [Layout]
    /// Every table's entries one after the other: the two scores (LEFT, RIGHT; SHIFT scores zero) of each combination.
    private let scores: [Int32]

    /// Fills the tables by looking up each template's feature once for every combination of its own values, then
    /// summing the templates of a table for every combination of the table's values.
    init(weights: WeightTable, tagCount: Int) {
        self.tagCount = tagCount
        var layouts: [Layout] = []
        var scores: [Int32] = []
        for table in Self.tables {
            let sizes = table.values.map { $0.kind.size(tagCount: tagCount) }
            let places = table.values.map { Int32($0.rawValue) } + [Int32(Self.zeroPlace), Int32(Self.zeroPlace)]
            layouts.append(Layout(start: Int32(scores.count / 2), first: places[0], second: places[1], third: places[2],
                                  firstStride: Int32(sizes.dropFirst().reduce(1, *)),
                                  secondStride: Int32(sizes.dropFirst(2).reduce(1, *))))
            let own = table.templates.map { Self.ownScores(of: $0, weights: weights, tagCount: tagCount) }
            // For each template, the stride in its own scores of each of the table's values (0 for those it does not read).
            let strides = table.templates.map { template in
                table.values.map { value -> Int in
                    guard let position = template.values.firstIndex(of: value) else { return 0 }
                    return template.values[(position + 1)...].reduce(1) { $0 * $1.kind.size(tagCount: tagCount) }
                }
            }
            let count = sizes.reduce(1, *)
            scores.reserveCapacity(scores.count + 2 * count)
            var place = [Int](repeating: 0, count: sizes.count)
            for _ in 0..<count {
                var (left, right): (Int32, Int32) = (0, 0)
                for template in own.indices {
                    var index = 0
                    for value in place.indices { index += place[value] * strides[template][value] }
                    left &+= own[template][2 * index]
                    right &+= own[template][2 * index + 1]
                }
                scores.append(left)
                scores.append(right)
                // The next combination, the last value varying fastest.
                var value = sizes.count - 1
                while value >= 0 {
                    place[value] += 1
                    if place[value] < sizes[value] { break }
                    place[value] = 0
                    value -= 1
                }
            }
        }
        self.layouts = layouts
        self.scores = scores
    }

    /// The scores (LEFT, RIGHT) of one template for every combination of its values, the last varying fastest.
    private static func ownScores(of template: Template, weights: WeightTable, tagCount: Int) -> [Int32] {
        let sizes = template.values.map { $0.kind.size(tagCount: tagCount) }
        let count = sizes.reduce(1, *)
        var scores: [Int32] = []
        scores.reserveCapacity(2 * count)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: valueCount) { raw in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 1) { key in
                for entry in 0..<count {
                    var rest = entry
                    for position in template.values.indices.reversed() {
                        let value = template.values[position]
                        raw[value.rawValue] = value.kind.raw(rest % sizes[position], tagCount: tagCount)
                        rest /= sizes[position]
                    }
                    key[0] = Self.key(template, raw)
                    let (left, right) = weights.denseScores(of: key)
                    scores.append(left)
                    scores.append(right)
                }
            }
        }
        return scores
    }

    /// The summed scores of the 19 templates for the raw values `raw`, or nil when a number of dependents is beyond what
    /// the tables hold.
    @inline(__always)
    func scores(of raw: Raw) -> (Int32, Int32)? {
        let limit = Self.countLimit
        guard raw[Value.s0RightCount.rawValue] <= limit, raw[Value.s0LeftCount.rawValue] <= limit,
              raw[Value.s1RightCount.rawValue] <= limit, raw[Value.b0LeftCount.rawValue] <= limit else { return nil }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: Self.placeCount) { places in
            // The places `Kind.raw` inverts. The tags come first among the values.
            let tagCount = self.tagCount
            for value in 0..<Self.tagValueCount {
                let tag = raw[value]
                places[value] = tag >= 0 ? tag : tagCount &- 10 &- tag
            }
            for value in Self.tagValueCount..<Self.valueCount { places[value] = raw[value] &+ 1 }
            places[Self.zeroPlace] = 0
            var left: Int32 = 0, right: Int32 = 0
            layouts.withUnsafeBufferPointer { layouts in
                scores.withUnsafeBufferPointer { scores in
                    for layout in layouts {
                        let entry = Int(layout.start) &+ places[Int(layout.first)] &* Int(layout.firstStride)
                            &+ places[Int(layout.second)] &* Int(layout.secondStride) &+ places[Int(layout.third)]
                        left &+= scores[2 &* entry]
                        right &+= scores[2 &* entry &+ 1]
                    }
                }
            }
            return (left, right)
        }
    }

    /// The values that are tags: the first ten, `s0Tag` to `b0lTag`.
    private static let tagValueCount = 10
}
