extension Array {
    /// `count` copies of `value`: what `Array(repeating:count:)` makes.
    ///
    /// Built from `repeatElement`, which the compiler specializes for the element type. `Array(repeating:count:)`
    /// allocates through a generic function of the standard library that is never specialized and looks up the
    /// storage's type metadata at each call: several hundred instructions for every table made per sentence
    /// (token masks, dependents, mentions of words), more than filling the table.
    @inlinable
    static func filled(with value: Element, count: Int) -> [Element] {
        Array(repeatElement(value, count: count))
    }
}
