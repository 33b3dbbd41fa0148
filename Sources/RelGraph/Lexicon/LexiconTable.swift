import Foundation

/// One compiled-in table, parsed from a multi-line string literal.
///
/// Tables are written as text rather than as array or dictionary literals
/// because large collection literals make the Swift type checker crawl, and
/// because text rows are easy to read and review. A row is one line with
/// fields separated by `|`; a field holding several values separates them
/// with `;`. Blank lines and lines starting with `#` are ignored.
///
/// Parsing never traps: a row with the wrong number of fields or an empty
/// required field is kept aside in `malformed`, so a test can insist that
/// every table parses cleanly instead of rows silently vanishing.
struct LexiconTable: Sendable {
    /// A name for reports: "StateLexicon.aliases.fr".
    let name: String
    /// Well-formed rows, fields trimmed, in source order.
    let rows: [[String]]
    /// Offending lines, prefixed with their line number, for the tests.
    let malformed: [String]

    /// - Parameters:
    ///   - columns: how many fields a row may have.
    ///   - required: the indices of the fields that must be non-empty;
    ///     by default the first `columns.lowerBound` fields.
    init(_ name: String, _ text: String, columns: ClosedRange<Int>, required: [Int]? = nil) {
        self.name = name
        let mustHave = required ?? Array(0..<columns.lowerBound)
        var rows: [[String]] = []
        var malformed: [String] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let filled = mustHave.allSatisfy { $0 < fields.count && !fields[$0].isEmpty }
            if columns.contains(fields.count) && filled {
                rows.append(fields)
            } else {
                malformed.append("\(name):\(lineNumber): \(line)")
            }
        }
        self.rows = rows
        self.malformed = malformed
    }

    /// Splits a multi-valued field ("Poutine; Putin; Putín") into its trimmed, non-empty values.
    static func values(_ field: String) -> [String] {
        field.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The field at `index`, or "" when the row is shorter (optional trailing columns).
    static func field(_ row: [String], _ index: Int) -> String {
        index < row.count ? row[index] : ""
    }

    /// Case- and diacritic-insensitive form used for lookups keyed by what a
    /// writer may type with or without accents ("israélo"/"israelo").
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

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
    }

    /// Malformed rows across all tables: empty when the data is sound.
    static var malformedRows: [String] {
        all.flatMap(\.malformed)
    }
}
