/// Finds the triggers of a sentence: the longest phrase at each place, then the longest stem.
struct TriggerMatcher: Sendable {
    /// A trigger found in a sentence.
    struct Hit: Hashable, Sendable {
        var trigger: Trigger
        var range: Range<Int>
        /// A noun row also matched here: the word may be an event noun whatever reading won ("sanctions", "appel").
        var nounReadable = false
        /// A row of another frame than a noun's also matched here: the word may be an event verb whatever reading won.
        var verbReadable = false
        /// A determiner, a possessive or an opening quote stands before the trigger: it is a noun ("Sweden's visit").
        var followsDeterminer = false
        /// The words an object slot of the trigger holds ("declared [15 embassy staff] persona non grata"): the
        /// object, whatever the parser made of them.
        var objectSlot: Range<Int>?
    }

    /// A trigger with its patterns compiled for byte comparison.
    ///
    /// A class: handed to `match` for every candidate a word's bytes leave, a struct was copied each time with its
    /// trigger's strings and arrays, where a reference is retained once.
    private final class Candidate: Sendable {
        let trigger: Trigger
        let patterns: [TriggerPattern]
        /// The first pattern's bytes, checked at every word before anything is copied.
        let firstCheck: PatternPrefix
        /// The first pattern's length in Characters, a tie-breaker of every match: counting it per match
        /// walked the String's grapheme breaks each time.
        let firstLength: Int
        /// How many of its words the phrase writes out, its slot aside: at equal length, "convoc* a su embajador"
        /// (a recall) beats "convoc* embajador*" (a summons) read across "a su".
        let writtenWords: Int

        init(trigger: Trigger) {
            self.trigger = trigger
            patterns = trigger.patterns.map(TriggerPattern.init)
            firstCheck = patterns[0].quickCheck
            firstLength = trigger.patterns[0].count
            writtenWords = patterns.filter { !$0.isObjectSlot }.count
            agentStemLength = Self.agentStemLength(of: trigger)
        }

        /// The stem's length in Characters without its `*` when the trigger is a verb's one-word stem, which an agent
        /// suffix after it turns into a person ("negotiat*" in "negotiator"); nil for any other trigger.
        let agentStemLength: Int?

        private static func agentStemLength(of trigger: Trigger) -> Int? {
            guard trigger.frame != .noun, trigger.patterns.count == 1, let stem = trigger.patterns.first,
                  stem.hasSuffix("*") else { return nil }
            return stem.count - 1
        }
    }

    /// The candidates of one bucket, with the positions worth trying for an ASCII word by its third byte: a bucket
    /// holds every trigger of the word's first two letters (a hundred for "re" or "co"), most of which its third
    /// letter already rules out.
    ///
    /// A class: looked up for every word, a struct was copied out of its table with each of its arrays retained.
    private final class Bucket: Sendable {
        let candidates: [Candidate]
        /// The candidates' `firstCheck`s, in their order: plain values, read at every position tried without
        /// touching the candidates.
        let firstChecks: [PatternPrefix]
        /// Every position, for a word the third byte cannot sort.
        private let all: [Int]
        /// For each ASCII third byte, in order, the positions of the candidates that byte leaves possible: those
        /// whose first pattern has that third byte, and those it cannot rule out (short, long or not ASCII).
        private let byThirdByte: [[Int]]

        init(_ candidates: [Candidate]) {
            self.candidates = candidates
            firstChecks = candidates.map(\.firstCheck)
            all = Array(candidates.indices)
            var lists = [[Int]](repeating: [], count: 128)
            for position in candidates.indices {
                if let byte = candidates[position].firstCheck.requiredThirdByte {
                    lists[Int(byte)].append(position)
                } else {
                    for byte in lists.indices { lists[byte].append(position) }
                }
            }
            byThirdByte = lists
        }

        /// The positions of the candidates whose first pattern may match `word`, in order; the others
        /// `PatternPrefix.rejects`. `isASCII`: all the word's bytes are.
        func positions(for word: WordPrefix, isASCII: Bool) -> [Int] {
            guard isASCII, let third = word.thirdByte else { return all }
            return byThirdByte[Int(third)]
        }

