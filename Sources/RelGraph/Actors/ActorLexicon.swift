import Synchronization

/// Every lexicon of one language, assembled once into a gazetteer.
///
/// Built on first use per language and shared: the tables are compiled in,
/// so building costs a few milliseconds and reads no file.
struct ActorLexicon: Sendable {
    let language: Language
    let gazetteer: Gazetteer
    /// What the user added with `--lexicon`, if anything.
    let user: UserLexicon
    /// Single-word state names, demonyms and combining forms, for the parts of "américano-russes".
    private let compoundParts: [String: String]

    static func shared(_ language: Language) -> ActorLexicon {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = ActorLexicon(.fr)
    private static let english = ActorLexicon(.en)
    private static let spanish = ActorLexicon(.es)

    /// The shared lexicon of `language` with a user's additions: built once per user lexicon and language, since a
    /// corpus run asks for it once per document and a large user lexicon takes a noticeable time to assemble.
    static func with(_ user: UserLexicon, _ language: Language) -> ActorLexicon {
        guard user != UserLexicon() else { return shared(language) }
        if let built = withUser.withLock({ $0[language] }), built.user == user { return built }
        let built = ActorLexicon(language, user: user)
        withUser.withLock { $0[language] = built }
        return built
    }

    /// The last lexicon built with a user's additions, per language.
    private static let withUser = Mutex<[Language: ActorLexicon]>([:])

    private init(_ language: Language, user: UserLexicon = UserLexicon()) {
        self.language = language
        self.user = user
        // The state lexicon last: it may be under way on another thread (`LanguagePreparation`) while these are built.
        let others = OrganizationLexicon.entries(language)
            + MediaLexicon.entries() + RegionLexicon.entries(language) + TitleLexicon.entries(language)
            + DomesticBodyLexicon.entries(language) + user.entries(language)
        let entries = StateLexicon.entries(language) + others
        gazetteer = Gazetteer(entries)
        var parts: [String: String] = [:]
        for entry in entries where entry.form == .demonym || entry.form == .stateName {
            let folded = TextFolding.fold(entry.surface)
            // A byte scan: `contains(" ")` goes through Foundation's string search.
            if !folded.utf8.contains(UInt8(ascii: " ")) { parts[folded] = parts[folded] ?? entry.key }
        }
        compoundParts = parts
    }

    /// Well-known persons a name of these folded words may stand for: by any one word ("Xi" of "Xi Jinping"),
    /// or by the words that end it ("Le Drian", "von der Leyen": surnames with particles).
    /// - Parameter role: the role key of the title the article gives the name, which lets its surname alone name an
    ///   office holder of that role.
    func leaders(named keys: [String], role: String? = nil) -> [Leader] {
        var found: [Leader] = []
        for key in keys {
            appendNew(LeaderLexicon.famous(surname: key), to: &found)
            appendNew(user.persons(surname: key), to: &found)
        }
        for surname in Self.endingSurnames(keys) {
            appendNew(LeaderLexicon.famous(surname: surname), to: &found)
            appendNew(user.persons(surname: surname), to: &found)
        }
        appendNew(OfficeHolderLexicon.leaders(named: keys, role: role), to: &found)
        return found
    }

    /// The runs of two or more words that end `keys`, joined with spaces, longest first: "jean yves le drian",
    /// "yves le drian", "le drian". Each is the next one with a word put before it, which costs less than joining
    /// every run's words anew.
    static func endingSurnames(_ keys: [String]) -> [String] {
        guard keys.count >= 2 else { return [] }
        var surnames: [String] = []
        surnames.reserveCapacity(keys.count - 1)
        var surname = keys[keys.count - 1]
        for start in stride(from: keys.count - 2, through: 0, by: -1) {
            surname = keys[start] + " " + surname
            surnames.append(surname)
        }
        surnames.reverse()
        return surnames
    }

    /// Appends the leaders `found` does not hold yet, in order. A name finds none or a few: looking through them
    /// costs less than the set of leaders, each hashed with all its strings, that a name was deduplicated with.
    private func appendNew(_ leaders: [Leader], to found: inout [Leader]) {
        for leader in leaders where !found.contains(leader) { found.append(leader) }
    }

    /// The states named by the parts of a hyphenated word ("russo-ukrainien", "India-Pakistan"), if all parts name one.
    func compoundStates(_ token: Token) -> [String]? {
        // A byte scan, asked of every word: the hyphen is ASCII.
        guard token.isWord, token.folded.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = Self.hyphenParts(of: token)
        guard parts.count >= 2 else { return nil }
        var codes: [String] = []
        for part in parts {
            guard let code = compoundParts[part] ?? StateLexicon.combiningForm(part, language) else { return nil }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.count >= 2 ? codes : nil
    }

    /// How a state joined to a participle in one word takes part in what the sentence tells.
    enum CompoundPart {
        /// "Saudi-led": the group the word qualifies acts for the state.
        case leads
        /// "US-backed": the state backs what the word qualifies.
        case backs
        /// "U.S.-manned": the state is named and fills no role.
        case named
        /// "a Liberian-flagged freighter": the thing is the state's, as after a demonym.
        case owns
        /// "anti-Russian sanctions": the act the word qualifies is aimed at the state.
        case opposes
    }

    /// The prefixes that turn a demonym into the one an act is aimed at: "anti-Russian", "anti-russes", "anti-rusas".
    private static let opposingPrefixes: Set<String> = ["anti", "contra"]

    /// The state of a word that joins its name to a participle of leading or of backing ("Saudi-led", "US-backed"), or
    /// its dotted abbreviation to any word ("U.S.-manned"), or its demonym to a prefix of opposition ("anti-Russian"),
    /// and how it takes part; nil for any other word.
    func participleCompound(_ token: Token) -> (state: String, part: CompoundPart)? {
        guard token.isWord, token.folded.utf8.contains(UInt8(ascii: "-")) else { return nil }
        let parts = Self.hyphenParts(of: token)
        guard parts.count == 2 else { return nil }
        if Self.opposingPrefixes.contains(parts[0]) {
            return (compoundParts[parts[1]] ?? StateLexicon.combiningForm(parts[1], language)).map { ($0, .opposes) }
        }
        // The classes are read in place through the shared reference: a copy of them would retain each of their sets.
        let shared = ArgumentWords.Shared.of(language)
        // A dotted abbreviation joined to any other word ("U.S.-manned") still names its state, as it did written apart.
        let part: CompoundPart
        if shared.words.backingParticiples.contains(parts[1]) {
            part = .backs
        } else if shared.words.leadingParticiples.contains(parts[1]) {
            part = .leads
        } else if shared.words.owningParticiples.contains(parts[1]) {
            part = .owns
        } else if parts[0].contains(".") {
            part = .named
        } else {
            return nil
        }
        guard let state = compoundParts[parts[0]] ?? compoundParts[parts[0].replacingOccurrences(of: ".", with: "")]
            ?? StateLexicon.combiningForm(parts[0], language) else { return nil }
        return (state, part)
    }

    /// The folded word's parts between hyphens, empty ones left out, as `split(separator: "-")` cuts them. An ASCII
    /// word (the tokenizer hashed it) is cut on its bytes, where each Character is one byte: splitting Characters
    /// broke every word into graphemes first.
    static func hyphenParts(of token: Token) -> [String] {
        guard token.foldedHash != nil else { return token.folded.split(separator: "-").map(String.init) }
        return token.folded.utf8.split(separator: UInt8(ascii: "-")).map { String(decoding: $0, as: UTF8.self) }
    }
}
