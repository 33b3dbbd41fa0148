/// A sentence's tokens as the parser's words, each word knowing the token it came from.
///
/// The parser learnt from treebanks that write a contraction as several words ("du" is "de le",
/// "don't" is "do n't", "apoyarlos" is "apoyar los"); the tokenizer keeps such a token whole, as the
/// lexicons want it. Cutting the token the treebanks' way here, and keeping each word's token and scalar
/// offsets, lets every later stage speak of the article's own characters.
///
/// ```swift
/// // "Il parle du traité." -> Il | parle | de le (both from "du") | traité | .
/// let words = ParserWords(tokens: document.tokens, range: sentence.tokenRange, language: .fr, tagger: { model.tags(of: $2, in: $1) })
/// ```
struct ParserWords: Sendable {
    /// One word for the parser.
    struct Word: Hashable, Sendable {
        /// The word as the parser reads it: as the treebanks write it, with plain apostrophes.
        var form: String
        /// The word as CoNLL-U writes it: the article's text of the token or of the part of it the word is written
        /// as ("do" and "n’t"), else the treebanks' word ("de" and "le" for "du").
        var text: String
        /// The index of the token in the document's tokens.
        var token: Int
        /// Scalar offsets in the document of the part of the token the word is written as; the whole token's
        /// when the word is not spelled out in it ("de" and "le" in "du").
        var start: Int
        var end: Int
    }

    /// Tags after which a French "des" is "de les" (a content word: "la plupart des pays", "l'avis des experts");
    /// elsewhere, after a verb, a preposition or at the start, it is the plural article ("signer des accords").
    /// Measured on the French treebanks, the previous word's tag decides nine cases in ten.
    static let contentTags: Set<PartOfSpeech> = [.noun, .propn, .adj, .pron, .num, .sym]

    private(set) var words: [Word] = []
    /// For each token of the sentence in order, the range of `words` it became.
    private(set) var tokenWords: [Range<Int>] = []
    /// The atoms of `words` the tagger already read to cut "des", nil for the others; empty when it read none. The parser
    /// reads the same words: each word's atoms are computed once (`atoms()`).
    private var taggedAtoms: [WordAtoms?] = []
    /// The document index of the sentence's first token.
    private let firstToken: Int
    private let language: Language

    /// Which capitalised word of a name heads it: English puts the head last ("the European Union", "the Security
    /// Council"), French and Spanish first ("l'Union européenne", "el Consejo de Seguridad").
    enum NameHead { case first, last }
    static let nameHeads: [Language: NameHead] = [.en: .last, .fr: .first, .es: .first]

    /// Cuts the tokens of `range`.
    /// - Parameters:
    ///   - tagger: the tags of the words at the given indices (ascending) of the sentence given as forms and their atoms,
    ///     as many of them as the tagger reads (`Tagger.lookahead` past the last one); asked only when a cut depends on
    ///     the previous word's tag (French "des"), with such tokens left whole.
    ///   - names: the tokens of the proper names the lexicons found. An article is never written before a name
    ///     ("expulsés des États-Unis"): there a French "des" is "de les", whatever the word before it.
    init(tokens: [Token], range: Range<Int>, language: Language, names: TokenMask = TokenMask([]),
         tagger: (_ forms: [String], _ atoms: [WordAtoms], _ wanted: [Int]) -> [PartOfSpeech]) {
        firstToken = range.lowerBound
        self.language = language
        let table = Contractions.table(for: language)
        var cuts = range.map { Self.cut(tokens, index: $0, table: table, language: language) }
        for (offset, token) in range.enumerated() where cuts[offset].condition == .afterContentWord && names.contains(token + 1) {
            cuts[offset].condition = .always
        }
        if cuts.contains(where: { $0.condition == .afterContentWord }) {
            taggedAtoms = Self.decideConditionalCuts(&cuts, tagger: tagger)
        }
        words.reserveCapacity(cuts.count)
        tokenWords.reserveCapacity(cuts.count)
        // By index: `for cut in cuts` copies every cut, its words and their Strings, out of the array.
        for index in cuts.indices {
            let first = words.count
            if cuts[index].staysWhole { words.append(cuts[index].whole) } else { words += cuts[index].parts }
            tokenWords.append(first..<words.count)
        }
    }

