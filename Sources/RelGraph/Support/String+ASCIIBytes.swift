/// Substring tests for the extraction's own ASCII names (a relation's rule, "subject+previous-subject"), compared byte by
/// byte in place.
///
/// `contains(_:)` on a String is Foundation's search, and `hasSuffix(_:)` compares Characters: each cost thousands of
/// instructions a relation. On ASCII text the bytes answer the same.
extension String {
    /// Whether the text ends with `suffix`, an ASCII string.
    func hasASCIISuffix(_ suffix: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return utf8.count >= wanted.count && utf8.suffix(wanted.count).elementsEqual(wanted)
    }

    /// Whether `part`, an ASCII string, stands anywhere in the text.
    func containsASCII(_ part: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        let bytes = Array(utf8)
        guard bytes.count >= wanted.count else { return false }
        return (0...bytes.count - wanted.count).contains { start in bytes[start..<start + wanted.count].elementsEqual(wanted) }
    }
}
