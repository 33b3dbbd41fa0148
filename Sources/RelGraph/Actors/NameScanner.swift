/// Reads personal names out of a sentence: capitalised words, name particles (`NameParticles`), initials.
///
/// It knows nothing of who the person is; `PersonFinder` decides whether a
/// name is a person from what surrounds it.
struct NameScanner {
    let tokens: [Token]
    let spans: SentenceSpans
    let sentence: Range<Int>
    /// The articles of the document's language: a capitalised one inside a sentence starts a sentence the text ran on
    /// into, where another language's article is part of a name ("Kim Jong Un" in English).
    var ownArticles = WordSet.empty

    /// A name found in the text: the tokens it covers and its folded keys without honorifics.
    struct Name: Hashable, Sendable {
        var range: Range<Int>
        /// Where the name proper starts, after any honorific ("Sheikh").
        var nameStart: Int
        var keys: [String]
    }

    func isNameToken(_ index: Int) -> Bool {
        /// The cheap tests read the token in place: most tokens fail them, and copying a `Token` retains its Strings.
        guard sentence.contains(index), tokens[index].isWord, !spans.covers(index) else { return false }
        guard tokens[index].isCapitalized else { return NameParticles.isPrefixedName(tokens[index]) }
        let token = tokens[index]
        if token.isAllCaps && !isRomanNumeral(token) { return isInitials(token) && isNameToken(index + 2) }
        return !FunctionWords.nonNameWords.contains(token) && !FunctionWords.sentenceWords.contains(token)
            && !FunctionWords.articles.contains(token) && !FunctionWords.prepositions.contains(token)
            && !FunctionWords.formerMarkers.contains(token) && !CourtesyTitles.words.contains(token)
    }

    /// Whether a name may start at `index` although its word is not capitalised: "von der Leyen", "bin Salman",
    /// "al-Assad". Cheap for most words: one set lookup, and the hyphen test only for hyphenated words.
    func mayOpenName(_ index: Int) -> Bool {
        guard tokens[index].isWord else { return false }
        if tokens[index].isHyphenated { return NameParticles.isPrefixedName(tokens[index]) }
        return NameParticles.openingWords.contains(tokens[index])
    }

    /// The name starting at `start`, if a capitalised word, a particle that opens a surname ("von der Leyen",
    /// "Le Drian") or a prefixed surname ("al-Assad") stands there.
    func name(at start: Int) -> Name? {
        var index = start
        // Capitals first: most tokens are not, and that answer costs no word-list lookup.
        while sentence.contains(index), tokens[index].isCapitalized,
              FunctionWords.honorifics.contains(tokens[index]) || CourtesyTitles.words.contains(tokens[index])
                || (CourtesyTitles.possessives.contains(tokens[index]) && sentence.contains(index + 1) && CourtesyTitles.words.contains(tokens[index + 1])) {
            index += 1
            // "M. Zelaya", "Mr. Brown", "Sra. Pérez": the abbreviation's full stop.
            if sentence.contains(index), tokens[index].text == "." { index += 1 }
        }
        let nameStart = index
        // A particle first: "Von der Leyen" opens with "Von der", not with a name "Von".
        var end: Int
        if let particle = openingParticle(at: nameStart) {
            end = nameStart + particle + 1
        } else if (isNameToken(nameStart) && !isRomanNumeral(tokens[nameStart])) || isGivenNameBeforeName(nameStart) {
            // A numeral only closes a name ("Juan Carlos I"); alone it opens none, and English "I" is a pronoun.
            end = nameStart + 1
        } else {
            return nil
        }
        var probe = end
        while sentence.contains(probe) {
            if let particle = particleBeforeName(at: probe) {
                // The surname word after the particle belongs to the name even when it is also a common word.
                end = probe + particle + 1
                probe = end
            } else if isNameToken(probe) {
                end = probe + 1
                probe = end
            } else if isInitialDot(probe) {
                probe += 1
            } else if end - nameStart == 1, isSurnameAfterGivenName(probe, givenName: nameStart) || isCapitalSurname(probe, givenName: nameStart) {
                end = probe + 1
                probe = end
            } else if endsNameAsArticle(probe) {
                end = probe + 1
                break
            } else {
                break
            }
        }
        // Indices, not a slice of tokens: no `Token` is copied to be asked; one array, with room for every word.
        var keys: [String] = []
        keys.reserveCapacity(end - nameStart)
        for index in nameStart..<end where tokens[index].isWord { keys.append(tokens[index].folded) }
        return Name(range: start..<end, nameStart: nameStart, keys: keys)
    }

