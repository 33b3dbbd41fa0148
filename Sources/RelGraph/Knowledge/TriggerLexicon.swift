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
            guard fields.count >= 4, fields[0] == language.rawValue,
                  let type = EventType(rawValue: fields[1]), let frame = Trigger.Frame(rawValue: fields[2]) else { return [] }
            let arguments = fields.count > 4 ? ArgumentFrame(LexiconTable.rest(fields, from: 4)[...]) : nil
            return LexiconTable.values(fields[3], separatedBy: UInt8(ascii: ",")).map { phrase in
                Trigger(type: type, frame: frame, patterns: patternTokens(Substring(phrase)), arguments: arguments)
            }
        }
    }

    /// Splits a phrase into per-token patterns the way the tokenizer splits text ("s'est" is "s'" + "est").
    static func patternTokens(_ phrase: Substring) -> [String] {
        phrase.split(separator: " ").flatMap { word -> [String] in
            let folded = TextFolding.fold(word)
            guard let apostrophe = folded.firstIndex(of: "'"), folded.index(after: apostrophe) != folded.endIndex,
                  folded.distance(from: folded.startIndex, to: apostrophe) <= 2 else { return [folded] }
            return [String(folded[...apostrophe]), String(folded[folded.index(after: apostrophe)...])]
        }
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
