import Foundation

/// Actors and aliases a user adds without rebuilding relgraph (`--lexicon FILE`).
///
/// A tab-separated file, one entry a line; blank lines and lines starting
/// with `#` are ignored:
///
///     # kind        surface              key            language (optional)
///     state         Kyiv                 UKR
///     demonym       kievan               UKR            en
///     seat          Bankova              UKR
///     organization  Wagner Group         wagner-group
///     title         hetman               leader
///     media         Kyiv Independent     -
///     region        Donbas               -
///     person        Olena Kovalenko      UKR            minister
///
/// For `person` the key is the state or organization the person serves and
/// the fourth column the role. Entries without a language apply to all three.
public struct UserLexicon: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var entry: LexiconEntry
        var language: Language?
    }

    private(set) var entries: [Entry] = []
    private(set) var persons: [Leader] = []
    /// Display names of the organizations the file adds, by id.
    private(set) var organizationLabels: [String: String] = [:]

    public init() {}

    /// Reads a lexicon file.
    /// - Throws: `LexiconError` naming the file and line that cannot be read.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw LexiconError.unreadable(path) }
        try self.init(parsing: String(decoding: data, as: UTF8.self), name: path)
    }

    public init(parsing text: String, name: String = "lexicon") throws {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            try add(line: trimmed, at: number + 1, name: name)
        }
    }

    /// Adds another file's entries after this one's.
    public mutating func merge(_ other: UserLexicon) {
        entries += other.entries
        persons += other.persons
        organizationLabels.merge(other.organizationLabels) { first, _ in first }
    }

    /// The entries for `language`.
    func entries(_ language: Language) -> [LexiconEntry] {
        entries.filter { $0.language == nil || $0.language == language }.map(\.entry)
    }

    /// Persons the file adds whose name or surname is `surname`.
    func persons(surname: String) -> [Leader] {
        persons.filter { $0.surnames.contains { TextFolding.fold($0) == surname } }
    }

    private static let forms: [String: LexiconEntry.Form] = [
        "state": .stateName, "demonym": .demonym, "seat": .seat, "organization": .organization,
        "title": .title, "media": .media, "region": .region,
    ]

    private mutating func add(line: String, at number: Int, name: String) throws {
        let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard fields.count >= 3 else { throw LexiconError.malformed(name, line: number, reason: "expected kind, surface and key separated by tabs") }
        let (kind, surface, key) = (fields[0].lowercased(), fields[1], fields[2])
        if kind == "person" {
            let role = fields.count > 3 ? fields[3] : "official"
            let surname = surface.split(separator: " ").last.map(String.init) ?? surface
            persons.append(Leader(fullName: surface, aliases: [], affiliation: key, role: role, surnames: [surname]))
            return
        }
        guard let form = Self.forms[kind] else {
            throw LexiconError.malformed(name, line: number, reason: "unknown kind '\(kind)'; use state, demonym, seat, organization, title, media, region or person")
        }
        if [.stateName, .demonym, .seat].contains(form), !CountryCodes.isStateCode(key) {
            throw LexiconError.malformed(name, line: number, reason: "'\(key)' is not an ISO 3166 alpha-3 code")
        }
        var language: Language?
        if fields.count > 3 {
            guard let parsed = Language(rawValue: fields[3]) else {
                throw LexiconError.malformed(name, line: number, reason: "unknown language '\(fields[3])'; use fr, en or es")
            }
            language = parsed
        }
        entries.append(Entry(entry: LexiconEntry(surface: surface, key: key, form: form), language: language))
        if form == .organization, organizationLabels[key] == nil { organizationLabels[key] = surface }
    }
}

/// Why a user lexicon cannot be used.
public enum LexiconError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case malformed(String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): "cannot read lexicon '\(path)'"
        case .malformed(let path, let line, let reason): "lexicon '\(path)', line \(line): \(reason)"
        }
    }
}
