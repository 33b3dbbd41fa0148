extension Evidence {
    /// The document a sentence was read in, as a reader names it: its title (else its id), then its day —
    /// "Talks resume in Geneva, 2022-03-04" — or nil for a lone article, which needs no name.
    ///
    /// One wording for tooltips, the report and `--explain`, so a sentence is traced the same way everywhere.
    public var source: String? {
        let parts = [title ?? document, date].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
