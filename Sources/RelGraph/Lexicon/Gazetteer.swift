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
        var children: [String: Int] = [:]
        /// Entries ending here, with the exact token texts of case-sensitive ones.
        var entries: [(entry: LexiconEntry, exactTokens: [String]?)] = []
    }

    private var nodes = [TrieNode()]
    /// Each node's children as a `WordMap`, built once the trie is complete: the lookup made for every token.
    private var childMaps: [WordMap<Int>] = []

    init(_ entries: [LexiconEntry]) {
        for entry in entries { insert(entry) }
        let leaf = WordMap<Int>([:])
        // Most nodes end an entry and have no children: they share one empty map's storage.
        childMaps = nodes.map { $0.children.isEmpty ? leaf : WordMap($0.children) }
    }

    private mutating func insert(_ entry: LexiconEntry) {
        var current = 0
        var texts: [String] = []
        var hasAllCaps = false
        var firstIsCapitalized = false
        for token in Tokenizer.tokenize(ScalarText.scalars(of: entry.surface)) where token.kind != .punctuation || token.text != "." {
            current = child(of: current, token.folded)
            if texts.isEmpty { firstIsCapitalized = token.isCapitalized }
            hasAllCaps = hasAllCaps || token.isAllCaps
            texts.append(token.text)
        }
        guard !texts.isEmpty else { return }
        let caseSensitive = hasAllCaps || (texts.count == 1 && texts[0].unicodeScalars.count <= 3 && firstIsCapitalized)
        if !nodes[current].entries.contains(where: { $0.entry == entry }) {
            nodes[current].entries.append((entry, caseSensitive ? texts : nil))
        }
    }

    /// The node reached from `parent` by `word`, made if new.
    private mutating func child(of parent: Int, _ word: String) -> Int {
        if let next = nodes[parent].children[word] { return next }
        nodes.append(TrieNode())
        nodes[parent].children[word] = nodes.count - 1
        return nodes.count - 1
    }

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
