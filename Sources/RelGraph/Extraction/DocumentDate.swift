/// Publication days as relgraph keeps them: `YYYY-MM-DD` strings, which sort as the days do.
///
/// News dumps give dates as days or as ISO 8601 timestamps
/// (`2022-03-01T08:15:00Z`); only the day is kept, so that `--since` and
/// `--until` compare like with like and the JSON stays short.
public enum DocumentDate {
    /// The day `text` starts with, or nil when it does not start with a calendar day as `YYYY-MM-DD`
    /// (`2022-02-30` is none; `2024-02-29` is one).
    public static func day(_ text: String) -> String? {
        let bytes = Array(text.utf8.prefix(11))
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        if bytes.count == 11, !(bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ")) { return nil }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].map { bytes[$0] }
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let year = digits.prefix(4).reduce(0) { $0 * 10 + Int($1 - 48) }
        let month = Int(bytes[5] - 48) * 10 + Int(bytes[6] - 48)
        let dayOfMonth = Int(bytes[8] - 48) * 10 + Int(bytes[9] - 48)
        guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(dayOfMonth) else { return nil }
        return String(decoding: bytes.prefix(10), as: UTF8.self)
    }

    /// Why `text` is not a day a user may give (`--since`, `--until`), in words they can act on; nil when it is one.
    /// A day in the right shape that the calendar does not have says so, since "YYYY-MM-DD" alone would not tell
    /// the user what is wrong with "2022-02-30".
    public static func refusal(_ text: String) -> String? {
        if day(text) != nil { return nil }
        let bytes = Array(text.utf8)
        let digits = bytes.count == 10 ? [0, 1, 2, 3, 5, 6, 8, 9].map { bytes[$0] } : []
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return "takes a day as YYYY-MM-DD, not '\(text)'"
        }
        let year = digits.prefix(4).reduce(0) { $0 * 10 + Int($1 - 48) }
        let month = Int(bytes[5] - 48) * 10 + Int(bytes[6] - 48)
        guard (1...12).contains(month) else { return "takes a calendar day as YYYY-MM-DD: '\(text)' has no month \(month)" }
        return "takes a calendar day as YYYY-MM-DD: '\(text)' does not exist, \(monthNames[month - 1]) \(year) has "
            + "\(daysIn(month: month, year: year)) days"
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]

    /// Days in each month of a common year.
    private static let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// The number of days of `month` (1–12) in `year` of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return month == 2 && isLeap ? 29 : monthLengths[month - 1]
    }
}

/// The days a corpus run keeps: `--since` and `--until`, both inclusive; with `datedOnly` (`--by`), any day.
public struct DateFilter: Sendable, Hashable {
    public var since: String?
    public var until: String?
    /// Keeps only dated documents, whatever their day: a run cut by period has no place for the others.
    public var datedOnly: Bool

    public init(since: String? = nil, until: String? = nil, datedOnly: Bool = false) {
        self.since = since
        self.until = until
        self.datedOnly = datedOnly
    }

    /// True when no bound is set and undated documents are welcome: every document passes.
    public var isEmpty: Bool { since == nil && until == nil && !datedOnly }

    /// Whether a document of this day is kept. With a bound set, undated documents are left out:
    /// nothing says they belong to the period asked for.
    public func contains(_ date: String?) -> Bool {
        if isEmpty { return true }
        guard let date else { return false }
        if let since, date < since { return false }
        if let until, date > until { return false }
        return true
    }
}
