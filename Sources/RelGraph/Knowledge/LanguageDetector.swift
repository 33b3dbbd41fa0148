/// Guesses an article's language from cues that only one of French, English and Spanish gives.
///
/// Function words are frequent, short and almost disjoint between the three,
/// so counting them over the first few thousand tokens is enough for news
/// text and costs nothing. A headline or a one-line record may hold none of
/// them ("Brazil supported Argentina."): letters only one language writes
/// ("apoyó", "reçu") and endings only one uses ("supported", "condamné")
/// decide those. When the cues do not point to one language, the detector
/// says it is unsure and the caller's default applies (`LanguageDecision`).
enum LanguageDetector {
    /// Folded function words of each language; a word listed under two languages is a cue for both. Spanish "la"
    /// is left to French, where it is more frequent: a Spanish text gives many other cues, and "Le Brésil soutient
    /// la France" would otherwise be a tie.
    private static let functionWords: [Language: String] = [
        .fr: """
            le la les des du et est une un dans pour qui avec au aux sur ont pas ce cette il elle ils sont par l' d' qu'
            selon mais aussi tres ete avait leur ces dont ou apres en ne n' nous lui entre contre vers chez sa son ses
            """,
        .en: """
            the and of to is was that with for has by on it its have had were are from which said this an at be their
            in will would after over his her not but who into against been than about also 's
            """,
        .es: """
            el los las del y que por con una un para es ha fue se su sus al como pero lo han sobre entre tras segun
            muy tambien hasta desde porque cuando nunca habia dijo ya donde sin asi esta este en contra hacia ante
            """,
    ]

    /// Endings of lower-case words that only one language has: English past tenses, French past participles
    /// and imperfects, Spanish preterites and nouns. Matched on the folded word, at least three letters
    /// before the ending, so "red" or "bed" do not count.
    private static let endings: [(ending: String, language: Language)] = [
        ("ed", .en),
        ("e", .fr), ("ee", .fr), ("es", .fr), ("ees", .fr), ("ait", .fr), ("aient", .fr),
        ("aron", .es), ("ieron", .es), ("cion", .es), ("ciones", .es), ("idad", .es), ("mente", .es), ("ea", .es),
    ]

    /// The endings of French past participles are written with "é": "condamné", "réunies" are cues, "signe" is not.
    private static let accentedEndings: Set<String> = ["e", "ee", "es", "ees"]

    /// The language that alone uses `scalar`, for the letters only one of the three writes. A switch: one pass
    /// over a word's scalars answers for every language, where scanning a list per language read them again.
    private static func distinctiveLanguage(_ scalar: Unicode.Scalar) -> Language? {
        switch scalar {
        case "ñ", "Ñ", "á", "í", "ó", "ú", "Á", "Í", "Ó", "Ú": .es
        case "ç", "è", "ê", "œ", "â", "û", "ô", "ë", "î", "à", "ù", "ï", "À", "Ç", "È", "Ê": .fr
        default: nil
        }
    }

