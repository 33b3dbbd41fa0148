extension Evidence {
    /// `items` sorted with duplicates removed, cut to the first `limit` when one is given.
    static func sortedUnique(_ items: [Evidence], limit: Int? = nil) -> [Evidence] {
        union(items.sorted(), [], limit: limit)
    }

    /// Replaces `kept`, sorted and without duplicates, by the first `limit` of its union with `items`, in any order:
    /// what an edge keeps when another statement of it arrives.
    ///
    /// A corpus merged in document order brings each edge later documents' evidence, which sorts after all
    /// it holds: once it has its first `limit`, `kept` stays as it is; below the limit the new items go at
    /// its end, in place. Neither case copies the kept evidence through a merge, so an edge stated in every
    /// document costs each merge what it brings, not all it holds.
    static func add(_ items: [Evidence], to kept: inout [Evidence], limit: Int?) {
        let cap = limit ?? Int.max
        if cap > 0, kept.count >= cap, !items.contains(where: { $0 < kept[cap - 1] }) {
            kept.removeLast(kept.count - cap)
        } else if let last = kept.last, kept.count < cap, items.allSatisfy({ last < $0 }) {
            kept.append(contentsOf: sortedUnique(items, limit: cap - kept.count))
        } else {
            kept = union(kept, sortedUnique(items), limit: limit)
        }
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
