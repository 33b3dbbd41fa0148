/// A language relgraph reads. Lexicons are per language; the raw value is the ISO 639-1 code.
public enum Language: String, Codable, Sendable, CaseIterable {
    case fr, en, es
}
