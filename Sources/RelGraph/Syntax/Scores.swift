extension Array where Element: Comparable {
    /// The index of the first largest element, 0 for an empty array: a classifier's choice among its scores.
    var indexOfMax: Int {
        var best = 0
        for index in indices where self[index] > self[best] { best = index }
        return best
    }
}
