extension LexiconTable {
    /// The entries of a `key | surface; surface…` table, each surface once, with the `variants` of each
    /// surface (a title's plural, say) after it.
    func entries(_ form: LexiconEntry.Form, variants: (String) -> [String] = { [$0] }) -> [LexiconEntry] {
        var seen = Set<LexiconEntry>()
        var entries: [LexiconEntry] = []
        for row in rows {
            for surface in Self.values(row[1]) {
                for variant in variants(surface) {
                    let entry = LexiconEntry(surface: variant, key: row[0], form: form)
                    if seen.insert(entry).inserted { entries.append(entry) }
                }
            }
        }
        return entries
    }
}
