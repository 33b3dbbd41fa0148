/// Heads of state and government, foreign ministers and other office holders of every state, about 1990 to 2026,
/// for an article that names a person with a title and no country ("President Uhuru Kenyatta", "le Premier ministre
/// Charlot Salwai") or with no title at all.
///
/// Where `LeaderLexicon` keeps the few hundred people world news names by surname alone, this table is long, and a
/// surname alone is not enough to name anyone in it: a row matches a name of two words or more written as in its
/// full name or an alias, or a surname after a title of the row's role ("President Kenyatta"). It only gives a state
/// the article does not give: the article's own words come first. The person keeps the article's spelling as their
/// id, since the table's English spelling is not what a French or Spanish reader would look for. A person who served
/// two states or bodies has a row for each ("José Manuel Barroso": Portugal, then the EU), and the table then gives
/// neither: it has no dates to choose by.
///
/// One table per part of the world, each in its own file; rows are `full name | aliases | affiliation | role |`, as in
/// `LeaderLexicon`, the aliases being the spellings of the French and Spanish press. No row repeats a person of
/// `LeaderLexicon` (a test checks it).
///
/// Some five thousand rows are too many to parse when an article of twenty names starts: the tables stay text, and
/// an index of the last words of their names, hashed from the bytes, is built on first use; a row is read into a
/// `Leader` only when a name asks for it.
enum OfficeHolderLexicon {
    /// The tables, as text.
    private static let texts: [(name: String, text: String)] = [
        ("OfficeHolderLexicon.europe", europe), ("OfficeHolderLexicon.americas", americas),
        ("OfficeHolderLexicon.africa", africa), ("OfficeHolderLexicon.asia", asia),
    ]

    /// All tables of this lexicon, for the parse checks.
    static var tables: [LexiconTable] {
        texts.map { LexiconTable($0.name, $0.text, columns: 5...5, required: [0, 2, 3]) }
    }

    /// A row of a table: which table, and the byte offset its line starts at.
    private struct Row: Hashable {
        var table: Int
        var start: Int
    }

    /// One way a row's names end: the hash of the folded last word, of the word before it (0 for a name of one word),
    /// and the row.
    private struct Ending {
        var last: UInt64
        var previous: UInt64
        var row: Row
    }

    /// How the full name and each alias of every row end, sorted by last word.
    private static let index: [Ending] = {
        var entries: [Ending] = []
        entries.reserveCapacity(8_000)
        for table in texts.indices {
            var text = texts[table].text
            text.withUTF8 { bytes in
                var start = 0
                while start < bytes.count {
                    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                    let row = Row(table: table, start: start), first = entries.count
                    forEachEnding(of: UnsafeBufferPointer(rebasing: bytes[start..<end])) { last, previous in
                        let ending = Ending(last: foldedHash(last), previous: previous.map(foldedHash) ?? 0, row: row)
                        // A row is listed once for each ending, though its aliases may share one.
                        if !entries[first...].contains(where: { $0.last == ending.last && $0.previous == ending.previous }) {
                            entries.append(ending)
                        }
                    }
                    start = end + 1
                }
            }
        }
        entries.sort { $0.last < $1.last }
        return entries
    }()

    /// The office holders a name of these folded words may stand for: those one of whose names ends in its last two
    /// words or is a one-word nickname equal to its last word, and, after a title of `role`, those whose surname is its
    /// last word (any role when `role` is empty). A row is read into a `Leader` only then: most names of an article are
    /// no office holder's.
    static func leaders(named keys: [String], role: String? = nil) -> [Leader] {
        var rows = self.rows(named: keys, role: role)
        // "Ayman Al Safadi" for "Ayman Safadi", "Arancha González-Laya" for "Arancha González Laya": the press writes a
        // particle or a hyphen the table leaves out. The name is looked up again without them when it has one.
        for variant in spellingVariants(of: keys) {
            for row in self.rows(named: variant, role: role) where !rows.contains(row) { rows.append(row) }
        }
        return rows.compactMap(leader(at:))
    }

    /// The folded words of a name without its particles of one word inside it ("al", "el", "bin"), each word stripped of
    /// a prefix particle ("al-assad" → "assad") and split at its hyphens ("gonzalez-laya"); none when that changes nothing.
    static func spellingVariants(of keys: [String]) -> [[String]] {
        guard keys.count >= 2 || keys.last?.utf8.contains(UInt8(ascii: "-")) == true else { return [] }
        var words: [String] = []
        for (position, key) in keys.enumerated() {
            let isLast = position == keys.count - 1
            if !isLast, position > 0, NameParticles.byFirstWord[key]?.contains(where: { $0.words.count == 1 }) == true { continue }
            var word = Substring(key)
            if let prefix = NameParticles.prefixes.first(where: { word.hasPrefix($0) && word.count > $0.count }) {
                word = word.dropFirst(prefix.count)
            }
            words += word.split(separator: "-").map(String.init)
        }
        return words != keys && words.count >= 2 ? [words] : []
    }

