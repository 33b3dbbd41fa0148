import Foundation

/// Case and accent folding, the one normalisation every lookup in relgraph shares.
///
/// "États-Unis", "ETATS-UNIS" and "etats-unis" fold to the same key. Folding
/// works scalar by scalar through a table built once for the Latin ranges
/// news text uses, so the hot path never calls into ICU.
enum TextFolding {
    /// Folds a whole string: lower case, no diacritics, typographic apostrophes as `'`.
    static func fold(_ text: some StringProtocol) -> String {
        // Most tokens are ASCII: lower-case their bytes without touching scalar properties.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return foldScalars(text.unicodeScalars, capacity: text.utf8.count)
    }

    /// Folds a run of scalars, as `fold` folds the string they spell: the
    /// tokenizer folds every token straight from the document's scalars.
    static func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                for (offset, scalar) in scalars.enumerated() {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                }
                return scalars.count
            }
        }
        return foldScalars(scalars, capacity: scalars.count * 2)
    }

    /// The general path of both `fold`s: each scalar through the tables, then Unicode's own properties.
    private static func foldScalars(_ scalars: some Sequence<Unicode.Scalar>, capacity: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        for scalar in scalars {
            append(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of one scalar's folded form.
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))
        } else if let folded = folded(value) {
            bytes.append(contentsOf: folded)
        } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
            return
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    /// The table's folded bytes for `value`, if the table has it.
    private static func folded(_ value: UInt32) -> [UInt8]? {
        if value >= latinRange.lowerBound && value <= latinRange.upperBound {
            return latinTable[Int(value - latinRange.lowerBound)]
        }
        return punctuationTable[value]
    }

    private static let latinRange: ClosedRange<UInt32> = 0xC0...0x24F

    /// Folded forms of the Latin-1 and Latin Extended scalars, indexed from the
    /// start of `latinRange`: an array read, not a hash, for every accented letter.
    /// Foundation folds the whole range in one call, a line per scalar: one call per scalar took
    /// 5 M instructions of every run's start-up.
    private static let latinTable: [[UInt8]?] = {
        let scalars = latinRange.compactMap(Unicode.Scalar.init)
        let lines = scalars.map { String(Character($0)) }.joined(separator: "\n")
        let folded = foldedByFoundation(lines).split(separator: "\n", omittingEmptySubsequences: false)
        guard folded.count == scalars.count else {
            return scalars.map { Array(foldedByFoundation(String(Character($0))).utf8) }
        }
        return folded.map { Array($0.utf8) }
    }()

    /// Foundation's case- and diacritic-insensitive form, lower-cased: what the table holds.
    static func foldedByFoundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en")).lowercased()
    }

    /// Typographic apostrophes and hyphens outside `latinRange`, folded to their ASCII forms.
    private static let punctuationTable: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        let apostrophes: [Unicode.Scalar] = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{00B4}"]
        for apostrophe in apostrophes { table[apostrophe.value] = Array("'".utf8) }
        let dashes: [Unicode.Scalar] = ["\u{2010}", "\u{2011}"]
        for dash in dashes { table[dash.value] = Array("-".utf8) }
        return table
    }()
}
