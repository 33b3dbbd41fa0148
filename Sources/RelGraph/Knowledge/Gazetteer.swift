/// A trie over folded tokens that finds every lexicon entry in a token stream in one pass.
///
/// Multi-word names ("Département d'État", "Conseil de sécurité") are
/// matched longest first, one lookup per token, instead of a loop over
/// every entry per sentence. Entries written in capitals ("UE", "US",
/// "ONU") match only tokens written the same way, so the English pronoun
/// "us" is never the United States.
struct Gazetteer: Sendable {
    struct Match: Sendable {
        var range: Range<Int>
        var entries: [LexiconEntry]
    }

    private struct TrieNode: Sendable {
        /// Entries ending here, with the exact token texts of case-sensitive ones.
        var entries: [(entry: LexiconEntry, exactTokens: [String]?)] = []
    }

    private var nodes = [TrieNode()]
    /// Each node's children, by folded word: the lookup made for every token. Filled as entries are
    /// inserted, keyed by the hash the tokenizer already computed; most nodes end an entry and have none.
    private var childMaps = [WordMap<Int>()]

    /// - Parameter entries: the same entry given twice is kept once. The same entry ends at the same node, and is
    ///   looked for among that node's entries: hashing every surface into one set cost more than the rest of the
    ///   building. A node that ends many entries (a user lexicon with thousands of entries of one surface) is given
    ///   a set of its own, so that such a lexicon still loads in linear time.
    init(_ entries: [LexiconEntry]) {
        var crowded: [Int: Set<LexiconEntry>] = [:]
        for entry in entries { insert(entry, crowded: &crowded) }
    }

    /// How many entries one node ends before the entries are told apart with a set.
    private static let crowdedNode = 16

    private mutating func insert(_ entry: LexiconEntry, crowded: inout [Int: Set<LexiconEntry>]) {
        let tokens = Tokenizer.tokenize(ScalarText.scalars(of: entry.surface))
        let words = tokens.indices.filter { tokens[$0].kind != .punctuation || tokens[$0].text != "." }
        guard let first = words.first else { return }
        var current = 0
        for index in words { current = child(of: current, tokens[index].key) }
        if nodes[current].entries.count < Self.crowdedNode {
            guard !nodes[current].entries.contains(where: { $0.entry == entry }) else { return }
        } else {
            let ending = nodes[current].entries
            guard crowded[current, default: Set(ending.map(\.entry))].insert(entry).inserted else { return }
        }
        let caseSensitive = words.contains { tokens[$0].isAllCaps }
            || (words.count == 1 && tokens[first].isCapitalized && tokens[first].text.unicodeScalars.count <= 3)
        nodes[current].entries.append((entry, caseSensitive ? words.map { tokens[$0].text } : nil))
    }

    /// The node reached from `parent` by `word`, made if new.
    private mutating func child(of parent: Int, _ word: WordKey) -> Int {
        if let next = childMaps[parent][word] { return next }
        nodes.append(TrieNode())
        childMaps.append(Self.leaf)
        childMaps[parent].insert(nodes.count - 1, for: word)
        return nodes.count - 1
    }

    /// The children of a new node: one empty map whose storage every leaf shares until it gets a child.
    private static let leaf = WordMap<Int>()

    /// The longest entry starting at `start`, or nil.
    func longestMatch(in tokens: [Token], at start: Int, end: Int) -> Match? {
        var current = 0
        var best: Match?
        var index = start
        while index < end {
            // The position test first: at the start, where most calls end, no token text is compared with ".".
            if index > start && tokens[index].kind == .punctuation && tokens[index].text == "." { index += 1; continue }
            guard let next = childMaps[current].value(of: tokens[index]) else { break }
            current = next
            index += 1
            // Most nodes of a path end no entry: nothing is filtered or copied for them.
            guard !nodes[current].entries.isEmpty else { continue }
            let accepted = acceptedEntries(at: current, tokens: tokens, range: start..<index)
            if !accepted.isEmpty { best = Match(range: start..<index, entries: accepted) }
        }
        return best
    }

    /// The entries ending at `node` that the tokens of `range` may stand for, given how they are written.
    private func acceptedEntries(at node: Int, tokens: [Token], range: Range<Int>) -> [LexiconEntry] {
        let capitalized = tokens[range.lowerBound].isCapitalized
        var accepted: [LexiconEntry] = []
        for candidate in nodes[node].entries {
            if let exact = candidate.exactTokens {
                if Self.spells(exact, tokens: tokens, range: range) { accepted.append(candidate.entry) }
            } else if capitalized || !Self.isProper(candidate.entry.form) || DomesticBodyLexicon.isBody(candidate.entry.key) {
                accepted.append(candidate.entry)
            }
        }
        return accepted
    }

    /// Whether the tokens of `range`, full stops left out, are written exactly as `texts`: compared in place,
    /// without building the array of their texts.
    private static func spells(_ texts: [String], tokens: [Token], range: Range<Int>) -> Bool {
        var position = 0
        for index in range where tokens[index].text != "." {
            guard position < texts.count, texts[position] == tokens[index].text else { return false }
            position += 1
        }
        return position == texts.count
    }

    /// Proper names are written with a capital: "la paz" is peace, "La Paz" a capital. A switch, not a
    /// `Set`: asked for every candidate entry, where hashing the form showed in profiles.
    private static func isProper(_ form: LexiconEntry.Form) -> Bool {
        switch form {
        case .stateName, .seat, .organization, .media: true
        case .demonym, .region, .title: false
        }
    }

    /// All longest, non-overlapping matches in `range`, left to right.
    func matches(in tokens: [Token], range: Range<Int>) -> [Match] {
        var result: [Match] = []
        var index = range.lowerBound
        while index < range.upperBound {
            if let match = longestMatch(in: tokens, at: index, end: range.upperBound) {
                result.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return result
    }
}
