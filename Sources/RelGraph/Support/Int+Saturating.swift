extension Int {
    /// The sum, or `Int.max` (`Int.min`) where it would overflow.
    ///
    /// Weights and mention counts add up across documents and across graphs read back from files, which
    /// another tool (or a hand) may have written with counts near `Int.max`: a count that stops at the
    /// largest value still sorts and draws as the heaviest, where an overflow would stop the program.
    func saturatingAdd(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}

extension Sequence<Int> {
    /// The sum of the counts, saturating at `Int.max` (see `Int.saturatingAdd`).
    func saturatingSum() -> Int {
        reduce(0) { $0.saturatingAdd($1) }
    }
}
