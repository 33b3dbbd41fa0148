/// Courtesy titles that only ever stand before a person's name: "M. Zelaya", "Mme Morel", "Mr Brown", "Sra. Pérez",
/// "Hon. Soroi Eoe" (the Honourable), "H.E. Soroi Eoe" and "S.E. M. Eoe" (His Excellency, Son Excellence).
///
/// A name after one is a person whatever its given name, even a surname named
/// alone. Ranks and offices ("General", "Sheikh") are not here: "General
/// Motors" and "Lord's" are no persons, and the title lexicon reads offices.
enum CourtesyTitles {
    static let words = FunctionWords.set("""
        m mm mme mmes mlle mr mrs ms messrs dr pr sr sres sra sras srta dña hon h.e s.e monsieur madame excellence
        excellency excelencia
        """)

    /// Possessives that open a courtesy title of two words: "Son Excellence", "His Excellency", "Su Excelencia".
    static let possessives = FunctionWords.set("son sa his her su")
}
