/// Every table the lexicons compile in, so tests can check them all at once.
enum LexiconTables {
    static var all: [LexiconTable] {
        [CountryCodes.table]
            + StateLexicon.tables
            + OrganizationLexicon.tables
            + MediaLexicon.tables
            + RegionLexicon.tables
            + TitleLexicon.tables
            + LeaderLexicon.tables
            + OfficeHolderLexicon.tables
            + [DomesticBodyLexicon.table]
            + [NameParticles.table]
    }

    /// Malformed rows across all tables: empty when the data is sound.
    static var malformedRows: [String] {
        all.flatMap(\.malformed)
    }
}
