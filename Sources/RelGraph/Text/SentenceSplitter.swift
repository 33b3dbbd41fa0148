/// Finds sentence boundaries in a token stream.
///
/// Foundation on Linux has no sentence enumeration, and news text needs
/// rules of its own anyway: headlines and captions end at a line break; a
/// full stop after an abbreviation ("M.", "Dr.") or an initial ("George W.
/// Bush") ends nothing; a full stop followed by a lower-case word ends nothing. A dotted acronym ("U.N.", "U.K.",
/// "EE.UU.") ends a sentence only before a word that opens one ("the U.N. The council met" but "the U.N. Security
/// Council"), since the name it abbreviates so often goes on with a capitalised noun.
enum SentenceSplitter {
    /// Folded words after which a full stop is an abbreviation, in the three languages.
    private static let abbreviations: WordSet = [
        "m", "mm", "mme", "mmes", "mlle", "mr", "mrs", "ms", "dr", "st", "ste", "sr", "sra", "srta", "dna",
        "gen", "col", "lt", "gov", "sen", "rep", "jr", "etc", "vs", "art", "av", "cf", "prof", "pr",
        "dept", "inc", "corp", "ltd", "mgr", "pp", "vol", "approx",
        // Months as news agencies shorten them before a day: "on Jan. 24", "le 3 janv. 2022".
        "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "janv", "fevr", "avr", "juil", "ene", "dic",
    ]

    /// Folded words that open a sentence and seldom go on a name: after a dotted acronym they start a new sentence.
    private static let sentenceOpeners: WordSet = [
        "the", "a", "an", "this", "these", "it", "he", "she", "they", "we", "but", "in", "on", "at", "after", "its",
        "le", "la", "les", "l'", "un", "une", "ce", "cette", "il", "elle", "ils", "elles", "mais", "en", "selon",
        "el", "los", "las", "una", "este", "esta", "pero", "según", "ellos",
    ]

    private static let terminals: WordSet = [".", "!", "?", "…", "...", "....", "!?", "?!"]
    private static let closers: WordSet = ["»", "\"", "”", "’", ")", "]", "'"]

