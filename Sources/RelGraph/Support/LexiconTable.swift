import Foundation
import Synchronization

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
    var rows: [[String]] { storage.parsed.rows }
    /// Offending lines, prefixed with their line number, for the tests.
    var malformed: [String] { storage.parsed.malformed }

    private let storage: Storage

    /// - Parameters:
    ///   - columns: how many fields a row may have.
    ///   - required: the indices of the fields that must be non-empty;
    ///     by default the first `columns.lowerBound` fields.
    init(_ name: String, _ text: String, columns: ClosedRange<Int>, required: [Int]? = nil) {
        self.name = name
        storage = Storage { Self.parse(name, text, columns: columns, mustHave: required ?? Array(0..<columns.lowerBound)) }
    }

    private struct Parsed: Sendable {
        var rows: [[String]] = []
        var malformed: [String] = []
    }

    /// The parsed table, made on first use and kept. Tables are grouped by language, so that the
    /// tables of the languages an article is not in are never parsed.
    private final class Storage: Sendable {
        private let state: Mutex<(parse: (@Sendable () -> Parsed)?, parsed: Parsed?)>

        init(_ parse: @escaping @Sendable () -> Parsed) {
            state = Mutex((parse, nil))
        }

        var parsed: Parsed {
            state.withLock { state in
                if let parsed = state.parsed { return parsed }
                let parsed = state.parse?() ?? Parsed()
                state = (nil, parsed)
                return parsed
            }
        }
    }

    private static func parse(_ name: String, _ text: String, columns: ClosedRange<Int>, mustHave: [Int]) -> Parsed {
        var parsed = Parsed()
        // Tables are source literals, whose line ends Swift normalises to "\n".
        for (index, line) in pieces(text, separatedBy: UInt8(ascii: "\n")).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = pieces(line, separatedBy: UInt8(ascii: "|"))
            let filled = mustHave.allSatisfy { $0 < fields.count && !fields[$0].isEmpty }
            if columns.contains(fields.count) && filled {
                parsed.rows.append(fields)
            } else {
                parsed.malformed.append("\(name):\(index + 1): \(line)")
            }
        }
        return parsed
    }

    /// Splits a multi-valued field ("Poutine; Putin; Putín") into its trimmed, non-empty values; `;` unless told otherwise.
    static func values(_ field: String, separatedBy separator: UInt8 = UInt8(ascii: ";")) -> [String] {
        pieces(field, separatedBy: separator).filter { !$0.isEmpty }
    }

    /// `text` cut at every `separator` byte, each piece trimmed as `trimmed` trims. The separator is
    /// ASCII, so cutting bytes never splits a scalar; one pass over the contiguous bytes, since the
    /// tables are parsed at start-up.
    static func pieces(_ text: String, separatedBy separator: UInt8) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var pieces: [String] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
                pieces.append(trimmed(bytes, start..<index))
                start = index + 1
            }
            return pieces
        }
    }

    /// The bytes of `range` without blanks at either end; a non-ASCII edge may be Unicode white space
    /// (a no-break space), which the general `trimmed` decides.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
        let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
        guard lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 else { return piece }
        return trimmed(Substring(piece))
    }

    /// `text` without leading and trailing spaces and tabs, the same as
    /// `trimmingCharacters(in: .whitespaces)` but without going through
    /// Foundation for every field of every table. Only a non-ASCII edge
    /// scalar is checked against `CharacterSet.whitespaces`.
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isBlank(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && CharacterSet.whitespaces.contains(scalar))
    }

    /// The fields from `index` on joined again with "|": a last column whose values use "|" themselves
    /// (an argument frame's `target=object|with`).
    static func rest(_ row: [String], from index: Int) -> String {
        row.count > index ? row[index...].joined(separator: "|") : ""
    }

    /// The field at `index`, or "" when the row is shorter (optional trailing columns).
    static func field(_ row: [String], _ index: Int) -> String {
        index < row.count ? row[index] : ""
    }
}
