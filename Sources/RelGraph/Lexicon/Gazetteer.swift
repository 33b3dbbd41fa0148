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

    /// Proper names are written with a capital: "la paz" is peace, "La Paz" a capital.
    private static let properForms: Set<LexiconEntry.Form> = [.stateName, .seat, .organization, .media]

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
            guard let next = childMaps[current][tokens[index].key] else { break }
            current = next
            index += 1
            let capitalized = tokens[start].isCapitalized
            let accepted = nodes[current].entries.filter { candidate in
                guard let exact = candidate.exactTokens else {
                    return capitalized || !Self.properForms.contains(candidate.entry.form) || DomesticBodyLexicon.isBody(candidate.entry.key)
                }
                return exact == tokens[start..<index].filter { $0.text != "." }.map(\.text)
            }.map(\.entry)
            if !accepted.isEmpty { best = Match(range: start..<index, entries: accepted) }
        }
        return best
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
