extension Evidence {
    /// `items` sorted with duplicates removed, cut to the first `limit` when one is given.
    static func sortedUnique(_ items: [Evidence], limit: Int? = nil) -> [Evidence] {
        union(items.sorted(), [], limit: limit)
    }

    /// The sorted union of two sorted lists, without duplicates, cut to the first `limit`.
    ///
    /// One linear pass, so that an edge stated in thousands of documents
    /// does not re-sort its evidence at every merge.
    static func union(_ a: [Evidence], _ b: [Evidence], limit: Int? = nil) -> [Evidence] {
        let cap = limit ?? Int.max
        var result: [Evidence] = []
        result.reserveCapacity(min(a.count + b.count, cap))
        var i = a.startIndex
        var j = b.startIndex
        while result.count < cap, i < a.endIndex || j < b.endIndex {
            let next: Evidence
            if j == b.endIndex || (i < a.endIndex && a[i] < b[j]) {
                next = a[i]
                i += 1
            } else if i == a.endIndex || b[j] < a[i] {
                next = b[j]
                j += 1
            } else {
                next = a[i]
                i += 1
                j += 1
            }
            if result.last != next { result.append(next) }
        }
        return result
    }
}
