/// A length of time a dated corpus is cut into (`--by week|month`), one graph per period.
///
/// Periods are named as the files they give: `2022-03` for March 2022 and
/// `2022-W09` for the ISO 8601 week that holds 2022-03-01 (weeks start on
/// Monday; week 1 holds the year's first Thursday, so the first days of
/// January may belong to the year before). Both kinds of name sort as time does.
public enum TimePeriod: String, CaseIterable, Sendable {
    case week
    case month

    /// The name of the period `day` (`YYYY-MM-DD`, or a timestamp starting with one) falls in; nil when it is no day.
    public func name(of day: String) -> String? {
        guard let day = DocumentDate.day(day) else { return nil }
        let digits = Array(day.utf8).map { Int($0) - 48 }
        let year = digits[0...3].reduce(0) { $0 * 10 + $1 }
        let month = digits[5] * 10 + digits[6]
        switch self {
        case .month:
            return String(day.prefix(7))
        case .week:
            let week = Self.isoWeek(year: year, month: month, day: digits[8] * 10 + digits[9])
            return "\(Self.padded(week.year, 4))-W\(Self.padded(week.week, 2))"
        }
    }

    /// The ISO 8601 week-numbering year and week of a calendar day.
    static func isoWeek(year: Int, month: Int, day: Int) -> (year: Int, week: Int) {
        let ordinal = (1..<month).reduce(0) { $0 + DocumentDate.daysIn(month: $1, year: year) } + day
        let week = (ordinal - weekday(year: year, month: month, day: day) + 10) / 7
        if week < 1 { return (year - 1, weeks(in: year - 1)) }
        if week > weeks(in: year) { return (year + 1, 1) }
        return (year, week)
    }

    /// Monday 1 … Sunday 7.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        // Days since 1970-01-01, a Thursday (Howard Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// 53 for a year that starts on a Thursday, or a leap year that starts on a Wednesday; 52 otherwise.
    static func weeks(in year: Int) -> Int {
        let januaryFirst = weekday(year: year, month: 1, day: 1)
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return januaryFirst == 4 || (isLeap && januaryFirst == 3) ? 53 : 52
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