    /// For each word that is an event verb no event noun spells, the common verb that may stand in for it
    /// (`VerbStandIns`).
    func verbStandIns(_ predicates: [PredicateReading?]) -> [String?] {
        words.indices.map { index in
            guard index < predicates.count, predicates[index] == .verb else { return nil }
            return VerbStandIns.standIn(for: words[index].form, language: language)
        }
    }

    /// For each word that is a whole token among the hints' event verbs, what the tagger may read it as.
    func predicateWords(tokens: [Token], hints: ParseHints) -> [PredicateReading?] {
        words.map { word in
            guard word.form == tokens[word.token].text else { return nil }
            if hints.nouns.contains(word.token) { return .noun }
            guard hints.predicates.contains(word.token) else { return nil }
            return hints.verbs.contains(word.token) ? .verb : .eventWord
        }
    }

    /// Makes each span of tokens one word, written as its head (`nameHeads`) and tagged a proper noun by
    /// `properNounTags`: every token of the span then stands for that one word. Spans that overlap an earlier one
    /// or leave the sentence are left as they are.
    /// - Parameter phraseOpeners: words that open a phrase of their own after a comma (`ParseHints.phraseOpeners`).
    mutating func collapse(_ spans: [Range<Int>], tokens: [Token], phraseOpeners: TokenMask = TokenMask([])) {
        let sentence = firstToken..<firstToken + tokenWords.count
        var spans = spans.filter { $0.count > 1 && sentence.lowerBound <= $0.lowerBound && $0.upperBound <= sentence.upperBound }[...]
        // A sentence whose names are all one word each keeps its words: nothing is copied.
        guard !spans.isEmpty else { return }
        var collapsed: [Word] = []
        var collapsedTokenWords: [Range<Int>] = []
        var collapsedAtoms: [WordAtoms?] = []
        collapsed.reserveCapacity(words.count)
        collapsedTokenWords.reserveCapacity(tokenWords.count)
        var token = sentence.lowerBound
        while token < sentence.upperBound {
            while let span = spans.first, span.lowerBound < token { spans = spans.dropFirst() }
            if spans.first?.lowerBound != token {
                // The tokens up to the next span keep their words: copied as one run, not token by token.
                let end = min(spans.first?.lowerBound ?? sentence.upperBound, sentence.upperBound)
                keepWords(ofTokens: token..<end, into: &collapsed, tokenWords: &collapsedTokenWords, atoms: &collapsedAtoms)
                token = end
            } else if let span = spans.first {
                // "ministre kényan des Affaires étrangères, Musalia Mudavadi": a title in apposition to a name is
                // headed by the name, not by a capital of the title, which would stand for a ministry.
                let named = span.lastIndex { tokens[$0].text == "," }.map { ($0 + 1)..<span.upperBound } ?? span
                let capitalised = named.filter { tokens[$0].isCapitalized }
                // A quote mark clinging to a word is never the head.
                let head = (Self.nameHeads[language] == .last ? capitalised.last : capitalised.first)
                    ?? span.first { tokens[$0].kind != .punctuation } ?? span.lowerBound
                let text = span.map { tokens[$0].text }.joined(separator: " ")
                let closing = Self.closesApposition(span, tokens: tokens, sentence: sentence, next: spans.dropFirst().first,
                                                    phraseOpeners: phraseOpeners) ? 1 : 0
                collapsedTokenWords.append(contentsOf: repeatElement(collapsed.count..<collapsed.count + 1, count: span.count + closing))
                collapsed.append(Word(form: Self.plainApostrophes(tokens[head].text), text: text, token: head,
                                      start: tokens[span.lowerBound].start, end: tokens[span.upperBound - 1].end))
                if !taggedAtoms.isEmpty { collapsedAtoms.append(nil) }
                token = span.upperBound + closing
            }
        }
        words = collapsed
        tokenWords = collapsedTokenWords
        taggedAtoms = collapsedAtoms
    }

