/// A set of token indices kept as flags over the stretch they fall in.
///
/// Asked once per token and trigger candidate, or per token of a sentence
/// while mentions claim their tokens, where hashing into a `Set<Int>` showed in
/// profiles.
struct TokenMask {
    /// The index `flags[0]` stands for.
    private var base: Int
    private var flags: [Bool]

    /// The indices the ranges cover.
    ///
    /// The bounds are found in one loop, with no array built and no key path read.
    init(_ ranges: [Range<Int>]) {
        var lower = ranges.first?.lowerBound ?? 0
        var upper = ranges.first?.upperBound ?? 0
        for range in ranges {
            lower = min(lower, range.lowerBound)
            upper = max(upper, range.upperBound)
        }
        base = lower
        flags = .filled(with: false, count: max(0, upper - lower))
        for range in ranges { insert(range) }
    }

    /// No index yet, with room for those of `stretch` (a sentence's tokens).
    init(room stretch: Range<Int>) {
        base = stretch.lowerBound
        flags = .filled(with: false, count: stretch.count)
    }

    func contains(_ index: Int) -> Bool {
        index >= base && index - base < flags.count && flags[index - base]
    }

    /// Adds the indices of `range`, making room for them when they fall outside the stretch.
    mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if range.lowerBound < base {
            flags.insert(contentsOf: repeatElement(false, count: base - range.lowerBound), at: 0)
            base = range.lowerBound
        }
        if range.upperBound - base > flags.count {
            flags.append(contentsOf: repeatElement(false, count: range.upperBound - base - flags.count))
        }
        for index in range { flags[index - base] = true }
    }
}
