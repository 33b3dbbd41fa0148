/// The particles that stand inside personal names: "Le" in "Jean-Yves Le Drian", "von der" in
/// "Ursula von der Leyen", "bin" in "Mohammed bin Salman", "al-" in "Bashar al-Assad".
///
/// Knowledge of names, not of one language: a French article names Dutch, German, Arab and
/// Portuguese persons as often as French ones, so the table serves all three languages.
enum NameParticles {
    /// `particle | where | written`
    /// - where: `inside` — only between a given name and the surname ("Bruno Le Maire", "Ana de la Fuente");
    ///   `opens` — may also open a surname named alone ("von der Leyen", "bin Salman"): these words are never
    ///   ordinary words of French, English or Spanish; `prefix` — joined to the surname by a hyphen, in any case
    ///   ("al-Assad", "el-Sisi").
    /// - written: `capital` when only the capitalised form is a particle (lower-case "le", "la" are articles),
    ///   else `any`.
    static let table = LexiconTable("NameParticles", """
        # French, Belgian, Italian
        le|inside|capital
        la|inside|capital
        de|inside|any
        du|inside|any
        d'|inside|any
        de la|inside|any
        di|inside|any
        # Spanish and Portuguese
        del|inside|any
        de los|inside|any
        de las|inside|any
        da|inside|any
        das|inside|any
        dos|inside|any
        # Dutch and German
        van|opens|any
        van der|opens|any
        van den|opens|any
        von|opens|any
        von der|opens|any
        # Arabic
        bin|opens|any
        ben|opens|any
        ibn|opens|any
        abu|opens|any
        al|inside|any
        el|inside|any
        al-|prefix|any
        el-|prefix|any
        """, columns: 3...3)

    /// A particle of one or more words, folded.
    struct Particle: Sendable, Equatable {
        var words: [String]
        var opensSurname: Bool
        var capitalOnly: Bool
    }

    /// The particles of one or more words, by first word, longest first.
    static let byFirstWord: [String: [Particle]] = {
        var index: [String: [Particle]] = [:]
        for row in table.rows where row[1] != "prefix" {
            let words = row[0].split(separator: " ").map { TextFolding.fold(String($0)) }
            guard let first = words.first else { continue }
            index[first, default: []].append(Particle(words: words, opensSurname: row[1] == "opens", capitalOnly: row[2] == "capital"))
        }
        return index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }()

    /// The first words of particles: asked of every token, so a set, not the dictionary above.
    static let firstWords = WordSet(byFirstWord.keys)

    /// The first words of particles that may open a surname named alone, in lower case: "von", "bin".
    static let openingWords = WordSet(byFirstWord.filter { $0.value.contains(where: \.opensSurname) }.keys)

    /// Hyphenated prefixes: "al-", "el-".
    static let prefixes: [String] = table.rows.filter { $0[1] == "prefix" }.map { TextFolding.fold($0[0]) }

    /// The number of tokens of the longest particle starting at `index` and ending before `limit`, if any.
    /// - Parameter opening: only particles that may open a surname named alone.
    static func length(at index: Int, in tokens: [Token], limit: Int, opening: Bool = false) -> Int? {
        guard index < limit, tokens[index].isWord, firstWords.contains(tokens[index]),
              let candidates = byFirstWord[tokens[index].folded] else { return nil }
        for particle in candidates where !opening || particle.opensSurname {
            let end = index + particle.words.count
            guard end <= limit, !particle.capitalOnly || tokens[index].isCapitalized else { continue }
            if (index..<end).allSatisfy({ tokens[$0].folded == particle.words[$0 - index] }) { return particle.words.count }
        }
        return nil
    }

    /// "al-Assad", "el-Sisi": a prefix particle, a hyphen and a capitalised surname, in one token.
    static func isPrefixedName(_ token: Token) -> Bool {
        guard token.isWord, !token.isCapitalized, token.isHyphenated else { return false }
        for prefix in prefixes where token.folded.hasPrefix(prefix) {
            let rest = token.text.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
            if let first = rest.first, ScalarClass.isUppercase(first) { return true }
        }
        return false
    }

    /// The surname in a full name as a lexicon writes it: from its first particle after the first word
    /// ("Jean-Yves Le Drian" → "Le Drian", "Ursula von der Leyen" → "von der Leyen"), else its last word.
    static func surname(of fullName: String) -> String {
        let words = fullName.split(separator: " ").map(String.init)
        guard let last = words.last else { return fullName }
        for index in words.indices.dropFirst().dropLast() {
            let folded = TextFolding.fold(words[index])
            guard let candidates = byFirstWord[folded] else { continue }
            let capitalised = words[index].first?.isUppercase ?? false
            if candidates.contains(where: { !$0.capitalOnly || capitalised }) {
                return words[index...].joined(separator: " ")
            }
        }
        return last
    }
}