    /// "the Ghanaian minister, Kofi Mensah, and his counterpart…": a span that holds a title, its comma and a name is read as
    /// the name; the comma closing the apposition after it would then stand alone between the name and its verb, where
    /// the parser takes it for a clause's edge. That comma goes with the span when nothing but a determiner stands
    /// between the span and the start of its clause (a comma there would leave the name in apposition to the noun
    /// before it), unless another span starts right after it (a list of officials) or a phrase or a relative clause
    /// opens there ("…, Kofi Mensah, whose country…"), which the parser reads with its comma.
    private static func closesApposition(_ span: Range<Int>, tokens: [Token], sentence: Range<Int>, next: Range<Int>?,
                                         phraseOpeners: TokenMask) -> Bool {
        let after = span.upperBound + 1
        guard after < sentence.upperBound, tokens[span.upperBound].text == ",", tokens[span].contains(where: { $0.text == "," }),
              !phraseOpeners.contains(after), next.map({ $0.lowerBound > after + 1 }) ?? true else { return false }
        var before = span.lowerBound - 1
        if before >= sentence.lowerBound, tokens[before].isWord, !tokens[before].isCapitalized { before -= 1 }
        return before < sentence.lowerBound || tokens[before].text != ","
    }

    /// Appends the words of the sentence's `tokens` as they are, with their ranges moved to where they now start.
    /// One copy for the run: appending each token's words apart cost more than the rest of collapsing.
    private func keepWords(ofTokens tokens: Range<Int>, into collapsed: inout [Word], tokenWords collapsedTokenWords: inout [Range<Int>],
                           atoms collapsedAtoms: inout [WordAtoms?]) {
        let ranges = tokenWords[(tokens.lowerBound - firstToken)..<(tokens.upperBound - firstToken)]
        guard let first = ranges.first, let last = ranges.last else { return }
        let run = first.lowerBound..<last.upperBound
        let shift = collapsed.count - run.lowerBound
        for range in ranges { collapsedTokenWords.append((range.lowerBound + shift)..<(range.upperBound + shift)) }
        collapsed += words[run]
        if !taggedAtoms.isEmpty { collapsedAtoms += taggedAtoms[run] }
    }

    /// The parser's forms, in order.
    var forms: [String] { words.map(\.form) }

    /// The atoms of each word, in order: those the tagger read to cut "des" are not computed again.
    func atoms() -> [WordAtoms] {
        guard !taggedAtoms.isEmpty else { return words.map { WordAtoms($0.form) } }
        return words.indices.map { taggedAtoms[$0] ?? WordAtoms(words[$0].form) }
    }

    /// PROPN for each word that is a whole capitalised token among `names` (the proper names the actor layer
    /// found), nil elsewhere: the tags to fix before tagging.
    /// - Parameter adjectives: tokens the actor layer read as demonyms written in lower case ("le ministère russe") or
    ///   joined by hyphens ("Saudi-led"): tagged as adjectives, which the tagger, unsure of a rare word, may call a verb.
    /// - Parameter auxiliaries: tokens the relation layer knows to be auxiliaries (`ParseHints.auxiliaries`).
    func properNounTags(tokens: [Token], names: TokenMask, adjectives: TokenMask = TokenMask([]),
                        auxiliaries: TokenMask = TokenMask([]), commonNouns: TokenMask = TokenMask([]),
                        numerals: TokenMask = TokenMask([])) -> [PartOfSpeech?] {
        words.map { word in
            // The token's fields are read in place: a copy of the token would retain and release its Strings.
            guard word.form == tokens[word.token].text else { return nil }
            let isCapitalized = tokens[word.token].isCapitalized
            if names.contains(word.token) && isCapitalized { return .propn }
            if auxiliaries.contains(word.token) { return .aux }
            if commonNouns.contains(word.token) { return .noun }
            if numerals.contains(word.token) { return .num }
            // A capitalised demonym of one hyphenated word ("Saudi-led", "Franco-German") is an adjective too.
            return adjectives.contains(word.token) && (!isCapitalized || tokens[word.token].isHyphenated) ? .adj : nil
        }
    }

    /// A token and the words it may be cut into.
    private struct Cut {
        /// The token as one word.
        var whole: Word
        /// The words the token is cut into; none when it is not cut, which most tokens are not: they then need no
        /// array of their own.
        var parts: [Word]
        /// `.afterContentWord` until `decideConditionalCuts` has settled it, then `.always`.
        var condition: Contractions.Condition

        /// The token is read as one word: it is not cut, or its cut is not decided yet.
        var staysWhole: Bool { parts.isEmpty || condition == .afterContentWord }
    }

