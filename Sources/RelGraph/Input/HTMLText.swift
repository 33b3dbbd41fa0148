/// Reduces a saved web page to the text a reader sees.
///
/// Scripts, styles and comments are dropped with their content; block
/// elements become line breaks so that headlines and paragraphs stay
/// separate sentences; the common named entities and every numeric entity
/// are decoded. It is a reader of news pages, not a full HTML parser: what
/// it cannot read is kept as text, never interpreted.
enum HTMLText {
    /// True when the text looks like HTML: a doctype or an `<html>`, `<body>`, `<p>` or `<div>` tag near the start.
    static func looksLikeHTML(_ text: String) -> Bool {
        // Every marker starts with "<" (or "≮", which holds one canonically):
        // without either, skip lower-casing and Foundation's searches, which
        // cost as much as extracting a plain article. A byte scan of the whole
        // text decides it, without walking Characters.
        guard mayHoldTag(text) else { return false }
        let start = text.prefix(2048)
        guard start.unicodeScalars.contains(where: { $0 == "<" || $0 == "\u{226E}" }) else { return false }
        let head = start.lowercased()
        return ["<!doctype html", "<html", "<body", "<head", "<p>", "<div", "<article"].contains { head.contains($0) }
    }

    /// False only when the text holds neither "<" nor "≮" (UTF-8 E2 89 AE) anywhere.
    static func mayHoldTag(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            // Indices, not `enumerated()`: the plain loop is a few instructions a byte, for every byte of every article.
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "<") || bytes[offset] == 0xE2 {
                if bytes[offset] == UInt8(ascii: "<") { return true }
                if offset + 2 < bytes.count, bytes[offset + 1] == 0x89, bytes[offset + 2] == 0xAE { return true }
            }
            return false
        } ?? true
    }

    static func text(_ html: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        // No ">" at or after this index: a page of unclosed "<" is read once, not searched to its end at each.
        var unclosedFrom = scalars.count + 1
        while index < scalars.count {
            switch scalars[index] {
            case "<":
                index = skipTag(scalars, at: index, into: &output, unclosedFrom: &unclosedFrom)
            case "&":
                index = decodeEntity(scalars, at: index, into: &output)
            default:
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// Elements whose content is not text.
    private static let hiddenElements = ["script", "style", "noscript", "template", "svg", "head"]
    /// Elements that end a line.
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
        "header", "footer", "blockquote", "figcaption", "figure", "title", "nav", "aside", "main",
    ]

    private static func skipTag(_ scalars: [Unicode.Scalar], at start: Int, into output: inout String.UnicodeScalarView,
                                unclosedFrom: inout Int) -> Int {
        if matches(scalars, at: start, "<!--") {
            return (find(scalars, "-->", from: start + 4) ?? scalars.count - 3) + 3
        }
        guard start + 1 < unclosedFrom, let close = find(scalars, ">", from: start + 1) else {
            unclosedFrom = min(unclosedFrom, start + 1)
            output.append(scalars[start])
            return start + 1
        }
        let name = tagName(scalars, from: start + 1, to: close)
        if let hidden = hiddenElements.first(where: { $0 == name }) {
            let end = find(scalars, "</\(hidden)", from: close, caseInsensitive: true) ?? scalars.count
            return (find(scalars, ">", from: end) ?? scalars.count - 1) + 1
        }
        if blockElements.contains(name) { output.append("\n") } else { output.append(" ") }
        return close + 1
    }

    private static func tagName(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
        var name = ""
        for scalar in scalars[start..<end] {
            if scalar == "/" && name.isEmpty { continue }
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
            name.unicodeScalars.append(scalar)
        }
        return name.lowercased()
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "laquo": "«", "raquo": "»",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "hellip": "…", "mdash": "—",
        "ndash": "–", "eacute": "é", "egrave": "è", "ecirc": "ê", "agrave": "à", "acirc": "â", "ccedil": "ç",
        "ocirc": "ô", "icirc": "î", "ucirc": "û", "ugrave": "ù", "ntilde": "ñ", "aacute": "á", "iacute": "í",
        "oacute": "ó", "uacute": "ú", "Eacute": "É", "Agrave": "À", "Ccedil": "Ç", "Ntilde": "Ñ", "euml": "ë", "iuml": "ï",
    ]

    private static func decodeEntity(_ scalars: [Unicode.Scalar], at start: Int, into output: inout String.UnicodeScalarView) -> Int {
        guard let end = (start + 1..<min(scalars.count, start + 12)).first(where: { scalars[$0] == ";" }) else {
            output.append("&")
            return start + 1
        }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        if let scalar = namedEntities[body] ?? numericEntity(body) {
            output.append(scalar)
            return end + 1
        }
        output.append("&")
        return start + 1
    }

    private static func numericEntity(_ body: String) -> Unicode.Scalar? {
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }

    private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ literal: String) -> Bool {
        let pattern = Array(literal.unicodeScalars)
        guard index + pattern.count <= scalars.count else { return false }
        return Array(scalars[index..<index + pattern.count]) == pattern
    }

    private static func find(_ scalars: [Unicode.Scalar], _ literal: String, from start: Int, caseInsensitive: Bool = false) -> Int? {
        let pattern = Array((caseInsensitive ? literal.lowercased() : literal).unicodeScalars)
        guard !pattern.isEmpty, start <= scalars.count - pattern.count else { return nil }
        for index in start...(scalars.count - pattern.count) {
            var found = true
            for offset in pattern.indices {
                var scalar = scalars[index + offset]
                if caseInsensitive, ("A"..."Z").contains(scalar) { scalar = Unicode.Scalar(scalar.value + 32) ?? scalar }
                if scalar != pattern[offset] { found = false; break }
            }
            if found { return index }
        }
        return nil
    }
}
