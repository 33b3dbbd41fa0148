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
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &result)
        }
        return result
    }

    /// Appends Strings rather than scalar views: appending one String to
    /// another is a byte copy, the scalar-view append a slow generic path.
    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        let value = scalar.value
        if value < 0x80 {
            result.unicodeScalars.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar)
        } else if let folded = latinTable[value] {
            result += folded
        } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
            return
        } else {
            result += scalar.properties.lowercaseMapping
        }
    }

    /// Folded forms of the Latin-1, Latin Extended and punctuation scalars, built once.
    private static let latinTable: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folded = String(Character(scalar))
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
                .lowercased()
            table[value] = folded
        }
        let apostrophes: [Unicode.Scalar] = ["\u{2019}", "\u{2018}", "\u{02BC}", "\u{00B4}", "\u{0060}"]
        for apostrophe in apostrophes { table[apostrophe.value] = "'" }
        let dashes: [Unicode.Scalar] = ["\u{2010}", "\u{2011}"]
        for dash in dashes { table[dash.value] = "-" }
        return table
    }()
}