    static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        func close(at end: Int) {
            guard end > first else { return }
            sentences.append(Sentence(index: sentences.count, tokenRange: first..<end,
                                      start: tokens[first].start, end: tokens[end - 1].end))
            first = end
        }
        var index = 0
        while index < tokens.count {
            if index > first && tokens[index].followsLineBreak {
                close(at: index)
            }
            if index == first, let end = datelineEnd(tokens, from: first) {
                close(at: end)
                index = end
                continue
            }
            if index - first >= maximumLength, index > first {
                close(at: softBreak(tokens, from: first, to: index))
            }
            if endsSentence(tokens, at: index) {
                var end = index + 1
                while end < tokens.count && isCloser(tokens, at: end) { end += 1 }
                close(at: end)
                index = end
                continue
            }
            index += 1
        }
        close(at: tokens.count)
        return sentences
    }

    /// Where a dateline opening a paragraph ends: "RIO DE JANEIRO, Brazil (AP) _", "PARIS, 5 mai (AFP) -", "KABUL —". A
    /// city in capitals, then names, a date and an agency, and a dash within a few words. The dateline says where the story was
    /// filed; kept apart, it leaves the sentence after it whole for the parser.
    private static func datelineEnd(_ tokens: [Token], from first: Int) -> Int? {
        let opening = tokens[first]
        guard opening.isWord, first == 0 || opening.followsLineBreak, opening.text.unicodeScalars.count > 1,
              !opening.text.contains(where: \.isLowercase) else { return nil }
        var index = first + 1
        while index < min(tokens.count, first + datelineReach), !tokens[index].followsLineBreak {
            let token = tokens[index]
            // "NATO ministers met – as expected – …" is a sentence: a dateline writes names, and a month after its day
            // ("5 mai", "5 de mayo").
            if token.isWord, !token.isCapitalized, !isAfterDay(tokens, index, from: first) { return nil }
            if token.kind == .punctuation {
                if terminals.contains(token.text) { return nil }
                if datelineDashes.contains(token.text) {
                    var end = index + 1
                    while end < tokens.count, datelineDashes.contains(tokens[end].text), !tokens[end].followsLineBreak { end += 1 }
                    return end < tokens.count && !tokens[end].followsLineBreak ? end : nil
                }
            }
            index += 1
        }
        return nil
    }

    /// "5 mai", "5 de mayo": a word written after a day, or after a day and "de".
    private static func isAfterDay(_ tokens: [Token], _ index: Int, from first: Int) -> Bool {
        if tokens[index - 1].kind == .number { return true }
        return index - 2 >= first && tokens[index - 2].kind == .number && tokens[index - 1].text == "de"
    }

    /// How far into a paragraph a dateline's dash may come: a city, a country, a date and an agency.
    private static let datelineReach = 12
    /// Dashes after a dateline; news agencies once wrote an underscore for one.
    private static let datelineDashes: Set<String> = ["—", "–", "-", "--", "_"]

    /// No real sentence is longer; text without punctuation (a scraped table, a run-on list) is cut here, so that
    /// the rules that scan a sentence stay linear in the size of the input.
    static let maximumLength = 200

    /// The last comma or semicolon in the second half of an overlong stretch, else the stretch's end.
    private static func softBreak(_ tokens: [Token], from first: Int, to end: Int) -> Int {
        let middle = first + (end - first) / 2
        let comma = (middle..<end).last { [",", ";", ":"].contains(tokens[$0].text) }
        return comma.map { $0 + 1 } ?? end
    }

    private static func endsSentence(_ tokens: [Token], at index: Int) -> Bool {
        // Every terminal is punctuation: words and numbers are answered without hashing their text.
        guard tokens[index].kind == .punctuation, terminals.contains(tokens[index].text) else { return false }
        if tokens[index].text == ".", index > 0, isAbbreviation(tokens[index - 1]) { return false }
        if isDecimalPoint(tokens, at: index) { return false }
        var next = index + 1
        while next < tokens.count && isCloser(tokens, at: next) { next += 1 }
        guard next < tokens.count else { return true }
        let following = tokens[next]
        if tokens[index].text == ".", index > 0, isDottedAcronym(tokens[index - 1]), !following.followsLineBreak {
            // A sentence opens with a capital: "que EE.UU. está…" goes on, though folded "está" is the opener "esta".
            return following.isCapitalized && sentenceOpeners.contains(following)
        }
        return following.followsLineBreak || following.isCapitalized || following.kind == .number
            || ["«", "\"", "“", "—", "-", "¿", "¡"].contains(following.text)
            || (singleOpeningQuotes.contains(following.text) && next + 1 < tokens.count && tokens[next + 1].isCapitalized)
    }

    /// A closing mark that stays with the sentence before it. A straight single quote closes only when written
    /// against the full stop; after a space it opens the next sentence's quote.
    private static func isCloser(_ tokens: [Token], at index: Int) -> Bool {
        guard closers.contains(tokens[index].text), !tokens[index].followsLineBreak else { return false }
        return tokens[index].text != "'" || index == 0 || tokens[index - 1].end == tokens[index].start
    }

    /// Single quotation marks that open a quote, as British and Irish papers write them: a sentence starts at one only
    /// when a capital follows it ("…in Accra. ‘The decision…"), for the straight one also ends words ("the
    /// ministers' meeting").
    private static let singleOpeningQuotes: Set<String> = ["‘", "'"]

    /// A full stop written between two digits ("$23.8 billion", "1.5"), which the tokenizer keeps apart from both.
    private static func isDecimalPoint(_ tokens: [Token], at index: Int) -> Bool {
        guard tokens[index].text == ".", index > 0, index + 1 < tokens.count else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        return before.kind == .number && after.kind == .number
            && before.end == tokens[index].start && tokens[index].end == after.start
    }

    /// Letters in groups of one or two joined by dots: "U.N", "U.S", "EE.UU", "S.A".
    private static func isDottedAcronym(_ token: Token) -> Bool {
        guard token.isWord, token.hasFullStop else { return false }
        let groups = token.text.split(separator: ".", omittingEmptySubsequences: false)
        return groups.count >= 2 && groups.allSatisfy { (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }
    }

    private static func isAbbreviation(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        // "EU-U.S. relations", "Franco-U.S.": an initial after a hyphen opens a dotted acronym.
        if let last = token.text.split(separator: "-").last, token.text.contains("-"), last.unicodeScalars.count == 1,
           last.first?.isUppercase == true {
            return true
        }
        guard token.end - token.start <= 5 else { return false }
        if abbreviations.contains(token) { return true }
        return token.text.unicodeScalars.count == 1 && token.isCapitalized
    }
}
