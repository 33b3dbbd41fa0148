import Foundation

/// One line of a JSON Lines corpus:
/// `{"id": "...", "text": "...", "date": "2022-03-01", "lang": "en", "title": "...", "url": "https://..."}`.
///
/// `id` may be a string or a number (dumps use both); without one the
/// document is named after its file and line. `date` may be a day or an
/// ISO 8601 timestamp; only the day is kept. `lang` is a language tag
/// (`en`, `fr-FR`, `es_AR`): a short record cannot always say its language
/// through its words. `title` and `url` travel with every evidence sentence of the document, so each
/// line of the picture names the article it was read in and where to read it.
struct JSONLinesRecord: Decodable {
    var id: String?
    var text: String
    var date: String?
    var lang: String?
    var title: String?
    var url: String?

    private enum CodingKeys: String, CodingKey { case id, text, date, lang, title, url }

    /// What a line gives: a document, or a document in a language relgraph does not read, left out.
    enum Line: Equatable {
        case document(CorpusDocument)
        case otherLanguage(String)
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let string = try? container.decodeIfPresent(String.self, forKey: .id) {
            id = string
        } else if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
            id = String(number)
        } else {
            id = nil
        }
        text = try container.decode(String.self, forKey: .text)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        lang = try container.decodeIfPresent(String.self, forKey: .lang)
        title = Self.nonBlank(try container.decodeIfPresent(String.self, forKey: .title))
        url = Self.nonBlank(try container.decodeIfPresent(String.self, forKey: .url))
    }

    /// `value` trimmed, nil when nothing is left: an empty title names nothing.
    private static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// The language a tag names by its primary subtag ("en-GB" is English), nil for another language.
    static func language(ofTag tag: String) -> Language? {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return Language(rawValue: primary)
    }

    /// Decodes one line into a document.
    /// - Throws: `InputError.badLine` naming the line and what is wrong with it.
    static func document(from line: [UInt8], path: String, lineNumber: Int) throws -> Line {
        let record: JSONLinesRecord
        do {
            record = try JSONDecoder().decode(JSONLinesRecord.self, from: Data(line))
        } catch {
            throw InputError.badLine(path, line: lineNumber, reason: "expected a JSON object with a string \"text\" (and \"id\", \"date\", \"lang\", \"title\", \"url\" as strings)")
        }
        var day: String?
        if let date = record.date {
            guard let parsed = DocumentDate.day(date) else {
                throw InputError.badLine(path, line: lineNumber, reason: "date '\(date)' is not YYYY-MM-DD or an ISO 8601 timestamp")
            }
            day = parsed
        }
        var language: Language?
        if let tag = record.lang?.trimmingCharacters(in: .whitespaces), !tag.isEmpty {
            guard let known = Self.language(ofTag: tag) else { return .otherLanguage(tag) }
            language = known
        }
        let fallback = (path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) + ":\(lineNumber)"
        return .document(CorpusDocument(id: record.id ?? fallback, text: record.text, date: day, title: record.title,
                                         url: record.url, language: language))
    }
}