        /// The offset in `positions` of the first candidate, from `start` on, whose first pattern `word` may match;
        /// nil when there is none.
        ///
        /// Never inlined: most candidates are rejected here, a few instructions each, where the loop of `hits`, with
        /// its many live values, moved them between registers and the stack for every candidate it rejected.
        @inline(never)
        func firstPossible(in positions: [Int], from start: Int, word: WordPrefix, isASCII: Bool) -> Int? {
            var offset = start
            while offset < positions.count {
                if !firstChecks[positions[offset]].rejects(word, wordIsASCII: isASCII) { return offset }
                offset += 1
            }
            return nil
        }
    }

    /// Triggers bucketed by the first two letters of their first pattern: one small scan per token.
    private let buckets: [String: Bucket]
    /// The same buckets for keys of one or two ASCII bytes, indexed by `asciiSlot`: an array read per token
    /// instead of a String built and hashed.
    private let asciiBuckets: [Bucket?]
    private let language: Language
    /// The language's nouns of time and adverbs of degree, which may stand between a phrase's words.
    private let timeNouns: WordSet
    private let timeModifiers: WordSet
    private let degreeAdverbs: WordSet
    private let intensifyingAdjectives: WordSet
    private let prenominalAdjectives: WordSet
    /// Verbs that carry event nouns ("held talks", "impuso sanciones"): the word right after one reads as a noun.
    private let supportVerbs: WordSet
    /// Endings only verbs are written with ("demanded", "exigió").
    private let verbOnlyEndings: [String]
    private let echoPronouns: WordSet
    private let mannerAdverbEnding: String
    /// Words an object slot never holds, since they open a clause: the language's relative pronouns, conditionals and
    /// markers of purpose ("retiran a sus embajadores para evitar un conflicto diplomático" holds no "retir* _
    /// diplomátic*").
    private let clauseOpeners: WordSet

    /// - Parameter added: triggers a user adds; they come first, so at equal length they win over the built-in ones.
    init(_ language: Language, adding added: [Trigger] = []) {
        self.language = language
        timeNouns = ArgumentWords.of(language).timeNouns
        timeModifiers = ArgumentWords.of(language).timeModifiers
        degreeAdverbs = ArgumentWords.of(language).degreeAdverbs
        intensifyingAdjectives = ArgumentWords.of(language).intensifyingAdjectives
        prenominalAdjectives = ArgumentWords.of(language).prenominalAdjectives
        supportVerbs = ArgumentWords.of(language).supportVerbs
        verbOnlyEndings = ArgumentWords.of(language).verbOnlyEndings
        echoPronouns = ArgumentWords.of(language).echoPronouns
        mannerAdverbEnding = ArgumentWords.of(language).mannerAdverbEnding
        clauseOpeners = ArgumentWords.of(language).relativePronouns.union(ArgumentWords.of(language).conditionals)
            .union(ArgumentWords.of(language).purposes)
        var buckets: [String: [Candidate]] = [:]
        for trigger in added + TriggerLexicon.triggers(language) {
            guard let first = trigger.patterns.first else { continue }
            buckets[String(first.prefix(2)), default: []].append(Candidate(trigger: trigger))
        }
        let sorted = buckets.mapValues(Bucket.init)
        var asciiBuckets = [Bucket?](repeating: nil, count: 128 * 128)
        for (key, bucket) in sorted {
            if let slot = Self.asciiSlot(key) { asciiBuckets[slot] = bucket }
        }
        self.buckets = sorted
        self.asciiBuckets = asciiBuckets
    }

    /// The slot of a bucket key `String(word.prefix(2))` when it can be read off the word's first bytes: the first
    /// two are ASCII and so is the third, if any (a non-ASCII scalar after them might join the second Character).
    ///
    /// Reads the bytes in place, as cheap as the bucket scan it leads to.
    private static func asciiSlot(_ word: String) -> Int? {
        if let slot = word.utf8.withContiguousStorageIfAvailable(asciiSlot) { return slot }
        return Array(word.utf8).withUnsafeBufferPointer(asciiSlot)
    }

