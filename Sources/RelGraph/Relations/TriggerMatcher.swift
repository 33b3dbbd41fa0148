/// Finds the triggers of a sentence: the longest phrase at each place, then the longest stem.
struct TriggerMatcher: Sendable {
    /// A trigger found in a sentence.
    struct Hit: Hashable, Sendable {
        var trigger: Trigger
        var range: Range<Int>
    }

    /// Triggers bucketed by the first two letters of their first pattern: one small scan per token.
    private let buckets: [String: [Trigger]]
    private let language: Language

    init(_ language: Language) {
        self.language = language
        var buckets: [String: [Trigger]] = [:]
        for trigger in TriggerLexicon.triggers(language) {
            guard let first = trigger.patterns.first else { continue }
            buckets[String(first.prefix(2)), default: []].append(trigger)
        }
        self.buckets = buckets
    }

    static func shared(_ language: Language) -> TriggerMatcher {
        switch language {
        case .fr: french
        case .en: english
        case .es: spanish
        }
    }

    private static let french = TriggerMatcher(.fr)
    private static let english = TriggerMatcher(.en)
    private static let spanish = TriggerMatcher(.es)

    /// Hits in `range`: at each place the longest phrase, then the longest stem, then the noun reading
    /// after a determiner ("des sanctions") and the verb reading elsewhere ("sanctionne"); skipping tokens for which `isBlocked` is true (tokens inside actor mentions).
    func hits(in tokens: [Token], range: Range<Int>, isBlocked: (Int) -> Bool) -> [Hit] {
        var hits: [Hit] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard tokens[index].isWord, !isBlocked(index),
                  let candidates = buckets[String(tokens[index].folded.prefix(2))] else {
                index += 1
                continue
            }
            let preferNoun = prefersNoun(tokens, at: index, sentenceStart: range.lowerBound)
            var best: (hit: Hit, score: (Int, Int, Int))?
            for trigger in candidates {
                guard let end = match(trigger, tokens, at: index, limit: range.upperBound, isBlocked: isBlocked) else { continue }
                let fitsFrame = (trigger.frame == .noun) == preferNoun ? 1 : 0
                let score = (end - index, fitsFrame, trigger.patterns[0].count)
                if let current = best, !(current.score < score) { continue }
                best = (Hit(trigger: trigger, range: index..<end), score)
            }
            if let best {
                hits.append(best.hit)
                index = best.hit.range.upperBound
            } else {
                index += 1
            }
        }
        return hits
    }

    /// A determiner or an opening quote before a word makes it a noun ("des sanctions", "« réunion"); so does a
    /// plural -s in French and Spanish, where verbs do not end in -s in the third person ("anuncia sanciones").
    private func prefersNoun(_ tokens: [Token], at index: Int, sentenceStart: Int) -> Bool {
        if index > sentenceStart {
            let previous = tokens[index - 1].folded
            let isDeterminer = FunctionWords.isDeterminer(previous, in: language)
            if isDeterminer || ["«", "“", "\"", "'"].contains(previous) { return true }
        }
        return language != .en && tokens[index].folded.hasSuffix("s")
    }

    /// The end of `trigger` matched at `start`, letting up to two determiners stand between its words.
    private func match(_ trigger: Trigger, _ tokens: [Token], at start: Int, limit: Int, isBlocked: (Int) -> Bool) -> Int? {
        var index = start
        for (position, pattern) in trigger.patterns.enumerated() {
            if position > 0 {
                var skipped = 0
                while index < limit, skipped < 2, !trigger.matches(pattern, tokens[index].folded),
                      FunctionWords.determiners.contains(tokens[index].folded) {
                    index += 1
                    skipped += 1
                }
            }
            guard index < limit, !isBlocked(index), trigger.matches(pattern, tokens[index].folded) else { return nil }
            index += 1
        }
        return index
    }
}
