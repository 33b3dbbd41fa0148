import Testing
@testable import RelGraph

@Suite("Parser words")
struct ParserWordsTests {
    /// A tagger for the tests: the tag the table gives a form, X for any other. Records what it was asked.
    final class StubTagger: @unchecked Sendable {
        let tags: [String: PartOfSpeech]
        private(set) var calls: [[String]] = []
        /// The words each call asked tags for.
        private(set) var wanted: [[Int]] = []

        init(_ tags: [String: PartOfSpeech] = [:]) {
            self.tags = tags
        }

        func tag(_ forms: [String], atoms: [WordAtoms], through wanted: [Int]) -> [PartOfSpeech] {
            calls.append(forms)
            self.wanted.append(wanted)
            return wanted.map { tags[forms[$0]] ?? .x }
        }
    }

    /// The first sentence of `text` cut into parser words, and its document.
    private func words(_ text: String, _ language: Language, tagger: StubTagger = StubTagger()) -> (ParserWords, Document) {
        let document = Document(text: text, language: language)
        let sentence = document.sentences[0]
        return (ParserWords(tokens: document.tokens, range: sentence.tokenRange, language: language, tagger: tagger.tag), document)
    }

    /// What the article writes between a word's offsets.
    private func written(_ word: ParserWords.Word, in document: Document) -> String {
        document.text(word.start, word.end)
    }

    // MARK: - French

    @Test("French du, au and aux are two words each, both standing for the whole token")
    func frenchContractions() {
        let (result, document) = words("Il parle du traité au président et aux ministres.", .fr)
        #expect(result.forms == ["Il", "parle", "de", "le", "traité", "à", "le", "président", "et", "à", "les", "ministres", "."])
        let du = result.words[2...3]
        #expect(du.allSatisfy { written($0, in: document) == "du" && $0.token == 2 })
        #expect(result.tokenWords[2] == 2..<4)
        #expect(result.tokenWords[3] == 4..<5)
        #expect(result.words.count == result.tokenWords.last?.upperBound)
    }

    @Test("A capitalised contraction keeps its case on the first word; one in capitals stays in capitals")
    func frenchCase() {
        #expect(words("Du pain pour tous.", .fr).0.forms.prefix(2) == ["De", "le"])
        #expect(words("AUX ARMES, CITOYENS.", .fr).0.forms.prefix(2) == ["À", "LES"])
    }

    @Test("French des is de les after a content word, the plural article after a verb or at the start")
    func frenchDes() {
        let tagger = StubTagger(["plupart": .noun, "signé": .verb])
        let (result, _) = words("La plupart des pays ont signé des accords.", .fr, tagger: tagger)
        #expect(result.forms == ["La", "plupart", "de", "les", "pays", "ont", "signé", "des", "accords", "."])
        #expect(tagger.calls.count == 1)
        #expect(tagger.calls.first?.filter { $0 == "des" }.count == 2, "the tagger sees des whole")
        #expect(tagger.wanted == [[1, 5]], "tags are needed of the words before each des, 'plupart' and 'signé'")
        let startTagger = StubTagger(["Des": .noun])
        let start = words("Des soldats sont arrivés.", .fr, tagger: startTagger).0
        #expect(start.forms.first == "Des")
        #expect(startTagger.calls.isEmpty, "des at the start is the article: no tag is needed")
    }