    private static func asciiSlot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first, first < 0x80, first != 0x0D else { return nil }
        guard bytes.count > 1 else { return Int(first) << 7 }
        let second = bytes[1]
        guard second < 0x80, second != 0x0D else { return nil }
        if bytes.count > 2, bytes[2] >= 0x80 { return nil }
        return Int(first) << 7 | Int(second)
    }

    /// The triggers whose first pattern starts as `folded` does.
    private func bucket(for folded: String) -> Bucket? {
        if let slot = Self.asciiSlot(folded) { return asciiBuckets[slot] }
        return buckets[String(folded.prefix(2))]
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
    /// - Parameter isQualifier: whether a token is an adjective of a state ("recalled the Spanish ambassador"), which may
    ///   stand between the words of a phrase as determiners do.
    func hits(in tokens: [Token], range: Range<Int>, isBlocked: (Int) -> Bool, isQualifier: (Int) -> Bool = { _ in false }) -> [Hit] {
        var hits: [Hit] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard let found = bestMatch(at: index, tokens, range: range, isBlocked: isBlocked, isQualifier: isQualifier) else {
                index += 1
                continue
            }
            // "a provoqué la colère de X": a phrase that starts inside this match, runs past it and writes more words
            // ("provoqu* la colère de") says more than this one ("a provoqu*"); the reading moves on to it.
            if overlapsLongerPhrase(found, at: index, tokens, range: range, isBlocked: isBlocked, isQualifier: isQualifier) {
                index += 1
                continue
            }
            let best = found.best
            var hit = Hit(trigger: found.candidate.trigger, range: index..<best.shownEnd, objectSlot: best.slot)
            hit.nounReadable = found.nounReadable
            hit.verbReadable = found.verbReadable
            hit.followsDeterminer = index > range.lowerBound && !Self.infinitiveMarkers.contains(tokens[index - 1].folded)
                && (opensNoun(tokens, at: index - 1) || followsQualifiedDeterminer(tokens, at: index, from: range.lowerBound))
            hits.append(hit)
            // Past the words after an object slot too: they confirm this trigger and start no other.
            index = best.end
        }
        return withEchoes(hits, in: tokens, range: range)
    }

    /// The best of the candidates that match at `index`, with whether a noun reading was among them.
    private func bestMatch(at index: Int, _ tokens: [Token], range: Range<Int>, isBlocked: (Int) -> Bool,
                           isQualifier: (Int) -> Bool) -> FoundMatch? {
        guard tokens[index].isWord, !isBlocked(index), let bucket = bucket(for: tokens[index].folded) else { return nil }
        var preferNoun: Bool?
        var nounReadable = false
        var verbReadable = false
        // The best match so far, by its candidate's position: a plain value carried through the loop, where a
        // `Hit` (with its trigger's strings and arrays) was copied at every candidate tried.
        var best: BestMatch?
        let word = WordPrefix(tokens[index].folded)
        let wordIsASCII = tokens[index].foldedHash != nil
        let candidates = bucket.candidates
        let positions = bucket.positions(for: word, isASCII: wordIsASCII)
        var offset = 0
        while let possible = bucket.firstPossible(in: positions, from: offset, word: word, isASCII: wordIsASCII) {
            offset = possible + 1
            let position = positions[possible]
            guard let (end, shownEnd, slot) = match(candidates[position], tokens, at: index, limit: range.upperBound,
                                                    isBlocked: isBlocked, isQualifier: isQualifier),
                  !namesTheAgent(candidates[position], tokens[index].folded, isASCII: wordIsASCII) else { continue }
            let isNoun = candidates[position].trigger.frame == .noun
            if isNoun { nounReadable = true } else { verbReadable = true }
            let prefersNoun = preferNoun ?? prefersNoun(tokens, at: index, sentenceStart: range.lowerBound)
            preferNoun = prefersNoun
            let fitsFrame = isNoun == prefersNoun ? 1 : 0
            // At equal length a phrase written whole ("declaró como persona no grata") beats one that reads "como"
            // as the object of its slot.
            let score = (end - index, fitsFrame, shownEnd - index, candidates[position].writtenWords, candidates[position].firstLength)
            if let current = best, !(current.score < score) { continue }
            best = BestMatch(position: position, score: score, shownEnd: shownEnd, end: end, slot: slot)
        }
        guard let best else { return nil }
        return FoundMatch(best: best, candidate: candidates[best.position], nounReadable: nounReadable, verbReadable: verbReadable)
    }

    /// Whether a phrase that starts inside `found`'s match, after its first word and outside its object slot, ends past
    /// it and writes more words.
    private func overlapsLongerPhrase(_ found: FoundMatch, at index: Int,
                                      _ tokens: [Token], range: Range<Int>, isBlocked: (Int) -> Bool, isQualifier: (Int) -> Bool) -> Bool {
        // Most matches are one word: nothing starts inside them.
        guard found.best.end - index > 1 else { return false }
        return (index + 1..<found.best.end).contains { start in
            // The words of an object slot are the object's, and start no phrase.
            guard !(found.best.slot?.contains(start) ?? false),
                  let later = bestMatch(at: start, tokens, range: range, isBlocked: isBlocked, isQualifier: isQualifier) else { return false }
            return later.best.end > found.best.end && later.candidate.writtenWords > found.candidate.writtenWords
        }
    }

    /// "La Russie a expulsé un diplomate en représailles à celle d'un des siens", "in response to that of X": a
    /// pronoun with a genitive of its own, after an event noun, tells that event again with its own parties.
    private func withEchoes(_ hits: [Hit], in tokens: [Token], range: Range<Int>) -> [Hit] {
        guard hits.contains(where: { $0.trigger.frame == .noun }) else { return hits }
        var echoed = hits
        for index in range.dropLast() where echoPronouns.contains(tokens[index]) && FunctionWords.ofPrepositions.contains(tokens[index + 1]) {
            guard let told = hits.last(where: { $0.range.upperBound <= index }), told.trigger.frame == .noun else { continue }
            var echo = Hit(trigger: told.trigger, range: index..<index + 1)
            echo.followsDeterminer = true
            echoed.append(echo)
        }
        return echoed.count == hits.count ? hits : echoed.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The match kept at a word: the best candidate's match, the candidate, and whether a noun reading was among those
    /// that matched.
    private struct FoundMatch {
        var best: BestMatch
        var candidate: Candidate
        var nounReadable: Bool
        var verbReadable: Bool
    }

    /// The candidate that matched best at a word, and where its match ends: what `hits` keeps of it until the word's
    /// candidates are all tried.
    private struct BestMatch {
        var position: Int
        var score: (Int, Int, Int, Int, Int)
        var shownEnd: Int
        var end: Int
        var slot: Range<Int>?
    }

    /// "negotiat*" states an event in "negotiated" but names a person in "negotiator": a one-word stem does not
    /// match a word that adds an agent suffix to it ("buyer", "fournisseur", "investigadores"). A noun row that
    /// spells the agent noun still matches it.
    ///
    /// An ASCII word has one byte a Character, as its stem has: its rest is told by its byte count, without dropping
    /// Characters from it and asking the Substring for its suffix, which cost thousands of instructions a word.
    private func namesTheAgent(_ candidate: Candidate, _ folded: String, isASCII: Bool) -> Bool {
        guard let stemLength = candidate.agentStemLength, let suffixes = Self.agentSuffixes[language] else { return false }
        guard isASCII else {
            let rest = folded.dropFirst(stemLength)
            return suffixes.contains { rest.hasSuffix($0) }
        }
        let restLength = folded.utf8.count - stemLength
        return suffixes.contains { $0.utf8.count <= restLength && folded.hasSuffix($0) }
    }

    /// The suffixes that make an agent noun of a verb's stem, per language.
    private static let agentSuffixes: [Language: [String]] = [
        .en: ["er", "ers", "or", "ors"],
        .fr: ["eur", "eurs", "rice", "rices", "euse", "euses"],
        .es: ["dor", "dores", "dora", "doras"],
    ]

    /// Partitive articles that also introduce an infinitive ("menacé d'attaquer"): the noun reading they favour is
    /// no certainty to tell the tagger.
    private static let infinitiveMarkers: Set<String> = ["de", "d'"]
    /// Opening quotes, and the English possessive ("Sweden's visit").
    private static let nounOpeners: Set<String> = ["«", "“", "\"", "'", "'s", "’s"]

    /// A determiner, a possessive or an opening quote before a word, adjectives aside, makes it a noun ("des sanctions", "«
    /// réunion", "una severa protesta"), and so does a verb that carries event nouns ("held discussions"); so does a
    /// plural -s in French and Spanish, where verbs do not end in -s in the third person ("anuncia sanciones").
    private func prefersNoun(_ tokens: [Token], at index: Int, sentenceStart: Int) -> Bool {
        // 'X "demanded that…"': a form only verbs have is a verb, whatever opens it.
        if ArgumentWords.isWritten(tokens[index], withOneOf: verbOnlyEndings) { return false }
        if index > sentenceStart, opensNoun(tokens, at: index - 1) || followsQualifiedDeterminer(tokens, at: index, from: sentenceStart)
            || supportVerbs.contains(tokens[index - 1]) {
            return true
        }
        return language != .en && tokens[index].folded.hasSuffix("s")
    }

    /// "un esperado encuentro", "una severa protesta", "su más rotunda y formal protesta": adjectives written before the
    /// noun, with the adverbs of degree and the conjunctions between them, stand between it and its determiner.
    private func followsQualifiedDeterminer(_ tokens: [Token], at index: Int, from start: Int) -> Bool {
        var previous = index - 1
        var adjectives = 0
        while previous > start {
            if prenominalAdjectives.contains(tokens[previous]) {
                adjectives += 1
            } else if adjectives == 0 || !(degreeAdverbs.contains(tokens[previous]) || FunctionWords.coordinators.contains(tokens[previous])) {
                break
            }
            previous -= 1
        }
        return adjectives > 0 && previous < index - 1 && opensNoun(tokens, at: previous)
    }

    /// Asks the word lists about the token with the hash the tokenizer computed; only punctuation is looked for
    /// among the noun openers, which are all punctuation tokens (the tokenizer makes "'s" one).
    private func opensNoun(_ tokens: [Token], at previous: Int) -> Bool {
        FunctionWords.isDeterminer(tokens[previous], in: language)
            || tokens[previous].kind == .punctuation && Self.nounOpeners.contains(tokens[previous].folded)
    }

    /// Words a trigger's words may stand apart by: "a fines de la semana pasada sus" is seven.
    private static let longestGap = 8

    /// Quotation marks a writer puts around a word of the phrase. A straight apostrophe counts only as a token of its
    /// own, never the elision of "l'".
    private static let quotationMarks: Set<String> = ["«", "»", "\"", "“", "”", "„", "‘", "’", "'"]

    /// Two determiners at most; numbers, quantity words, nouns of time ("a échangé lundi avec"), adverbs of degree,
    /// adjectives of intensity ("expressed deep concern") and quotation marks as many as
    /// `longestGap`.
    ///
    /// The token is read in place, by index: passed by value, it was copied with its Strings.
    private func mayStandBetween(_ tokens: [Token], at index: Int, afterSkipping determiners: Int) -> Bool {
        if tokens[index].kind == .number || FunctionWords.quantities.contains(tokens[index]) || timeNouns.contains(tokens[index])
            || degreeAdverbs.contains(tokens[index]) || intensifyingAdjectives.contains(tokens[index]) { return true }
        // "a jugé « inacceptable »", "calificó de \"inaceptable\"": quotation marks inside a phrase.
        if tokens[index].kind == .punctuation { return Self.quotationMarks.contains(tokens[index].text) }
        return (determiners < 2 && FunctionWords.determiners.contains(tokens[index])) || isMannerAdverb(tokens, at: index)
    }

    /// "rappeler immédiatement son ambassadeur", "expelled formally the envoys": a lower-case word of the language's
    /// adverb ending, long enough not to be the ending alone, and not after a determiner, which would make it a noun
    /// ("le gouvernement").
    private func isMannerAdverb(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        guard !mannerAdverbEnding.isEmpty, token.isWord, !token.isCapitalized, token.folded.utf8.count >= mannerAdverbEnding.utf8.count + 4,
              token.folded.hasSuffix(mannerAdverbEnding) else { return false }
        return index == 0 || !FunctionWords.determiners.contains(tokens[index - 1])
    }

    /// Where the words between two words of a trigger end: at most `longestGap` of them, each one `mayStandBetween`
    /// allows or a word of a phrase of time ("a rappelé en fin de semaine dernière ses ambassadeurs"); nil when
    /// such a word stands there with no noun of time or number to make it one ("a rappelé de Paris ses").
    private func endOfGap(from start: Int, before pattern: TriggerPattern, of trigger: Trigger, _ tokens: [Token],
                          limit: Int, isQualifier: (Int) -> Bool) -> Int? {
        var index = start, determiners = 0, times = 0, timeModifiersSeen = 0
        while index < limit, index - start < Self.longestGap, !pattern.matches(tokens[index].folded, of: trigger) {
            if mayStandBetween(tokens, at: index, afterSkipping: determiners) || isQualifier(index) {
                // "a fines de la semana": the articles and prepositions of a phrase of time use none of the two
                // determiners allowed.
                if FunctionWords.determiners.contains(tokens[index]) && !timeModifiers.contains(tokens[index]) { determiners += 1 }
                if tokens[index].kind == .number || timeNouns.contains(tokens[index]) { times += 1 }
            } else if timeModifiers.contains(tokens[index]) {
                timeModifiersSeen += 1
            } else {
                break
            }
            index += 1
        }
        return timeModifiersSeen > 0 && times == 0 ? nil : index
    }

    /// The end of `trigger` matched at `start`, letting up to two determiners, a quantity ("500", "tens of
    /// thousands of") or a noun of time stand between its words; and the end of the words that are the trigger, which
    /// stops before an object slot ("declared [the envoy] persona non grata"): the object is no part of the trigger;
    /// and the slot's words.
    private func match(_ candidate: Candidate, _ tokens: [Token], at start: Int, limit: Int,
                       isBlocked: (Int) -> Bool, isQualifier: (Int) -> Bool) -> (Int, Int, Range<Int>?)? {
        match(candidate, tokens, from: 0, at: start, shownEnd: nil, slot: nil, limit: limit, isBlocked: isBlocked, isQualifier: isQualifier)
    }

    /// The patterns of `candidate` from `first` on, matched at `start`. An object slot tries each place its next pattern
    /// matches, nearest first: "ordonné à l'ambassadeur de France de quitter le pays" ends the slot at the second "de".
    private func match(_ candidate: Candidate, _ tokens: [Token], from first: Int, at start: Int, shownEnd: Int?,
                       slot: Range<Int>?, limit: Int, isBlocked: (Int) -> Bool, isQualifier: (Int) -> Bool) -> (Int, Int, Range<Int>?)? {
        let trigger = candidate.trigger
        var index = start
        // The patterns are read in place, by index: iterating them copied each pattern, its String and its array.
        for position in first..<candidate.patterns.count {
            if candidate.patterns[position].isObjectSlot {
                guard position + 1 < candidate.patterns.count else { return nil }
                var end = index
                while let next = objectEnd(from: index, after: end, before: candidate.patterns[position + 1], of: trigger, tokens, limit: limit,
                                              isBlocked: isBlocked) {
                    if let found = match(candidate, tokens, from: position + 1, at: next, shownEnd: shownEnd ?? index,
                                         slot: index..<next, limit: limit, isBlocked: isBlocked, isQualifier: isQualifier) {
                        return found
                    }
                    end = next
                }
                return nil
            }
            if position > first || (position > 0 && !candidate.patterns[position - 1].isObjectSlot) {
                guard let next = endOfGap(from: index, before: candidate.patterns[position], of: trigger, tokens, limit: limit,
                                          isQualifier: isQualifier)
                else { return nil }
                index = next
            }
            guard index < limit, !isBlocked(index), candidate.patterns[position].matches(tokens[index].folded, of: trigger) else { return nil }
            index += 1
        }
        return (index, shownEnd ?? index, slot)
    }

    /// Where an object slot's words starting at `start` may end: before the first token after `end` that `next`
    /// matches, one to `longestObject` tokens on, with no punctuation between but the stops of abbreviations, the
    /// possessive ("the U.S. envoy", "Peru's envoy") and the commas around a name in apposition ("llamó al embajador en
    /// X, [name], a consultas").
    private func objectEnd(from start: Int, after end: Int, before next: TriggerPattern, of trigger: Trigger, _ tokens: [Token], limit: Int,
                           isBlocked: (Int) -> Bool) -> Int? {
        var index = start
        while index < limit, index - start <= Self.longestObject {
            if index > end, next.matches(tokens[index].folded, of: trigger) { return index }
            if let after = Self.endOfApposedName(tokens, at: index, limit: limit, isBlocked: isBlocked)
                ?? endOfApposedTitle(tokens, at: index, before: start + Self.longestObject, limit: limit, isBlocked: isBlocked) {
                index = after
                continue
            }
            if tokens[index].kind == .punctuation && !Self.objectPunctuation.contains(tokens[index].text) {
                // "called X's words \"unacceptable\"": the word after the object may open a quote.
                let quotesNext = Self.quotationMarks.contains(tokens[index].text) && index > start && index + 1 < limit
                    && next.matches(tokens[index + 1].folded, of: trigger)
                return quotesNext && index + 1 > end ? index + 1 : nil
            }
            // "a déclaré que le consul était persona non grata": a clause is no object.
            if clauseOpeners.contains(tokens[index]) { return nil }
            index += 1
        }
        return nil
    }

    /// The token after a name set off by commas that opens at the comma at `index` (", [name],"), the name being an
    /// actor's mention; nil elsewhere.
    private static func endOfApposedName(_ tokens: [Token], at index: Int, limit: Int, isBlocked: (Int) -> Bool) -> Int? {
        guard index > 0, tokens[index].text == ",", index + 1 < limit, isBlocked(index + 1) else { return nil }
        var close = index + 1
        while close < limit, isBlocked(close) { close += 1 }
        guard close < limit, tokens[close].text == "," else { return nil }
        return close + 1
    }

    /// The token after a title set off by commas behind a name ("ordered [name], the first secretary of the embassy,
    /// to leave"): the comma at `index` closes an actor's mention, a determiner opens the title, and a comma ends it
    /// before `end`, with no clause opened between; nil elsewhere.
    private func endOfApposedTitle(_ tokens: [Token], at index: Int, before end: Int, limit: Int,
                                   isBlocked: (Int) -> Bool) -> Int? {
        guard index > 0, tokens[index].text == ",", isBlocked(index - 1), index + 1 < limit,
              FunctionWords.determiners.contains(tokens[index + 1]) else { return nil }
        var close = index + 2
        while close < min(limit, end) {
            if tokens[close].text == "," { return close + 1 }
            if tokens[close].kind == .punctuation && !Self.objectPunctuation.contains(tokens[close].text) { return nil }
            if clauseOpeners.contains(tokens[close]) { return nil }
            close += 1
        }
        return nil
    }

    /// The punctuation an object may hold: an abbreviation's stop, the possessive ("Peru's envoy").
    private static let objectPunctuation: Set<String> = [".", "'s", "’s", "'", "’"]

    /// How many tokens an object slot may hold: a date and an envoy with their posting ("a déclaré lundi 10 octobre
    /// l'ambassadeur du Nicaragua à Bruxelles persona non grata").
    private static let longestObject = 12
}
