/// Documents a corpus run left out, and why: a run that reads nothing says so instead of drawing an empty graph in
/// silence. The description is in the library's words; the command line names its options instead.
public enum LeftOutDocuments: Equatable, Sendable, CustomStringConvertible {
    /// Undated documents, left out because only dated ones are read: a date filter is set (`byDateFilter`), or the
    /// corpus is cut by period.
    case undated(Int, byDateFilter: Bool)
    /// Every dated document fell outside the filter's days (`since`, `until`), and none was read.
    case allOutsideDates(Int, since: String?, until: String?)
    /// JSON Lines records whose `lang` names a language relgraph does not read: the count of each tag.
    case otherLanguages([String: Int])

    public var description: String {
        switch self {
        case .undated(let count, let byDateFilter):
            "left out \(Self.count(count, "undated document")): \(byDateFilter ? "with a date filter" : "when cut by period") "
                + "only dated documents are read (JSON Lines records with a \"date\")"
        case .allOutsideDates(let count, let since, let until):
            "no document is dated \(Self.days(since: since, until: until)): \(Self.count(count, "dated document")) left out"
        case .otherLanguages(let tags):
            "left out \(Self.count(tags.values.reduce(0, +), "record")) in languages relgraph does not read "
                + "(\(tags.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))); it reads fr, en and es"
        }
    }

    /// "from 2022-03-01 until 2022-03-31".
    public static func days(since: String?, until: String?) -> String {
        [since.map { "from \($0)" }, until.map { "until \($0)" }].compactMap { $0 }.joined(separator: " ")
    }

    /// "1 undated document", "2 undated documents".
    public static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