    /// Tags the sentence with the undecided tokens whole, then cuts each one after a content word. Only the word before
    /// each undecided token needs a tag; one at the start of the sentence is never cut.
    /// - Returns: the atoms of the words after the cuts, as the tagger read them; nil for a word it did not read: one
    ///   beyond its lookahead, or a part of a token it read whole.
    private static func decideConditionalCuts(_ cuts: inout [Cut], tagger: (_ forms: [String], _ atoms: [WordAtoms], _ wanted: [Int]) -> [PartOfSpeech])
        -> [WordAtoms?] {
        var forms: [String] = []
        forms.reserveCapacity(cuts.count)
        var wanted: [Int] = []
        for index in cuts.indices {
            if cuts[index].condition == .afterContentWord && !forms.isEmpty { wanted.append(forms.count - 1) }
            if cuts[index].staysWhole { forms.append(cuts[index].whole.form) } else { forms += cuts[index].parts.map(\.form) }
        }
        // The tagger reads no word past its lookahead after the last one asked.
        let read = wanted.last.map { min(forms.count, $0 + 1 + Tagger.lookahead) } ?? 0
        let atoms = forms[..<read].map(WordAtoms.init)
        let tags = wanted.isEmpty ? [] : tagger(forms, atoms, wanted)
        let tagOfWord = Dictionary(zip(wanted, tags), uniquingKeysWith: { first, _ in first })
        var cutAtoms: [WordAtoms?] = []
        cutAtoms.reserveCapacity(forms.count + wanted.count)
        var firstWord = 0
        for index in cuts.indices {
            let previous = firstWord - 1
            let tagged = cuts[index].staysWhole ? 1 : cuts[index].parts.count
            defer { firstWord += tagged }
            guard cuts[index].condition == .afterContentWord else {
                for word in firstWord..<firstWord + tagged { cutAtoms.append(word < atoms.count ? atoms[word] : nil) }
                continue
            }
            if !(tagOfWord[previous].map(contentTags.contains) ?? false) { cuts[index].parts = [] }
            cuts[index].condition = .always
            if cuts[index].parts.isEmpty {
                cutAtoms.append(firstWord < atoms.count ? atoms[firstWord] : nil)
            } else {
                cutAtoms.append(contentsOf: repeatElement(nil, count: cuts[index].parts.count))
            }
        }
        return cutAtoms
    }

    /// How the table cuts the token at `index`. Its fields are read in place: most tokens are not cut, and a copy of
    /// each would retain and release its Strings.
    private static func cut(_ tokens: [Token], index: Int, table: Contractions, language: Language) -> Cut {
        let text = tokens[index].text
        // An ASCII token, as most are, holds no typographic apostrophe: its text is its form, with no byte read again.
        let form = tokens[index].isASCII ? text : plainApostrophes(text)
        let whole = Word(form: form, text: text, token: index, start: tokens[index].start, end: tokens[index].end)
        guard tokens[index].isWord else { return Cut(whole: whole, parts: [], condition: .always) }
        let lowered = tableMayCut(whole.form, table: table) ? tableKey(whole.form, table: table) : nil
        // An ASCII key longer than every listed token is none of them: most words are not hashed and looked up.
        if let lowered, !(lowered.isASCII && lowered.key.utf8.count > table.longestToken), let entry = table.entry(for: lowered.key) {
            let token = tokens[index]
            let key = lowered.key
            // Spelled out in the token ("cannot" = "can" + "not"): each word gets its own part of it.
            if entry.words.joined() == key, key.unicodeScalars.count == token.text.unicodeScalars.count {
                let lengths = entry.words.map(\.unicodeScalars.count)
                return Cut(whole: whole, parts: parts(of: token, index: index, lengths: lengths, forms: nil), condition: entry.condition)
            }
            let words = cased(entry.words, like: token).map {
                Word(form: $0, text: $0, token: index, start: token.start, end: token.end)
            }
            return Cut(whole: whole, parts: words, condition: entry.condition)
        }
        if let key = lowered?.key,
           let suffix = table.suffixes.first(where: { key.hasSuffix($0) && key.unicodeScalars.count > $0.unicodeScalars.count }),
           key.unicodeScalars.count == text.unicodeScalars.count {
            let stem = text.unicodeScalars.count - suffix.unicodeScalars.count
            return Cut(whole: whole, parts: parts(of: tokens[index], index: index, lengths: [stem, suffix.unicodeScalars.count], forms: nil),
                       condition: .always)
        }
        if language == .es, let parts = Enclitics.split(text) {
            return Cut(whole: whole, parts: self.parts(of: tokens[index], index: index, lengths: parts.map(\.length), forms: parts.map(\.form)),
                       condition: .always)
        }
        return Cut(whole: whole, parts: [], condition: .always)
    }