    @Test("The atoms the tagger read to cut des are those of the words the parser reads")
    func atomsAreTheWords() {
        let tagger = StubTagger(["plupart": .noun, "signé": .verb])
        var (result, document) = words("La plupart des pays ont signé des accords avec les Nations unies.", .fr, tagger: tagger)
        func expectAtomsOfForms(_ words: ParserWords) {
            let atoms = words.atoms()
            #expect(atoms.count == words.forms.count)
            for (atom, form) in zip(atoms, words.forms) {
                let own = WordAtoms(form)
                #expect(atom.form == own.form && atom.shape == own.shape && atom.suffixes.3 == own.suffixes.3
                        && atom.prefixes.2 == own.prefixes.2 && atom.isShort == own.isShort, "\(form)")
            }
        }
        expectAtomsOfForms(result)
        let nations = document.tokens.firstIndex { $0.text == "Nations" } ?? 0
        result.collapse([nations..<nations + 2], tokens: document.tokens)
        #expect(result.forms.suffix(2) == ["Nations", "."])
        expectAtomsOfForms(result)
    }

    @Test("A title in apposition to a name is written as the name, not as a capital of the title")
    func titleInAppositionIsWrittenAsTheName() throws {
        let tagger = StubTagger(["parlé": .verb])
        var (result, document) = words("Le ministre kényan des Affaires étrangères, Musalia Mudavadi, a parlé.", .fr, tagger: tagger)
        let start = try #require(document.tokens.firstIndex { $0.text == "ministre" })
        let end = try #require(document.tokens.firstIndex { $0.text == "Mudavadi" })
        result.collapse([start..<end + 1], tokens: document.tokens)
        // The comma closing the apposition goes with it: the name stands right before its verb.
        #expect(result.forms.prefix(3) == ["Le", "Musalia", "a"])
        let comma = try #require(document.tokens.indices.last { document.tokens[$0].text == "," })
        #expect(result.tokenWords[comma - document.sentences[0].tokenRange.lowerBound] == 1..<2)
        // With no comma, the language's head of a name as before: "Affaires" opens the French name.
        var (plain, plainDocument) = words("Le ministère des Affaires étrangères a parlé.", .fr, tagger: tagger)
        let ministry = try #require(plainDocument.tokens.firstIndex { $0.text == "ministère" })
        plain.collapse([ministry..<ministry + 4], tokens: plainDocument.tokens)
        #expect(plain.forms.prefix(2) == ["Le", "Affaires"])
    }

    @Test("The comma after an apposed name stays when a relative clause or another official follows it")
    func commaBeforeARelativeOrAListStays() throws {
        let tagger = StubTagger(["parlé": .verb])
        var (relative, document) = words("Le ministre kényan, Musalia Mudavadi, qui a parlé, est parti.", .fr, tagger: tagger)
        let start = try #require(document.tokens.firstIndex { $0.text == "ministre" })
        let end = try #require(document.tokens.firstIndex { $0.text == "Mudavadi" })
        let qui = try #require(document.tokens.firstIndex { $0.text == "qui" })
        var absorbed = relative
        relative.collapse([start..<end + 1], tokens: document.tokens, phraseOpeners: TokenMask([qui..<qui + 1]))
        #expect(relative.forms.prefix(4) == ["Le", "Musalia", ",", "qui"])
        // Told nothing of "qui", the comma closes the apposition.
        absorbed.collapse([start..<end + 1], tokens: document.tokens)
        #expect(absorbed.forms.prefix(3) == ["Le", "Musalia", "qui"])
        var (list, listDocument) = words("The Kenyan minister, Musalia Mudavadi, the Ugandan minister, Sam Kutesa, and others met.", .en, tagger: tagger)
        let first = try #require(listDocument.tokens.firstIndex { $0.text == "Kenyan" })
        let second = try #require(listDocument.tokens.firstIndex { $0.text == "Ugandan" })
        let firstEnd = try #require(listDocument.tokens.firstIndex { $0.text == "Mudavadi" })
        let secondEnd = try #require(listDocument.tokens.firstIndex { $0.text == "Kutesa" })
        list.collapse([first..<firstEnd + 1, second..<secondEnd + 1], tokens: listDocument.tokens)
        #expect(list.forms.prefix(5) == ["The", "Mudavadi", ",", "the", "Kutesa"])
    }

    @Test("French des before a name the lexicons know is de les, whatever the word before it")
    func frenchDesBeforeAName() throws {
        let text = "Trois diplomates ont été expulsés des États-Unis."
        let document = Document(text: text, language: .fr)
        let sentence = document.sentences[0]
        let tagger = StubTagger(["été": .aux, "expulsés": .aux])
        let name = try #require(document.tokens.firstIndex { $0.text == "États-Unis" })
        let named = ParserWords(tokens: document.tokens, range: sentence.tokenRange, language: .fr,
                                names: TokenMask([name..<name + 1]), tagger: tagger.tag)
        #expect(named.forms.suffix(4) == ["de", "les", "États-Unis", "."])
        let unnamed = ParserWords(tokens: document.tokens, range: sentence.tokenRange, language: .fr, tagger: tagger.tag)
        #expect(unnamed.forms.contains("des"))
    }

    @Test("The tagger is asked only when a cut depends on it")
    func taggerOnlyWhenNeeded() {
        let tagger = StubTagger()
        _ = words("Il parle du traité.", .fr, tagger: tagger)
        _ = words("México apoya al Perú.", .es, tagger: tagger)
        #expect(tagger.calls.isEmpty)
    }

    @Test("Typographic apostrophes are read as plain ones; the words keep the article's text")
    func apostrophes() {
        let (result, _) = words("L’armée n’a pas réagi.", .fr)
        #expect(result.forms.prefix(3) == ["L'", "armée", "n'"])
        #expect(result.words[0].text == "L’")
    }

    /// The apostrophes are replaced on the UTF-8 bytes: the same text as replacing the scalars.
    @Test("Typographic apostrophes made plain on the bytes as on the scalars")
    func apostrophesOnTheBytes() {
        let texts = ["l’", "L’armée", "d’", "qu’il", "n’t", "ʼ", "’’", "a’b’c", "l'", "armée", "é", "—", "“", "”", "‘", "ÊÊ",
                     "ʻ", "ʽ", "x’", "’", "€", "’s", "ʼs", "", "plain"]
        for text in texts {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0
            }))
            #expect(ParserWords.plainApostrophes(text) == expected, "\(text)")
            #expect(Array(ParserWords.plainApostrophes(text).utf8) == Array(expected.utf8), "\(text)")
        }
    }

    // MARK: - English

    @Test("English n't and 're, 'm, 've, 'll, 'd come off their word, each part keeping its own offsets")
    func englishSuffixes() {
        let (result, document) = words("I don't think they can't win, I'm sure we'll go.", .en)
        #expect(result.forms == ["I", "do", "n't", "think", "they", "ca", "n't", "win", ",", "I", "'m", "sure", "we", "'ll", "go", "."])
        #expect(result.words[1...2].map { written($0, in: document) } == ["do", "n't"])
        #expect(result.words[1].start == 2 && result.words[1].end == 4 && result.words[2].end == 7)
        #expect(result.words[5...6].map { written($0, in: document) } == ["ca", "n't"])
        #expect(result.words[1...2].allSatisfy { $0.token == 1 })
    }

    @Test("won’t with a typographic apostrophe: the parser reads n't, CoNLL-U writes the article's n’t")
    func englishTypographic() {
        let (result, _) = words("They won’t sign.", .en)
        #expect(result.forms == ["They", "wo", "n't", "sign", "."])
        #expect(result.words[2].text == "n’t")
    }

    @Test("cannot and gonna are cut inside the token; a lone suffix or a possessive is left alone")
    func englishWholeTokens() {
        let (result, document) = words("We cannot say what they're gonna do about Japan's plan.", .en)
        #expect(result.forms == ["We", "can", "not", "say", "what", "they", "'re", "gon", "na", "do", "about", "Japan", "'s", "plan", "."])
        #expect(result.words[1...2].map { written($0, in: document) } == ["can", "not"])
    }

    // MARK: - Spanish

    @Test("Spanish al and del are two words")
    func spanishContractions() {
        let (result, document) = words("El ministro del Perú viajó al norte.", .es)
        #expect(result.forms == ["El", "ministro", "de", "el", "Perú", "viajó", "a", "el", "norte", "."])
        #expect(result.words[2...3].allSatisfy { written($0, in: document) == "del" })
    }

    @Test("Infinitives and gerunds lose their pronouns and the accent the pronouns put on them")
    func spanishEnclitics() {
        let (result, document) = words("Decidió apoyarlos, reuniéndose con él para dárselo.", .es)
        #expect(result.forms == ["Decidió", "apoyar", "los", ",", "reuniendo", "se", "con", "él", "para", "dar", "se", "lo", "."])
        #expect(result.words[1...2].map { written($0, in: document) } == ["apoyar", "los"])
        #expect(result.words[9...11].map { written($0, in: document) } == ["dár", "se", "lo"])
        #expect(result.words[9].text == "dar")
    }

    @Test("Nouns that end like a verb with a pronoun stay whole", arguments: [
        "parte", "muerte", "firme", "gobiernos", "Carlos", "Carla", "modernos",
    ])
    func spanishLookalikes(_ word: String) {
        #expect(words("Vimos \(word) ayer.", .es).0.forms == ["Vimos", word, "ayer", "."])
    }

    @Test("Contraction tables hold only well-formed entries")
    func tables() {
        for language in Language.allCases {
            let table = Contractions.table(for: language)
            #expect(table.tokens.values.allSatisfy { $0.words.count >= 2 }, "\(language)")
            #expect(table.tokens.keys.allSatisfy { $0 == $0.lowercased() }, "\(language)")
        }
        #expect(Contractions.table(for: .en).suffixes.first == "n't")
    }

    /// `ParserWords` lowers a non-ASCII word only when a contraction could match it: the shipped tables are keyed by
    /// ASCII letters, which a word with an accent never equals, and a token in capitals or with an accent is read
    /// as before.
    @Test("Only ASCII words can be listed contractions; the tables know whether theirs are all ASCII letters")
    func asciiKeys() {
        for language in Language.allCases {
            #expect(Contractions.table(for: language).keysAreASCIILetters, "\(language)")
            #expect(Contractions.table(for: language).longestToken == Contractions.table(for: language).tokens.keys.map(\.utf8.count).max())
        }
        #expect(!Contractions(parsing: "token\tdû\tde le").keysAreASCIILetters)
        #expect(words("Il parle DU traité dû aux ALLIÉS.", .fr).0.forms
                == ["Il", "parle", "DE", "LE", "traité", "dû", "à", "les", "ALLIÉS", "."])
        #expect(words("Él habló DEL acuerdo.", .es).0.forms == ["Él", "habló", "DE", "EL", "acuerdo", "."])
    }

    /// `Contractions.mayCut` rules a word out from its bytes alone: it must never rule out one the table cuts, as a key
    /// in any case or as a word ending with a suffix.
    @Test("A word the table cuts is never ruled out from its bytes")
    func mayCut() {
        func mayCut(_ word: String, _ table: Contractions) -> Bool {
            var word = word
            return word.withUTF8 { table.mayCut(asciiWord: $0) }
        }
        for language in Language.allCases {
            let table = Contractions.table(for: language)
            for key in table.tokens.keys {
                #expect(mayCut(key, table) && mayCut(key.uppercased(), table) && mayCut(key.capitalized, table), "\(key)")
            }
            for suffix in table.suffixes {
                #expect(mayCut("did" + suffix, table) && mayCut("DID" + suffix.uppercased(), table), "\(suffix)")
            }
        }
        #expect(!mayCut("parle", Contractions.table(for: .fr)))
        #expect(!mayCut("government", Contractions.table(for: .en)))
        #expect(mayCut("won't", Contractions.table(for: .en)))
        #expect(!mayCut("acuerdo", Contractions.table(for: .es)))
        #expect(words("They didn't sign, and we cannot.", .en).0.forms == ["They", "did", "n't", "sign", ",", "and", "we", "can", "not", "."])
    }

    @Test("Names are proper nouns and lower-case demonyms given as adjectives are adjectives; a capitalised one is left to the tagger")
    func knownTags() {
        let (result, document) = words("Le ministère russe et les Russes.", .fr)
        let tags = result.properNounTags(tokens: document.tokens, names: TokenMask([]), adjectives: TokenMask([2..<3, 5..<6]))
        #expect(tags == [nil, nil, .adj, nil, nil, nil, nil])
        let named = result.properNounTags(tokens: document.tokens, names: TokenMask([5..<6]))
        #expect(named[5] == .propn)
    }
}
