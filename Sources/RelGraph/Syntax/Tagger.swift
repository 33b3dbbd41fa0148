/// Assigns a tag of the model's `TagSet` to each word of a sentence, left to right, with an averaged
/// perceptron over the word's form, affixes and shape, its neighbours and the tags already chosen.
///
/// Frequent words that the training data always tags alike are tagged from a dictionary without scoring.
struct Tagger: Sendable {
    let weights: WeightTable
    let dictionary: TagDictionary

    /// - Parameters:
    ///   - fixed: tags known before tagging (a name the actor layer recognised), nil elsewhere; the words
    ///     after a fixed tag are tagged knowing it.
    ///   - last: the last word to tag; the words after it are read as context only. Tagging goes left to right,
    ///     so the tags up to `last` are those of the whole sentence.
    ///   - earlier: the tags of the first words from an earlier tagging of the same words whose fixed tags, up to there,
    ///     were the same: a word's tag depends only on the words and on the tags before it, so these are kept as they
    ///     are and tagging goes on after them.
    /// - Parameter known: the dictionary's tags of the words (`TagDictionary.tags(of:)`), when the caller has them.
    func tag(_ words: [WordAtoms], fixed: [Int?] = [], through last: Int? = nil, after earlier: ArraySlice<Int> = [],
             known: [Int?]? = nil) -> [Int] {
        let known = known ?? dictionary.tags(of: words)
        let count = min(words.count, (last ?? words.count) + 1)
        var tags = Array(earlier.prefix(count))
        tags.reserveCapacity(count)
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.featureCount) { features in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: weights.classCount) { scores in
                for index in tags.count..<count {
                    if index < fixed.count, let tag = fixed[index] {
                        tags.append(tag)
                        continue
                    }
                    if let tag = known[index] {
                        tags.append(tag)
                        continue
                    }
                    Self.features(of: index, in: words, tags: tags, known: known, into: features)
                    scores.initialize(repeating: 0)
                    weights.addWeights(of: features, to: scores)
                    tags.append(scores.indexOfMax)
                }
            }
        }
        return tags
    }

    /// The tags of the words at `wanted`, each the one `tag(words)` gives it, found by tagging from the last place
    /// before it where the dictionary tags two words in a row: a word's features read the tags of the two words
    /// before it and of no earlier one, and tagging never changes a dictionary tag, so from there it goes on as
    /// tagging the whole sentence would. A French sentence is asked the word before each "des", mostly a few words
    /// after such a pair ("de la", ", les").
    func tags(of wanted: [Int], in words: [WordAtoms]) -> [Int] {
        let known = dictionary.tags(of: words)
        return wanted.map { index in
            let start = Self.restart(before: index, known: known)
            // Tagging reads only the two tags before `start` of those given: the others are filler.
            var earlier = [Int](repeating: 0, count: start)
            for fixedIndex in max(0, start - 2)..<start { earlier[fixedIndex] = known[fixedIndex] ?? 0 }
            return tag(words, through: index, after: earlier[...], known: known)[index]
        }
    }

    /// The last word at or before `index` whose two previous words the dictionary tags, or the first word.
    private static func restart(before index: Int, known: [Int?]) -> Int {
        var start = index
        while start >= 2 && (known[start - 1] == nil || known[start - 2] == nil) { start -= 1 }
        return start >= 2 ? start : 0
    }

    static let featureCount = 27
    /// How many words after a word its features read (`form(2)`, `knownAhead(2)`): the words a tagging through
    /// a word needs after it.
    static let lookahead = 2

    /// The features of the word at `index`, given the tags of the words before it and the dictionary's
    /// tags of every word (`TagDictionary.tags(of:)`).
    static func features(of index: Int, in words: [WordAtoms], tags: [Int], known: [Int?],
                         into features: UnsafeMutableBufferPointer<UInt64>) {
        let word = words[index]
        let none = FeatureHash.number(-1)
        func form(_ offset: Int) -> UInt64 {
            let at = index + offset
            return at < 0 ? FeatureHash.number(-2) : at >= words.count ? FeatureHash.number(-3) : words[at].form
        }
        func suffix3(_ offset: Int) -> UInt64 {
            let at = index + offset
            return at < 0 || at >= words.count ? none : words[at].suffixes.2
        }
        func shape(_ offset: Int) -> UInt64 {
            let at = index + offset
            return at < 0 || at >= words.count ? none : FeatureHash.number(Int(words[at].shape))
        }
        let previous = index > 0 ? FeatureHash.number(tags[index - 1]) : none
        let beforePrevious = index > 1 ? FeatureHash.number(tags[index - 2]) : none
        let first = FeatureHash.number(index == 0 ? 1 : 0)
        features[0] = FeatureHash.feature(0, 0)
        features[1] = FeatureHash.feature(1, word.form)
        features[2] = FeatureHash.feature(2, word.suffixes.0)
        features[3] = FeatureHash.feature(3, word.suffixes.1)
        features[4] = FeatureHash.feature(4, word.suffixes.2)
        features[5] = FeatureHash.feature(5, word.suffixes.3)
        features[6] = FeatureHash.feature(6, word.prefixes.0)
        features[7] = FeatureHash.feature(7, word.prefixes.1)
        features[8] = FeatureHash.feature(8, word.prefixes.2)
        features[9] = FeatureHash.feature(9, shape(0), first)
        features[10] = FeatureHash.feature(10, previous)
        features[11] = FeatureHash.feature(11, beforePrevious, previous)
        features[12] = FeatureHash.feature(12, previous, word.form)
        features[13] = FeatureHash.feature(13, form(-1))
        features[14] = FeatureHash.feature(14, suffix3(-1))
        features[15] = FeatureHash.feature(15, form(-2))
        features[16] = FeatureHash.feature(16, form(1))
        features[17] = FeatureHash.feature(17, suffix3(1))
        features[18] = FeatureHash.feature(18, form(2))
        features[19] = FeatureHash.feature(19, shape(1))
        features[20] = FeatureHash.feature(20, form(-1), word.form)
        features[21] = FeatureHash.feature(21, word.form, form(1))
        features[22] = FeatureHash.feature(22, previous, word.suffixes.2)
        features[23] = FeatureHash.feature(23, word.suffixes.2, form(1))
        // The tags still to come are unknown, but the dictionary knows those of frequent words: the article
        // or the preposition after a word tells a noun from a verb.
        func knownAhead(_ offset: Int) -> UInt64 {
            let at = index + offset
            guard at < words.count else { return FeatureHash.number(-3) }
            return FeatureHash.number(known[at] ?? -4)
        }
        features[24] = FeatureHash.feature(24, knownAhead(1))
        features[25] = FeatureHash.feature(25, knownAhead(1), knownAhead(2))
        features[26] = FeatureHash.feature(26, knownAhead(1), word.form)
    }
}

