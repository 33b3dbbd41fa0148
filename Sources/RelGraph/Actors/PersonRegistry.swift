/// The persons of one document, merged as later mentions reveal more of their name or office.
///
/// "Amina Diallo" and a later "Diallo" are one person; two persons who
/// share a surname ("Khalid bin Salman Al Nahyan", "Omar bin Zayed Al
/// Nahyan") stay apart, and a bare "Al Nahyan" then joins neither.
struct PersonRegistry: Sendable {
    private(set) var persons: [Person] = []
    /// Where the article first names each person, index for index with `persons`.
    private(set) var firstMentions: [FirstMention] = []

    /// The token of a person's first mention, the states its sentence names, and where that sentence starts (`Int.max`
    /// when not known).
    struct FirstMention: Sendable {
        var token: Int
        var states: Set<String>
        var sentenceStart = Int.max
    }

    /// Registers a person or merges them into the one they already are; returns its index.
    mutating func register(_ person: Person, at first: FirstMention = FirstMention(token: 0, states: [])) -> Int {
        if let index = matches(person.keys).onlyElement {
            merge(person, into: index)
            if first.token < firstMentions[index].token { firstMentions[index] = first }
            return index
        }
        persons.append(person)
        firstMentions.append(first)
        return persons.count - 1
    }

    /// The persons whose name a mention with these folded tokens can stand for: by the surname or the words that end
    /// the name ("Diallo"), or by the given names that start it ("María Ángela" of "María Ángela Holguín").
    func matches(_ keys: [String]) -> [Int] {
        guard !keys.isEmpty else { return [] }
        return persons.indices.filter { index in
            persons[index].keys.ends(with: keys) || keys.ends(with: persons[index].keys)
                || (keys.count < persons[index].keys.count && persons[index].keys.starts(with: keys))
                || Self.isShortForm(keys, of: persons[index].keys) || Self.isShortForm(persons[index].keys, of: keys)
        }
    }

    /// The one person a surname-only mention stands for, if exactly one fits.
    func resolve(_ keys: [String]) -> Int? {
        let candidates = matches(keys).filter {
            persons[$0].keys.ends(with: keys) || persons[$0].keys.starts(with: keys) || Self.isShortForm(keys, of: persons[$0].keys)
        }
        return candidates.onlyElement
    }

    /// "Kofi Mensah", "Mensah" of "Kofi Ato Mensah Boateng": a name of two given names and two
    /// surnames is shortened to its first given name and first surname, or to that surname alone, which ends it no more.
    static func isShortForm(_ short: [String], of full: [String]) -> Bool {
        guard full.count >= 3, short.count < full.count, let first = short.first else { return false }
        if short.count == 1 { return full.dropFirst().dropLast().contains(first) }
        guard first == full[0] else { return false }
        var rest = full.dropFirst()[...]
        for key in short.dropFirst() {
            guard let found = rest.firstIndex(of: key) else { return false }
            rest = rest[(found + 1)...]
        }
        return true
    }

    /// Roles that name the same office in different traditions: "the emir of Bahrain" is Bahrain's ruler.
    /// Roles that name someone only in relation to another person: who they are depends on who acts.
    private static let relationalRoles: Set<String> = ["counterpart"]

    private static let roleClasses: [Set<String>] = [
        ["president", "king", "queen", "monarch", "emir", "sultan", "ruler", "head of state", "supreme leader"],
        ["prime minister", "head of government", "chancellor", "premier"],
        ["foreign minister", "secretary of state"],
        envoyRoles,
    ]

    /// Offices of those a state sends to another, one office under three titles: "the Uzbek ambassador", expelled in
    /// the first lines, is the ambassador or envoy the article names later, even in a sentence that does not name his state.
    private static let envoyRoles: Set<String> = ["ambassador", "envoy", "charge d'affaires"]

    /// The offices of heads of state and of government: who "the two leaders" are, whatever their titles.
    static let leaderRoles: Set<String> = roleClasses[0].union(roleClasses[1])

    /// The person a title-only mention ("le président russe") written at `position` stands for, if exactly one fits:
    /// first by the same title, then by the same office.
    ///
    /// The classes of `roleKey` are found once, not once per person: most titles belong to none, and then only
    /// the same title is the same office, with no set hashed per person.
    func resolve(roleKey: String, country: String?, organization: String?, at position: Int = .max) -> Int? {
        // "son homologue" alone is whoever faces the one acting, not the one counterpart the article named.
        if Self.relationalRoles.contains(roleKey), country == nil, organization == nil { return nil }
        if let index = resolve(country: country, organization: organization, at: position, role: { $0 == roleKey }) { return index }
        // "recibió a su homólogo mexicano": the one official of that state named before, whatever their title.
        if Self.relationalRoles.contains(roleKey), let country, organization == nil {
            return persons.indices.filter { index in
                persons[index].country == country && persons[index].roleKey != nil && firstMentions[index].token <= position
            }.onlyElement
        }
        let classes = Self.roleClasses.filter { $0.contains(roleKey) }
        if let index = resolve(country: country, organization: organization, at: position, laterHoldersServe: Self.envoyRoles.contains(roleKey),
                               role: { role in
            guard let role else { return false }
            return role == roleKey || classes.contains { $0.contains(role) }
        }) { return index }
        // "el ministro japonés" after "el ministro de Exteriores japonés, X": a bare title names the one holder of an
        // office of its kind.
        guard let otherKinds = Self.bareTitles[roleKey] else { return nil }
        return resolve(country: country, organization: organization, at: position) { role in
            guard let role else { return false }
            return role.hasSuffix(" " + roleKey) && !otherKinds.contains(role)
        }
    }