    /// The rows whose names end as `keys` do (`leaders(named:role:)`).
    private static func rows(named keys: [String], role: String?) -> [Row] {
        guard var last = keys.last else { return [] }
        let hash = last.withUTF8 { fnv($0) }
        var previous: UInt64?
        if keys.count >= 2 {
            var word = keys[keys.count - 2]
            previous = word.withUTF8 { fnv($0) }
        }
        var low = 0, high = index.count
        while low < high {
            let middle = (low + high) / 2
            if index[middle].last < hash { low = middle + 1 } else { high = middle }
        }
        var rows: [Row] = []
        while low < index.count, index[low].last == hash {
            let ending = index[low]
            low += 1
            guard ending.previous == 0 || ending.previous == previous || role != nil, !rows.contains(ending.row) else { continue }
            rows.append(ending.row)
        }
        return rows
    }

    /// Every office holder one of whose names ends in the folded word `last` ("kenyatta"), each once.
    static func leaders(lastWord last: String) -> [Leader] {
        leaders(named: [last], role: "")
    }

    /// Every row as a leader, for the tests.
    static var all: [Leader] {
        tables.flatMap(\.rows).map { leader(fields: $0) }
    }

    private static func leader(at row: Row) -> Leader? {
        var text = texts[row.table].text
        let line = text.withUTF8 { bytes -> String in
            let end = bytes[row.start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[row.start..<end]), as: UTF8.self)
        }
        let fields = LexiconTable.pieces(line, separatedBy: UInt8(ascii: "|"))
        return fields.count >= 4 ? leader(fields: fields) : nil
    }

    private static func leader(fields: [String]) -> Leader {
        let aliases = LexiconTable.values(fields[1])
        var surnames: [String] = []
        for name in [fields[0]] + aliases {
            if let last = name.split(separator: " ").last.map(String.init), !surnames.contains(last) { surnames.append(last) }
        }
        return Leader(fullName: fields[0], aliases: aliases, affiliation: fields[2], role: fields[3], surnames: surnames,
                      isNamedBySurname: false)
    }

    /// Calls `body` with the last word of the full name and of each alias of a row's line, and the word before it if
    /// any: the words before a `|` or a `;` in its first two fields.
    private static func forEachEnding(of line: UnsafeBufferPointer<UInt8>,
                                      _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>?) -> Void) {
        let bar = UInt8(ascii: "|"), semicolon = UInt8(ascii: ";"), space = UInt8(ascii: " ")
        func isBoundary(_ byte: UInt8) -> Bool { byte == bar || byte == semicolon }
        /// The last word of `line[..<end]` within its name, from the first byte of the name at `floor`.
        func word(endingAt end: Int, floor: Int) -> Range<Int>? {
            var end = end
            while end > floor, line[end - 1] == space { end -= 1 }
            var begin = end
            while begin > floor, line[begin - 1] != space { begin -= 1 }
            return begin < end ? begin..<end : nil
        }
        var bars = 0, position = 0, nameStart = 0
        while position < line.count, bars < 2 {
            let byte = line[position]
            if isBoundary(byte) {
                if let last = word(endingAt: position, floor: nameStart) {
                    let previous = word(endingAt: last.lowerBound, floor: nameStart)
                    body(UnsafeBufferPointer(rebasing: line[last]), previous.map { UnsafeBufferPointer(rebasing: line[$0]) })
                }
                if byte == bar { bars += 1 }
                nameStart = position + 1
            }
            position += 1
        }
    }

    /// The hash of a word's folded form: its lower-cased bytes when ASCII, else those of `TextFolding.fold`.
    private static func foldedHash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard word.allSatisfy({ $0 < 0x80 }) else {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            if TextFolding.forEachFoldedByte(ofUTF8: word, { hash = (hash ^ UInt64($0)) &* 0x100_0000_01b3 }) { return hash }
            var folded = TextFolding.fold(String(decoding: word, as: UTF8.self))
            return folded.withUTF8 { fnv($0) }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word {
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// FNV-1a of folded bytes.
    private static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
