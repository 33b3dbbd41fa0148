extension Evidence {
    /// `items` sorted with duplicates removed, cut to the first `limit` when one is given.
    static func sortedUnique(_ items: [Evidence], limit: Int? = nil) -> [Evidence] {
        union(items.sorted(), [], limit: limit)
    }

    /// The first `limit` of the union of `kept`, a list an earlier union left sorted and without duplicates,
    /// and `items`, in any order: what an edge keeps when another statement of it arrives.
    ///
    /// A corpus merged in document order brings each edge later documents' evidence once it already
    /// holds its first `limit`: when nothing new sorts before the last kept, `kept` is the answer, and
    /// neither sorting the new items nor copying the kept ones through a merge is needed.
    static func union(kept: [Evidence], adding items: [Evidence], limit: Int?) -> [Evidence] {
        if let limit, limit > 0, kept.count >= limit, !items.contains(where: { $0 < kept[limit - 1] }) {
            return kept.count == limit ? kept : Array(kept.prefix(limit))
        }
        return union(kept, sortedUnique(items), limit: limit)
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
