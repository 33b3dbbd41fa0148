/// Reads personal names out of a sentence: capitalised words, name particles, initials.
///
/// It knows nothing of who the person is; `PersonFinder` decides whether a
/// name is a person from what surrounds it.
struct NameScanner {
    let tokens: [Token]
    let spans: SentenceSpans
    let sentence: Range<Int>

    /// A name found in the text: the tokens it covers and its folded keys without honorifics.
    struct Name: Hashable, Sendable {
        var range: Range<Int>
        /// Where the name proper starts, after any honorific ("Sheikh").
        var nameStart: Int
        var keys: [String]
    }

    func isNameToken(_ index: Int) -> Bool {
        /// The cheap tests read the token in place: most tokens fail them, and copying a `Token` retains its Strings.
        guard sentence.contains(index), tokens[index].isWord, tokens[index].isCapitalized, !spans.covers(index) else { return false }
        let token = tokens[index]
        if token.isAllCaps && !isRomanNumeral(token) { return false }
        return !FunctionWords.nonNameWords.contains(token) && !FunctionWords.sentenceWords.contains(token)
            && !FunctionWords.articles.contains(token) && !FunctionWords.prepositions.contains(token)
            && !FunctionWords.formerMarkers.contains(token)
    }

    /// The name starting at `start`, if a capitalised word stands there.
    func name(at start: Int) -> Name? {
        var index = start
        // Capitals first: most tokens are not, and that answer costs no word-list lookup.
        while sentence.contains(index), tokens[index].isCapitalized, FunctionWords.honorifics.contains(tokens[index]) {
            index += 1
        }
        let nameStart = index
        guard isNameToken(nameStart) else { return nil }
        var end = nameStart + 1
        var probe = end
        while sentence.contains(probe) {
            if isNameToken(probe) {
                end = probe + 1
                probe = end
            } else if isInitialDot(probe) || isParticle(probe) {
                probe += 1
            } else {
                break
            }
        }
        // Indices, not a slice of tokens: filtering the slice copied each `Token` into an array first.
        let keys = (nameStart..<end).filter { tokens[$0].isWord }.map { tokens[$0].folded }
        return Name(range: start..<end, nameStart: nameStart, keys: keys)
    }

    /// A full stop after a one-letter initial ("George W. Bush").
    private func isInitialDot(_ index: Int) -> Bool {
        tokens[index].text == "." && index > sentence.lowerBound && tokens[index - 1].text.count == 1
            && tokens[index - 1].isCapitalized && isNameToken(index + 1)
    }

    private func isParticle(_ index: Int) -> Bool {
        FunctionWords.nameParticles.contains(tokens[index]) && isNameToken(index + 1)
            && tokens[index].isWord
    }

    private func isRomanNumeral(_ token: Token) -> Bool {
        token.text.count <= 4 && token.text.unicodeScalars.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }
}