    /// "John MAHAMA", "Kofi MENSAH": the surname in capitals, as official statements write it, right after a known
    /// given name. Two letters are initials or an acronym, and a word the lexicons know (an acronym) is not a name.
    private func isCapitalSurname(_ index: Int, givenName: Int) -> Bool {
        guard sentence.contains(index), tokens[index].isWord, tokens[index].isAllCaps, !spans.covers(index),
              tokens[index].text.unicodeScalars.count > 2, !isRomanNumeral(tokens[index]) else { return false }
        return GivenNameLexicon.contains(tokens[givenName].folded)
    }

    /// "Theresa May", "Louise Marché", "Enrique Reina": right after a known given name, a capitalised word that is also a
    /// common word, a month or a title is the surname.
    private func isSurnameAfterGivenName(_ index: Int, givenName: Int) -> Bool {
        guard sentence.contains(index), tokens[index].isWord, tokens[index].isCapitalized, !tokens[index].isAllCaps else { return false }
        if spans.covers(index) {
            guard spans.covering(index)?.entry.form == .title else { return false }
        } else if !FunctionWords.nonNameWords.contains(tokens[index]) {
            return false
        }
        return GivenNameLexicon.contains(tokens[givenName].folded)
    }

    /// "Kim Jong Un": a capitalised word spelt as an article of another language than the document's, after a name word
    /// and before no other, ends the name. A capitalised one that opens a surname is a particle, which
    /// `particleBeforeName` reads first.
    private func endsNameAsArticle(_ index: Int) -> Bool {
        guard sentence.contains(index), !spans.covers(index), tokens[index].isWord, tokens[index].isCapitalized,
              !tokens[index].isAllCaps, FunctionWords.articles.contains(tokens[index]),
              !ownArticles.contains(tokens[index]) else { return false }
        let next = index + 1
        return !sentence.contains(next) || !tokens[next].isWord || !tokens[next].isCapitalized
    }

    /// "Marine Le Pen": a given name that is also a common word ("marine", the navy) starts a name when a name
    /// or a particle and a name follow it.
    private func isGivenNameBeforeName(_ index: Int) -> Bool {
        guard sentence.contains(index + 1), tokens[index].isWord, tokens[index].isCapitalized,
              FunctionWords.nonNameWords.contains(tokens[index]), GivenNameLexicon.contains(tokens[index].folded) else { return false }
        return isNameToken(index + 1) || particleBeforeName(at: index + 1) != nil
    }

    /// The length of a particle opening a surname named alone, followed by a name word: "von der Leyen", and
    /// capitalised particles such as "Le Drian", "De Gaulle".
    private func openingParticle(at index: Int) -> Int? {
        guard sentence.contains(index), !spans.covers(index) else { return nil }
        let opening = !tokens[index].isCapitalized
        guard let length = NameParticles.length(at: index, in: tokens, limit: sentence.upperBound, opening: opening),
              isSurnameAfterParticle(index + length) else { return nil }
        return length
    }

    /// The length of a particle inside a name, followed by a name word: "Le" in "Bruno Le Maire", "de la" in
    /// "Ana de la Fuente".
    private func particleBeforeName(at index: Int) -> Int? {
        guard !spans.covers(index), let length = NameParticles.length(at: index, in: tokens, limit: sentence.upperBound),
              isSurnameAfterParticle(index + length) else { return nil }
        return length
    }