    /// Each function word with the languages it belongs to, one bit per `slot`: one lookup per token
    /// answers for all three languages.
    private static let functionWordLanguages: WordMap<Int> = {
        var bits: [String: Int] = [:]
        for language in Language.allCases {
            let words = functionWords[language] ?? ""
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                bits[TextFolding.fold(String(word)), default: 0] |= 1 << slot(language)
            }
        }
        return WordMap(bits)
    }()

    /// The language of `tokens`, English when the cues leave it open.
    static func detect(_ tokens: [Token]) -> Language {
        decide(tokens, corpusLanguage: nil).language
    }

    /// The language of `tokens` and how it was chosen: the language its cues point to, else `corpusLanguage`,
    /// else English, the language of most international news.
    static func decide(_ tokens: [Token], corpusLanguage: Language?) -> LanguageDecision {
        var counts = cues(tokens)
        if !isDecided(counts) {
            // Read only when the other cues leave it open: a headline of names and present tenses.
            for (place, count) in stateWordCues(tokens).enumerated() { counts[place] += count }
        }
        let ranked = Language.allCases.sorted { counts[slot($0)] > counts[slot($1)] }
        let cueCounts = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, counts[slot($0)]) })
        if counts[slot(ranked[0])] > counts[slot(ranked[1])] {
            return LanguageDecision(language: ranked[0], basis: .detected, cues: cueCounts)
        }
        let basis: LanguageDecision.Basis = corpusLanguage == nil ? .englishByDefault : .corpus
        return LanguageDecision(language: corpusLanguage ?? .en, basis: basis, cues: cueCounts)
    }

    /// True when one language has more cues than each other.
    private static func isDecided(_ counts: [Int]) -> Bool {
        let sorted = counts.sorted(by: >)
        return sorted[0] > sorted[1]
    }

    /// Words that name a state, its capital or its people in one of the three languages only ("Rusia", "Ucrania",
    /// "Allemagne", "Germany", "Pékin"), by folded form, with the language's bit. A headline such as "Rusia invade
    /// Ucrania" has no function word, letter or ending of its language, and its names are all it says. Built from
    /// every language's state lexicon on first use, which only a text with unclear cues pays for.
    private static let stateWordLanguages: WordMap<Int> = {
        var bits: [String: Int] = [:]
        for language in Language.allCases {
            // A byte scan first: nearly every surface has no space byte, and then no space Character either.
            for entry in StateLexicon.entries(language)
            where !entry.surface.utf8.contains(UInt8(ascii: " ")) || !entry.surface.contains(" ") {
                bits[TextFolding.fold(entry.surface), default: 0] |= 1 << slot(language)
            }
        }
        return WordMap(bits.filter { $0.value.nonzeroBitCount == 1 })
    }()

    /// How many words of the first 4000 tokens name a state in one language only, by `slot`.
    static func stateWordCues(_ tokens: [Token]) -> [Int] {
        var counts = Array(repeating: 0, count: Language.allCases.count)
        // No word, no cue: the three languages' state lexicons are built only for a text with words to look up.
        guard tokens.prefix(4000).contains(where: \.isWord) else { return counts }
        let languagesOfWord = stateWordLanguages
        for index in tokens.indices.prefix(4000) where tokens[index].isWord {
            guard let bits = languagesOfWord.value(of: tokens[index]) else { continue }
            for place in counts.indices where bits & (1 << place) != 0 { counts[place] += 1 }
        }
        return counts
    }

    /// How many cues of each language the first 4000 tokens hold, by `slot`.
    static func cues(_ tokens: [Token]) -> [Int] {
        // Counts in an array, not a dictionary hashed per function word.
        var counts = Array(repeating: 0, count: Language.allCases.count)
        /// Read once: a static's every access goes through its lazy initialisation check.
        let languagesOfWord = functionWordLanguages
        let endingTable = Self.endingTable
        /// Indices, not `for token in tokens`, so that no `Token` is copied.
        /// The end of the particle that stands inside a name ("de la" in "Ana de la Fuente"), while reading it.
        var particleEnd = 0
        for index in tokens.indices.prefix(4000) {
            if tokens[index].kind == .punctuation && isInvertedMark(tokens[index].text) { counts[slot(.es)] += 2 }
            guard tokens[index].isWord else { continue }
            if index >= particleEnd, let length = particleInsideName(at: index, in: tokens) { particleEnd = index + length }
            // A capitalised function word before another capital may open a name ("Le Drian", "El Salvador"); an
            // elided one does not ("L'Iran").
            let opensName = tokens[index].isCapitalized && index + 1 < tokens.count && tokens[index + 1].isCapitalized
                && !isElided(tokens[index])
            if !opensName, index >= particleEnd, let bits = languagesOfWord.value(of: tokens[index]) {
                for place in counts.indices where bits & (1 << place) != 0 { counts[place] += 1 }
            }
            if !tokens[index].isCapitalized, let language = endingLanguage(folded: tokens[index].folded, text: tokens[index].text, in: endingTable) { counts[slot(language)] += 1 }
            // Distinctive letters are all non-ASCII.
            guard !tokens[index].isASCII else { continue }
            // A word counts once per language however many of its letters are distinctive.
            var languages = 0
            for scalar in tokens[index].text.unicodeScalars {
                if let language = distinctiveLanguage(scalar) { languages |= 1 << slot(language) }
            }
            for place in counts.indices where languages & (1 << place) != 0 { counts[place] += 1 }
        }
        return counts
    }

    /// The length of the name particle at `index` when a capitalised word stands on each side of it: "de la" in
    /// "Ana de la Fuente", "da" in "Lula da Silva", "al" in "Bashar al Assad". Names of every origin stand in
    /// articles of every language, so their particles say nothing of the article's ("Pedro de la Rosa met…" is
    /// English); only the particle's own words are left out, the words around the name still count.
    private static func particleInsideName(at index: Int, in tokens: [Token]) -> Int? {
        guard index > 0, !tokens[index].isCapitalized, tokens[index - 1].isWord, tokens[index - 1].isCapitalized,
              let length = NameParticles.length(at: index, in: tokens, limit: tokens.count),
              index + length < tokens.count, tokens[index + length].isWord, tokens[index + length].isCapitalized
        else { return nil }
        return length
    }

    /// "L'", "D'", "Qu'": an article or a preposition whose vowel the next word took.
    private static func isElided(_ token: Token) -> Bool {
        let last = token.text.utf8.last
        // U+2019 ends in the byte 0x99: any other last byte answers without String's general suffix comparison.
        return last == UInt8(ascii: "'") || (last == 0x99 && token.text.hasSuffix("\u{2019}"))
    }

    /// The language whose ending a token has, if any, given its folded form and its text. Compared on the folded bytes,
    /// not Characters: a dozen endings are tried on every word of the first 4000. Asked with the token's two strings,
    /// not the token: a token copied out of the array for the call was retained and released for every word.
    private static func endingLanguage(folded: String, text: String, in table: EndingTable) -> Language? {
        if let found = folded.utf8.withContiguousStorageIfAvailable({ table.language(ofWord: $0, text: text) }) { return found }
        return Array(folded.utf8).withUnsafeBufferPointer { table.language(ofWord: $0, text: text) }
    }

    /// The endings as integers, grouped by their last byte in the order of `endings`: a word is compared only with
    /// the endings of its last letter, each in one masked comparison of its packed last bytes. Nearly every French
    /// word ends in a letter of those endings, and nothing is hashed, copied or retained to ask.
    private struct EndingTable {
        /// An ending's bytes packed into an integer, its last byte lowest, as `language(ofWord:text:)` packs a
        /// word's last bytes.
        struct Ending {
            var packed: UInt64
            /// Keeps the `length` lowest bytes of a packed word.
            var mask: UInt64
            var length: Int
            var language: Language
            /// Must start with "é" (`accentedEndings`).
            var accented: Bool
        }

        /// All endings, those of one last byte together.
        private var endings: [Ending] = []
        /// Where the endings of each ASCII last byte start in `endings`; the next byte's start is where they stop.
        private var starts: [Int] = []

        init(_ list: [(ending: String, language: Language)]) {
            for last in 0..<128 {
                starts.append(endings.count)
                for (ending, language) in list where ending.utf8.last == UInt8(last) {
                    var packed: UInt64 = 0
                    for byte in ending.utf8 { packed = packed << 8 | UInt64(byte) }
                    let length = ending.utf8.count
                    endings.append(Ending(packed: packed, mask: length >= 8 ? .max : (1 << (8 * UInt64(length))) - 1,
                                          length: length, language: language, accented: accentedEndings.contains(ending)))
                }
            }
            starts.append(endings.count)
        }

        /// The language of the first ending the folded word `bytes` ends with, three letters at least before it;
        /// `text`, the word as written, says whether an accented ending starts with "é".
        func language(ofWord bytes: UnsafeBufferPointer<UInt8>, text: String) -> Language? {
            guard let last = bytes.last, last < 0x80 else { return nil }
            let group = starts[Int(last)]..<starts[Int(last) + 1]
            guard !group.isEmpty else { return nil }
            // The word's last eight bytes at most, the last one lowest; no ending is longer.
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            var index = bytes.count
            while index > 0 && shift < 64 {
                index -= 1
                tail |= UInt64(bytes[index]) << shift
                shift += 8
            }
            for position in group {
                let ending = endings[position]
                guard bytes.count >= ending.length + 3 && tail & ending.mask == ending.packed else { continue }
                if ending.accented && !isAccented(text, endingLength: ending.length) { continue }
                return ending.language
            }
            return nil
        }
    }

    private static let endingTable = EndingTable(endings)

    /// "é" starts the ending: "condamnée", not "signe" (the folded form has lost the accent).
    private static func isAccented(_ text: String, endingLength: Int) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ isAccented(utf8: $0, endingLength: endingLength) }) {
            return found
        }
        return text.unicodeScalars.reversed().dropFirst(endingLength - 1).first == "é"
    }

    /// Whether the `endingLength`-th scalar from the end of the UTF-8 `bytes` is "é", read on the bytes: walking the
    /// text's scalars backwards decoded each of them, for most French words. A scalar starts at every byte that is
    /// not a continuation byte (10xxxxxx); "é" is the two bytes C3 A9, and a scalar that ends in them is "é", since
    /// C3 starts a two-byte sequence.
    static func isAccented(utf8 bytes: UnsafeBufferPointer<UInt8>, endingLength: Int) -> Bool {
        /// Where the scalar being asked about ends: after stepping back over the ending's other scalars.
        var end = bytes.count
        for _ in 1..<max(endingLength, 1) {
            guard end > 0 else { return false }
            end -= 1
            while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        return end >= 2 && bytes[end - 2] == 0xC3 && bytes[end - 1] == 0xA9
    }

    /// "¿" or "¡". Both start with the byte 0xC2: other punctuation is answered from its first byte, without
    /// String's general comparison with a non-ASCII literal.
    static func isInvertedMark(_ text: String) -> Bool {
        text.utf8.first == 0xC2 && (text == "¿" || text == "¡")
    }

    /// A language's place in `counts`, without the String comparison a raw-value enum's `==` makes.
    static func slot(_ language: Language) -> Int {
        switch language {
        case .fr: 0
        case .en: 1
        case .es: 2
        }
    }
}
