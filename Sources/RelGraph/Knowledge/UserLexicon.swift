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
    /// Positions in `persons`, by folded surname.
    private var personsBySurname: [String: [Int]] = [:]
    /// Display names of the organizations the file adds, by id.
    private(set) var organizationLabels: [String: String] = [:]
    /// Event triggers the file adds, with the language they apply to (nil: all three).
    private(set) var frames: [Frame] = []

    struct Frame: Sendable, Equatable {
        var trigger: Trigger
        var language: Language?
    }

    public init() {}

    /// Reads a lexicon file (a pipe or `-` too), in any encoding an article may have: UTF-8 with or without a
    /// byte order mark, UTF-16 or UTF-32 with one, Windows-1252; lines may end in CRLF.
    /// - Parameter byteLimit: the largest file read.
    /// - Throws: `LexiconError` naming the file, and the line that cannot be read.
    public init(contentsOf path: String, byteLimit: Int = ArticleReader.defaultByteLimit) throws {
        let text: String
        do {
            text = try ArticleReader.readText(path, byteLimit: byteLimit)
        } catch InputError.binary {
            throw LexiconError.notText(path)
        } catch let error as InputError {
            throw LexiconError.unreadable(path, reason: error.description)
        }
        try self.init(parsing: text, name: path)
    }

    /// The longest line read, in bytes: far above any entry, low enough that a file of one huge line is refused
    /// before its surface is tokenized.
    public static let lineLimit = 4096

    public init(parsing text: String, name: String = "lexicon") throws {
        // Bytes, not Characters: "\r\n" is one Character, and splitting on "\n" would leave CRLF files whole.
        for (number, bytes) in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard bytes.count <= Self.lineLimit else {
                throw LexiconError.malformed(name, line: number + 1, reason: "the line is longer than \(Self.lineLimit) bytes")
            }
            let line = String(decoding: bytes.last == 0x0D ? bytes.dropLast() : bytes[...], as: UTF8.self)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            try add(line: trimmed, at: number + 1, name: name)
        }
    }

    /// Adds another file's entries after this one's.
    public mutating func merge(_ other: UserLexicon) {
        entries += other.entries
        for person in other.persons { add(person) }
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
        // Most lexicons add no person: an empty table is not hashed into.
        guard !personsBySurname.isEmpty else { return [] }
        return (personsBySurname[surname] ?? []).map { persons[$0] }
    }

    /// Adds a person, indexed by folded surname: the index is asked for every capitalized word of every
    /// article, so a long list of persons costs one lookup, not a scan.
    private mutating func add(_ person: Leader) {
        for surname in Set(person.surnames.map(TextFolding.fold)) { personsBySurname[surname, default: []].append(persons.count) }
        persons.append(person)
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
            guard CountryCodes.isStateCode(key) || Self.isKey(key) else {
                throw LexiconError.malformed(name, line: number, reason: Self.badKey(key, "an ISO 3166 alpha-3 code or an organization id"))
            }
            let role = fields.count > 3 ? fields[3] : "official"
            let surname = NameParticles.surname(of: surface)
            add(Leader(fullName: surface, aliases: [], affiliation: key, role: role, surnames: [surname]))
            return
        }
        if kind == "frame" { return try addFrame(fields, at: number, name: name) }
        guard let form = Self.forms[kind] else {
            throw LexiconError.malformed(name, line: number, reason: "unknown kind '\(kind)'; use state, demonym, seat, organization, title, media, region, person or frame")
        }
        if [.stateName, .demonym, .seat].contains(form), !CountryCodes.isStateCode(key) {
            throw LexiconError.malformed(name, line: number, reason: "'\(key)' is not an ISO 3166 alpha-3 code")
        }
        guard Self.isKey(key) else { throw LexiconError.malformed(name, line: number, reason: Self.badKey(key, "a key")) }
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
    /// Whether `key` can name an organization or a role: letters, digits, marks and spaces, with `-`, `_`, `.`,
    /// `'`, `(` and `)`, at most 100 characters.
    ///
    /// Keys become node ids, SVG ids and titles and CSV cells: a key with `&`, `<`, a backslash or a control
    /// character would be read as markup, an entity or an escape by one of the tools along the way.
    static func isKey(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.count <= 100 && key.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || keyPunctuation.contains(scalar)
                || [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory)
        }
    }

    private static let keyPunctuation: Set<Unicode.Scalar> = [" ", "-", "_", ".", "'", "(", ")"]

    private static func badKey(_ key: String, _ expected: String) -> String {
        "'\(key)' is not \(expected); a key is letters, digits and spaces with - _ . ' ( ), at most 100 characters"
    }

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
    /// The file cannot be read; `reason` is the input error, which names the file.
    case unreadable(String, reason: String)
    case malformed(String, line: Int, reason: String)
    /// The file holds binary data (or UTF-16 without a byte order mark), not tab-separated text.
    case notText(String)

    public var description: String {
        switch self {
        case .unreadable(_, let reason): "lexicon: \(reason)"
        case .notText(let path):
            "lexicon '\(path)': it is not text (binary data, or UTF-16 without a byte order mark); give a tab-separated text file"
        case .malformed(let path, let line, let reason): "lexicon '\(path)', line \(line): \(reason)"
        }
    }
}
