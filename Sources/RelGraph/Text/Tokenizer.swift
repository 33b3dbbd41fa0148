/// Splits text into word, number and punctuation tokens with scalar offsets.
///
/// Hyphenated words stay whole ("États-Unis", "vice-premier") so lexicons
/// match them as one token; French elisions split after the apostrophe
/// ("l'" + "armée"); English possessives become their own token ("Russia" +
/// "'s"); dotted acronyms stay whole ("U.S", "EE.UU").
enum Tokenizer {
    /// French elided forms: the apostrophe ends the token.
    private static let elisions: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "jusqu", "puisqu", "presqu", "quoiqu",
    ]

    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var lineBreak = false
        while index < scalars.count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" { lineBreak = true }
                index += 1
                continue
            }
            // The punctuation "-" is a token of its own, hyphenated as a word joined at a hyphen is.
            var joinsHyphen = scalar == "-"
            let end = isWordScalar(scalar) ? wordEnd(scalars, from: index, joinsHyphen: &joinsHyphen) : punctuationEnd(scalars, from: index)
            tokens.append(makeToken(scalars, index..<end, followsLineBreak: lineBreak, joinsHyphen: joinsHyphen))
            lineBreak = false
            index = end
        }
        return tokens
    }

    /// - Parameter joinsHyphen: `wordEnd` joined two parts of the word at a hyphen, or the token is the punctuation "-".
    private static func makeToken(_ scalars: [Unicode.Scalar], _ range: Range<Int>, followsLineBreak: Bool, joinsHyphen: Bool) -> Token {
        let first = scalars[range.lowerBound]
        let kind: Token.Kind = isWordScalar(first) ? (isNumeric(first) ? .number : .word) : .punctuation
        let text: String
        let folded: String
        let hash: UInt64?
        let isASCII: Bool
        let isHyphenated: Bool
        if let shape = asciiShape(scalars[range]) {
            text = ScalarText.asciiString(scalars[range])
            // ASCII without capitals folds to itself: most tokens share their text as folded form.
            folded = shape.hasCapitals ? TextFolding.fold(scalars[range]) : text
            hash = shape.foldedHash
            isASCII = true
            // Folding ASCII only lowers capitals: the folded form has a hyphen where the scalars have one, and an
            // ASCII token has one only where `wordEnd` joined a word at it, or when it is the punctuation "-" alone.
            isHyphenated = joinsHyphen
        } else {
            text = ScalarText.string(scalars[range])
            folded = TextFolding.fold(scalars[range])
            hash = WordKey.asciiHash(folded)
            isASCII = false
            isHyphenated = hasHyphen(folded: folded)
        }
        return Token(text: text, folded: folded, foldedHash: hash, kind: kind,
                     start: range.lowerBound, end: range.upperBound, followsLineBreak: followsLineBreak,
                     isCapitalized: ScalarClass.isUppercase(first), isASCII: isASCII, isHyphenated: isHyphenated)
    }

    /// The folded form holds a hyphen-minus, which folding also makes of the typographic hyphens. Reads the bytes
    /// in place: iterating `String.UTF8View` costs several times more.
    static func hasHyphen(folded: String) -> Bool {
        let hyphen = UInt8(ascii: "-")
        return folded.utf8.withContiguousStorageIfAvailable { $0.contains(hyphen) } ?? folded.utf8.contains(hyphen)
    }

    /// For ASCII scalars, `WordKey.asciiHash` of their folded form (lower-cased bytes) and whether any is a
    /// capital; nil when a scalar is not ASCII. One pass answers what the token needs of its scalars: whether the
    /// text is its own folded form, and the hash, read off the scalars rather than out of the folded String.
    static func asciiShape(_ scalars: ArraySlice<Unicode.Scalar>) -> (foldedHash: UInt64, hasCapitals: Bool)? {
        var hash = WordKey.emptyHash
        var hasCapitals = false
        for scalar in scalars {
            guard scalar.value < 0x80 else { return nil }
            let isCapital = scalar.value >= 0x41 && scalar.value <= 0x5A
            hasCapitals = hasCapitals || isCapital
            hash = WordKey.hash(hash, adding: UInt8(truncatingIfNeeded: isCapital ? scalar.value + 32 : scalar.value))
        }
        return (hash, hasCapitals)
    }

    /// The end of the word starting at `start`, following the joining rules above; `joinsHyphen` is set when the
    /// word goes on past a hyphen.
    private static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int, joinsHyphen: inout Bool) -> Int {
        var index = start
        var segmentStart = start
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                index += 1
                continue
            }
            // Most words end at a space: the scalar after is only classified when a joiner could continue the word.
            guard isHyphen(scalar) || scalar == "." || isApostrophe(scalar) else { break }
            let nextIsLetter = index + 1 < scalars.count && ScalarClass.isLetter(scalars[index + 1])
            let nextIsWord = index + 1 < scalars.count && isWordScalar(scalars[index + 1])
            if isHyphen(scalar) && nextIsWord {
                joinsHyphen = true
                index += 1
            } else if scalar == "." && nextIsLetter && isShortCapitals(scalars[segmentStart..<index]) {
                index += 1
                segmentStart = index
            } else if scalar == "." && index + 2 < scalars.count && isHyphen(scalars[index + 1]) && ScalarClass.isLetter(scalars[index + 2])
                        && segmentStart > start && isShortCapitals(scalars[segmentStart..<index]) {
                // "U.S.-backed", "U.K.-led": a dotted abbreviation joined by a hyphen to a word is one word with it.
                joinsHyphen = true
                index += 2
            } else if isApostrophe(scalar) && nextIsLetter {
                let prefix = TextFolding.fold(ScalarText.string(scalars[start..<index]))
                if elisions.contains(prefix) { return index + 1 }
                if isPossessive(scalars, apostrophe: index) { return index }
                index += 1
            } else if isApostrophe(scalar) && opensQuotation(scalars, after: index)
                        && elisions.contains(TextFolding.fold(ScalarText.string(scalars[start..<index]))) {
                // "d'« occuper »", "l'\"accord\"": the elided word is quoted, the elision is still a word of its own.
                return index + 1
            } else {
                break
            }
        }
        return index
    }

    /// Punctuation is one scalar, except runs of dots ("...") and an English "'s".
    private static func punctuationEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        if isApostrophe(scalars[start]), isPossessive(scalars, apostrophe: start) { return start + 2 }
        var index = start + 1
        if scalars[start] == "." {
            while index < scalars.count && scalars[index] == "." { index += 1 }
        }
        return index
    }

    /// An opening quotation mark follows the apostrophe, right after it or after one space.
    private static func opensQuotation(_ scalars: [Unicode.Scalar], after apostrophe: Int) -> Bool {
        var next = apostrophe + 1
        if next < scalars.count, scalars[next] == " " || scalars[next] == "\u{00A0}" { next += 1 }
        guard next < scalars.count else { return false }
        return openingQuotes.contains(scalars[next])
    }

    private static let openingQuotes: Set<Unicode.Scalar> = ["\u{00AB}", "\u{201C}", "\"", "\u{00BB}"]

    private static func isPossessive(_ scalars: [Unicode.Scalar], apostrophe: Int) -> Bool {
        guard apostrophe + 1 < scalars.count, scalars[apostrophe + 1] == "s" || scalars[apostrophe + 1] == "S" else {
            return false
        }
        return apostrophe + 2 >= scalars.count || !isWordScalar(scalars[apostrophe + 2])
    }

    private static func isShortCapitals(_ segment: ArraySlice<Unicode.Scalar>) -> Bool {
        (1...2).contains(segment.count) && segment.allSatisfy(ScalarClass.isUppercase)
    }

    // The scalar tests below answer ASCII and Latin letters inline and leave `Unicode.Scalar.Properties` to
    // functions that are never inlined. The properties' types are resilient: a function that touches them, even
    // on a path it seldom takes, sets up their metadata and stack space on every call, for every word and token.

    /// Unicode's White_Space, answered without a property lookup for ASCII.
    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return hasWhitespaceProperty(scalar)
    }

    @inline(never)
    private static func hasWhitespaceProperty(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Inlined: asked for every scalar of the text, where a call would cost more than the ASCII test it makes.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII: letters and digits are the only alphabetic or numeric scalars.
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        if ScalarClass.latinLetters.contains(scalar.value) { return ScalarClass.isLatinLetter(scalar.value) }
        return isWordInPunctuationBlocks(scalar.value) ?? hasWordProperties(scalar)
    }

    /// Answers for Latin-1's signs and the General Punctuation block, the non-ASCII scalars that end most words
    /// (closing quotes, dashes, no-break spaces), without a Unicode property lookup.
    /// Their only alphabetic or numeric scalars are "ª", "²", "³", "µ", "¹", "º", "¼", "½" and "¾"; nil elsewhere.
    @inline(__always)
    private static func isWordInPunctuationBlocks(_ value: UInt32) -> Bool? {
        switch value {
        case 0xAA, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: true
        case 0x80..<0xC0, 0x2000...0x206F: false
        default: nil
        }
    }

    /// Alphabetic, numeric or a combining mark, by Unicode's tables.
    @inline(never)
    private static func hasWordProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark
    }

    /// Has a numeric type: for ASCII, a digit.
    @inline(__always)
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        // Accented Latin letters have no numeric value.
        if ScalarClass.latinLetters.contains(scalar.value) { return false }
        return hasNumericType(scalar)
    }

    @inline(never)
    private static func hasNumericType(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil
    }

    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}"
    }
}