    /// Bare titles that name any office whose title ends with them, and the offices so named that are of another kind:
    /// "the minister" is never the prime minister.
    private static let bareTitles: [String: Set<String>] = ["minister": ["prime minister", "deputy prime minister"]]

    /// - Parameter laterHoldersServe: a holder named later with no state of their own may serve the title's state in any
    ///   sentence (`envoyRoles`).
    private func resolve(country: String?, organization: String?, at position: Int, laterHoldersServe: Bool = false,
                         role matches: (String?) -> Bool) -> Int? {
        /// Reads each person's fields in place: copying a `Person` retained its six Strings and its keys.
        let candidates = persons.indices.filter { index in
            guard matches(persons[index].roleKey) else { return false }
            if let country, let known = persons[index].country, known != country { return false }
            if let country, persons[index].posting == country { return false }
            if let organization, let known = persons[index].organization, known != organization { return false }
            // "NATO leaders" is no state's leader, and "the Chinese leader" is no organization's.
            if organization != nil, persons[index].organization == nil, persons[index].country != nil { return false }
            if country != nil, persons[index].country == nil, persons[index].organization != nil { return false }
            // "China's foreign minister said… Foreign Minister X said… Iran…": a holder of the office named later with
            // no state may serve another state. The title gives its state to one named before, or to one named later
            // in a sentence that names that state too ("Qatar's foreign minister said… Foreign Minister X said
            // Qatar's emir…").
            // In the title's own sentence, the title's state is among those named: "the Kenyan president paid a visit at
            // the invitation of President X" names two presidents.
            if let country, !laterHoldersServe, persons[index].country == nil, firstMentions[index].token > position,
               firstMentions[index].sentenceStart <= position || !firstMentions[index].states.contains(country) { return false }
            return true
        }
        // "The President was welcomed by his counterpart, President X": a title with neither state nor organization
        // takes up the one holder named before it, when someone was; one named after stands for it only when no one was,
        // and only in the title's own sentence ("l'exécutif du premier ministre" is not the prime minister of another
        // state whom a later sentence names).
        if country == nil, organization == nil {
            let before = candidates.filter { firstMentions[$0].token <= position }
            if !before.isEmpty { return before.onlyElement }
            return candidates.filter { firstMentions[$0].sentenceStart <= position }.onlyElement
        }
        // "le président syrien" between "le président syrien X" and a later "le président Y" who held the office before:
        // of two holders, a title takes up the one already named.
        if candidates.count > 1, let named = candidates.filter({ firstMentions[$0].token <= position }).onlyElement { return named }
        return candidates.onlyElement
    }

    /// Whether a title names an office of those a state sends to another (`envoyRoles`).
    static func isEnvoyRole(_ roleKey: String) -> Bool { envoyRoles.contains(roleKey) }

    /// Records the state a title-only mention gives a person the article named without one
    /// ("Qatar's foreign minister" for a foreign minister introduced by name only).
    mutating func adopt(country: String, for index: Int) {
        // "its ambassador to Kenya X… the Kenyan ambassador": the state an envoy serves in is not theirs.
        guard persons[index].posting != country else { return }
        if persons[index].country == nil && persons[index].organization == nil { persons[index].country = country }
    }

    mutating func merge(_ person: Person, into index: Int) {
        var known = persons[index]
        if person.keys.count > known.keys.count {
            known.name = person.name
            known.keys = person.keys
        }
        // "Mensah" in a headline, read from the leader table as another state's leader, then "su homóloga togolesa,
        // Ama Mensah": an office the article writes outweighs the table's guess from a surname.
        if known.role == nil, person.role != nil, let written = person.country, let guessed = known.country, written != guessed {
            known.country = written
            known.roleKey = person.roleKey
            known.canonicalName = nil
        }
        known.role = known.role ?? person.role
        known.roleKey = known.roleKey ?? person.roleKey
        known.country = known.country ?? person.country
        known.organization = known.organization ?? person.organization
        known.canonicalName = known.canonicalName ?? person.canonicalName
        persons[index] = known
    }
}

extension Array where Element: Equatable {
    /// Compares in place, with no array built for the tail.
    func ends(with suffix: [Element]) -> Bool {
        guard suffix.count <= count else { return false }
        let offset = count - suffix.count
        for index in suffix.indices where self[offset + index] != suffix[index] { return false }
        return true
    }
}

extension Collection {
    /// The element of a one-element collection; nil when empty or ambiguous.
    var onlyElement: Element? { count == 1 ? first : nil }
}
