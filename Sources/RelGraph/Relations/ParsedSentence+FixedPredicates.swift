/// "declared the Togolese ambassador persona non grata": parsers split a Latin predicate and the object before it
/// every way (the name as a compound of "grata", the object a compound of "persona"). The phrase is what the verb
/// declares its object to be, as "unwelcome" would be.
extension ParsedSentence {
    /// Hangs each fixed predicate (`ArgumentWords.fixedPredicates`) written after a verb and its object from that verb as
    /// one word, the object's head as the verb's object, and what hung from the phrase from the verb.
    /// - Returns: whether a head changed, so that the dependents are found again.
    static func repairFixedPredicates(_ tree: inout SyntaxTree, words shared: ArgumentWords.Shared) -> Bool {
        var changed = false
        for phrase in shared.words.fixedPredicates {
            for start in tree.words.indices where startsPhrase(phrase, at: start, in: tree) {
                guard let verb = declaringVerb(before: start, in: tree) else { continue }
                changed = hang(start..<start + phrase.count, objectOf: verb, in: &tree) || changed
            }
        }
        return changed
    }

    private static func startsPhrase(_ phrase: [String], at start: Int, in tree: SyntaxTree) -> Bool {
        start + phrase.count <= tree.words.count
            && phrase.indices.allSatisfy { TextFolding.fold(tree.words[start + $0].form) == phrase[$0] }
    }

    /// The verb a few words before the phrase with only its object between: no punctuation but the stops of
    /// abbreviations and the possessive ("the U.S. ambassador", "Peru's envoy").
    private static func declaringVerb(before start: Int, in tree: SyntaxTree) -> Int? {
        var word = start - 1
        while word >= 0, start - word <= longestObject {
            if tree.words[word].tag == .verb { return start - word >= 2 ? word : nil }
            if tree.words[word].tag == .punct && !objectPunctuation.contains(tree.words[word].form) { return nil }
            word -= 1
        }
        return nil
    }

    private static let objectPunctuation: Set<String> = [".", "'s", "’s", "'", "’"]

    /// How many words the object between the verb and the phrase may have.
    private static let longestObject = 9

    private static func hang(_ phrase: Range<Int>, objectOf verb: Int, in tree: inout SyntaxTree) -> Bool {
        let object = verb + 1..<phrase.lowerBound
        let outside = { (word: Int) in !object.contains(tree.words[word].head - 1) }
        let tops = object.filter(outside)
        guard let head = tops.last(where: { [.noun, .propn, .pron].contains(tree.words[$0].tag) }) else { return false }
        // Words hung from the phrase after it ("on Monday", a clause after a comma) are the verb's.
        for word in tree.words.indices where phrase.contains(tree.words[word].head - 1) && !phrase.contains(word) && !object.contains(word) {
            tree.words[word].head = verb + 1
        }
        if phrase.contains(tree.words[verb].head - 1) { return false }
        for word in tops where word != head { tree.words[word].head = head + 1 }
        tree.words[head].head = verb + 1
        tree.words[head].relation = "obj"
        tree.words[phrase.lowerBound].head = verb + 1
        tree.words[phrase.lowerBound].relation = "xcomp"
        for word in phrase.dropFirst() {
            tree.words[word].head = phrase.lowerBound + 1
            tree.words[word].relation = "fixed"
        }
        return true
    }
}
