import Foundation

/// The XML of the GraphML and GEXF exports: a tree of value elements, written in one pass.
///
/// Written by hand rather than with FoundationXML: that module links libxml2 (and with it ICU
/// and liblzma), which every run of the binary then loaded at start-up, and its node tree could
/// crash when freed. Exports need only elements, attributes in a fixed order and escaped text.
enum XMLText {
    /// An element: attributes in the given order (dictionaries would shuffle them), then either text or children.
    struct Element: Sendable {
        var name: String
        var attributes: [(name: String, value: String)]
        var text: String?
        var children: [Element] = []

        init(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil, children: [Element] = []) {
            self.name = name
            self.attributes = attributes.map { (name: $0.0, value: $0.1) }
            self.text = text
            self.children = children
        }
    }

    /// A document around `root`: an XML declaration, then the elements indented by two spaces, one per
    /// line, an element with text on a single line, ending with a newline.
    static func data(_ root: Element) -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n"
        write(root, depth: 0, to: &out)
        return Data(out.utf8)
    }

    private static func write(_ element: Element, depth: Int, to out: inout String) {
        let indent = String(repeating: "  ", count: depth)
        out += indent + "<" + element.name
        for attribute in element.attributes {
            out += " " + attribute.name + "=\"" + escaped(clean(attribute.value), in: attributeEscapes) + "\""
        }
        out += ">"
        if element.children.isEmpty {
            out += escaped(clean(element.text ?? ""), in: textEscapes) + "</" + element.name + ">\n"
            return
        }
        out += "\n"
        for child in element.children { write(child, depth: depth + 1, to: &out) }
        out += indent + "</" + element.name + ">\n"
    }

    /// What text content must escape: markup, and carriage returns, which a parser would turn into newlines.
    private static let textEscapes: [UInt8: String] = [
        UInt8(ascii: "&"): "&amp;", UInt8(ascii: "<"): "&lt;", UInt8(ascii: ">"): "&gt;", 0x0D: "&#13;",
    ]

    /// What an attribute value must escape besides: its quote, and the whitespace a parser would turn into spaces.
    private static let attributeEscapes = textEscapes.merging([
        UInt8(ascii: "\""): "&quot;", 0x0A: "&#10;", 0x09: "&#9;",
    ]) { $1 }

    /// `text` with the bytes of `table` replaced; all are ASCII, so UTF-8 sequences pass through whole.
    static func escaped(_ text: String, in table: [UInt8: String]) -> String {
        guard text.utf8.contains(where: { table[$0] != nil }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var start = text.utf8.startIndex
        for index in text.utf8.indices {
            guard let replacement = table[text.utf8[index]] else { continue }
            result += text[start..<index] + replacement
            start = text.utf8.index(after: index)
        }
        return result + text[start...]
    }

    /// `text` without the control characters XML 1.0 forbids (all below U+0020 but tab, newline and return),
    /// which an article pasted from a PDF or a word processor may carry and which would make the file unreadable.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r")
            || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