    /// A name word after a particle, where a surname may also be a common word or a title: "da Costa" (coast),
    /// "Le Maire" (mayor), "de la Fuente" (fountain). Names of states, places and organizations still end the name.
    private func isSurnameAfterParticle(_ index: Int) -> Bool {
        // "el acuerdo Marco de Cooperación", "viceministro Primero de Energía": a portfolio after "de" names an office
        // or a document, not a family.
        guard sentence.contains(index), !TitlePhrase.isPortfolioNoun(tokens[index]) else { return false }
        // "El Gobierno de X dijo…": a sentence's capitalised article before a government's noun is no particle.
        guard !FunctionWords.governmentNouns.contains(tokens[index]) else { return false }
        if isNameToken(index) { return true }
        guard tokens[index].isWord, tokens[index].isCapitalized, !tokens[index].isAllCaps else { return false }
        if spans.covers(index), spans.covering(index)?.entry.form != .title { return false }
        return !FunctionWords.articles.contains(tokens[index]) && !FunctionWords.prepositions.contains(tokens[index])
            && !FunctionWords.sentenceWords.contains(tokens[index]) && !CourtesyTitles.words.contains(tokens[index])
    }

    /// A full stop after a one-letter initial ("George W. Bush").
    private func isInitialDot(_ index: Int) -> Bool {
        tokens[index].text == "." && index > sentence.lowerBound
            && (tokens[index - 1].text.count == 1 || isInitials(tokens[index - 1]))
            && tokens[index - 1].isCapitalized && isNameToken(index + 1)
    }

    /// "R.C" of "R.C. Hammond": one-letter initials joined by stops, which the tokenizer keeps as one word.
    private func isInitials(_ token: Token) -> Bool {
        let parts = token.text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 }
    }

    private func isRomanNumeral(_ token: Token) -> Bool {
        token.text.count <= 4 && token.text.unicodeScalars.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }
}

extension NameScanner {
    /// "Palacio Nacional", "Galeão Airport", "aeropuerto Benito Juárez", "Kennedy International Airport": a name
    /// built on a place noun, or standing where a place noun's name stands, names a place.
    func isPlaceName(_ name: Name, language: Language) -> Bool {
        let heads = PlaceHeads.words(language)
        switch PlaceHeads.position(language) {
        case .first:
            if name.keys.count >= 2, heads.contains(name.keys[0]) { return true }
            var index = name.range.lowerBound - 1
            while index >= sentence.lowerBound, isInsidePlaceName(tokens[index], heads: heads) { index -= 1 }
            if index >= sentence.lowerBound && heads.contains(tokens[index]) { return true }
            // "el puente internacional Juan Pérez", "l'aéroport international Jean Dupont": the head's
            // adjectives may stand between it and the name.
            var adjective = index
            while adjective >= sentence.lowerBound, index - adjective < Self.placeAdjectiveReach, tokens[adjective].isWord,
                  !tokens[adjective].isCapitalized, !heads.contains(tokens[adjective]),
                  !FunctionWords.articles.contains(tokens[adjective]), !FunctionWords.prepositions.contains(tokens[adjective]) {
                adjective -= 1
            }
            if adjective < index, adjective >= sentence.lowerBound, heads.contains(tokens[adjective]) { return true }
            // "l'aéroport international de Carthage", "el palacio presidencial de Miraflores": a name after "de" that
            // a place noun and its adjectives govern.
            guard index >= sentence.lowerBound, PlaceHeads.genitives(language).contains(tokens[index]) else { return false }
            let start = index
            index -= 1
            while index >= sentence.lowerBound, start - index <= Self.placeAdjectiveReach, tokens[index].isWord, !tokens[index].isCapitalized,
                  !heads.contains(tokens[index]) {
                index -= 1
            }
            return index >= sentence.lowerBound && heads.contains(tokens[index])
        case .last:
            if name.keys.count >= 2, let last = name.keys.last, heads.contains(last) { return true }
            var index = name.range.upperBound
            while index < sentence.upperBound, isInsidePlaceName(tokens[index], heads: heads) { index += 1 }
            return index < sentence.upperBound && tokens[index].isCapitalized && heads.contains(tokens[index])
        }
    }

    /// How many lower-case words may stand between a place noun and the "de" of the name it governs: "aéroport
    /// international de".
    private static let placeAdjectiveReach = 2

    /// Capitalised words between a place noun and the name that completes it: "Aeropuerto Internacional Benito
    /// Juárez", "Kennedy International Airport".
    private func isInsidePlaceName(_ token: Token, heads: WordSet) -> Bool {
        token.isCapitalized && FunctionWords.nonNameWords.contains(token) && !heads.contains(token)
    }
}