/// Words the training data tags one way nearly always, by the hash of their form.
struct TagDictionary: Sendable {
    private let entries: [UInt64: Int]
    /// The same entries in an open-addressing table probed from the form hash's low bits (tag -1: an empty
    /// slot). The hash is already random, so a lookup skips the hashing a Swift dictionary does; the tagger
    /// asks once per word.
    private let slots: [(form: UInt64, tag: Int)]

    init(_ entries: [UInt64: Int]) {
        self.entries = entries
        var count = 16
        while count < entries.count * 2 { count *= 2 }
        var slots = [(form: UInt64, tag: Int)](repeating: (0, -1), count: count)
        for (form, tag) in entries.sorted(by: { $0.key < $1.key }) {
            var slot = Int(truncatingIfNeeded: form) & (count - 1)
            while slots[slot].tag >= 0 { slot = (slot + 1) & (count - 1) }
            slots[slot] = (form, tag)
        }
        self.slots = slots
    }

    func tag(of form: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: form) & mask
        while true {
            let entry = slots[slot]
            if entry.tag < 0 { return nil }
            if entry.form == form { return entry.tag }
            slot = (slot + 1) & mask
        }
    }

    /// The dictionary's tag of each word, looked up once per sentence: the tagger reads each word's three times.
    func tags(of words: [WordAtoms]) -> [Int?] {
        words.map { tag(of: $0.form) }
    }

    var all: [UInt64: Int] { entries }

    /// Words seen at least `minimumCount` times with one tag in at least `minimumShare` of them.
    static func learn(from sentences: [[(form: UInt64, tag: Int)]], tagCount: Int, minimumCount: Int = 10,
                      minimumShare: Double = 0.97) -> TagDictionary {
        var counts: [UInt64: [Int]] = [:]
        for sentence in sentences {
            for word in sentence {
                counts[word.form, default: Array(repeating: 0, count: tagCount)][word.tag] += 1
            }
        }
        var entries: [UInt64: Int] = [:]
        for (form, tagCounts) in counts {
            let total = tagCounts.reduce(0, +)
            let best = tagCounts.indexOfMax
            if total >= minimumCount && Double(tagCounts[best]) >= minimumShare * Double(total) {
                entries[form] = best
            }
        }
        return TagDictionary(entries)
    }
}
