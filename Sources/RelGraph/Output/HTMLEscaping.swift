import Foundation

/// Escaping for text placed in an HTML page: the one place article text becomes HTML.
enum HTMLEscaping {
    /// `text` with `& < > " '` as entities, safe both between tags and inside quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let entity = entities[scalar] {
                result += entity
            } else if (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                // Forbidden in XML 1.0 and meaningless in HTML.
                continue
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let entities: [Unicode.Scalar: String] = [
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;",
    ]

    /// `sentence` escaped, with the first occurrence of `trigger` (case and accents ignored) wrapped in `<mark>`.
    static func highlighting(_ trigger: String?, in sentence: String) -> String {
        guard let trigger, !trigger.isEmpty,
              let range = sentence.range(of: trigger, options: [.caseInsensitive, .diacriticInsensitive])
        else { return escape(sentence) }
        return escape(String(sentence[..<range.lowerBound])) + "<mark>" + escape(String(sentence[range]))
            + "</mark>" + escape(String(sentence[range.upperBound...]))
    }

    /// `address` when it is a web address a link may point to (`http:` or `https:`), nil otherwise: a corpus's
    /// `url` field must not become a `javascript:` link in the report.
    static func webAddress(_ address: String?) -> String? {
        guard let address else { return nil }
        let lowered = address.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://") ? address : nil
    }
}
