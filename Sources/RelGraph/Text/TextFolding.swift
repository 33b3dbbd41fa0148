import Foundation

/// Case and accent folding, the one normalisation every lookup in relgraph shares.
///
/// "États-Unis", "ETATS-UNIS" and "etats-unis" fold to the same key. Folding
/// works scalar by scalar through a table built once for the Latin ranges
/// news text uses, so the hot path never calls into ICU.
enum TextFolding {
    /// Folds a whole string: lower case, no diacritics, typographic apostrophes as `'`.
    static func fold(_ text: some StringProtocol) -> String {
        // Most words are ASCII: lower-case their bytes without touching scalar properties. Lower-case ASCII,
        // a token's folded form handed back to a lexicon, is its own fold and is not copied.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            guard text.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return String(text) }
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
        return foldThroughTables(scalars) ?? foldScalars(scalars, capacity: scalars.count * 2)
    }

    /// Folds scalars that the tables answer (ASCII, Latin letters, typographic apostrophes and hyphens) straight
    /// into the new String's storage, as `foldScalars` would fold them; nil when one needs Unicode's properties.
    ///
    /// Nearly every accented word of a French or Spanish article takes this path, with no byte array built in
    /// between.
    private static func foldThroughTables(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        let latin = latinFolds
        var capacity = 0
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 || typographicByte(value) != nil {
                capacity += 1
            } else if let width = latin.width(of: value) {
                capacity += width
            } else {
                return nil
            }
        }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    let byte = UInt8(truncatingIfNeeded: value)
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                    offset += 1
                } else if let byte = typographicByte(value) {
                    buffer[offset] = byte
                    offset += 1
                } else {
                    offset = latin.copy(value, into: buffer, at: offset)
                }
            }
            return offset
        }
    }

    /// Calls `body` with each byte of the folded form of the UTF-8 word `bytes`, as `fold` would write it, without
    /// building a String; false, having called it with nothing, when a scalar needs Unicode's properties.
    static func forEachFoldedByte(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) -> Bool {
        let latin = latinFolds
        // Read twice rather than kept: the first reading only asks whether the tables fold every scalar.
        func forEachScalar(_ visit: (UInt32) -> Bool) -> Bool {
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): if !visit(scalar.value) { return false }
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
        guard forEachScalar({ $0 < 0x80 || typographicByte($0) != nil || latin.width(of: $0) != nil }) else { return false }
        return forEachScalar { value in
            if value < 0x80 {
                let byte = UInt8(truncatingIfNeeded: value)
                body(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            } else if let byte = typographicByte(value) {
                body(byte)
            } else if let folded = latin.bytes(of: value) {
                for byte in folded { body(byte) }
            }
            return true
        }
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
        } else if let byte = typographicByte(value) {
            bytes.append(byte)
        } else if scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark {
            return
        } else {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
    }

    /// The Latin table's folded bytes for `value`, if the table has it.
    private static func folded(_ value: UInt32) -> ArraySlice<UInt8>? {
        latinFolds.bytes(of: value)
    }

    /// The Latin-1 and Latin Extended scalars, folded through `LatinFoldTable`: an array read, not a hash, for
    /// every accented letter.
    static let latinRange: ClosedRange<UInt32> = 0xC0...0x24F

    /// Foundation's case- and diacritic-insensitive form, lower-cased: what `LatinFoldTable` was written from.
    static func foldedByFoundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en")).lowercased()
    }

    /// Typographic apostrophes and hyphens outside `latinRange`, folded to their ASCII forms. A switch, not a
    /// dictionary: no scalar is hashed.
    private static func typographicByte(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4: UInt8(ascii: "'")
        case 0x2010, 0x2011: UInt8(ascii: "-")
        default: nil
        }
    }

    /// The Latin table (`LatinFoldTable`, one folded form per scalar of `latinRange`) laid end to end in one byte
    /// array: read by both folding paths.
    private static let latinFolds = LatinFolds(LatinFoldTable.forms.map { Array($0.utf8) })

    /// The folded bytes of the Latin range in one array, with where each scalar's start: read without retaining
    /// an array per scalar.
    private struct LatinFolds {
        private var bytes: [UInt8] = []
        /// `starts[i]..<starts[i + 1]` are the bytes of the scalar `latinRange.lowerBound + i`; -1 where the table has none.
        private var starts: [Int] = []

        init(_ table: [[UInt8]?]) {
            for folded in table {
                starts.append(folded == nil ? -1 : bytes.count)
                bytes += folded ?? []
            }
            starts.append(bytes.count)
        }

        /// The number of folded bytes of `value`, nil outside the range or where the table has no entry.
        func width(of value: UInt32) -> Int? {
            guard value >= latinRange.lowerBound && value <= latinRange.upperBound else { return nil }
            let index = Int(value - latinRange.lowerBound)
            guard starts[index] >= 0 else { return nil }
            return end(of: index) - starts[index]
        }

        /// The folded bytes of `value`, nil outside the range or where the table has no entry.
        func bytes(of value: UInt32) -> ArraySlice<UInt8>? {
            guard let width = width(of: value) else { return nil }
            let start = starts[Int(value - latinRange.lowerBound)]
            return bytes[start..<start + width]
        }

        /// Writes the folded bytes of `value`, whose `width` is known, at `offset`; returns the offset after them.
        func copy(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
            let index = Int(value - latinRange.lowerBound)
            var offset = offset
            for position in starts[index]..<end(of: index) {
                buffer[offset] = bytes[position]
                offset += 1
            }
            return offset
        }

        /// Where the bytes of the scalar at `index` end: the next start that is not -1.
        private func end(of index: Int) -> Int {
            var next = index + 1
            while starts[next] < 0 { next += 1 }
            return starts[next]
        }
    }
}
