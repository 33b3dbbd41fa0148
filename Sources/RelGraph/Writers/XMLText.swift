import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Helpers for the XML exports: FoundationXML escapes `& < > "`, this removes what XML 1.0 cannot hold at all.
enum XMLText {
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

    /// An element with attributes in the given order (dictionaries would shuffle them) and optional text.
    static func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) -> XMLElement {
        let element = XMLElement(name: name)
        if let text { element.stringValue = clean(text) }
        for (key, value) in attributes {
            if let attribute = XMLNode.attribute(withName: key, stringValue: clean(value)) as? XMLNode {
                element.addAttribute(attribute)
            }
        }
        return element
    }

    /// A document around `root`, serialised with an XML declaration, indented, ending with a newline.
    static func data(_ root: XMLElement) -> Data {
        let document = XMLDocument(rootElement: root)
        document.version = "1.0"
        document.characterEncoding = "UTF-8"
        var data = document.xmlData(options: [.nodePrettyPrint])
        if data.last != 0x0A { data.append(0x0A) }
        return data
    }
}
