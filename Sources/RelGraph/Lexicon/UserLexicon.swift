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
///     frame         slap* sanction*      SANCTION       en     verb   source=subject target=on|against
///
/// For `person` the key is the state or organization the person serves and
/// the fourth column the role. Entries without a language apply to all three.
/// A `frame` adds an event trigger: its words (`*` ends a stem), its PLOVER type, a language (or `-` for all
/// three), optionally its kind (`verb`, `noun`, `visit`, `receive`, `deny`, `reciprocal`; `verb` by default) and
/// where its source and target stand in the sentence's parse (the language's default for the kind and type when
/// left out).
public struct UserLexicon: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var entry: LexiconEntry
        var language: Language?
    }

    private(set) var entries: [Entry] = []
    private(set) var persons: [Leader] = []
    /// Display names of the organizations the file adds, by id.
    private(set) var organizationLabels: [String: String] = [:]
    /// Event triggers the file adds, with the language they apply to (nil: all three).
    private(set) var frames: [Frame] = []

    struct Frame: Sendable, Equatable {
        var trigger: Trigger
        var language: Language?
    }

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
        frames += other.frames
        organizationLabels.merge(other.organizationLabels) { first, _ in first }
    }

    /// The entries for `language`.
    func entries(_ language: Language) -> [LexiconEntry] {
        entries.filter { $0.language == nil || $0.language == language }.map(\.entry)
    }

    /// The triggers the file adds for `language`.
    func triggers(_ language: Language) -> [Trigger] {
        frames.filter { $0.language == nil || $0.language == language }.map(\.trigger)
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
            let surname = NameParticles.surname(of: surface)
            persons.append(Leader(fullName: surface, aliases: [], affiliation: key, role: role, surnames: [surname]))
            return
        }
        if kind == "frame" { return try addFrame(fields, at: number, name: name) }
        guard let form = Self.forms[kind] else {
            throw LexiconError.malformed(name, line: number, reason: "unknown kind '\(kind)'; use state, demonym, seat, organization, title, media, region, person or frame")
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

extension UserLexicon {
    /// `frame  words  TYPE  language|-  [kind]  [source=… target=…]`
    private mutating func addFrame(_ fields: [String], at number: Int, name: String) throws {
        func fail(_ reason: String) -> LexiconError { .malformed(name, line: number, reason: reason) }
        guard let type = EventType(rawValue: fields[2].uppercased()), type != .affiliation else {
            throw fail("unknown event type '\(fields[2])'; use one of the 16 PLOVER types (SANCTION, CONSULT, …)")
        }
        var language: Language?
        if fields.count > 3, fields[3] != "-" {
            guard let parsed = Language(rawValue: fields[3]) else { throw fail("unknown language '\(fields[3])'; use fr, en, es or -") }
            language = parsed
        }
        var kind = Trigger.Frame.verb
        var rest = fields.dropFirst(4)
        if let first = rest.first, !first.contains("=") {
            guard let parsed = Trigger.Frame(rawValue: first) else {
                throw fail("unknown trigger kind '\(first)'; use verb, noun, visit, receive, deny or reciprocal")
            }
            kind = parsed
            rest = rest.dropFirst()
        }
        var arguments: ArgumentFrame?
        if !rest.isEmpty {
            guard let parsed = ArgumentFrame(rest.joined(separator: " ")[...]) else {
                throw fail("cannot read the arguments '\(rest.joined(separator: " "))'; write source=ROLE|ROLE target=ROLE|ROLE")
            }
            arguments = parsed
        }
        let trigger = Trigger(type: type, frame: kind, patterns: TriggerLexicon.patternTokens(fields[1][...]), arguments: arguments)
        frames.append(Frame(trigger: trigger, language: language))
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
