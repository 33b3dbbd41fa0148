import Foundation

/// Text bound for a terminal, with the characters that would drive it instead of being shown removed.
///
/// An article, a file name or a lexicon key can hold an escape sequence (ESC, or the C1 control CSI)
/// that sets the window title, clears the screen or rewrites what a reader sees. Line breaks and tabs
/// stay; every other C0 control, DEL and every C1 control goes.
public enum TerminalText {
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isControl($0) })
        return String(scalars)
    }

    /// UTF-8 text bound for a terminal, with the same characters removed, byte by byte: a CSV cell, a DOT
    /// tooltip or a CoNLL-U line may carry an article's escape sequences verbatim, which a file should keep
    /// but a terminal would obey. C1 controls are the two bytes `C2 80`…`C2 9F` in UTF-8.
    public static func printable(utf8 data: Data) -> Data {
        guard data.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return data }
        var kept = Data(capacity: data.count)
        var index = data.startIndex
        while index < data.endIndex {
            let byte = data[index]
            let next = data.index(after: index)
            if byte == 0xC2, next < data.endIndex, (0x80..<0xA0).contains(data[next]) {
                index = data.index(after: next)
                continue
            }
            if byte >= 0x20 && byte != 0x7F || byte == 0x09 || byte == 0x0A { kept.append(byte) }
            index = next
        }
        return kept
    }

    /// A name that is not UTF-8 (a file name from an older system, a Latin-1 argument), readable and safe to
    /// print: printable ASCII as it is, every other byte as `\xE9`.
    public static func printable(bytes: some Sequence<UInt8>) -> String {
        bytes.map { (0x20..<0x7F).contains($0) ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}
