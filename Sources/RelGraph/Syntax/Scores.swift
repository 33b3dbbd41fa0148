extension RandomAccessCollection where Element: Comparable, Index == Int {
    /// The index of the first largest element, the start for an empty collection: a classifier's choice among its scores.
    var indexOfMax: Int {
        var best = startIndex
        for index in indices where self[index] > self[best] { best = index }
        return best
    }
}