    /// `form.lowercased()`, as the table is keyed, and whether it is ASCII; nil for a word that no key or suffix of
    /// the table can match. An ASCII form is lowered byte by byte, as Unicode lowers A to Z and nothing else of
    /// ASCII. A non-ASCII form keeps a non-ASCII scalar in lower case (but for the Kelvin sign, lowered to "k"),
    /// so it equals no key of a table of ASCII letters, and only suffixes could cut it: with none, it is not
    /// lowered at all, which through the Unicode tables cost more than the rest of cutting the word.
    private static func tableKey(_ form: String, table: Contractions) -> (key: String, isASCII: Bool)? {
        let lowered = form.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: isUpperASCII) else { return form }
            return String(decoding: bytes.map { isUpperASCII($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        if case let .some(.some(ascii)) = lowered { return (ascii, true) }
        if lowered != nil, table.suffixes.isEmpty, table.keysAreASCIILetters, !form.unicodeScalars.contains("\u{212A}") {
            return nil
        }
        return (form.lowercased(), false)
    }

    /// Whether the table may cut `form`: false only for an ASCII word its bytes rule out (`Contractions.mayCut`), which
    /// then matches no key and no suffix, as its lowered form would not.
    private static func tableMayCut(_ form: String, table: Contractions) -> Bool {
        form.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 >= 0x80 } || table.mayCut(asciiWord: bytes)
        } ?? true
    }

    private static func isUpperASCII(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }

    /// Words written as consecutive parts of the token, `lengths` scalars each.
    /// - Parameter forms: the treebanks' forms of the parts when they differ from the text ("dar" for "dár").
    private static func parts(of token: Token, index: Int, lengths: [Int], forms: [String]?) -> [Word] {
        let scalars = Array(token.text.unicodeScalars)
        var words: [Word] = []
        var offset = 0
        for (part, length) in lengths.enumerated() {
            let text = ScalarText.string(scalars[offset..<offset + length])
            let form = plainApostrophes(forms?[part] ?? text)
            words.append(Word(form: form, text: forms?[part] ?? text, token: index,
                              start: token.start + offset, end: token.start + offset + length))
            offset += length
        }
        return words
    }

    /// The table's lower-case words in the token's case: "DU" is "DE LE", "Du" is "De le".
    private static func cased(_ words: [String], like token: Token) -> [String] {
        if token.isAllCaps { return words.map { $0.uppercased() } }
        guard token.isCapitalized, let first = words.first, let initial = first.first else { return words }
        return [initial.uppercased() + first.dropFirst()] + words.dropFirst()
    }

    /// The text with typographic apostrophes made plain, as the treebanks mostly write them ("l’" is "l'").
    static func plainApostrophes(_ text: String) -> String {
        // Read as UTF-8 bytes in place: decoding the scalars of every word with an accent, and rebuilding the few with
        // an apostrophe scalar by scalar, cost more than the rest of cutting the word.
        if let plain = text.utf8.withContiguousStorageIfAvailable(plainApostrophes(inUTF8:)) { return plain ?? text }
        guard text.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 }))
    }

    /// The text of valid UTF-8 `bytes` with its typographic apostrophes made plain; nil when it has none. Both are
    /// written with a lead byte no other scalar of the articles uses much (U+2019 as E2 80 99, U+02BC as CA BC): a
    /// word without either lead byte is answered by one scan.
    private static func plainApostrophes(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.contains(where: { $0 == 0xE2 || $0 == 0xCA }) else { return nil }
        var plain: [UInt8] = []
        plain.reserveCapacity(bytes.count)
        var index = 0
        var found = false
        while index < bytes.count {
            let length = apostropheLength(in: bytes, at: index)
            if length > 0 {
                plain.append(UInt8(ascii: "'"))
                found = true
                index += length
            } else {
                plain.append(bytes[index])
                index += 1
            }
        }
        return found ? String(decoding: plain, as: UTF8.self) : nil
    }

    /// The number of bytes of the typographic apostrophe starting at `index`, 0 when none does.
    private static func apostropheLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 { return 3 }
        if bytes[index] == 0xCA, index + 1 < bytes.count, bytes[index + 1] == 0xBC { return 2 }
        return 0
    }
}
