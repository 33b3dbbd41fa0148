import Foundation

/// The words and phrases that state PLOVER events, in French, English and Spanish.
///
/// One row per trigger: `language | type | frame | pattern`. A pattern is
/// folded words separated by spaces; `*` ends a stem that takes every
/// inflection ("sanction*" is sanction, sanctions, sanctionné, sanctioned).
/// Determiners may stand between the words of a phrase. Where several
/// triggers match at one place the longest wins, then the longest stem, so
/// "appel téléphonique" (CONSULT) beats "appel" (REQUEST).
///
/// A stem takes every word that starts with it, so a stem that would also take unrelated words is written as its
/// inflections ("urge, urged, urges, urging", not "urg*", which takes "urgent") or as a phrase ("dispatch* troops").
/// A stem whose nouns name the event ("desarm*": "el desarme") has those nouns in the type's noun row as well: after
/// a determiner the noun reading wins and takes the noun's frame.
///
/// A visit reads visitor → host whichever verb states it: a host's verb ("received", "a reçu", "recibió") takes its
/// visitor from its object, else from whose visit or call it received ("la visite de", "a call from"), and the host
/// from its subject, so that it agrees with "visited", "s'est rendu", "visitó".
enum TriggerLexicon {
    static func triggers(_ language: Language) -> [Trigger] {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = parse(.fr)
    private static let english = parse(.en)
    private static let spanish = parse(.es)

    private static func parse(_ language: Language) -> [Trigger] {
        // Cut on bytes, as the lexicon tables are: "\n", "|" and "," are ASCII.
        LexiconTable.pieces(rows(language), separatedBy: UInt8(ascii: "\n")).flatMap { line -> [Trigger] in
            let fields = LexiconTable.pieces(line, separatedBy: UInt8(ascii: "|"))
            guard fields.count >= 4, fields[0] == language.rawValue, let frame = Trigger.Frame(rawValue: fields[2]),
                  let type = frame == .imitate && fields[1] == "*" ? Trigger.repeatedType : EventType(rawValue: fields[1])
            else { return [] }
            let arguments = fields.count > 4 ? ArgumentFrame(LexiconTable.rest(fields, from: 4)[...]) : nil
            return LexiconTable.values(fields[3], separatedBy: UInt8(ascii: ",")).flatMap { phrase in
                withFusedArticles(patternTokens(Substring(phrase)), language).map {
                    Trigger(type: type, frame: frame, patterns: $0, arguments: arguments)
                }
            }
        }
    }

    /// A phrase that ends in a preposition ends as well in the preposition fused with the article after it: Spanish
    /// "llam* a" reads "llamó al diálogo", French "appel* à" "appelle au calme". So it does in the French preposition
    /// elided before a vowel: "provoqu* la colère de" reads "la colère d'Accra". Folded, as patterns are.
    private static let fusedPrepositions: [Language: [String: [String]]] = [
        .fr: ["a": ["au", "aux"], "de": ["du", "des", "d'"]],
        .es: ["a": ["al"], "de": ["del"]],
    ]

    /// `patterns`, then the same patterns ending in each fused form of their last preposition.
    private static func withFusedArticles(_ patterns: [String], _ language: Language) -> [[String]] {
        guard patterns.count >= 2, let last = patterns.last, let fused = fusedPrepositions[language]?[last] else { return [patterns] }
        return [patterns] + fused.map { patterns.dropLast() + [$0] }
    }

    /// Splits a phrase into per-token patterns the way the tokenizer splits text ("s'est" is "s'" + "est").
    static func patternTokens(_ phrase: Substring) -> [String] {
        words(of: phrase).flatMap { word -> [String] in
            let folded = TextFolding.fold(word)
            guard let apostrophe = apostrophe(in: folded), folded.index(after: apostrophe) != folded.endIndex,
                  folded.distance(from: folded.startIndex, to: apostrophe) <= 2 else { return [folded] }
            return [String(folded[...apostrophe]), String(folded[folded.index(after: apostrophe)...])]
        }
    }

    /// The phrase's words between spaces. Where each space is a character of its own, the bytes are cut where
    /// the characters would be, without breaking the phrase into characters: the lexicons hold thousands of
    /// phrases, read at every start. Elsewhere (a combining accent after a space, say) the characters cut it.
    private static func words(of phrase: Substring) -> [Substring] {
        guard standsAlone(UInt8(ascii: " "), in: phrase.utf8) else { return phrase.split(separator: " ") }
        return phrase.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }

    /// The first apostrophe of a folded word, found as `firstIndex(of: "'")` finds it.
    private static func apostrophe(in folded: String) -> String.Index? {
        guard standsAlone(UInt8(ascii: "'"), in: folded.utf8) else { return folded.firstIndex(of: "'") }
        return folded.utf8.firstIndex(of: UInt8(ascii: "'"))
    }

    /// Whether every `byte` (ASCII) is a character of its own: followed by ASCII or nothing (every scalar that
    /// joins the one before it lies outside ASCII) and preceded by a scalar below U+0600, whose UTF-8 starts
    /// below 0xD8 (every scalar that joins the one after it, an Arabic number sign say, lies above).
    private static func standsAlone(_ byte: UInt8, in bytes: some Collection<UInt8>) -> Bool {
        var leadBefore: UInt8 = 0
        var lead: UInt8 = 0
        var afterByte = false
        for current in bytes {
            if afterByte && current >= 0x80 { return false }
            let isContinuation = current & 0xC0 == 0x80
            if current == byte && leadBefore >= 0xD8 { return false }
            afterByte = current == byte
            if !isContinuation { lead = current }
            leadBefore = lead
        }
        return true
    }

    /// Rows: language | type | kind | comma-separated patterns | arguments (optional: `source=… target=…`, read by
    /// `ArgumentFrame`; without it the row takes `ArgumentDefaults`).
    static var table: String {
        [frenchRows, englishRows, spanishRows].joined(separator: "\n")
    }

    /// The rows of `language`, each language's in its own file under `Languages/`.
    static func rows(_ language: Language) -> String {
        switch language {
        case .fr: frenchRows
        case .en: englishRows
        case .es: spanishRows
        }
    }
}
